# Flight-recorder export and bundle viewer widgets (the recorder area).
target_sources(keyway_ui PRIVATE
    BundleExchangeView.h BundleExchangeView.cpp
    BundleViewer.h BundleViewer.cpp
    RecorderExportDialog.h RecorderExportDialog.cpp
)
