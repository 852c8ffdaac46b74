# The setup wizard (offscreen): welcome state detection, paste cleaning, and whole runs against the strict
# fake TikTok with the scripted browser.
skybeam_add_test(tst_welcomepage SOURCES pages/tst_welcomepage.cpp pages/wizardfixture.h
    LIBS skybeam_wizard skybeam_testsupport faketiktok TIMEOUT 120)
skybeam_add_test(tst_credentialspage SOURCES pages/tst_credentialspage.cpp pages/wizardfixture.h
    LIBS skybeam_wizard skybeam_testsupport faketiktok TIMEOUT 120)
skybeam_add_test(tst_setupwizard SOURCES pages/tst_setupwizard.cpp pages/wizardfixture.h
    LIBS skybeam_wizard skybeam_testsupport faketiktok TIMEOUT 240)
# What an operator does, counted (keyboard and mouse), against the fake TikTok: issue 13's numbers.
skybeam_add_test(tst_operatoractions SOURCES pages/tst_operatoractions.cpp pages/wizardfixture.h
    LIBS skybeam_wizard skybeam_testsupport faketiktok TIMEOUT 120)
