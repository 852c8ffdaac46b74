# The common area: the process lock, the line reader, and single-instance (label hardening: one wizard per
# user, crashed or hostile other processes; skybeam-hardening-helper from tests/support is the other one).
skybeam_add_test(tst_processlock SOURCES common/tst_processlock.cpp LIBS skybeam_core)
skybeam_add_test(tst_linereader SOURCES common/tst_linereader.cpp LIBS skybeam_core TIMEOUT 60)

skybeam_add_test(tst_singleinstance SOURCES common/tst_singleinstance.cpp LIBS skybeam_core LABELS hardening)
target_compile_definitions(tst_singleinstance PRIVATE
    SKYBEAM_HARDENING_HELPER="$<TARGET_FILE:skybeam-hardening-helper>")
add_dependencies(tst_singleinstance skybeam-hardening-helper)
