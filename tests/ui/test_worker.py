"""The worker helper: jobs run off the GUI thread and always report back on it."""

from __future__ import annotations

import threading
import time

import pytest

from pressdesk.jobs import Cancelled, Progress
from pressdesk.ui.worker import run_job


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def _collect():
    events: list[tuple[str, object, int]] = []

    def record(kind):
        return lambda value: events.append((kind, value, threading.get_ident()))

    return events, record


def test_generator_job_reports_progress_then_result_on_the_gui_thread(qtbot) -> None:
    events, record = _collect()
    worker_threads: list[int] = []

    def job():
        worker_threads.append(threading.get_ident())
        for done in range(3):
            yield Progress(done=done, total=3)
        return "finished"

    # Waiting for the thread's own finished signal would race with a job this short: it can
    # end before the wait starts listening. The delivered result is what matters.
    run_job(job, on_success=record("ok"), on_failure=record("err"), on_progress=record("progress"))
    qtbot.waitUntil(lambda: any(kind == "ok" for kind, *_ in events), timeout=10000)
    gui_thread = threading.get_ident()
    assert worker_threads
    assert worker_threads[0] != gui_thread
    assert [value.done for kind, value, _ in events if kind == "progress"] == [0, 1, 2]
    assert events[-1][:2] == ("ok", "finished")
    assert all(thread == gui_thread for *_, thread in events)


def test_plain_function_result_and_exceptions_are_delivered(qtbot) -> None:
    events, record = _collect()
    run_job(lambda: 41 + 1, on_success=record("ok"), on_failure=record("err"))
    run_job(lambda: 1 / 0, on_success=record("ok"), on_failure=record("err"))
    qtbot.waitUntil(lambda: len(events) == 2, timeout=5000)
    kinds = {kind: value for kind, value, _ in events}
    assert kinds["ok"] == 42
    assert isinstance(kinds["err"], ZeroDivisionError)


def test_a_job_that_raises_midway_still_reports_failure(qtbot) -> None:
    events, record = _collect()

    def job():
        yield Progress(done=1, total=2)
        raise RuntimeError("server went away")

    run_job(job, on_success=record("ok"), on_failure=record("err"))
    qtbot.waitUntil(lambda: len(events) == 1, timeout=5000)
    assert events[0][0] == "err"
    assert str(events[0][1]) == "server went away"


def test_cancel_stops_the_job_and_lets_it_clean_up(qtbot) -> None:
    events, record = _collect()
    cleaned = threading.Event()

    def job():
        try:
            for done in range(10_000):
                time.sleep(0.005)
                yield Progress(done=done, total=10_000)
        finally:
            cleaned.set()
        return "never"

    handle = run_job(
        job, on_success=record("ok"), on_failure=record("err"), on_progress=record("progress")
    )
    qtbot.waitUntil(lambda: any(kind == "progress" for kind, *_ in events), timeout=2000)
    handle.cancel()
    qtbot.waitUntil(lambda: events[-1][0] == "err", timeout=5000)
    assert isinstance(events[-1][1], Cancelled)
    assert not any(kind == "ok" for kind, *_ in events)
    assert cleaned.is_set()


def test_seconds_left_is_a_linear_estimate() -> None:
    step = Progress(done=25, total=100, started=100.0)
    assert step.seconds_left(now=110.0) == pytest.approx(30.0)
    assert Progress(done=0, total=100).seconds_left() is None
    assert Progress(done=5).fraction is None


def test_garbage_is_collected_on_the_gui_thread_only(app, qtbot) -> None:
    """A worker thread must never free Qt objects: the collector runs from the GUI's timer."""
    import gc
    import threading
    import weakref

    from pressdesk.ui.app import DESKTOP_GC_THRESHOLDS, make_application

    make_application()
    assert not gc.isenabled()
    collected_in: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    probe = Cycle()
    alive = weakref.ref(probe)
    del probe

    def allocate() -> None:  # far past the threshold that would start a collection here
        kept = [[] for _ in range(DESKTOP_GC_THRESHOLDS[0] * 3)]
        assert len(kept) > DESKTOP_GC_THRESHOLDS[0]

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert alive() is not None  # nothing collected in the worker
    kept = [[] for _ in range(DESKTOP_GC_THRESHOLDS[0] + 1)]  # a collection is due now
    qtbot.waitUntil(lambda: alive() is None, timeout=5000)  # at the GUI thread's timer
    assert collected_in == [threading.main_thread().name]
    assert kept
