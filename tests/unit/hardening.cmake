# Unit tests of the hardening area.
# The TLS exception dialog and list over the trust store (offscreen widgets).
keyway_add_test(NAME tst_certificatetrust SOURCES tst_certificatetrust.cpp LIBRARIES keyway_ui LABELS unit hostile)
# Regression inputs found by fuzzing (tests/data/fuzz), and the loopback listener's request-head parser.
keyway_add_test(NAME tst_fuzzregressions SOURCES tst_fuzzregressions.cpp LIBRARIES keyway_core LABELS unit)
