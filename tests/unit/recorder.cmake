# Unit tests of the recorder area.
