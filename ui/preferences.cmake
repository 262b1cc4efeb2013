# Widgets of the preferences area, listed in their own file.
