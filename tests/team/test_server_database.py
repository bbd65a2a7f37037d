"""Team mode on the command line: a server URL, its password in the keyring, plain errors."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest

from mail.mailtesting import MemoryKeyring
from pressdesk.database import open_database
from pressdesk.database.engine import parse_database_url, password_identity
from pressdesk.logs import LOG_FILE_NAME


def read_logs(data_dir: Path) -> str:
    return "".join(path.read_text(errors="replace") for path in data_dir.rglob(f"{LOG_FILE_NAME}*"))


@pytest.mark.postgresql_only
def test_a_server_password_goes_to_the_keyring_and_opening_the_database_reads_it(
    pressdesk, password_account, memory_keyring: MemoryKeyring, monkeypatch, private_user_dirs
):
    url = password_account.url
    refused = pressdesk("--db", url, "contacts", "list")
    assert refused.exit_code == 1
    assert "asks for a password" in refused.stderr
    assert "pressdesk db password --url" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1

    monkeypatch.setattr("sys.stdin", io.StringIO(password_account.password + "\n"))
    stored = pressdesk("db", "password", "--url", url, "--password-stdin")
    assert stored.exit_code == 0, stored.stderr
    assert "is in the system keyring" in stored.stdout
    identity = password_identity(parse_database_url(url))
    assert memory_keyring.secrets == {("pressdesk", identity): password_account.password}

    # Every way of naming the database finds it: --db, the environment variable.
    listed = pressdesk("--db", url, "contacts", "list", "--json")
    assert listed.exit_code == 0, listed.stderr
    monkeypatch.setenv("PRESSDESK_DATABASE_URL", url.replace("+psycopg", ""))
    info = pressdesk("db", "info", "--json")
    assert info.exit_code == 0, info.stderr
    assert '"kind": "server"' in info.stdout
    for output in (refused, stored, listed, info):
        assert password_account.password not in output.stdout + output.stderr
    assert password_account.password not in read_logs(private_user_dirs)


@pytest.mark.postgresql_only
def test_a_wrong_password_is_one_line_that_never_shows_it(
    pressdesk, password_account, memory_keyring: MemoryKeyring, private_user_dirs
):
    wrong = "not-the-" + password_account.password
    identity = password_identity(parse_database_url(password_account.url))
    memory_keyring.set_password("pressdesk", identity, wrong)
    result = pressdesk("--db", password_account.url, "outbox")
    assert result.exit_code == 1
    assert "refused the password for user officer_" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    for secret in (wrong, password_account.password):
        assert secret not in result.stdout + result.stderr
        assert secret not in read_logs(private_user_dirs)
    # A password written into the URL itself is not echoed either.
    with_password = password_account.url.replace("@", f":{wrong}@", 1)
    inline = pressdesk("--db", with_password, "contacts", "list")
    assert inline.exit_code == 1
    assert wrong not in inline.stdout + inline.stderr


def test_storing_a_password_refuses_what_makes_no_sense(pressdesk, memory_keyring, tmp_path):
    local = pressdesk(
        "db", "password", "--url", f"sqlite:///{tmp_path / 'a.db'}", "--password-stdin"
    )
    assert local.exit_code == 2
    assert "has no password" in local.stderr
    inline = pressdesk(
        "db",
        "password",
        "--url",
        "postgresql://ana:secret@db.example.org/press",
        "--password-stdin",
    )
    assert inline.exit_code == 2
    assert "already contains a password" in inline.stderr
    assert "secret" not in inline.stderr.replace("already contains a password", "")
    assert memory_keyring.secrets == {}


def test_an_unreachable_server_is_a_clear_error(pressdesk):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = pressdesk("--db", f"postgresql+psycopg://ana@127.0.0.1:{port}/press", "outbox")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"pressdesk: Cannot reach the database server 127.0.0.1:{port}. "
        "Check the address, that the server is running, and your network or VPN."
    )


def test_the_same_password_entry_however_the_url_is_spelled():
    spellings = (
        "postgresql://ana@db.example.org/press",
        "postgresql+psycopg://ana@db.example.org:5432/press",
        "postgresql+psycopg://ana@db.example.org/press?sslmode=require",
    )
    identities = {password_identity(parse_database_url(text)) for text in spellings}
    assert identities == {"database:ana@db.example.org:5432/press"}


@pytest.mark.postgresql_only
def test_opening_a_server_database_migrates_it_and_says_where_it_is(empty_server_database):
    database = open_database(empty_server_database)
    try:
        assert database.describe().startswith("Server 127.0.0.1/team_")
        assert "password" not in database.display_url
    finally:
        database.dispose()
