# Unit tests of the recorder area.
keyway_add_test(NAME tst_har SOURCES tst_har.cpp LIBRARIES keyway_core LABELS unit recorder)
keyway_add_test(NAME tst_bundle SOURCES tst_bundle.cpp LIBRARIES keyway_core LABELS unit recorder)
