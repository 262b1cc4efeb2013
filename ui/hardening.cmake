# Widgets of the hardening area, listed in their own file.
