"""The migration that adds the contacts' search text fills it for contacts already on file."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from pressdesk.database import open_database
from pressdesk.database.engine import alembic_config


def test_existing_contacts_get_their_search_text(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'old.db'}", migrate=False)
    config = alembic_config(db)
    try:
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001_initial")
            connection.execute(
                text(
                    "INSERT INTO contacts (email, email_key, first_name, last_name, phones, "
                    "other_languages, social, created_at, updated_at, version) VALUES "
                    "('Ana@x.org', 'ana@x.org', 'Ána', 'Núñez  López', '[]', '[]', '{}', "
                    "'2026-01-01', '2026-01-01', 1)"
                )
            )
            command.upgrade(config, "0002_contacts_search_text")
            stored = connection.execute(text("SELECT search_text FROM contacts")).scalar()
    finally:
        db.dispose()
    assert stored == "ana nunez lopez ana@x.org"
