# skybeam-setup upload (issue 9) against the fake TikTok's Content Posting API in the test process.
skybeam_add_test(tst_uploadcli SOURCES upload/tst_uploadcli.cpp
    LIBS skybeam_core skybeam_testsupport skybeam_handoff_fixtures faketiktok TIMEOUT 240 RUNS_SETUP)
