# The probe matrix view and its dialogs (the probe area).
