# remind against the project's fake notification service (remind/fakenotifications.*) on a private bus.
skybeam_add_test(tst_remindcli SOURCES remind/tst_remindcli.cpp remind/fakenotifications.h remind/fakenotifications.cpp
    LIBS skybeam_core skybeam_testsupport Qt6::DBus TIMEOUT 120 RUNS_SETUP)
