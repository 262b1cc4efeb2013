target_sources(keyway_core PRIVATE
    net/HttpClient.h net/HttpClient.cpp
    net/Exchange.h net/Timeline.h net/Timeline.cpp
)
target_sources(keyway_core PRIVATE
    net/CertificateTrustStore.h net/CertificateTrustStore.cpp
)
