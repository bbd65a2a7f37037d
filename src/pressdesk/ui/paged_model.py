"""A table model that reads its rows a page at a time, for lists too long to load whole.

The model knows only how to count the rows and fetch a page (offset, limit) for the current
filter and sort; both are callables given by the view, which open their own short database
session. Counting and the first page of a new filter run on a worker thread, so typing in a
search box never freezes the window; later pages load on demand as the user scrolls and are kept
in a small cache, so memory stays flat however many rows there are.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pressdesk.ui.table import Column, format_value
from pressdesk.ui.worker import run_job

Index = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[[Any, int, int], list[Any]]  # (query, offset, limit) -> rows
Counter = Callable[[Any], int]  # (query) -> number of rows


class PagedTableModel(QAbstractTableModel):
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    reloaded = Signal(int)  # total rows for the new query
    failed = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        count: Counter,
        fetch: PageFetcher,
        *,
        page_size: int = 200,
        cached_pages: int = 30,
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._count = count
        self._fetch = fetch
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._total = 0
        self._query: Any = None
        self._generation = 0
        self.loading = False

    @property
    def query(self) -> Any:
        return self._query

    def set_query(self, query: Any) -> None:
        """Show the rows of a new filter/sort; counted and first page fetched off the GUI thread."""
        self._generation += 1
        generation = self._generation
        self.loading = True
        count, fetch, size = self._count, self._fetch, self._page_size

        def load() -> tuple[int, list[Any]]:
            total = count(query)
            return total, fetch(query, 0, size) if total else []

        run_job(
            load,
            on_success=lambda result: self._apply(generation, query, result),
            on_failure=lambda exc: self._fail(generation, exc),
            owner=self,
        )

    def reload(self) -> None:
        self.set_query(self._query)

    def _apply(self, generation: int, query: Any, result: tuple[int, list[Any]]) -> None:
        if generation != self._generation:
            return  # the user typed on; a newer query is on its way
        total, first_page = result
        self.beginResetModel()
        self._query = query
        self._total = total
        self._pages.clear()
        if first_page:
            self._pages[0] = first_page
        self.endResetModel()
        self.loading = False
        self.reloaded.emit(total)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.failed.emit(exc)

    def row_at(self, row: int) -> Any:
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(self._query, number * self._page_size, self._page_size)
            self._pages[number] = page
            while len(self._pages) > self._cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Sections", self._columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            self.ROW_ROLE,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == self.ROW_ROLE:
            return row
        return format_value(column.value(row))

    def cached_page_count(self) -> int:
        return len(self._pages)
