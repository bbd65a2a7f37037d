"""The command-line frame: version, help, JSON output, exit codes and one-line errors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk import __version__


def test_version_and_help_list_the_command_groups(pressdesk) -> None:
    result = pressdesk("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"PressDesk {__version__}"
    result = pressdesk("--help")
    assert result.exit_code == 0
    for group in ("contacts", "lists", "segments", "release", "smtp", "outbox"):
        assert f"\n  {group} " in result.stdout


def test_empty_database_lists_nothing_as_json(pressdesk, database_url: str) -> None:
    for command in (["contacts", "list"], ["release", "list"]):
        result = pressdesk("--db", database_url, *command, "--json")
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout) == []


def test_readable_output_on_an_empty_database_says_what_to_do(pressdesk, database_url) -> None:
    result = pressdesk("--db", database_url, "contacts", "list")
    assert result.exit_code == 0
    assert "No contacts found" in result.stdout
    assert "pressdesk contacts import" in result.stdout


@pytest.mark.sqlite_only
def test_environment_variable_names_the_database_and_db_overrides_it(
    pressdesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_env = tmp_path / "env.db"
    explicit = tmp_path / "explicit.db"
    monkeypatch.setenv("PRESSDESK_DATABASE_URL", f"sqlite:///{from_env}")
    assert pressdesk("release", "list", "--json").exit_code == 0
    assert from_env.exists()
    assert not explicit.exists()
    assert pressdesk("--db", f"sqlite:///{explicit}", "release", "list", "--json").exit_code == 0
    assert explicit.exists()
    with sqlite3.connect(explicit) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert raw.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_contacts_in_the_database_are_listed(pressdesk, database, database_url) -> None:
    from pressdesk.database.models import Contact, Suppression

    with database.session() as session:
        session.add(
            Contact(
                email="Ana@Example.org",
                email_key="ana@example.org",
                first_name="Ána",
                last_name="Núñez",
                country="MX",
                region="Central America",
                language="es",
            )
        )
        session.add(Suppression(email_hash="x" * 64, email_key="ana@example.org"))
    result = pressdesk("--db", database_url, "contacts", "list", "--json")
    assert json.loads(result.stdout) == [
        {
            "email": "Ana@Example.org",
            "first_name": "Ána",
            "last_name": "Núñez",
            "outlet": None,
            "country": "MX",
            "region": "Central America",
            "language": "es",
            "opted_out": True,
        }
    ]
    table = pressdesk("--db", database_url, "contacts", "list").stdout
    assert "Ána Núñez" in table
    assert "yes" in table


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["frobnicate"], 2, "No such command 'frobnicate'"),
        (["contacts", "list", "--bogus"], 2, "No such option"),
        (["--db", "nonsense", "contacts", "list"], 2, "is not a database URL"),
        (["--db", "sqlite:////no/such/dir/x.db", "release", "list"], 2, "does not exist"),
        (["contacts", "list", "--list", "Nope"], 2, "no list called 'Nope'"),
    ],
)
def test_errors_are_one_line_with_the_right_exit_code(
    pressdesk, database_url, args, code, words
) -> None:
    if args[0] != "--db":
        args = ["--db", database_url, *args]
    result = pressdesk(*args)
    assert result.exit_code == code
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert words in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.sqlite_only
def test_a_locked_database_is_an_environment_error(
    pressdesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pressdesk.database.engine as engine

    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "busy.db"
    holder = sqlite3.connect(path)  # another program holds the whole file locked
    holder.execute("CREATE TABLE other_program (x)")
    holder.commit()
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = pressdesk("--db", f"sqlite:///{path}", "contacts", "list")
    finally:
        holder.rollback()
        holder.close()
    assert result.exit_code == 1
    assert "locked" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_bug_prints_a_short_message_and_logs_the_traceback(
    pressdesk, database_url, monkeypatch: pytest.MonkeyPatch, private_user_dirs: Path
) -> None:
    import pressdesk.cli.contacts as contacts_cli

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("simulated bug")

    monkeypatch.setattr(contacts_cli, "list_contacts", broken)
    result = pressdesk("--db", database_url, "contacts", "list")
    assert result.exit_code == 1
    assert "bug in PressDesk" in result.stderr
    assert "Traceback" not in result.stderr
    log_file = Path(result.stderr.rsplit(" ", 1)[1].strip())
    assert log_file.is_relative_to(private_user_dirs)
    assert "ZeroDivisionError: simulated bug" in log_file.read_text()


def test_the_installed_command_runs_as_a_program(tmp_path: Path) -> None:
    env_db = f"sqlite:///{tmp_path / 'x.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "pressdesk", "--db", env_db, "release", "list", "--json"],
        capture_output=True,
        text=True,
        check=False,
        env={"PRESSDESK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert (done.returncode, done.stdout.strip()) == (0, "[]")
    wrong = subprocess.run(
        [sys.executable, "-m", "pressdesk", "nope"],
        capture_output=True,
        text=True,
        check=False,
        env={"PRESSDESK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert wrong.returncode == 2
    assert wrong.stderr.strip() == "pressdesk: No such command 'nope'."
