"""Preferences → Database: check a database by connecting, switch to it, and come back."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pressdesk.errors import DatabaseUnavailable
from pressdesk.paths import default_database_path
from pressdesk.ui import mainwindow
from pressdesk.ui.app import _offer_local_file, open_desktop_database
from pressdesk.ui.dialogs import PreferencesDialog
from pressdesk.ui.qsettings import DATABASE_URL_KEY, app_settings, saved_database_url


def choose_in_preferences(window, qtbot, choose) -> mainwindow.MainWindow:
    """Open Preferences the way the menu does, let ``choose`` fill the Database tab, save."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        choose(dialog.database_tab)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    QTimer.singleShot(0, act)
    window.open_preferences("database")
    replacement = next(w for w in mainwindow._open_windows if w is not window and w.isVisible())
    qtbot.addWidget(replacement)
    return replacement


def test_testing_a_connection_says_what_is_there_without_changing_anything(
    qtbot, database, tmp_path: Path
):
    dialog = PreferencesDialog(None, database)
    qtbot.addWidget(dialog)
    tab = dialog.database_tab
    tab.use_other.setChecked(True)
    tab.url.setText("mysql://someone@server/press")
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith("⚠"), timeout=5000)
    assert "cannot use a 'mysql' database" in tab.status.text()
    tab.url.setText(f"sqlite:///{tmp_path / 'office.db'}")
    assert not tab.password.isEnabled()  # a file has no password
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith("✓"), timeout=5000)
    assert "PressDesk will set it up" in tab.status.text()
    assert saved_database_url() is None  # only Save keeps a choice


def test_the_officer_switches_to_another_database_and_back_to_this_computer(
    make_window, qtbot, tmp_path: Path
):
    window = make_window()
    other = tmp_path / "office.db"

    def pick_other(tab) -> None:
        tab.use_other.setChecked(True)
        tab.url.setText(f"sqlite:///{other}")

    switched = choose_in_preferences(window, qtbot, pick_other)
    assert not window.isVisible()
    assert switched.database.url.database == str(other)
    assert switched.database_text.text() == f"Local file {other}"
    assert "Now working on" in switched.message_label.text()
    assert saved_database_url() == f"sqlite:///{other}"
    assert other.exists()

    back = choose_in_preferences(switched, qtbot, lambda tab: tab.use_local.setChecked(True))
    assert back.database_text.text() == f"Local file {default_database_path()}"
    assert saved_database_url() is None
    back.close()


def test_a_database_that_cannot_be_opened_keeps_the_dialog_open(qtbot, database, tmp_path: Path):
    dialog = PreferencesDialog(None, database)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.database_tab
    tab.use_other.setChecked(True)
    tab.url.setText(f"sqlite:///{tmp_path / 'missing-folder' / 'office.db'}")
    dialog.accept()
    qtbot.waitUntil(dialog.error.isVisible, timeout=5000)
    assert "does not exist" in dialog.error.text()
    assert dialog.isVisible()
    assert dialog.opened_database is None
    assert saved_database_url() is None


def unreachable_server() -> str:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql://ana@127.0.0.1:{port}/press"


def test_when_the_saved_server_is_out_of_reach_the_officer_may_open_this_computers_file(app, qtbot):
    app_settings().setValue(DATABASE_URL_KEY, unreachable_server())
    asked: list[str] = []

    def click_open_local() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if "This Computer" in b.text()).click()

    QTimer.singleShot(0, click_open_local)
    database = open_desktop_database(None, offer_local=_offer_local_file)
    try:
        assert database.describe() == f"Local file {default_database_path()}"
    finally:
        database.dispose()
    assert len(asked) == 1
    assert asked[0].startswith("Cannot reach the database server 127.0.0.1:")
    assert saved_database_url() is not None  # the choice stays until changed in Preferences

    with pytest.raises(DatabaseUnavailable):  # the officer chose to quit
        open_desktop_database(None, offer_local=lambda exc: False)
    explicit: list[BaseException] = []
    with pytest.raises(DatabaseUnavailable):  # a database named on the command line: no offer
        open_desktop_database(
            unreachable_server(), offer_local=lambda exc: bool(explicit.append(exc))
        )
    assert explicit == []
