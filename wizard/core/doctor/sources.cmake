target_sources(skybeam_core PRIVATE
    doctor/doctorcheck.h doctor/doctorcheck.cpp
    doctor/localchecks.h doctor/localchecks.cpp
    doctor/keychaincheck.h doctor/keychaincheck.cpp
    doctor/networkcheck.h doctor/networkcheck.cpp
    doctor/accountcheck.h doctor/accountcheck.cpp
    doctor/doctor.h doctor/doctor.cpp
)
