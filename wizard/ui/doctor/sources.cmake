target_sources(skybeam_wizard PRIVATE
    doctor/doctordialog.h doctor/doctordialog.cpp
)
