"""Outlet types as people write them ("TV", "News agency"), not as they are stored."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pressdesk.ui.i18n import translate

OUTLET_TYPE_LABELS = {
    "newspaper": QT_TRANSLATE_NOOP("OutletTypes", "Newspaper"),
    "tv": QT_TRANSLATE_NOOP("OutletTypes", "TV"),
    "radio": QT_TRANSLATE_NOOP("OutletTypes", "Radio"),
    "online": QT_TRANSLATE_NOOP("OutletTypes", "Online"),
    "news_agency": QT_TRANSLATE_NOOP("OutletTypes", "News agency"),
    "magazine": QT_TRANSLATE_NOOP("OutletTypes", "Magazine"),
    "freelance": QT_TRANSLATE_NOOP("OutletTypes", "Freelance"),
    "other": QT_TRANSLATE_NOOP("OutletTypes", "Other"),
}


def outlet_type_label(value: str | None) -> str:
    """The type in the interface language; an unknown stored value is shown as it is."""
    if not value:
        return ""
    label = OUTLET_TYPE_LABELS.get(value)
    return translate("OutletTypes", label) if label else value.replace("_", " ").capitalize()
