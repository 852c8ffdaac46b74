# The handoff-pack viewer (offscreen): details, drag data, seams, posted marks, thumbnails, watcher.
skybeam_add_test(tst_handoffviewer SOURCES viewer/tst_handoffviewer.cpp
    LIBS skybeam_wizard skybeam_handoff_fixtures)
