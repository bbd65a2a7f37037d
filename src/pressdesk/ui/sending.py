"""Sending from the desktop app: which distributions this window is sending, and their errors.

Every send started here (from the send dialog, the Outbox, the start-up offer to resume, or the
timer that sends scheduled distributions when they fall due) runs through
:class:`SendingManager`, on the one worker helper, with its own database session. The manager
knows which distributions are being sent by this window, so the Outbox can pause them and the
status bar can say what is going on.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from pressdesk.database import Database
from pressdesk.database.types import utcnow
from pressdesk.errors import PressDeskError
from pressdesk.jobs import Cancelled, Progress
from pressdesk.mail.lease import DistributionBusy
from pressdesk.mail.oauth_config import SignInRequired
from pressdesk.mail.outbox import (
    due_distributions,
    interrupted_distributions,
    list_distributions,
    next_scheduled,
)
from pressdesk.mail.sender import SendOptions, send_distribution
from pressdesk.mail.transport import LoginRefused, SmtpProblem
from pressdesk.secret_store import NoKeyring
from pressdesk.ui.i18n import translate
from pressdesk.ui.worker import JobThread, run_job

log = logging.getLogger(__name__)

DUE_CHECK_MS = 20_000  # how often the open app looks for scheduled distributions that fell due


def in_desktop_words(exc: BaseException) -> BaseException:
    """The same error with its advice pointing at the window rather than at the command line.

    Errors this module does not know (a sign-in that expired, say) keep their own words.
    """
    if not isinstance(exc, PressDeskError):
        return exc
    if isinstance(exc, SignInRequired):
        signed_out = copy.copy(exc)
        signed_out.hint = translate("Sending", "Sign in again in Preferences → Sending.")
        return signed_out
    hint = exc.hint
    if isinstance(exc, LoginRefused):
        hint = translate("Sending", "Check it in Preferences → Sending.")
    elif isinstance(exc, SmtpProblem | NoKeyring) or (hint and "pressdesk " in hint):
        hint = translate("Sending", "Check the mail server settings in Preferences → Sending.")
        if isinstance(exc, NoKeyring) and exc.hint:
            hint = exc.hint.replace("pressdesk smtp set", "Preferences → Sending")
    if hint == exc.hint:
        return exc
    replacement = copy.copy(exc)
    replacement.hint = hint
    return replacement


@dataclass(frozen=True)
class Interrupted:
    """A distribution whose sending stopped before the end, as the start-up question names it."""

    distribution: int
    headline: str
    waiting: int


def find_interrupted(database: Database) -> list[Interrupted]:
    with database.session() as session:
        ids = set(interrupted_distributions(session))
        rows = [row for row in list_distributions(session) if row.distribution in ids]
    return [
        Interrupted(
            row.distribution,
            row.headline,
            sum(row.counts.get(key, 0) for key in ("queued", "sending", "deferred")),
        )
        for row in rows
    ]


class SendingManager(QObject):
    """The sends this window runs, and the timer that starts scheduled ones when due."""

    changed = Signal()  # a send started or ended, or the next scheduled moment moved
    started = Signal(int, object)  # distribution id, its JobThread
    progressed = Signal(int, object)  # distribution id, SendProgress
    succeeded = Signal(int, object)  # distribution id, SendSummary
    failed = Signal(int, object)  # distribution id, the exception (Cancelled when paused)
    sign_in_requested = Signal(object)  # a profile name (None: the default) to sign in to again

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.running: dict[int, JobThread] = {}
        self.last_progress: dict[int, Progress] = {}
        self.next_due: datetime | None = None
        self._checking = False
        self.due_timer = QTimer(self)
        self.due_timer.setInterval(DUE_CHECK_MS)
        self.due_timer.timeout.connect(self.check_due)
        self._wake = QTimer(self)  # the exact moment the next scheduled one falls due
        self._wake.setSingleShot(True)
        self._wake.timeout.connect(self.check_due)

    # -- running sends --------------------------------------------------------------------------

    def run(
        self,
        distribution_id: int,
        factory: Callable[[], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        owner: QObject | None = None,
    ) -> JobThread:
        """Run a send job for ``distribution_id`` (the signature of ``run_job``, for the
        progress window), keeping track of it."""

        def progressed(step: Progress) -> None:
            self.last_progress[distribution_id] = step
            self.progressed.emit(distribution_id, step)
            if on_progress is not None:
                on_progress(step)

        def succeeded(result: Any) -> None:
            self._ended(distribution_id, thread)
            if on_success is not None:
                on_success(result)
            self.succeeded.emit(distribution_id, result)

        def failed(exc: BaseException) -> None:
            self._ended(distribution_id, thread)
            exc = in_desktop_words(exc)
            if on_failure is not None:
                on_failure(exc)
            self.failed.emit(distribution_id, exc)

        thread = run_job(
            factory,
            on_success=succeeded,
            on_failure=failed,
            on_progress=progressed,
            owner=self,
        )
        self.running[distribution_id] = thread
        self.started.emit(distribution_id, thread)
        self.changed.emit()
        return thread

    def start(self, distribution_id: int, options: SendOptions | None = None) -> JobThread:
        """Send (or go on sending) a distribution in the background."""
        database = self.database
        return self.run(
            distribution_id, lambda: send_distribution(database, distribution_id, options=options)
        )

    def _ended(self, distribution_id: int, thread: JobThread) -> None:
        if self.running.get(distribution_id) is thread:
            del self.running[distribution_id]
            self.last_progress.pop(distribution_id, None)
        self.changed.emit()

    def is_running(self, distribution_id: int) -> bool:
        return distribution_id in self.running

    def pause(self, distribution_id: int) -> bool:
        """Stop sending after the messages in flight; the distribution is left paused."""
        thread = self.running.get(distribution_id)
        if thread is None:
            return False
        thread.cancel()
        return True

    # -- scheduled sends ------------------------------------------------------------------------

    def start_timer(self) -> None:
        self.due_timer.start()
        self.check_due()

    def stop_timer(self) -> None:
        """No more looking for due distributions (the window is closing)."""
        self.due_timer.stop()
        self._wake.stop()

    def check_due(self) -> None:
        """Off the GUI thread: start every scheduled distribution whose moment has come."""
        if self._checking or not self.due_timer.isActive():
            return
        self._checking = True
        database = self.database

        def look() -> tuple[list[int], datetime | None]:
            with database.session() as session:
                due = due_distributions(session, utcnow(), scheduled_only=True)
                return due, next_scheduled(session)

        run_job(look, on_success=self._due_found, on_failure=self._check_failed, owner=self)

    def _due_found(self, found: tuple[list[int], datetime | None]) -> None:
        self._checking = False
        due, upcoming = found
        for distribution_id in due:
            if distribution_id not in self.running:
                log.info("Distribution %s is due; sending it", distribution_id)
                self.start(distribution_id)
        if upcoming != self.next_due or due:
            self.next_due = upcoming
            self.changed.emit()
        if upcoming is not None:  # wake up on time rather than up to a whole interval late
            wait_ms = int((upcoming - utcnow()).total_seconds() * 1000) + 200
            if 0 < wait_ms < self.due_timer.interval():
                self._wake.start(wait_ms)

    def _check_failed(self, exc: BaseException) -> None:
        self._checking = False
        log.warning("Could not look for scheduled distributions: %s", exc)


def quietly_failed(exc: BaseException) -> bool:
    """Ends of a send that need no message box: a pause, or another process sending it."""
    return isinstance(exc, Cancelled | DistributionBusy)


def offer_to_sign_in_again(
    parent: QWidget,
    exc: SignInRequired,
    sign_in_again: Callable[[str | None], None],
    *,
    detail: str | None = None,
) -> QMessageBox:
    """The error of a sign-in that expired or was revoked, with a button that leads to signing
    in again (Preferences → Sending, on that profile)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "PressDesk", exc.message, parent=parent)
    box.setObjectName("sign-in-again-offer")
    box.setInformativeText(
        detail
        or translate(
            "Sending",
            "Nothing more was sent and nothing is lost: once you have signed in again, resume "
            "the send from the Outbox.",
        )
    )
    button = box.addButton(
        translate("Sending", "Sign in again…"), QMessageBox.ButtonRole.AcceptRole
    )
    button.setAccessibleName(translate("Sending", "Sign in to the mail provider again"))
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(button)
    profile_name = exc.profile_name

    def clicked(chosen: object) -> None:
        if chosen is button:  # once the box has closed, so Preferences is not stacked under it
            QTimer.singleShot(0, lambda: sign_in_again(profile_name))

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
