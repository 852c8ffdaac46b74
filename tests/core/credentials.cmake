# Tests of the core credentials area are added here.
