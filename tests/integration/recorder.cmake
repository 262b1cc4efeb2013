# Integration tests of the recorder area.
