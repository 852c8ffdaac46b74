# CLI tests of oauth are added here.
