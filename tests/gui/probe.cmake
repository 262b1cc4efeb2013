# GUI tests of the probe area.
# The probe panel offscreen against the FastAPI resource server.
keyway_add_test(NAME tst_probepanel SOURCES tst_probepanel.cpp ../common/PeerProcess.h LIBRARIES keyway_ui Qt6::Network LABELS gui integration probe
    TIMEOUT 300)
