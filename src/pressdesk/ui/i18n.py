"""The interface language: English, Spanish or French, from the system locale or Preferences.

Strings in the interface are marked with ``self.tr()`` or ``translate(context, text)``; strings
defined at module level are marked with ``QT_TRANSLATE_NOOP`` and translated where shown. Counts
go through the plural forms: ``self.tr("%Ln contact(s)", "", n)``.
Sources are ``resources/translations/*.ts`` (Qt Linguist), compiled to ``.qm`` beside them;
``./dev translations`` refreshes both from the code.
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


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language; with ``n``, the plural form for that count (``%Ln``).

    Call it with the context and text written out as literals, so that lupdate can find them: a
    wrapper such as ``def tr(text): return translate("Context", text)`` hides the strings from it.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


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
    # English is the source language, but counts still need its plural forms ("1 contact",
    # "2 contacts" from "%Ln contact(s)"): pressdesk_en holds only those.
    candidates = [(f"pressdesk_{language}", str(resources_dir() / "translations"))]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((f"qtbase_{language}", qt_folder))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("No %s translation found in %s", name, folder)
    return language
