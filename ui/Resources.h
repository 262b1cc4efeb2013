#pragma once

namespace keyway::ui {

// Registers the icons and the bundled example compiled into this static library. Idempotent.
void initResources();

inline constexpr auto exampleDocumentPath = ":/examples/keyway-example.yaml";

} // namespace keyway::ui
