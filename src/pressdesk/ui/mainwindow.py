"""The main window: a sidebar of sections, the section's table and details, and a status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    QMessageBox,
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
from pressdesk.database.models import DistributionStatus
from pressdesk.jobs import Progress
from pressdesk.mail.oauth_config import SignInRequired
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
from pressdesk.ui.send_dialog import SendDialog
from pressdesk.ui.send_progress import SendProgressDialog
from pressdesk.ui.sending import (
    SendingManager,
    find_interrupted,
    offer_to_sign_in_again,
    quietly_failed,
)
from pressdesk.ui.table import format_value
from pressdesk.ui.welcome import WelcomeDialog
from pressdesk.ui.worker import JobThread, run_job, wait_for_all_jobs

if TYPE_CHECKING:
    from pressdesk.mail.planning import PreparedDistribution

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
        self.sending = SendingManager(database, self)
        self.send_windows: dict[int, SendProgressDialog] = {}
        self.resume_offer: QMessageBox | None = None
        self._outbox_rows: list[Any] = []

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
        self.section_pages["releases"].send_requested.connect(self.open_send_dialog)
        self._connect_directory_pages()
        outbox = self.section_pages["outbox"]
        if hasattr(outbox, "attach_sending"):
            outbox.attach_sending(self.sending)
        self.sending.started.connect(self._track_send)
        self.sending.changed.connect(self._update_sending_state)
        self.sending.progressed.connect(lambda *_args: self._update_sending_state())
        self.sending.failed.connect(self._send_failed)
        self.sending.sign_in_requested.connect(self.sign_in_again)

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
        self.sending.start_timer()  # scheduled distributions go out while the window is open

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

        self.send_action = QAction(icon("send"), self.tr("&Send…"), self)
        self.send_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter")]
        )
        self.send_action.setToolTip(self.tr("Send the selected release (Ctrl+Shift+Enter)"))
        self.send_action.triggered.connect(self.send_selected_release)

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
        release_menu = menu.addMenu(self.tr("&Release"))
        release_menu.addAction(self.new_release_action)
        release_menu.addAction(self.send_action)
        reports_page = self.section_pages.get("reports")
        if hasattr(reports_page, "intake_done"):  # bounces change counts and contact cards
            reports_page.intake_done.connect(lambda _summary: self.refresh_all())
        if hasattr(reports_page, "menu_actions"):
            reports_menu = menu.addMenu(self.tr("&Reports"))
            for action in reports_page.menu_actions():
                reports_menu.addAction(action)
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
            self._outbox_rows = list(rows) if not isinstance(rows, int) else []
            active = sum(1 for row in self._outbox_rows if row.status in ACTIVE_STATUSES)
            scheduled = sum(
                1 for row in self._outbox_rows if row.status is DistributionStatus.SCHEDULED
            )
            badge = self.tr("%n sending", "", active) if active else ""
            if not badge and scheduled:
                badge = self.tr("%n scheduled", "", scheduled)
            item.setData(BADGE_ROLE, badge)
            self._update_sending_state()
        elif key != "reports":
            count = rows if isinstance(rows, int) else len(rows)
            item.setData(BADGE_ROLE, format_value(count) if count else "")

    def _update_sending_state(self) -> None:
        """The status bar's sending state: what this window sends, else what is next."""
        running = self.sending.running
        if len(running) == 1:
            text = ""  # the progress beside it says it all
        elif running:
            text = self.tr("Sending %n distribution(s)", "", len(running))
        elif any(row.status in ACTIVE_STATUSES for row in self._outbox_rows):
            text = self.tr("Sending from another window or computer")
        elif self.sending.next_due is not None:
            text = self.tr("Next send: {moment}").format(moment=format_value(self.sending.next_due))
        else:
            text = self.tr("Not sending")
        self.sending_label.setText(text)

    def _send_failed(self, distribution_id: int, exc: BaseException) -> None:
        """A send that stopped on an error: said in the status bar, and in a box unless its
        progress window is showing it already."""
        self.refresh_all()
        if quietly_failed(exc):
            return
        self.message_label.setText(describe_error(exc))
        window = self.send_windows.get(distribution_id)
        if window is None or not window.isVisible():
            if isinstance(exc, SignInRequired):
                offer_to_sign_in_again(self, exc, self.sign_in_again)
            else:
                show_error(self, exc)

    def sign_in_again(self, profile_name: str | None) -> None:
        """Preferences → Sending on the profile whose sign-in no longer works."""
        self.open_preferences(tab="sending", profile=profile_name, sign_in_expired=True)

    def selected_release_id(self) -> int | None:
        page = self.section_pages["releases"]
        index = page.table.currentIndex()
        row = page.proxy.data(index, page.model.ROW_ROLE) if index.isValid() else None
        return row.id if row is not None else None

    def send_selected_release(self) -> None:
        release_id = self.selected_release_id()
        if release_id is None:
            self.show_section("releases")
            self.message_label.setText(self.tr("Select the release to send first."))
            return
        self.open_send_dialog(release_id)

    def open_send_dialog(self, release_id: int) -> SendDialog:
        """The send dialog for a release; once queued, sending starts with its progress."""
        dialog = SendDialog(self.database, release_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.queued.connect(self._distribution_queued)
        dialog.sign_in_requested.connect(self.sign_in_again)
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def _distribution_queued(self, prepared: PreparedDistribution, headline: str) -> None:
        self.refresh_all()
        if prepared.scheduled_at is not None:
            self.message_label.setText(
                self.tr("Scheduled for {moment}; it goes out then while PressDesk is open.").format(
                    moment=format_value(prepared.scheduled_at)
                )
            )
            self.sending.check_due()
            return
        if prepared.plan.recipients == 0:
            self.message_label.setText(self.tr("Nobody to send to."))
            return
        self.show_send_progress(prepared.distribution, headline)

    def show_send_progress(self, distribution_id: int, headline: str) -> SendProgressDialog:
        window = SendProgressDialog(self, self.database, self.sending, distribution_id, headline)
        self.send_windows[distribution_id] = window
        window.finished_with.connect(lambda _summary: self.refresh_all())
        window.show()
        window.start()
        return window

    def offer_to_resume(self) -> None:
        """At start: offer to go on with distributions whose sending was cut short."""
        run_job(
            lambda: find_interrupted(self.database),
            on_success=self._ask_to_resume,
            on_failure=self._report_failure,
            owner=self,
        )

    def _ask_to_resume(self, interrupted: list[Any]) -> None:
        if not interrupted:
            return
        waiting = sum(item.waiting for item in interrupted)
        names = "\n".join(f"• {item.headline}" for item in interrupted[:5])
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Resume sending"),
            self.tr(
                "Sending was cut short before the end (distributions: %n). Resume now? "
                "Messages already sent will not be sent again.",
                "",
                len(interrupted),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("resume-offer")
        box.setInformativeText(names + "\n" + self.tr("Messages still to send: %n", "", waiting))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Resume"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Later (from the Outbox)"))
        box.buttonClicked.connect(
            lambda button: (
                self._resume_all(interrupted)
                if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole
                else None
            )
        )
        self.resume_offer = box
        box.open()

    def _resume_all(self, interrupted: list[Any]) -> None:
        for item in interrupted:
            self.sending.start(item.distribution)
        self.show_section("outbox")

    def _report_failure(self, exc: BaseException) -> None:
        self.message_label.setText(describe_error(exc))
        show_error(self, exc)

    def open_preferences(
        self, tab: str | None = None, *, profile: str | None = None, sign_in_expired: bool = False
    ) -> None:
        """Preferences, on ``tab`` and, for "sending", on the mail server ``profile`` (whose
        sign-in the mail provider no longer accepts, with ``sign_in_expired``)."""
        dialog = PreferencesDialog(self, self.database)
        if tab is not None:
            dialog.show_tab(tab)
        if tab == "sending":
            dialog.sending_tab.select_profile(profile, sign_in_expired=sign_in_expired)
        self.preferences = dialog
        if dialog.exec():
            if dialog.language_changed:
                install_language(preferred_language())
            if dialog.opened_database is not None:
                self.switch_database(dialog.opened_database)
            elif dialog.language_changed:
                self.reopen_in_language(preferred_language())
            else:
                self.message_label.setText(self.tr("Preferences saved."))

    def switch_database(self, database: Database) -> MainWindow:
        """Work on another database from now on: the window is rebuilt on it, in place."""
        previous = self.database
        replacement = MainWindow(database)
        replacement.restoreGeometry(self.saveGeometry())
        replacement.show_section(self.current_page().spec.key)
        replacement.message_label.setText(
            self.tr("Now working on: {name}").format(name=describe_database(database))
        )
        replacement.show()
        _open_windows.add(replacement)
        if not self.close():  # an editor with unsaved changes stayed open: keep this window
            _open_windows.discard(replacement)
            replacement.close()
            database.dispose()
            self.message_label.setText(
                self.tr("Close the open editors, then switch the database again.")
            )
            return self
        _open_windows.discard(self)
        if previous is not database:
            previous.dispose()  # connections still in use finish normally, then close
        return replacement

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
        editor.send_requested.connect(self.open_send_dialog)
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
        return list(self.section_pages["lists"].list_names())

    def _connect_directory_pages(self) -> None:
        """Changes to lists and outlets show in Contacts (those pages reload when shown)."""
        contacts = self.section_pages["contacts"]
        lists = self.section_pages["lists"]
        lists.show_in_contacts.connect(
            lambda kind, name: self.show_section("contacts").show_group(kind, name)
        )
        lists.changed.connect(contacts.refresh)
        self.section_pages["outlets"].changed.connect(contacts.refresh)

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
        from pressdesk.demo import create_demo_database  # the sample data's importers: later

        self.message_label.setText(self.tr("Preparing the sample data…"))
        run_job(
            create_demo_database,
            on_success=self._show_demo,
            owner=self,
            on_failure=lambda exc: show_error(self, exc),
        )

    def _show_demo(self, url: str) -> None:
        from pressdesk.demo import remove_demo_database

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
        self.job_progress.cancel.setText(self.tr("Cancel"))

    def _track_send(self, _distribution_id: int, job: JobThread) -> None:
        self.track_job(job, self.tr("Sending"))
        self.job_progress.cancel.setText(self.tr("Pause"))  # stopping a send leaves it paused

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
        self.sending.stop_timer()
        wait_for_all_jobs()
        super().closeEvent(event)
