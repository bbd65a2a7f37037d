"""Preferences → Database: this computer's file, or a team server (checked by connecting).

Connecting can take seconds (a VPN, a server far away), so the check and the opening both run on
a worker. The password typed here goes to the system keyring once the server has accepted it;
the URL kept in the desktop settings never contains it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.database import Database, open_database
from pressdesk.database.engine import (
    DatabaseCheck,
    DatabasePasswordProblem,
    check_database,
    is_server_url,
    parse_database_url,
    store_database_password,
)
from pressdesk.errors import PressDeskError
from pressdesk.paths import default_database_path
from pressdesk.ui.i18n import translate
from pressdesk.ui.messages import describe_error
from pressdesk.ui.qsettings import DATABASE_URL_KEY, app_settings
from pressdesk.ui.worker import run_job


def describe_database(database: Database) -> str:
    """Which database is open, in the interface language (without any password)."""
    url = database.url
    if database.is_sqlite:
        return translate("DatabaseSettings", "Local file {path}").format(path=url.database)
    return translate("DatabaseSettings", "Server {host}/{name} as {user}").format(
        host=url.host or "localhost", name=url.database, user=url.username or "?"
    )


SCHEMA_NOTES = {
    "current": QT_TRANSLATE_NOOP("DatabaseSettings", "Ready to use."),
    "empty": QT_TRANSLATE_NOOP(
        "DatabaseSettings", "The database is empty: PressDesk will set it up when it opens it."
    ),
    "older": QT_TRANSLATE_NOOP(
        "DatabaseSettings", "PressDesk will update this database when it opens it."
    ),
}


class DatabaseTab(QWidget):
    """Choose the database; ``open_chosen`` connects to it off the GUI thread."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab-database")
        self.stored_url = str(app_settings().value(DATABASE_URL_KEY, "") or "")
        self.current = QLabel(
            translate("DatabaseSettings", "Open now: {name}").format(
                name=describe_database(database)
            )
        )
        self.current.setWordWrap(True)
        self.use_local = QRadioButton(
            translate("DatabaseSettings", "This computer ({path})").format(
                path=default_database_path()
            )
        )
        self.use_other = QRadioButton(
            translate("DatabaseSettings", "A team server or another file:")
        )
        group = QButtonGroup(self)
        group.addButton(self.use_local)
        group.addButton(self.use_other)
        self.url = QLineEdit(self.stored_url)
        self.url.setPlaceholderText("postgresql://user@server/pressdesk")
        self.url.setAccessibleName(translate("DatabaseSettings", "Database URL"))
        self.url.setToolTip(
            translate(
                "DatabaseSettings",
                "A server: postgresql://USER@SERVER/DATABASE. A file: sqlite:///PATH/TO/FILE.db",
            )
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("DatabaseSettings", "Only if the server asks for one")
        )
        self.password.setAccessibleName(translate("DatabaseSettings", "Server password"))
        self.test_button = QPushButton(translate("DatabaseSettings", "&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("DatabaseSettings", "Connection status"))

        server_form = QFormLayout()
        server_form.setContentsMargins(24, 0, 0, 0)
        server_form.addRow(translate("DatabaseSettings", "&Address:"), self.url)
        server_form.addRow(translate("DatabaseSettings", "&Password:"), self.password)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.status, 1)
        server_form.addRow("", test_row)
        note = QLabel(
            translate(
                "DatabaseSettings",
                "On a team server everyone works on the same contacts and releases, each with "
                "their own user. The password is kept in the system keyring, never in a file.",
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addSpacing(8)
        layout.addWidget(self.use_local)
        layout.addWidget(self.use_other)
        layout.addLayout(server_form)
        layout.addSpacing(8)
        layout.addWidget(note)
        layout.addStretch(1)

        (self.use_other if self.stored_url else self.use_local).setChecked(True)
        self.use_other.toggled.connect(self._update_enabled)
        self.url.textChanged.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        other = self.use_other.isChecked()
        self.url.setEnabled(other)
        server = other and self.url.text().strip().startswith("postgres")
        self.password.setEnabled(server)
        self.test_button.setEnabled(other and bool(self.url.text().strip()))
        self.status.clear()

    def chosen_url(self) -> str:
        """The URL to keep in the settings; empty for this computer's own file."""
        return self.url.text().strip() if self.use_other.isChecked() else ""

    def changed(self) -> bool:
        return self.chosen_url() != self.stored_url or bool(self.typed_password())

    def typed_password(self) -> str | None:
        return (self.password.text() or None) if self.password.isEnabled() else None

    def problem_text(self, exc: BaseException) -> str:
        if isinstance(exc, DatabasePasswordProblem):  # its hint is for the command line
            return (
                exc.message
                + " "
                + translate("DatabaseSettings", "Type the password above and try again.")
            )
        return describe_error(exc)

    def _show(self, text: str, *, problem: bool) -> None:
        self.status.setText(("⚠ " if problem else "✓ ") + text)

    def test_connection(self) -> None:
        url = self.chosen_url()
        if not url:
            return
        password = self.typed_password()
        self.test_button.setEnabled(False)
        self.status.setText(translate("DatabaseSettings", "Connecting…"))

        def checked(result: DatabaseCheck) -> None:
            self.test_button.setEnabled(True)
            self._show(
                translate("DatabaseSettings", "Connected: {name}. {note}").format(
                    name=result.description,
                    note=translate("DatabaseSettings", SCHEMA_NOTES[result.schema]),
                ),
                problem=False,
            )

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self._show(self.problem_text(exc), problem=True)

        run_job(
            lambda: check_database(url, password=password),
            on_success=checked,
            on_failure=failed,
            owner=self,
        )

    def open_chosen(
        self, on_opened: Callable[[Database], None], on_failed: Callable[[BaseException], None]
    ) -> None:
        """Connect to (and set up) the chosen database on a worker; keep a typed password."""
        url = self.chosen_url()
        password = self.typed_password()
        self.status.setText(translate("DatabaseSettings", "Connecting…"))
        self.test_button.setEnabled(False)

        def work() -> Database:
            if url:
                check_database(url, password=password)  # refuses a password inside the URL
            database = open_database(
                url or f"sqlite:///{default_database_path()}", password=password
            )
            if password and is_server_url(parse_database_url(url)):
                try:
                    store_database_password(url, password)
                except PressDeskError:
                    database.dispose()
                    raise
            return database

        def opened(database: Database) -> None:
            settings = app_settings()
            if url:
                settings.setValue(DATABASE_URL_KEY, url)
            else:
                settings.remove(DATABASE_URL_KEY)
            self.status.clear()
            on_opened(database)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(bool(url))
            self._show(self.problem_text(exc), problem=True)
            on_failed(exc)

        run_job(work, on_success=opened, on_failure=failed, owner=self)
