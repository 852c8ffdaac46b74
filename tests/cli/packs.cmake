# CLI tests of packs are added here.
