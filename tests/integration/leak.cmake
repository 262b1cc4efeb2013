# Integration tests of the leak area.
