# Widgets of the help area, listed in their own file.
