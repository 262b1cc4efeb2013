target_sources(keyway_core PRIVATE
    request/Redaction.h request/Redaction.cpp
    request/WwwAuthenticate.h request/WwwAuthenticate.cpp
    request/DigestAuth.h request/DigestAuth.cpp
    request/SchemaExample.h request/SchemaExample.cpp
    request/RequestModel.h request/RequestModel.cpp
    request/RequestValues.h request/RequestValues.cpp
    request/RequestValidator.h request/RequestValidator.cpp
    request/CredentialSource.h request/CredentialSource.cpp
    request/RequestBuilder.h request/RequestBuilder.cpp
    request/RequestSender.h request/RequestSender.cpp
    request/CurlExport.h request/CurlExport.cpp
    request/RequestHistory.h request/RequestHistory.cpp
    request/ManagerCredentialSource.h request/ManagerCredentialSource.cpp
)
