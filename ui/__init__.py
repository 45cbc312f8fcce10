"""Tirkeu window (PySide6): widgets, dialogs and translation glue."""
