"""The contact import wizard: pick a file, check the column mapping, see what will happen, import.

Step three runs the whole import in a transaction that is rolled back, so the officer sees the
exact rows that would be rejected before anything changes; step four imports for real, as one
transaction, with a progress bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pressdesk.contacts.importing import (
    ImportPreview,
    ImportReport,
    import_contacts,
    preview_import,
)
from pressdesk.contacts.records import IMPORT_FIELDS
from pressdesk.contacts.tables import read_table
from pressdesk.database import Database
from pressdesk.errors import InvalidInput, PressDeskError
from pressdesk.jobs import Progress
from pressdesk.ui.i18n import translate
from pressdesk.ui.worker import run_job

IGNORE = "ignore"
FILE_FILTER = "Contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)"


FIELD_LABELS = {
    "email": QT_TRANSLATE_NOOP("ImportWizard", "Email"),
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Full name"),
    "title": QT_TRANSLATE_NOOP("ImportWizard", "Title or role"),
    "outlet": QT_TRANSLATE_NOOP("ImportWizard", "Outlet"),
    "outlet_type": QT_TRANSLATE_NOOP("ImportWizard", "Outlet type"),
    "country": QT_TRANSLATE_NOOP("ImportWizard", "Country"),
    "city": QT_TRANSLATE_NOOP("ImportWizard", "City"),
    "language": QT_TRANSLATE_NOOP("ImportWizard", "Language"),
    "other_languages": QT_TRANSLATE_NOOP("ImportWizard", "Other languages"),
    "beats": QT_TRANSLATE_NOOP("ImportWizard", "Beats"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "social": QT_TRANSLATE_NOOP("ImportWizard", "Social handles"),
    "source": QT_TRANSLATE_NOOP("ImportWizard", "Source"),
    "opted_out": QT_TRANSLATE_NOOP("ImportWizard", "Opted out"),
}


def read_preview(path: Path) -> ImportPreview:
    """The file's columns and first rows, with the automatic mapping (maybe without an email)."""
    try:
        return preview_import(path)
    except InvalidInput as problem:
        if "email column" not in problem.message:
            raise
        table, kind = read_table(path)
        rows = [cells for _, cells in table.rows if not table.is_blank(cells)][:10]
        return ImportPreview(list(table.headers), {}, rows, kind)


def checked_import(
    database: Database, path: Path, column_map: list[str], list_name: str | None, *, keep: bool
) -> Any:
    """Run the import job in one transaction; keep it only when ``keep`` (else it is a check)."""
    with database.session_factory() as session:
        try:
            report = yield from import_contacts(
                session, path, column_map=column_map, list_name=list_name
            )
            if keep:
                session.commit()
            return report
        finally:
            if session.in_transaction():
                session.rollback()


class FilePage(QWizardPage):
    def __init__(self, list_names: list[str]) -> None:
        super().__init__()
        self.setTitle(translate("ImportWizard", "Choose a file"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "A spreadsheet (CSV or Excel) or vCards, as exported from Outlook, "
                "Excel or another address book. Accents and semicolons are fine.",
            )
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(translate("ImportWizard", "File to import"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(translate("ImportWizard", "Browse…"))
        browse.clicked.connect(self._browse)
        self.list_name = QComboBox()
        self.list_name.setEditable(True)
        self.list_name.addItem("")
        self.list_name.addItems(list_names)
        self.list_name.setAccessibleName(translate("ImportWizard", "Add everyone to the list"))
        self.list_name.lineEdit().setPlaceholderText(
            translate("ImportWizard", "(optional) a list to add them to")
        )
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(translate("ImportWizard", "File:"), row)
        form.addRow(translate("ImportWizard", "Add to list:"), self.list_name)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("ImportWizard", "Import contacts"), "", FILE_FILTER
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("ImportWizard", "Check the columns"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "PressDesk recognised these columns. Change any that are wrong; "
                "columns set to 'Ignore' are not imported.",
            )
        )
        self.table = QTableWidget()
        self.table.setAccessibleName(translate("ImportWizard", "Column mapping and first rows"))
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.preview: ImportPreview | None = None
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        self.preview = None
        self.table.clear()
        self.message.setText(translate("ImportWizard", "Reading the file…"))
        path = self._wizard.path
        run_job(
            lambda: read_preview(path), on_success=self._show, on_failure=self._failed, owner=self
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setText("⚠ " + (str(exc) if isinstance(exc, PressDeskError) else repr(exc)))
        self.completeChanged.emit()

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        headers = preview.headers
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(1 + len(preview.first_rows))
        self.table.setHorizontalHeaderLabels([h or f"#{i + 1}" for i, h in enumerate(headers)])
        self.table.setVerticalHeaderLabels(
            ["→"] + [str(i + 2) for i in range(len(preview.first_rows))]
        )
        self.combos = []
        for column in range(len(headers)):
            combo = QComboBox()
            combo.addItem(translate("ImportWizard", "Ignore"), IGNORE)
            for field in IMPORT_FIELDS:
                combo.addItem(translate("ImportWizard", FIELD_LABELS.get(field, field)), field)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(column, IGNORE))))
            combo.setAccessibleName(
                translate("ImportWizard", "Field for column {name}").format(name=headers[column])
            )
            combo.currentIndexChanged.connect(self.completeChanged)
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, cells in enumerate(preview.first_rows, start=1):
            for column in range(len(headers)):
                value = cells[column] if column < len(cells) else ""
                item = QTableWidgetItem(value.replace("\n", " ⏎ "))
                item.setToolTip(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(len(headers)):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 120), 260))
        self._update_message()
        self.completeChanged.emit()

    def chosen_fields(self) -> list[str]:
        return [combo.currentData() for combo in self.combos]

    def column_map(self) -> list[str]:
        """``HEADER=FIELD`` for every column whose field differs from the automatic choice."""
        if self.preview is None:
            return []
        overrides = []
        for column, field in enumerate(self.chosen_fields()):
            automatic = self.preview.mapping.get(column, IGNORE)
            header = self.preview.headers[column]
            if field != automatic and header:
                overrides.append(f"{header}={field}")
        return overrides

    def _update_message(self) -> None:
        if "email" not in self.chosen_fields():
            self.message.setText(
                "⚠ " + translate("ImportWizard", "Choose which column holds the email address.")
            )
        else:
            self.message.setText(
                translate("ImportWizard", "Row 1 of the file is the header; the first rows follow.")
            )

    def isComplete(self) -> bool:
        self._update_message()
        return self.preview is not None and "email" in self.chosen_fields()


class RunPage(QWizardPage):
    """Runs the import (as a check, or for real) and shows the report."""

    def __init__(self, wizard: ImportWizard, *, keep: bool) -> None:
        super().__init__()
        self._wizard = wizard
        self._keep = keep
        if keep:
            self.setTitle(translate("ImportWizard", "Import"))
            self.setSubTitle(
                translate("ImportWizard", "Importing the contacts as one change: all or nothing.")
            )
        else:
            self.setTitle(translate("ImportWizard", "Check before importing"))
            self.setSubTitle(
                translate(
                    "ImportWizard", "Nothing has changed yet. This is what the import will do."
                )
            )
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("ImportWizard", "Progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() + 1)
        self.summary.setFont(font)
        self.rejected = QListWidget()
        self.rejected.setAccessibleName(translate("ImportWizard", "Rejected rows"))
        layout = QVBoxLayout(self)
        for widget in (self.bar, self.status, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.rejected, 1)
        self.report: ImportReport | None = None
        self.error: BaseException | None = None
        self._running = False

    def initializePage(self) -> None:
        self.report, self.error, self._running = None, None, True
        self.summary.setText("")
        self.rejected.clear()
        self.rejected.hide()
        self.bar.setRange(0, 0)
        wizard = self._wizard
        job_args = (
            wizard.database,
            wizard.path,
            wizard.mapping_page.column_map(),
            wizard.list_name,
        )
        self._job = run_job(
            lambda: checked_import(*job_args, keep=self._keep),
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._progress,
            owner=self,
        )
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        if self._running:
            self._job.cancel()

    def _progress(self, step: Progress) -> None:
        if step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(step.done)
        self.status.setText(step.message)

    def _done(self, report: ImportReport) -> None:
        self._running = False
        self.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText("")
        if self._keep:
            text = translate("ImportWizard", "Imported: {added}, {updated}, {rejected}.")
        else:
            text = translate("ImportWizard", "{added}, {updated}, {rejected}.")
        self.summary.setText(
            text.format(
                added=translate("ImportWizard", "%Ln new contact(s)", "", report.added),
                updated=translate("ImportWizard", "%Ln updated", "", report.updated),
                rejected=translate("ImportWizard", "%Ln row(s) rejected", "", len(report.rejected)),
            )
        )
        if report.rejected:
            self.rejected.show()
            for row in report.rejected[:2000]:
                self.rejected.addItem(
                    translate("ImportWizard", "Row {row}: {reason}").format(
                        row=row.row, reason=row.reason
                    )
                )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.error = exc
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        message = (
            str(exc)
            if isinstance(exc, PressDeskError)
            else translate(
                "ImportWizard",
                "Something went wrong; nothing was imported. The details are in the log file.",
            )
        )
        self.summary.setText("⚠ " + message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.report is not None


class ImportWizard(QWizard):
    def __init__(
        self,
        database: Database,
        list_names: list[str],
        parent: QWidget | None = None,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(translate("ImportWizard", "Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(820, 560)
        self.file_page = FilePage(list_names)
        self.mapping_page = MappingPage(self)
        self.check_page = RunPage(self, keep=False)
        self.import_page = RunPage(self, keep=True)
        for page in (self.file_page, self.mapping_page, self.check_page, self.import_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("ImportWizard", "Done"))
        self.check_page.setButtonText(
            QWizard.WizardButton.NextButton, translate("ImportWizard", "Import")
        )
        if path is not None:
            self.file_page.path.setText(str(path))

    @property
    def path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    @property
    def list_name(self) -> str | None:
        return self.file_page.list_name.currentText().strip() or None
