# The credentials area: the credential file, the validator, the secret store (with the real keyring), and
# the hardening tests of the same units (label hardening: `ctest -L hardening`): crash-safe, fault-safe and
# concurrent saves, and what another local user can plant. skybeam-hardening-helper (tests/support) is the
# "other process" tst_credentialsave kills, limits, mounts or runs side by side.
skybeam_add_test(tst_credentialfile SOURCES credentials/tst_credentialfile.cpp LIBS skybeam_core skybeam_testsupport)
skybeam_add_test(tst_credentialvalidator SOURCES credentials/tst_credentialvalidator.cpp
    LIBS skybeam_core skybeam_testsupport)
skybeam_add_test(tst_secretstore SOURCES credentials/tst_secretstore.cpp LIBS skybeam_core skybeam_testsupport)

skybeam_add_test(tst_credentialsave SOURCES credentials/tst_credentialsave.cpp LIBS skybeam_core skybeam_testsupport
    LABELS hardening TIMEOUT 480)
target_compile_definitions(tst_credentialsave PRIVATE
    SKYBEAM_HARDENING_HELPER="$<TARGET_FILE:skybeam-hardening-helper>")
add_dependencies(tst_credentialsave skybeam-hardening-helper)
# 1,000 kills take about 45 s here, and can take longer than Qt Test's default 300 s per test function under
# the sanitizers on a loaded machine.
set_property(TEST tst_credentialsave APPEND PROPERTY ENVIRONMENT QTEST_FUNCTION_TIMEOUT=450000)

skybeam_add_test(tst_localattacker SOURCES credentials/tst_localattacker.cpp LIBS skybeam_core skybeam_testsupport
    LABELS hardening TIMEOUT 120)
