"""A window for long work: a bar, counts, rate, time left, and Cancel (or Pause and Resume).

The job runs on a worker thread through :func:`pressdesk.ui.worker.run_job`; the window stays
responsive and always ends with the job's result or its error.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.jobs import Cancelled, Progress
from pressdesk.ui.table import format_value
from pressdesk.ui.worker import JobThread, run_job


def describe_time_left(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return QCoreApplication.translate(
            "Progress", "about %n second(s) left", "", max(1, seconds)
        )
    minutes = (seconds + 30) // 60
    return QCoreApplication.translate("Progress", "about %n minute(s) left", "", minutes)


class JobProgressDialog(QDialog):
    """Runs one job and shows how it goes. ``finished_with`` carries the result (or None)."""

    finished_with = Signal(object)
    failed_with = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        job: Callable[[], Any],
        *,
        pausable: bool = False,
        resume_job: Callable[[], Any] | None = None,
        runner: Callable[..., JobThread] = run_job,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._job_factory = job
        self._resume_factory = resume_job or job
        self._runner = runner  # run_job, or a wrapper with the same signature that keeps track
        self._thread: JobThread | None = None
        self._paused = False
        self._started = time.monotonic()
        self.result: Any = None
        self.error: BaseException | None = None

        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.counts = QLabel(self.tr("Starting…"))
        self.detail = QLabel()
        self.detail.setEnabled(False)
        self.detail.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setVisible(pausable)
        self.pause_button.clicked.connect(self._toggle_pause)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.pause_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.detail)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

    def start(self) -> None:
        self._run(self._job_factory)

    def _run(self, factory: Callable[[], Any]) -> None:
        self._started = time.monotonic()
        self._thread = self._runner(
            factory,
            on_success=self._succeeded,
            on_failure=self._failed,
            on_progress=self.show_progress,
        )

    def show_progress(self, step: Progress) -> None:
        if step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(step.done)
            text = self.tr("{done} of {total}").format(
                done=format_value(step.done), total=format_value(step.total)
            )
            elapsed = time.monotonic() - step.started
            if step.done and elapsed > 0.5:
                rate = step.done / elapsed
                text += " · " + self.tr("{rate} per minute").format(
                    rate=format_value(int(rate * 60))
                )
            left = describe_time_left(step.seconds_left())
            if left:
                text += " · " + left
            self.counts.setText(text)
        else:
            self.bar.setRange(0, 0)
            self.counts.setText(format_value(step.done) if step.done else self.tr("Working…"))
        if step.message:
            self.detail.setText(step.message)

    def cancel(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            self.cancel_button.setEnabled(False)
            self.counts.setText(self.tr("Stopping safely…"))
            self._thread.cancel()
        else:
            self.reject()

    def _toggle_pause(self) -> None:
        if self._paused:
            self._paused = False
            self.pause_button.setText(self.tr("Pause"))
            self.counts.setText(self.tr("Resuming…"))
            self._run(self._resume_factory)
        elif self._thread is not None and self._thread.isRunning():
            self._paused = True
            self.pause_button.setEnabled(False)
            self.counts.setText(self.tr("Pausing after the current message…"))
            self._thread.cancel()

    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._finish()
        self.finished_with.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled) and self._paused:
            self.pause_button.setEnabled(True)
            self.pause_button.setText(self.tr("Resume"))
            self.counts.setText(self.tr("Paused. Nothing is lost; resume when you are ready."))
            return
        self.error = exc
        self._finish()
        if isinstance(exc, Cancelled):
            self.counts.setText(self.tr("Stopped. What was done so far is kept."))
        self.failed_with.emit(exc)

    def _finish(self) -> None:
        self.cancel_button.hide()
        self.pause_button.hide()
        self.close_button.show()
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
            self.bar.setValue(1 if self.error is None else 0)

    def closeEvent(self, event: Any) -> None:
        if self._thread is not None and self._thread.isRunning():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
