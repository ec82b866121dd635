# Secrets go to the OS keychain through QtKeychain; settings hold only non-secret profile data.
target_link_libraries(recdesk_core PUBLIC Qt6Keychain::Qt6Keychain)
target_sources(recdesk_core PRIVATE
    settings/settingslogging.h settings/settingslogging.cpp
    settings/profile.h settings/profile.cpp
    settings/profilestore.h settings/profilestore.cpp
    settings/secretstore.h settings/secretstore.cpp
)
