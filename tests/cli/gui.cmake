# skybeam-setup with no command (the wizard): one wizard per SKYBEAM folder.
skybeam_add_test(tst_guiinstance SOURCES gui/tst_guiinstance.cpp LIBS skybeam_testsupport skybeam_core RUNS_SETUP)
