"""The About and Preferences dialogs."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk import APP_NAME, __version__
from pressdesk.database import Database
from pressdesk.errors import PressDeskError
from pressdesk.releases.service import (
    LibraryBlock,
    list_boilerplates,
    list_media_contacts,
    save_boilerplate,
    save_media_contact,
)
from pressdesk.settings import Organization, load_organization, save_organization
from pressdesk.ui.database_settings import DatabaseTab, describe_database
from pressdesk.ui.i18n import LANGUAGE_KEY, LANGUAGES, save_language_choice, translate
from pressdesk.ui.mailbox_settings import add_mailbox_tab
from pressdesk.ui.qsettings import app_settings
from pressdesk.ui.smtp_settings import add_sending_tab


def show_about(parent: QWidget, database: Database) -> None:
    QMessageBox.about(
        parent,
        translate("Dialogs", "About PressDesk"),
        f"<h3>{APP_NAME} {__version__}</h3><p>"
        + translate(
            "Dialogs",
            "Write press releases, keep your media contacts, and send each release as one "
            "personal email per journalist, knowing which outlets received it.",
        )
        + "</p><p>"
        + translate("Dialogs", "Your contacts stay on your computer or your office's own server.")
        + "</p><p style='color:gray'>"
        + translate("Dialogs", "Database: {name}").format(name=describe_database(database))
        + f"<br>Qt {qVersion()} · PySide {pyside_version} · Python {platform.python_version()}"
        + "<br>"
        + translate("Dialogs", "Icons: Lucide (ISC licence)")
        + "</p>",
    )


DEFAULT_BLOCK = "Default"  # the library entry the welcome and Preferences fill in


def _default_block(blocks: list[LibraryBlock]) -> str:
    chosen = next((b for b in blocks if b.name == DEFAULT_BLOCK), None)
    return chosen.body if chosen else ""


class PreferencesDialog(QDialog):
    """Settings that exist: the organization (stored with the data) and which database to open."""

    def __init__(self, parent: QWidget | None, database: Database) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        self._database = database
        with database.session() as session:
            organization = load_organization(session)
            language = organization.default_language
            boilerplate = _default_block(list_boilerplates(session, language))
            press_contact = _default_block(list_media_contacts(session, language))

        self.org_name = QLineEdit(organization.name)
        self.org_name.setPlaceholderText(self.tr("e.g. Regional Office for Central America"))
        self.org_email = QLineEdit(organization.email)
        self.org_email.setPlaceholderText("press@example.org")
        self.org_website = QLineEdit(organization.website)
        self.org_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.org_language.addItem(name, code)
        self.org_language.setCurrentIndex(
            max(0, self.org_language.findData(organization.default_language))
        )
        for widget, name in (
            (self.org_name, self.tr("Organization name")),
            (self.org_email, self.tr("Press office email")),
            (self.org_website, self.tr("Website")),
            (self.org_language, self.tr("Default language for releases")),
        ):
            widget.setAccessibleName(name)

        org_tab = QWidget()
        org_tab.setObjectName("tab-organization")
        org_form = QFormLayout(org_tab)
        org_form.addRow(self.tr("&Name:"), self.org_name)
        org_form.addRow(self.tr("Press office &email:"), self.org_email)
        org_form.addRow(self.tr("&Website:"), self.org_website)
        org_form.addRow(self.tr("Releases &written in:"), self.org_language)
        self.boilerplate = QPlainTextEdit(boilerplate)
        self.boilerplate.setPlaceholderText(self.tr("Who you are, in two or three sentences."))
        self.boilerplate.setAccessibleName(self.tr("About us"))
        self.boilerplate.setFixedHeight(80)
        self.press_contact = QPlainTextEdit(press_contact)
        self.press_contact.setPlaceholderText(self.tr("Name, office, phone and email"))
        self.press_contact.setAccessibleName(self.tr("Press-office contact"))
        self.press_contact.setFixedHeight(60)
        org_form.addRow(self.tr("&About us:"), self.boilerplate)
        org_form.addRow(self.tr("Press-office &contact:"), self.press_contact)
        note = QLabel(
            self.tr(
                "Shown in your releases. Journalists' unsubscribe requests go to the press "
                "office email. Everyone who uses this database sees the same settings."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        org_form.addRow(note)

        self.database_tab = db_tab = DatabaseTab(database)
        self.opened_database: Database | None = None  # set when the officer switched

        self.interface_language = QComboBox()
        system_language = QLocale.system().nativeLanguageName() or "English"
        self.interface_language.addItem(
            self.tr("As the system ({language})").format(language=system_language), ""
        )
        for code, name in LANGUAGES.items():
            self.interface_language.addItem(name, code)
        chosen = str(app_settings().value(LANGUAGE_KEY, "") or "")
        self.interface_language.setCurrentIndex(max(0, self.interface_language.findData(chosen)))
        self.interface_language.setAccessibleName(self.tr("Interface language"))
        self._initial_language = chosen
        self.language_changed = False
        interface_tab = QWidget()
        interface_tab.setObjectName("tab-interface")
        interface_form = QFormLayout(interface_tab)
        interface_form.addRow(self.tr("Interface &language:"), self.interface_language)

        self.tabs = tabs = QTabWidget()
        tabs.addTab(interface_tab, self.tr("Interface"))
        tabs.addTab(org_tab, self.tr("Organization"))
        tabs.addTab(db_tab, self.tr("Database"))
        self.sending_tab = add_sending_tab(tabs, database)
        self.mailbox_tab = add_mailbox_tab(tabs, database)
        self.buttons = buttons = QDialogButtonBox(
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

    def show_tab(self, key: str) -> None:
        """Open on one tab: "interface", "organization", "database", "sending", "mailbox"."""
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).objectName() == f"tab-{key}":
                self.tabs.setCurrentIndex(index)
                return

    def accept(self) -> None:
        """Validate and save; on a mistake, say what is wrong and keep the dialog open."""
        for key, tab in (("sending", self.sending_tab), ("mailbox", self.mailbox_tab)):
            problem = tab.save_before_closing()
            if problem:
                self.error.setText(problem)
                self.error.show()
                self.show_tab(key)
                return
        organization = Organization(
            name=self.org_name.text(),
            email=self.org_email.text(),
            website=self.org_website.text(),
            default_language=self.org_language.currentData(),
        )
        try:
            organization = organization.validated()
            with self._database.session() as session:
                save_organization(session, organization)
                language = organization.default_language
                if self.boilerplate.toPlainText().strip():
                    save_boilerplate(
                        session, DEFAULT_BLOCK, language, self.boilerplate.toPlainText().strip()
                    )
                if self.press_contact.toPlainText().strip():
                    save_media_contact(
                        session, DEFAULT_BLOCK, language, self.press_contact.toPlainText().strip()
                    )
        except PressDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        language = self.interface_language.currentData()
        if language != self._initial_language:
            save_language_choice(language)
            self.language_changed = True
        if not self.database_tab.changed():
            super().accept()
            return
        # Another database: connect first (off the GUI thread); stay open if it fails.
        self.error.hide()
        self.buttons.setEnabled(False)
        self.database_tab.open_chosen(self._switched, self._not_switched)

    def _switched(self, database: Database) -> None:
        self.opened_database = database
        self.buttons.setEnabled(True)
        super().accept()

    def _not_switched(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.show_tab("database")
        self.error.setText(self.database_tab.problem_text(exc))
        self.error.show()
