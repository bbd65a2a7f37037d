"""Time from launching PressDesk to its main window being shown and responsive.

Each run is a fresh Python process, so interpreter start, imports, opening (and for a new file,
creating and migrating) the database and building the window are all counted. The child starts
the real desktop entry point and reports once the event loop is running with the window shown.

    python bench/bench_startup.py [--runs 7]

Uses the X display in $DISPLAY if there is one (e.g. Xvfb), else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pressdesk.ui.app import make_application, run_desktop

app = make_application()
def shown():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert any("PressDesk" in w.windowTitle() for w in windows), windows
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
sys.exit(run_desktop(sys.argv[1]))
"""


def launch_once(database_url: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, database_url],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait(timeout=30)
    if line.strip() != "shown":
        raise SystemExit(f"the window did not come up (exit {child.returncode})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    platform = env.get("QT_QPA_PLATFORM") or f"X display {env['DISPLAY']}"
    with tempfile.TemporaryDirectory() as folder:
        env["PRESSDESK_DATA_DIR"] = folder
        new_times = []
        for run in range(args.runs):
            url = f"sqlite:///{Path(folder) / f'new-{run}.db'}"
            new_times.append(launch_once(url, env))
        existing = f"sqlite:///{Path(folder) / 'new-0.db'}"
        existing_times = [launch_once(existing, env) for _ in range(args.runs)]
    print(f"platform: {platform}; {args.runs} launches each")
    for label, times in (("new empty database", new_times), ("existing database", existing_times)):
        print(
            f"{label:>20}: median {statistics.median(times) * 1000:.0f} ms, "
            f"worst {max(times) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
