# Widgets of the hardening area, listed in their own file.
target_sources(keyway_ui PRIVATE
    CertificateTrustDialog.h CertificateTrustDialog.cpp
    CertificateTrustList.h CertificateTrustList.cpp
)
