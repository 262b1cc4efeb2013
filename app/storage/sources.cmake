target_sources(keyway_core PRIVATE
)
