"""Preferences → Sending: the outgoing mail server profiles, and "Test connection".

Saving and testing run on a worker thread (the keyring and the network can both be slow). The
password goes to the system keyring only; with no usable keyring the core refuses to save it,
that message is shown, and nothing is stored. "Test connection" tries the values in the form,
saved or not, and reports each step or what went wrong in plain words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pressdesk.database import Database
from pressdesk.database.models import SmtpSecurity
from pressdesk.errors import InvalidInput, PressDeskError
from pressdesk.mail import secret_store
from pressdesk.mail.profiles import (
    ProfileChanges,
    ProfileInfo,
    check_address,
    list_profiles,
    profile_password,
    save_profile,
)
from pressdesk.mail.transport import check_connection
from pressdesk.ui.icons import icon
from pressdesk.ui.messages import describe_error
from pressdesk.ui.sending import in_desktop_words
from pressdesk.ui.worker import run_job

DEFAULT_PORTS = {SmtpSecurity.STARTTLS: 587, SmtpSecurity.SSL: 465, SmtpSecurity.NONE: 25}
NEW_PROFILE = None


def tr(text: str) -> str:
    return QCoreApplication.translate("SendingSettings", text)


def load_profiles(database: Database) -> list[ProfileInfo]:
    with database.session() as session:
        return list_profiles(session)


class SendingSettings(QWidget):
    """The "Sending" tab: a list of profiles and the form of the selected one."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab-sending")
        self.database = database
        self.profiles: list[ProfileInfo] = []
        self.editing: ProfileInfo | None = None
        self._message_after_reload = ""

        self.profile_list = QListWidget()
        self.profile_list.setAccessibleName(tr("Mail server profiles"))
        self.profile_list.setMaximumWidth(170)
        self.profile_list.currentRowChanged.connect(self._show_profile)
        self.add_button = QPushButton(icon("plus"), tr("Add profile"))
        self.add_button.setAccessibleName(tr("Add a mail server profile"))
        self.add_button.clicked.connect(self.new_profile)
        left = QVBoxLayout()
        left.addWidget(self.profile_list, 1)
        left.addWidget(self.add_button)

        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Office"))
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.org")
        self.security = QComboBox()
        for security, label in (
            (SmtpSecurity.STARTTLS, tr("STARTTLS (usually port 587)")),
            (SmtpSecurity.SSL, tr("SSL/TLS from the start (usually port 465)")),
            (SmtpSecurity.NONE, tr("None (only for a relay inside your office)")),
        ):
            self.security.addItem(label, security)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.username = QLineEdit()
        self.username.setPlaceholderText(tr("Leave empty if the server needs no login"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit()
        self.from_address.setPlaceholderText("press@example.org")
        self.from_name = QLineEdit()
        self.from_name.setPlaceholderText(tr("e.g. Regional Press Office"))
        self.reply_to = QLineEdit()
        self.reply_to.setPlaceholderText(tr("Optional: where replies go"))
        self.rate = QSpinBox()
        self.rate.setRange(0, 100_000)
        self.rate.setSpecialValueText(tr("No limit"))
        self.rate.setSuffix(tr(" per minute"))
        self.connections = QSpinBox()
        self.connections.setRange(1, 20)
        self.connections.setValue(2)
        self.cafile = QLineEdit()
        self.cafile.setPlaceholderText(tr("Optional: your organization's CA certificate (PEM)"))
        browse = QPushButton(icon("folder-open"), tr("Browse…"))
        browse.setAccessibleName(tr("Choose a CA certificate file"))
        browse.clicked.connect(self._choose_cafile)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.cafile, 1)
        ca_row.addWidget(browse)
        for widget, name in (
            (self.name, tr("Profile name")),
            (self.host, tr("Mail server")),
            (self.security, tr("Security")),
            (self.port, tr("Port")),
            (self.username, tr("User name")),
            (self.password, tr("Password")),
            (self.from_address, tr("From address")),
            (self.from_name, tr("Sender name")),
            (self.reply_to, tr("Reply-to address")),
            (self.rate, tr("Rate limit per minute")),
            (self.connections, tr("Parallel connections")),
            (self.cafile, tr("CA certificate file")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Profile &name:"), self.name)
        form.addRow(tr("Mail &server:"), self.host)
        form.addRow(tr("S&ecurity:"), self.security)
        form.addRow(tr("&Port:"), self.port)
        form.addRow(tr("&User name:"), self.username)
        form.addRow(tr("Pass&word:"), self.password)
        form.addRow(tr("&From address:"), self.from_address)
        form.addRow(tr("Sender na&me:"), self.from_name)
        form.addRow(tr("&Reply-to:"), self.reply_to)
        form.addRow(tr("Send at &most:"), self.rate)
        form.addRow(tr("&Connections:"), self.connections)
        form.addRow(tr("CA certi&ficate:"), ca_row)

        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setEnabled(False)
        self.save_button = QPushButton(icon("save"), tr("Save profile"))
        self.save_button.setAccessibleName(tr("Save the mail server profile"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(icon("mail-check"), tr("Test connection"))
        self.test_button.setAccessibleName(tr("Test the connection to the mail server"))
        self.test_button.clicked.connect(self.test_connection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.result = QLabel()
        self.result.setObjectName("sending-result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setTextFormat(Qt.TextFormat.PlainText)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.keyring_note)
        right.addLayout(buttons)
        right.addWidget(self.result)
        right.addStretch(1)
        for button in (self.add_button, browse, self.save_button, self.test_button):
            button.setAutoDefault(False)  # Enter in a field saves Preferences, as elsewhere
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.changed = False  # the form differs from what is saved
        for line in (
            self.name,
            self.host,
            self.username,
            self.password,
            self.from_address,
            self.from_name,
            self.reply_to,
            self.cafile,
        ):
            line.textEdited.connect(self._mark_changed)
        for spin in (self.port, self.rate, self.connections):
            spin.valueChanged.connect(self._mark_changed)
        self.security.activated.connect(self._mark_changed)
        self.reload()

    def _mark_changed(self, *_args: Any) -> None:
        self.changed = True

    # -- the list -------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        run_job(
            lambda: load_profiles(self.database),
            on_success=lambda profiles: self._listed(profiles, select),
            on_failure=self._report,
            owner=self,
        )

    def _listed(self, profiles: list[ProfileInfo], select: str | None) -> None:
        self.profiles = profiles
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        chosen = 0
        for number, profile in enumerate(profiles):
            text = profile.name + (tr(" (default)") if profile.is_default else "")
            item = QListWidgetItem(icon("server"), text)
            item.setToolTip(f"{profile.from_address} · {profile.host}:{profile.port}")
            self.profile_list.addItem(item)
            if profile.name == select:
                chosen = number
        self.profile_list.blockSignals(False)
        if profiles:
            self.profile_list.setCurrentRow(chosen)
            self._show_profile(chosen)
        else:
            self.new_profile()
        self._describe_keyring()
        if self._message_after_reload:
            self.result.setText(self._message_after_reload)
            self._message_after_reload = ""

    def _describe_keyring(self) -> None:
        try:
            usable, backend = secret_store.keyring_usable(), secret_store.backend_name()
        except Exception:  # a broken keyring installation must not break Preferences
            usable, backend = False, "?"
        if usable:
            text = tr(
                "The password is kept only in the system keyring ({backend}), never in a file."
            )
        else:
            text = tr(
                "No system keyring is available, so no password can be saved (PressDesk never "
                "writes one in a file). A server that needs no login still works."
            )
        self.keyring_note.setText(text.replace("{backend}", backend))

    def new_profile(self) -> None:
        self.editing = NEW_PROFILE
        self.profile_list.clearSelection()
        for widget in (
            self.host,
            self.username,
            self.password,
            self.from_address,
            self.from_name,
            self.reply_to,
            self.cafile,
        ):
            widget.clear()
        self.name.setText("" if self.profiles else "default")
        self.name.setReadOnly(False)
        self.security.setCurrentIndex(0)
        self.port.setValue(587)
        self.rate.setValue(0)
        self.connections.setValue(2)
        self.password.setPlaceholderText("")
        self.result.clear()
        self.changed = False
        self.name.setFocus()

    def _show_profile(self, row: int) -> None:
        if not 0 <= row < len(self.profiles):
            return
        profile = self.profiles[row]
        self.editing = profile
        self.name.setText(profile.name)
        self.name.setReadOnly(True)  # the keyring entry is named after it
        self.host.setText(profile.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(profile.security)))
        self.security.blockSignals(False)
        self.port.setValue(profile.port)
        self.username.setText(profile.username or "")
        self.password.clear()
        self.password.setPlaceholderText(
            tr("Saved in the keyring; type a new one to change it") if profile.username else ""
        )
        self.from_address.setText(profile.from_address)
        self.from_name.setText(profile.from_name or "")
        self.reply_to.setText(profile.reply_to or "")
        self.rate.setValue(profile.rate_per_minute or 0)
        self.connections.setValue(profile.connections)
        self.cafile.setText(profile.cafile or "")
        self.result.clear()
        self.changed = False

    def chosen_security(self) -> SmtpSecurity:
        return SmtpSecurity(self.security.currentData())  # Qt hands the enum back as text

    def _security_changed(self, _index: int) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.chosen_security()])

    def _choose_cafile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("CA certificate"), "", tr("Certificates (*.pem *.crt);;All files (*)")
        )
        if path:
            self.cafile.setText(path)

    # -- the form's values ----------------------------------------------------------------------

    def _changes(self) -> ProfileChanges:
        def text(widget: QLineEdit) -> str | None:
            return widget.text().strip() or None

        return ProfileChanges(
            host=text(self.host),
            port=self.port.value(),
            security=self.chosen_security(),
            username=text(self.username),
            cafile=text(self.cafile),
            from_address=text(self.from_address),
            from_name=self.from_name.text().strip(),
            reply_to=text(self.reply_to),
            rate_per_minute=self.rate.value() or None,
            connections=self.connections.value(),
        )

    def form_profile(self) -> ProfileInfo:
        """The form as a profile, to test before (or without) saving it."""
        changes = self._changes()
        if not changes.host:
            raise InvalidInput(tr("Fill in the mail server's name first."))
        if not changes.from_address:
            raise InvalidInput(tr("Fill in the From address first."))
        saved = self.editing
        return ProfileInfo(
            id=saved.id if saved else 0,
            name=self.name.text().strip() or "default",
            host=changes.host,
            port=self.port.value(),
            security=self.chosen_security(),
            username=changes.username,
            cafile=changes.cafile,
            from_address=check_address(changes.from_address, "from address"),
            from_name=changes.from_name or None,
            reply_to=changes.reply_to,
            rate_per_minute=changes.rate_per_minute,
            connections=changes.connections or 2,
            timeout_seconds=saved.timeout_seconds if saved else 30,
            is_default=saved.is_default if saved else False,
        )

    # -- saving and testing ---------------------------------------------------------------------

    def save_before_closing(self) -> str | None:
        """When Preferences is saved with this form changed, save it too (here and now, as
        the dialog is closing); return what went wrong, if anything."""
        if not self.changed or not (self.host.text().strip() or self.editing is not None):
            return None
        name = self.name.text().strip() or None
        if self.editing is None and name is None:
            return tr("Give the mail server profile a name, e.g. Office.")
        try:
            with self.database.session() as session:
                save_profile(session, name, self._changes(), password=self.password.text() or None)
        except PressDeskError as exc:
            return describe_error(in_desktop_words(exc))
        self.changed = False
        return None

    def save(self) -> None:
        changes = self._changes()
        password = self.password.text() or None
        name = self.name.text().strip() or None
        creating = self.editing is None
        if creating and name is None:
            self._report(InvalidInput(tr("Give the profile a name, e.g. Office.")))
            return
        if creating and name in {p.name for p in self.profiles}:
            self._report(InvalidInput(tr("There is already a profile with this name.")))
            return
        database = self.database
        self.save_button.setEnabled(False)
        self.result.setText(tr("Saving…"))

        def work() -> ProfileInfo:
            with database.session() as session:
                profile, _created = save_profile(session, name, changes, password=password)
                return profile

        run_job(work, on_success=self._saved, on_failure=self._save_failed, owner=self)

    def _saved(self, profile: ProfileInfo) -> None:
        self.save_button.setEnabled(True)
        self.changed = False
        self.password.clear()
        message = tr("Saved the profile “{name}”.").format(name=profile.name)
        if profile.username:
            message += " " + tr("The password is in the system keyring.")
        self.result.setText(message)
        self._message_after_reload = message
        self.reload(select=profile.name)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._report(exc)

    def test_connection(self) -> None:
        """Connect, secure and log in with the form's values, off the GUI thread."""
        try:
            profile = self.form_profile()
        except PressDeskError as exc:
            self._report(exc)
            return
        typed = self.password.text() or None
        self.test_button.setEnabled(False)
        self.result.setText(
            tr("Connecting to {host}:{port}…").format(host=profile.host, port=profile.port)
        )

        def work() -> list[str]:
            password = typed
            if password is None and profile.needs_password and self.editing is not None:
                password = profile_password(profile)
            return check_connection(profile, password)

        run_job(work, on_success=self._tested, on_failure=self._test_failed, owner=self)

    def _tested(self, steps: list[str]) -> None:
        self.test_button.setEnabled(True)
        lines = [f"✓ {step}" for step in steps]
        lines.append(tr("The mail server is ready to send."))
        self.result.setText("\n".join(lines))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self._report(exc, prefix=tr("The test did not get through: "))

    def _report(self, exc: BaseException, prefix: str = "") -> None:
        self.result.setText("✗ " + prefix + describe_error(in_desktop_words(exc)))


def add_sending_tab(tabs: Any, database: Database) -> SendingSettings:
    """The one call Preferences makes to show this tab."""
    tab = SendingSettings(database)
    tabs.addTab(tab, tr("Sending"))
    return tab
