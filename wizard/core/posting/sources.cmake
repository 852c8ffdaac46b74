target_sources(skybeam_core PRIVATE
    posting/postinglog.h posting/postinglog.cpp
    posting/chunkplan.h posting/chunkplan.cpp
    posting/postoptions.h posting/postoptions.cpp
    posting/postingerrors.h posting/postingerrors.cpp
    posting/ratewindow.h posting/ratewindow.cpp
    posting/sandboxbudget.h posting/sandboxbudget.cpp
    posting/postinghistory.h posting/postinghistory.cpp
    posting/transfermeter.h posting/transfermeter.cpp
    posting/filerangedevice.h posting/filerangedevice.cpp
    posting/chunkuploader.h posting/chunkuploader.cpp
    posting/publishstatuspoller.h posting/publishstatuspoller.cpp
    posting/postingpreparation.h posting/postingpreparation.cpp
    posting/publishjournal.h posting/publishjournal.cpp
    posting/pendingshareledger.h posting/pendingshareledger.cpp
    posting/packuploader.h posting/packuploader.cpp
    posting/postingsession.h posting/postingsession.cpp
)
