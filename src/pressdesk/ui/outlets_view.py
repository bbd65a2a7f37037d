"""The Outlets section: newspapers, broadcasters and agencies, their journalists and what they got.

Outlets are few next to contacts (hundreds, not a hundred thousand), so the page loads them all at
once on a worker thread and filters in memory as the officer types.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from pressdesk.contacts.outlets import OutletDetail, OutletEntry, outlet_detail, outlet_entries
from pressdesk.contacts.records import outlet_fields_from_text, save_outlet
from pressdesk.contacts.values import (
    InvalidValue,
    country_name,
    normalize_country,
    normalize_languages,
    normalize_website,
    single_line,
)
from pressdesk.database import Database
from pressdesk.database.models import Outlet, OutletType
from pressdesk.errors import PressDeskError
from pressdesk.tracking.reach import releases_received_by_outlet
from pressdesk.ui.forms import FieldRefused, problem_label, show_problem, with_problem
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.lists_view import changing_filter
from pressdesk.ui.messages import show_error
from pressdesk.ui.outlet_types import outlet_type_label
from pressdesk.ui.sections import EmptyState, SectionSpec, heading_font
from pressdesk.ui.table import Column, RowsModel, format_value
from pressdesk.ui.worker import run_job


@dataclass(frozen=True)
class OutletRow:
    """An outlet as the table shows it, with the releases it received."""

    entry: OutletEntry
    releases: int

    @property
    def name(self) -> str:
        return self.entry.name


def load_outlet_rows(database: Database) -> list[OutletRow]:
    with database.session() as session:
        received = releases_received_by_outlet(session)
        return [OutletRow(entry, received.get(entry.id, 0)) for entry in outlet_entries(session)]


def country_text(code: str | None) -> str:
    return country_name(code) if code else ""


def languages_text(codes: Sequence[str]) -> str:
    return ", ".join(code.upper() for code in codes)


# Column titles are translated in the "Sections" context, as every table's are.
COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Sections", "Outlet"), lambda r: r.entry.name),
    Column(QT_TRANSLATE_NOOP("Sections", "Type"), lambda r: outlet_type_label(r.entry.outlet_type)),
    Column(QT_TRANSLATE_NOOP("Sections", "Country"), lambda r: country_text(r.entry.country)),
    Column(QT_TRANSLATE_NOOP("Sections", "Region"), lambda r: r.entry.region),
    Column(QT_TRANSLATE_NOOP("Sections", "Languages"), lambda r: languages_text(r.entry.languages)),
    Column(QT_TRANSLATE_NOOP("Sections", "Contacts"), lambda r: r.entry.contacts, numeric=True),
    # Releases received, by the receipt rule of the tracking core.
    Column(QT_TRANSLATE_NOOP("Sections", "Releases"), lambda r: r.releases, numeric=True),
]
COLUMN_PADDING = 10  # beside a column's widest text


class OutletsProxy(QSortFilterProxyModel):
    """Search over name, country and website, plus the region and type dropdowns."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.region: str | None = None
        self.outlet_type: str | None = None

    def set_filter(self, text: str, region: str | None, outlet_type: str | None) -> None:
        with changing_filter(self):
            self.text, self.region = text.casefold().strip(), region
            self.outlet_type = outlet_type

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        entry: OutletEntry = model.row_at(source_row).entry
        if self.region is not None and entry.region != self.region:
            return False
        if self.outlet_type is not None and entry.outlet_type != self.outlet_type:
            return False
        if not self.text:
            return True
        haystack = " ".join(
            part or ""
            for part in (entry.name, country_text(entry.country), entry.country, entry.website)
        )
        return self.text in haystack.casefold()


class OutletCard(QScrollArea):
    """The selected outlet: its fields, its journalists and how many releases it received."""

    edit_requested = Signal(object)  # OutletEntry

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self._row: OutletRow | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QWidget()
        self.setWidget(inner)
        self.placeholder = QLabel(
            translate("OutletsView", "Select an outlet to see its journalists and details here.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.name = QLabel()
        self.name.setFont(heading_font(3))
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QLabel()
        self.kind.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit_button = QPushButton(icon("pencil"), translate("OutletsView", "Edit…"))
        self.edit_button.clicked.connect(
            lambda: self.edit_requested.emit(self._row.entry) if self._row else None
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.people_title = QLabel()
        self.people_title.setFont(heading_font(1))
        self.people = QListWidget()
        self.people.setAccessibleName(translate("OutletsView", "Journalists at this outlet"))
        self.people.setAlternatingRowColors(True)
        self.people.setMinimumHeight(160)
        self.people.setSpacing(3)
        self.people.setWordWrap(True)
        self.more = QLabel()
        self.more.setEnabled(False)
        self.more.setWordWrap(True)
        layout = QVBoxLayout(inner)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.name)
        layout.addWidget(self.kind)
        layout.addLayout(buttons)
        layout.addLayout(self.form)
        layout.addWidget(self.people_title)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.more)
        self._parts: list[QWidget] = [
            self.name,
            self.kind,
            self.edit_button,
            self.people_title,
            self.people,
            self.more,
        ]
        self.show_row(None)

    @property
    def row(self) -> OutletRow | None:
        return self._row

    def show_row(self, row: OutletRow | None) -> None:
        self._row = row
        self.placeholder.setVisible(row is None)
        for part in self._parts:
            part.setVisible(row is not None)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.people.clear()
        if row is None:
            return
        entry = row.entry
        self.name.setText(entry.name)
        self.kind.setText(
            " · ".join(
                p for p in (outlet_type_label(entry.outlet_type), country_text(entry.country)) if p
            )
        )
        self.people_title.setText(
            translate("OutletsView", "Journalists ({count})").format(count=entry.contacts)
        )
        self.more.setText(translate("OutletsView", "Loading…"))
        database = self._database

        def read() -> OutletDetail:
            with database.session() as session:
                return outlet_detail(session, entry.id)

        run_job(
            read,
            on_success=lambda detail: self._show_detail(row, detail),
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _show_detail(self, row: OutletRow, detail: OutletDetail) -> None:
        if row != self._row:
            return
        entry = detail.entry
        website = entry.website or ""
        link = (
            f'<a href="{html.escape(website, quote=True)}">{html.escape(website)}</a>'
            if website.lower().startswith(("https://", "http://"))
            else html.escape(website)
        )
        received = row.releases
        facts: list[tuple[str, str, bool]] = [
            (translate("OutletsView", "Region"), html.escape(entry.region or ""), False),
            (
                translate("OutletsView", "Languages"),
                html.escape(languages_text(entry.languages)),
                False,
            ),
            (translate("OutletsView", "Website"), link, True),
            (
                translate("OutletsView", "Notes"),
                html.escape(detail.notes or "").replace("\n", "<br>"),
                False,
            ),
            (
                translate("OutletsView", "Releases"),
                (
                    translate("OutletsView", "Received %Ln releases", "", received)
                    if received
                    else translate("OutletsView", "Has not received a release yet")
                ),
                False,
            ),
        ]
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value, is_link in facts:
            if not value:
                continue
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            if is_link:
                text.setOpenExternalLinks(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            else:
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label + ":", text)
        self.people_title.setText(
            translate("OutletsView", "Journalists ({count})").format(count=entry.contacts)
        )
        self.people.clear()
        for person in detail.people:
            line = person.name + (f" — {person.title}" if person.title else "")
            self.people.addItem(f"{line}\n{person.email}")
        if entry.contacts > len(detail.people):
            self.more.setText(
                translate("OutletsView", "Showing the first {shown} of {total}.").format(
                    shown=format_value(len(detail.people)), total=format_value(entry.contacts)
                )
            )
        elif not detail.people:
            self.more.setText(translate("OutletsView", "No contact works here yet."))
        else:
            self.more.setText("")
        self.people.setVisible(bool(detail.people))


class OutletsPage(QWidget):
    """The Outlets section of the main window."""

    loaded = Signal(object)  # the rows, once loaded
    failed = Signal(object)
    changed = Signal()  # an outlet was added or edited

    def __init__(self, spec: SectionSpec, database: Database, actions: Sequence[QAction] = ()):
        super().__init__()
        self.spec = spec
        self._database = database
        self._loading = False
        self._again = False
        self._loaded_once = False
        self._reselect: int | None = None
        self.setObjectName("section-outlets")

        self.add_action = QAction(icon("plus"), translate("OutletsView", "Add outlet…"), self)
        self.add_action.triggered.connect(lambda: self.edit_outlet(None))
        title = QLabel(translate("Sections", spec.title))
        title.setFont(heading_font(6))
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        for action in (self.add_action, *actions):
            button = QPushButton(action.icon(), action.text().replace("&", ""))
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
        self.search.setMinimumWidth(240)
        self.region_filter = QComboBox()
        self.region_filter.addItem(translate("OutletsView", "All regions"), None)
        self.region_filter.setAccessibleName(translate("OutletsView", "All regions"))
        self.region_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type_filter = QComboBox()
        self.type_filter.addItem(translate("OutletsView", "All types"), None)
        for kind in OutletType:
            self.type_filter.addItem(outlet_type_label(kind.value), kind.value)
        self.type_filter.setAccessibleName(translate("OutletsView", "All types"))
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.search, 2)
        filter_bar.addWidget(self.region_filter, 1)
        filter_bar.addWidget(self.type_filter, 1)
        filter_bar.addStretch(1)

        self.model = RowsModel(COLUMNS)
        self.proxy = OutletsProxy()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RowsModel.SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        horizontal.setMinimumSectionSize(60)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self._edit_current())
        self.no_match = QLabel(
            translate("OutletsView", "No outlet matches. Try fewer words or clear the filters.")
        )
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setEnabled(False)
        self.no_match.hide()
        self.search.textChanged.connect(self._filter)
        self.region_filter.currentIndexChanged.connect(self._filter)
        self.type_filter.currentIndexChanged.connect(self._filter)

        self.card = OutletCard(database)
        self.card.edit_requested.connect(self.edit_outlet)
        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.no_match, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(table_area)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        browse = QWidget()
        browse_layout = QVBoxLayout(browse)
        browse_layout.setContentsMargins(0, 0, 0, 0)
        browse_layout.addLayout(filter_bar)
        browse_layout.addWidget(self.splitter, 1)

        self.empty = EmptyState(spec.icon, spec.empty_title, spec.empty_text, [self.add_action])
        self.loading_label = QLabel(translate("OutletsView", "Loading…"))
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.loading_label, browse, self.empty):
            self.stack.addWidget(widget)
        self._browse = browse

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

    def rows(self) -> list[OutletRow]:
        return [self.model.row_at(row) for row in range(self.model.rowCount())]

    def refresh(self) -> None:
        if self._loading:
            self._again = True  # something changed meanwhile: load once more when this ends
            return
        self._loading = True
        self._again = False
        if not self._loaded_once:
            self.stack.setCurrentWidget(self.loading_label)
        if self.card.row is not None and self._reselect is None:
            self._reselect = self.card.row.entry.id
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
            self.refresh()  # imports and contact edits create outlets and move journalists

    def _on_loaded(self, rows: list[OutletRow]) -> None:
        self._loading = False
        first = not self._loaded_once
        self._loaded_once = True
        self.model.set_rows(rows)
        self.count_label.setText(
            translate("OutletsView", "%Ln outlets", "", len(rows)) if rows else ""
        )
        self._set_regions(sorted({row.entry.region for row in rows if row.entry.region}))
        self.stack.setCurrentWidget(self._browse if rows else self.empty)
        if first or rows:
            self._fit_columns()
        self._filter()
        if not self._again:  # else the next load, with the latest rows, selects it
            wanted, self._reselect = self._reselect, None
            if wanted is not None and not self.select_outlet(wanted):
                self.card.show_row(None)
        self.loaded.emit(rows)
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

    def _fit_columns(self) -> None:
        """Every short column as wide as its content; the name takes the space that is left
        (elided when long, the whole name in its tooltip)."""
        header = self.table.horizontalHeader()
        for column, spec in enumerate(COLUMNS[1:], start=1):
            self.table.resizeColumnToContents(column)
            if not spec.numeric:
                header.resizeSection(column, header.sectionSize(column) + COLUMN_PADDING)

    def _set_regions(self, regions: list[str]) -> None:
        combo = self.region_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for region in regions:
            combo.addItem(region, region)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _filter(self, *_args: Any) -> None:
        self.proxy.set_filter(
            self.search.text(), self.region_filter.currentData(), self.type_filter.currentData()
        )
        nothing = self.model.rowCount() > 0 and self.proxy.rowCount() == 0
        self.no_match.setVisible(nothing)
        self.table.setVisible(not nothing)

    def select_outlet(self, outlet_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            found: OutletRow = self.proxy.index(row, 0).data(RowsModel.ROW_ROLE)
            if found.entry.id == outlet_id:
                self.table.selectRow(row)
                self.card.show_row(found)
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(RowsModel.ROW_ROLE) if current.isValid() else None
        if row != self.card.row:
            self.card.show_row(row)

    def _edit_current(self) -> None:
        if self.card.row is not None:
            self.edit_outlet(self.card.row.entry)

    def edit_outlet(self, entry: OutletEntry | None = None) -> OutletEditor:
        """Open the editor on ``entry``, or on a new outlet."""
        editor = OutletEditor(self._database, entry, [row.name for row in self.rows()], self)
        editor.load_notes()
        editor.saved.connect(self._saved)
        editor.open()
        return editor

    def _saved(self, outlet_id: int) -> None:
        self._reselect = outlet_id
        self.changed.emit()
        self.refresh()


# -- the outlet editor ----------------------------------------------------------------------


# field -> (label, checker of the typed text or None)
CHECKS: dict[str, tuple[str, Callable[[str], Any] | None]] = {
    "name": (QT_TRANSLATE_NOOP("OutletsView", "Name"), None),
    "country": (QT_TRANSLATE_NOOP("OutletsView", "Country"), normalize_country),
    "languages": (QT_TRANSLATE_NOOP("OutletsView", "Languages"), normalize_languages),
    "website": (QT_TRANSLATE_NOOP("OutletsView", "Website"), normalize_website),
}


class OutletEditor(QDialog):
    """A new outlet, or changes to one, with each problem shown beside its field."""

    saved = Signal(int)  # the outlet's id

    def __init__(
        self,
        database: Database,
        entry: OutletEntry | None,
        known_names: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._entry = entry
        self._taken = {
            name.casefold() for name in known_names if entry is None or name != entry.name
        }
        self.setWindowTitle(
            translate("OutletsView", "New outlet")
            if entry is None
            else translate("OutletsView", "Edit outlet")
        )
        self.setMinimumWidth(520)
        self.name = QLineEdit(entry.name if entry else "")
        self.outlet_type = QComboBox()
        self.outlet_type.addItem(translate("OutletsView", "Not set"), None)
        for kind in OutletType:
            self.outlet_type.addItem(outlet_type_label(kind.value), kind.value)
        if entry is not None:
            self.outlet_type.setCurrentIndex(max(0, self.outlet_type.findData(entry.outlet_type)))
        self.country = QLineEdit(country_text(entry.country) if entry else "")
        self.country.setPlaceholderText(
            translate("OutletsView", "Code or name, e.g. DO or Dominican Republic")
        )
        self.languages = QLineEdit(", ".join(entry.languages) if entry else "")
        self.languages.setPlaceholderText(translate("OutletsView", "e.g. es, en"))
        self.website = QLineEdit(entry.website or "" if entry else "")
        self.website.setPlaceholderText(translate("OutletsView", "e.g. https://www.example.com"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)
        self.inputs: dict[str, QLineEdit] = {
            "name": self.name,
            "country": self.country,
            "languages": self.languages,
            "website": self.website,
        }
        self.problems = {key: problem_label() for key in self.inputs}
        form = QFormLayout()
        for key, edit in self.inputs.items():
            label = translate("OutletsView", CHECKS[key][0])
            edit.setAccessibleName(label)
            form.addRow(label + ":", with_problem(edit, self.problems[key]))
            edit.editingFinished.connect(lambda key=key: self._check(key))
            edit.textChanged.connect(lambda _text, key=key: show_problem(self.problems[key], None))
            if key == "name":
                form.addRow(translate("OutletsView", "Type:"), self.outlet_type)
        self.outlet_type.setAccessibleName(translate("OutletsView", "Type"))
        self.notes.setAccessibleName(translate("OutletsView", "Notes"))
        form.addRow(translate("OutletsView", "Notes:"), self.notes)
        self.error = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def load_notes(self) -> None:
        """Notes are not in the table rows; read them for an existing outlet."""
        if self._entry is None:
            return
        database, outlet_id = self._database, self._entry.id

        def read() -> str:
            with database.session() as session:
                return session.scalar(select(Outlet.notes).where(Outlet.id == outlet_id)) or ""

        run_job(
            read,
            on_success=lambda text: (
                self.notes.setPlainText(text) if not self.notes.toPlainText() else None
            ),
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _check(self, key: str) -> bool:
        text = self.inputs[key].text().strip()
        message: str | None = None
        if key == "name":
            clean = single_line(text) or ""
            if not clean:
                message = translate("OutletsView", "An outlet needs a name.")
            elif clean.casefold() in self._taken:
                message = translate(
                    "OutletsView", "Another outlet is already called '{name}'."
                ).format(name=clean)
        elif text:
            checker = CHECKS[key][1]
            assert checker is not None
            try:
                checker(text)
            except InvalidValue as exc:
                message = str(exc) + "."
        show_problem(self.problems[key], message)
        return message is None

    def cells(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "outlet_type": self.outlet_type.currentData() or "",
            "country": self.country.text().strip(),
            "languages": self.languages.text().strip(),
            "website": self.website.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def save(self) -> None:
        show_problem(self.error, None)
        results = [self._check(key) for key in self.inputs]
        if not all(results):  # every field checked, so every problem shows at once
            return
        cells = self.cells()
        database, entry = self._database, self._entry

        def work() -> int:
            values = outlet_fields_from_text(cells)
            with database.session() as session:
                clash = session.scalar(
                    select(Outlet.id).where(Outlet.name_key == values.name.casefold())
                )
                if clash is not None and (entry is None or clash != entry.id):
                    raise FieldRefused(
                        "name",
                        translate(
                            "OutletsView", "Another outlet is already called '{name}'."
                        ).format(name=values.name),
                    )
                return save_outlet(
                    session,
                    values,
                    existing_name=entry.name if entry else None,
                    clear_missing=True,
                    expected_version=entry.version if entry else None,
                )

        self.buttons.setEnabled(False)
        run_job(work, on_success=self._saved, on_failure=self._failed, owner=self)

    def _saved(self, outlet_id: int) -> None:
        self.saved.emit(outlet_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, FieldRefused):
            show_problem(self.problems[exc.field], exc.message)
            self.inputs[exc.field].setFocus()
        elif isinstance(exc, PressDeskError):
            show_problem(self.error, str(exc))
        else:
            show_error(self, exc)
