"""A read-only table model over a list of plain rows, described by columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]
    numeric: bool = False
    stretch: bool = False
    tone: Callable[[Any], str | None] | None = None  # a status column's colour key


# Status colours: a restrained accent always shown beside the status text, never alone.
TONES = {
    "good": "#2e7d32",
    "bad": "#c62828",
    "warn": "#b26a00",
    "busy": "#1565c0",
    "quiet": "#757575",
}
STATUS_TONES = {
    "sent": "good",
    "done": "good",
    "approved": "busy",
    "failed": "bad",
    "bounced": "bad",
    "uncertain": "warn",
    "deferred": "warn",
    "interrupted": "warn",
    "paused": "warn",
    "queued": "busy",
    "sending": "busy",
    "scheduled": "busy",
    "draft": "quiet",
    "cancelled": "quiet",
}


def status_tone(status: Any) -> str | None:
    return STATUS_TONES.get(getattr(status, "value", status))


def format_value(value: Any) -> str:
    """Dates in the user's locale, numbers with separators, empty for None."""
    locale = QLocale()
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Sections", "Yes") if value else ""
    if isinstance(value, datetime):
        return locale.toString(value.astimezone(), "d MMM yyyy, HH:mm")
    if isinstance(value, date):
        return locale.toString(value, "d MMM yyyy")
    if isinstance(value, int):
        return locale.toString(value)
    return str(value)


class RowsModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2
    TONE_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Sections", self._columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return format_value(column.value(row))
        if role == self.SORT_ROLE:
            value = column.value(row)
            if value is None:
                return ""
            return value if isinstance(value, int | float) else str(value).casefold()
        if role == self.ROW_ROLE:
            return row
        if role == self.TONE_ROLE:
            return column.tone(row) if column.tone else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StatusDelegate(QStyledItemDelegate):
    """Paints a small coloured dot before a status text (the text says it; the colour helps)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tone = index.data(RowsModel.TONE_ROLE)
        if not tone:
            super().paint(painter, option, index)
            return
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(6, 0, 0, 0)
        diameter = 8
        painter.setBrush(QColor(TONES[tone]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(rect.left(), rect.center().y() - diameter // 2 + 1, diameter, diameter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_rect = rect.adjusted(diameter + 6, 0, -4, 0)
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        painter.drawText(
            text_rect,
            flags,
            option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        painter.restore()
