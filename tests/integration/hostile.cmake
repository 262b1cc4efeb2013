# Integration tests of the hostile area.
# Hostile servers on 127.0.0.1 (huge, stalled, silent, resetting, redirecting, self-signed TLS, nonsense OAuth answers).
# The TLS certificates are made at test time by the openssl command.
keyway_add_test(NAME tst_hostile SOURCES tst_hostile.cpp ../common/LocalHttpServer.h
    LIBRARIES keyway_core Qt6::Network LABELS integration hostile TIMEOUT 300)
