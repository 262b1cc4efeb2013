# Integration tests of the hostile area.
