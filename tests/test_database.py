"""The store: URL resolution, SQLite tuning, migrations that match the models, backups."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from pressdesk.database import open_database, resolve_database_url
from pressdesk.database.engine import (
    alembic_config,
    backup_sqlite_file,
    current_revision,
    head_revision,
)
from pressdesk.database.models import Base
from pressdesk.errors import DatabaseUnavailable, InvalidInput


def test_url_comes_from_option_then_environment_then_user_folder(
    monkeypatch: pytest.MonkeyPatch, private_user_dirs: Path
) -> None:
    assert resolve_database_url(None) == f"sqlite:///{private_user_dirs / 'pressdesk.sqlite3'}"
    monkeypatch.setenv("PRESSDESK_DATABASE_URL", "sqlite:////tmp/from-env.db")
    assert resolve_database_url(None) == "sqlite:////tmp/from-env.db"
    assert resolve_database_url("sqlite:////tmp/explicit.db") == "sqlite:////tmp/explicit.db"


@pytest.mark.sqlite_only
def test_new_sqlite_file_is_private_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    db = open_database(f"sqlite:///{path}")
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
    # Another program sees the same: the mode is stored in the file.
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_migrations_go_up_down_and_up_again_and_match_the_models(database_url: str) -> None:
    db = open_database(database_url, migrate=False)
    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        command.downgrade(config, "base")
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
        command.upgrade(config, "head")
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    db.dispose()
    assert differences == []


def test_the_first_migration_covers_the_whole_domain(database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    for table in (
        "outlets",
        "contacts",
        "contact_lists",
        "list_members",
        "segments",
        "suppressions",
        "releases",
        "release_versions",
        "attachments",
        "boilerplates",
        "media_contact_blocks",
        "smtp_profiles",
        "distributions",
        "deliveries",
        "coverage_items",
    ):
        assert table in tables
    profile_columns = {c["name"] for c in inspect(database.engine).get_columns("smtp_profiles")}
    assert not any("password" in name or "secret" in name for name in profile_columns)
    delivery_columns = {c["name"] for c in inspect(database.engine).get_columns("deliveries")}
    assert {"status", "attempts", "smtp_response", "message_id", "outlet_name"} <= delivery_columns


def test_foreign_keys_are_enforced(database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO list_members (list_id, contact_id, added_at) "
                + "VALUES (99, 99, '2026-01-01')"
            )
        )


@pytest.mark.sqlite_only
def test_backup_is_a_consistent_private_copy(database, tmp_path: Path) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('probe', '1')"))
    copy = backup_sqlite_file(database)
    assert copy.parent == tmp_path
    assert "backup-" in copy.name
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT value FROM settings WHERE key='probe'").fetchone() == (1,)


def test_up_to_date_database_is_opened_without_backup(database_url: str, tmp_path: Path) -> None:
    open_database(database_url).dispose()
    open_database(database_url).dispose()
    assert not list(tmp_path.glob("*backup*"))


def test_database_from_a_newer_pressdesk_is_refused_untouched(database, database_url: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()
    with pytest.raises(DatabaseUnavailable, match="newer version of PressDesk"):
        open_database(database_url)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL"),
        ("mysql://u@h/db", "cannot use a 'mysql' database"),
        ("sqlite://", "names no file"),
        ("sqlite:////no/such/folder/x.db", "folder for the database file does not exist"),
    ],
)
def test_bad_database_urls_are_clear_errors(url: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        open_database(url)
