"""The local database: connection, schema ladder and the open store."""

from app.db.store import Store, close_database, current_store, open_database, database

__all__ = ["Store", "open_database", "close_database", "current_store", "database"]
