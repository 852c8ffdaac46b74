# Send to TikTok (issue 9): the dialog offscreen against the fake TikTok's Content Posting API.
skybeam_add_test(tst_sendtotiktokdialog SOURCES posting/tst_sendtotiktokdialog.cpp
    LIBS skybeam_wizard skybeam_testsupport skybeam_handoff_fixtures faketiktok TIMEOUT 180)
