"""The release editor: a document-like form, language tabs, and a live preview as sent.

The preview renders the text being typed, not the saved one: on a worker thread the draft is
written into a database transaction that is always rolled back, and the real composer renders
it for the chosen journalist. What you see is what that person will receive.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from pressdesk.database import Database
from pressdesk.database.models import Contact, ReleaseStatus
from pressdesk.releases.attachments import add_attachment, remove_attachment, size_text
from pressdesk.releases.compose import RenderedParts
from pressdesk.releases.preview import render_archive_copy, render_preview
from pressdesk.releases.service import (
    LibraryBlock,
    ReleaseDetail,
    ReleaseFields,
    VersionText,
    create_release,
    list_boilerplates,
    list_media_contacts,
    release_detail,
    save_version,
    set_status,
    update_release,
)
from pressdesk.releases.words import zone_of
from pressdesk.settings import load_organization
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.messages import show_error
from pressdesk.ui.sections import heading_font
from pressdesk.ui.worker import run_job

LANGUAGE_CHOICES = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ar": "العربية",
    "ru": "Русский",
    "zh": "中文",
    "de": "Deutsch",
    "it": "Italiano",
    "sw": "Kiswahili",
}
COMMON_ZONES = [
    "UTC",
    "America/Panama",
    "America/Mexico_City",
    "America/New_York",
    "America/Bogota",
    "America/Santo_Domingo",
    "Europe/Paris",
    "Europe/London",
    "Africa/Dakar",
    "Africa/Nairobi",
    "Asia/Bangkok",
]


@dataclass
class Draft:
    """What is in the editor now: the release's fields and every language version's text."""

    release_id: int | None
    fields: ReleaseFields
    versions: dict[str, VersionText]
    row_version: int | None = None
    status: ReleaseStatus = ReleaseStatus.DRAFT


def _write_draft(session: Any, draft: Draft) -> int:
    """Store the draft through the release service; returns the release id."""
    versions = list(draft.versions.values())
    if draft.release_id is None:
        main = draft.versions[draft.fields.language]
        others = [v for v in versions if v.language != main.language]
        return create_release(session, draft.fields, [main, *others]).id
    for text in versions:
        save_version(session, draft.release_id, text)
    update_release(session, draft.release_id, draft.fields, expected_row_version=draft.row_version)
    return draft.release_id


def save_draft(database: Database, draft: Draft) -> ReleaseDetail:
    with database.session() as session:
        release_id = _write_draft(session, draft)
        session.flush()
        return release_detail(session, release_id)


def preview_draft(
    database: Database, draft: Draft, language: str, contact_id: int | None
) -> RenderedParts:
    """Render unsaved text as the chosen contact would receive it; nothing is kept."""
    with database.session_factory() as session:
        try:
            release_id = _write_draft(session, replace(draft, row_version=None))
            session.flush()
            return render_preview(session, release_id, contact_id=contact_id, language=language)
        finally:
            session.rollback()


@dataclass(frozen=True)
class EditorSetup:
    detail: ReleaseDetail | None
    boilerplates: list[LibraryBlock]
    media_contacts: list[LibraryBlock]
    contacts: list[tuple[int, str]]
    default_language: str


def load_editor_setup(database: Database, release_id: int | None) -> EditorSetup:
    with database.session() as session:
        contacts = [
            (cid, f"{' '.join(p for p in (first, last) if p)} <{email}>")
            for cid, first, last, email in session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name, Contact.email)
                .order_by(Contact.last_name, Contact.first_name)
                .limit(500)
            )
        ]
        return EditorSetup(
            detail=release_detail(session, release_id) if release_id is not None else None,
            boilerplates=list_boilerplates(session),
            media_contacts=list_media_contacts(session),
            contacts=contacts,
            default_language=load_organization(session).default_language,
        )


class BlockPicker(QWidget):
    """A reusable block (boilerplate or media contact): choose from the library, then edit."""

    changed = Signal()

    def __init__(self, title: str, placeholder: str) -> None:
        super().__init__()
        self.choice = QComboBox()
        self.choice.setAccessibleName(title)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.setMinimumContentsLength(18)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(placeholder)
        self.text.setAccessibleName(title)
        self.text.setFixedHeight(90)
        self._blocks: list[LibraryBlock] = []
        heading = QLabel(title)
        heading.setFont(heading_font(1))
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(self.choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.choice.activated.connect(self._use_choice)
        self.text.textChanged.connect(self.changed)

    def set_library(self, blocks: list[LibraryBlock], language: str) -> None:
        self._blocks = [b for b in blocks if b.language == language] or blocks
        self.choice.clear()
        self.choice.addItem(translate("ReleaseEditor", "From the library…"), None)
        for block in self._blocks:
            self.choice.addItem(f"{block.name} ({block.language})", block.id)
        self.choice.setEnabled(bool(self._blocks))

    def _use_choice(self, index: int) -> None:
        block_id = self.choice.itemData(index)
        block = next((b for b in self._blocks if b.id == block_id), None)
        if block is not None:
            self.text.setPlainText(block.body)

    def chosen_id(self) -> int | None:
        body = self.text.toPlainText().strip()
        block = next((b for b in self._blocks if b.body.strip() == body), None)
        return block.id if block else None


class ReleaseEditor(QWidget):
    """One release in a window of its own."""

    saved = Signal(int)
    send_requested = Signal(int)  # the release id, saved; the main window opens the send dialog

    def __init__(
        self, database: Database, release_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.database = database
        self.setWindowTitle(
            translate("ReleaseEditor", "New release")
            if release_id is None
            else translate("ReleaseEditor", "Release")
        )
        self.resize(1240, 800)
        self.setAcceptDrops(True)
        self.draft = Draft(None, ReleaseFields(language="en"), {})
        self._language = "en"
        self._loading = True
        self._dirty = False
        self._contacts: list[tuple[int, str]] = []
        self._boilerplates: list[LibraryBlock] = []
        self._media_contacts: list[LibraryBlock] = []
        self.last_preview: RenderedParts | None = None
        self.preview_error: str | None = None
        self._preview_generation = 0
        self._send_after_save = False
        self._build()
        run_job(
            lambda: load_editor_setup(database, release_id),
            on_success=self._set_up,
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_action = QAction(icon("save"), translate("ReleaseEditor", "Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.approve_action = QAction(
            icon("circle-check"), translate("ReleaseEditor", "Approve"), self
        )
        self.approve_action.setToolTip(
            translate("ReleaseEditor", "Mark the release as approved for sending")
        )
        self.approve_action.triggered.connect(self.approve)
        self.pdf_action = QAction(icon("file-down"), translate("ReleaseEditor", "PDF…"), self)
        self.pdf_action.setToolTip(translate("ReleaseEditor", "Save an archive copy as PDF"))
        self.pdf_action.triggered.connect(self.export_pdf)
        self.send_action = QAction(icon("send"), translate("ReleaseEditor", "Send…"), self)
        self.send_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter")]
        )
        self.send_action.setToolTip(
            translate("ReleaseEditor", "Send this release to lists and segments (Ctrl+Shift+Enter)")
        )
        self.send_action.triggered.connect(self.request_send)
        for action in (self.save_action, self.approve_action, self.pdf_action, self.send_action):
            toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        toolbar.addWidget(spacer)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(translate("ReleaseEditor", "Status"))
        toolbar.addWidget(self.status_label)

        # The banner: an icon (a glyph such as an hourglass is missing from many fonts) and text.
        self.embargo_frame = QFrame()
        self.embargo_frame.setObjectName("embargo")
        self.embargo_frame.setStyleSheet(
            "QFrame#embargo { background: #fff4d6; border: 1px solid #e0b84c;"
            " border-radius: 4px; }"
            " QFrame#embargo QLabel { color: #5c3d00; font-weight: bold; }"
        )
        embargo_icon = QLabel()
        embargo_icon.setPixmap(icon("calendar-clock").pixmap(18, 18))
        embargo_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.embargo_banner = QLabel()
        self.embargo_banner.setWordWrap(True)
        banner_row = QHBoxLayout(self.embargo_frame)
        banner_row.setContentsMargins(10, 6, 10, 6)
        banner_row.addWidget(embargo_icon)
        banner_row.addWidget(self.embargo_banner, 1)
        self.embargo_frame.hide()

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(translate("ReleaseEditor", "Language versions"))
        self.tabs.currentChanged.connect(self._switch_language)
        add_language = QPushButton(icon("plus"), translate("ReleaseEditor", "Add a language"))
        add_language.clicked.connect(self.add_language)
        tabs_row = QHBoxLayout()
        tabs_row.addWidget(self.tabs)
        tabs_row.addWidget(add_language)
        tabs_row.addStretch(1)

        self.headline = QLineEdit()
        self.headline.setPlaceholderText(translate("ReleaseEditor", "Headline"))
        self.headline.setAccessibleName(translate("ReleaseEditor", "Headline"))
        self.headline.setFont(heading_font(8))
        self.headline.setFrame(False)
        self.subheadline = QLineEdit()
        self.subheadline.setPlaceholderText(translate("ReleaseEditor", "Subheadline (optional)"))
        self.subheadline.setAccessibleName(translate("ReleaseEditor", "Subheadline"))
        font = QFont(self.subheadline.font())
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() + 2)
        self.subheadline.setFont(font)
        self.subheadline.setFrame(False)

        self.dateline = QLineEdit()
        self.dateline.setPlaceholderText(
            translate("ReleaseEditor", "Dateline place, e.g. PANAMA CITY")
        )
        self.dateline.setAccessibleName(translate("ReleaseEditor", "Dateline"))
        self.release_date = QDateEdit()
        self.release_date.setCalendarPopup(True)
        self.release_date.setDisplayFormat("d MMM yyyy")
        self.release_date.setDate(QDate.currentDate())
        self.release_date.setAccessibleName(translate("ReleaseEditor", "Release date"))
        self.main_language = QComboBox()
        self.main_language.setAccessibleName(translate("ReleaseEditor", "Main language"))
        self.embargoed = QCheckBox(translate("ReleaseEditor", "Embargoed until"))
        self.embargo_at = QDateTimeEdit()
        self.embargo_at.setCalendarPopup(True)
        self.embargo_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.embargo_at.setAccessibleName(translate("ReleaseEditor", "Embargo moment"))
        self.embargo_zone = QComboBox()
        self.embargo_zone.setEditable(True)
        self.embargo_zone.addItems(COMMON_ZONES)
        self.embargo_zone.setAccessibleName(translate("ReleaseEditor", "Embargo time zone"))
        self.embargoed.toggled.connect(self.embargo_at.setEnabled)
        self.embargoed.toggled.connect(self.embargo_zone.setEnabled)
        self.embargo_at.setEnabled(False)
        self.embargo_zone.setEnabled(False)
        meta = QHBoxLayout()
        meta.addWidget(self.dateline, 2)
        meta.addWidget(self.release_date)
        meta.addWidget(QLabel(translate("ReleaseEditor", "Main language:")))
        meta.addWidget(self.main_language)
        embargo_row = QHBoxLayout()
        embargo_row.addWidget(self.embargoed)
        embargo_row.addWidget(self.embargo_at)
        embargo_row.addWidget(self.embargo_zone)
        embargo_row.addStretch(1)

        format_bar = QToolBar()
        format_bar.setIconSize(format_bar.iconSize() * 0.8)
        for name, label, shortcut, before, after in (
            ("bold", translate("ReleaseEditor", "Bold"), "Ctrl+B", "**", "**"),
            ("italic", translate("ReleaseEditor", "Italic"), "Ctrl+I", "*", "*"),
            ("heading", translate("ReleaseEditor", "Heading"), None, "## ", ""),
            ("list", translate("ReleaseEditor", "List"), None, "- ", ""),
            ("link", translate("ReleaseEditor", "Link"), "Ctrl+K", "[", "](https://)"),
            ("quote", translate("ReleaseEditor", "Quote"), None, "> ", ""),
        ):
            action = QAction(icon(name), label, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setToolTip(f"{label} ({shortcut})")
            action.triggered.connect(lambda _=False, b=before, a=after: self._wrap_selection(b, a))
            format_bar.addAction(action)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(
            translate(
                "ReleaseEditor",
                "Write the release here. Markdown works: **bold**, *italic*, ## heading, "
                "- list, [link](https://…), > quote.",
            )
        )
        self.body.setAccessibleName(translate("ReleaseEditor", "Body"))
        self.body.setMinimumHeight(260)

        self.boilerplate = BlockPicker(
            translate("ReleaseEditor", "About us"),
            translate("ReleaseEditor", "The organization's boilerplate"),
        )
        self.media_contact = BlockPicker(
            translate("ReleaseEditor", "Media contact"),
            translate("ReleaseEditor", "Name, office, phone and email for journalists"),
        )

        self.attachments = QListWidget()
        self.attachments.setAccessibleName(translate("ReleaseEditor", "Attachments"))
        self.attachments.setMaximumHeight(90)
        attach_button = QPushButton(icon("paperclip"), translate("ReleaseEditor", "Attach files…"))
        attach_button.clicked.connect(self.choose_attachments)
        remove_button = QPushButton(icon("trash-2"), translate("ReleaseEditor", "Remove"))
        remove_button.clicked.connect(self.remove_selected_attachment)
        self.attachment_note = QLabel()
        self.attachment_note.setWordWrap(True)
        attach_row = QHBoxLayout()
        attach_heading = QLabel(translate("ReleaseEditor", "Attachments"))
        attach_heading.setFont(heading_font(1))
        attach_row.addWidget(attach_heading)
        attach_row.addStretch(1)
        attach_row.addWidget(attach_button)
        attach_row.addWidget(remove_button)

        document = QWidget()
        document.setObjectName("document")
        doc_layout = QVBoxLayout(document)
        doc_layout.setContentsMargins(28, 18, 28, 18)
        doc_layout.addWidget(self.headline)
        doc_layout.addWidget(self.subheadline)
        doc_layout.addLayout(meta)
        doc_layout.addLayout(embargo_row)
        doc_layout.addSpacing(6)
        doc_layout.addWidget(format_bar)
        doc_layout.addWidget(self.body, 1)
        doc_layout.addWidget(self.boilerplate)
        doc_layout.addWidget(self.media_contact)
        doc_layout.addLayout(attach_row)
        doc_layout.addWidget(self.attachments)
        doc_layout.addWidget(self.attachment_note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(document)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.preview_contact = QComboBox()
        self.preview_contact.setAccessibleName(translate("ReleaseEditor", "Preview as"))
        self.preview_contact.currentIndexChanged.connect(self.schedule_preview)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setFont(heading_font(1))
        self.preview_html = QTextBrowser()
        self.preview_html.setOpenLinks(False)
        self.preview_html.setAccessibleName(translate("ReleaseEditor", "HTML preview"))
        self.preview_text = QPlainTextEdit()
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(translate("ReleaseEditor", "Plain text preview"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.preview_text.setFont(mono)
        self.preview_tabs = QTabWidget()
        self.preview_tabs.addTab(self.preview_html, translate("ReleaseEditor", "HTML"))
        self.preview_tabs.addTab(self.preview_text, translate("ReleaseEditor", "Plain text"))
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        form = QFormLayout()
        form.addRow(translate("ReleaseEditor", "Preview as:"), self.preview_contact)
        preview_layout.addLayout(form)
        preview_layout.addWidget(self.preview_subject)
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.preview_tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        inner = QVBoxLayout()
        inner.setContentsMargins(12, 4, 12, 8)
        inner.addWidget(self.embargo_frame)
        inner.addLayout(tabs_row)
        inner.addWidget(splitter, 1)
        layout.addLayout(inner, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(350)
        self._preview_timer.timeout.connect(self.refresh_preview)
        for widget in (self.headline, self.subheadline, self.dateline):
            widget.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.boilerplate.changed.connect(self._edited)
        self.media_contact.changed.connect(self._edited)
        self.release_date.dateChanged.connect(self._edited)
        self.embargoed.toggled.connect(self._edited)
        self.embargo_at.dateTimeChanged.connect(self._edited)
        self.embargo_zone.currentTextChanged.connect(self._edited)
        self.main_language.currentIndexChanged.connect(self._edited)

    # -- loading --------------------------------------------------------------------------------

    def _set_up(self, setup: EditorSetup) -> None:
        self._boilerplates = setup.boilerplates
        self._media_contacts = setup.media_contacts
        self._contacts = setup.contacts
        self.preview_contact.blockSignals(True)
        self.preview_contact.addItem(translate("ReleaseEditor", "A sample journalist"), None)
        for contact_id, label in setup.contacts:
            self.preview_contact.addItem(label, contact_id)
        self.preview_contact.blockSignals(False)
        if setup.detail is None:
            language = setup.default_language
            self.draft = Draft(
                None,
                ReleaseFields(language=language, release_date=date.today()),
                {language: VersionText(language=language, headline="")},
            )
        else:
            self._apply_detail(setup.detail)
        self._rebuild_tabs()
        self._loading = False
        self._dirty = False
        self._update_status()
        self.schedule_preview()

    def _apply_detail(self, detail: ReleaseDetail) -> None:
        self.draft = Draft(
            detail.id,
            detail.fields,
            {v.language: v for v in detail.versions},
            row_version=detail.row_version,
            status=detail.status,
        )
        self.setWindowTitle(translate("ReleaseEditor", "Release #{id}").format(id=detail.id))
        self.attachments.clear()
        for info in detail.attachments:
            item = QListWidgetItem(icon("paperclip"), f"{info.filename}  ({size_text(info.size)})")
            item.setData(Qt.ItemDataRole.UserRole, info.filename)
            self.attachments.addItem(item)
        self.attachment_note.setText(detail.attachments_warning or "")

    def _rebuild_tabs(self) -> None:
        self._loading = True
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        languages = list(self.draft.versions)
        for language in languages:
            label = LANGUAGE_CHOICES.get(language, language.upper())
            if language == self.draft.fields.language:
                label += " ★"
            self.tabs.addTab(label)
            self.tabs.setTabData(self.tabs.count() - 1, language)
        self.main_language.clear()
        for language in languages:
            self.main_language.addItem(LANGUAGE_CHOICES.get(language, language), language)
        self.main_language.setCurrentIndex(languages.index(self.draft.fields.language))
        if self._language not in languages:
            self._language = self.draft.fields.language
        self.tabs.setCurrentIndex(languages.index(self._language))
        self.tabs.blockSignals(False)
        self._show_fields()
        self._show_version(self._language)
        self._loading = False

    def _show_fields(self) -> None:
        fields = self.draft.fields
        if fields.release_date:
            self.release_date.setDate(
                QDate(fields.release_date.year, fields.release_date.month, fields.release_date.day)
            )
        self.embargoed.setChecked(fields.embargo_at is not None)
        if fields.embargo_at is not None:
            zone = fields.embargo_timezone or "UTC"
            local = fields.embargo_at.astimezone(_zone(zone))
            self.embargo_at.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                )
            )
            self.embargo_zone.setCurrentText(zone)
        else:
            self.embargo_at.setDateTime(QDateTime.currentDateTime().addDays(1))

    def _show_version(self, language: str) -> None:
        text = self.draft.versions[language]
        self.headline.setText(text.headline)
        self.subheadline.setText(text.subheadline or "")
        self.dateline.setText(text.dateline or "")
        for field in (self.headline, self.subheadline, self.dateline):
            field.setCursorPosition(0)  # a long headline opens at its start, not its end
        self.body.setPlainText(text.body_md or "")
        self.boilerplate.set_library(self._boilerplates, language)
        self.media_contact.set_library(self._media_contacts, language)
        self.boilerplate.text.setPlainText(text.boilerplate or "")
        self.media_contact.text.setPlainText(text.media_contact or "")
        direction = (
            Qt.LayoutDirection.RightToLeft
            if language in {"ar", "he", "fa", "ur"}
            else Qt.LayoutDirection.LeftToRight
        )
        for widget in (self.headline, self.subheadline, self.body):
            widget.setLayoutDirection(direction)

    # -- editing --------------------------------------------------------------------------------

    def _collect(self) -> None:
        """Take what is on screen into the draft."""
        language = self._language
        self.draft.versions[language] = VersionText(
            language=language,
            headline=self.headline.text(),
            subheadline=self.subheadline.text() or None,
            dateline=self.dateline.text() or None,
            body_md=self.body.toPlainText(),
            boilerplate=self.boilerplate.text.toPlainText() or None,
            boilerplate_id=self.boilerplate.chosen_id(),
            media_contact=self.media_contact.text.toPlainText() or None,
            media_contact_id=self.media_contact.chosen_id(),
        )
        embargo = None
        zone = self.embargo_zone.currentText().strip() or "UTC"
        if self.embargoed.isChecked():
            moment = self.embargo_at.dateTime()
            naive = datetime(
                moment.date().year(),
                moment.date().month(),
                moment.date().day(),
                moment.time().hour(),
                moment.time().minute(),
            )
            embargo = naive.replace(tzinfo=_zone(zone))
        qdate = self.release_date.date()
        self.draft.fields = replace(
            self.draft.fields,
            language=self.main_language.currentData() or self.draft.fields.language,
            release_date=date(qdate.year(), qdate.month(), qdate.day()),
            embargo_at=embargo,
            embargo_timezone=zone if embargo else None,
        )

    def _edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self._dirty = True
        self._collect()
        self._update_status()
        self.schedule_preview()

    def _switch_language(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self._collect()
        self._language = self.tabs.tabData(index)
        self._loading = True
        self._show_version(self._language)
        self._loading = False
        self.schedule_preview()

    def add_language(self) -> None:
        choices = [
            f"{name} ({code})"
            for code, name in LANGUAGE_CHOICES.items()
            if code not in self.draft.versions
        ]
        choice, ok = QInputDialog.getItem(
            self,
            translate("ReleaseEditor", "Add a language"),
            translate("ReleaseEditor", "Language of the new version:"),
            choices,
            0,
            False,
        )
        if not ok:
            return
        self._collect()
        code = choice.rsplit("(", 1)[1].rstrip(")")
        current = self.draft.versions[self._language]
        self.draft.versions[code] = VersionText(
            language=code, headline="", dateline=current.dateline
        )
        self._language = code
        self._dirty = True
        self._rebuild_tabs()

    def _wrap_selection(self, before: str, after: str) -> None:
        cursor = self.body.textCursor()
        if not after:  # a block format: prefix the line
            cursor.movePosition(cursor.MoveOperation.StartOfBlock)
            cursor.insertText(before)
        else:
            selected = cursor.selectedText()
            cursor.insertText(f"{before}{selected}{after}")
        self.body.setFocus()

    def _update_status(self) -> None:
        status = translate("Sections", self.draft.status.value.capitalize())
        self.status_label.setText(
            translate("ReleaseEditor", "Status: {status}").format(status=status)
            + (" · " + translate("ReleaseEditor", "unsaved changes") if self._dirty else "")
        )
        embargo = self.draft.fields.embargo_at
        if embargo is not None and embargo > datetime.now(UTC):
            zone = self.draft.fields.embargo_timezone or "UTC"
            local = embargo.astimezone(_zone(zone))
            self.embargo_banner.setText(
                translate(
                    "ReleaseEditor",
                    "EMBARGOED until {moment} ({zone}). Journalists see the embargo in "
                    "the subject and at the top of the release.",
                ).format(moment=local.strftime("%Y-%m-%d %H:%M"), zone=zone)
            )
            self.embargo_frame.show()
        else:
            self.embargo_frame.hide()
        self.approve_action.setEnabled(self.draft.status is ReleaseStatus.DRAFT)

    # -- preview --------------------------------------------------------------------------------

    def schedule_preview(self, *_args: Any) -> None:
        if not self._loading:
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        self._collect()
        if not self.draft.versions[self._language].headline.strip():
            self.preview_note.setText(
                translate("ReleaseEditor", "Write a headline to see the preview.")
            )
            return
        self._preview_generation += 1
        generation = self._preview_generation
        draft = Draft(
            self.draft.release_id,
            self.draft.fields,
            dict(self.draft.versions),
            self.draft.row_version,
        )
        language, contact = self._language, self.preview_contact.currentData()
        run_job(
            lambda: preview_draft(self.database, draft, language, contact),
            on_success=lambda parts: self._show_preview(generation, parts),
            on_failure=lambda exc: self._preview_failed(generation, exc),
            owner=self,
        )

    def _show_preview(self, generation: int, parts: RenderedParts) -> None:
        if generation != self._preview_generation:
            return
        self.last_preview = parts
        self.preview_error = None
        self.preview_note.setText("")
        self.preview_subject.setText(
            translate("ReleaseEditor", "Subject: {subject}").format(subject=parts.subject)
        )
        scroll = self.preview_html.verticalScrollBar().value()
        self.preview_html.setHtml(parts.html)
        self.preview_html.verticalScrollBar().setValue(scroll)
        self.preview_text.setPlainText(parts.text)

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._preview_generation:
            return
        self.preview_error = str(exc)
        self.preview_note.setText("⚠ " + str(exc))

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        self._collect()
        draft = Draft(
            self.draft.release_id,
            self.draft.fields,
            dict(self.draft.versions),
            self.draft.row_version,
            self.draft.status,
        )
        run_job(
            lambda: save_draft(self.database, draft),
            on_success=self._saved,
            on_failure=self._save_failed,
            owner=self,
        )

    def _save_failed(self, exc: BaseException) -> None:
        self._send_after_save = False
        show_error(self, exc)

    def _saved(self, detail: ReleaseDetail) -> None:
        self._apply_detail(detail)
        self._dirty = False
        self._update_status()
        self.saved.emit(detail.id)
        if self._send_after_save:
            self._send_after_save = False
            self.send_requested.emit(detail.id)

    def request_send(self) -> None:
        """Open the send dialog on the saved text: unsaved changes are saved first."""
        if self.draft.release_id is None or self._dirty:
            self._send_after_save = True
            self.save()
            return
        self.send_requested.emit(self.draft.release_id)

    def approve(self) -> None:
        if self.draft.release_id is None or self._dirty:
            QMessageBox.information(
                self,
                translate("ReleaseEditor", "Approve"),
                translate("ReleaseEditor", "Save the release first."),
            )
            return
        release_id = self.draft.release_id

        def work() -> ReleaseDetail:
            with self.database.session() as session:
                set_status(session, release_id, ReleaseStatus.APPROVED)
                session.flush()
                return release_detail(session, release_id)

        run_job(
            work, on_success=self._saved, on_failure=lambda exc: show_error(self, exc), owner=self
        )

    def export_pdf(self) -> None:
        if self.draft.release_id is None:
            QMessageBox.information(
                self,
                translate("ReleaseEditor", "PDF"),
                translate("ReleaseEditor", "Save the release first."),
            )
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReleaseEditor", "Save as PDF"),
            f"release-{self.draft.release_id}.pdf",
            "PDF (*.pdf)",
        )
        if target:
            self.write_pdf(Path(target))

    def write_pdf(self, target: Path) -> None:
        from pressdesk.ui.pdf import write_release_pdf

        with self.database.session() as session:
            parts = render_archive_copy(
                session, self.draft.release_id or 0, language=self._language
            )
        write_release_pdf(parts.html, parts.subject, target)

    # -- attachments ----------------------------------------------------------------------------

    def choose_attachments(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, translate("ReleaseEditor", "Attach files"))
        self.attach([Path(p) for p in paths])

    def attach(self, paths: list[Path]) -> None:
        if not paths:
            return
        if self.draft.release_id is None:
            QMessageBox.information(
                self,
                translate("ReleaseEditor", "Attachments"),
                translate("ReleaseEditor", "Save the release once, then attach files to it."),
            )
            return
        release_id = self.draft.release_id

        def work() -> ReleaseDetail:
            with self.database.session() as session:
                for path in paths:
                    add_attachment(session, release_id, path)
                session.flush()
                return release_detail(session, release_id)

        run_job(
            work,
            on_success=self._attachments_changed,
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def remove_selected_attachment(self) -> None:
        item = self.attachments.currentItem()
        if item is None or self.draft.release_id is None:
            return
        release_id, name = self.draft.release_id, item.data(Qt.ItemDataRole.UserRole)

        def work() -> ReleaseDetail:
            with self.database.session() as session:
                remove_attachment(session, release_id, name)
                session.flush()
                return release_detail(session, release_id)

        run_job(
            work,
            on_success=self._attachments_changed,
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _attachments_changed(self, detail: ReleaseDetail) -> None:
        dirty = self._dirty
        versions = dict(self.draft.versions)
        self._apply_detail(detail)
        self.draft.versions.update(versions)  # keep unsaved text
        self._dirty = dirty
        self.schedule_preview()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [
            Path(url.toLocalFile())
            for url in event.mimeData().urls()
            if isinstance(url, QUrl) and url.isLocalFile()
        ]
        self.attach([p for p in paths if p.is_file()])

    def discard_changes(self) -> None:
        """Forget unsaved edits, so closing does not ask about them."""
        self._dirty = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                translate("ReleaseEditor", "Unsaved changes"),
                translate("ReleaseEditor", "Save your changes to this release?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
        super().closeEvent(event)


def _zone(name: str) -> Any:
    """The zone of an IANA name or a fixed offset such as UTC-06:00 (UTC when unknown)."""
    return zone_of(name) or UTC


__all__ = ["ReleaseEditor", "available_timezones"]
