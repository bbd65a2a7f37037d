"""Mailbox intake signing in with an SMTP profile's OAuth 2.0 sign-in, against a real Dovecot.

Dovecot checks each access token with the provider double's introspection endpoint (RFC 7662),
as a mail server in front of an identity provider does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import keyring
import pytest
from dovecot_server import DovecotServer, dovecot_binary
from keyring.backend import KeyringBackend

from oauth_provider import CLIENT_ID, AuthorizationServer
from pressdesk.database import Database
from pressdesk.database.models import SmtpAuth, SmtpSecurity
from pressdesk.jobs import run_to_completion
from pressdesk.mail import oauth
from pressdesk.mail.oauth_config import OAuthChanges
from pressdesk.mail.profiles import ProfileChanges, save_profile

pytestmark = pytest.mark.slow


class MemoryKeyring(KeyringBackend):
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
def servers() -> Iterator[tuple[AuthorizationServer, DovecotServer]]:
    binary = dovecot_binary()
    if binary is None:
        pytest.skip("Dovecot is not installed (Debian package dovecot-imapd)")
    dovecot = DovecotServer(binary)
    provider = AuthorizationServer(dovecot.ca)  # one CA, so Dovecot trusts the provider
    provider.start()
    dovecot.introspection_url = provider.introspection_url
    try:
        dovecot.start()
        yield provider, dovecot
    finally:
        dovecot.stop()
        provider.stop()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    oauth._sources.clear()
    yield backend
    oauth._sources.clear()
    keyring.set_keyring(previous)


def test_fetch_signs_in_with_the_smtp_profiles_token_and_renews_a_refused_one(
    cli, database: Database, servers, memory_keyring: MemoryKeyring
):
    provider, dovecot = servers
    dovecot.clear()
    with database.session() as session:
        profile, _created = save_profile(
            session,
            "office",
            ProfileChanges(
                host="127.0.0.1",
                port=587,
                security=SmtpSecurity.STARTTLS,
                from_address="press@agency.example.org",
                username="press",
                cafile=str(dovecot.cafile),
                auth=SmtpAuth.OAUTH2,
                oauth=OAuthChanges(
                    provider="custom",
                    client_id=CLIENT_ID,
                    authorize_url=provider.authorize_url,
                    token_url=provider.token_url,
                    device_url=provider.device_url,
                    scopes=("mail", "offline_access"),
                ),
            ),
        )
    authorization = oauth.start_device_sign_in(profile)
    run_to_completion(oauth.finish_device_sign_in(profile, authorization, sleep=lambda _s: None))

    result = cli(
        "inbox", "set", "--host", "127.0.0.1", "--port", str(dovecot.port), "--username",
        "press", "--cafile", str(dovecot.cafile), "--oauth-profile", "office",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert [key for key in memory_keyring.secrets if key[1].startswith("imap:")] == []

    dovecot.deliver(
        b"From: someone@example.net\r\nTo: press@agency.example.org\r\n"
        b"Message-ID: <oauth-intake-1@example.net>\r\nSubject: Hello\r\n\r\nHi.\r\n"
    )
    provider.expire_access_tokens()  # the token of the sign-in has run out meanwhile
    fetched = cli("inbox", "fetch", "--json")
    assert fetched.exit_code == 0, fetched.stderr
    assert json.loads(fetched.stdout)["messages"] == 1
    assert provider.introspected == [False, True]  # refused, renewed once, accepted
    assert provider.grants["refresh_token"] == 1


def test_inbox_set_refuses_an_smtp_profile_that_uses_a_password(
    cli, database: Database, memory_keyring: MemoryKeyring
):
    with database.session() as session:
        save_profile(
            session,
            "relay",
            ProfileChanges(
                host="relay.example.org",
                port=587,
                security=SmtpSecurity.STARTTLS,
                from_address="press@agency.example.org",
            ),
        )
    result = cli(
        "inbox", "set", "--host", "imap.example.org", "--username", "press",
        "--oauth-profile", "relay",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "does not sign in with OAuth 2.0" in result.stderr
