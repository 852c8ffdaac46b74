# skybeam-setup packs: help and usage errors (the viewer itself is tested in tests/wizard/viewer).
skybeam_add_test(tst_packscommand SOURCES packs/tst_packscommand.cpp LIBS skybeam_testsupport RUNS_SETUP)
