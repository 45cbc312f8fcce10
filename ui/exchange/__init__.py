"""File menu actions: import from tables, export to tables, back up."""
