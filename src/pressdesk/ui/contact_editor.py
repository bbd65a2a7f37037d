"""Adding or changing one contact, with a message beside each field that needs attention.

In team mode two officers may open the same contact. The editor remembers the version it loaded;
when someone else saved in between, the save is refused, the officer's typed values stay in the
form, and a bar offers to load the other officer's version or to save theirs over it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.contacts.privacy import person_record
from pressdesk.contacts.records import create_contact, update_contact
from pressdesk.contacts.values import (
    InvalidValue,
    normalize_country,
    normalize_email,
    normalize_language,
    normalize_languages,
)
from pressdesk.database import Database
from pressdesk.errors import ConflictError, PressDeskError
from pressdesk.ui.i18n import translate
from pressdesk.ui.messages import show_error
from pressdesk.ui.worker import run_job

# field name -> (label, checker of the typed text or None)
FIELDS: list[tuple[str, str, Callable[[str], Any] | None]] = [
    ("email", QT_TRANSLATE_NOOP("ContactEditor", "Email"), normalize_email),
    ("first_name", QT_TRANSLATE_NOOP("ContactEditor", "First name"), None),
    ("last_name", QT_TRANSLATE_NOOP("ContactEditor", "Last name"), None),
    ("title", QT_TRANSLATE_NOOP("ContactEditor", "Title or role"), None),
    ("outlet", QT_TRANSLATE_NOOP("ContactEditor", "Outlet"), None),
    ("country", QT_TRANSLATE_NOOP("ContactEditor", "Country"), normalize_country),
    ("city", QT_TRANSLATE_NOOP("ContactEditor", "City"), None),
    ("language", QT_TRANSLATE_NOOP("ContactEditor", "Language"), normalize_language),
    ("other_languages", QT_TRANSLATE_NOOP("ContactEditor", "Other languages"), normalize_languages),
    ("beats", QT_TRANSLATE_NOOP("ContactEditor", "Beats"), None),
    ("phone", QT_TRANSLATE_NOOP("ContactEditor", "Phone"), None),
]


class ContactEditor(QDialog):
    """A new contact, or the one with ``address``."""

    saved = Signal(str)

    def __init__(
        self,
        database: Database,
        address: str | None = None,
        parent: QWidget | None = None,
        outlets: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.address = address
        self.version: int | None = None  # as loaded; a save is refused if it has moved on
        self.setWindowTitle(
            translate("ContactEditor", "New contact")
            if address is None
            else translate("ContactEditor", "Edit contact")
        )
        self.setMinimumWidth(520)
        self.inputs: dict[str, QLineEdit] = {}
        self.problems: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label, checker in FIELDS:
            edit = QLineEdit()
            edit.setAccessibleName(translate("ContactEditor", label))
            problem = QLabel()
            problem.setStyleSheet("color: #c62828;")
            problem.setWordWrap(True)
            problem.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(problem)
            form.addRow(
                translate("ContactEditor", "{label}:").format(
                    label=translate("ContactEditor", label)
                ),
                column,
            )
            self.inputs[name] = edit
            self.problems[name] = problem
            if checker is not None:
                edit.editingFinished.connect(lambda n=name, c=checker: self._check(n, c))
        self.inputs["beats"].setPlaceholderText(
            translate("ContactEditor", "health; climate; elections")
        )
        self.inputs["phone"].setPlaceholderText(translate("ContactEditor", "+504 2234 5678"))
        self.inputs["country"].setPlaceholderText(
            translate("ContactEditor", "Code or name, e.g. HN or Honduras")
        )
        if outlets:
            completer_combo = QComboBox()
            completer_combo.addItems(outlets)
            self.inputs["outlet"].setCompleter(completer_combo.completer())
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(translate("ContactEditor", "Notes"))
        self.notes.setFixedHeight(70)
        form.addRow(translate("ContactEditor", "Notes:"), self.notes)
        if address is not None:
            self.inputs["email"].setReadOnly(True)
            self.inputs["email"].setToolTip(
                translate("ContactEditor", "The address identifies the contact.")
            )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.conflict = self._build_conflict_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.conflict)
        layout.addWidget(self.buttons)
        if address is not None:
            run_job(
                lambda: self._load(address),
                on_success=self._fill,
                on_failure=lambda exc: show_error(self, exc),
                owner=self,
            )

    def _build_conflict_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("conflict")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar.setAccessibleName(translate("ContactEditor", "Changed by someone else"))
        self.conflict_text = QLabel()
        self.conflict_text.setWordWrap(True)
        self.load_theirs = QPushButton(translate("ContactEditor", "Load their version"))
        self.load_theirs.setToolTip(
            translate("ContactEditor", "Show what is saved now; what you typed is discarded.")
        )
        self.load_theirs.clicked.connect(self._load_theirs)
        self.keep_mine = QPushButton(translate("ContactEditor", "Save mine over theirs"))
        self.keep_mine.setToolTip(
            translate("ContactEditor", "Replace the fields you filled in with your values.")
        )
        self.keep_mine.clicked.connect(self._save_over_theirs)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.load_theirs)
        buttons.addWidget(self.keep_mine)
        column = QVBoxLayout(bar)
        column.addWidget(self.conflict_text)
        column.addLayout(buttons)
        bar.hide()
        return bar

    def _fit_height(self) -> None:
        """Grow to fit a wrapped message instead of squeezing the fields under it."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _load(self, address: str) -> dict[str, Any]:
        with self.database.session() as session:
            return person_record(session, address)

    def _fill(self, record: dict[str, Any]) -> None:
        values = {
            **{name: record.get(name) or "" for name, _, _ in FIELDS},
            "other_languages": ", ".join(record.get("other_languages") or []),
            "beats": "; ".join(record.get("beats") or []),
            "phone": "; ".join(record.get("phones") or []),
        }
        for name, edit in self.inputs.items():
            edit.setText(str(values.get(name) or ""))
        self.notes.setPlainText(record.get("notes") or "")
        self.version = record.get("version")

    def _check(self, name: str, checker: Callable[[str], Any]) -> bool:
        text = self.inputs[name].text().strip()
        problem = self.problems[name]
        if not text and name != "email":
            problem.hide()
            return True
        try:
            checker(text)
        except InvalidValue as exc:
            message = str(exc)
            problem.setText(message[:1].upper() + message[1:] + ".")
            problem.show()
            return False
        problem.hide()
        return True

    def cells(self) -> dict[str, str]:
        values = {name: edit.text().strip() for name, edit in self.inputs.items()}
        values["notes"] = self.notes.toPlainText().strip()
        return values

    def save(self) -> None:
        results = [self._check(name, checker) for name, _, checker in FIELDS if checker]
        if not all(results):  # every field checked, so every problem shows at once
            return
        cells = self.cells()
        address = self.address
        version = self.version

        def work() -> str:
            with self.database.session() as session:
                if address is None:
                    create_contact(session, cells)
                else:
                    update_contact(session, address, cells, expected_version=version)
            return cells["email"]

        self._set_busy(True)
        run_job(work, on_success=self._saved, on_failure=self._failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.load_theirs.setEnabled(not busy)
        self.keep_mine.setEnabled(not busy)

    def _saved(self, address: str) -> None:
        self.saved.emit(address)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ConflictError):
            self.error.hide()
            self.conflict_text.setText(
                "<b>"
                + html.escape(exc.message)
                + "</b><br>"
                + translate(
                    "ContactEditor",
                    "Nothing was saved. What you typed is still here: load their version to "
                    "see it, or save yours over it.",
                )
            )
            self.conflict.show()
            self._fit_height()
            return
        if isinstance(exc, PressDeskError):
            self.error.setText(str(exc))
            self.error.show()
        else:
            show_error(self, exc)

    def _load_theirs(self) -> None:
        if self.address is None:
            return
        address = self.address
        self._set_busy(True)

        def loaded(record: dict[str, Any]) -> None:
            self._set_busy(False)
            self._fill(record)
            self.conflict.hide()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            show_error(self, exc)

        run_job(lambda: self._load(address), on_success=loaded, on_failure=failed, owner=self)

    def _save_over_theirs(self) -> None:
        """Save the typed values on top of the version that is stored now."""
        if self.address is None:
            return
        address = self.address
        self._set_busy(True)

        def current(record: dict[str, Any]) -> None:
            self.version = record.get("version")
            self.conflict.hide()
            self.save()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            show_error(self, exc)

        run_job(lambda: self._load(address), on_success=current, on_failure=failed, owner=self)
