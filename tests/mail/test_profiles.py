"""SMTP profiles on the command line: settings in the database, the password in the keyring."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from mailtesting import MemoryKeyring
from sqlalchemy import select

from pressdesk import secret_store
from pressdesk.database import Database
from pressdesk.database.models import SmtpProfile

SECRET = "correct horse battery staple"


@pytest.fixture
def failing_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def _files_containing(folder: Path, needle: str) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and needle.encode() in path.read_bytes()
    ]


def test_first_smtp_set_creates_the_default_profile_and_later_ones_update_it(
    pressdesk, database: Database, database_url: str
):
    created = pressdesk(
        "--db", database_url, "smtp", "set", "--host", "mail.example.org", "--port", "587",
        "--security", "starttls", "--from-address", "press@example.org", "--json",
    )  # fmt: skip
    assert created.exit_code == 0, created.stderr
    assert json.loads(created.stdout)["created"] is True
    updated = pressdesk(
        "--db", database_url, "smtp", "set", "--from-name", "Press Office", "--connections", "4",
        "--rate-per-minute", "120",
    )  # fmt: skip
    assert updated.exit_code == 0, updated.stderr
    with database.session() as session:
        profiles = session.scalars(select(SmtpProfile)).all()
    assert len(profiles) == 1
    profile = profiles[0]
    assert (profile.name, profile.is_default, profile.host, profile.port) == (
        "default",
        True,
        "mail.example.org",
        587,
    )
    assert (profile.from_name, profile.connections, profile.rate_per_minute) == (
        "Press Office",
        4,
        120,
    )
    unlimited = pressdesk("--db", database_url, "smtp", "set", "--rate-per-minute", "0")
    assert unlimited.exit_code == 0, unlimited.stderr
    with database.session() as session:
        assert session.scalars(select(SmtpProfile.rate_per_minute)).one() is None


def test_a_second_named_profile_does_not_take_the_default(pressdesk, database_url: str):
    base = ["--port", "25", "--security", "none", "--from-address", "a@example.org"]
    assert (
        pressdesk("--db", database_url, "smtp", "set", "--host", "one.example", *base).exit_code
        == 0
    )
    second = pressdesk(
        "--db", database_url, "smtp", "set", "--profile", "relay", "--host", "two.example", *base,
        "--json",
    )  # fmt: skip
    assert second.exit_code == 0, second.stderr
    assert json.loads(second.stdout)["is_default"] is False


def test_the_password_goes_to_the_keyring_only(
    pressdesk,
    database_url: str,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    private_user_dirs: Path,
    tmp_path: Path,
):
    _stdin(monkeypatch, SECRET + "\n")
    result = pressdesk(
        "--db", database_url, "smtp", "set", "--profile", "office", "--host", "mail.example.org",
        "--port", "587", "--security", "starttls", "--username", "press@example.org",
        "--password-stdin", "--from-address", "press@example.org",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert memory_keyring.secrets == {("pressdesk", "smtp:office"): SECRET}
    assert SECRET not in result.stdout + result.stderr
    assert _files_containing(tmp_path, SECRET) == []
    assert _files_containing(private_user_dirs, SECRET) == []


def test_without_a_system_keyring_saving_a_password_fails_clearly_and_stores_nothing(
    pressdesk,
    database: Database,
    database_url: str,
    failing_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
    private_user_dirs: Path,
    tmp_path: Path,
):
    _stdin(monkeypatch, SECRET + "\n")
    result = pressdesk(
        "--db", database_url, "smtp", "set", "--host", "mail.example.org", "--port", "587",
        "--security", "starttls", "--username", "press@example.org", "--password-stdin",
        "--from-address", "press@example.org",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "No system keyring is available" in result.stderr
    assert "GNOME Keyring or KWallet" in result.stderr
    with database.session() as session:
        assert session.scalars(select(SmtpProfile)).all() == []
    assert _files_containing(tmp_path, SECRET) == []
    assert _files_containing(private_user_dirs, SECRET) == []


def test_without_a_keyring_a_profile_without_authentication_still_works(
    pressdesk, database_url: str, failing_keyring: None
):
    result = pressdesk(
        "--db", database_url, "smtp", "set", "--host", "relay.example.org", "--port", "25",
        "--security", "none", "--from-address", "press@example.org",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("option", "value", "complaint"),
    [
        ("--port", "70000", "between 1 and 65535"),
        ("--from-address", "press@example.org\r\nBcc: x@evil.example", "not a valid email"),
        ("--from-address", "not-an-address", "not a valid email"),
        ("--connections", "0", "parallel connections"),
        ("--from-name", "Press\r\nBcc: x@evil.example", "on one line"),
        ("--cafile", "/nonexistent/ca.pem", "does not exist"),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(
    pressdesk, database: Database, database_url: str, option: str, value: str, complaint: str
):
    args = {
        "--host": "mail.example.org",
        "--port": "587",
        "--security": "starttls",
        "--from-address": "press@example.org",
        option: value,
    }
    flat = [item for pair in args.items() for item in pair]
    result = pressdesk("--db", database_url, "smtp", "set", *flat)
    assert result.exit_code == 2
    assert complaint in result.stderr
    with database.session() as session:
        assert session.scalars(select(SmtpProfile)).all() == []


def test_a_user_name_without_a_password_is_refused_for_a_new_profile(pressdesk, database_url: str):
    result = pressdesk(
        "--db", database_url, "smtp", "set", "--host", "mail.example.org", "--port", "587",
        "--security", "starttls", "--username", "press", "--from-address", "press@example.org",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "--password-stdin" in result.stderr


def test_settings_screens_can_tell_whether_a_password_could_be_saved(
    memory_keyring: MemoryKeyring,
) -> None:
    assert secret_store.keyring_usable()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert not secret_store.keyring_usable()
