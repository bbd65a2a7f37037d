"""An archive copy of a release as PDF, drawn by Qt's own text layout and PDF writer.

Lives in the Qt package because it needs Qt; the command line imports it only when asked for a
PDF, so everything else keeps working where Qt is missing. Works offscreen (no display needed).
"""

from __future__ import annotations

import os
from pathlib import Path

from pressdesk.errors import InvalidInput


def _application() -> object:
    """A QGuiApplication for text layout; offscreen when no display is available."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["pressdesk-pdf"])


def write_release_pdf(html: str, title: str, target: Path) -> Path:
    """Lay out the release's HTML on A4 pages and write them to ``target``."""
    _app = _application()
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist.")
    writer = QPdfWriter(str(target))
    writer.setTitle(title)
    writer.setCreator("PressDesk")
    writer.setResolution(96)  # CSS pixels and points keep their printed size
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.print_(writer)
    del writer  # finishes the file
    if not target.is_file() or target.stat().st_size == 0:
        raise InvalidInput(f"Qt could not write the PDF {target}.")
    return target
