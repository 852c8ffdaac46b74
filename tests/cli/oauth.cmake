# authorize / refresh / revoke run as scripts would, against the fake TikTok in the test process.
skybeam_add_test(tst_oauthcli SOURCES oauth/tst_oauthcli.cpp
    LIBS skybeam_core skybeam_testsupport faketiktok TIMEOUT 120 RUNS_SETUP)
# Hardening (label hardening): no secret in any output or file of the command-line flows at the most
# verbose level; a credential file owned by another user refused by refresh and validate --strict.
skybeam_add_test(tst_secretleaks SOURCES oauth/tst_secretleaks.cpp LIBS skybeam_core skybeam_testsupport faketiktok
    LABELS hardening TIMEOUT 300 RUNS_SETUP)
skybeam_add_test(tst_localattackercli SOURCES oauth/tst_localattackercli.cpp LIBS skybeam_core skybeam_testsupport
    LABELS hardening TIMEOUT 120 RUNS_SETUP)
