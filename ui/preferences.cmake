# Widgets of the preferences area, listed in their own file.
# Edit > Preferences (a value class loaded from QSettings and its dialog) and the interface language.
target_sources(keyway_ui PRIVATE
    Preferences.h Preferences.cpp
    PreferencesDialog.h PreferencesDialog.cpp
    Translations.h Translations.cpp
)
