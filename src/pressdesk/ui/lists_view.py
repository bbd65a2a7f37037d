"""The Lists & Segments section: static lists (people chosen one by one) and saved segments.

A segment is a filter saved under a name and evaluated when it is used, so its count is worked out
each time the section is shown (on a worker thread) and again, live, while its filters are edited.
Deleting a list or a segment never deletes a contact.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk.contacts.audience import SEGMENT_FILTERS
from pressdesk.contacts.lists import (
    AudienceGroup,
    create_list,
    delete_list,
    delete_segment,
    remove_members,
    rename_list,
)
from pressdesk.contacts.query import (
    ContactFilter,
    ContactRow,
    contacts_page,
    count_contacts_matching,
)
from pressdesk.contacts.values import (
    country_name,
)
from pressdesk.database import Database
from pressdesk.ui.forms import NameDialog
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.messages import show_error
from pressdesk.ui.outlet_types import outlet_type_label
from pressdesk.ui.sections import EmptyState, SectionSpec, heading_font
from pressdesk.ui.segment_editor import SegmentEditor, members_text
from pressdesk.ui.table import Column, RowsModel, format_value
from pressdesk.ui.worker import run_job

MEMBERS_SHOWN = 100  # the detail pane shows the first members; Contacts shows them all


def kind_label(group: AudienceGroup) -> str:
    return translate("ListsView", "Segment") if group.is_segment else translate("ListsView", "List")


FILTER_LABELS = {
    "region": QT_TRANSLATE_NOOP("ListsView", "Region"),
    "country": QT_TRANSLATE_NOOP("ListsView", "Country"),
    "language": QT_TRANSLATE_NOOP("ListsView", "Language"),
    "beat": QT_TRANSLATE_NOOP("ListsView", "Beat"),
    "tag": QT_TRANSLATE_NOOP("ListsView", "Beat"),
    "outlet_type": QT_TRANSLATE_NOOP("ListsView", "Outlet type"),
    "text": QT_TRANSLATE_NOOP("ListsView", "Contains"),
}


def filter_value_text(key: str, value: str) -> str:
    if key == "country":
        return f"{country_name(value)} ({value})"
    if key == "language":
        return value.upper()
    if key == "outlet_type":
        return outlet_type_label(value)
    if key == "text":
        return f"“{value}”"
    return value


def describe_filters(filters: dict[str, str]) -> str:
    """``Region: Caribbean · Language: ES`` in the order the editor shows them."""
    parts = [
        f"{translate('ListsView', FILTER_LABELS[key])}: {filter_value_text(key, filters[key])}"
        for key in SEGMENT_FILTERS
        if filters.get(key)
    ]
    return " · ".join(parts)


def describe_group(group: AudienceGroup) -> str:
    if group.is_segment:
        return describe_filters(group.filters)
    return group.description or ""


# Column titles are translated in the "Sections" context, as every table's are.
GROUP_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Sections", "Name"), lambda g: g.name),
    Column(QT_TRANSLATE_NOOP("Sections", "Kind"), kind_label),
    Column(QT_TRANSLATE_NOOP("Sections", "Contacts"), lambda g: g.members, numeric=True),
    Column(QT_TRANSLATE_NOOP("Sections", "What it holds"), describe_group, stretch=True),
]
MEMBER_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("Sections", "Name"),
        lambda r: " ".join(p for p in (r.first_name, r.last_name) if p) or r.email,
    ),
    Column(QT_TRANSLATE_NOOP("Sections", "Outlet"), lambda r: r.outlet),
    Column(QT_TRANSLATE_NOOP("Sections", "Email"), lambda r: r.email, stretch=True),
]


@dataclass(frozen=True)
class Members:
    group: AudienceGroup
    total: int
    rows: list[ContactRow]


def group_filter(group: AudienceGroup) -> ContactFilter:
    if group.is_segment:
        return ContactFilter(segment_name=group.name)
    return ContactFilter(list_name=group.name)


def load_members(database: Database, group: AudienceGroup) -> Members:
    where = group_filter(group)
    with database.session() as session:
        total = count_contacts_matching(session, where)
        rows = contacts_page(session, where, limit=MEMBERS_SHOWN)
    return Members(group, total, rows)


@contextmanager
def changing_filter(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Change what a proxy's filter accepts, telling Qt before and after (or after, before 6.9)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange()
    else:
        yield
        proxy.invalidateFilter()


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask once before a destructive step; Cancel is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(30)
    table.setAccessibleName(name)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setAccessibleName(translate("ListsView", "Columns"))
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


class GroupCard(QFrame):
    """The selected list or segment: what it is, its members, and what can be done with it."""

    show_in_contacts = QtSignal(object)  # AudienceGroup
    rename_requested = QtSignal(object)
    edit_requested = QtSignal(object)
    delete_requested = QtSignal(object)
    remove_requested = QtSignal(object, object)  # group, list of contact ids

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self._group: AudienceGroup | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(340)
        self.placeholder = QLabel(
            translate("ListsView", "Select a list or a segment to see who is in it.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.title = QLabel()
        self.title.setFont(heading_font(3))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QLabel()
        self.kind.setWordWrap(True)
        self.kind.setEnabled(False)
        self.filters = QLabel()
        self.filters.setWordWrap(True)
        self.filters.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel()
        self.count.setFont(heading_font(1))

        self.show_button = QPushButton(icon("users"), translate("ListsView", "Show in Contacts"))
        self.show_button.setToolTip(
            translate("ListsView", "Open the Contacts section showing only these contacts")
        )
        self.show_button.clicked.connect(lambda: self._emit(self.show_in_contacts))
        self.rename_button = QPushButton(icon("pencil"), translate("ListsView", "Rename…"))
        self.rename_button.clicked.connect(lambda: self._emit(self.rename_requested))
        self.edit_button = QPushButton(icon("funnel"), translate("ListsView", "Edit filters…"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button = QPushButton(icon("trash-2"), translate("ListsView", "Delete…"))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        count_row = QHBoxLayout()
        count_row.addWidget(self.count, 1)
        count_row.addWidget(self.show_button)
        actions = QHBoxLayout()
        for button in (self.rename_button, self.edit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)

        self.members_model = RowsModel(MEMBER_COLUMNS)
        self.members = _table(translate("ListsView", "Members"))
        self.members.setModel(self.members_model)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 150)
        header.resizeSection(1, 140)
        self.members.selectionModel().selectionChanged.connect(self._members_selected)
        self.more = QLabel()
        self.more.setEnabled(False)
        self.more.setWordWrap(True)
        self.remove_button = QPushButton(icon("x"), translate("ListsView", "Remove from list"))
        self.remove_button.setToolTip(
            translate(
                "ListsView", "Take the selected people out of this list; they stay in Contacts"
            )
        )
        self.remove_button.clicked.connect(self._remove)
        below = QHBoxLayout()
        below.addWidget(self.more, 1)
        below.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.title)
        layout.addWidget(self.kind)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addSpacing(4)
        layout.addLayout(count_row)
        layout.addWidget(self.members, 1)
        layout.addLayout(below)
        self._parts: list[QWidget] = [
            self.title,
            self.kind,
            self.filters,
            self.count,
            self.show_button,
            self.rename_button,
            self.edit_button,
            self.delete_button,
            self.members,
            self.more,
            self.remove_button,
        ]
        self.show_group(None)

    @property
    def group(self) -> AudienceGroup | None:
        return self._group

    def _emit(self, signal: Any) -> None:
        if self._group is not None:
            signal.emit(self._group)

    def show_group(self, group: AudienceGroup | None) -> None:
        self._group = group
        self.placeholder.setVisible(group is None)
        for part in self._parts:
            part.setVisible(group is not None)
        self.members_model.set_rows([])
        if group is None:
            return
        self.title.setText(group.name)
        if group.is_segment:
            self.kind.setText(
                translate(
                    "ListsView",
                    "Segment — a saved filter. Whoever matches it when a release is sent "
                    "receives it, including contacts added later.",
                )
            )
            self.filters.setText(describe_filters(group.filters))
            self.filters.show()
        else:
            self.kind.setText(
                translate(
                    "ListsView", "List — the people you chose. It changes only when you change it."
                )
            )
            self.filters.setText(group.description or "")
            self.filters.setVisible(bool(group.description))
        self.edit_button.setVisible(group.is_segment)
        self.remove_button.setVisible(not group.is_segment)
        self.remove_button.setEnabled(False)
        self.count.setText(members_text(group.members))
        self.more.setText(translate("ListsView", "Loading the members…"))
        database = self._database
        run_job(
            lambda: load_members(database, group),
            on_success=self._show_members,
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _show_members(self, members: Members) -> None:
        if members.group != self._group:
            return  # another group was selected meanwhile
        self.members_model.set_rows(members.rows)
        self.count.setText(
            translate("ListsView", "%Ln contacts match now", "", members.total)
            if members.group.is_segment and members.total
            else members_text(members.total)
        )
        shown = len(members.rows)
        if members.total > shown:
            self.more.setText(
                translate(
                    "ListsView",
                    "Showing the first {shown} of {total}. Show in Contacts lists them all.",
                ).format(shown=format_value(shown), total=format_value(members.total))
            )
        elif members.total == 0:
            self.more.setText(
                translate("ListsView", "No contact matches these filters yet.")
                if members.group.is_segment
                else translate(
                    "ListsView",
                    "This list is empty. In Contacts, select people and choose Add to list.",
                )
            )
        else:
            self.more.setText("")

    def selected_member_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.members.selectionModel().selectedRows()})
        return [self.members_model.row_at(row).id for row in rows]

    def _members_selected(self, *_args: Any) -> None:
        count = len(self.selected_member_ids())
        self.remove_button.setEnabled(count > 0)

    def _remove(self) -> None:
        if self._group is not None and not self._group.is_segment:
            ids = self.selected_member_ids()
            if ids:
                self.remove_requested.emit(self._group, ids)


class GroupsModel(RowsModel):
    """The groups table, with a list or funnel icon beside each kind."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 1:
            group: AudienceGroup = self.row_at(index.row())
            return icon("funnel" if group.is_segment else "list")
        return super().data(index, role)


class GroupsProxy(QSortFilterProxyModel):
    """Search over names and filters, and the Kind dropdown."""

    def __init__(self) -> None:
        super().__init__()
        self.kind: str | None = None
        self.text = ""

    def set_filter(self, kind: str | None, text: str) -> None:
        with changing_filter(self):
            self.kind, self.text = kind, text.casefold().strip()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        group: AudienceGroup = model.row_at(source_row)
        if self.kind is not None and group.kind != self.kind:
            return False
        if not self.text:
            return True
        return self.text in f"{group.name} {describe_group(group)}".casefold()


class ListsPage(QWidget):
    """The Lists & Segments section of the main window."""

    loaded = QtSignal(object)  # the groups, once loaded
    failed = QtSignal(object)
    changed = QtSignal()  # a list or segment was created, renamed, edited or deleted
    show_in_contacts = QtSignal(str, str)  # kind ("list" or "segment"), name

    def __init__(self, spec: SectionSpec, database: Database, actions: Sequence[QAction] = ()):
        super().__init__()
        self.spec = spec
        self._database = database
        self._loading = False
        self._again = False
        self._loaded_once = False
        self._reselect: tuple[str, str] | None = None
        self.setObjectName("section-lists")

        self.new_list_action = QAction(icon("list-plus"), translate("ListsView", "New list…"), self)
        self.new_list_action.setToolTip(
            translate("ListsView", "A list of people you choose one by one")
        )
        self.new_list_action.triggered.connect(self.new_list)
        self.new_segment_action = QAction(
            icon("funnel"), translate("ListsView", "New segment…"), self
        )
        self.new_segment_action.setToolTip(
            translate(
                "ListsView",
                "A saved filter (region, language, beat…) evaluated each time it is used",
            )
        )
        self.new_segment_action.triggered.connect(lambda: self.edit_segment(None))
        own_actions = [self.new_list_action, self.new_segment_action, *actions]

        title = QLabel(translate("ListsView", "Lists and segments"))
        title.setFont(heading_font(6))
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        for action in own_actions:
            button = QPushButton(action.icon(), action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            header.addWidget(button)
        subtitle = QLabel(translate("Sections", spec.subtitle))
        subtitle.setEnabled(False)
        subtitle.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Sections", spec.search_placeholder))
        self.search.setAccessibleName(translate("Sections", spec.search_placeholder))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMaximumWidth(360)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(translate("ListsView", "Lists and segments"), None)
        self.kind_filter.addItem(translate("ListsView", "Lists only"), "list")
        self.kind_filter.addItem(translate("ListsView", "Segments only"), "segment")
        self.kind_filter.setAccessibleName(translate("ListsView", "Show"))
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.search, 1)
        filter_bar.addWidget(self.kind_filter)
        filter_bar.addStretch(1)

        self.model = GroupsModel(GROUP_COLUMNS)
        self.proxy = GroupsProxy()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RowsModel.SORT_ROLE)
        self.table = _table(translate("Sections", spec.title))
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header_view = self.table.horizontalHeader()
        for index, width in enumerate((220, 90, 90)):
            header_view.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            header_view.resizeSection(index, width)
        header_view.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.no_match = QLabel(
            translate("ListsView", "Nothing matches. Clear the search to see every list.")
        )
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setEnabled(False)
        self.no_match.hide()
        self.search.textChanged.connect(self._filter)
        self.kind_filter.currentIndexChanged.connect(self._filter)

        self.card = GroupCard(database)
        self.card.show_in_contacts.connect(
            lambda group: self.show_in_contacts.emit(group.kind, group.name)
        )
        self.card.rename_requested.connect(self.rename)
        self.card.edit_requested.connect(self.edit_segment)
        self.card.delete_requested.connect(self.delete)
        self.card.remove_requested.connect(self.remove_members)
        # Double-click or Enter opens the members in Contacts; F2 renames, Delete deletes.
        self.table.activated.connect(lambda _index: self.card.show_button.click())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, shortcut, button in (
            (translate("ListsView", "Show in Contacts"), "", self.card.show_button),
            (translate("ListsView", "Rename…"), "F2", self.card.rename_button),
            (translate("ListsView", "Delete…"), "Delete", self.card.delete_button),
        ):
            action = QAction(button.icon(), text, self.table)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(button.click)
            self.table.addAction(action)

        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(filter_bar)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.no_match, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(table_area)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.empty = EmptyState(
            spec.icon,
            spec.empty_title,
            spec.empty_text,
            [self.new_list_action, self.new_segment_action],
        )
        self.loading_label = QLabel(translate("ListsView", "Loading…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.loading_label, self.splitter, self.empty):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(header)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)

    # -- data -----------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self._loading

    def groups(self) -> list[AudienceGroup]:
        return [self.model.row_at(row) for row in range(self.model.rowCount())]

    def list_names(self) -> list[str]:
        """The static lists' names (what "add to list" can offer)."""
        return [group.name for group in self.groups() if not group.is_segment]

    def refresh(self) -> None:
        """Reload lists and count segments again, on a worker thread."""
        if self._loading:
            self._again = True  # something changed meanwhile: load once more when this ends
            return
        self._loading = True
        self._again = False
        if not self._loaded_once:
            self.stack.setCurrentWidget(self.loading_label)
        current = self.card.group
        if current is not None and self._reselect is None:
            self._reselect = (current.kind, current.name)
        database, load = self._database, self.spec.load
        run_job(
            lambda: load(database),
            on_success=self._on_loaded,
            on_failure=self._on_failed,
            owner=self,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_once:
            self.refresh()  # segments are counted when shown; lists may have changed elsewhere

    def _on_loaded(self, groups: list[AudienceGroup]) -> None:
        self._loading = False
        self._loaded_once = True
        self.model.set_rows(groups)
        lists = sum(1 for group in groups if not group.is_segment)
        segments = len(groups) - lists
        self.count_label.setText(
            " · ".join(
                (
                    translate("ListsView", "%Ln lists", "", lists),
                    translate("ListsView", "%Ln segments", "", segments),
                )
            )
            if groups
            else ""
        )
        self.stack.setCurrentWidget(self.splitter if groups else self.empty)
        self._filter()
        if not self._again:  # else the next load, with the latest rows, selects it
            wanted, self._reselect = self._reselect, None
            if wanted is not None and not self.select_group(*wanted):
                self.card.show_group(None)
        self.loaded.emit(groups)
        self._load_again()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        if self.model.rowCount() == 0:
            self.stack.setCurrentWidget(self.empty)
        self.failed.emit(exc)
        self._load_again()

    def _load_again(self) -> None:
        if self._again:
            self.refresh()

    def _filter(self, *_args: Any) -> None:
        self.proxy.set_filter(self.kind_filter.currentData(), self.search.text())
        nothing = self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        self.no_match.setVisible(nothing)
        self.table.setVisible(not nothing)

    def select_group(self, kind: str, name: str) -> bool:
        """Select the list or segment called ``name``; False when it is not shown."""
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0).data(RowsModel.ROW_ROLE)
            if group.kind == kind and group.name == name:
                self.table.selectRow(row)
                self.card.show_group(group)
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        group = current.data(RowsModel.ROW_ROLE) if current.isValid() else None
        if group != self.card.group:
            self.card.show_group(group)

    def _changed(self, select: tuple[str, str] | None = None) -> None:
        self._reselect = select
        self.changed.emit()
        self.refresh()

    # -- actions --------------------------------------------------------------------------------

    def new_list(self) -> NameDialog:
        database = self._database

        def work(name: str) -> str:
            with database.session() as session:
                create_list(session, name)
            return name

        dialog = NameDialog(
            self, translate("ListsView", "New list"), translate("ListsView", "List name"), "", work
        )
        dialog.saved.connect(lambda name: self._changed(("list", name)))
        dialog.open()
        return dialog

    def rename(self, group: AudienceGroup) -> QDialog:
        if group.is_segment:
            return self.edit_segment(group)
        database = self._database

        def work(name: str) -> str:
            with database.session() as session:
                return rename_list(session, group.id, name)

        dialog = NameDialog(
            self,
            translate("ListsView", "Rename list"),
            translate("ListsView", "List name"),
            group.name,
            work,
        )
        dialog.saved.connect(lambda name: self._changed(("list", name)))
        dialog.open()
        return dialog

    def edit_segment(self, group: AudienceGroup | None) -> SegmentEditor:
        editor = SegmentEditor(self._database, group, self)
        editor.saved.connect(lambda name: self._changed(("segment", name)))
        editor.open()
        return editor

    def delete(self, group: AudienceGroup) -> None:
        if group.is_segment:
            question = translate(
                "ListsView",
                "Delete the segment '{name}'? It is only a saved filter: no contact is deleted.",
            )
        elif group.members == 0:
            question = translate("ListsView", "Delete the empty list '{name}'?")
        else:
            question = translate(
                "ListsView",
                "Delete the list '{name}'? Its %Ln contacts stay in Contacts, with their "
                "opt-outs and history; only the list goes.",
                "",
                group.members,
            )
        title = (
            translate("ListsView", "Delete segment")
            if group.is_segment
            else translate("ListsView", "Delete list")
        )
        text = question.format(name=group.name)
        if not confirm(self, title, text, translate("ListsView", "Delete")):
            return
        database = self._database

        def work() -> None:
            with database.session() as session:
                if group.is_segment:
                    delete_segment(session, group.id)
                else:
                    delete_list(session, group.id)

        run_job(
            work,
            on_success=lambda _: self._changed(None),
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def remove_members(self, group: AudienceGroup, contact_ids: list[int]) -> None:
        database = self._database

        def work() -> int:
            with database.session() as session:
                return remove_members(session, group.id, contact_ids)

        run_job(
            work,
            on_success=lambda _removed: self._changed((group.kind, group.name)),
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )
