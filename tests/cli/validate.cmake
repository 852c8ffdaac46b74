# CLI tests of validate are added here.
