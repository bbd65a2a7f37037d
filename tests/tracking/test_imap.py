"""IMAP intake against a real Dovecot server over TLS, with the password in a keyring."""

from __future__ import annotations

import imaplib
import io
import json
import ssl
import sys
from collections.abc import Iterator

import keyring
import pytest
from dovecot_server import PASSWORD, USER, DovecotServer, running_dovecot
from keyring.backend import KeyringBackend
from keyring.backends import fail
from mail_samples import delivery_report, release_mail, reply
from sqlalchemy import select
from tracking_fixtures import Newsroom

from pressdesk.database import Database
from pressdesk.database.models import DeliveryStatus, Setting

pytestmark = pytest.mark.slow


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DovecotServer]:
    with running_dovecot() as server:
        yield server


@pytest.fixture
def mailbox(dovecot: DovecotServer) -> DovecotServer:
    dovecot.clear()
    return dovecot


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def configured(cli, mailbox: DovecotServer, memory_keyring, monkeypatch: pytest.MonkeyPatch):
    """``inbox set`` run as an officer would, the password given on stdin."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    result = cli(
        "inbox",
        "set",
        "--host",
        "127.0.0.1",
        "--port",
        str(mailbox.port),
        "--username",
        USER,
        "--cafile",
        str(mailbox.cafile),
        "--password-stdin",
    )
    assert result.exit_code == 0, result.stderr
    return mailbox


@pytest.fixture
def sent(newsroom: Newsroom) -> dict[str, int]:
    outlet = newsroom.outlet("Jamaica Observer")
    ana = newsroom.contact("ana@observer.example", "Ana Brown", outlet)
    ben = newsroom.contact("ben@observer.example", "Ben Gray", outlet)
    release = newsroom.release()
    deliveries = newsroom.send(release, {ana: DeliveryStatus.SENT, ben: DeliveryStatus.SENT})
    return {"release": release, "ana": deliveries[ana], "ben": deliveries[ben]}


def _original(newsroom: Newsroom, delivery_id: int):
    delivery = newsroom.delivery(delivery_id)
    assert delivery.message_id
    assert delivery.email
    return release_mail(delivery.message_id, delivery.email)


def test_the_password_lives_in_the_keyring_only(
    configured: DovecotServer, memory_keyring: MemoryKeyring, database: Database
) -> None:
    assert memory_keyring.secrets == {("pressdesk", "imap:default"): PASSWORD}
    with database.session() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == "imap_profiles"))
    assert PASSWORD not in json.dumps(stored)
    assert stored["default"]["host"] == "127.0.0.1"


def test_fetch_applies_new_mail_once_and_leaves_the_server_untouched(
    cli, configured: DovecotServer, newsroom: Newsroom, sent: dict[str, int]
) -> None:
    configured.deliver(
        delivery_report(_original(newsroom, sent["ben"]), "ben@observer.example").as_bytes(),
        reply(_original(newsroom, sent["ana"]), "ana@observer.example", "Interview?").as_bytes(),
        reply(
            _original(newsroom, sent["ana"]),
            "ana@observer.example",
            "Away this week.",
            extra={"Auto-Submitted": "auto-replied"},
        ).as_bytes(),
    )
    first = cli("inbox", "fetch", "--json")
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)
    assert (summary["messages"], summary["bounced"], summary["replies"]) == (3, 1, 1)
    assert summary["auto_replies"] == 1
    assert newsroom.delivery(sent["ben"]).status == DeliveryStatus.BOUNCED

    second = json.loads(cli("inbox", "fetch", "--json").stdout)
    assert second["messages"] == 0  # nothing downloaded again

    # Read-only: the messages are still there and still unread for the officer.
    context = ssl.create_default_context(cafile=str(configured.cafile))
    with imaplib.IMAP4_SSL("127.0.0.1", configured.port, ssl_context=context, timeout=10) as imap:
        imap.authenticate("PLAIN", lambda _: f"\0{USER}\0{PASSWORD}".encode())
        imap.select("INBOX", readonly=True)
        assert len(imap.search(None, "ALL")[1][0].split()) == 3
        assert imap.search(None, "SEEN")[1][0] == b""


def test_an_untrusted_certificate_is_refused(
    cli, mailbox: DovecotServer, memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    args = ("--host", "127.0.0.1", "--port", str(mailbox.port), "--username", USER)
    assert cli("inbox", "set", *args, "--password-stdin").exit_code == 0
    result = cli("inbox", "fetch")
    assert result.exit_code == 1
    assert "certificate" in result.stderr
    assert "--cafile" in result.stderr


def test_a_wrong_password_is_a_clear_error(
    cli, configured: DovecotServer, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password("pressdesk", "imap:default", "wrong")
    result = cli("inbox", "fetch", "--json")
    assert result.exit_code == 1
    assert "refused the user name or password" in result.stderr
    assert result.stdout == ""


def test_without_a_keyring_nothing_is_stored_and_the_error_says_why(
    cli, mailbox: DovecotServer, monkeypatch: pytest.MonkeyPatch, database: Database
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
        result = cli("inbox", "set", "--host", "127.0.0.1", "--username", USER, "--password-stdin")
    finally:
        keyring.set_keyring(previous)
    assert result.exit_code == 1
    assert "No system keyring" in result.stderr
    with database.session() as session:
        assert session.get(Setting, "imap_profiles") is None


def test_an_unknown_profile_or_folder_exits_2(cli, configured: DovecotServer) -> None:
    assert cli("inbox", "fetch", "--profile", "other").exit_code == 2
    missing = cli("inbox", "fetch", "--folder", "Archive 2019")
    assert missing.exit_code == 2
    assert "no folder" in missing.stderr


def test_starttls_on_the_plain_port_works_with_the_certificate_checked(
    cli, mailbox: DovecotServer, memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    result = cli(
        "inbox",
        "set",
        "--profile",
        "office",
        "--host",
        "127.0.0.1",
        "--port",
        str(mailbox.starttls_port),
        "--security",
        "starttls",
        "--username",
        USER,
        "--cafile",
        str(mailbox.cafile),
        "--password-stdin",
    )
    assert result.exit_code == 0, result.stderr
    mailbox.deliver(b"From: a@b.example\r\nMessage-ID: <hello@b.example>\r\n\r\nHello\r\n")
    fetched = cli("inbox", "fetch", "--profile", "office", "--json")
    assert fetched.exit_code == 0, fetched.stderr
    assert json.loads(fetched.stdout)["messages"] == 1


def test_fetch_without_a_keyring_says_so(cli, configured: DovecotServer) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        result = cli("inbox", "fetch", "--json")
    finally:
        keyring.set_keyring(previous)
    assert result.exit_code == 1
    assert "No system keyring" in result.stderr
    assert "GNOME Keyring" in result.stderr
