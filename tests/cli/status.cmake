skybeam_add_test(tst_statuscli SOURCES tst_statuscli.cpp LIBS skybeam_core skybeam_testsupport TIMEOUT 120)
