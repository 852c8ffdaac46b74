# Accessibility (offscreen): every control named and described where needed, labels readable, Tab in reading
# order per page, status changes announced. Qt's accessibility is switched on through QtGui's platform
# abstraction (private API, as in Qt's own tests; Debian package qt6-base-private-dev).
skybeam_add_test(tst_wizardaccessibility
    SOURCES accessibility/tst_wizardaccessibility.cpp accessibility/accessibilityaudit.h pages/wizardfixture.h
    LIBS skybeam_wizard skybeam_testsupport faketiktok Qt6::GuiPrivate TIMEOUT 240)
skybeam_add_test(tst_vieweraccessibility
    SOURCES accessibility/tst_vieweraccessibility.cpp accessibility/accessibilityaudit.h
    LIBS skybeam_wizard skybeam_handoff_fixtures skybeam_testsupport Qt6::GuiPrivate TIMEOUT 120)
