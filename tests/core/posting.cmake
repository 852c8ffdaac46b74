# Content Posting (issue 9): the chunk planner and post rules (pure), the fake's own strictness, the
# preparation (credentials, creator info) and the uploader end to end against the fake.
skybeam_add_test(tst_chunkplan SOURCES posting/tst_chunkplan.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_postingrules SOURCES posting/tst_postingrules.cpp LIBS skybeam_core TIMEOUT 60)
skybeam_add_test(tst_fakecontentposting SOURCES posting/tst_fakecontentposting.cpp posting/postingtesthelpers.h
    LIBS skybeam_core faketiktok TIMEOUT 120)
skybeam_add_test(tst_postingpreparation SOURCES posting/tst_postingpreparation.cpp posting/postingtesthelpers.h
    LIBS skybeam_core skybeam_testsupport faketiktok TIMEOUT 120)
skybeam_add_test(tst_packuploader SOURCES posting/tst_packuploader.cpp posting/postingtesthelpers.h
    LIBS skybeam_core skybeam_testsupport faketiktok TIMEOUT 180)
# Exactly-once posting (issue 14): PostingSession and the publish journal.
skybeam_add_test(tst_postingsession SOURCES posting/tst_postingsession.cpp posting/postingtesthelpers.h
    LIBS skybeam_core skybeam_testsupport faketiktok TIMEOUT 120)
# What the viewer shows of each pack's journal state and the pending-inbox ledger.
skybeam_add_test(tst_postingoverview SOURCES posting/tst_postingoverview.cpp
    LIBS skybeam_core skybeam_testsupport TIMEOUT 60)
