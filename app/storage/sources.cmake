# Secrets (QtKeychain) and the non-secret workspace; the process hardening that keeps secrets out of
# core files.
find_package(Qt6Keychain REQUIRED)
target_sources(keyway_core PRIVATE
    core/ProcessHardening.h core/ProcessHardening.cpp
    storage/SecureBytes.h storage/SecureBytes.cpp
    storage/SecretStore.h storage/SecretStore.cpp
    storage/MemorySecretStore.h storage/MemorySecretStore.cpp
    storage/KeychainSecretStore.h storage/KeychainSecretStore.cpp
    storage/DegradingSecretStore.h storage/DegradingSecretStore.cpp
    storage/ApiIdentity.h storage/ApiIdentity.cpp
    storage/SecretAddress.h storage/SecretAddress.cpp
    storage/Workspace.h storage/Workspace.cpp
    storage/CredentialStore.h storage/CredentialStore.cpp
    storage/SecretScan.h storage/SecretScan.cpp
)
target_link_libraries(keyway_core PRIVATE Qt6Keychain::Qt6Keychain)
