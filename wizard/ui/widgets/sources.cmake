# Sources of the ui widgets area are added here.
