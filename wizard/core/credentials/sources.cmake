target_sources(skybeam_core PRIVATE
    credentials/tiktokcredentials.h credentials/tiktokcredentials.cpp
    credentials/credentialfile.h credentials/credentialfile.cpp
    credentials/secretstore.h credentials/secretstore.cpp
    credentials/keychainsecretstore.h credentials/keychainsecretstore.cpp
    credentials/keychainmodule.h
    credentials/memorysecretstore.h credentials/memorysecretstore.cpp
    credentials/credentialvalidator.h credentials/credentialvalidator.cpp
    credentials/credentialstore.h credentials/credentialstore.cpp
    credentials/refreshrejection.h credentials/refreshrejection.cpp
)
