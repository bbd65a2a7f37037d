"""STARTTLS with a private CA, and logging in with the password from the keyring."""

from __future__ import annotations

import io
import json
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from mailtesting import (
    FROM_ADDRESS,
    Authenticator,
    FaultyHandler,
    MemoryKeyring,
    seed,
    start_server,
)
from sqlalchemy import select

from pressdesk.database import Database
from pressdesk.database.models import Delivery, DeliveryStatus

USER = "press@agency.example.org"
PASSWORD = "s3cret-from-the-keyring"


class TlsServer:
    def __init__(self, port: int, handler: FaultyHandler, authenticator: Authenticator, ca: Path):
        self.port = port
        self.handler = handler
        self.authenticator = authenticator
        self.cafile = ca


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[TlsServer]:
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    cafile = tmp_path / "internal-ca.pem"
    authority.cert_pem.write_to_path(str(cafile))
    handler = FaultyHandler()
    authenticator = Authenticator(USER, PASSWORD)
    controller = start_server(
        handler,
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        authenticator=authenticator,
    )
    yield TlsServer(controller.port, handler, authenticator, cafile)
    controller.stop()


def set_profile(
    pressdesk, database_url: str, server: TlsServer, monkeypatch, password: str, *extra: str
):
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    result = pressdesk(
        "--db", database_url, "smtp", "set", "--host", "127.0.0.1", "--port", str(server.port),
        "--security", "starttls", "--username", USER, "--password-stdin",
        "--from-address", FROM_ADDRESS, "--timeout", "5", *extra,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr


def test_an_untrusted_certificate_is_refused_with_a_clear_message(
    pressdesk, database_url: str, tls_server: TlsServer, memory_keyring: MemoryKeyring, monkeypatch
):
    set_profile(pressdesk, database_url, tls_server, monkeypatch, PASSWORD)
    result = pressdesk("--db", database_url, "smtp", "test")
    assert result.exit_code == 1
    assert "certificate of the mail server 127.0.0.1" in result.stderr
    assert "--cafile" in result.stderr
    assert tls_server.authenticator.attempts == []  # the password never left


def test_with_the_internal_ca_smtp_test_reports_each_step(
    pressdesk, database_url: str, tls_server: TlsServer, memory_keyring: MemoryKeyring, monkeypatch
):
    set_profile(
        pressdesk,
        database_url,
        tls_server,
        monkeypatch,
        PASSWORD,
        "--cafile",
        str(tls_server.cafile),
    )
    result = pressdesk("--db", database_url, "smtp", "test")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any("Password read from the system keyring" in line for line in lines)
    assert any("Connected to 127.0.0.1" in line for line in lines)
    assert any("STARTTLS negotiated; certificate verified" in line for line in lines)
    assert any(f"Logged in as {USER}" in line for line in lines)
    assert tls_server.authenticator.attempts == [USER.encode()]
    as_json = json.loads(pressdesk("--db", database_url, "smtp", "test", "--json").stdout)
    assert as_json["ok"] is True


@pytest.mark.parametrize("password", [PASSWORD, "wrong"])
def test_a_send_logs_in_with_the_keyring_password_and_stops_if_it_is_refused(
    pressdesk,
    database: Database,
    database_url: str,
    tls_server: TlsServer,
    memory_keyring: MemoryKeyring,
    monkeypatch,
    password: str,
    private_user_dirs: Path,
    tmp_path: Path,
):
    seeded = seed(database, people=3)
    trust = ("--cafile", str(tls_server.cafile))
    set_profile(pressdesk, database_url, tls_server, monkeypatch, password, *trust)
    result = pressdesk(
        "--db", database_url, "-v", "send", str(seeded.release_id), "--list", "Press", "--yes",
        "--json",
    )  # fmt: skip
    if password == PASSWORD:
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["sent"] == 3
        assert sorted(tls_server.handler.recipients()) == sorted(seeded.addresses)
        everything = [*private_user_dirs.rglob("*"), *tmp_path.rglob("*")]
        assert not [f for f in everything if f.is_file() and PASSWORD.encode() in f.read_bytes()]
        return
    assert result.exit_code == 1
    assert f"refused the password for {USER}" in result.stderr
    assert tls_server.handler.received == []
    with database.session() as session:
        statuses = set(session.scalars(select(Delivery.status)))
    assert statuses == {DeliveryStatus.QUEUED}
