"""The switch that lets a bundle prove, unattended, that its window opens and closes, and what
such a run leaves in the log file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk.logs import LOG_FILE_NAME
from pressdesk.ui.app import SMOKE_TEST_VARIABLE

pytestmark = pytest.mark.slow

PLUGIN_LOADED = 'Successfully loaded Qt platform plugin "offscreen"'


def open_and_close_window(data_dir: Path, database: Path, *options: str) -> str:
    """Run ``python -m pressdesk`` with the switch; return the log file it wrote."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        SMOKE_TEST_VARIABLE: "1",
        "PRESSDESK_DATA_DIR": str(data_dir),
        "QT_LOGGING_RULES": "qt.qpa.plugin=true",  # Qt's plugin loading, as debug messages
    }
    environment.pop("PRESSDESK_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "pressdesk", *options, "--db", f"sqlite:///{database}"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert PLUGIN_LOADED in result.stderr  # Qt's messages still reach a terminal
    return (data_dir / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")


def test_smoke_test_switch_opens_the_real_window_then_exits_cleanly(tmp_path: Path) -> None:
    database = tmp_path / "smoke.db"
    log = open_and_close_window(tmp_path / "data", database)
    assert "Window shown" in log
    assert "Smoke test: closing the window" in log
    with sqlite3.connect(database) as raw:  # the window really opened the database
        assert raw.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    assert PLUGIN_LOADED not in log  # Qt's debug chatter stays out at the default level


def test_verbose_window_logs_what_qt_says_for_troubleshooting(tmp_path: Path) -> None:
    log = open_and_close_window(tmp_path / "data", tmp_path / "verbose.db", "--verbose")
    assert f"qt.qpa.plugin: {PLUGIN_LOADED}" in log
    assert "Window shown" in log
