"""The local database: file guard, connection, schema ladder and the open store.

Nothing is imported eagerly here: ``app.db.guard`` must stay usable without
loading peewee (the window peeks at the file before it shows itself).
"""
