target_sources(skybeam_core PRIVATE
    doctor/doctorcheck.h doctor/doctorcheck.cpp
    doctor/localchecks.h doctor/localchecks.cpp
    doctor/keychaincheck.h doctor/keychaincheck.cpp
    doctor/networkcheck.h doctor/networkcheck.cpp
    doctor/accountcheck.h doctor/accountcheck.cpp
    doctor/doctor.h doctor/doctor.cpp
)

# The keychain check asks the Secret Service (D-Bus) whether the keyring is locked before reading from it,
# through the keychain module (credentials/keychainmodule.h): no QtDBus in core.
