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
