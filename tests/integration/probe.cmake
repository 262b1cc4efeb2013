# Integration tests of the probe area.
