target_sources(skybeam-setup PRIVATE
    commands/commands.h
    commands/validatecommand.cpp
    commands/packscommand.cpp
    commands/authorizecommand.cpp
    commands/refreshcommand.cpp
    commands/revokecommand.cpp
    commands/uploadcommand.cpp
    commands/doctorcommand.cpp
    commands/statuscommand.cpp
    commands/remindcommand.cpp
)
