"""The interface language: English, Spanish or French, from the system locale or Preferences.

Strings in the interface are marked with ``self.tr()`` or ``translate(context, text)``; strings
defined at module level are marked with ``QT_TRANSLATE_NOOP`` and translated where shown.
Sources are ``resources/translations/*.ts`` (Qt Linguist), compiled to ``.qm`` beside them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pressdesk.paths import resources_dir
from pressdesk.ui.qsettings import app_settings

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
LANGUAGE_KEY = "interface/language"
_installed: list[QTranslator] = []


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def preferred_language() -> str:
    """The language chosen in Preferences, else the system's when PressDesk has it, else English."""
    chosen = str(app_settings().value(LANGUAGE_KEY, "") or "")
    if chosen in LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def save_language_choice(language: str) -> None:
    """Remember the language ("" follows the system)."""
    settings = app_settings()
    if language:
        settings.setValue(LANGUAGE_KEY, language)
    else:
        settings.remove(LANGUAGE_KEY)


def install_language(language: str) -> str:
    """Load the translations for ``language`` (and Qt's own, for standard buttons)."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "en"
    QLocale.setDefault(QLocale(language) if language != "en" else QLocale.system())
    if language == "en":
        return language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"pressdesk_{language}", str(resources_dir() / "translations")),
        (f"qtbase_{language}", qt_folder),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("No %s translation found in %s", name, folder)
    return language
