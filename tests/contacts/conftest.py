"""Helpers for the media-database tests: messy files written on the spot and JSON commands."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def run_json(pressdesk: Callable[..., Any], database_url: str) -> Callable[..., Any]:
    """Run a command with ``--json`` on the test database; assert exit 0 and parse stdout."""

    def invoke(*args: str) -> Any:
        result = pressdesk("--db", database_url, *args, "--json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    return invoke


@pytest.fixture
def cli(pressdesk: Callable[..., Any], database_url: str) -> Callable[..., Any]:
    """Run a command on the test database and return the result (exit code, stdout, stderr)."""

    def invoke(*args: str) -> Any:
        return pressdesk("--db", database_url, *args)

    return invoke


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write
