"""The PressDesk store: models, engine set-up and migrations (SQLite by default, PostgreSQL too)."""

from pressdesk.database.engine import Database, open_database, resolve_database_url

__all__ = ["Database", "open_database", "resolve_database_url"]
