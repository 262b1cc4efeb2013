# Integration tests of the probe area.
# The probe core in-process against the FastAPI resource server and the OpenID Provider: cases, verdicts, the
# Timeline exchanges, rerun, cancel, the writers.
keyway_add_test(NAME tst_probe SOURCES tst_probe.cpp OAuthTestSupport.h ../common/PeerProcess.h
    LIBRARIES keyway_core Qt6::Network OpenSSL::Crypto LABELS integration probe TIMEOUT 300)
# keyway-cli probe as a real executable with credentials stored by keyway-cli authorize in a throwaway keychain.
keyway_add_test(NAME tst_probe_cli SOURCES tst_probe_cli.cpp OAuthTestSupport.h ../common/PeerProcess.h ../common/KeyringSession.h
    LIBRARIES keyway_core Qt6::Network Qt6::DBus OpenSSL::Crypto LABELS integration keychain cli probe TIMEOUT 600)
add_dependencies(tst_probe_cli keyway-cli)
target_compile_definitions(tst_probe_cli PRIVATE KEYWAY_CLI_PATH="$<TARGET_FILE:keyway-cli>")
