# GUI tests of the probe area.
