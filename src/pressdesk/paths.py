"""Where PressDesk keeps its files: per-user folders from platformdirs and the shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="PressDesk", appauthor=False)


def data_dir() -> Path:
    """The per-user data folder (database, attachments, user templates), created owner-only."""
    return _ensure_private(Path(os.environ.get("PRESSDESK_DATA_DIR") or _DIRS.user_data_dir))


def log_dir() -> Path:
    """The per-user log folder."""
    override = os.environ.get("PRESSDESK_DATA_DIR")
    return _ensure_private(Path(override) / "logs" if override else Path(_DIRS.user_log_dir))


def default_database_path() -> Path:
    return data_dir() / "pressdesk.sqlite3"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder: beside the package in a checkout, bundled when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "resources"
    if installed.is_dir():
        return installed
    return package_dir.parents[1] / "resources"


def _ensure_private(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def config_dir() -> Path:
    """The per-user settings folder (window layout, the database to open)."""
    override = os.environ.get("PRESSDESK_DATA_DIR")
    return _ensure_private(Path(override) / "config" if override else Path(_DIRS.user_config_dir))
