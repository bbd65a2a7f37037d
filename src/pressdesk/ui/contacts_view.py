"""The Contacts section: a paged, filterable table of contacts, with a card for the selected one.

The table reads pages of rows through :mod:`pressdesk.contacts.query`, so it stays quick with a
hundred thousand contacts; counting and the first page of a new search run off the GUI thread.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import distinct, select

from pressdesk.contacts.lists import add_members, ensure_list, list_id_by_name, remove_members
from pressdesk.contacts.privacy import erase_contact, opt_in, opt_out, person_record
from pressdesk.contacts.query import (
    ContactFilter,
    ContactRow,
    contacts_page,
    count_contacts_matching,
)
from pressdesk.contacts.values import country_name
from pressdesk.database import Database
from pressdesk.database.models import Contact, ContactBeat, ContactList
from pressdesk.errors import NotFound
from pressdesk.tracking.reports import ContactHistoryRow, contact_history, find_contact_id
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.messages import show_error
from pressdesk.ui.paged_model import PagedTableModel
from pressdesk.ui.qsettings import app_settings
from pressdesk.ui.report_tables import OUTCOME_LOOK, outcome_text
from pressdesk.ui.sections import EmptyState, SectionSpec, heading_font
from pressdesk.ui.table import TONES, Column, format_value
from pressdesk.ui.worker import run_job

HIDDEN_COLUMNS_KEY = "contacts/hidden_columns"


# What became of a release sent to the contact, as the card's history shows it.
DELIVERY_LABELS = {
    "queued": QT_TRANSLATE_NOOP("ContactsView", "queued"),
    "sending": QT_TRANSLATE_NOOP("ContactsView", "sending"),
    "sent": QT_TRANSLATE_NOOP("ContactsView", "sent"),
    "deferred": QT_TRANSLATE_NOOP("ContactsView", "deferred"),
    "failed": QT_TRANSLATE_NOOP("ContactsView", "failed"),
    "uncertain": QT_TRANSLATE_NOOP("ContactsView", "uncertain"),
    "bounced": QT_TRANSLATE_NOOP("ContactsView", "bounced"),
    "cancelled": QT_TRANSLATE_NOOP("ContactsView", "cancelled"),
}


def _delivery_label(status: str) -> str:
    return translate("ContactsView", DELIVERY_LABELS.get(status, status))


@dataclass(frozen=True)
class ContactQuery:
    where: ContactFilter = field(default_factory=ContactFilter)
    sort: str = "name"
    descending: bool = False


# (title, value, sort key); titles are translated in the "Sections" context where shown.
COLUMNS: list[tuple[Column, str]] = [
    (
        Column(
            QT_TRANSLATE_NOOP("Sections", "Name"),
            lambda r: " ".join(p for p in (r.first_name, r.last_name) if p),
        ),
        "name",
    ),
    (Column(QT_TRANSLATE_NOOP("Sections", "Email"), lambda r: r.email), "email"),
    (Column(QT_TRANSLATE_NOOP("Sections", "Title"), lambda r: r.title), "title"),
    (Column(QT_TRANSLATE_NOOP("Sections", "Outlet"), lambda r: r.outlet, stretch=True), "outlet"),
    (Column(QT_TRANSLATE_NOOP("Sections", "Country"), lambda r: r.country), "country"),
    (Column(QT_TRANSLATE_NOOP("Sections", "City"), lambda r: r.city), "city"),
    (Column(QT_TRANSLATE_NOOP("Sections", "Region"), lambda r: r.region), "region"),
    (
        Column(QT_TRANSLATE_NOOP("Sections", "Language"), lambda r: (r.language or "").upper()),
        "language",
    ),
    (Column(QT_TRANSLATE_NOOP("Sections", "Opted out"), lambda r: r.opted_out), "name"),
]
DEFAULT_HIDDEN = {"Title", "City"}


@dataclass(frozen=True)
class FilterChoices:
    regions: list[str]
    countries: list[str]
    languages: list[str]
    beats: list[str]
    lists: list[str]


def load_filter_choices(database: Database) -> FilterChoices:
    """The values present in the data, for the filter menus."""
    with database.session() as session:

        def values(column: Any) -> list[str]:
            query = select(distinct(column)).where(column.is_not(None)).order_by(column)
            return [v for v in session.scalars(query) if v]

        return FilterChoices(
            regions=values(Contact.region),
            countries=values(Contact.country),
            languages=values(Contact.language),
            beats=values(ContactBeat.beat),
            lists=values(ContactList.name),
        )


def count_text(total: int) -> str:
    if total == 0:
        return ""
    return translate("ContactsView", "%Ln contact(s)", "", total)


def release_history_html(rows: Sequence[ContactHistoryRow]) -> str:
    """Each release sent to the contact, newest first: headline, then what became of it."""
    lines = []
    for row in rows:
        _, _, tone = OUTCOME_LOOK[row.outcome]
        when = format_value(row.sent_at or row.queued_at)
        facts = [outcome_text(row.outcome), when]
        if row.replies:
            facts.append(translate("ContactsView", "%Ln replies", "", row.replies))
        lines.append(
            f"<b>{html.escape(row.headline)}</b><br>"
            f"<span style='color:{TONES[tone]}'>●</span> {html.escape(' · '.join(facts))}"
        )
    return "<br><br>".join(lines)


class ContactCard(QScrollArea):
    """Everything about the selected contact, and what can be done with them."""

    changed = Signal()

    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self._record: dict[str, Any] | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The card follows the pane's width: a long address is cut at the edge (whole in its
        # tooltip and when copied) rather than making the whole card scroll sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.setWidget(inner)
        self._layout = QVBoxLayout(inner)
        self.name = QLabel()
        self.name.setFont(heading_font(3))
        self.name.setWordWrap(True)
        self.role = QLabel()
        self.role.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # A long address goes under its label rather than past the edge of the card.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.history_title = QLabel(translate("ContactsView", "Releases sent"))
        self.history_title.setFont(heading_font(1))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.placeholder = QLabel(
            translate("ContactsView", "Select a contact to see their card here.")
        )
        self.placeholder.setEnabled(False)
        self.placeholder.setWordWrap(True)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(icon("pencil"), translate("ContactsView", "Edit…"))
        self.edit_button.clicked.connect(self._edit)
        buttons.addWidget(self.edit_button)
        self.opt_button = QPushButton()
        self.opt_button.clicked.connect(self._toggle_opt_out)
        self.erase_button = QPushButton(icon("user-x"), translate("ContactsView", "Erase…"))
        self.erase_button.setToolTip(
            translate("ContactsView", "Delete this person's data (they stay opted out)")
        )
        self.erase_button.clicked.connect(self._erase)
        buttons.addWidget(self.opt_button)
        buttons.addStretch(1)
        # Erasing on a row of its own: three buttons overflow the card in Spanish and French,
        # and the one that cannot be undone stands apart from the everyday ones.
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)

        for widget in (self.placeholder, self.name, self.role, self.status):
            self._layout.addWidget(widget)
        self._layout.addLayout(self.form)
        self._layout.addWidget(self.history_title)
        self._layout.addWidget(self.history)
        self._layout.addLayout(buttons)
        self._layout.addLayout(erase_row)
        self._layout.addStretch(1)
        self._actions = [self.edit_button, self.opt_button, self.erase_button]
        self.show_record(None)

    def load(self, address: str | None) -> None:
        if address is None:
            self.show_record(None)
            return
        database = self._database

        def read() -> dict[str, Any]:
            with database.session() as session:
                record = person_record(session, address)
                contact_id = find_contact_id(session, address)
                record["release_history"] = contact_history(session, contact_id)
                return record

        run_job(
            read,
            on_success=self.show_record,
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def show_record(self, record: dict[str, Any] | None) -> None:
        self._record = record
        empty = record is None
        self.placeholder.setVisible(empty)
        for widget in (
            self.name,
            self.role,
            self.status,
            self.history_title,
            self.history,
            *self._actions,
        ):
            widget.setVisible(not empty)
        while self.form.rowCount():
            self.form.removeRow(0)
        if record is None:
            return
        name = " ".join(p for p in (record["first_name"], record["last_name"]) if p)
        self.name.setText(name or record["email"])
        self.role.setText(" · ".join(p for p in (record["title"], record["outlet"]) if p))
        if record["opted_out"]:
            since = (record["opt_out"] or {}).get("since", "")[:10]
            self.status.setText(
                "⛔ "
                + translate("ContactsView", "Opted out since {date} — never sent anything.").format(
                    date=since
                )
            )
            self.opt_button.setText(translate("ContactsView", "Opt back in…"))
            self.opt_button.setIcon(icon("mail-check"))
        else:
            self.status.setText("")
            self.opt_button.setText(translate("ContactsView", "Opt out"))
            self.opt_button.setIcon(icon("ban"))
        if record.get("needs_review"):
            self.status.setText(self.status.text() + "\n⚠ " + record["needs_review"])
        country = record["country"]
        where = ", ".join(
            p for p in (record["city"], country_name(country) if country else None) if p
        )
        facts = [
            (translate("ContactsView", "Email"), record["email"]),
            (translate("ContactsView", "Phone"), "\n".join(record["phones"])),
            (translate("ContactsView", "Location"), where),
            (translate("ContactsView", "Region"), record["region"]),
            (
                translate("ContactsView", "Language"),
                ", ".join(x.upper() for x in [record["language"], *record["other_languages"]] if x),
            ),
            (translate("ContactsView", "Beats"), ", ".join(record["beats"])),
            (translate("ContactsView", "Lists"), ", ".join(record["lists"])),
            (
                translate("ContactsView", "Social"),
                "\n".join(f"{k}: {v}" for k, v in record["social"].items()),
            ),
            (translate("ContactsView", "Notes"), record["notes"]),
            (translate("ContactsView", "Source"), record["source"]),
            (translate("ContactsView", "Last contacted"), (record["last_contacted_at"] or "")[:10]),
        ]
        for label, value in facts:
            if not value:
                continue
            text = QLabel(str(value))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setToolTip(str(value))
            policy = text.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # an address has no break
            text.setSizePolicy(policy)
            self.form.addRow(translate("ContactsView", "{label}:").format(label=label), text)
        history = record.get("release_history") or []
        if history:
            self.history.setText(release_history_html(history[:20]))
        else:
            self.history.setText(translate("ContactsView", "Nothing sent to this contact yet."))

    def _run_change(self, change: Any) -> None:
        database = self._database

        def work() -> None:
            with database.session() as session:
                change(session)

        run_job(
            work,
            on_success=lambda _: self.changed.emit(),
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _edit(self) -> None:
        if self._record is None:
            return
        from pressdesk.ui.contact_editor import ContactEditor

        editor = ContactEditor(self._database, self._record["email"], self)
        editor.saved.connect(lambda _address: self.changed.emit())
        editor.open()

    def _toggle_opt_out(self) -> None:
        if self._record is None:
            return
        address = self._record["email"]
        if self._record["opted_out"]:
            answer = QMessageBox.question(
                self,
                translate("ContactsView", "Opt back in"),
                translate(
                    "ContactsView",
                    "{address} asked not to receive releases. Opt them back in only if they "
                    "asked for it. Opt back in?",
                ).format(address=address),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._run_change(lambda session: opt_in(session, address))
        else:
            reason, ok = QInputDialog.getText(
                self,
                translate("ContactsView", "Opt out"),
                translate("ContactsView", "Why is {address} opted out? (optional)").format(
                    address=address
                ),
            )
            if ok:
                self._run_change(lambda s: opt_out(s, address, reason=reason or None))

    def _erase(self) -> None:
        if self._record is None:
            return
        address = self._record["email"]
        answer = QMessageBox.warning(
            self,
            translate("ContactsView", "Erase personal data"),
            translate(
                "ContactsView",
                "Erase everything stored about {address}? Their address stays blocked so "
                "nothing is ever sent to them again, and outlet delivery counts are kept. "
                "This cannot be undone.",
            ).format(address=address),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run_change(lambda session: erase_contact(session, address))


class ContactsPage(QWidget):
    """The Contacts section of the main window."""

    loaded = Signal(object)  # the number of contacts matching, once counted
    failed = Signal(object)

    def __init__(self, spec: SectionSpec, database: Database, actions: Sequence[QAction] = ()):
        super().__init__()
        self.spec = spec
        self._database = database
        self.setObjectName("section-contacts")

        title = QLabel(translate("Sections", spec.title))
        title.setFont(heading_font(6))
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        for action in actions:
            button = QPushButton(action.icon(), action.text().replace("&", ""))
            button.clicked.connect(action.trigger)
            header.addWidget(button)

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Sections", spec.search_placeholder))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(translate("Sections", spec.search_placeholder))
        self.search.setMinimumWidth(240)
        self.filters: dict[str, QComboBox] = {}
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.search, 2)
        for key, label in (
            ("region", translate("ContactsView", "All regions")),
            ("country", translate("ContactsView", "All countries")),
            ("language", translate("ContactsView", "All languages")),
            ("beat", translate("ContactsView", "All beats")),
            ("list_name", translate("ContactsView", "All lists")),
        ):
            combo = QComboBox()
            combo.addItem(label, None)
            combo.setAccessibleName(label)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filters_changed)
            self.filters[key] = combo
            filter_bar.addWidget(combo, 1)
        self._segment: str | None = None
        self.segment_chip = QPushButton(icon("funnel"), "")
        self.segment_chip.setToolTip(
            translate("ContactsView", "Only this segment's contacts. Click to show everyone.")
        )
        self.segment_chip.clicked.connect(self._clear_segment)
        self.segment_chip.hide()
        filter_bar.addWidget(self.segment_chip)

        self._columns = [column for column, _ in COLUMNS]
        self._sort_keys = [key for _, key in COLUMNS]
        self.model = PagedTableModel(self._columns, self._count, self._fetch)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.modelReset.connect(self._on_first_rows)
        self.model.failed.connect(self._query_failed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setAccessibleName(translate("Sections", spec.title))
        horizontal = self.table.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setAccessibleName(translate("Sections", "Columns"))
        horizontal.setSortIndicatorShown(True)
        horizontal.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        horizontal.setSectionsClickable(True)
        horizontal.sortIndicatorChanged.connect(self._sort_changed)
        horizontal.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        horizontal.customContextMenuRequested.connect(self._choose_columns)
        horizontal.setToolTip(translate("ContactsView", "Right-click to choose the columns"))
        for i, column in enumerate(self._columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.Interactive
            )
            horizontal.setSectionResizeMode(i, mode)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for index, width in enumerate((170, 230, 140, 160, 70, 110, 130, 80, 80)):
            horizontal.resizeSection(index, width)
        hidden = app_settings().value(HIDDEN_COLUMNS_KEY)
        hidden_titles = set(hidden) if isinstance(hidden, list) else DEFAULT_HIDDEN
        for i, column in enumerate(self._columns):
            self.table.setColumnHidden(i, column.title in hidden_titles)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.add_to_list_action = QAction(
            icon("list-plus"), translate("ContactsView", "Add to list…"), self
        )
        self.add_to_list_action.triggered.connect(self.add_selection_to_list)
        self.remove_from_list_action = QAction(
            icon("x"), translate("ContactsView", "Remove from list…"), self
        )
        self.remove_from_list_action.setToolTip(
            translate(
                "ContactsView", "Take the selected people out of a list; they stay in Contacts"
            )
        )
        self.remove_from_list_action.triggered.connect(self.remove_selection_from_list)
        self.opt_out_action = QAction(icon("ban"), translate("ContactsView", "Opt out"), self)
        self.opt_out_action.triggered.connect(self.opt_out_selection)
        self._selection_actions = (
            self.add_to_list_action,
            self.remove_from_list_action,
            self.opt_out_action,
        )
        for action in self._selection_actions:
            action.setEnabled(False)
            self.table.addAction(action)
        self.selection_label = QLabel()
        selection_bar = QHBoxLayout()
        selection_bar.addWidget(self.selection_label)
        selection_bar.addStretch(1)
        for action in self._selection_actions:
            button = QPushButton(action.icon(), action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(False)
            selection_bar.addWidget(button)

        self.card = ContactCard(database)
        self.card.changed.connect(self.refresh)
        self.no_match = QLabel(
            translate("ContactsView", "No contact matches. Try fewer words or clear the filters.")
        )
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setEnabled(False)
        self.no_match.hide()

        table_area = QWidget()
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.no_match, 1)
        table_layout.addLayout(selection_bar)
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

        self.empty = EmptyState(spec.icon, spec.empty_title, spec.empty_text, actions)
        self.stack = QStackedWidget()
        self.stack.addWidget(browse)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(header)
        subtitle = QLabel(translate("Sections", spec.subtitle))
        subtitle.setEnabled(False)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(40)
        self._search_timer.timeout.connect(self._apply_query)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._query = ContactQuery()
        self._first_load = True

    # -- data -----------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self.model.loading

    def _count(self, query: ContactQuery) -> int:
        with self._database.session() as session:
            return count_contacts_matching(session, query.where)

    def _fetch(self, query: ContactQuery, offset: int, limit: int) -> list[ContactRow]:
        with self._database.session() as session:
            return contacts_page(
                session,
                query.where,
                offset=offset,
                limit=limit,
                sort=query.sort,
                descending=query.descending,
            )

    def refresh(self) -> None:
        self.model.set_query(self._query)
        run_job(
            lambda: load_filter_choices(self._database),
            on_success=self._set_choices,
            on_failure=self.failed.emit,
            owner=self,
        )

    def _set_choices(self, choices: FilterChoices) -> None:
        options = {
            "region": [(r, r) for r in choices.regions],
            "country": [(f"{country_name(c)} ({c})", c) for c in choices.countries],
            "language": [(code.upper(), code) for code in choices.languages],
            "beat": [(b, b) for b in choices.beats],
            "list_name": [(name, name) for name in choices.lists],
        }
        for key, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in options[key]:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _filters_changed(self) -> None:
        self._apply_query()

    def show_group(self, kind: str, name: str) -> None:
        """Show only the members of a list or a segment, every other filter cleared."""
        widgets = [self.search, *self.filters.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in self.filters.values():
            combo.setCurrentIndex(0)
        if kind == "list":
            combo = self.filters["list_name"]
            if combo.findData(name) < 0:
                combo.addItem(name, name)
            combo.setCurrentIndex(combo.findData(name))
        for widget in widgets:
            widget.blockSignals(False)
        self._segment = name if kind == "segment" else None
        self.segment_chip.setText(
            translate("ContactsView", "Segment: {name}").format(name=name) + "  ✕"
        )
        self.segment_chip.setAccessibleName(
            translate("ContactsView", "Segment: {name}").format(name=name)
        )
        self.segment_chip.setVisible(self._segment is not None)
        self._apply_query()

    def _clear_segment(self) -> None:
        self._segment = None
        self.segment_chip.hide()
        self._apply_query()

    def _query_failed(self, exc: BaseException) -> None:
        """A list or segment filtered on was renamed or deleted meanwhile: show everyone."""
        where = self._query.where
        if isinstance(exc, NotFound) and (where.list_name or where.segment_name):
            self.filters["list_name"].setCurrentIndex(0)
            self._clear_segment()
            return
        self.failed.emit(exc)

    def _apply_query(self) -> None:
        where = ContactFilter(
            text=self.search.text().strip() or None,
            segment_name=self._segment,
            **{key: combo.currentData() for key, combo in self.filters.items()},
        )
        self._query = replace(self._query, where=where)
        self.model.set_query(self._query)

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        self._query = replace(
            self._query,
            sort=self._sort_keys[section],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        self.model.set_query(self._query)

    def _on_first_rows(self) -> None:
        """Show the first rows of a search at once, while the matches are still being counted."""
        if self.model.rowCount() > 0:
            self.stack.setCurrentIndex(0)
            self.table.setVisible(True)
            self.no_match.setVisible(False)

    def _on_reloaded(self, total: int) -> None:
        filtered = self._query.where != ContactFilter()
        if total == 0 and not filtered:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentIndex(0)
        self.table.setVisible(total > 0)
        self.no_match.setVisible(total == 0 and filtered)
        self.count_label.setText(count_text(total))
        self._selection_changed()
        if not filtered:
            self.loaded.emit(total)

    # -- selection ------------------------------------------------------------------------------

    def selected_rows(self) -> list[ContactRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        found = [self.model.row_at(row) for row in rows]
        return [row for row in found if row is not None]

    def _selection_changed(self, *_args: Any) -> None:
        rows = self.selected_rows()
        for action in self._selection_actions:
            action.setEnabled(bool(rows))
        self.remove_from_list_action.setEnabled(bool(rows) and len(self._list_names()) > 0)
        self.selection_label.setText(
            translate("ContactsView", "%Ln selected", "", len(rows)) if len(rows) > 1 else ""
        )
        self.card.load(rows[0].email if len(rows) == 1 else None)

    def _choose_columns(self, position: QPoint) -> None:
        menu = QMenu(self)
        for i, column in enumerate(self._columns):
            action = menu.addAction(translate("Sections", column.title))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda shown, i=i: self._set_column_shown(i, shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _set_column_shown(self, index: int, shown: bool) -> None:
        self.table.setColumnHidden(index, not shown)
        hidden = [c.title for i, c in enumerate(self._columns) if self.table.isColumnHidden(i)]
        app_settings().setValue(HIDDEN_COLUMNS_KEY, hidden)

    def _list_names(self) -> list[str]:
        combo = self.filters["list_name"]
        return [combo.itemText(i) for i in range(1, combo.count())]

    def add_selection_to_list(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = self._list_names()
        name, ok = QInputDialog.getItem(
            self,
            translate("ContactsView", "Add to list"),
            translate(
                "ContactsView",
                "Add %Ln contact(s) to the list (choose one or type a new name):",
                "",
                len(rows),
            ),
            names,
            0,
            True,
        )
        if not ok or not name.strip():
            return
        ids = [row.id for row in rows]
        database = self._database

        def work() -> int:
            with database.session() as session:
                return add_members(session, ensure_list(session, name.strip()), ids)

        run_job(
            work,
            on_success=lambda _added: self.refresh(),
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def remove_selection_from_list(self) -> None:
        """Take the selection out of a list: the one the table is filtered by, or one chosen."""
        rows = self.selected_rows()
        names = self._list_names()
        if not rows or not names:
            return
        shown = self.filters["list_name"].currentText()
        name, ok = QInputDialog.getItem(
            self,
            translate("ContactsView", "Remove from list"),
            translate(
                "ContactsView",
                "Take %Ln contact(s) out of the list (they stay in Contacts):",
                "",
                len(rows),
            ),
            names,
            names.index(shown) if shown in names else 0,
            False,
        )
        if not ok:
            return
        ids = [row.id for row in rows]
        database = self._database

        def work() -> int:
            with database.session() as session:
                return remove_members(session, list_id_by_name(session, name), ids)

        run_job(
            work,
            on_success=lambda _removed: self.refresh(),
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def opt_out_selection(self) -> None:
        rows = [row for row in self.selected_rows() if not row.opted_out]
        if not rows:
            return
        answer = QMessageBox.question(
            self,
            translate("ContactsView", "Opt out"),
            translate(
                "ContactsView",
                "Opt out %Ln contact(s)? Nothing will be sent to them until they opt back in.",
                "",
                len(rows),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        addresses = [row.email for row in rows]
        database = self._database

        def work() -> None:
            with database.session() as session:
                for address in addresses:
                    opt_out(session, address)

        run_job(
            work,
            on_success=lambda _: self.refresh(),
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )
