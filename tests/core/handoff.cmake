# Tests of the core handoff area are added here.
