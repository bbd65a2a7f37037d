"""Fixtures for the desktop window: a real MainWindow on a real, migrated SQLite file."""

from __future__ import annotations

import pytest

from pressdesk.ui.app import make_application
from pressdesk.ui.i18n import install_language
from pressdesk.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def _no_job_outlives_its_test():
    """Jobs still running when a test ends would be killed with the interpreter."""
    yield
    from pressdesk.ui.worker import wait_for_all_jobs

    wait_for_all_jobs()


@pytest.fixture
def app(qapp):
    """The test QApplication, named and set up as the real app does, in English."""
    application = make_application()
    install_language("en")
    return application


@pytest.fixture
def make_window(app, qtbot, database):
    """Open a main window on the test database and wait until every section has loaded."""

    def open_window() -> MainWindow:
        window = MainWindow(database)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(
            lambda: not any(page.is_loading for page in window.section_pages.values()),
            timeout=5000,
        )
        return window

    return open_window


@pytest.fixture
def memory_keyring():
    """The system keyring replaced by one in memory for this test."""
    import keyring

    from mail.mailtesting import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def smtp_server():
    """A real SMTP server (aiosmtpd) in the test process, with faults on demand."""
    from mail.mailtesting import FaultyHandler, SmtpServer, start_server

    handler = FaultyHandler()
    controller = start_server(handler)
    yield SmtpServer("127.0.0.1", controller.port, handler)
    controller.stop()
