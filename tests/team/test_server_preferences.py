"""Preferences → Database on a server that asks for a password: typed once, kept in the keyring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mail.mailtesting import MemoryKeyring
from pressdesk.database import Database
from pressdesk.database.engine import parse_database_url, password_identity
from pressdesk.paths import config_dir
from pressdesk.ui.app import make_application
from pressdesk.ui.dialogs import PreferencesDialog
from pressdesk.ui.mainwindow import MainWindow
from pressdesk.ui.qsettings import saved_database_url

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def app(qapp) -> Iterator[object]:
    yield make_application()
    from pressdesk.ui.worker import wait_for_all_jobs

    wait_for_all_jobs()


def every_text(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_a_wrong_password_is_refused_then_the_right_one_is_kept_in_the_keyring(
    app, qtbot, database: Database, password_account, memory_keyring: MemoryKeyring
):
    dialog = PreferencesDialog(None, database)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.database_tab
    tab.use_other.setChecked(True)
    tab.url.setText(password_account.url)
    assert tab.password.isEnabled()

    tab.password.setText("wrong-" + password_account.password)
    dialog.accept()
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "refused the password" in dialog.error.text()
    assert "Type the password above and try again" in dialog.error.text()
    assert "pressdesk db password" not in dialog.error.text()  # no command line in the window
    assert dialog.isVisible()
    assert memory_keyring.secrets == {}
    assert password_account.password not in every_text(dialog)

    tab.password.setText(password_account.password)
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith("✓"), timeout=10000)
    assert "PressDesk will set it up" in tab.status.text()
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.opened_database is not None, timeout=20000)
    server = dialog.opened_database
    assert server is not None
    identity = password_identity(parse_database_url(password_account.url))
    assert memory_keyring.secrets == {("pressdesk", identity): password_account.password}
    assert saved_database_url() == password_account.url
    settings_text = "".join(p.read_text() for p in config_dir().glob("*.ini"))
    assert password_account.password not in settings_text

    window = MainWindow(server)
    qtbot.addWidget(window)
    role = parse_database_url(password_account.url).username
    assert window.database_text.text() == f"Server 127.0.0.1/{role} as {role}"
    window.close()
    server.dispose()


def test_a_password_inside_the_url_is_refused(app, qtbot, database: Database, password_account):
    dialog = PreferencesDialog(None, database)
    qtbot.addWidget(dialog)
    tab = dialog.database_tab
    tab.use_other.setChecked(True)
    tab.url.setText(password_account.url.replace("@", f":{password_account.password}@", 1))
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith("⚠"), timeout=10000)
    assert "Leave the password out of the URL" in tab.status.text()
    assert password_account.password not in every_text(dialog)
