"""Adding or changing one contact, with a message beside each field that needs attention."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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
from pressdesk.errors import PressDeskError
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if address is not None:
            run_job(
                lambda: self._load(address),
                on_success=self._fill,
                on_failure=lambda exc: show_error(self, exc),
                owner=self,
            )

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

        def work() -> str:
            with self.database.session() as session:
                if address is None:
                    create_contact(session, cells)
                else:
                    update_contact(session, address, cells)
            return cells["email"]

        self.buttons.setEnabled(False)
        run_job(work, on_success=self._saved, on_failure=self._failed, owner=self)

    def _saved(self, address: str) -> None:
        self.saved.emit(address)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, PressDeskError):
            self.error.setText(str(exc))
            self.error.show()
        else:
            show_error(self, exc)
