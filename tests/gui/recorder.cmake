# GUI tests of the recorder area.
keyway_add_test(NAME tst_bundleviewer SOURCES tst_bundleviewer.cpp LIBRARIES keyway_ui LABELS gui recorder TIMEOUT 120)
