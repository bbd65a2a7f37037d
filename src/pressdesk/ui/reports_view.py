"""The Reports section: what became of each release, the outlets × releases matrix, and the mail
that came back (bounces, opt-outs, replies).

Every figure comes from :mod:`pressdesk.tracking`; the page only lays it out. Queries, exports
and mailbox intake run on worker threads, each with its own database session (see
:mod:`pressdesk.ui.report_data`); how rows and statuses look is in
:mod:`pressdesk.ui.report_tables`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pressdesk.contacts.outlets import outlet_entries
from pressdesk.database import Database
from pressdesk.database.models import OutletType
from pressdesk.errors import PressDeskError
from pressdesk.jobs import Cancelled, Progress
from pressdesk.tracking import tables as report_tables
from pressdesk.tracking.coverage import (
    remove_coverage,
    validate_url,
)
from pressdesk.tracking.exports import ReportTable, write_export
from pressdesk.tracking.intake import IntakeSummary, MailEventRow
from pressdesk.tracking.reach import ReleaseReach, release_reach
from pressdesk.tracking.receipt import Outcome
from pressdesk.ui.charts import ChartPanel
from pressdesk.ui.coverage_dialog import CoverageDialog
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.messages import describe_error, show_error
from pressdesk.ui.progress import JobProgressDialog
from pressdesk.ui.report_data import (
    PeriodFilter,
    PeriodReport,
    ReleaseReport,
    check_mailbox_job,
    describe_intake,
    import_mail_job,
    load_mail_events,
    load_period_report,
    load_release_report,
    mail_events_table,
    releases_table,
)
from pressdesk.ui.report_tables import (
    CHART_COLOURS,
    CONTACT_COLUMNS,
    COVERAGE_COLUMNS,
    MAIL_COLUMNS,
    OUTCOME_LOOK,
    OUTLET_COLUMNS,
    REGION_COLUMNS,
    RELEASE_COLUMNS,
    TablePanel,
    matrix_columns,
    outcome_text,
    outlet_type_text,
    region_text,
)
from pressdesk.ui.sections import EmptyState, SectionSpec, heading_font
from pressdesk.ui.table import TONES, RowsModel, format_value
from pressdesk.ui.worker import JobThread, run_job


class ReportsPage(QWidget):
    """The Reports section of the main window (same interface as a generic section page)."""

    loaded = Signal(object)  # the list of sent releases
    failed = Signal(object)
    release_loaded = Signal(object)  # a ReleaseReport
    period_loaded = Signal(object)  # a PeriodReport
    exported = Signal(object)  # the Path written
    intake_done = Signal(object)  # an IntakeSummary

    def __init__(self, spec: SectionSpec, database: Database, actions: Sequence[QAction] = ()):
        super().__init__()
        self.spec = spec
        self._database = database
        self._busy: set[str] = set()
        self._jobs_started = 0
        self._release_token = 0
        self._period_token = 0
        self.releases: list[ReleaseReach] = []
        self.report: ReleaseReport | None = None
        self.period: PeriodReport | None = None
        self.mail_events: list[MailEventRow] = []
        self.setObjectName("section-reports")
        self._build_actions()

        title = QLabel(translate("Sections", spec.title))
        title.setFont(heading_font(6))
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        header.addStretch(1)
        for action in (*actions, self.import_mail_action, self.check_mailbox_action):
            header.addWidget(self._button(action))
        subtitle = QLabel(translate("Sections", spec.subtitle))
        subtitle.setEnabled(False)
        subtitle.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(translate("ReportsView", "Report views"))
        self.tabs.addTab(
            self._build_release_area(), icon("newspaper"), translate("ReportsView", "By release")
        )
        self.tabs.addTab(
            self._build_period_area(), icon("building-2"), translate("ReportsView", "Over a period")
        )
        self.tabs.addTab(
            self._build_mailbox_area(),
            icon("inbox"),
            translate("ReportsView", "Bounces and replies"),
        )
        self.tabs.currentChanged.connect(lambda _index: self._update_export_action())

        self.go_to_releases_action = QAction(
            icon("newspaper"), translate("ReportsView", "Go to Releases"), self
        )
        self.go_to_releases_action.triggered.connect(self._go_to_releases)
        self.empty = EmptyState(
            spec.icon, spec.empty_title, spec.empty_text, [self.go_to_releases_action]
        )
        self.loading = QLabel(translate("ReportsView", "Loading…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for widget in (self.loading, self.tabs, self.empty):
            self.stack.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(header)
        layout.addWidget(subtitle)
        layout.addSpacing(4)
        layout.addWidget(self.stack, 1)

    # -- building -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.import_mail_action = QAction(
            icon("file-down"), translate("ReportsView", "&Import Bounces and Replies…"), self
        )
        self.import_mail_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.import_mail_action.setToolTip(
            translate(
                "ReportsView",
                "Read bounces, opt-outs and replies from a saved message (.eml) or mailbox (.mbox)",
            )
        )
        self.import_mail_action.triggered.connect(self.choose_mail_file)
        self.check_mailbox_action = QAction(
            icon("mail-check"), translate("ReportsView", "&Check Mailbox"), self
        )
        self.check_mailbox_action.setShortcut(QKeySequence("F9"))
        self.check_mailbox_action.setToolTip(
            translate(
                "ReportsView",
                "Fetch new bounces, opt-outs and replies from the press office's mailbox (F9)",
            )
        )
        self.check_mailbox_action.triggered.connect(self.check_mailbox)
        self.export_action = QAction(
            icon("download"), translate("ReportsView", "&Export Report…"), self
        )
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(
            translate("ReportsView", "Save the table shown as CSV, Excel or JSON (Ctrl+E)")
        )
        self.export_action.triggered.connect(self.export_current)

    def _go_to_releases(self) -> None:
        window = self.window()
        if hasattr(window, "show_section"):
            window.show_section("releases")

    def menu_actions(self) -> list[QAction]:
        """Commands for the window's Reports menu."""
        return [self.import_mail_action, self.check_mailbox_action, self.export_action]

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.icon(), action.text().replace("&", ""))
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _build_release_area(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Sections", self.spec.search_placeholder))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(translate("Sections", self.spec.search_placeholder))
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(
            lambda text: self.release_list.proxy.setFilterFixedString(text.strip())
        )
        self.release_list = TablePanel(
            translate("ReportsView", "Sent releases"),
            RELEASE_COLUMNS,
            translate("ReportsView", "No release has been sent yet."),
        )
        self.release_list.set_columns(RELEASE_COLUMNS, (0, 100, 100, 90, 90, 130))
        self.release_list.table.selectionModel().currentRowChanged.connect(
            lambda *_args: self._release_chosen()
        )
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 6, 0, 0)
        self.release_list_export = QPushButton(
            icon("download"), translate("ReportsView", "Export List…")
        )
        self.release_list_export.setToolTip(
            translate("ReportsView", "Save the list of sent releases as CSV, Excel or JSON")
        )
        self.release_list_export.clicked.connect(
            lambda: self.choose_export_file(releases_table(self.releases))
        )
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addStretch(1)
        search_row.addWidget(self.release_list_export)
        top_layout.addLayout(search_row)
        top_layout.addWidget(self.release_list, 1)

        self.release_title = QLabel()
        self.release_title.setFont(heading_font(2))
        self.release_title.setTextFormat(Qt.TextFormat.PlainText)
        self.release_title.setWordWrap(True)
        self.release_totals = QLabel()
        self.release_totals.setEnabled(False)
        self.by_outlet = TablePanel(
            translate("ReportsView", "Report by outlet"),
            OUTLET_COLUMNS,
            translate("ReportsView", "This release went to no outlet."),
        )
        self.by_contact = TablePanel(
            translate("ReportsView", "Delivery log"),
            CONTACT_COLUMNS,
            translate("ReportsView", "This release has no deliveries."),
        )
        self.by_contact.set_columns(CONTACT_COLUMNS, (210, 150, 160, 150, 80, 150))
        self.by_region = TablePanel(
            translate("ReportsView", "Report by region"),
            REGION_COLUMNS,
            translate("ReportsView", "This release has no deliveries."),
        )
        self.by_region.set_columns(REGION_COLUMNS, (0, *[96] * 7, 130))
        self.region_chart = ChartPanel(
            translate("ReportsView", "Delivered, failed and bounced by region"),
            translate(
                "ReportsView", "Nothing to chart yet: this release has no settled deliveries."
            ),
        )
        self.coverage_chart = ChartPanel(
            translate("ReportsView", "Coverage over time"),
            translate(
                "ReportsView",
                "No coverage logged yet. Log a pickup in the Coverage tab and it is charted here.",
            ),
        )
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 6, 0, 0)
        charts_layout.addWidget(self.region_chart, 3)
        charts_layout.addWidget(self.coverage_chart, 2)

        self.coverage = TablePanel(
            translate("ReportsView", "Coverage log"),
            COVERAGE_COLUMNS,
            translate(
                "ReportsView",
                "No pickups logged for this release. When an outlet runs it, log the link here.",
            ),
        )
        self.coverage.set_columns(COVERAGE_COLUMNS, (110, 170, 260, 0, 160))
        self.add_coverage_button = QPushButton(
            icon("plus"), translate("ReportsView", "Log a pickup…")
        )
        self.add_coverage_button.clicked.connect(self.log_pickup)
        self.remove_coverage_button = QPushButton(
            icon("trash-2"), translate("ReportsView", "Remove")
        )
        self.remove_coverage_button.setEnabled(False)
        self.remove_coverage_button.clicked.connect(self.remove_selected_coverage)
        self.coverage.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.remove_coverage_button.setEnabled(current.isValid())
        )
        self.coverage.table.activated.connect(lambda _index: self.open_selected_link())
        self.coverage.table.setToolTip(
            translate("ReportsView", "Double-click a pickup to open its link")
        )
        coverage_area = QWidget()
        coverage_layout = QVBoxLayout(coverage_area)
        coverage_layout.setContentsMargins(0, 6, 0, 0)
        coverage_buttons = QHBoxLayout()
        coverage_buttons.addWidget(self.add_coverage_button)
        coverage_buttons.addWidget(self.remove_coverage_button)
        coverage_buttons.addStretch(1)
        coverage_layout.addLayout(coverage_buttons)
        coverage_layout.addWidget(self.coverage, 1)

        self.release_tabs = QTabWidget()
        self.release_tabs.tabBar().setAccessibleName(
            translate("ReportsView", "Release report views")
        )
        self.release_tabs.addTab(self.by_outlet, translate("ReportsView", "By outlet"))
        self.release_tabs.addTab(self.by_contact, translate("ReportsView", "By contact"))
        self.release_tabs.addTab(self.by_region, translate("ReportsView", "By region"))
        self.release_tabs.addTab(charts, translate("ReportsView", "Charts"))
        self.release_tabs.addTab(coverage_area, translate("ReportsView", "Coverage"))
        self.release_tabs.currentChanged.connect(lambda _index: self._update_export_action())
        self.export_status = QLabel()
        self.export_status.setEnabled(False)
        self.release_export = self._button(self.export_action)
        self.release_export.setAccessibleName(translate("ReportsView", "Export this table"))

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        title_row = QHBoxLayout()
        title_column = QVBoxLayout()
        title_column.addWidget(self.release_title)
        title_column.addWidget(self.release_totals)
        title_row.addLayout(title_column, 1)
        title_row.addWidget(self.export_status, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addWidget(self.release_export, 0, Qt.AlignmentFlag.AlignBottom)
        bottom_layout.addLayout(title_row)
        bottom_layout.addWidget(self.release_tabs, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 430])
        self.release_splitter = splitter
        return splitter

    def _build_period_area(self) -> QWidget:
        self.since_check = QCheckBox(translate("ReportsView", "First sent since"))
        self.since_check.setChecked(True)
        self.since_date = QDateEdit(QDate.currentDate().addMonths(-12))
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("d MMM yyyy")
        self.since_date.setAccessibleName(translate("ReportsView", "First sent since"))
        self.since_check.toggled.connect(self.since_date.setEnabled)
        self.region_filter = QComboBox()
        self.region_filter.addItem(translate("ReportsView", "All regions"), None)
        self.region_filter.setAccessibleName(translate("ReportsView", "Region"))
        self.region_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type_filter = QComboBox()
        self.type_filter.addItem(translate("ReportsView", "All outlet types"), None)
        for kind in OutletType:
            self.type_filter.addItem(outlet_type_text(kind), kind)
        self.type_filter.setAccessibleName(translate("ReportsView", "Outlet type"))
        for signal in (
            self.since_check.toggled,
            self.since_date.dateChanged,
            self.region_filter.currentIndexChanged,
            self.type_filter.currentIndexChanged,
        ):
            signal.connect(lambda *_args: self.load_period())
        self.period_export = self._button(self.export_action)
        self.period_export.setAccessibleName(translate("ReportsView", "Export the matrix"))
        filters = QHBoxLayout()
        filters.addWidget(self.since_check)
        filters.addWidget(self.since_date)
        filters.addSpacing(12)
        filters.addWidget(self.region_filter)
        filters.addWidget(self.type_filter)
        filters.addStretch(1)
        filters.addWidget(self.period_export)

        legend = QHBoxLayout()
        legend.setSpacing(4)
        for outcome in (Outcome.RECEIVED, Outcome.BOUNCED, Outcome.FAILED, Outcome.NOT_SENT):
            _, name, tone = OUTCOME_LOOK[outcome]
            picture = QLabel()
            picture.setPixmap(icon(name, TONES[tone]).pixmap(14, 14))
            legend.addWidget(picture)
            words = QLabel(outcome_text(outcome))
            legend.addWidget(words)
            legend.addSpacing(10)
        hint = QLabel(
            translate(
                "ReportsView",
                "A “Not sent” cell is a gap: nobody at that outlet was sent the release.",
            )
        )
        hint.setEnabled(False)
        legend.addWidget(hint)
        legend.addStretch(1)

        self.matrix = TablePanel(
            translate("ReportsView", "Outlets and releases"),
            [],
            translate(
                "ReportsView", "No release was first sent in this period. Choose an earlier date."
            ),
        )
        self.period_chart = ChartPanel(
            translate("ReportsView", "Releases received and outlets reached, by region"),
            translate("ReportsView", "Nothing reached any region in this period."),
        )
        matrix_area = QWidget()
        matrix_layout = QVBoxLayout(matrix_area)
        matrix_layout.setContentsMargins(0, 6, 0, 0)
        matrix_layout.addLayout(legend)
        matrix_layout.addWidget(self.matrix, 1)
        chart_area = QWidget()
        chart_layout = QVBoxLayout(chart_area)
        chart_layout.setContentsMargins(0, 6, 0, 0)
        chart_layout.addWidget(self.period_chart)
        self.period_tabs = QTabWidget()
        self.period_tabs.tabBar().setAccessibleName(translate("ReportsView", "Period report views"))
        self.period_tabs.addTab(matrix_area, translate("ReportsView", "Outlets × releases"))
        self.period_tabs.addTab(chart_area, translate("ReportsView", "Reach by region"))
        self.period_tabs.currentChanged.connect(lambda _index: self._update_export_action())
        area = QWidget()
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.period_tabs, 1)
        return area

    def _build_mailbox_area(self) -> QWidget:
        self.intake_summary = QLabel(
            translate(
                "ReportsView",
                "Bounces, opt-outs and replies appear here once you check the mailbox or import "
                "a saved message. Bounced deliveries are marked in the reports; people who ask "
                "to be removed are opted out at once.",
            )
        )
        self.intake_summary.setWordWrap(True)
        self.opt_out_notice = QLabel()
        self.opt_out_notice.setWordWrap(True)
        self.opt_out_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.opt_out_notice.hide()
        self.mail_table = TablePanel(
            translate("ReportsView", "Mail that came back"),
            MAIL_COLUMNS,
            translate("ReportsView", "Nothing has come back yet."),
        )
        self.mail_table.set_columns(MAIL_COLUMNS, (140, 200, 70, 150, 200, 0, 140))
        self.mailbox_export = self._button(self.export_action)
        self.mailbox_export.setAccessibleName(translate("ReportsView", "Export the mail list"))
        row = QHBoxLayout()
        row.addWidget(self.intake_summary, 1)
        row.addWidget(self.mailbox_export, 0, Qt.AlignmentFlag.AlignTop)
        area = QWidget()
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.opt_out_notice)
        layout.addWidget(self.mail_table, 1)
        return area

    # -- loading --------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return bool(self._busy)

    def _run(self, kind: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run a query on a worker thread; the page counts as loading until every one ends."""
        self._jobs_started += 1
        key = f"{kind}#{self._jobs_started}"
        self._busy.add(key)

        def finished(result: Any) -> None:
            self._busy.discard(key)
            done(result)

        def failed(exc: BaseException) -> None:
            self._busy.discard(key)
            self.failed.emit(exc)

        run_job(work, on_success=finished, on_failure=failed, owner=self)

    def refresh(self) -> None:
        """Reload the releases, then the chosen release, the matrix and the mail list."""
        if any(key.startswith("releases#") for key in self._busy):
            return
        if not self.releases:
            self.stack.setCurrentWidget(self.loading)
        database = self._database

        def read() -> list[ReleaseReach]:
            with database.session() as session:
                return release_reach(session)

        self._run("releases", read, self._on_releases)
        self.load_period()
        self.load_mail_events()

    def _on_releases(self, rows: list[ReleaseReach]) -> None:
        chosen = self.selected_release_id()
        self.releases = rows
        self.release_list.set_rows(rows)
        sent = translate("ReportsView", "%Ln sent", "", len(rows))
        self.count_label.setText(sent if rows else "")
        self.stack.setCurrentWidget(self.tabs if rows else self.empty)
        if rows:
            self.select_release(chosen if chosen in {r.release for r in rows} else rows[0].release)
        self._update_export_action()
        self.loaded.emit(rows)

    def select_release(self, release_id: int) -> None:
        proxy = self.release_list.proxy
        for row in range(proxy.rowCount()):
            if proxy.data(proxy.index(row, 0), RowsModel.ROW_ROLE).release == release_id:
                token = self._release_token
                self.release_list.table.selectRow(row)
                if self._release_token == token:  # the row was current already: no signal
                    self.load_release(release_id)
                return

    def selected_release_id(self) -> int | None:
        row = self.release_list.selected_row()
        return row.release if row is not None else None

    def _release_chosen(self) -> None:
        release_id = self.selected_release_id()
        if release_id is not None:
            self.load_release(release_id)

    def load_release(self, release_id: int) -> None:
        self._release_token += 1
        token, database = self._release_token, self._database
        reach = next((r for r in self.releases if r.release == release_id), None)
        if reach is not None:
            self.release_title.setText(f"#{reach.release} {reach.headline}")
            self.release_totals.setText(
                translate(
                    "ReportsView",
                    "Sent to {recipients} people · {delivered} delivered · {failed} failed · "
                    "{bounced} bounced · {outlets} outlets reached",
                ).format(
                    recipients=format_value(reach.recipients),
                    delivered=format_value(reach.delivered),
                    failed=format_value(reach.failed),
                    bounced=format_value(reach.bounced),
                    outlets=format_value(reach.outlets_reached),
                )
            )
        self._run(
            "release",
            lambda: load_release_report(database, release_id),
            lambda report: self._on_release(token, report),
        )

    def _on_release(self, token: int, report: ReleaseReport) -> None:
        if token != self._release_token:
            return  # another release was chosen meanwhile
        self.report = report
        self.by_outlet.set_rows(report.outlets)
        self.by_contact.set_rows(report.contacts)
        self.by_region.set_rows(report.regions)
        self.coverage.set_rows(report.coverage)
        self.remove_coverage_button.setEnabled(False)
        settled = [r for r in report.regions if r.delivered or r.failed or r.bounced]
        self.region_chart.show_bars(
            [region_text(r.region) for r in settled],
            [
                (
                    translate("ReportsView", "Delivered"),
                    [r.delivered for r in settled],
                    CHART_COLOURS["delivered"],
                ),
                (
                    translate("ReportsView", "Failed"),
                    [r.failed for r in settled],
                    CHART_COLOURS["failed"],
                ),
                (
                    translate("ReportsView", "Bounced"),
                    [r.bounced for r in settled],
                    CHART_COLOURS["bounced"],
                ),
            ],
        )
        self.coverage_chart.show_line(
            translate("ReportsView", "Pickups so far"),
            [(p.day, p.cumulative) for p in report.timeline],
            TONES["busy"],
        )
        self.release_tabs.setTabText(
            4,
            translate("ReportsView", "Coverage ({count})").format(
                count=format_value(len(report.coverage))
            )
            if report.coverage
            else translate("ReportsView", "Coverage"),
        )
        self._update_export_action()
        self.release_loaded.emit(report)

    def period_filter(self) -> PeriodFilter:
        since = None
        if self.since_check.isChecked():
            day: date = self.since_date.date().toPython()  # type: ignore[assignment]
            since = datetime.combine(day, time.min, tzinfo=UTC)
        return PeriodFilter(
            since=since,
            region=self.region_filter.currentData(),
            outlet_type=self.type_filter.currentData(),
        )

    def load_period(self) -> None:
        self._period_token += 1
        token, database, period = self._period_token, self._database, self.period_filter()
        self._run(
            "period",
            lambda: load_period_report(database, period),
            lambda result: self._on_period(token, result),
        )

    def _on_period(self, token: int, result: PeriodReport) -> None:
        if token != self._period_token:
            return
        self.period = result
        current = self.region_filter.currentData()
        self.region_filter.blockSignals(True)
        while self.region_filter.count() > 1:
            self.region_filter.removeItem(1)
        for region in result.regions:
            self.region_filter.addItem(region, region)
        self.region_filter.setCurrentIndex(max(0, self.region_filter.findData(current)))
        self.region_filter.blockSignals(False)
        columns = matrix_columns(result.matrix)
        widths = [220, 130, 110] + [190] * len(result.matrix.releases) + [90, 90]
        self.matrix.set_columns(columns, widths)
        if len(result.matrix.releases) <= 4:  # few columns: the outlet names take the room left
            self.matrix.table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.Stretch
            )
        self.matrix.set_rows(list(result.matrix.rows) if result.matrix.releases else [])
        reach = result.reach
        self.period_chart.show_bars(
            [region_text(r.region) for r in reach],
            [
                (
                    translate("ReportsView", "Releases received"),
                    [r.releases for r in reach],
                    TONES["busy"],
                ),
                (
                    translate("ReportsView", "Outlets reached"),
                    [r.outlets_reached for r in reach],
                    TONES["good"],
                ),
            ],
        )
        self._update_export_action()
        self.period_loaded.emit(result)

    def load_mail_events(self) -> None:
        database = self._database
        self._run("mail", lambda: load_mail_events(database), self._on_mail_events)

    def _on_mail_events(self, rows: list[MailEventRow]) -> None:
        self.mail_events = rows
        self.mail_table.set_rows(rows)
        self.tabs.setTabText(
            2,
            translate("ReportsView", "Bounces and replies ({count})").format(
                count=format_value(len(rows))
            )
            if rows
            else translate("ReportsView", "Bounces and replies"),
        )
        self._update_export_action()

    # -- export ---------------------------------------------------------------------------------

    def current_report_table(self) -> ReportTable | None:
        """The table on screen as the core lays it out for export, or None for a chart."""
        tab = self.tabs.currentIndex()
        if tab == 1:
            if self.period is None or self.period_tabs.currentIndex() != 0:
                return None
            return report_tables.matrix_table(self.period.matrix)
        if tab == 2:
            return mail_events_table(self.mail_events)
        report = self.report
        if report is None:
            return None
        view = self.release_tabs.currentIndex()
        if view == 0:
            return report_tables.outlet_table(report.release_id, report.outlets)
        if view == 1:
            return report_tables.contact_table(report.release_id, report.contacts)
        if view == 2:
            return report_tables.region_table(report.release_id, report.regions)
        if view == 4:
            return report_tables.coverage_table(report.coverage)
        return None

    def _update_export_action(self) -> None:
        self.export_action.setEnabled(self.current_report_table() is not None)

    def export_current(self) -> None:
        if not self.isVisible():
            return  # the shortcut works only where the table is in sight
        table = self.current_report_table()
        if table is not None:
            self.choose_export_file(table)

    def choose_export_file(self, table: ReportTable) -> None:
        """Ask where to save ``table`` (the format follows the file type chosen), then save it."""
        suggested = "-".join(table.title.lower().split()) or "report"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            translate("ReportsView", "Export report"),
            str(Path.home() / f"{suggested}.xlsx"),
            ";;".join(
                (
                    translate("ReportsView", "Excel workbook (*.xlsx)"),
                    translate("ReportsView", "CSV for any spreadsheet (*.csv)"),
                    translate("ReportsView", "JSON (*.json)"),
                )
            ),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in {".xlsx", ".csv", ".json"}:
            extension = ".csv" if "csv" in chosen else ".json" if "json" in chosen else ".xlsx"
            target = target.with_name(target.name + extension)
        self.export_to(table, target)

    def export_to(self, table: ReportTable, path: Path) -> JobThread:
        """Write ``table`` to ``path`` (format from its extension) on a worker thread.

        Progress shows beside the Export button and in the window's status bar, where the
        export can be cancelled; a cancelled export leaves any earlier file as it was.
        """
        file_format = path.suffix.lower().lstrip(".")
        self.export_status.setText(translate("ReportsView", "Exporting…"))
        self.export_status.setToolTip("")

        def progressed(step: Progress) -> None:
            if step.total:
                self.export_status.setText(
                    translate("ReportsView", "Exporting {done} of {total} rows…").format(
                        done=format_value(step.done), total=format_value(step.total)
                    )
                )

        def written(result: Path) -> None:
            self.export_status.setText(
                translate("ReportsView", "Saved {name}").format(name=result.name)
            )
            self.export_status.setToolTip(str(result))
            self.exported.emit(result)

        def refused(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.export_status.setText(
                    translate("ReportsView", "Export cancelled; no file was written.")
                )
                return
            self.export_status.setText("")
            show_error(self, exc)

        job = run_job(
            lambda: write_export(table, file_format, path),
            on_success=written,
            on_failure=refused,
            on_progress=progressed,
            owner=self,
        )
        window = self.window()
        if hasattr(window, "track_job"):
            window.track_job(
                job, translate("ReportsView", "Exporting {name}").format(name=path.name)
            )
        return job

    # -- coverage -------------------------------------------------------------------------------

    def log_pickup(self) -> None:
        """Open the pickup form for the chosen release, with the outlets on file to pick from."""
        release_id = self.selected_release_id()
        if release_id is None:
            return
        headline = next((r.headline for r in self.releases if r.release == release_id), "")
        database = self._database

        def outlets() -> list[str]:
            with database.session() as session:
                return [outlet.name for outlet in outlet_entries(session)]

        def open_dialog(names: list[str]) -> None:
            dialog = CoverageDialog(database, release_id, headline, names, self)
            dialog.saved.connect(lambda _record: self._coverage_changed())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.coverage_dialog = dialog
            dialog.open()

        run_job(
            outlets,
            on_success=open_dialog,
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def open_selected_link(self) -> None:
        """Open the selected pickup in the browser (only web links are ever logged)."""
        record = self.coverage.selected_row()
        if record is not None and record.url:
            QDesktopServices.openUrl(QUrl(validate_url(record.url)))

    def remove_selected_coverage(self) -> None:
        record = self.coverage.selected_row()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            translate("ReportsView", "Remove pickup"),
            translate(
                "ReportsView", "Remove the pickup by {outlet} from the coverage log?\n{url}"
            ).format(
                outlet=record.outlet or translate("ReportsView", "an unknown outlet"),
                url=record.url or "",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_coverage(record.id)

    def remove_coverage(self, coverage_id: int) -> None:
        database = self._database

        def work() -> None:
            with database.session() as session:
                remove_coverage(session, coverage_id)

        run_job(
            work,
            on_success=lambda _: self._coverage_changed(),
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _coverage_changed(self) -> None:
        release_id = self.selected_release_id()
        if release_id is not None:
            self.load_release(release_id)
        self.load_period()

    # -- mailbox intake -------------------------------------------------------------------------

    def choose_mail_file(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            translate("ReportsView", "Import bounces and replies"),
            str(Path.home()),
            translate("ReportsView", "Saved mail (*.eml *.mbox);;All files (*)"),
        )
        if path:
            self.import_mail_file(Path(path))

    def import_mail_file(self, path: Path) -> JobProgressDialog:
        database = self._database
        return self._run_intake(
            translate("ReportsView", "Reading {name}").format(name=path.name),
            lambda: import_mail_job(database, path),
        )

    def check_mailbox(self) -> JobProgressDialog:
        database = self._database
        return self._run_intake(
            translate("ReportsView", "Checking the mailbox"), lambda: check_mailbox_job(database)
        )

    def _run_intake(self, title: str, job: Callable[[], Any]) -> JobProgressDialog:
        dialog = JobProgressDialog(self, title, job)
        dialog.counts.setWordWrap(True)
        dialog.finished_with.connect(lambda summary: self._intake_finished(dialog, summary))
        dialog.failed_with.connect(lambda exc: self._intake_failed(dialog, exc))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.intake_dialog = dialog
        self._set_intake_enabled(False)  # one pass over the mailbox at a time
        dialog.start()
        dialog.open()
        return dialog

    def _set_intake_enabled(self, enabled: bool) -> None:
        self.import_mail_action.setEnabled(enabled)
        self.check_mailbox_action.setEnabled(enabled)

    def _intake_finished(self, dialog: JobProgressDialog, summary: IntakeSummary) -> None:
        self._set_intake_enabled(True)
        text = describe_intake(summary)
        dialog.counts.setText(text)
        self.intake_summary.setText(text)
        lines = []
        if summary.unsubscribed_addresses:
            lines.append(
                translate(
                    "ReportsView",
                    "Opted out by email, never to be sent anything again: {addresses}",
                ).format(addresses=", ".join(summary.unsubscribed_addresses))
            )
        if summary.flagged_for_review:
            lines.append(
                translate(
                    "ReportsView",
                    "%Ln contacts flagged for review after a permanent bounce; see their cards "
                    "in Contacts.",
                    "",
                    summary.flagged_for_review,
                )
            )
        self.opt_out_notice.setText("\n".join(lines))
        self.opt_out_notice.setVisible(bool(lines))
        self.tabs.setCurrentIndex(2)
        self.refresh()
        self.intake_done.emit(summary)  # the window refreshes the other sections

    def _intake_failed(self, dialog: JobProgressDialog, exc: BaseException) -> None:
        self._set_intake_enabled(True)
        if isinstance(exc, Cancelled):
            return
        if not isinstance(exc, PressDeskError):
            dialog.counts.setText(describe_error(exc))
            show_error(self, exc)  # a bug: logged, with its own message
            return
        dialog.counts.setText(exc.message)
        dialog.detail.setText(exc.hint or "")
        dialog.detail.setWordWrap(True)
        dialog.detail.setEnabled(True)
        dialog.bar.hide()  # nothing was read: an empty bar would only suggest otherwise
        dialog.adjustSize()
