"""How the Reports section shows things: outcome words, icons and colours, and its tables.

Statuses are always words, with an icon or dot in a restrained colour beside them, never colour
alone; zeros step back so the numbers that matter stand out.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk.database.models import DeliveryStatus, MailEventKind, OutletType
from pressdesk.tracking.receipt import Outcome
from pressdesk.tracking.reports import (
    Matrix,
    MatrixRow,
)
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.table import TONES, Column, Index, RowsModel, StatusDelegate, format_value

# -- how outcomes and statuses look: always words, plus an icon in a restrained colour ----------

OUTCOME_LOOK: dict[Outcome, tuple[str, str, str]] = {  # label, icon, tone
    Outcome.RECEIVED: (QT_TRANSLATE_NOOP("ReportsView", "Received"), "circle-check", "good"),
    Outcome.BOUNCED: (QT_TRANSLATE_NOOP("ReportsView", "Bounced"), "mail-warning", "bad"),
    Outcome.FAILED: (QT_TRANSLATE_NOOP("ReportsView", "Failed"), "circle-x", "bad"),
    Outcome.PENDING: (QT_TRANSLATE_NOOP("ReportsView", "Pending"), "clock", "busy"),
    Outcome.CANCELLED: (QT_TRANSLATE_NOOP("ReportsView", "Cancelled"), "ban", "quiet"),
    Outcome.NOT_SENT: (QT_TRANSLATE_NOOP("ReportsView", "Not sent"), "circle-dashed", "warn"),
}
DELIVERY_LABELS = {
    DeliveryStatus.QUEUED: QT_TRANSLATE_NOOP("ReportsView", "Queued"),
    DeliveryStatus.SENDING: QT_TRANSLATE_NOOP("ReportsView", "Sending"),
    DeliveryStatus.SENT: QT_TRANSLATE_NOOP("ReportsView", "Delivered"),
    DeliveryStatus.DEFERRED: QT_TRANSLATE_NOOP("ReportsView", "Deferred, will retry"),
    DeliveryStatus.FAILED: QT_TRANSLATE_NOOP("ReportsView", "Failed"),
    DeliveryStatus.UNCERTAIN: QT_TRANSLATE_NOOP("ReportsView", "Uncertain"),
    DeliveryStatus.BOUNCED: QT_TRANSLATE_NOOP("ReportsView", "Bounced"),
    DeliveryStatus.CANCELLED: QT_TRANSLATE_NOOP("ReportsView", "Cancelled"),
}
DELIVERY_TONES = {
    DeliveryStatus.QUEUED: "busy",
    DeliveryStatus.SENDING: "busy",
    DeliveryStatus.SENT: "good",
    DeliveryStatus.DEFERRED: "warn",
    DeliveryStatus.FAILED: "bad",
    DeliveryStatus.UNCERTAIN: "warn",
    DeliveryStatus.BOUNCED: "bad",
    DeliveryStatus.CANCELLED: "quiet",
}
MAIL_LOOK: dict[MailEventKind, tuple[str, str]] = {  # label, tone
    MailEventKind.BOUNCE: (QT_TRANSLATE_NOOP("ReportsView", "Bounce"), "bad"),
    MailEventKind.UNSUBSCRIBE: (QT_TRANSLATE_NOOP("ReportsView", "Opt-out"), "warn"),
    MailEventKind.REPLY: (QT_TRANSLATE_NOOP("ReportsView", "Reply"), "good"),
    MailEventKind.AUTO_REPLY: (QT_TRANSLATE_NOOP("ReportsView", "Automatic reply"), "quiet"),
}
OUTLET_TYPE_LABELS = {
    OutletType.NEWSPAPER: QT_TRANSLATE_NOOP("ReportsView", "Newspaper"),
    OutletType.TV: QT_TRANSLATE_NOOP("ReportsView", "Television"),
    OutletType.RADIO: QT_TRANSLATE_NOOP("ReportsView", "Radio"),
    OutletType.ONLINE: QT_TRANSLATE_NOOP("ReportsView", "Online"),
    OutletType.NEWS_AGENCY: QT_TRANSLATE_NOOP("ReportsView", "News agency"),
    OutletType.MAGAZINE: QT_TRANSLATE_NOOP("ReportsView", "Magazine"),
    OutletType.FREELANCE: QT_TRANSLATE_NOOP("ReportsView", "Freelance"),
    OutletType.OTHER: QT_TRANSLATE_NOOP("ReportsView", "Other"),
}
CHART_COLOURS = {"delivered": TONES["good"], "failed": TONES["bad"], "bounced": TONES["warn"]}


def outcome_text(outcome: Outcome, coverage: int = 0) -> str:
    text = translate("ReportsView", OUTCOME_LOOK[outcome][0])
    if coverage:
        text += " · " + translate("ReportsView", "%Ln pickups", "", coverage)
    return text


def delivery_text(status: DeliveryStatus) -> str:
    return translate("ReportsView", DELIVERY_LABELS[status])


def outlet_type_text(kind: OutletType | None) -> str:
    return translate("ReportsView", OUTLET_TYPE_LABELS[kind]) if kind else ""


def region_text(region: str | None) -> str:
    return region or translate("ReportsView", "Unknown region")


@dataclass(frozen=True)
class OutcomeColumn(Column):
    """A matrix column: the cell's words, with the outcome's icon drawn beside them."""

    outcome: Callable[[Any], Outcome] = field(default=lambda row: Outcome.NOT_SENT)
    tooltip: Callable[[Any], str] | None = None
    header_tip: str = ""


class ReportModel(RowsModel):
    """Rows with icons for outcome columns, gaps in italics, and header tooltips."""

    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__(columns)
        self.report_columns = list(columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = self.report_columns[index.column()] if index.isValid() else None
        if isinstance(column, OutcomeColumn):
            row = self.row_at(index.row())
            outcome = column.outcome(row)
            if role == Qt.ItemDataRole.DecorationRole:
                _, name, tone = OUTCOME_LOOK[outcome]
                return icon(name, TONES[tone])
            if role == Qt.ItemDataRole.FontRole and outcome == Outcome.NOT_SENT:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
                return column.tooltip(row)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is not None
            and column.numeric
            and column.value(self.row_at(index.row())) == 0
        ):
            return _palette().color(QPalette.ColorRole.PlaceholderText)  # zeros step back
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            column = self.report_columns[section]
            if isinstance(column, OutcomeColumn) and column.header_tip:
                return column.header_tip
        return super().headerData(section, orientation, role)


def _palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()


def make_table(name: str) -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(28)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setAccessibleName(translate("ReportsView", "Columns of {table}").format(table=name))
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return table


class TablePanel(QWidget):
    """A report table, or a sentence when it has no rows."""

    def __init__(self, name: str, columns: Sequence[Column], empty_text: str) -> None:
        super().__init__()
        self.table = make_table(name)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(RowsModel.SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table.setModel(self.proxy)
        self.status_delegate = StatusDelegate(self.table)
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.model = ReportModel(columns)
        self.set_columns(columns)

    def set_columns(self, columns: Sequence[Column], widths: Sequence[int] = ()) -> None:
        self.model = ReportModel(columns)
        self.proxy.setSourceModel(self.model)
        header = self.table.horizontalHeader()
        for i, column in enumerate(columns):
            self.table.setItemDelegateForColumn(
                i, self.status_delegate if column.tone is not None else None
            )
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.Interactive
            )
            header.setSectionResizeMode(i, mode)
            if not column.stretch:
                default = 96 if column.numeric else 150
                header.resizeSection(i, widths[i] if i < len(widths) else default)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)

    def displayed(self) -> list[list[str]]:
        """The cells as shown, in the order shown (for checks and tests)."""
        return [
            [
                str(self.proxy.index(row, column).data() or "")
                for column in range(self.proxy.columnCount())
            ]
            for row in range(self.proxy.rowCount())
        ]

    def selected_row(self) -> Any:
        current = self.table.selectionModel().currentIndex()
        return self.proxy.data(current, RowsModel.ROW_ROLE) if current.isValid() else None


def _count(title: str, value: Callable[[Any], Any]) -> Column:
    return Column(title, value, numeric=True)


RELEASE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Sections", "Release"), lambda r: r.headline, stretch=True),
    _count(QT_TRANSLATE_NOOP("Sections", "Recipients"), lambda r: r.recipients),
    _count(QT_TRANSLATE_NOOP("Sections", "Delivered"), lambda r: r.delivered),
    _count(QT_TRANSLATE_NOOP("Sections", "Failed"), lambda r: r.failed),
    _count(QT_TRANSLATE_NOOP("Sections", "Bounced"), lambda r: r.bounced),
    _count(QT_TRANSLATE_NOOP("Sections", "Outlets reached"), lambda r: r.outlets_reached),
]


def _group_counts() -> list[Column]:
    return [
        _count(QT_TRANSLATE_NOOP("Sections", "Recipients"), lambda r: r.recipients),
        _count(QT_TRANSLATE_NOOP("Sections", "Delivered"), lambda r: r.delivered),
        _count(QT_TRANSLATE_NOOP("Sections", "Failed"), lambda r: r.failed),
        _count(QT_TRANSLATE_NOOP("Sections", "Bounced"), lambda r: r.bounced),
        _count(QT_TRANSLATE_NOOP("Sections", "Pending"), lambda r: r.pending),
        _count(QT_TRANSLATE_NOOP("Sections", "Replies"), lambda r: r.replies),
        _count(QT_TRANSLATE_NOOP("Sections", "Coverage"), lambda r: r.coverage),
    ]


OUTLET_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Sections", "Outlet"), lambda r: r.outlet, stretch=True),
    *_group_counts(),
]
REGION_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Sections", "Region"), lambda r: region_text(r.region), stretch=True),
    *_group_counts(),
    _count(QT_TRANSLATE_NOOP("Sections", "Outlets reached"), lambda r: r.outlets_reached),
]
CONTACT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Sections", "Email"), lambda r: r.email),
    Column(QT_TRANSLATE_NOOP("Sections", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Sections", "Outlet"), lambda r: r.outlet),
    Column(
        QT_TRANSLATE_NOOP("Sections", "Status"),
        lambda r: delivery_text(r.status),
        tone=lambda r: DELIVERY_TONES[r.status],
    ),
    _count(QT_TRANSLATE_NOOP("Sections", "Attempts"), lambda r: r.attempts),
    Column(QT_TRANSLATE_NOOP("Sections", "Sent"), lambda r: r.sent_at),
    Column(QT_TRANSLATE_NOOP("Sections", "Server reply"), lambda r: r.smtp_response, stretch=True),
]
COVERAGE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Sections", "Date"), lambda r: r.published_on),
    Column(QT_TRANSLATE_NOOP("Sections", "Outlet"), lambda r: r.outlet),
    Column(QT_TRANSLATE_NOOP("Sections", "Title"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Sections", "Link"), lambda r: r.url, stretch=True),
    Column(QT_TRANSLATE_NOOP("Sections", "Notes"), lambda r: r.notes),
]
MAIL_COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("Sections", "Kind"),
        lambda r: translate("ReportsView", MAIL_LOOK[r.kind][0]),
        tone=lambda r: MAIL_LOOK[r.kind][1],
    ),
    Column(QT_TRANSLATE_NOOP("Sections", "From"), lambda r: r.email),
    Column(
        QT_TRANSLATE_NOOP("Sections", "Release"),
        lambda r: f"#{r.release_id}" if r.release_id else "",
    ),
    Column(QT_TRANSLATE_NOOP("Sections", "Outlet"), lambda r: r.outlet),
    Column(QT_TRANSLATE_NOOP("Sections", "Subject"), lambda r: r.subject),
    Column(
        QT_TRANSLATE_NOOP("Sections", "Detail"),
        lambda r: " ".join((r.detail or "").split()),
        stretch=True,
    ),
    Column(QT_TRANSLATE_NOOP("Sections", "Received"), lambda r: r.received_at or r.processed_at),
]


def rich_tooltip(text: str) -> str:
    """A tooltip that shows headlines and names literally, whatever markup they contain."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def matrix_columns(matrix: Matrix) -> list[Column]:
    columns: list[Column] = [
        Column(QT_TRANSLATE_NOOP("Sections", "Outlet"), lambda r: r.outlet),
        Column(QT_TRANSLATE_NOOP("Sections", "Region"), lambda r: r.region),
        Column(QT_TRANSLATE_NOOP("Sections", "Type"), lambda r: outlet_type_text(r.outlet_type)),
    ]
    for index, release in enumerate(matrix.releases):

        def cell_text(row: MatrixRow, i: int = index) -> str:
            return outcome_text(row.cells[i].outcome, row.cells[i].coverage)

        def cell_tip(row: MatrixRow, i: int = index, headline: str = release.headline) -> str:
            return rich_tooltip(f"{row.outlet} — {headline}: {cell_text(row, i)}")

        columns.append(
            OutcomeColumn(
                f"#{release.release_id} {release.headline}",
                cell_text,
                outcome=lambda row, i=index: row.cells[i].outcome,
                tooltip=cell_tip,
                header_tip=rich_tooltip(
                    translate(
                        "ReportsView",
                        "{headline}\nFirst sent {date} · received by %Ln outlets",
                        "",
                        release.outlets_received,
                    ).format(headline=release.headline, date=format_value(release.first_sent))
                ),
            )
        )
    columns += [
        _count(QT_TRANSLATE_NOOP("Sections", "Received"), lambda r: r.received),
        _count(QT_TRANSLATE_NOOP("Sections", "Coverage"), lambda r: r.coverage),
    ]
    return columns
