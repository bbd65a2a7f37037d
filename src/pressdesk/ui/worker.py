"""Running core jobs off the GUI thread.

A job is a zero-argument callable, run on a worker thread, that returns either a plain result or
a generator yielding :class:`~pressdesk.jobs.Progress` (whose return value is the result). The
callable opens its own database session, on the worker thread. Exactly one of ``succeeded`` or
``failed`` is delivered, on the GUI thread, whatever the job does.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from pressdesk.jobs import Cancelled, Progress

log = logging.getLogger(__name__)


class JobThread(QThread):
    """One job on its own thread. Use :func:`run_job` rather than creating it directly."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # the job's result
    failed = Signal(object)  # the exception it raised (Cancelled when cancelled)

    def __init__(self, job: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next progress step; it then fails with ``Cancelled``."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # runs on the worker thread
        try:
            outcome = self._job()
            if inspect.isgenerator(outcome):
                outcome = self._drive(outcome)
        except BaseException as exc:
            if not isinstance(exc, Cancelled | Exception):
                log.error("Job ended by %r", exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(outcome)

    def _drive(self, generator: Any) -> Any:
        while True:
            if self._cancel.is_set():
                with contextlib.suppress(StopIteration):
                    generator.throw(Cancelled())
                raise Cancelled()
            try:
                step = next(generator)
            except StopIteration as stop:
                return stop.value
            if isinstance(step, Progress):
                self.progressed.emit(step)


_running: set[JobThread] = set()


def run_job(
    job: Callable[[], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    owner: QObject | None = None,
) -> JobThread:
    """Start ``job`` on a worker thread and call back on the GUI thread; return its handle.

    The thread has no parent widget on purpose: a window closed mid-job must not destroy a
    running thread (Qt aborts the process when that happens); it is kept here until it ends.
    """
    thread = JobThread(job)
    for signal, callback in (
        (thread.progressed, on_progress),
        (thread.succeeded, on_success),
        (thread.failed, on_failure),
    ):
        if callback is not None:
            signal.connect(_unless_gone(callback, owner))
    _running.add(thread)
    thread.finished.connect(lambda: _running.discard(thread))
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread


def _unless_gone(callback: Callable[[Any], None], owner: QObject | None) -> Callable[[Any], None]:
    """Skip the callback when its window was closed and deleted while the job ran."""
    target = owner if owner is not None else getattr(callback, "__self__", None)

    def deliver(value: Any) -> None:
        if isinstance(target, QObject) and not shiboken6.isValid(target):
            return
        callback(value)

    return deliver


def wait_for_all_jobs(timeout_ms: int = 10_000) -> None:
    """Let running jobs finish (used when the window closes)."""
    for thread in list(_running):
        if not shiboken6.isValid(thread):  # deleted with its parent window
            _running.discard(thread)
            continue
        thread.cancel()
        thread.wait(timeout_ms)
