"""Preferences → Mailbox: where replies, bounces and opt-outs arrive, and "Test connection".

The press office's mailbox is read (never changed) when the officer checks it from Reports. The
settings are the core's IMAP profile (``tracking.imap``); its password goes to the system keyring
only, and with no usable keyring the core's refusal is shown and nothing is stored. A mailbox at
Microsoft 365 or Google can use the sign-in of an SMTP profile instead of a password. "Test
connection" tries the values in the form, saved or not, on a worker thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pressdesk.database import Database
from pressdesk.errors import InvalidInput, PressDeskError
from pressdesk.mail.profiles import list_profiles
from pressdesk.tracking import imap
from pressdesk.ui.forms import choose_certificate
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.messages import describe_error
from pressdesk.ui.worker import run_job

PASSWORD = ""  # the sign-in choice that means "with the password below"
DEFAULT_PORTS = {"ssl": 993, "starttls": 143}


class MailboxSettings(QWidget):
    """The form of the default IMAP profile; saved when Preferences is saved."""

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.setObjectName("tab-mailbox")
        self.database = database
        with database.session() as session:
            self.existing = imap.load_profiles(session).get(imap.DEFAULT_PROFILE)
            oauth_profiles = [p.name for p in list_profiles(session) if p.uses_oauth]
        existing = self.existing

        intro = QLabel(
            translate(
                "MailboxSettings",
                "Bounces, replies and opt-out requests come back to the press office's "
                "mailbox. PressDesk reads it, without changing anything, when you choose "
                "Check Mailbox in Reports (F9).",
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(existing.host if existing else "")
        self.host.setPlaceholderText("imap.example.org")
        self.security = QComboBox()
        self.security.addItem(translate("MailboxSettings", "TLS from the start (port 993)"), "ssl")
        self.security.addItem(translate("MailboxSettings", "STARTTLS (port 143)"), "starttls")
        self.security.setCurrentIndex(
            max(0, self.security.findData(existing.security if existing else "ssl"))
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(existing.port if existing else DEFAULT_PORTS["ssl"])
        self.security.currentIndexChanged.connect(self._security_changed)
        self.username = QLineEdit(existing.username if existing else "")
        self.username.setPlaceholderText("press@example.org")
        self.sign_in = QComboBox()
        self.sign_in.addItem(translate("MailboxSettings", "With a password"), PASSWORD)
        for name in oauth_profiles:
            self.sign_in.addItem(
                translate("MailboxSettings", "With the sign-in of SMTP profile “{name}”").format(
                    name=name
                ),
                name,
            )
        chosen = existing.oauth_profile if existing and existing.oauth_profile else PASSWORD
        self.sign_in.setCurrentIndex(max(0, self.sign_in.findData(chosen)))
        self.sign_in.setVisible(bool(oauth_profiles))
        self.sign_in.currentIndexChanged.connect(self._sign_in_changed)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        stored = existing is not None and imap.has_password(existing.name)
        self.password.setPlaceholderText(
            translate("MailboxSettings", "Saved in the system keyring; type to replace it")
            if stored
            else translate("MailboxSettings", "Kept in the system keyring only")
        )
        self.folder = QLineEdit(existing.folder if existing else "INBOX")
        self.cafile = QLineEdit(existing.cafile or "" if existing else "")
        self.cafile.setPlaceholderText(
            translate(
                "MailboxSettings", "Only for a server with your organization's own certificate"
            )
        )
        choose_cafile = QPushButton(translate("MailboxSettings", "Choose…"))
        choose_cafile.clicked.connect(
            lambda: choose_certificate(
                self, translate("MailboxSettings", "Certificate authority"), self.cafile
            )
        )
        cafile_row = QHBoxLayout()
        cafile_row.addWidget(self.cafile, 1)
        cafile_row.addWidget(choose_cafile)
        for widget, name in (
            (self.host, translate("MailboxSettings", "Mailbox server")),
            (self.security, translate("MailboxSettings", "Security")),
            (self.port, translate("MailboxSettings", "Port")),
            (self.username, translate("MailboxSettings", "User name")),
            (self.sign_in, translate("MailboxSettings", "Sign in")),
            (self.password, translate("MailboxSettings", "Password")),
            (self.folder, translate("MailboxSettings", "Folder")),
            (self.cafile, translate("MailboxSettings", "Certificate authority file")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.addRow(translate("MailboxSettings", "&Server:"), self.host)
        form.addRow(translate("MailboxSettings", "Se&curity:"), self.security)
        form.addRow(translate("MailboxSettings", "&Port:"), self.port)
        form.addRow(translate("MailboxSettings", "&User name:"), self.username)
        if oauth_profiles:
            form.addRow(translate("MailboxSettings", "S&ign in:"), self.sign_in)
        form.addRow(translate("MailboxSettings", "Pass&word:"), self.password)
        form.addRow(translate("MailboxSettings", "&Folder:"), self.folder)
        trust_label = QLabel(translate("MailboxSettings", "&Trust also:"))
        trust_label.setBuddy(self.cafile)  # a row holding a layout gets no buddy by itself
        form.addRow(trust_label, cafile_row)

        self.test_button = QPushButton(
            icon("mail-check"), translate("MailboxSettings", "Test connection")
        )
        self.test_button.clicked.connect(self.test)
        self.result = QLabel()
        self.result.setObjectName("mailbox-result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._sign_in_changed()
        self._initial = self._values()

    # --- the form ---------------------------------------------------------------------

    def _values(self) -> tuple[Any, ...]:
        return (
            self.host.text().strip(),
            self.security.currentData(),
            self.port.value(),
            self.username.text().strip(),
            self.sign_in.currentData(),
            self.password.text(),
            self.folder.text().strip(),
            self.cafile.text().strip(),
        )

    @property
    def changed(self) -> bool:
        return self._values() != self._initial

    def _security_changed(self) -> None:
        """Follow the usual port of the chosen security, unless another port was typed."""
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    def _sign_in_changed(self) -> None:
        self.password.setEnabled(self.sign_in.currentData() == PASSWORD)

    def profile(self) -> imap.ImapProfile:
        """The profile the form describes, checked by the core (InvalidInput if it is wrong)."""
        if not self.host.text().strip():
            raise InvalidInput(translate("MailboxSettings", "Enter the mailbox server."))
        cafile = self.cafile.text().strip()
        if cafile and not Path(cafile).is_file():
            raise InvalidInput(
                translate("MailboxSettings", "There is no certificate file {path}.").format(
                    path=cafile
                )
            )
        base = self.existing or imap.ImapProfile(name=imap.DEFAULT_PROFILE, host="", username="")
        return replace(
            base,
            host=self.host.text().strip(),
            security=self.security.currentData(),
            port=self.port.value(),
            username=self.username.text().strip(),
            folder=self.folder.text().strip() or "INBOX",
            oauth_profile=self.sign_in.currentData() or None,
            cafile=cafile or None,
        ).validated()

    # --- saving and testing -----------------------------------------------------------

    def save_before_closing(self) -> str | None:
        """Save the form if it was changed (Preferences is closing); say what went wrong."""
        if not self.changed or not (self.host.text().strip() or self.existing is not None):
            return None
        try:
            profile = self.profile()
            if profile.oauth_profile is None and self.password.text():
                imap.store_password(profile.name, self.password.text())
            with self.database.session() as session:
                imap.save_profile(session, profile)
        except PressDeskError as exc:
            self.result.setText("✗ " + describe_error(exc))
            return describe_error(exc)
        self.existing = profile
        self._initial = self._values()
        return None

    def test(self) -> None:
        try:
            profile = self.profile()
        except PressDeskError as exc:
            self.result.setText("✗ " + describe_error(exc))
            return
        typed = self.password.text()
        database = self.database

        def work() -> list[str]:
            if profile.oauth_profile is None and typed:
                credential: Any = typed
            else:
                with database.session() as session:
                    credential = imap.load_credential(session, profile)
            return imap.check_mailbox(profile, credential)

        self.test_button.setEnabled(False)
        self.result.setText(translate("MailboxSettings", "Connecting…"))
        run_job(
            work,
            on_success=self._tested,
            on_failure=self._test_failed,
            owner=self,
        )

    def _tested(self, steps: list[str]) -> None:
        self.test_button.setEnabled(True)
        self.result.setText("\n".join(f"✓ {step}" for step in steps))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result.setText("✗ " + describe_error(exc))


def add_mailbox_tab(tabs: Any, database: Database) -> MailboxSettings:
    """The one call Preferences makes to show this tab."""
    tab = MailboxSettings(database)
    tabs.addTab(tab, translate("MailboxSettings", "Mailbox"))
    return tab
