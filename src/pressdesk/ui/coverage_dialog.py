"""Logging a pickup of a release: which outlet, the link, its title and date, and notes.

The outlet is chosen from the outlets on file; the link is checked as it is typed and the core
checks everything again when saving, with its message shown beside the field it is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pressdesk.database import Database
from pressdesk.errors import InvalidInput, PressDeskError
from pressdesk.tracking.coverage import CoverageRecord, add_coverage, validate_url
from pressdesk.ui.i18n import translate
from pressdesk.ui.messages import show_error
from pressdesk.ui.worker import run_job


class CoverageDialog(QDialog):
    """Add one pickup of ``release_id``; ``saved`` carries the record once it is stored."""

    saved = Signal(object)

    def __init__(
        self,
        database: Database,
        release_id: int,
        headline: str,
        outlets: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._release_id = release_id
        self.setWindowTitle(translate("CoverageDialog", "Log a pickup"))
        self.setMinimumWidth(520)

        about = QLabel(
            translate("CoverageDialog", "Coverage of “{headline}”").format(headline=headline)
        )
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)

        self.outlet = QComboBox()
        self.outlet.setEditable(True)
        self.outlet.addItems(list(outlets))
        self.outlet.setCurrentIndex(-1)
        self.outlet.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.outlet.lineEdit().setPlaceholderText(
            translate("CoverageDialog", "Choose or type an outlet on file")
        )
        completer = QCompleter(list(outlets), self.outlet)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.outlet.setCompleter(completer)
        self.outlet.setAccessibleName(translate("CoverageDialog", "Outlet"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(translate("CoverageDialog", "Link"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(translate("CoverageDialog", "Title"))
        self.published = QDateEdit(QDate.currentDate())
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("d MMM yyyy")
        self.published.setAccessibleName(translate("CoverageDialog", "Date it appeared"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(translate("CoverageDialog", "Notes"))
        self.notes.setFixedHeight(70)
        self.problems = {key: self._problem_label() for key in ("outlet", "url", "other")}

        form = QFormLayout()
        form.addRow(translate("CoverageDialog", "Outlet:"), self.outlet)
        form.addRow("", self.problems["outlet"])
        form.addRow(translate("CoverageDialog", "Link:"), self.url)
        form.addRow("", self.problems["url"])
        form.addRow(translate("CoverageDialog", "Title:"), self.title_edit)
        form.addRow(translate("CoverageDialog", "Date:"), self.published)
        form.addRow(translate("CoverageDialog", "Notes:"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problems["other"])
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(lambda _text: self._check_url(quiet_when_empty=True))
        self.outlet.currentTextChanged.connect(lambda _text: self.problems["outlet"].hide())

    @staticmethod
    def _problem_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet("color: #c62828;")  # the message itself says what is wrong
        label.hide()
        return label

    def _show_problem(self, key: str, text: str) -> None:
        label = self.problems[key]
        label.setText("⚠ " + text)
        label.show()

    def _check_url(self, *, quiet_when_empty: bool = False) -> bool:
        text = self.url.text()
        if quiet_when_empty and not text.strip():
            self.problems["url"].hide()
            return False
        try:
            validate_url(text)
        except InvalidInput as exc:
            self._show_problem("url", exc.message + (f" {exc.hint}" if exc.hint else ""))
            return False
        self.problems["url"].hide()
        return True

    def save(self) -> None:
        outlet = self.outlet.currentText().strip()
        ok = self._check_url()
        if not outlet:
            self._show_problem(
                "outlet", translate("CoverageDialog", "Choose the outlet that published it.")
            )
            ok = False
        if not ok:
            return
        self.problems["other"].hide()
        self.buttons.setEnabled(False)
        database, release_id = self._database, self._release_id
        title = self.title_edit.text()
        url = self.url.text()
        notes = self.notes.toPlainText()
        published: date = self.published.date().toPython()  # type: ignore[assignment]

        def store() -> CoverageRecord:
            with database.session() as session:
                return add_coverage(
                    session,
                    release_id,
                    outlet=outlet,
                    url=url,
                    title=title or None,
                    published_on=published,
                    notes=notes or None,
                )

        run_job(store, on_success=self._stored, on_failure=self._refused, owner=self)

    def _stored(self, record: CoverageRecord) -> None:
        self.saved.emit(record)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, PressDeskError):
            show_error(self, exc)
            return
        text = exc.message + (f" {exc.hint}" if exc.hint else "")
        lowered = exc.message.casefold()
        if "outlet" in lowered:
            key = "outlet"
        elif any(word in lowered for word in ("url", "link", "web address")):
            key = "url"
        else:
            key = "other"
        self._show_problem(key, text)
