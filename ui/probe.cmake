# The probe matrix view and its dialogs (the probe area).
target_sources(keyway_ui PRIVATE
    ProbeMatrixModel.h ProbeMatrixModel.cpp
    ProbeFilterModel.h ProbeFilterModel.cpp
    ProbePanel.h ProbePanel.cpp
)
