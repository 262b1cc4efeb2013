# Flight-recorder export and bundle viewer widgets (the recorder area).
