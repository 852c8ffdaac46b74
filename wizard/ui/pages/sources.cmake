target_sources(skybeam_wizard PRIVATE
    pages/credentialspage.h pages/credentialspage.cpp
    pages/donepage.h pages/donepage.cpp
    pages/portalguidepage.h pages/portalguidepage.cpp
    pages/savingpage.h pages/savingpage.cpp
    pages/signinpage.h pages/signinpage.cpp
    pages/validationpage.h pages/validationpage.cpp
    pages/welcomepage.h pages/welcomepage.cpp
)
