# recorder/: the flight recorder (HAR 1.2 export with secrets hashed, reproduction bundles and their import).
target_sources(keyway_core PRIVATE
    recorder/SecretRedactor.h recorder/SecretRedactor.cpp
    recorder/HarExporter.h recorder/HarExporter.cpp
    recorder/HarReader.h recorder/HarReader.cpp
    recorder/WorkspaceSnapshot.h recorder/WorkspaceSnapshot.cpp
    recorder/ReproBundle.h recorder/ReproBundle.cpp
    recorder/FlowDiagnoser.h recorder/FlowDiagnoser.cpp
    recorder/BundleWriter.h recorder/BundleWriter.cpp
    recorder/BundleReader.h recorder/BundleReader.cpp
)
