"""The first-run welcome: what PressDesk is for, and the four ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCommandLinkButton,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from pressdesk.database import Database
from pressdesk.database.models import Contact, Release
from pressdesk.ui.icons import icon
from pressdesk.ui.qsettings import app_settings
from pressdesk.ui.sections import heading_font

WELCOME_KEY = "welcome/show_on_empty"


def is_empty(database: Database) -> bool:
    with database.session() as session:
        contacts = session.scalar(select(func.count(Contact.id))) or 0
        releases = session.scalar(select(func.count(Release.id))) or 0
    return contacts == 0 and releases == 0


def should_welcome(database: Database) -> bool:
    return str(app_settings().value(WELCOME_KEY, "true")) == "true" and is_empty(database)


class WelcomeDialog(QDialog):
    """Offers: set up the organization, the mail server, import contacts, or explore a sample."""

    chosen = Signal(str)  # "organization", "sending", "import" or "demo"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to PressDesk"))
        self.setMinimumWidth(560)
        heading = QLabel(self.tr("Welcome to PressDesk"))
        heading.setFont(heading_font(8))
        intro = QLabel(
            self.tr(
                "Write your press releases, keep your journalists and outlets in one place, "
                "send each release as a personal email, and always know which outlets received "
                "it. Where would you like to start?"
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for key, icon_name, title, detail in (
            (
                "organization",
                "building-2",
                self.tr("Set up your organization"),
                self.tr(
                    "Its name, the language of your releases, your 'About us' text and the "
                    "press-office contact."
                ),
            ),
            (
                "sending",
                "server",
                self.tr("Connect your mail server"),
                self.tr("The account PressDesk sends from, with a connection test."),
            ),
            (
                "import",
                "upload",
                self.tr("Import your contacts"),
                self.tr("From a spreadsheet (CSV or Excel) or vCards, as exported from Outlook."),
            ),
            (
                "demo",
                "eye",
                self.tr("Explore with sample data"),
                self.tr(
                    "Invented outlets and journalists and two releases, in a throwaway copy "
                    "that never touches your own data."
                ),
            ),
        ):
            button = QCommandLinkButton(title, detail)
            button.setIcon(icon(icon_name))
            button.setAccessibleName(title)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            layout.addWidget(button)
            self.buttons[key] = button
        self.show_again = QCheckBox(self.tr("Show this when PressDesk opens an empty database"))
        self.show_again.setChecked(True)
        later = QCommandLinkButton(self.tr("Start with an empty desk"))
        later.setAccessibleName(self.tr("Start with an empty desk"))
        later.clicked.connect(self.reject)
        layout.addWidget(later)
        layout.addSpacing(6)
        layout.addWidget(self.show_again, 0, Qt.AlignmentFlag.AlignLeft)
        self.finished.connect(self._remember)

    def _choose(self, key: str) -> None:
        self.chosen.emit(key)
        self.accept()

    def _remember(self, _result: int) -> None:
        app_settings().setValue(WELCOME_KEY, "true" if self.show_again.isChecked() else "false")
