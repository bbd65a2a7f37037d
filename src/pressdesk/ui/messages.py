"""Showing errors in the user's words; bugs are logged with their traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from pressdesk.errors import PressDeskError
from pressdesk.jobs import Cancelled
from pressdesk.logs import setup_logging
from pressdesk.ui.i18n import translate

log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> str:
    """One sentence for the status bar."""
    if isinstance(exc, PressDeskError):
        return str(exc)
    if isinstance(exc, Cancelled):
        return translate("Messages", "Cancelled.")
    return translate(
        "Messages", "Something went wrong inside PressDesk. The details are in the log file."
    )


def show_error(
    parent: QWidget | None, exc: BaseException, *, title: str = "PressDesk"
) -> QMessageBox | None:
    """A message box for a user's or environment's error; a logged bug report for anything else.

    With a parent window the box is window-modal but does not block the caller (jobs report
    back through it); without one it waits for the user.
    """
    if isinstance(exc, Cancelled):
        return None
    if isinstance(exc, PressDeskError):
        box = QMessageBox(QMessageBox.Icon.Warning, title, exc.message, parent=parent)
        if exc.hint:
            box.setInformativeText(exc.hint)
        return _present(box, parent)
    log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title,
        translate(
            "Messages",
            "Something went wrong inside PressDesk. "
            "Your data is safe; the last action did not finish.",
        ),
        parent=parent,
    )
    box.setInformativeText(
        translate("Messages", "Technical details were written to {path}.").format(
            path=setup_logging()
        )
    )
    box.setDetailedText(f"{type(exc).__name__}: {exc}")
    return _present(box, parent)


def _present(box: QMessageBox, parent: QWidget | None) -> QMessageBox:
    box.setObjectName("error-message")
    if parent is None:
        box.exec()
    else:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return box
