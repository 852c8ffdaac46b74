# Diagnose a problem (issue 16), offscreen.
skybeam_add_test(tst_doctordialog SOURCES doctor/tst_doctordialog.cpp
    LIBS skybeam_wizard skybeam_testsupport TIMEOUT 60)
