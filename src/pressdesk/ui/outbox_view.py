"""The Outbox section: every distribution with its counts, and what can be done with each.

Beside the table, the selected distribution shows its counts and who sent it, a live countdown
when it is scheduled, the actions that make sense for its state (Resume, Pause, Retry deferred
now, Cancel), and its uncertain deliveries: messages the mail server may or may not have taken,
with the two ways to settle them (send them again, or mark them as received).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.database import Database
from pressdesk.database.models import DistributionStatus
from pressdesk.database.types import utcnow
from pressdesk.mail.outbox import (
    DistributionSummary,
    UncertainDelivery,
    cancel_distribution,
    mark_uncertain_received,
    uncertain_deliveries,
)
from pressdesk.mail.sender import SendOptions
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.messages import show_error
from pressdesk.ui.sections import SectionPage, SectionSpec, heading_font
from pressdesk.ui.sending import SendingManager
from pressdesk.ui.table import format_value
from pressdesk.ui.worker import run_job

LIVE_REFRESH_MS = 2000  # how often the table is reloaded while this window is sending


def describe_countdown(moment: datetime, now: datetime | None = None) -> str:
    """ "in 2 h 05 min", "in 45 s", or "due now"."""
    seconds = int((moment - (now or utcnow())).total_seconds())
    if seconds <= 0:
        return translate("Outbox", "due now")
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    if days:
        return translate("Outbox", "in {days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return translate("Outbox", "in {hours} h {minutes:02d} min").format(
            hours=hours, minutes=minutes
        )
    if minutes:
        return translate("Outbox", "in {minutes} min {seconds:02d} s").format(
            minutes=minutes, seconds=seconds
        )
    return translate("Outbox", "in {seconds} s").format(seconds=seconds)


def waiting(row: DistributionSummary) -> int:
    return sum(row.counts.get(key, 0) for key in ("queued", "sending", "deferred"))


class OutboxDetail(QFrame):
    """The selected distribution: facts, countdown, actions, uncertain deliveries."""

    resume = Signal(int, object)  # distribution id, SendOptions
    pause = Signal(int)
    cancel = Signal(int)
    resolve_received = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        self.row: DistributionSummary | None = None
        self.running = False
        self.uncertain: list[UncertainDelivery] = []

        self.title = QLabel()
        self.title.setFont(heading_font(2))
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("outbox-state")
        self.state.setWordWrap(True)
        self.placeholder = QLabel(
            translate("Outbox", "Select a distribution to see its details and actions.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)

        self.resume_button = QPushButton(icon("play"), translate("Outbox", "Resume"))
        self.pause_button = QPushButton(icon("pause"), translate("Outbox", "Pause"))
        self.retry_button = QPushButton(
            icon("refresh-cw"), translate("Outbox", "Retry deferred now")
        )
        self.retry_button.setToolTip(
            translate("Outbox", "Try the temporarily refused messages again now instead of waiting")
        )
        self.cancel_button = QPushButton(icon("x"), translate("Outbox", "Cancel…"))
        self.cancel_button.setToolTip(translate("Outbox", "Cancel every message not sent yet"))
        for button, name in (
            (self.resume_button, translate("Outbox", "Resume sending")),
            (self.pause_button, translate("Outbox", "Pause sending")),
            (self.retry_button, translate("Outbox", "Retry deferred messages now")),
            (self.cancel_button, translate("Outbox", "Cancel the distribution")),
        ):
            button.setAccessibleName(name)
        self.resume_button.clicked.connect(lambda: self._emit_resume(SendOptions()))
        self.retry_button.clicked.connect(
            lambda: self._emit_resume(SendOptions(retry_deferred_now=True))
        )
        self.pause_button.clicked.connect(
            lambda: self.row and self.pause.emit(self.row.distribution)
        )
        self.cancel_button.clicked.connect(
            lambda: self.row and self.cancel.emit(self.row.distribution)
        )
        actions = QHBoxLayout()
        for button in (
            self.resume_button,
            self.pause_button,
            self.retry_button,
            self.cancel_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.actions = QWidget()
        self.actions.setLayout(actions)
        actions.setContentsMargins(0, 0, 0, 0)

        self.uncertain_box = QFrame()
        self.uncertain_box.setObjectName("uncertain-box")
        self.uncertain_box.setStyleSheet(
            "QFrame#uncertain-box { border-left: 3px solid #b26a00; padding-left: 6px; }"
        )
        self.uncertain_title = QLabel()
        self.uncertain_title.setFont(heading_font(1))
        self.uncertain_title.setWordWrap(True)
        explanation = QLabel(
            translate(
                "Outbox",
                "PressDesk lost contact with the mail server while handing these messages over, "
                "so it cannot tell whether they went out. Check with the people if you can, then "
                "either send them again (some may get it twice) or mark them as received.",
            )
        )
        explanation.setWordWrap(True)
        self.uncertain_list = QListWidget()
        self.uncertain_list.setAccessibleName(translate("Outbox", "Uncertain deliveries"))
        self.uncertain_list.setMaximumHeight(150)
        self.resend_button = QPushButton(icon("send"), translate("Outbox", "Send them again"))
        self.resend_button.setAccessibleName(
            translate("Outbox", "Send the uncertain messages again")
        )
        self.resend_button.clicked.connect(
            lambda: self._emit_resume(SendOptions(include_uncertain=True))
        )
        self.received_button = QPushButton(
            icon("circle-check"), translate("Outbox", "Mark as received")
        )
        self.received_button.setAccessibleName(
            translate("Outbox", "Mark the uncertain messages as received")
        )
        self.received_button.clicked.connect(
            lambda: self.row and self.resolve_received.emit(self.row.distribution)
        )
        resolve = QHBoxLayout()
        resolve.addWidget(self.resend_button)
        resolve.addWidget(self.received_button)
        resolve.addStretch(1)
        uncertain_layout = QVBoxLayout(self.uncertain_box)
        uncertain_layout.setContentsMargins(6, 4, 0, 4)
        uncertain_layout.addWidget(self.uncertain_title)
        uncertain_layout.addWidget(explanation)
        uncertain_layout.addWidget(self.uncertain_list)
        uncertain_layout.addLayout(resolve)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.placeholder)
        layout.addLayout(self.facts)
        layout.addSpacing(6)
        layout.addWidget(self.actions)
        layout.addSpacing(6)
        layout.addWidget(self.uncertain_box)
        layout.addStretch(1)
        self.show_row(None, running=False)

    def _emit_resume(self, options: SendOptions) -> None:
        if self.row is not None:
            self.resume.emit(self.row.distribution, options)

    def show_row(self, row: DistributionSummary | None, *, running: bool) -> None:
        self.row, self.running = row, running
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self.title.setVisible(row is not None)
        self.state.setVisible(row is not None)
        self.actions.setVisible(row is not None)
        self.placeholder.setVisible(row is None)
        if row is None:
            self.uncertain_box.hide()
            return
        self.title.setText(row.headline)
        counts = row.counts
        for label, value in (
            (translate("Outbox", "Created"), row.created_at),
            (translate("Outbox", "By"), row.created_by),
            (translate("Outbox", "Recipients"), sum(counts.values())),
            (translate("Outbox", "Sent"), counts.get("sent", 0)),
            (translate("Outbox", "Failed"), counts.get("failed", 0)),
            (translate("Outbox", "Waiting"), waiting(row)),
            (translate("Outbox", "Uncertain"), counts.get("uncertain", 0)),
            (translate("Outbox", "Cancelled"), counts.get("cancelled", 0)),
        ):
            text = QLabel(format_value(value) or "—")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label + ":", text)
        status = row.status
        finished = status in (DistributionStatus.DONE, DistributionStatus.CANCELLED)
        resumable = not running and status in (
            DistributionStatus.PAUSED,
            DistributionStatus.INTERRUPTED,
            DistributionStatus.QUEUED,
        )
        self.resume_button.setVisible(resumable)
        self.pause_button.setVisible(running)
        self.retry_button.setVisible(not running and counts.get("deferred", 0) > 0)
        self.cancel_button.setVisible(not finished and not running)
        self.set_uncertain(self.uncertain if self.uncertain_for_row() else [])
        self.tick()

    def uncertain_for_row(self) -> bool:
        return bool(
            self.row and self.uncertain and self.uncertain[0].distribution == self.row.distribution
        )

    def set_uncertain(self, items: Sequence[UncertainDelivery]) -> None:
        self.uncertain = list(items)
        self.uncertain_list.clear()
        for item in self.uncertain:
            who = (
                f"{item.name} <{item.email}>"
                if item.name
                else (item.email or translate("Outbox", "(erased)"))
            )
            entry = QListWidgetItem(who)
            if item.since is not None:
                entry.setToolTip(
                    translate("Outbox", "Handed over at {moment}").format(
                        moment=format_value(item.since)
                    )
                )
            self.uncertain_list.addItem(entry)
        count = len(self.uncertain)
        self.uncertain_title.setText(
            translate("Outbox", "Uncertain: %Ln — these may or may not have arrived", "", count)
        )
        self.uncertain_box.setVisible(count > 0 and self.row is not None)
        can_resolve = count > 0 and not self.running
        self.resend_button.setEnabled(can_resolve)
        self.received_button.setEnabled(can_resolve)

    def tick(self) -> None:
        """Refresh the state line (the countdown of a scheduled distribution)."""
        row = self.row
        if row is None:
            return
        from pressdesk.ui.section_specs import status_label  # the section list imports this page

        text = status_label(row.status)
        if self.running:
            text = translate("Outbox", "Sending now from this window")
        elif row.status is DistributionStatus.SCHEDULED and row.scheduled_at is not None:
            text = translate("Outbox", "Scheduled for {moment} — {countdown}").format(
                moment=format_value(row.scheduled_at),
                countdown=describe_countdown(row.scheduled_at),
            )
        elif row.status is DistributionStatus.INTERRUPTED:
            text = translate(
                "Outbox", "Interrupted before the end. Resume sends only what has not gone out."
            )
        elif row.status is DistributionStatus.PAUSED:
            text = translate("Outbox", "Paused. Resume sends only what has not gone out.")
        self.state.setText(text)


class OutboxPage(SectionPage):
    """The generic section table with a richer detail and the sending actions."""

    def __init__(self, spec: SectionSpec, database: Database, actions: Sequence[QAction] = ()):
        super().__init__(spec, database, actions)
        self.database = database
        self.manager: SendingManager | None = None
        self.rows: list[DistributionSummary] = []
        self.outbox_detail = OutboxDetail()
        self.splitter.replaceWidget(1, self.outbox_detail)
        self.outbox_detail.setMaximumWidth(520)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 400])
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 0, 110, 64, 64, 70, 84, 110)):
            if width:  # the release's headline takes the rest
                header.resizeSection(column, width)
        self.detail.hide()
        self.detail = self.outbox_detail  # type: ignore[assignment]
        self.outbox_detail.resume.connect(self.resume)
        self.outbox_detail.pause.connect(self.pause)
        self.outbox_detail.cancel.connect(self.ask_to_cancel)
        self.outbox_detail.resolve_received.connect(self.ask_to_mark_received)
        self.confirmation: QMessageBox | None = None
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self._last_live_refresh = 0.0

    def attach_sending(self, manager: SendingManager) -> None:
        """Use the window's sending manager to run, pause and resume distributions."""
        self.manager = manager
        manager.changed.connect(self.refresh)
        manager.failed.connect(self._send_failed)

    # -- rows and selection ---------------------------------------------------------------------

    def selected(self) -> DistributionSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: DistributionSummary = self.proxy.data(index, self.model.ROW_ROLE)
        return row

    def select_distribution(self, distribution_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, self.model.ROW_ROLE).distribution == distribution_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _on_loaded(self, rows: list[Any]) -> None:
        """Keep the same distribution selected across the reloads made while sending."""
        chosen = self.outbox_detail.row.distribution if self.outbox_detail.row else None
        self.rows = rows
        super()._on_loaded(rows)
        if chosen is None or not self.select_distribution(chosen):
            self._show_current(self.table.currentIndex(), None)

    def _running(self, distribution_id: int) -> bool:
        return self.manager is not None and self.manager.is_running(distribution_id)

    def _show_current(self, current: Any, _previous: Any) -> None:
        row = self.proxy.data(current, self.model.ROW_ROLE) if current.isValid() else None
        self.outbox_detail.show_row(
            row, running=row is not None and self._running(row.distribution)
        )
        if row is not None:
            self._load_uncertain(row.distribution)

    def _load_uncertain(self, distribution_id: int) -> None:
        database = self.database

        def work() -> list[UncertainDelivery]:
            with database.session() as session:
                return uncertain_deliveries(session, distribution_id)

        run_job_for(self, work, lambda items: self._uncertain_loaded(distribution_id, items))

    def _uncertain_loaded(self, distribution_id: int, items: list[UncertainDelivery]) -> None:
        current = self.outbox_detail.row
        if current is not None and current.distribution == distribution_id:
            self.outbox_detail.set_uncertain(items)

    def _tick(self) -> None:
        self.outbox_detail.tick()
        if self.manager is not None and self.manager.running and self.isVisible():
            self._last_live_refresh += self.clock.interval()
            if self._last_live_refresh >= LIVE_REFRESH_MS:
                self._last_live_refresh = 0
                self.refresh()

    # -- actions --------------------------------------------------------------------------------

    def resume(self, distribution_id: int, options: SendOptions) -> None:
        if self.manager is None or self.manager.is_running(distribution_id):
            return
        self.manager.start(distribution_id, options)
        self.refresh()

    def pause(self, distribution_id: int) -> None:
        if self.manager is not None:
            self.manager.pause(distribution_id)

    def _send_failed(self, _distribution_id: int, _exc: BaseException) -> None:
        self.refresh()  # the window says what went wrong

    def ask_to_cancel(self, distribution_id: int) -> None:
        row = next((r for r in self.rows if r.distribution == distribution_id), None)
        count = waiting(row) if row is not None else 0
        self._ask(
            translate(
                "Outbox",
                "Cancel this distribution? The messages not sent yet (%Ln) will never be sent. "
                "The ones already sent stay sent.",
                "",
                count,
            ),
            translate("Outbox", "Cancel distribution"),
            lambda: self._cancel(distribution_id),
        )

    def _cancel(self, distribution_id: int) -> None:
        database = self.database

        def work() -> int:
            with database.session() as session:
                return cancel_distribution(session, distribution_id)

        run_job_for(self, work, lambda _count: self.refresh())

    def ask_to_mark_received(self, distribution_id: int) -> None:
        count = len(self.outbox_detail.uncertain)
        self._ask(
            translate(
                "Outbox",
                "Mark the uncertain messages (%Ln) as received? Do this once you know they "
                "arrived: they will count as sent and will not be sent again.",
                "",
                count,
            ),
            translate("Outbox", "Mark as received"),
            lambda: self._mark_received(distribution_id),
        )

    def _mark_received(self, distribution_id: int) -> None:
        database = self.database
        ids = [item.delivery for item in self.outbox_detail.uncertain]

        def work() -> int:
            with database.session() as session:
                return mark_uncertain_received(session, distribution_id, ids)

        run_job_for(self, work, lambda _count: self.refresh())

    def _ask(self, question: str, yes_text: str, then: Any) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Outbox", "Outbox"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("outbox-confirmation")
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
        box.button(QMessageBox.StandardButton.No).setText(translate("Outbox", "Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: (
                then() if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole else None
            )
        )
        self.confirmation = box
        box.open()


def run_job_for(page: OutboxPage, work: Any, then: Any) -> None:
    """A short database job for the page; its errors are shown in words."""
    run_job(work, on_success=then, on_failure=lambda exc: show_error(page, exc), owner=page)
