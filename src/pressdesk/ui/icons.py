"""Icons from the shipped SVG set, drawn in the palette's text colour so dark mode works."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from pressdesk.paths import resources_dir

_SIZES = (16, 20, 24, 32, 48)


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """The icon ``resources/icons/NAME.svg``; ``color`` defaults to the palette's text colour."""
    if color is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
        color = palette.color(QPalette.ColorRole.WindowText)
    return _render(name, QColor(color).name())


@cache
def _render(name: str, color: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    svg = path.read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    result = QIcon()
    ratio = 2.0  # crisp on high-DPI screens
    for size in _SIZES:
        pixmap = QPixmap(QSize(int(size * ratio), int(size * ratio)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        result.addPixmap(pixmap)
    return result
