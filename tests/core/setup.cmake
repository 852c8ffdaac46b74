# The setup area: what the Welcome page detects, paste cleaning, the checklist, the live check.
skybeam_add_test(tst_credentialinputcleaner SOURCES setup/tst_credentialinputcleaner.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_credentialstatus SOURCES setup/tst_credentialstatus.cpp
    LIBS skybeam_core skybeam_testsupport TIMEOUT 60)
skybeam_add_test(tst_livecheck SOURCES setup/tst_livecheck.cpp LIBS skybeam_core faketiktok TIMEOUT 90)
skybeam_add_test(tst_reminderplanner SOURCES setup/tst_reminderplanner.cpp
    LIBS skybeam_core skybeam_testsupport TIMEOUT 60)
skybeam_add_test(tst_setupflow SOURCES setup/tst_setupflow.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_setupsession SOURCES setup/tst_setupsession.cpp
    LIBS skybeam_core skybeam_testsupport TIMEOUT 60)
