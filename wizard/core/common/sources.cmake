target_sources(skybeam_core PRIVATE
    common/abandonreply.h
    common/browserlauncher.h common/browserlauncher.cpp
    common/error.h common/error.cpp
    common/errorcodes.h
    common/expected.h
    common/job.h common/job.cpp
    common/logging.h common/logging.cpp
    common/modules.h common/modules.cpp
    common/notifymodule.h
    common/linereader.h common/linereader.cpp
    common/processlock.h common/processlock.cpp
    common/privatefiles.h common/privatefiles.cpp
    common/roxypaths.h common/roxypaths.cpp
    common/singleinstance.h common/singleinstance.cpp
    common/terminaltext.h common/terminaltext.cpp
    common/uniquefd.h
)
