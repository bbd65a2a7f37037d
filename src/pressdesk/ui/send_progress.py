"""The progress window of a send: counts, rate, time left, Pause/Resume, and Cancel that asks.

It is the general progress window with a send's own wording. Closing it does not stop the
send: the status bar and the Outbox keep showing it. Cancel asks first, then cancels whatever
has not gone out yet; what was sent stays sent.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from pressdesk.database import Database
from pressdesk.jobs import Cancelled, Progress
from pressdesk.mail.oauth_config import SignInRequired
from pressdesk.mail.outbox import cancel_distribution
from pressdesk.mail.sender import SendProgress, send_distribution
from pressdesk.ui.i18n import translate
from pressdesk.ui.messages import show_error
from pressdesk.ui.progress import JobProgressDialog, describe_time_left
from pressdesk.ui.sending import SendingManager, offer_to_sign_in_again
from pressdesk.ui.table import format_value
from pressdesk.ui.worker import run_job


def describe_send_progress(step: SendProgress) -> str:
    """ "120 of 1,240 sent · 2 failed · 85 per minute · about 3 minutes left"."""
    total = step.total or 0
    parts = [
        translate("SendProgress", "{sent} of {total} sent").format(
            sent=format_value(step.sent), total=format_value(total)
        )
    ]
    if step.failed:
        parts.append(translate("SendProgress", "%Ln failed", "", step.failed))
    if step.deferred:
        parts.append(translate("SendProgress", "%Ln to retry", "", step.deferred))
    if step.uncertain:
        parts.append(translate("SendProgress", "%Ln uncertain", "", step.uncertain))
    if step.waiting_until is not None:
        parts.append(
            translate("SendProgress", "next retry at {time}").format(
                time=step.waiting_until.astimezone().strftime("%H:%M:%S")
            )
        )
    elif step.rate > 0:
        parts.append(
            translate("SendProgress", "{rate} per minute").format(
                rate=format_value(int(step.rate * 60))
            )
        )
        left = max(0, total - step.sent - step.failed)
        if left:
            parts.append(describe_time_left(left / step.rate))
    return " · ".join(parts)


class SendProgressDialog(JobProgressDialog):
    """Sends one distribution through the window's :class:`SendingManager`."""

    def __init__(
        self,
        parent: QWidget | None,
        database: Database,
        manager: SendingManager,
        distribution_id: int,
        headline: str,
    ) -> None:
        def job() -> Any:
            return send_distribution(database, distribution_id)

        super().__init__(
            parent,
            translate("SendProgress", "Sending “{headline}”").format(headline=headline),
            job,
            pausable=True,
            resume_job=job,
            runner=partial(manager.run, distribution_id),
        )
        self.setObjectName("send-progress")
        self.database = database
        self.manager = manager
        self.distribution_id = distribution_id
        self._cancel_for_good = False
        self.confirmation: QMessageBox | None = None
        self.pause_button.setAccessibleName(translate("SendProgress", "Pause or resume sending"))
        self.cancel_button.setAccessibleName(
            translate("SendProgress", "Cancel the rest of this send")
        )
        self.close_button.setAccessibleName(translate("SendProgress", "Close"))
        self.hint = translate(
            "SendProgress",
            "You can close this window: sending goes on, and the Outbox shows how it goes.",
        )
        self.detail.setText(self.hint)

    def show_progress(self, step: Progress) -> None:
        super().show_progress(step)
        if isinstance(step, SendProgress):
            self.counts.setText(describe_send_progress(step))
            self.detail.setText(self.hint)

    def cancel(self) -> None:
        """Ask once, then stop and cancel every message not sent yet."""
        if self._thread is None or not self._thread.isRunning():
            if self._paused:
                self._ask_to_cancel()
            else:
                self.reject()
            return
        self._ask_to_cancel()

    def _ask_to_cancel(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("SendProgress", "Cancel sending"),
            translate(
                "SendProgress",
                "Stop sending and cancel the messages that have not gone out yet? "
                "The ones already sent stay sent.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("SendProgress", "Cancel the rest")
        )
        box.button(QMessageBox.StandardButton.No).setText(translate("SendProgress", "Keep sending"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self._cancel_confirmed)
        box.buttonClicked.connect(
            lambda button: (
                self._cancel_confirmed()
                if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole
                else None
            )
        )
        self.confirmation = box
        box.open()

    def _cancel_confirmed(self) -> None:
        if self._cancel_for_good:
            return
        self._cancel_for_good = True
        if self._thread is not None and self._thread.isRunning():
            self.cancel_button.setEnabled(False)
            self.pause_button.setEnabled(False)
            self.counts.setText(translate("SendProgress", "Stopping after the messages in flight…"))
            self._thread.cancel()
        else:
            self._cancel_distribution()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled) and self._cancel_for_good:
            self._cancel_distribution()
            return
        if isinstance(exc, Cancelled):  # paused, here or from the Outbox
            self._paused = True
        super()._failed(exc)
        if not isinstance(exc, Cancelled):
            self.counts.setText(
                translate("SendProgress", "Sending stopped. Nothing sent was lost.")
            )
            self.detail.setText(str(exc))
            if isinstance(exc, SignInRequired):
                offer_to_sign_in_again(self, exc, self.manager.sign_in_requested.emit)
            else:
                show_error(self, exc)

    def _cancel_distribution(self) -> None:
        database, distribution_id = self.database, self.distribution_id

        def work() -> int:
            with database.session() as session:
                return cancel_distribution(session, distribution_id)

        run_job(work, on_success=self._cancelled, on_failure=self._cancel_failed, owner=self)

    def _cancelled(self, count: int) -> None:
        self.error = Cancelled()
        self._finish()
        self.counts.setText(
            translate(
                "SendProgress",
                "Cancelled. Messages that will not be sent: %Ln. Those already sent stay sent.",
                "",
                count,
            )
        )
        self.failed_with.emit(self.error)

    def _cancel_failed(self, exc: BaseException) -> None:
        self._cancel_for_good = False
        show_error(self, exc)

    def closeEvent(self, event: Any) -> None:
        """Closing hides the window; the send goes on in the background."""
        event.accept()
        self.hide()
