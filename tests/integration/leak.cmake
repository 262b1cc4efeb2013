# Integration tests of the leak area.
# The keychain leak check (issue 4): a whole session through keyway-cli (a real executable) and the GUI's code paths
# in-process, against the peers and a throwaway keychain, with every file Keyway writes in one temporary tree that is
# then searched for every secret used.
keyway_add_test(NAME tst_leakcheck SOURCES tst_leakcheck.cpp OAuthTestSupport.h ../common/PeerProcess.h ../common/KeyringSession.h
    LIBRARIES keyway_ui Qt6::Network Qt6::DBus LABELS integration keychain cli gui TIMEOUT 600)
add_dependencies(tst_leakcheck keyway-cli)
target_compile_definitions(tst_leakcheck PRIVATE KEYWAY_CLI_PATH="$<TARGET_FILE:keyway-cli>")
