# The oauth area: PKCE, redirect URIs, endpoints, error mapping, the loopback receiver and its parser, the
# token and API clients, LoginFlow and token maintenance, against the strict fake TikTok (tests/faketiktok).
skybeam_add_test(tst_pkce SOURCES oauth/tst_pkce.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_httprequestparser SOURCES oauth/tst_httprequestparser.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_redirecturi SOURCES oauth/tst_redirecturi.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_callbackaddress SOURCES oauth/tst_callbackaddress.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_tiktokendpoints SOURCES oauth/tst_tiktokendpoints.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_tiktokerrors SOURCES oauth/tst_tiktokerrors.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_loopbackreceiver SOURCES oauth/tst_loopbackreceiver.cpp oauth/oauthtesthelpers.h
    LIBS skybeam_core faketiktok TIMEOUT 60)
skybeam_add_test(tst_tokenclient SOURCES oauth/tst_tokenclient.cpp oauth/oauthtesthelpers.h
    LIBS skybeam_core faketiktok TIMEOUT 60)
skybeam_add_test(tst_loginflow SOURCES oauth/tst_loginflow.cpp oauth/oauthtesthelpers.h
    LIBS skybeam_core faketiktok TIMEOUT 90)
skybeam_add_test(tst_tokenmaintenance SOURCES oauth/tst_tokenmaintenance.cpp oauth/oauthtesthelpers.h
    LIBS skybeam_core skybeam_testsupport faketiktok TIMEOUT 60)
# Hardening (label hardening): other local programs hammer the loopback receiver during a login.
skybeam_add_test(tst_hostilereceiver SOURCES oauth/tst_hostilereceiver.cpp LIBS skybeam_core
    LABELS hardening TIMEOUT 120)
