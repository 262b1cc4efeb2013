# Integration tests of the recorder area.
# The redaction suite: real flows against the OpenID Provider and the FastAPI resource server, exported as HAR and
# as a reproduction bundle, scanned for every secret used.
keyway_add_test(NAME tst_redaction SOURCES tst_redaction.cpp OAuthTestSupport.h ../common/PeerProcess.h
    LIBRARIES keyway_core Qt6::Network LABELS integration recorder TIMEOUT 300)
