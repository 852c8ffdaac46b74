# skybeam-setup doctor (issue 16).
skybeam_add_test(tst_doctorcli SOURCES doctor/tst_doctorcli.cpp LIBS skybeam_core skybeam_testsupport faketiktok TIMEOUT 120 RUNS_SETUP)
target_compile_definitions(tst_doctorcli PRIVATE FAKE_TIKTOK_BINARY="$<TARGET_FILE:fake-tiktok>")
add_dependencies(tst_doctorcli fake-tiktok)
