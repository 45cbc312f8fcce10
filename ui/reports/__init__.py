"""The Reports area: the programmes' indicators against their targets, charts, tables and files.

Nothing here is imported when the main window starts: the area's factory
imports :mod:`ui.reports.page` the first time the area is shown, and QtCharts
with it.
"""
