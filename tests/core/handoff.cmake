# Handoff packs: MP4 header parser, pack reader and scanner, posted-state store, model and filter.
# Fixtures (generated MP4 files and pack folders) are shared with the viewer tests and the benchmark.
qt_add_library(skybeam_handoff_fixtures STATIC handoff/packfixtures.h handoff/packfixtures.cpp)
target_include_directories(skybeam_handoff_fixtures PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/handoff)
target_link_libraries(skybeam_handoff_fixtures PUBLIC Qt6::Core PRIVATE skybeam_build_flags)

skybeam_add_test(tst_mp4headerparser SOURCES handoff/tst_mp4headerparser.cpp
    LIBS skybeam_core skybeam_handoff_fixtures)
skybeam_add_test(tst_handoffscanner SOURCES handoff/tst_handoffscanner.cpp
    LIBS skybeam_core skybeam_handoff_fixtures)
skybeam_add_test(tst_handoffpackmodel SOURCES handoff/tst_handoffpackmodel.cpp
    LIBS skybeam_core skybeam_handoff_fixtures)
skybeam_add_test(tst_postedstatestore SOURCES handoff/tst_postedstatestore.cpp
    LIBS skybeam_core skybeam_handoff_fixtures)
skybeam_add_test(tst_packreader SOURCES handoff/tst_packreader.cpp
    LIBS skybeam_core skybeam_handoff_fixtures TIMEOUT 60)
