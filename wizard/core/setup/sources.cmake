target_sources(skybeam_core PRIVATE
    setup/credentialinputcleaner.h setup/credentialinputcleaner.cpp
    setup/credentialstatus.h setup/credentialstatus.cpp
    setup/keychainstatus.h setup/keychainstatus.cpp
    setup/livecheck.h setup/livecheck.cpp
    setup/setupchecks.h setup/setupchecks.cpp
    setup/setuppath.h
    setup/setupsession.h setup/setupsession.cpp
)
