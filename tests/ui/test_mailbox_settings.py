"""Preferences → Mailbox against a real Dovecot server: test, save, and the password's home."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from send_history import PASSWORD, USER, DovecotServer
from sqlalchemy import select

from pressdesk.database.models import Setting
from pressdesk.tracking import imap
from pressdesk.ui.dialogs import PreferencesDialog
from tracking.dovecot_server import running_dovecot

pytestmark = pytest.mark.slow


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    with running_dovecot() as server:
        yield server


def fill(tab, server: DovecotServer, password: str) -> None:
    tab.host.setText("127.0.0.1")
    tab.port.setValue(server.port)
    tab.username.setText(USER)
    tab.password.setText(password)
    tab.cafile.setText(str(server.cafile))


def test_the_mailbox_is_tested_then_saved_with_its_password_in_the_keyring(
    database, dovecot, memory_keyring, qtbot
) -> None:
    dialog = PreferencesDialog(None, database)
    qtbot.addWidget(dialog)
    dialog.show_tab("mailbox")
    tab = dialog.mailbox_tab
    fill(tab, dovecot, "not the password")
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.test_button.isEnabled(), timeout=15000)
    assert tab.result.text().startswith("✗")
    assert "refused the user name or password" in tab.result.text()

    tab.password.setText(PASSWORD)
    tab.test_button.click()
    qtbot.waitUntil(lambda: "Folder INBOX" in tab.result.text(), timeout=15000)
    assert f"✓ Logged in as {USER}." in tab.result.text()

    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    with database.session() as session:
        saved = imap.get_profile(session, None)
        stored = session.scalar(select(Setting.value).where(Setting.key == imap.SETTINGS_KEY))
    assert (saved.host, saved.port, saved.username) == ("127.0.0.1", dovecot.port, USER)
    assert PASSWORD not in repr(stored)
    assert imap.load_password(saved.name) == PASSWORD
    assert list(memory_keyring.secrets.values()) == [PASSWORD]


def test_a_missing_server_or_certificate_file_keeps_preferences_open(
    database, memory_keyring, qtbot, tmp_path
) -> None:
    dialog = PreferencesDialog(None, database)
    qtbot.addWidget(dialog)
    tab = dialog.mailbox_tab
    tab.username.setText(USER)
    tab.host.setText("imap.example.org")
    tab.cafile.setText(str(tmp_path / "missing.pem"))
    dialog.accept()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert "no certificate file" in dialog.error.text()
    assert dialog.tabs.currentWidget() is tab
    with database.session() as session:
        assert imap.load_profiles(session) == {}
