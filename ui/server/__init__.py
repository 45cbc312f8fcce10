"""Opening an office database kept on a PostgreSQL server."""
