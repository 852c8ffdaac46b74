# The doctor (issue 16): each check against the real thing broken on purpose.
skybeam_add_test(tst_doctorlocal SOURCES doctor/tst_doctorlocal.cpp LIBS skybeam_core skybeam_testsupport TIMEOUT 60)
target_compile_definitions(tst_doctorlocal PRIVATE FAKE_TIKTOK_BINARY="$<TARGET_FILE:fake-tiktok>")
add_dependencies(tst_doctorlocal fake-tiktok)
skybeam_add_test(tst_doctornetwork SOURCES doctor/tst_doctornetwork.cpp oauth/oauthtesthelpers.h
    LIBS skybeam_core skybeam_testsupport faketiktok TIMEOUT 90)
