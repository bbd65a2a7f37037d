"""The Contacts section with 100,000 contacts: memory held and search-as-you-type latency.

    python bench/bench_contacts_window.py [--contacts 100000]

Fills a temporary database with invented contacts, opens the real main window (offscreen unless
$DISPLAY is set), shows the Contacts section, scrolls through it, then types searches and
measures the time from the keystroke's text change to the table showing the new rows (and,
separately, to every match being counted, which sets the scroll range and the count label).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from sample_data import fill


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp(prefix="pressdesk-bench-"))
    os.environ["PRESSDESK_DATA_DIR"] = str(folder)
    url = f"sqlite:///{folder / 'bench.db'}"
    started = time.perf_counter()
    fill(url, args.contacts)
    print(f"filled {args.contacts:,} contacts in {time.perf_counter() - started:.1f} s")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from pressdesk.database import open_database
    from pressdesk.ui.app import make_application
    from pressdesk.ui.mainwindow import MainWindow

    make_application()
    before = rss_mb()
    window = MainWindow(open_database(url))
    window.show()
    page = window.show_section("contacts")

    def wait_until(done) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if done() else None)
        timer.start(1)
        loop.exec()
        timer.stop()

    def wait_loaded() -> None:
        wait_until(lambda: not page.model.loading)

    wait_loaded()
    wait_until(lambda: page.filters["region"].count() > 1)  # the filter menus are filled too
    wait_until(lambda: not page.model.counting)
    print(f"table rows: {page.model.rowCount():,}")
    bar = page.table.verticalScrollBar()
    for position in range(0, bar.maximum(), max(1, bar.maximum() // 40)):
        bar.setValue(position)
        QApplication.processEvents()
    latencies = []
    counted = []
    for word in ("mar", "garc", "prensa", "dubois", "zz-nobody", "lé", "e"):
        page.search.clear()
        wait_loaded()
        typed = time.perf_counter()
        page.search.setText(word)
        QApplication.processEvents()
        page._search_timer.stop()  # measure the query itself, not the typing pause
        page._apply_query()
        wait_loaded()
        QApplication.processEvents()
        latencies.append((time.perf_counter() - typed) * 1000)
        wait_until(lambda: not page.model.counting)
        counted.append((time.perf_counter() - typed) * 1000)
        print(
            f"  '{word}': first rows {latencies[-1]:.0f} ms, all {page.model.rowCount():,} "
            f"counted {counted[-1]:.0f} ms"
        )
    after = rss_mb()
    print(
        f"search to table updated: median {statistics.median(latencies):.0f} ms, "
        f"worst {max(latencies):.0f} ms over {len(latencies)} searches"
    )
    print(
        f"search to every match counted: median {statistics.median(counted):.0f} ms, "
        f"worst {max(counted):.0f} ms"
    )
    print(
        f"process memory: {after:.0f} MB in all ({after - before:.0f} MB for the window "
        f"and its data)"
    )
    window.close()


if __name__ == "__main__":
    main()
