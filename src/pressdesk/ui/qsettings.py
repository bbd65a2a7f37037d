"""The desktop app's own settings file (window layout, which database to open)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from pressdesk.paths import config_dir

DATABASE_URL_KEY = "database/url"


def app_settings() -> QSettings:
    return QSettings(str(config_dir() / "desktop.ini"), QSettings.Format.IniFormat)


def saved_database_url() -> str | None:
    value = app_settings().value(DATABASE_URL_KEY, "")
    return str(value) if value else None
