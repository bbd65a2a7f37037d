"""The Reports section on a large send history: load times, export time, and whether the window
stays responsive meanwhile.

    python bench/bench_reports_window.py [--contacts 20000] [--releases 24] [--per-release 10000]

Fills a temporary database as ``bench_tracking.py`` does, opens the real main window (offscreen
unless $DISPLAY is set) on the Reports section, then times choosing a release (its four reports,
coverage and charts), the outlets × releases matrix, and an XLSX export of the delivery log. A
10 ms timer on the GUI thread records the longest gap between its ticks: the longest the window
was unable to repaint or react.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from bench_tracking import fill


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--releases", type=int, default=24)
    parser.add_argument("--per-release", type=int, default=10_000)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="pressdesk-bench-"))
    os.environ["PRESSDESK_DATA_DIR"] = str(folder)

    from PySide6.QtCore import QEventLoop, QTimer

    from pressdesk.database import open_database
    from pressdesk.ui.app import make_application
    from pressdesk.ui.mainwindow import MainWindow

    database = open_database(f"sqlite:///{folder / 'bench.db'}")
    started = time.perf_counter()
    fill(database, args.contacts, args.releases, args.per_release, random.Random(7))
    print(
        f"filled {args.releases} releases × {args.per_release:,} deliveries "
        f"in {time.perf_counter() - started:.1f} s"
    )
    make_application()

    longest_gap = 0.0
    last_tick = time.perf_counter()

    def tick() -> None:
        nonlocal longest_gap, last_tick
        now = time.perf_counter()
        longest_gap = max(longest_gap, now - last_tick)
        last_tick = now

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(tick)

    def measure(label: str, start: Callable[[], Any], done: Callable[[], bool]) -> None:
        nonlocal longest_gap, last_tick
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(lambda: loop.quit() if done() else None)
        longest_gap, last_tick = 0.0, time.perf_counter()
        began = time.perf_counter()
        heartbeat.start()
        start()
        poll.start()
        loop.exec()
        elapsed = time.perf_counter() - began
        heartbeat.stop()
        poll.stop()
        print(f"{label}: {elapsed:.2f} s, GUI thread blocked at most {longest_gap * 1000:.0f} ms")

    window = MainWindow(database)
    window.resize(1366, 768)
    window.show()
    page = window.show_section("reports")
    measure("window open, every section loaded", lambda: None, lambda: not page.is_loading)
    oldest = page.releases[-1].release
    measure(
        f"choose a release ({args.per_release:,} deliveries)",
        lambda: page.select_release(oldest),
        lambda: (
            page.report is not None and page.report.release_id == oldest and not page.is_loading
        ),
    )
    page.tabs.setCurrentIndex(1)
    measure(
        f"outlets × releases matrix, all time ({args.releases} releases)",
        lambda: page.since_check.setChecked(False),
        lambda: not page.is_loading and page.period_filter().since is None,
    )
    page.tabs.setCurrentIndex(0)
    page.release_tabs.setCurrentIndex(1)
    table = page.current_report_table()
    assert table is not None
    written: list[Path] = []
    page.exported.connect(written.append)
    measure(
        f"export the delivery log as XLSX ({len(table.rows):,} rows)",
        lambda: page.export_to(table, folder / "log.xlsx"),
        lambda: bool(written),
    )
    window.close()


if __name__ == "__main__":
    main()
