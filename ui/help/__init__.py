"""F1: the short guide of the area on screen."""
