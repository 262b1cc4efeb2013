# recorder/: the flight recorder (HAR 1.2 export with secrets hashed, reproduction bundles and their import).
