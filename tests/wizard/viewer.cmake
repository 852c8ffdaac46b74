# Tests of the ui viewer area are added here.
