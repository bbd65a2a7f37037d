"""The sign-in control: a real widget, the provider double over HTTPS, a stand-in browser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
import trustme
from PySide6.QtCore import Qt

from oauth_provider import CLIENT_ID, AuthorizationServer, stand_in_browser
from pressdesk.database import Database
from pressdesk.database.models import SmtpAuth, SmtpSecurity
from pressdesk.mail import oauth
from pressdesk.mail.oauth_config import OAuthChanges
from pressdesk.mail.profiles import ProfileChanges, save_profile
from pressdesk.ui.oauth_signin import OAuthSignIn

ADDRESS = "press@agency.example.org"
LEFT = Qt.MouseButton.LeftButton


class Keyring(keyring.backend.KeyringBackend):
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


@pytest.fixture
def memory_keyring() -> Iterator[Keyring]:
    previous = keyring.get_keyring()
    backend = Keyring()
    keyring.set_keyring(backend)
    oauth._sources.clear()
    yield backend
    oauth._sources.clear()
    keyring.set_keyring(previous)


@pytest.fixture
def cafile(tmp_path: Path) -> tuple[trustme.CA, Path]:
    authority = trustme.CA()
    path = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return authority, path


@pytest.fixture
def idp(cafile) -> Iterator[AuthorizationServer]:
    server = AuthorizationServer(cafile[0])
    server.start()
    yield server
    server.stop()


@pytest.fixture
def oauth_profile(database: Database, idp: AuthorizationServer, cafile) -> str:
    with database.session() as session:
        save_profile(
            session,
            "office",
            ProfileChanges(
                host="127.0.0.1",
                port=587,
                security=SmtpSecurity.STARTTLS,
                from_address=ADDRESS,
                cafile=str(cafile[1]),
                auth=SmtpAuth.OAUTH2,
                oauth=OAuthChanges(
                    provider="custom",
                    client_id=CLIENT_ID,
                    authorize_url=idp.authorize_url,
                    token_url=idp.token_url,
                    scopes=("mail.send", "offline_access"),
                ),
            ),
        )
    return "office"


def test_sign_in_in_the_browser_then_sign_out(
    qtbot, app, database: Database, oauth_profile: str, idp, cafile, memory_keyring: Keyring
):
    open_browser, pages = stand_in_browser(cafile[1])
    widget = OAuthSignIn(database, oauth_profile, open_browser=open_browser)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.status.text() == "Not signed in to your provider.")
    assert widget.sign_in_button.isVisible()
    assert not widget.sign_out_button.isVisible()

    with qtbot.waitSignal(widget.signedInChanged, timeout=10_000) as signal:
        qtbot.mouseClick(widget.sign_in_button, LEFT)
    assert signal.args == [True]
    assert widget.status.text() == f"Signed in as {ADDRESS}"
    assert widget.status.toolTip() == f"Signed in to your provider as {ADDRESS}"
    assert widget.sign_out_button.isVisible()
    assert not widget.sign_in_button.isVisible()
    assert idp.grants["authorization_code"] == 1
    assert memory_keyring.secrets[("pressdesk", "smtp-oauth:office")] in idp.refresh_tokens
    assert pages  # the browser was taken to the loopback page

    with qtbot.waitSignal(widget.signedInChanged, timeout=5000) as signal:
        qtbot.mouseClick(widget.sign_out_button, LEFT)
    assert signal.args == [False]
    assert widget.status.text() == "Not signed in to your provider."
    assert memory_keyring.secrets == {}


def test_a_sign_in_nobody_completes_can_be_cancelled(
    qtbot, app, database: Database, oauth_profile: str, memory_keyring: Keyring
):
    opened: list[str] = []
    widget = OAuthSignIn(database, oauth_profile, open_browser=opened.append)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.sign_in_button.isVisible())
    qtbot.mouseClick(widget.sign_in_button, LEFT)
    qtbot.waitUntil(lambda: "in your browser" in widget.status.text())
    assert widget.cancel_button.isVisible()
    assert opened[0].startswith("https://127.0.0.1:")
    qtbot.mouseClick(widget.cancel_button, LEFT)
    qtbot.waitUntil(lambda: widget.status.text() == "Not signed in to your provider.")
    assert not widget.busy
    assert widget.sign_in_button.isVisible()
    assert not widget.cancel_button.isVisible()
    assert memory_keyring.secrets == {}


def test_a_password_profile_offers_no_sign_in(
    qtbot, app, database: Database, memory_keyring: Keyring
):
    with database.session() as session:
        save_profile(
            session,
            None,
            ProfileChanges(
                host="mail.example.org",
                port=587,
                security=SmtpSecurity.STARTTLS,
                from_address=ADDRESS,
            ),
        )
    widget = OAuthSignIn(database, None)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.status.text() == "This profile logs in with a password.")
    assert not widget.sign_in_button.isVisible()
    assert not widget.sign_out_button.isVisible()
