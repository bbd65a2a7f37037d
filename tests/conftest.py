"""Shared fixtures: a private data folder per test, a migrated SQLite file, the command line."""

from __future__ import annotations

import gc
import os

# Qt aborts without a display; tests draw offscreen. Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from pressdesk.database import Database, open_database


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--database",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="run the suite on SQLite files (default) or on a throwaway PostgreSQL server",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgresql_only: needs the PostgreSQL run's server; skipped on SQLite"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--database") != "postgresql":
        skip_server = pytest.mark.skip(reason="needs the PostgreSQL run (--database=postgresql)")
        for item in items:
            if "postgresql_only" in item.keywords:
                item.add_marker(skip_server)
        return
    skip = pytest.mark.skip(reason="SQLite-specific behaviour")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def postgres_admin_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The admin URL of a throwaway PostgreSQL server in the PostgreSQL run, else None."""
    if request.config.getoption("--database") != "postgresql":
        yield None
        return
    from postgres_cluster import ThrowawayCluster

    cluster = ThrowawayCluster()
    try:
        yield cluster.start()
    finally:
        cluster.stop()


@pytest.fixture(autouse=True)
def garbage_collected_between_tests() -> Iterator[None]:
    """Once the desktop app is made, the cycle collector runs only when the GUI thread says so;
    tests without an event loop still get their garbage collected, at the usual pace."""
    yield
    if not gc.isenabled():
        from pressdesk.ui.app import collect_garbage_if_due

        collect_garbage_if_due()


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test's data, config and logs out of the real user folders."""
    data_dir = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("PRESSDESK_DATA_DIR", str(data_dir))
    monkeypatch.delenv("PRESSDESK_DATABASE_URL", raising=False)
    return data_dir


@pytest.fixture
def database_url(tmp_path: Path, postgres_admin_url: str | None) -> Iterator[str]:
    """A new, empty database for this test: a SQLite file, or a fresh PostgreSQL database."""
    if postgres_admin_url is None:
        yield f"sqlite:///{tmp_path / 'pressdesk.sqlite3'}"
        return
    name = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield postgres_admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
