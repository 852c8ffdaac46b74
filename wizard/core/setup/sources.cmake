target_sources(skybeam_core PRIVATE
    setup/accountrecord.h setup/accountrecord.cpp
    setup/credentialinputcleaner.h setup/credentialinputcleaner.cpp
    setup/credentialstatus.h setup/credentialstatus.cpp
    setup/keychainstatus.h setup/keychainstatus.cpp
    setup/livecheck.h setup/livecheck.cpp
    setup/setupchecks.h setup/setupchecks.cpp
    setup/setupflow.h setup/setupflow.cpp
    setup/setuppath.h
    setup/rememberedsettings.h setup/rememberedsettings.cpp
    setup/reminderplanner.h setup/reminderplanner.cpp
    setup/reminderschedule.h setup/reminderschedule.cpp
    setup/setupoverview.h setup/setupoverview.cpp
    setup/setupsession.h setup/setupsession.cpp
    setup/statefile.h setup/statefile.cpp
)
