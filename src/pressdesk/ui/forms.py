"""Small form pieces shared by the editors: a field with its problem shown right beneath it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pressdesk.errors import InvalidInput, PressDeskError
from pressdesk.ui.i18n import translate
from pressdesk.ui.messages import show_error
from pressdesk.ui.worker import run_job

PROBLEM_STYLE = "color: #c62828;"  # the restrained "bad" accent, always with words


class FieldRefused(InvalidInput):
    """A save refused because of one field (a name already taken): shown beside that field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def choose_certificate(parent: QWidget, title: str, into: QLineEdit) -> None:
    """Ask for a CA certificate file (for a server with the organization's own certificate)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        translate("Forms", "Certificates (*.pem *.crt);;All files (*)"),
    )
    if path:
        into.setText(path)


def problem_label() -> QLabel:
    """A hidden red line of text that says what is wrong with the field above it."""
    label = QLabel()
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_problem(label: QLabel, message: str | None) -> None:
    if message:
        label.setText(message[:1].upper() + message[1:])
        label.show()
    else:
        label.clear()
        label.hide()


def with_problem(widget: QWidget, problem: QLabel) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(problem)
    return column


class NameDialog(QDialog):
    """Ask for a name and run ``work(name)`` on a worker thread; a refusal shows beside the field.

    ``work`` opens its own session. ``saved`` carries its result once it succeeded.
    """

    saved = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        name: str,
        work: Callable[[str], Any],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._work = work
        self.name = QLineEdit(name)
        self.name.setAccessibleName(label)
        self.name.selectAll()
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(label + ":", with_problem(self.name, self.problem))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept_name)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(lambda _text: show_problem(self.problem, None))

    def accept_name(self) -> None:
        text = self.name.text().strip()
        if not text:
            show_problem(self.problem, translate("Forms", "Type a name."))
            return
        self.buttons.setEnabled(False)
        work = self._work
        run_job(lambda: work(text), on_success=self._done, on_failure=self._failed, owner=self)

    def _done(self, result: Any) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, PressDeskError):
            show_problem(self.problem, str(exc))
            self.name.setFocus()
        else:
            show_error(self, exc)
