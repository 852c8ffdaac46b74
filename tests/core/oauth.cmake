# Tests of the core oauth area are added here.
