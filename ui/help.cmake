# Widgets of the help area, listed in their own file.
# The user guide window (Markdown pages under resources/help, compiled in with their own .qrc) and the keyboard
# shortcut overview.
target_sources(keyway_ui PRIVATE
    HelpWindow.h HelpWindow.cpp
    ShortcutsDialog.h ShortcutsDialog.cpp
    ${PROJECT_SOURCE_DIR}/resources/help/help.qrc)
