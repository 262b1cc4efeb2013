# GUI tests of the recorder area.
