# Sources of the handoff area are added here.
