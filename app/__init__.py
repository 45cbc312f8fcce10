"""Tirkeu core: data, rules and files. Never imports Qt or ui/."""

__version__ = "0.1.0"
APP_NAME = "Tirkeu"
