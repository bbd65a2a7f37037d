"""Size of the PyInstaller bundle and how quickly its executable starts.

Measures an already built ``dist/pressdesk/`` (``packaging/build.sh`` makes it): the folder's
size and file count, then the wall time of fresh processes of the bundled ``pressdesk`` for
``--version``, for a command on a new database, and for opening and closing the real window
(``PRESSDESK_SMOKE_TEST=1``).

    python bench/bench_bundle.py [--runs 5] [--bundle dist/pressdesk]

Uses the X display in $DISPLAY if there is one (e.g. Xvfb), else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files, counting symbolic links as the links they are."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or path.is_file():
            total += path.lstat().st_size
            files += 1
    return total, files


def time_run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr.decode(errors='replace')}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "pressdesk")
    args = parser.parse_args()
    executable = args.bundle / "pressdesk"
    if not executable.is_file():
        raise SystemExit(f"No bundle at {args.bundle}: run packaging/build.sh first.")
    size, files = folder_size(args.bundle)
    print(f"bundle {args.bundle}: {size / 1_000_000:.0f} MB in {files} files")

    env = dict(os.environ)
    env.pop("PRESSDESK_DATABASE_URL", None)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as folder:
        env["PRESSDESK_DATA_DIR"] = folder
        window_env = {**env, "PRESSDESK_SMOKE_TEST": "1"}
        cases = {
            "--version": lambda run: time_run([str(executable), "--version"], env),
            "release list, new database": lambda run: time_run(
                [str(executable), "--db", f"sqlite:///{folder}/list-{run}.db", "release", "list"],
                env,
            ),
            "window open and close": lambda run: time_run(
                [str(executable), "--db", f"sqlite:///{folder}/window-{run}.db"], window_env
            ),
        }
        print(f"platform: {env.get('QT_QPA_PLATFORM') or 'X display ' + env['DISPLAY']}")
        for label, case in cases.items():
            times = [case(run) for run in range(args.runs)]
            print(
                f"{label:>28}: median {statistics.median(times) * 1000:.0f} ms, "
                f"worst {max(times) * 1000:.0f} ms ({args.runs} runs)"
            )


if __name__ == "__main__":
    main()
