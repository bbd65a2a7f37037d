"""The main window: a sidebar of sections, the section's table and details, and a status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pressdesk import APP_NAME
from pressdesk.database import Database, open_database
from pressdesk.demo import create_demo_database, remove_demo_database
from pressdesk.jobs import Progress
from pressdesk.mail.outbox import ACTIVE_STATUSES
from pressdesk.paths import log_dir
from pressdesk.ui.contact_editor import ContactEditor
from pressdesk.ui.dialogs import PreferencesDialog, describe_database, show_about
from pressdesk.ui.i18n import install_language, preferred_language, translate
from pressdesk.ui.icons import icon
from pressdesk.ui.import_wizard import ImportWizard
from pressdesk.ui.messages import describe_error, show_error
from pressdesk.ui.qsettings import app_settings
from pressdesk.ui.release_editor import ReleaseEditor
from pressdesk.ui.section_specs import ALL_SECTIONS, CUSTOM_PAGES
from pressdesk.ui.sections import SectionPage
from pressdesk.ui.table import format_value
from pressdesk.ui.welcome import WelcomeDialog
from pressdesk.ui.worker import JobThread, run_job, wait_for_all_jobs

log = logging.getLogger(__name__)
CONTACT_FILE_SUFFIXES = {".csv", ".txt", ".tsv", ".xlsx", ".vcf", ".vcard"}
_open_windows: set[MainWindow] = set()  # windows rebuilt in another language, kept alive here
BADGE_ROLE = Qt.ItemDataRole.UserRole + 10


class SidebarDelegate(QStyledItemDelegate):
    """Draws a section's count at the right edge of its sidebar row, in a muted colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        badge = index.data(BADGE_ROLE)
        if not badge:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(option.palette.color(role))
        rect = QRect(option.rect).adjusted(0, 0, -12, 0)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), badge
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), 36))


class JobProgress(QWidget):
    """The status bar's progress: a bar, counts, time left, and Cancel."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._job: JobThread | None = None
        self.cancel.clicked.connect(self._cancel)
        self.hide()

    def track(self, job: JobThread, title: str) -> None:
        self._job = job
        self.label.setText(title)
        self.bar.setRange(0, 0)
        job.progressed.connect(lambda step: self.update_progress(title, step))
        job.finished.connect(self.hide)
        self.show()

    def update_progress(self, title: str, step: Progress) -> None:
        if step.total:
            self.bar.setRange(0, step.total)
            self.bar.setValue(step.done)
            left = step.seconds_left()
            eta = self.tr(" · about %n s left", "", int(left) + 1) if left is not None else ""
            self.label.setText(
                self.tr("{title} {done} of {total}").format(
                    title=title, done=format_value(step.done), total=format_value(step.total)
                )
                + eta
            )
        else:
            self.label.setText(f"{title} {step.message}")

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()


class MainWindow(QMainWindow):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self.database = database
        self.setWindowTitle(f"{APP_NAME} — {describe_database(database)}")
        self.setMinimumSize(QSize(760, 520))

        self._build_actions()
        self.section_actions: dict[str, list[QAction]] = {
            "releases": [self.new_release_action],
            "contacts": [self.import_contacts_action, self.add_contact_action],
        }
        self.setAcceptDrops(True)
        self.editors: list[ReleaseEditor] = []
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setItemDelegate(SidebarDelegate(self.sidebar))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(210)
        # The width is fixed and the names fit: no scroll bar under them in any language.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setSpacing(2)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background: palette(window); padding: 10px 8px; outline: 0;"
            " border-right: 1px solid palette(mid); }"
            "QListWidget#sidebar::item { padding: 4px 6px; border-radius: 6px; }"
            "QListWidget#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            "QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }"
        )
        self.pages = QStackedWidget()
        self.section_pages: dict[str, Any] = {}
        for number, spec in enumerate(ALL_SECTIONS, start=1):
            factory = CUSTOM_PAGES.get(spec.key, SectionPage)
            page = factory(spec, database, self._page_actions(spec.key))
            page.loaded.connect(lambda rows, key=spec.key: self._set_badge(key, rows))
            page.failed.connect(self._report_failure)
            self.pages.addWidget(page)
            self.section_pages[spec.key] = page
            item = QListWidgetItem(icon(spec.icon), translate("Sections", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{translate('Sections', spec.title)} (Ctrl+{number})")
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._show_section)
        self.section_pages["releases"].activated.connect(
            lambda row: self.open_release(row.id) if row is not None else None
        )

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._restore_layout()
        self.sidebar.setCurrentRow(0)
        self.refresh_all()

    # -- building -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.preferences_action = QAction(icon("settings"), self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.find_action = QAction(icon("search"), self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)

        self.refresh_action = QAction(icon("refresh-cw"), self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        if self.refresh_action.shortcut().isEmpty():
            self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh_all)

        self.new_release_action = QAction(icon("file-text"), self.tr("&New Release"), self)
        self.new_release_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_release_action.setToolTip(self.tr("Write a new press release (Ctrl+N)"))
        self.new_release_action.triggered.connect(lambda: self.open_release(None))

        self.import_contacts_action = QAction(icon("upload"), self.tr("&Import Contacts…"), self)
        self.import_contacts_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_contacts_action.setToolTip(
            self.tr("Bring in contacts from a spreadsheet (CSV, Excel) or vCards")
        )
        self.import_contacts_action.triggered.connect(lambda: self.import_contacts(None))
        self.add_contact_action = QAction(icon("user-plus"), self.tr("&Add Contact…"), self)
        self.add_contact_action.triggered.connect(self.add_contact)

        self.about_action = QAction(icon("info"), self.tr("&About PressDesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: show_about(self, self.database))

        self.logs_action = QAction(icon("folder-open"), self.tr("Open &Log Folder"), self)
        self.logs_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
        )

    def _page_actions(self, key: str) -> list[QAction]:
        """Buttons shown in a section's header and empty state (e.g. "Import contacts…")."""
        return list(self.section_actions.get(key, []))

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_release_action)
        file_menu.addAction(self.import_contacts_action)
        file_menu.addAction(self.add_contact_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        view_menu = menu.addMenu(self.tr("&View"))
        for number, spec in enumerate(ALL_SECTIONS, start=1):
            action = QAction(icon(spec.icon), translate("Sections", spec.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(
                lambda _=False, row=number - 1: self.sidebar.setCurrentRow(row)
            )
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.logs_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.message_label = QLabel()
        self.job_progress = JobProgress()
        self.sending_label = QLabel(self.tr("Not sending"))
        self.database_label = QLabel()
        self.database_label.setPixmap(icon("database").pixmap(14, 14))
        self.database_text = QLabel(describe_database(self.database))
        self.database_text.setToolTip(self.tr("The database PressDesk is working on"))
        status.addWidget(self.message_label, 1)
        status.addPermanentWidget(self.job_progress)
        status.addPermanentWidget(self.sending_label)
        status.addPermanentWidget(self.database_label)
        status.addPermanentWidget(self.database_text)

    # -- behaviour ------------------------------------------------------------------------------

    def current_page(self) -> Any:
        """The visible section page (a SectionPage or a richer page with the same interface)."""
        return self.pages.currentWidget()

    def show_section(self, key: str) -> Any:
        keys = [spec.key for spec in ALL_SECTIONS]
        self.sidebar.setCurrentRow(keys.index(key))
        return self.section_pages[key]

    def _show_section(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)

    def focus_search(self) -> None:
        page = self.current_page()
        page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page.search.selectAll()

    def refresh_all(self) -> None:
        for page in self.section_pages.values():
            page.refresh()

    def _set_badge(self, key: str, rows: list[Any] | int) -> None:
        keys = [spec.key for spec in ALL_SECTIONS]
        item = self.sidebar.item(keys.index(key))
        if key == "outbox":
            active = sum(1 for row in rows if row.status in ACTIVE_STATUSES)
            item.setData(BADGE_ROLE, self.tr("%n sending", "", active) if active else "")
            self.sending_label.setText(
                self.tr("Sending %n distribution(s)", "", active)
                if active
                else self.tr("Not sending")
            )
        elif key != "reports":
            count = rows if isinstance(rows, int) else len(rows)
            item.setData(BADGE_ROLE, format_value(count) if count else "")

    def _report_failure(self, exc: BaseException) -> None:
        self.message_label.setText(describe_error(exc))
        show_error(self, exc)

    def open_preferences(self, tab: str | None = None) -> None:
        dialog = PreferencesDialog(self, self.database)
        if tab is not None:
            dialog.show_tab(tab)
        if dialog.exec():
            if dialog.language_changed:
                self.reopen_in_language(preferred_language())
            else:
                self.message_label.setText(self.tr("Preferences saved."))

    def reopen_in_language(self, language: str) -> MainWindow:
        """Switch the interface language: the window is rebuilt in place, on the same data."""
        install_language(language)
        replacement = MainWindow(self.database)
        replacement.restoreGeometry(self.saveGeometry())
        replacement.show_section(self.current_page().spec.key)
        replacement.show()
        _open_windows.add(replacement)
        self.close()
        _open_windows.discard(self)
        return replacement

    def open_release(self, release_id: int | None) -> ReleaseEditor:
        """Open a release (or a new one) in an editor window of its own."""
        for editor in self.editors:
            if release_id is not None and editor.draft.release_id == release_id:
                editor.raise_()
                editor.activateWindow()
                return editor
        editor = ReleaseEditor(self.database, release_id)
        editor.saved.connect(lambda _id: self.section_pages["releases"].refresh())
        editor.destroyed.connect(
            lambda: self.editors.remove(editor) if editor in self.editors else None
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editors.append(editor)
        editor.show()
        return editor

    def import_contacts(self, path: Path | None) -> ImportWizard:
        """Open the import wizard (on a dropped file, if any); refresh everything after."""
        wizard = ImportWizard(self.database, self._known_list_names(), self, path)
        wizard.finished.connect(lambda _result: self.refresh_all())
        wizard.open()
        return wizard

    def _known_list_names(self) -> list[str]:
        page = self.section_pages["lists"]
        return [page.model.row_at(i).name for i in range(page.model.rowCount())]

    def add_contact(self) -> ContactEditor:
        editor = ContactEditor(self.database, None, self)
        editor.saved.connect(lambda _address: self.refresh_all())
        editor.open()
        return editor

    def welcome(self) -> WelcomeDialog:
        """The first-run choices; each leads to the place where that work is done."""
        dialog = WelcomeDialog(self)
        dialog.chosen.connect(self._welcome_choice)
        dialog.open()
        return dialog

    def _welcome_choice(self, key: str) -> None:
        if key == "organization":
            self.open_preferences(tab="organization")
        elif key == "sending":
            self.open_preferences(tab="sending")
        elif key == "import":
            self.show_section("contacts")
            self.import_contacts(None)
        elif key == "demo":
            self.open_demo()

    def open_demo(self) -> None:
        """A second window on a throwaway copy of the sample data."""
        self.message_label.setText(self.tr("Preparing the sample data…"))
        run_job(
            create_demo_database,
            on_success=self._show_demo,
            owner=self,
            on_failure=lambda exc: show_error(self, exc),
        )

    def _show_demo(self, url: str) -> None:
        demo = MainWindow(open_database(url))
        demo.setWindowTitle(self.tr("PressDesk — sample data (changes are thrown away)"))
        demo.destroyed.connect(lambda: remove_demo_database(url))
        demo.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_windows.add(demo)
        demo.show()
        self.demo_window = demo
        self.message_label.setText("")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        contacts = [f for f in files if f.suffix.lower() in CONTACT_FILE_SUFFIXES]
        if contacts:
            self.show_section("contacts")
            self.import_contacts(contacts[0])

    def track_job(self, job: JobThread, title: str) -> None:
        """Show a running job's progress in the status bar (used by the send and import flows)."""
        self.job_progress.track(job, title)

    # -- layout memory --------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 740)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors):
            if not editor.close():  # the officer chose to keep editing
                event.ignore()
                return
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.sync()
        wait_for_all_jobs()
        super().closeEvent(event)
