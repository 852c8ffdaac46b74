target_sources(skybeam-setup-cli PRIVATE
    commands/commands.h
    commands/commandsupport.h
    commands/validatecommand.cpp
    commands/authorizecommand.cpp
    commands/refreshcommand.cpp
    commands/revokecommand.cpp
    commands/uploadcommand.cpp
    commands/doctorcommand.cpp
    commands/statuscommand.cpp
    commands/remindcommand.cpp
)
# The pack viewer is a window: skybeam-setup-gui's.
target_sources(skybeam-setup-gui PRIVATE
    commands/commands.h
    commands/packscommand.cpp
)
