# Unit tests of the hardening area.
