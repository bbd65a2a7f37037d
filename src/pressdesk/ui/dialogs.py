"""The About and Preferences dialogs."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk import APP_NAME, __version__
from pressdesk.database import Database
from pressdesk.database.engine import parse_database_url
from pressdesk.errors import PressDeskError
from pressdesk.paths import default_database_path
from pressdesk.settings import Organization, load_organization, save_organization
from pressdesk.ui.qsettings import DATABASE_URL_KEY, app_settings

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français"}


def show_about(parent: QWidget, database: Database) -> None:
    QMessageBox.about(
        parent,
        f"About {APP_NAME}",
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Write press releases, keep your media contacts, and send each release as one "
        "personal email per journalist, knowing which outlets received it.</p>"
        "<p>Your contacts stay on your computer or your office's own server.</p>"
        f"<p style='color:gray'>Database: {database.describe()}<br>"
        f"Qt {qVersion()} · PySide {pyside_version} · Python {platform.python_version()}<br>"
        "Icons: Lucide (ISC licence)</p>",
    )


class PreferencesDialog(QDialog):
    """Settings that exist: the organization (stored with the data) and which database to open."""

    def __init__(self, parent: QWidget | None, database: Database) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(520)
        self._database = database
        with database.session() as session:
            organization = load_organization(session)

        self.org_name = QLineEdit(organization.name)
        self.org_name.setPlaceholderText("e.g. Regional Office for Central America")
        self.org_email = QLineEdit(organization.email)
        self.org_email.setPlaceholderText("press@example.org")
        self.org_website = QLineEdit(organization.website)
        self.org_language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.org_language.addItem(name, code)
        self.org_language.setCurrentIndex(
            max(0, self.org_language.findData(organization.default_language))
        )
        for widget, name in (
            (self.org_name, "Organization name"),
            (self.org_email, "Press office email"),
            (self.org_website, "Website"),
            (self.org_language, "Default language"),
        ):
            widget.setAccessibleName(name)

        org_tab = QWidget()
        org_form = QFormLayout(org_tab)
        org_form.addRow("&Name:", self.org_name)
        org_form.addRow("Press office &email:", self.org_email)
        org_form.addRow("&Website:", self.org_website)
        org_form.addRow("Default &language:", self.org_language)
        note = QLabel(
            "Shown in your releases. Journalists' unsubscribe requests go to the press office "
            "email. Everyone who uses this database sees the same settings."
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        org_form.addRow(note)

        stored_url = str(app_settings().value(DATABASE_URL_KEY, "") or "")
        self.use_default = QRadioButton(f"This computer ({default_database_path()})")
        self.use_other = QRadioButton("Another database:")
        group = QButtonGroup(self)
        group.addButton(self.use_default)
        group.addButton(self.use_other)
        self.other_url = QLineEdit(stored_url)
        self.other_url.setPlaceholderText(
            "sqlite:///path/to/file.db or postgresql+psycopg://user@server/db"
        )
        self.other_url.setAccessibleName("Database URL")
        (self.use_other if stored_url else self.use_default).setChecked(True)
        self.other_url.setEnabled(bool(stored_url))
        self.use_other.toggled.connect(self.other_url.setEnabled)
        db_tab = QWidget()
        db_layout = QVBoxLayout(db_tab)
        db_layout.addWidget(QLabel(f"Open now: {database.describe()}"))
        db_layout.addSpacing(8)
        db_layout.addWidget(self.use_default)
        db_layout.addWidget(self.use_other)
        db_layout.addWidget(self.other_url)
        hint = QLabel("A change takes effect the next time PressDesk starts.")
        hint.setEnabled(False)
        db_layout.addWidget(hint)
        db_layout.addStretch(1)

        tabs = QTabWidget()
        tabs.addTab(org_tab, "Organization")
        tabs.addTab(db_tab, "Database")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

    def accept(self) -> None:
        """Validate and save; on a mistake, say what is wrong and keep the dialog open."""
        organization = Organization(
            name=self.org_name.text(),
            email=self.org_email.text(),
            website=self.org_website.text(),
            default_language=self.org_language.currentData(),
        )
        url = self.other_url.text().strip() if self.use_other.isChecked() else ""
        try:
            organization = organization.validated()
            if url:
                parse_database_url(url)
            with self._database.session() as session:
                save_organization(session, organization)
        except PressDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        settings = app_settings()
        if url:
            settings.setValue(DATABASE_URL_KEY, url)
        else:
            settings.remove(DATABASE_URL_KEY)
        super().accept()
