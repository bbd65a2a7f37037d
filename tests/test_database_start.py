"""Opening a database that is already current is quick; one behind is still migrated."""

from __future__ import annotations

import subprocess
import sys

from alembic import command

from pressdesk.database import open_database
from pressdesk.database.engine import (
    alembic_config,
    current_revision,
    head_from_files,
    head_revision,
)


def test_the_head_read_from_the_files_is_the_one_alembic_finds() -> None:
    assert head_from_files() == head_revision()


def test_a_database_one_revision_behind_is_migrated_when_opened(database_url: str) -> None:
    db = open_database(database_url)
    try:
        config = alembic_config(db)
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")
        assert current_revision(db) != head_revision()
    finally:
        db.dispose()
    again = open_database(database_url)
    try:
        assert current_revision(again) == head_revision()
    finally:
        again.dispose()


def test_opening_a_current_database_does_not_load_the_migration_tool(database_url: str) -> None:
    open_database(database_url).dispose()
    probe = (
        "import sys\n"
        "from pressdesk.database import open_database\n"
        f"open_database({database_url!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
