# GUI tests of the help area.
