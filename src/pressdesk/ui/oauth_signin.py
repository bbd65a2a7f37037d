"""A "Sign in…" / "Signed in as …" / "Sign out" control for one SMTP profile's OAuth 2.0 sign-in.

Self-contained, so the SMTP preferences can place it next to a profile: it reads the profile and
the keyring on the worker thread, signs in with the browser flow of :mod:`pressdesk.mail.oauth`
(authorization code with PKCE and a loopback redirect) on the same worker, and can cancel it.
The browser is opened on the GUI thread through :class:`QDesktopServices` unless a test passes
its own ``open_browser``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from pressdesk.database import Database
from pressdesk.jobs import Cancelled, Progress
from pressdesk.mail import oauth
from pressdesk.mail.profiles import ProfileInfo, get_profile
from pressdesk.ui.messages import describe_error
from pressdesk.ui.worker import JobThread, run_job


@dataclass(frozen=True)
class SignInState:
    profile: ProfileInfo
    signed_in: bool


class _BrowserOpener(QObject):
    """Hands the sign-in URL from the worker thread to the GUI thread, where Qt may open it."""

    requested = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.requested.connect(self._open)

    @Slot(str)
    def _open(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def __call__(self, url: str) -> bool:
        self.requested.emit(url)
        return True


class OAuthSignIn(QWidget):
    """The sign-in state of one SMTP profile, with the one button that changes it."""

    signedInChanged = Signal(bool)

    def __init__(
        self,
        database: Database,
        profile_name: str | None,
        *,
        open_browser: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("oauth-sign-in")
        self._database = database
        self._profile_name = profile_name
        self._open_browser = open_browser or _BrowserOpener(self)
        self._state: SignInState | None = None
        self._job: JobThread | None = None
        self._generation = 0

        self.status = QLabel(self.tr("Checking the sign-in…"))
        self.status.setObjectName("oauth-status")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.sign_in_button = QPushButton(self.tr("Sign in…"))
        self.sign_in_button.setObjectName("oauth-sign-in-button")
        self.sign_in_button.setToolTip(
            self.tr("Opens your browser to sign in to your mail provider.")
        )
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("oauth-sign-out-button")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("oauth-cancel-button")
        for button in (self.sign_in_button, self.sign_out_button, self.cancel_button):
            button.setAccessibleName(button.text().rstrip("…"))
            button.hide()
        self.status.setAccessibleName(self.tr("Sign-in status"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.sign_out_button)
        layout.addWidget(self.cancel_button)

        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.cancel_button.clicked.connect(self.cancel)
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def set_profile(self, profile_name: str | None) -> None:
        """Show another profile (the preferences switch between them)."""
        self.cancel()
        self._profile_name = profile_name
        self.refresh()

    # --- reading the state

    def _load(self) -> ProfileInfo:
        with self._database.session() as session:
            return get_profile(session, self._profile_name)

    def refresh(self) -> None:
        def job() -> SignInState:
            profile = self._load()
            signed_in = profile.uses_oauth and oauth.is_signed_in(profile)
            return SignInState(profile, signed_in)

        self._start(job, self._show_state)

    def _show_state(self, state: SignInState) -> None:
        self._job = None
        self._state = state
        profile = state.profile
        self.cancel_button.hide()
        self.status.setWordWrap(True)
        self.status.setToolTip("")
        if not profile.uses_oauth:
            self.status.setText(self.tr("This profile logs in with a password."))
            self.sign_in_button.hide()
            self.sign_out_button.hide()
            return
        provider = profile.oauth_settings.provider_label
        if state.signed_in:
            account = profile.username or profile.from_address
            # On one line: a wrapped address breaks at its hyphens and dots, which misleads.
            self.status.setWordWrap(False)
            self.status.setText(self.tr("Signed in as {account}").format(account=account))
            self.status.setToolTip(
                self.tr("Signed in to {provider} as {account}").format(
                    provider=provider, account=account
                )
            )
        else:
            self.status.setText(self.tr("Not signed in to {provider}.").format(provider=provider))
        self.sign_in_button.setVisible(not state.signed_in)
        self.sign_out_button.setVisible(state.signed_in)
        self.signedInChanged.emit(state.signed_in)

    # --- changing it

    def sign_in(self) -> None:
        if self.busy:
            return
        opener = self._open_browser

        def job() -> Any:
            return oauth.browser_sign_in(self._load(), opener)

        self.sign_in_button.hide()
        self.sign_out_button.hide()
        self.cancel_button.show()
        self.status.setText(self.tr("Opening your browser…"))
        self._start(job, lambda _signed_in: self.refresh(), on_progress=self._show_progress)

    def _show_progress(self, progress: Progress) -> None:
        if progress.done == 0:  # still waiting for the browser
            provider = self._state.profile.oauth_settings.provider_label if self._state else ""
            self.status.setText(
                self.tr("Sign in to {provider} in your browser, then come back here.").format(
                    provider=provider
                )
            )
        else:
            self.status.setText(self.tr("Completing the sign-in…"))

    def sign_out(self) -> None:
        if self.busy:
            return

        def job() -> bool:
            return oauth.sign_out(self._load())

        self._start(job, lambda _had: self.refresh())

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _start(
        self,
        job: Callable[[], Any],
        on_success: Callable[[Any], None],
        *,
        on_progress: Callable[[Progress], None] | None = None,
    ) -> None:
        # Only the latest job may change what is shown: one cancelled by set_profile() may
        # still report back after the next one started.
        self._generation += 1
        generation = self._generation

        def current(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                if generation == self._generation:
                    callback(value)

            return deliver

        self._job = run_job(
            job,
            on_success=current(on_success),
            on_failure=current(self._show_problem),
            on_progress=current(on_progress) if on_progress is not None else None,
            owner=self,
        )

    def _show_problem(self, exc: BaseException) -> None:
        self._job = None
        self.cancel_button.hide()
        self.status.setWordWrap(True)
        if isinstance(exc, Cancelled):
            self.refresh()
            return
        self.status.setText(describe_error(exc))
        can_sign_in = self._state is not None and self._state.profile.uses_oauth
        self.sign_in_button.setVisible(can_sign_in)
        self.sign_out_button.hide()
