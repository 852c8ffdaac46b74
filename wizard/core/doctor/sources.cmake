target_sources(skybeam_core PRIVATE
    doctor/doctorcheck.h doctor/doctorcheck.cpp
    doctor/localchecks.h doctor/localchecks.cpp
    doctor/keychaincheck.h doctor/keychaincheck.cpp
    doctor/networkcheck.h doctor/networkcheck.cpp
    doctor/accountcheck.h doctor/accountcheck.cpp
    doctor/doctor.h doctor/doctor.cpp
)

# The keychain check asks the Secret Service (D-Bus) whether the keyring is locked before reading from it,
# so a locked keyring is named as such instead of prompting. QtKeychain itself already uses D-Bus on Linux.
if(UNIX AND NOT APPLE)
    find_package(Qt6 REQUIRED COMPONENTS DBus)
    target_link_libraries(skybeam_core PRIVATE Qt6::DBus)
    target_compile_definitions(skybeam_core PRIVATE SKYBEAM_HAS_DBUS)
endif()
