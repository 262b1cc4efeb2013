target_sources(keyway_core PRIVATE
    auth/Base64Url.h auth/Base64Url.cpp
    auth/Jwk.h auth/Jwk.cpp
    auth/Jwt.h auth/Jwt.cpp
    auth/IdTokenValidator.h auth/IdTokenValidator.cpp
    auth/TokenSet.h auth/TokenSet.cpp
    auth/OAuthTypes.h auth/OAuthTypes.cpp
    auth/AuthFlow.h auth/AuthFlow.cpp
)
