"""The Releases section: the list, and beside it the selected release as a journalist reads it.

The detail pane shows the release's status and reach, the email as a sample journalist would
receive it (rendered off the GUI thread), and the next steps: open it in the editor or send it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QWidget

from pressdesk.database import Database
from pressdesk.releases.compose import RenderedParts
from pressdesk.releases.preview import render_preview
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.sections import SectionPage, SectionSpec, heading_font
from pressdesk.ui.table import RowsModel
from pressdesk.ui.worker import run_job


def load_preview(database: Database, release_id: int) -> RenderedParts:
    with database.session() as session:
        return render_preview(session, release_id)


class ReleasesPage(SectionPage):
    """Releases with a live preview of the selected one and its Open and Send buttons."""

    send_requested = Signal(int)  # a release id

    def __init__(self, spec: SectionSpec, database: Database, actions: Sequence[QAction] = ()):
        super().__init__(spec, database, actions)
        self._current: Any = None
        self._generation = 0

        self.open_button = QPushButton(icon("pencil"), translate("ReleasesView", "Open"))
        self.open_button.setAccessibleName(translate("ReleasesView", "Open in the editor"))
        self.open_button.clicked.connect(lambda: self.activated.emit(self._current))
        self.send_button = QPushButton(icon("send"), translate("ReleasesView", "Send…"))
        self.send_button.setAccessibleName(translate("ReleasesView", "Send this release"))
        self.send_button.clicked.connect(lambda: self.send_requested.emit(self._current.id))
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.open_button)
        row.addWidget(self.send_button)
        row.addStretch(1)

        self.preview_heading = QLabel(translate("ReleasesView", "As a journalist receives it"))
        self.preview_heading.setFont(heading_font(0))
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(220)
        self.preview.setAccessibleName(translate("ReleasesView", "Email preview"))
        self.detail.add_widgets(
            [buttons, self.preview_heading, self.preview_subject, self.preview], stretch_last=True
        )
        self.detail.setMinimumWidth(380)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self._show_preview_widgets(False)

    def _show_preview_widgets(self, visible: bool) -> None:
        for widget in (
            self.open_button,
            self.send_button,
            self.preview_heading,
            self.preview_subject,
            self.preview,
        ):
            widget.setVisible(visible)

    def _show_current(self, current: Any, previous: Any) -> None:
        super()._show_current(current, previous)
        self._generation += 1
        self._current = self.proxy.data(current, RowsModel.ROW_ROLE) if current.isValid() else None
        self._show_preview_widgets(self._current is not None)
        if self._current is None:
            return
        generation, release_id, database = self._generation, self._current.id, self._database
        self.preview_subject.setText(translate("ReleasesView", "Preparing the preview…"))
        self.preview.clear()
        run_job(
            lambda: load_preview(database, release_id),
            on_success=lambda parts: self._preview_ready(generation, parts),
            on_failure=lambda exc: self._preview_failed(generation, exc),
            owner=self,
        )

    def _preview_ready(self, generation: int, parts: RenderedParts) -> None:
        if generation != self._generation:
            return  # another release was selected meanwhile
        self.preview_subject.setText(
            translate("ReleasesView", "Subject: {subject}").format(subject=parts.subject)
        )
        self.preview.setHtml(parts.html)

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.preview_subject.setText(
            translate("ReleasesView", "No preview: {problem}").format(problem=exc)
        )
