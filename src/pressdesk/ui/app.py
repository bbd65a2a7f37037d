"""Starting the desktop app: the Qt application, the database, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from pressdesk import APP_NAME, __version__
from pressdesk.database import Database, open_database
from pressdesk.database.engine import DatabasePasswordProblem
from pressdesk.errors import PressDeskError
from pressdesk.logs import setup_logging
from pressdesk.paths import default_database_path, resources_dir
from pressdesk.ui.i18n import install_language, preferred_language, translate
from pressdesk.ui.mainwindow import MainWindow
from pressdesk.ui.messages import show_error
from pressdesk.ui.qsettings import saved_database_url
from pressdesk.ui.welcome import should_welcome

log = logging.getLogger(__name__)

# Set to 1 to close the window as soon as it is shown and exit 0: lets packaging checks prove
# that a bundle can open the real window without anyone there to close it.
SMOKE_TEST_VARIABLE = "PRESSDESK_SMOKE_TEST"


# Python's cycle collector, at its default pace, walks every object of the window (Qt wrappers,
# models, cached table pages) several times a second while rows stream in, and each full pass
# stalls the window for about a tenth of a second: a search over 100,000 contacts took 60 ms or
# 170 ms depending on whether a pass fell inside it. Collecting less often removes the stalls;
# garbage is still collected, so memory stays flat (bench/bench_contacts_window.py).
DESKTOP_GC_THRESHOLDS = (20_000, 20, 50)
GC_CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Python's cycle collector, run on the GUI thread only.

    Left to itself the collector runs in whichever thread happens to allocate. When that is a
    worker thread (a job loading data), it can free Qt objects of the window there, which Qt
    does not survive: a test run crashed so. Automatic collection is therefore off, and this
    timer collects on the GUI thread, at the pace of ``DESKTOP_GC_THRESHOLDS``.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(GC_CHECK_INTERVAL_MS)
        self.timer.timeout.connect(collect_garbage_if_due)
        self.timer.start()


def collect_garbage_if_due() -> None:
    """One collection of the generation the thresholds say is due, in the calling thread."""
    young, middle, old = DESKTOP_GC_THRESHOLDS
    allocations, young_passes, middle_passes = gc.get_count()
    if allocations < young:
        return
    if young_passes < middle:
        gc.collect(0)
    elif middle_passes < old:
        gc.collect(1)
    else:
        gc.collect(2)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("org.pressdesk.PressDesk")
    app_icon = resources_dir() / "icons" / "pressdesk.svg"
    if app_icon.exists():
        app.setWindowIcon(QIcon(str(app_icon)))
    return app


def _log_uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot: log it with its traceback and tell the user without crashing."""
    log.error("Uncaught exception", exc_info=(kind, exc, tb))
    show_error(QApplication.activeWindow(), exc)


_QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own messages (a plugin that would not load, say) go to the log file as well: an app
    started from the menu has no terminal to show them in."""
    logging.getLogger("qt").log(
        _QT_LOG_LEVELS.get(kind, logging.WARNING), "%s: %s", context.category or "qt", message
    )
    if sys.stderr is not None:  # as Qt itself would print it
        print(qFormatLogMessage(kind, context, message), file=sys.stderr)


def open_desktop_database(
    explicit_url: str | None, *, offer_local: Callable[[PressDeskError], bool]
) -> Database:
    """The database the window opens: the one given, else the one chosen in Preferences.

    When the chosen one (a team server, usually) cannot be opened, ``offer_local`` may let the
    officer open this computer's own file instead, to reach Preferences and fix the choice.
    """
    saved = None if explicit_url else saved_database_url()
    try:
        return open_database(explicit_url or saved)
    except PressDeskError as exc:
        if saved and offer_local(exc):
            log.info("Opening this computer's database instead of the saved choice")
            return open_database(f"sqlite:///{default_database_path()}")
        raise


def _offer_local_file(exc: PressDeskError) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, exc.message)
    offer = translate(
        "App",
        "You can open the database on this computer instead and change the choice in "
        "Preferences → Database.",
    )
    # A password hint names a command; in the window, Preferences is the place for it.
    hint = "" if isinstance(exc, DatabasePasswordProblem) or not exc.hint else exc.hint + "\n\n"
    box.setInformativeText(hint + offer)
    local = box.addButton(
        translate("App", "Open This Computer's Database"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(local)
    box.exec()
    return box.clickedButton() is local


def run_desktop(database_url: str | None = None) -> int:
    """Open the window on the given (or configured) database and run until it is closed."""
    started = time.monotonic()
    # INFO, unless the command line already asked for more detail (pressdesk --verbose).
    setup_logging(min(logging.getLogger().getEffectiveLevel(), logging.INFO))
    qInstallMessageHandler(_log_qt_message)
    app = make_application()
    install_language(preferred_language())
    sys.excepthook = _log_uncaught
    try:
        database = open_desktop_database(database_url, offer_local=_offer_local_file)
    except PressDeskError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, exc.message)
        box.setInformativeText(exc.hint or "Check the database in your settings and try again.")
        box.exec()
        return 1
    window = MainWindow(database)
    window.show()
    log.info("Window shown %.0f ms after start", (time.monotonic() - started) * 1000)
    if os.environ.get(SMOKE_TEST_VARIABLE) == "1":
        log.info("Smoke test: closing the window")
        QTimer.singleShot(0, window.close)
    elif should_welcome(database):
        QTimer.singleShot(0, window.welcome)
    else:
        QTimer.singleShot(0, window.offer_to_resume)
    code = app.exec()
    database.dispose()
    return code
