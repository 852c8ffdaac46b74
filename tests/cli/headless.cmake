# The headless commands load no Qt Gui, Widgets, X or Wayland library, and the keychain only when they ask
# it; the wizard becomes skybeam-setup-gui in the same process (issue 18).
skybeam_add_test(tst_headlesscommands SOURCES headless/tst_headlesscommands.cpp
    LIBS skybeam_core skybeam_testsupport faketiktok TIMEOUT 120 RUNS_SETUP)
