# GUI tests of the help area.
# The user guide window and the keyboard shortcut overview; the guide is checked against `keyway-cli --help`.
keyway_add_test(NAME tst_help SOURCES tst_help.cpp LIBRARIES keyway_ui Qt6::Network LABELS gui TIMEOUT 120)
add_dependencies(tst_help keyway-cli)
target_compile_definitions(tst_help PRIVATE KEYWAY_CLI_PATH="$<TARGET_FILE:keyway-cli>")
