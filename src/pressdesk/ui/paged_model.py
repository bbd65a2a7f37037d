"""A table model that reads its rows a page at a time, for lists too long to load whole.

The model knows only how to count the rows and fetch a page (offset, limit) for the current
filter and sort; both are callables given by the view, which open their own short database
session. The first page and the count of a new filter run on a worker thread, so typing in a
search box never freezes the window, and the first rows show before every match is counted.
Later pages load on demand as the user scrolls and are kept in a small cache, so memory stays
flat however many rows there are.
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
        self.loading = False  # the first page of the current query is on its way
        self.counting = False  # its rows are being counted

    @property
    def query(self) -> Any:
        return self._query

    def set_query(self, query: Any) -> None:
        """Show the rows of a new filter/sort, fetched and counted off the GUI thread.

        The first page is shown as soon as it arrives; counting every match can take longer on
        a big table, so the scroll range grows to the full count when that arrives. ``reloaded``
        is emitted once, with the exact total.
        """
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.counting = True
        fetch, size = self._fetch, self._page_size
        run_job(
            lambda: fetch(query, 0, size + 1),  # one more row tells whether a count is needed
            on_success=lambda page: self._apply_first_page(generation, query, page),
            on_failure=lambda exc: self._fail(generation, exc),
            owner=self,
        )

    def reload(self) -> None:
        self.set_query(self._query)

    def _apply_first_page(self, generation: int, query: Any, page: list[Any]) -> None:
        if generation != self._generation:
            return  # the user typed on; a newer query is on its way
        complete = len(page) <= self._page_size
        page = page[: self._page_size]
        self.beginResetModel()
        self._query = query
        self._total = len(page)
        self._pages.clear()
        if page:
            self._pages[0] = page
        self.endResetModel()
        self.loading = False
        if complete:
            self._apply_total(generation, len(page))
            return
        count = self._count
        run_job(
            lambda: count(query),
            on_success=lambda total: self._apply_total(generation, total),
            on_failure=lambda exc: self._fail(generation, exc),
            owner=self,
        )

    def _apply_total(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:  # rows were deleted in between: start over cleanly
            self.beginResetModel()
            self._total = total
            self._pages.clear()
            self.endResetModel()
        self.counting = False
        self.reloaded.emit(total)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.counting = False
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
