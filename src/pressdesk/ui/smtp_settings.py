"""Preferences → Sending: the outgoing mail server profiles, and "Test connection".

Saving and testing run on a worker thread (the keyring and the network can both be slow). A
profile signs in with a password, or with OAuth 2.0 at Microsoft 365, Google or another provider.
The password, the sign-in and an app's client secret go to the system keyring only; with no
usable keyring the core refuses to save them, that message is shown, and nothing is stored.
Every check of the values is the core's (``save_profile``): its refusal is shown beside the field
it is about. "Test connection" tries the values in the form, saved or not (with OAuth 2.0, the
saved sign-in), and reports each step or what went wrong in plain words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pressdesk import secret_store
from pressdesk.database import Database
from pressdesk.database.models import SmtpAuth, SmtpSecurity
from pressdesk.errors import InvalidInput, PressDeskError
from pressdesk.mail.oauth_config import (
    CUSTOM,
    GOOGLE,
    MICROSOFT,
    PRESET_SERVERS,
    OAuthChanges,
    SignInRequired,
    merge_oauth,
)
from pressdesk.mail.profiles import (
    ProfileChanges,
    ProfileInfo,
    check_address,
    list_profiles,
    profile_password,
    save_profile,
)
from pressdesk.mail.transport import check_connection
from pressdesk.ui.forms import choose_certificate, problem_label, show_problem
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.messages import describe_error
from pressdesk.ui.oauth_signin import OAuthSignIn
from pressdesk.ui.sending import in_desktop_words
from pressdesk.ui.worker import run_job

DEFAULT_PORTS = {SmtpSecurity.STARTTLS: 587, SmtpSecurity.SSL: 465, SmtpSecurity.NONE: 25}
NEW_PROFILE = None
PASSWORD = "password"  # noqa: S105 - the sign-in choice of a user name and password (or none)


def load_profiles(database: Database) -> list[ProfileInfo]:
    with database.session() as session:
        return list_profiles(session)


def desktop_message(exc: BaseException) -> BaseException:
    """The core's refusal in the form's words: the command-line options it names become the
    fields of this tab, and advice about the command line is left out."""
    if not isinstance(exc, InvalidInput):
        return in_desktop_words(exc)
    message = exc.message
    for option, field in (
        (
            "use --security starttls or ssl",
            translate("SendingSettings", "choose STARTTLS or SSL/TLS"),
        ),
        ("--auth oauth2", translate("SendingSettings", "an OAuth 2.0 sign-in")),
        ("--authorize-url", translate("SendingSettings", "the authorization URL")),
        ("--token-url", translate("SendingSettings", "the token URL")),
        ("--device-url", translate("SendingSettings", "the device sign-in URL")),
        ("--scope", translate("SendingSettings", "the scopes")),
        ("--tenant", translate("SendingSettings", "the tenant")),
        ("--client-id", translate("SendingSettings", "the client ID")),
        ("--provider microsoft", "Microsoft 365"),
        ("--provider custom", translate("SendingSettings", "another provider")),
        ("--username", translate("SendingSettings", "the user name")),
        ("--host", translate("SendingSettings", "the mail server")),
        ("--from-address", translate("SendingSettings", "the From address")),
    ):
        message = message.replace(option, field)
    hint = exc.hint if exc.hint and "--" not in exc.hint and "pressdesk " not in exc.hint else None
    if message == exc.message and hint == exc.hint:
        return in_desktop_words(exc)
    return InvalidInput(message, hint=hint)


class _FormScroll(QScrollArea):
    """Scrolls the form only when the screen is too short for it (a laptop, a provider's
    many fields); otherwise it asks for the form's whole height."""

    def __init__(self, form: QWidget) -> None:
        super().__init__()
        self.setWidget(form)
        form.setAutoFillBackground(False)  # the tab's own background, not a grey box
        self.viewport().setAutoFillBackground(False)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        form = self.widget().sizeHint()
        screen = self.screen().availableGeometry().height() if self.screen() else 768
        room = max(240, screen - 290)  # the dialog's tabs and buttons, the test's result
        # As tall as the tallest way of signing in needs, as far as the screen allows.
        return QSize(form.width() + self._bar(), min(max(form.height(), 640), room))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.widget().minimumSizeHint().width() + self._bar(), 240)


class SendingSettings(QWidget):
    """The "Sending" tab: a list of profiles and the form of the selected one."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        open_browser: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tab-sending")
        self.database = database
        self.open_browser = open_browser  # None: the system browser (tests pass a stand-in)
        self.profiles: list[ProfileInfo] = []
        self.editing: ProfileInfo | None = None
        self._message_after_reload = ""
        self._select_after_reload: str | None = None
        self._loaded = False
        self._keyring = (False, "?")
        self.sign_in_control: OAuthSignIn | None = None

        self.profile_list = QListWidget()
        self.profile_list.setAccessibleName(translate("SendingSettings", "Mail server profiles"))
        self.profile_list.setMaximumWidth(170)
        self.profile_list.currentRowChanged.connect(self._show_profile)
        self.add_button = QPushButton(icon("plus"), translate("SendingSettings", "Add profile"))
        self.add_button.setAccessibleName(translate("SendingSettings", "Add a mail server profile"))
        self.add_button.clicked.connect(self.new_profile)
        left = QVBoxLayout()
        left.addWidget(self.profile_list, 1)
        left.addWidget(self.add_button)

        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("SendingSettings", "e.g. Office"))
        self.auth = QComboBox()
        for key, label in (
            (PASSWORD, translate("SendingSettings", "Password (or no login)")),
            (MICROSOFT, "Microsoft 365"),
            (GOOGLE, "Google"),
            (CUSTOM, translate("SendingSettings", "Other provider (OAuth 2.0)")),
        ):
            self.auth.addItem(label, key)
        self.auth.setToolTip(
            translate(
                "SendingSettings",
                "Microsoft 365 and Google want you to sign in in the browser rather than give "
                "PressDesk a password.",
            )
        )
        self.auth.currentIndexChanged.connect(self._auth_changed)
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.org")
        self.security = QComboBox()
        for security, label in (
            (SmtpSecurity.STARTTLS, translate("SendingSettings", "STARTTLS (usually port 587)")),
            (
                SmtpSecurity.SSL,
                translate("SendingSettings", "SSL/TLS from the start (usually port 465)"),
            ),
            (
                SmtpSecurity.NONE,
                translate("SendingSettings", "None (only for a relay inside your office)"),
            ),
        ):
            self.security.addItem(label, security)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_id = QLineEdit()
        self.client_id_note = QLabel(
            translate(
                "SendingSettings",
                "Your organization's IT registers PressDesk once and gives you this ID (see "
                "“Signing in to Microsoft 365 or Google” in the README).",
            )
        )
        self.client_id_note.setWordWrap(True)
        self.client_id_note.setEnabled(False)
        self.tenant = QLineEdit()
        self.tenant.setPlaceholderText(
            translate("SendingSettings", "organizations (any work account), or your domain")
        )
        self.client_secret = QLineEdit()
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.authorize_url = QLineEdit()
        self.authorize_url.setPlaceholderText("https://login.example.org/authorize")
        self.token_url = QLineEdit()
        self.token_url.setPlaceholderText("https://login.example.org/token")
        self.device_url = QLineEdit()
        self.device_url.setPlaceholderText(
            translate("SendingSettings", "Optional: to sign in with a code on the command line")
        )
        self.scopes = QLineEdit()
        self.scopes.setPlaceholderText(
            translate("SendingSettings", "Separated by spaces, e.g. mail.send offline_access")
        )
        self.sign_in_row = QWidget()
        self._sign_in_layout = sign_in_layout = QVBoxLayout(self.sign_in_row)
        sign_in_layout.setContentsMargins(0, 0, 0, 0)
        self.sign_in_note = QLabel()
        self.sign_in_note.setWordWrap(True)
        self.sign_in_note.setEnabled(False)
        self.sign_in_again_button = QPushButton(translate("SendingSettings", "Sign in again…"))
        self.sign_in_again_button.setAccessibleName(
            translate("SendingSettings", "Sign in again in the browser")
        )
        self.sign_in_again_button.setAutoDefault(False)
        self.sign_in_again_button.clicked.connect(self._sign_in_again)
        self.sign_in_again_button.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.sign_in_note, 1)
        note_row.addWidget(self.sign_in_again_button)
        sign_in_layout.addLayout(note_row)
        self._expired_sign_in: str | None = None  # the profile whose sign-in stopped working
        self._renewing = False
        self.from_address = QLineEdit()
        self.from_address.setPlaceholderText("press@example.org")
        self.from_name = QLineEdit()
        self.from_name.setPlaceholderText(
            translate("SendingSettings", "e.g. Regional Press Office")
        )
        self.reply_to = QLineEdit()
        self.reply_to.setPlaceholderText(translate("SendingSettings", "Optional: where replies go"))
        self.rate = QSpinBox()
        self.rate.setRange(0, 100_000)
        self.rate.setSpecialValueText(translate("SendingSettings", "No limit"))
        self.rate.setSuffix(translate("SendingSettings", " per minute"))
        self.connections = QSpinBox()
        self.connections.setRange(1, 20)
        self.connections.setValue(2)
        self.cafile = QLineEdit()
        self.cafile.setPlaceholderText(
            translate("SendingSettings", "Optional: your organization's CA certificate (PEM)")
        )
        browse = QPushButton(icon("folder-open"), translate("SendingSettings", "Browse…"))
        browse.setAccessibleName(translate("SendingSettings", "Choose a CA certificate file"))
        browse.clicked.connect(
            lambda: choose_certificate(
                self, translate("SendingSettings", "CA certificate"), self.cafile
            )
        )
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.cafile, 1)
        ca_row.addWidget(browse)
        for widget, name in (
            (self.name, translate("SendingSettings", "Profile name")),
            (self.auth, translate("SendingSettings", "Sign in with")),
            (self.host, translate("SendingSettings", "Mail server")),
            (self.security, translate("SendingSettings", "Security")),
            (self.port, translate("SendingSettings", "Port")),
            (self.username, translate("SendingSettings", "User name")),
            (self.password, translate("SendingSettings", "Password")),
            (self.client_id, translate("SendingSettings", "Client ID")),
            (self.tenant, translate("SendingSettings", "Tenant")),
            (self.client_secret, translate("SendingSettings", "Client secret")),
            (self.authorize_url, translate("SendingSettings", "Authorization URL")),
            (self.token_url, translate("SendingSettings", "Token URL")),
            (self.device_url, translate("SendingSettings", "Device sign-in URL")),
            (self.scopes, translate("SendingSettings", "Scopes")),
            (self.from_address, translate("SendingSettings", "From address")),
            (self.from_name, translate("SendingSettings", "Sender name")),
            (self.reply_to, translate("SendingSettings", "Reply-to address")),
            (self.rate, translate("SendingSettings", "Rate limit per minute")),
            (self.connections, translate("SendingSettings", "Parallel connections")),
            (self.cafile, translate("SendingSettings", "CA certificate file")),
        ):
            widget.setAccessibleName(name)

        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        port_label = QLabel(translate("SendingSettings", "&Port:"))
        port_label.setBuddy(self.port)
        server_row = QHBoxLayout()
        server_row.addWidget(self.security, 1)
        server_row.addWidget(port_label)
        server_row.addWidget(self.port)
        connections_label = QLabel(translate("SendingSettings", "&Connections:"))
        connections_label.setBuddy(self.connections)
        limits_row = QHBoxLayout()
        limits_row.addWidget(self.rate, 1)
        limits_row.addWidget(connections_label)
        limits_row.addWidget(self.connections)
        ca_label = QLabel(translate("SendingSettings", "CA certi&ficate:"))
        ca_label.setBuddy(self.cafile)
        security_label = QLabel(translate("SendingSettings", "S&ecurity:"))
        security_label.setBuddy(self.security)
        send_label = QLabel(translate("SendingSettings", "Send at &most:"))
        send_label.setBuddy(self.rate)
        # The core's refusals, each on a line of its own right under the field it is about.
        self.problems: dict[QWidget, QLabel] = {}

        def add(label: str | QLabel, field: QWidget | QHBoxLayout) -> None:
            form.addRow(label, field)
            widget = self.security if field is server_row else field
            if widget in problem_fields:
                problem = problem_label()
                problem.setObjectName(f"problem-{widget.accessibleName()}")
                self.problems[widget] = problem
                form.addRow("", problem)
                form.setRowVisible(problem, False)

        problem_fields = (
            self.security,
            self.username,
            self.client_id,
            self.tenant,
            self.client_secret,
            self.authorize_url,
            self.token_url,
            self.device_url,
            self.scopes,
            self.host,
            self.from_address,
        )
        add(translate("SendingSettings", "Profile &name:"), self.name)
        add(translate("SendingSettings", "S&ign in with:"), self.auth)
        add(translate("SendingSettings", "Mail &server:"), self.host)
        add(security_label, server_row)
        add(translate("SendingSettings", "&User name:"), self.username)
        add(translate("SendingSettings", "Pass&word:"), self.password)
        add(translate("SendingSettings", "Client &ID:"), self.client_id)
        form.addRow("", self.client_id_note)
        add(translate("SendingSettings", "&Tenant:"), self.tenant)
        add(translate("SendingSettings", "Client secre&t:"), self.client_secret)
        add(translate("SendingSettings", "&Authorization URL:"), self.authorize_url)
        add(translate("SendingSettings", "T&oken URL:"), self.token_url)
        add(translate("SendingSettings", "&Device URL:"), self.device_url)
        add(translate("SendingSettings", "Sco&pes:"), self.scopes)
        add(translate("SendingSettings", "Sign-in:"), self.sign_in_row)
        add(translate("SendingSettings", "&From address:"), self.from_address)
        add(translate("SendingSettings", "Sender na&me:"), self.from_name)
        add(translate("SendingSettings", "&Reply-to:"), self.reply_to)
        add(send_label, limits_row)
        add(ca_label, ca_row)

        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setEnabled(False)
        self.save_button = QPushButton(icon("save"), translate("SendingSettings", "Save profile"))
        self.save_button.setAccessibleName(
            translate("SendingSettings", "Save the mail server profile")
        )
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(
            icon("mail-check"), translate("SendingSettings", "Test connection")
        )
        self.test_button.setAccessibleName(
            translate("SendingSettings", "Test the connection to the mail server")
        )
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

        fields = QWidget()
        fields.setObjectName("sending-form")
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.keyring_note)
        fields_layout.addStretch(1)
        self.scroll = _FormScroll(fields)
        right = QVBoxLayout()
        right.addWidget(self.scroll, 1)
        right.addLayout(buttons)
        right.addWidget(self.result)
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
            self.client_id,
            self.tenant,
            self.client_secret,
            self.authorize_url,
            self.token_url,
            self.device_url,
            self.scopes,
            self.from_address,
            self.from_name,
            self.reply_to,
            self.cafile,
        ):
            line.textEdited.connect(self._mark_changed)
        for spin in (self.port, self.rate, self.connections):
            spin.valueChanged.connect(self._mark_changed)
        self.security.activated.connect(self._mark_changed)
        self.auth.activated.connect(self._mark_changed)
        self._update_mode()
        self.reload()

    def _mark_changed(self, *_args: Any) -> None:
        self.changed = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_window)

    def _fit_window(self) -> None:
        """Qt opens a window at most two thirds of the screen high; the form wants more, as
        much as the screen has, so that it scrolls only on short screens."""
        window = self.window()
        if window is self or not self.isVisible():
            return
        screen = window.screen().availableGeometry()
        wanted = min(window.sizeHint().height(), screen.height() - 24)
        if window.height() >= wanted:
            return
        window.resize(window.width(), wanted)
        if window.frameGeometry().bottom() > screen.bottom():
            window.move(
                window.x(), max(screen.top(), screen.bottom() - window.frameGeometry().height())
            )

    # -- the list -------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        run_job(
            lambda: load_profiles(self.database),
            on_success=lambda profiles: self._listed(profiles, select),
            on_failure=self._report,
            owner=self,
        )

    def select_profile(self, name: str | None, *, sign_in_expired: bool = False) -> None:
        """Show the named profile (the default one for None), now or once the list is loaded;
        ``sign_in_expired`` when a send found its sign-in no longer accepted."""
        if sign_in_expired:
            self._expired_sign_in = name if name is not None else ""
        if not self._loaded:
            self._select_after_reload = name
            return
        for row, profile in enumerate(self.profiles):
            if profile.name == name or (name is None and profile.is_default):
                self.profile_list.setCurrentRow(row)
                return

    def _listed(self, profiles: list[ProfileInfo], select: str | None) -> None:
        self.profiles = profiles
        self._loaded = True
        if self._select_after_reload is not None:
            select, self._select_after_reload = self._select_after_reload, None
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        chosen = 0
        for number, profile in enumerate(profiles):
            text = profile.name + (
                translate("SendingSettings", " (default)") if profile.is_default else ""
            )
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
            self._keyring = (secret_store.keyring_usable(), secret_store.backend_name())
        except Exception:  # a broken keyring installation must not break Preferences
            self._keyring = (False, "?")
        self._update_keyring_note()

    def _update_keyring_note(self) -> None:
        if not self._loaded:
            return  # said once the profiles (and the keyring) have been looked at
        usable, backend = self._keyring
        oauth = self.chosen_auth() != PASSWORD
        if usable and oauth:
            text = translate(
                "SendingSettings",
                "The sign-in (and a client secret) is kept only in the system keyring "
                "({backend}), never in a file.",
            )
        elif usable:
            text = translate(
                "SendingSettings",
                "The password is kept only in the system keyring ({backend}), never in a file.",
            )
        elif oauth:
            text = translate(
                "SendingSettings",
                "No system keyring is available, so PressDesk cannot stay signed in (it never "
                "writes a sign-in in a file).",
            )
        else:
            text = translate(
                "SendingSettings",
                "No system keyring is available, so no password can be saved (PressDesk never "
                "writes one in a file). A server that needs no login still works.",
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
            *self._oauth_lines(),
        ):
            widget.clear()
        self.name.setText("" if self.profiles else "default")
        self.name.setReadOnly(False)
        self.auth.blockSignals(True)
        self.auth.setCurrentIndex(0)
        self.auth.blockSignals(False)
        self.security.setCurrentIndex(0)
        self.port.setValue(587)
        self.rate.setValue(0)
        self.connections.setValue(2)
        self.password.setPlaceholderText("")
        self.result.clear()
        self._update_mode()
        self.changed = False
        self.name.setFocus()

    def _oauth_lines(self) -> tuple[QLineEdit, ...]:
        return (
            self.client_id,
            self.tenant,
            self.client_secret,
            self.authorize_url,
            self.token_url,
            self.device_url,
            self.scopes,
        )

    def _show_profile(self, row: int) -> None:
        if not 0 <= row < len(self.profiles):
            return
        profile = self.profiles[row]
        self.editing = profile
        self.name.setText(profile.name)
        self.name.setReadOnly(True)  # the keyring entry is named after it
        self.auth.blockSignals(True)
        provider = str(profile.oauth.get("provider", CUSTOM)) if profile.uses_oauth else PASSWORD
        self.auth.setCurrentIndex(max(0, self.auth.findData(provider)))
        self.auth.blockSignals(False)
        self.host.setText(profile.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(profile.security)))
        self.security.blockSignals(False)
        self.port.setValue(profile.port)
        self.username.setText(profile.username or "")
        self.password.clear()
        self.password.setPlaceholderText(
            translate("SendingSettings", "Saved in the keyring; type a new one to change it")
            if profile.needs_password
            else ""
        )
        stored = profile.oauth
        self.client_id.setText(str(stored.get("client_id", "")))
        self.tenant.setText(str(stored.get("tenant", "")))
        self.client_secret.clear()
        self.authorize_url.setText(str(stored.get("authorize_url", "")))
        self.token_url.setText(str(stored.get("token_url", "")))
        self.device_url.setText(str(stored.get("device_url", "")))
        self.scopes.setText(" ".join(stored.get("scopes") or ()))
        self.from_address.setText(profile.from_address)
        self.from_name.setText(profile.from_name or "")
        self.reply_to.setText(profile.reply_to or "")
        self.rate.setValue(profile.rate_per_minute or 0)
        self.connections.setValue(profile.connections)
        self.cafile.setText(profile.cafile or "")
        self.result.clear()
        self._update_mode()
        self.changed = False

    # -- what the form shows for each way of signing in -----------------------------------------

    def chosen_auth(self) -> str:
        """PASSWORD, or the OAuth 2.0 provider: MICROSOFT, GOOGLE or CUSTOM."""
        return str(self.auth.currentData())

    def chosen_security(self) -> SmtpSecurity:
        return SmtpSecurity(self.security.currentData())  # Qt hands the enum back as text

    def _auth_changed(self, _index: int) -> None:
        preset = PRESET_SERVERS.get(self.chosen_auth())
        if preset is not None:  # the provider's own server; still editable
            host, port = preset
            self.host.setText(host)
            self.security.blockSignals(True)
            self.security.setCurrentIndex(self.security.findData(SmtpSecurity.STARTTLS))
            self.security.blockSignals(False)
            self.port.setValue(port)
        elif self.host.text().strip() in {host for host, _port in PRESET_SERVERS.values()}:
            self.host.clear()  # another provider's server would only mislead
        self._update_mode()

    def _update_mode(self) -> None:
        """Show the fields of the chosen way of signing in, and only those."""
        chosen = self.chosen_auth()
        oauth = chosen != PASSWORD
        rows = {
            self.password: not oauth,
            self.client_id: oauth,
            self.client_id_note: oauth,
            self.tenant: chosen == MICROSOFT,
            self.client_secret: chosen in (GOOGLE, CUSTOM),
            self.authorize_url: chosen == CUSTOM,
            self.token_url: chosen == CUSTOM,
            self.device_url: chosen == CUSTOM,
            self.scopes: chosen == CUSTOM,
            self.sign_in_row: oauth,
        }
        for widget, visible in rows.items():
            self.form.setRowVisible(widget, visible)
        self.username.setPlaceholderText(
            translate("SendingSettings", "Leave empty to sign in as the From address")
            if oauth
            else translate("SendingSettings", "Leave empty if the server needs no login")
        )
        self.client_id.setPlaceholderText(
            {
                MICROSOFT: translate(
                    "SendingSettings", "Application (client) ID, e.g. 00000000-0000-0000-…"
                ),
                GOOGLE: translate("SendingSettings", "e.g. 1234-abcd.apps.googleusercontent.com"),
            }.get(chosen, "")
        )
        self.client_secret.setPlaceholderText(
            translate("SendingSettings", "Saved in the keyring; type a new one to change it")
            if self._saved_oauth_provider() == chosen
            else translate("SendingSettings", "If the provider gave one; kept in the keyring only")
        )
        self._clear_problems()
        self.scroll.updateGeometry()  # another provider's fields may need more width
        self._check_security()
        self._update_sign_in()
        self._update_keyring_note()

    def _saved_oauth_provider(self) -> str | None:
        saved = self.editing
        if saved is None or not saved.uses_oauth:
            return None
        return str(saved.oauth.get("provider", CUSTOM))

    def _check_security(self) -> None:
        """OAuth 2.0 never goes over an unencrypted connection: say so at once, beside it."""
        refused = self.chosen_auth() != PASSWORD and self.chosen_security() is SmtpSecurity.NONE
        self._show_problem(
            self.security,
            translate(
                "SendingSettings",
                "OAuth 2.0 sign-in needs an encrypted connection: choose STARTTLS or SSL/TLS.",
            )
            if refused
            else None,
        )

    def _update_sign_in(self) -> None:
        """The sign-in control for a saved OAuth 2.0 profile; otherwise what to do first."""
        saved = self.editing
        ready = saved is not None and self._saved_oauth_provider() == self.chosen_auth()
        if ready and saved is not None:
            if self.sign_in_control is None:
                self.sign_in_control = OAuthSignIn(
                    self.database, saved.name, open_browser=self.open_browser
                )
                self.sign_in_control.sign_in_button.setAutoDefault(False)
                self.sign_in_control.sign_out_button.setAutoDefault(False)
                self.sign_in_control.cancel_button.setAutoDefault(False)
                self.sign_in_control.signedInChanged.connect(self._signed_in_changed)
                self._sign_in_layout.insertWidget(0, self.sign_in_control)  # above the note
            else:
                self.sign_in_control.set_profile(saved.name)
            self.sign_in_control.show()
            self.sign_in_note.hide()
            self.sign_in_again_button.hide()
            return
        if self.sign_in_control is not None:
            self.sign_in_control.cancel()
            self.sign_in_control.hide()
        self.sign_in_note.setText(
            translate("SendingSettings", "Save the profile, then sign in here.")
        )
        self.sign_in_note.setEnabled(False)  # a quiet hint
        self.sign_in_note.show()
        self.sign_in_again_button.hide()

    def _signed_in_changed(self, signed_in: bool) -> None:
        """A sign-in kept in the keyring may no longer be accepted: then offer a new one."""
        saved = self.editing
        if saved is None:
            return
        if self._renewing and signed_in:
            self._renewing = False
            self._expired_sign_in = None
        expired = self._expired_sign_in == saved.name or (
            self._expired_sign_in == "" and saved.is_default  # "" stands for the default one
        )
        if signed_in and expired:
            self.sign_in_note.setText(
                translate(
                    "SendingSettings",
                    "The mail provider no longer accepts this sign-in (it expired or was "
                    "revoked). Sign in again to go on sending.",
                )
            )
            self.sign_in_note.setEnabled(True)  # not a hint: what stops the sending
        self.sign_in_note.setVisible(signed_in and expired)
        self.sign_in_again_button.setVisible(signed_in and expired)

    def _sign_in_again(self) -> None:
        if self.sign_in_control is not None:
            self._renewing = True
            self.sign_in_again_button.hide()
            self.sign_in_note.hide()
            self.sign_in_control.sign_in()

    def _security_changed(self, _index: int) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.chosen_security()])
        self._check_security()

    # -- the form's values ----------------------------------------------------------------------

    def _oauth_changes(self) -> OAuthChanges:
        chosen = self.chosen_auth()

        def text(widget: QLineEdit) -> str | None:
            return widget.text().strip() or None

        custom = chosen == CUSTOM
        scopes = tuple(scope for scope in re.split(r"[\s,]+", self.scopes.text()) if scope)
        return OAuthChanges(
            provider=chosen,
            client_id=text(self.client_id),
            tenant=text(self.tenant) if chosen == MICROSOFT else None,
            authorize_url=text(self.authorize_url) if custom else None,
            token_url=text(self.token_url) if custom else None,
            device_url=text(self.device_url) if custom else None,
            scopes=scopes if custom and scopes else None,
        )

    def _changes(self) -> ProfileChanges:
        def text(widget: QLineEdit) -> str | None:
            return widget.text().strip() or None

        oauth = self.chosen_auth() != PASSWORD
        username = text(self.username)
        if oauth:
            auth: SmtpAuth | None = SmtpAuth.OAUTH2
        elif username is not None:
            auth = SmtpAuth.PASSWORD
        elif self.editing is not None and (self.editing.uses_oauth or self.editing.username):
            auth = SmtpAuth.NONE  # the user name was emptied: a server that needs no login
        else:
            auth = None
        return ProfileChanges(
            host=text(self.host),
            port=self.port.value(),
            security=self.chosen_security(),
            username=username,
            cafile=self.cafile.text().strip(),  # emptied: no extra CA any more
            from_address=text(self.from_address),
            from_name=self.from_name.text().strip(),
            reply_to=self.reply_to.text().strip(),
            rate_per_minute=self.rate.value(),  # 0 is "No limit"
            connections=self.connections.value(),
            auth=auth,
            oauth=self._oauth_changes() if oauth else OAuthChanges(),
        )

    def _secrets(self) -> tuple[str | None, str | None]:
        """The password and the client secret typed in, for the keyring (never stored here)."""
        if self.chosen_auth() == PASSWORD:
            return self.password.text() or None, None
        return None, self.client_secret.text().strip() or None

    def form_profile(self) -> ProfileInfo:
        """The form as a profile, to test before (or without) saving it.

        With OAuth 2.0 only the saved sign-in can be tested: one made for other settings
        would prove nothing.
        """
        changes = self._changes()
        if not changes.host:
            raise InvalidInput(
                translate("SendingSettings", "Fill in the mail server's name first.")
            )
        if not changes.from_address:
            raise InvalidInput(translate("SendingSettings", "Fill in the From address first."))
        saved = self.editing
        oauth: dict[str, Any] = {}
        auth = SmtpAuth.PASSWORD if changes.username else SmtpAuth.NONE
        if changes.auth is SmtpAuth.OAUTH2:
            stored = saved.oauth if saved is not None and saved.uses_oauth else {}
            if not stored or merge_oauth(stored, changes.oauth) != stored:
                raise InvalidInput(
                    translate(
                        "SendingSettings",
                        "Save the profile and sign in first; the test uses the saved sign-in.",
                    )
                )
            oauth, auth = stored, SmtpAuth.OAUTH2
        username = changes.username
        if auth is SmtpAuth.OAUTH2 and username is None:
            username = saved.username if saved is not None else None
        return ProfileInfo(
            id=saved.id if saved else 0,
            name=self.name.text().strip() or "default",
            host=changes.host,
            port=self.port.value(),
            security=self.chosen_security(),
            username=username,
            cafile=changes.cafile,
            from_address=check_address(changes.from_address, "from address"),
            from_name=changes.from_name or None,
            reply_to=changes.reply_to,
            rate_per_minute=changes.rate_per_minute,
            connections=changes.connections or 2,
            timeout_seconds=saved.timeout_seconds if saved else 30,
            is_default=saved.is_default if saved else False,
            auth=auth,
            oauth=oauth,
        )

    # -- saving and testing ---------------------------------------------------------------------

    def save_before_closing(self) -> str | None:
        """When Preferences is saved with this form changed, save it too (here and now, as
        the dialog is closing); return what went wrong, if anything."""
        if not self.changed or not (self.host.text().strip() or self.editing is not None):
            return None
        name = self.name.text().strip() or None
        if self.editing is None and name is None:
            return translate("SendingSettings", "Give the mail server profile a name, e.g. Office.")
        password, client_secret = self._secrets()
        try:
            with self.database.session() as session:
                save_profile(
                    session, name, self._changes(), password=password, client_secret=client_secret
                )
        except PressDeskError as exc:
            self._show_refusal(exc)
            return describe_error(desktop_message(exc))
        self.changed = False
        return None

    def save(self) -> None:
        changes = self._changes()
        password, client_secret = self._secrets()
        name = self.name.text().strip() or None
        creating = self.editing is None
        self._clear_problems()
        if creating and name is None:
            self._report(
                InvalidInput(translate("SendingSettings", "Give the profile a name, e.g. Office."))
            )
            return
        if creating and name in {p.name for p in self.profiles}:
            self._report(
                InvalidInput(
                    translate("SendingSettings", "There is already a profile with this name.")
                )
            )
            return
        database = self.database
        self.save_button.setEnabled(False)
        self.result.setText(translate("SendingSettings", "Saving…"))

        def work() -> ProfileInfo:
            with database.session() as session:
                profile, _created = save_profile(
                    session, name, changes, password=password, client_secret=client_secret
                )
                return profile

        run_job(work, on_success=self._saved, on_failure=self._save_failed, owner=self)

    def _saved(self, profile: ProfileInfo) -> None:
        self.save_button.setEnabled(True)
        self.changed = False
        self.password.clear()
        self.client_secret.clear()
        message = translate("SendingSettings", "Saved the profile “{name}”.").format(
            name=profile.name
        )
        if profile.uses_oauth:
            message += " " + translate(
                "SendingSettings", "Sign in below if you have not yet done so."
            )
        elif profile.username:
            message += " " + translate("SendingSettings", "The password is in the system keyring.")
        self.result.setText(message)
        self._message_after_reload = message
        self.reload(select=profile.name)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show_refusal(exc)
        self._report(exc)

    def _show_refusal(self, exc: BaseException) -> None:
        """Put the core's refusal beside the field it names, when it names one."""
        if not isinstance(exc, InvalidInput):
            return
        text = exc.message
        fields = (
            ("--security", self.security),
            ("--tenant", self.tenant),
            ("--authorize-url", self.authorize_url),
            ("--token-url", self.token_url),
            ("--device-url", self.device_url),
            ("--scope", self.scopes),
            ("client ID", self.client_id),
            ("client secret", self.client_secret),
            ("user name", self.username),
            ("--username", self.username),
            ("host name", self.host),
            ("from address", self.from_address),
        )
        for marker, widget in fields:
            if marker in text and widget.isVisibleTo(self.scroll.widget()):
                self._show_problem(widget, describe_error(desktop_message(exc)))
                return

    def _show_problem(self, widget: QWidget, message: str | None) -> None:
        label = self.problems[widget]
        show_problem(label, message)
        self.form.setRowVisible(label, bool(message))
        if message:
            self.scroll.ensureWidgetVisible(label)

    def _clear_problems(self) -> None:
        for widget in self.problems:
            self._show_problem(widget, None)

    def test_connection(self) -> None:
        """Connect, secure and log in with the form's values, off the GUI thread."""
        try:
            profile = self.form_profile()
        except PressDeskError as exc:
            self._report(exc)
            return
        typed = None if profile.uses_oauth else (self.password.text() or None)
        self.test_button.setEnabled(False)
        self.result.setText(
            translate("SendingSettings", "Connecting to {host}:{port}…").format(
                host=profile.host, port=profile.port
            )
        )
        editing = self.editing is not None

        def work() -> list[str]:
            credential: Any = typed
            if profile.uses_oauth:
                credential = profile_password(profile)  # the saved sign-in's token source
            elif credential is None and profile.needs_password and editing:
                credential = profile_password(profile)
            return check_connection(profile, credential)

        run_job(work, on_success=self._tested, on_failure=self._test_failed, owner=self)

    def _tested(self, steps: list[str]) -> None:
        self.test_button.setEnabled(True)
        lines = [f"✓ {step}" for step in steps]
        lines.append(translate("SendingSettings", "The mail server is ready to send."))
        self.result.setText("\n".join(lines))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, SignInRequired):
            if "Nobody is signed in" in exc.message:
                text = translate(
                    "SendingSettings",
                    "Sign in first: click “Sign in…” above, then test the connection again.",
                )
            else:
                text = translate(
                    "SendingSettings",
                    "The sign-in has expired or was revoked: sign in again, then test the "
                    "connection again.",
                )
                if self.editing is not None:
                    self._expired_sign_in = self.editing.name
                    if self.sign_in_control is not None:
                        self.sign_in_control.refresh()  # which offers "Sign in again…"
            self.result.setText("✗ " + text)
            return
        self._report(exc, prefix=translate("SendingSettings", "The test did not get through: "))

    def _report(self, exc: BaseException, prefix: str = "") -> None:
        self.result.setText("✗ " + prefix + describe_error(desktop_message(exc)))


def add_sending_tab(tabs: Any, database: Database) -> SendingSettings:
    """The one call Preferences makes to show this tab."""
    tab = SendingSettings(database)
    tabs.addTab(tab, translate("SendingSettings", "Sending"))
    return tab
