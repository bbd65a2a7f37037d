"""Test helpers for sending: an SMTP server with faults on demand, a keyring in memory, data."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from email.message import EmailMessage
from typing import Any

import keyring
import keyring.backend
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from pressdesk.contacts.addresses import email_hash, email_key
from pressdesk.database import Database
from pressdesk.database.models import (
    Contact,
    ContactList,
    ListMember,
    Outlet,
    Release,
    ReleaseVersion,
    Suppression,
)
from pressdesk.settings import Organization, save_organization

# ---- a keyring in memory -----------------------------------------------------------------------


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The test keyring backend: secrets in a dict, for this test only."""

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


# ---- an SMTP server with faults ----------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class FaultyHandler:
    """Accepts mail, unless a rule for the recipient says otherwise.

    ``rules`` maps an address to a list of faults used one per attempt: a reply code at RCPT
    ("451-rcpt", "550-rcpt", "421-rcpt") or after the data ("451-data"...), the connection closed
    ("drop-rcpt", "drop-data"), or a reply that takes 3 s ("slow-data"). ``delay`` slows every
    message down.
    """

    rules: dict[str, list[str]] = field(default_factory=dict)
    delay: float = 0.0
    pipelining: bool = True  # advertise RFC 2920 command pipelining
    received: list[Received] = field(default_factory=list)
    attempts: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _fault(self, address: str, stage: str) -> str | None:
        with self.lock:
            faults = self.rules.get(address.lower())
            if faults and faults[0].endswith(stage):
                return faults.pop(0)
        return None

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        if self.pipelining:
            return [*responses[:-1], "250-PIPELINING", responses[-1]]
        return responses

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        self.attempts[address.lower()] += 1
        fault = self._fault(address, "rcpt")
        if fault == "drop-rcpt":
            server.transport.close()
            return "250 OK"
        if fault is not None:
            return _REPLIES[fault.split("-")[0]]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        address = envelope.rcpt_tos[0]
        if self.delay:
            await asyncio.sleep(self.delay)
        fault = self._fault(address, "data")
        if fault == "slow-data":
            await asyncio.sleep(3)
            fault = None
        if fault == "drop-data":
            server.transport.close()
            return "250 OK"
        if fault is not None:
            return _REPLIES[fault.split("-")[0]]
        with self.lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
            )
        return "250 OK: queued"

    def recipients(self) -> Counter[str]:
        with self.lock:
            return Counter(address.lower() for r in self.received for address in r.rcpt_tos)


_REPLIES = {
    "451": "451 4.3.0 Try again later",
    "452": "452 4.2.2 Mailbox full",
    "421": "421 4.3.2 Closing the connection, too busy",
    "550": "550 5.1.1 No such user here",
}


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: FaultyHandler


class Authenticator:
    def __init__(self, username: str, password: str) -> None:
        self.username = username.encode()
        self.password = password.encode()
        self.attempts: list[bytes] = []

    def __call__(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, LoginPassword):
            self.attempts.append(data.login)
            if data.login == self.username and data.password == self.password:
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(handler: FaultyHandler, **kwargs: Any) -> Controller:
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller


# ---- data ----------------------------------------------------------------------------------


FROM_ADDRESS = "press@agency.example.org"


@dataclass
class Seeded:
    release_id: int
    list_name: str
    addresses: list[str]


def seed(
    database: Database,
    *,
    people: int = 5,
    list_name: str = "Press",
    names: Callable[[int], tuple[str, str]] | None = None,
    languages: Callable[[int], str | None] | None = None,
) -> Seeded:
    """A release in English and Spanish, and a list of people (journalist0@... and so on)."""
    with database.session() as session:
        save_organization(session, Organization(name="Regional Press Office", email=FROM_ADDRESS))
        release = Release(language="en", release_date=date(2026, 3, 8), tags=[])
        release.versions = [
            ReleaseVersion(
                language="en",
                headline="Ministers agree on a regional water plan",
                dateline="PANAMA CITY",
                body_md="The ministers **agreed** today.",
            ),
            ReleaseVersion(
                language="es",
                headline="Los ministros acuerdan un plan regional del agua",
                dateline="CIUDAD DE PANAMÁ",
                body_md="Los ministros **acordaron** hoy.",
            ),
        ]
        session.add(release)
        outlet = Outlet(name="Daily Tide", name_key="daily tide", languages=[])
        session.add(outlet)
        contact_list = ContactList(name=list_name)
        session.add(contact_list)
        session.flush()
        addresses = []
        for number in range(people):
            address = f"journalist{number}@news.example.net"
            first, last = names(number) if names else (f"Ana{number}", "Pérez")
            contact = Contact(
                email=address,
                email_key=email_key(address),
                first_name=first,
                last_name=last,
                outlet_id=outlet.id,
                language=languages(number) if languages else "en",
                phones=[],
                other_languages=[],
                social={},
            )
            session.add(contact)
            session.flush()
            session.add(ListMember(list_id=contact_list.id, contact_id=contact.id))
            addresses.append(address)
        release_id = release.id
    return Seeded(release_id, list_name, addresses)


def suppress(database: Database, address: str) -> None:
    with database.session() as session:
        session.add(
            Suppression(email_hash=email_hash(address), email_key=email_key(address), source="test")
        )


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)
