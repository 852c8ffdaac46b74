# Sources of the oauth area are added here.
