# Sources of the ui pages area are added here.
