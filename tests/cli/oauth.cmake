# authorize / refresh / revoke run as scripts would, against the fake TikTok in the test process.
skybeam_add_test(tst_oauthcli SOURCES oauth/tst_oauthcli.cpp
    LIBS skybeam_core skybeam_testsupport faketiktok TIMEOUT 120)
