"""The progress window: counts and time left, cancel, pause and resume, always an outcome."""

from __future__ import annotations

import time

from pressdesk.jobs import Cancelled, Progress
from pressdesk.ui.progress import JobProgressDialog


def _counting_job(total: int, delay: float = 0.0, start: int = 0):
    def job():
        for done in range(start, total + 1):
            if delay:
                time.sleep(delay)
            yield Progress(done=done, total=total, message=f"item {done}")
        return f"counted to {total}"

    return job


def test_shows_counts_and_delivers_the_result(qtbot) -> None:
    dialog = JobProgressDialog(None, "Importing contacts", _counting_job(20))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_with, timeout=5000) as signal:
        dialog.start()
    assert signal.args == ["counted to 20"]
    assert dialog.bar.value() == 20
    assert "20 of 20" in dialog.counts.text()
    assert dialog.close_button.isVisibleTo(dialog)
    assert not dialog.cancel_button.isVisibleTo(dialog)


def test_cancel_stops_the_job_and_says_so(qtbot) -> None:
    dialog = JobProgressDialog(None, "Sending", _counting_job(10_000, delay=0.002))
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.bar.value() > 3, timeout=5000)
    with qtbot.waitSignal(dialog.failed_with, timeout=5000) as signal:
        dialog.cancel_button.click()
    assert isinstance(signal.args[0], Cancelled)
    assert "Stopped" in dialog.counts.text()
    assert dialog.bar.value() < 10_000


def test_pause_then_resume_continues_with_the_resume_job(qtbot) -> None:
    resumed: list[bool] = []

    def resume():
        resumed.append(True)
        yield from _counting_job(50, start=40)()
        return "resumed and done"

    dialog = JobProgressDialog(
        None, "Sending", _counting_job(10_000, delay=0.002), pausable=True, resume_job=resume
    )
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.bar.value() > 2, timeout=5000)
    dialog.pause_button.click()
    qtbot.waitUntil(lambda: dialog.pause_button.text() == "Resume", timeout=5000)
    assert "Paused" in dialog.counts.text()
    with qtbot.waitSignal(dialog.finished_with, timeout=5000) as signal:
        dialog.pause_button.click()
    assert resumed == [True]
    assert signal.args == ["resumed and done"]


def test_a_failing_job_reports_its_error(qtbot) -> None:
    def job():
        yield Progress(done=1, total=3)
        raise OSError("disk full")

    dialog = JobProgressDialog(None, "Exporting", job)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed_with, timeout=5000) as signal:
        dialog.start()
    assert str(signal.args[0]) == "disk full"
    assert dialog.close_button.isVisibleTo(dialog)
