"""The section pages of the main window: a searchable table, an empty state and a detail pane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk.database import Database
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.table import Column, RowsModel, StatusDelegate, format_value
from pressdesk.ui.worker import run_job


@dataclass(frozen=True)
class SectionSpec:
    """Everything that differs between sections."""

    key: str
    title: str
    icon: str
    subtitle: str
    columns: Sequence[Column]
    load: Callable[[Database], list[Any]]
    empty_title: str
    empty_text: str
    search_placeholder: str = "Search"
    details: Callable[[Any], list[tuple[str, Any]]] | None = None
    detail_title: Callable[[Any], str] = field(default=lambda row: "")


def heading_font(point_delta: int, *, bold: bool = True) -> QFont:
    font = QFont()
    font.setPointSizeF(font.pointSizeF() + point_delta)
    font.setBold(bold)
    return font


class EmptyState(QWidget):
    """What a section shows before it has data: what it is for and what to do next."""

    def __init__(self, icon_name: str, title: str, text: str, actions: Sequence[QAction]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(56, 56))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setEnabled(False)  # drawn muted
        heading = QLabel(translate("Sections", title))
        heading.setFont(heading_font(4))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(translate("Sections", text))
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setFixedWidth(460)
        # Centred in the column, the label is sized from its hint, which counts too few lines
        # for a fixed width: the text was cut after two lines (longer still in translation).
        body.setMinimumHeight(body.heightForWidth(460))
        body.setEnabled(False)
        layout.addWidget(picture)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        if actions:
            row = QHBoxLayout()
            row.addStretch(1)
            for action in actions:
                button = QPushButton(action.icon(), action.text().replace("&", ""))
                button.clicked.connect(action.trigger)
                row.addWidget(button)
            row.addStretch(1)
            layout.addSpacing(12)
            layout.addLayout(row)
        layout.addStretch(3)


class DetailPane(QFrame):
    """The selected item's facts, so the common path needs no dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(240)
        self._layout = QVBoxLayout(self)
        self._title = QLabel()
        self._title.setFont(heading_font(2))
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)  # a headline is text, never markup
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._placeholder = QLabel(self.tr("Select a row to see its details here."))
        self._placeholder.setWordWrap(True)
        self._placeholder.setEnabled(False)
        self._layout.addWidget(self._title)
        self._layout.addWidget(self._placeholder)
        self._layout.addLayout(self._form)
        self._layout.addStretch(1)
        self.show_item(None, [])

    def add_widgets(self, widgets: Sequence[QWidget], *, stretch_last: bool = False) -> None:
        """Put a page's own widgets under the facts (the last one may take the spare height)."""
        stretch = self._layout.itemAt(self._layout.count() - 1)
        if stretch is not None and stretch.spacerItem() is not None:
            self._layout.removeItem(stretch)  # the stretch that kept the facts at the top
        for number, widget in enumerate(widgets, start=1):
            last = number == len(widgets)
            self._layout.addWidget(widget, 1 if stretch_last and last else 0)
        if not stretch_last:
            self._layout.addStretch(1)

    def show_item(self, title: str | None, facts: list[tuple[str, Any]]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._title.setText(title or "")
        self._title.setVisible(bool(title))
        self._placeholder.setVisible(title is None)
        for label, value in facts:
            text = QLabel(format_value(value) or "—")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(
                translate("Sections", "{label}:").format(label=translate("Sections", label)), text
            )


class SectionPage(QWidget):
    """One section of the main window."""

    loaded = Signal(object)  # the rows, once they arrive
    failed = Signal(object)
    activated = Signal(object)  # a row opened (double-click or Enter)

    def __init__(self, spec: SectionSpec, database: Database, actions: Sequence[QAction] = ()):
        super().__init__()
        self.spec = spec
        self._database = database
        self._loading = False
        self.setObjectName(f"section-{spec.key}")

        title = QLabel(translate("Sections", spec.title))
        title.setFont(heading_font(6))
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        subtitle = QLabel(translate("Sections", spec.subtitle))
        subtitle.setEnabled(False)
        subtitle.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Sections", spec.search_placeholder))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(translate("Sections", spec.search_placeholder))
        self.search.setMaximumWidth(360)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        for action in actions:
            button = QPushButton(action.icon(), action.text().replace("&", ""))
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            header.addWidget(button)

        self.model = RowsModel(spec.columns)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(RowsModel.SORT_ROLE)
        self.search.textChanged.connect(self._filter)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the loader's order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setAccessibleName(translate("Sections", spec.title))
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setAccessibleName(translate("Sections", "Columns"))
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status_delegate = StatusDelegate(self.table)
        for i, column in enumerate(spec.columns):
            if column.tone is not None:
                self.table.setItemDelegateForColumn(i, self.status_delegate)
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.Interactive
            )
            horizontal.setSectionResizeMode(i, mode)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.activated.connect(
            lambda index: self.activated.emit(self.proxy.data(index, RowsModel.ROW_ROLE))
        )

        self.detail = DetailPane()
        self.no_match = QLabel(self.tr("Nothing matches your search."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setEnabled(False)

        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.search)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.no_match)
        self.no_match.hide()

        self.splitter = QSplitter()
        self.splitter.addWidget(table_area)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        if spec.details is None:
            self.detail.hide()

        self.empty = EmptyState(spec.icon, spec.empty_title, spec.empty_text, actions)
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.loading, self.splitter, self.empty):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(header)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def is_loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        """Reload the rows on a worker thread; the page stays usable meanwhile."""
        if self._loading:
            return
        self._loading = True
        if self.model.rowCount() == 0:
            self.stack.setCurrentWidget(self.loading)
        database, load = self._database, self.spec.load
        run_job(
            lambda: load(database),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
            owner=self,
        )

    def _on_loaded(self, rows: list[Any]) -> None:
        self._loading = False
        self.model.set_rows(rows)
        # Not self.tr: PySide looks a plural up under the subclass's name (OutboxPage), not here.
        self.count_label.setText(
            translate("SectionPage", "%n in all", "", len(rows)) if rows else ""
        )
        self.stack.setCurrentWidget(self.splitter if rows else self.empty)
        self._filter(self.search.text())
        self.loaded.emit(rows)

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.stack.setCurrentWidget(self.empty)
        self.failed.emit(exc)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        nothing = self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        self.no_match.setVisible(nothing)
        self.table.setVisible(not nothing)

    def _show_current(self, current: Any, _previous: Any) -> None:
        if self.spec.details is None:
            return
        if not current.isValid():
            self.detail.show_item(None, [])
            return
        row = self.proxy.data(current, RowsModel.ROW_ROLE)
        self.detail.show_item(self.spec.detail_title(row), self.spec.details(row))
