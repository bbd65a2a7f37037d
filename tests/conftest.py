"""Shared fixtures: a private data folder per test, a migrated SQLite file, the command line."""

from __future__ import annotations

import os

# Qt aborts without a display; tests draw offscreen. Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pressdesk.database import Database, open_database


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test's data, config and logs out of the real user folders."""
    data_dir = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("PRESSDESK_DATA_DIR", str(data_dir))
    monkeypatch.delenv("PRESSDESK_DATABASE_URL", raising=False)
    return data_dir


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'pressdesk.sqlite3'}"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_database(database_url)
    yield db
    db.dispose()


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def pressdesk(capsys: pytest.CaptureFixture[str]):
    """Run the ``pressdesk`` command in-process: ``pressdesk("contacts", "list", "--json")``."""
    from pressdesk.cli.main import run

    def invoke(*args: str) -> CliResult:
        capsys.readouterr()
        try:
            run(list(args))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        else:  # pragma: no cover - run() always exits
            code = 0
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke
