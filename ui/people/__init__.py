"""The people area: list, person form, history."""
