target_sources(keyway_core PRIVATE
    auth/Base64Url.h auth/Base64Url.cpp
    auth/Jwk.h auth/Jwk.cpp
    auth/Jwt.h auth/Jwt.cpp
    auth/IdTokenValidator.h auth/IdTokenValidator.cpp
    auth/TokenSet.h auth/TokenSet.cpp
    auth/OAuthTypes.h auth/OAuthTypes.cpp
    auth/AuthFlow.h auth/AuthFlow.cpp
    auth/OAuthResult.h
    auth/TokenEndpoint.h auth/TokenEndpoint.cpp
    auth/JwksCache.h auth/JwksCache.cpp
    auth/IdTokenCheck.h auth/IdTokenCheck.cpp
    auth/Discovery.h auth/Discovery.cpp
    auth/GrantFlows.h auth/GrantFlows.cpp
    auth/TokenAdmin.h auth/TokenAdmin.cpp
)

# Browser-based grants: authorization code + PKCE and implicit, with the loopback listener. QtNetworkAuth
# builds the authorization URL only (see auth/AuthorizationCodeFlow.h); it stays PRIVATE: no header of
# keyway_core includes a QtNetworkAuth header.
find_package(Qt6 REQUIRED COMPONENTS NetworkAuth)
target_sources(keyway_core PRIVATE
    auth/Pkce.h auth/Pkce.cpp
    auth/LoopbackReceiver.h auth/LoopbackReceiver.cpp
    auth/BrowserGrantFlow.h auth/BrowserGrantFlow.cpp
    auth/AuthorizationCodeFlow.h auth/AuthorizationCodeFlow.cpp
    auth/ImplicitFlow.h auth/ImplicitFlow.cpp
)
target_link_libraries(keyway_core PRIVATE Qt6::NetworkAuth)

# The glue between a document's security schemes, the grants and the secret store (one per open API).
target_sources(keyway_core PRIVATE
    auth/CredentialManager.h auth/CredentialManager.cpp
)
