"""The switch that lets a bundle prove, unattended, that its window opens and closes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk.ui.app import SMOKE_TEST_VARIABLE


@pytest.mark.slow
def test_smoke_test_switch_opens_the_real_window_then_exits_cleanly(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    database = tmp_path / "smoke.db"
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        SMOKE_TEST_VARIABLE: "1",
        "PRESSDESK_DATA_DIR": str(data_dir),
    }
    environment.pop("PRESSDESK_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "pressdesk", "--db", f"sqlite:///{database}"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    log = (data_dir / "logs" / "pressdesk.log").read_text(encoding="utf-8")
    assert "Window shown" in log
    assert "Smoke test: closing the window" in log
    with sqlite3.connect(database) as raw:  # the window really opened the database
        assert raw.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
