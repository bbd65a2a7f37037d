"""The send dialog: who gets the release, from which mail server, now or later, and the numbers.

Everything that needs the database runs on a worker thread: loading the choices, counting the
recipients and the skipped people (opted out, already received it) each time the choice
changes, the test copy, and putting the distribution in the outbox. The counting also composes
the release for the chosen profile, so a template that does not render is found here, before
anything is sent. The final question states the numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from pressdesk.contacts.service import list_lists
from pressdesk.database import Database
from pressdesk.database.models import Segment
from pressdesk.database.types import utcnow
from pressdesk.errors import InvalidInput
from pressdesk.mail.oauth_config import SignInRequired
from pressdesk.mail.planning import AudiencePlan, PreparedDistribution, preview_send, queue_send
from pressdesk.mail.profiles import ProfileInfo, get_profile, list_profiles, profile_password
from pressdesk.mail.trial import send_test_copy
from pressdesk.releases.service import release_detail
from pressdesk.releases.words import zone_of
from pressdesk.settings import load_organization
from pressdesk.ui.i18n import translate
from pressdesk.ui.icons import icon
from pressdesk.ui.messages import describe_error, show_error
from pressdesk.ui.sections import heading_font
from pressdesk.ui.sending import in_desktop_words, offer_to_sign_in_again
from pressdesk.ui.table import format_value
from pressdesk.ui.worker import run_job

HEADLINE_IN_QUESTION = 60  # characters of the headline quoted in the confirmation
EMBARGO_STYLE = (
    "QLabel { background: #fff4d6; color: #5c3d00; border: 1px solid #e0b84c;"
    " border-radius: 4px; padding: 8px 10px; font-weight: bold; }"
)
WARNING_STYLE = (
    "QLabel { background: palette(alternate-base); border-left: 3px solid #b26a00;"
    " padding: 6px 10px; }"
)


@dataclass(frozen=True)
class Audience:
    """One list or segment the officer can tick."""

    kind: str  # "list" or "segment"
    name: str
    members: int | None


@dataclass(frozen=True)
class SendSetup:
    release_id: int
    headline: str
    embargo_at: datetime | None
    embargo_timezone: str | None
    attachments_warning: str | None
    audiences: tuple[Audience, ...]
    profiles: tuple[ProfileInfo, ...]
    test_address: str


def load_send_setup(database: Database, release_id: int) -> SendSetup:
    with database.session() as session:
        detail = release_detail(session, release_id)
        main = next(
            (v for v in detail.versions if v.language == detail.fields.language),
            detail.versions[0] if detail.versions else None,
        )
        audiences = [Audience("list", row.name, row.members) for row in list_lists(session)]
        audiences += [
            Audience("segment", name, None)
            for name in session.scalars(select(Segment.name).order_by(func.lower(Segment.name)))
        ]
        profiles = tuple(list_profiles(session))
        organization = load_organization(session)
    default = next((p for p in profiles if p.is_default), profiles[0] if profiles else None)
    return SendSetup(
        release_id=release_id,
        headline=(main.headline if main else "") or translate("SendDialog", "(untitled)"),
        embargo_at=detail.fields.embargo_at,
        embargo_timezone=detail.fields.embargo_timezone,
        attachments_warning=detail.attachments_warning,
        audiences=tuple(audiences),
        profiles=profiles,
        test_address=organization.email or (default.from_address if default else ""),
    )


def embargo_moment(moment: datetime, zone_name: str | None) -> str:
    """The embargo as journalists read it, in its own time zone, and in local time if different:
    "2 Dec 2026, 09:00 America/Panama (14:00 here)"."""
    zone = zone_of(zone_name)
    if zone is None:
        zone, zone_name = UTC, "UTC"
    there = moment.astimezone(zone)
    here = moment.astimezone()
    locale = QLocale()
    shown = locale.toString(there.replace(tzinfo=None), "d MMM yyyy, HH:mm")
    text = f"{shown} {zone_name or 'UTC'}"
    if there.utcoffset() != here.utcoffset():
        text += " " + translate("SendDialog", "({time} here)").format(
            time=locale.toString(here.replace(tzinfo=None), "HH:mm")
        )
    return text


def shorten(text: str, limit: int = HEADLINE_IN_QUESTION) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def describe_skipped(plan: AudiencePlan) -> str:
    """ "38 skipped: 12 opted out, 26 already received it"."""
    return translate("SendDialog", "{skipped}: {opted_out}, {received}").format(
        skipped=translate("SendDialog", "%Ln skipped", "", plan.skipped),
        opted_out=translate("SendDialog", "%Ln opted out", "", plan.skipped_opted_out),
        received=translate(
            "SendDialog", "%Ln already received it", "", plan.skipped_already_received
        ),
    )


def confirmation_text(headline: str, plan: AudiencePlan, scheduled_at: datetime | None) -> str:
    """The one question asked before sending, with the numbers."""
    values = {"headline": shorten(headline), "skipped": describe_skipped(plan)}
    if scheduled_at is not None:
        values["moment"] = format_value(scheduled_at)
        return translate(
            "SendDialog",
            "Schedule '{headline}' for {moment}, to %Ln contacts ({skipped})?",
            "",
            plan.recipients,
        ).format(**values)
    return translate(
        "SendDialog", "Send '{headline}' to %Ln contacts ({skipped})?", "", plan.recipients
    ).format(**values)


class SendDialog(QDialog):
    """Choose and confirm a send; ``queued`` carries the distribution put in the outbox."""

    queued = Signal(object, str)  # PreparedDistribution, the headline
    sign_in_requested = Signal(object)  # the profile (None: the default) to sign in to again

    def __init__(self, database: Database, release_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("send-dialog")
        self.setWindowTitle(translate("SendDialog", "Send release"))
        self.setMinimumWidth(620)
        self.database = database
        self.release_id = release_id
        self.setup: SendSetup | None = None
        self.plan: AudiencePlan | None = None
        self.plan_error: BaseException | None = None
        self.confirmation: QMessageBox | None = None
        self._generation = 0
        self._counting = False
        self._build()
        run_job(
            lambda: load_send_setup(database, release_id),
            on_success=self._set_up,
            on_failure=self._setup_failed,
            owner=self,
        )

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.headline = QLabel(translate("SendDialog", "Loading…"))
        self.headline.setFont(heading_font(4))
        self.headline.setWordWrap(True)
        self.embargo_banner = QLabel()
        self.embargo_banner.setObjectName("embargo-banner")
        self.embargo_banner.setWordWrap(True)
        self.embargo_banner.setStyleSheet(EMBARGO_STYLE)
        self.embargo_banner.hide()

        self.audience = QListWidget()
        self.audience.setAccessibleName(translate("SendDialog", "Lists and segments to send to"))
        self.audience.setMinimumHeight(90)
        self.audience.setMaximumHeight(160)
        self.audience.itemChanged.connect(self.schedule_count)
        self.no_lists = QLabel(
            translate(
                "SendDialog",
                "There are no lists yet. Create one in the Lists section, or import contacts.",
            )
        )
        self.no_lists.setWordWrap(True)
        self.no_lists.hide()
        self.resend = QCheckBox(
            translate("SendDialog", "Also send to people who already received it")
        )
        self.resend.setAccessibleName(
            translate("SendDialog", "Resend to people who already received it")
        )
        self.resend.toggled.connect(self.schedule_count)

        self.profile = QComboBox()
        self.profile.setAccessibleName(translate("SendDialog", "Mail server profile"))
        self.profile.currentIndexChanged.connect(self.schedule_count)
        self.no_profile = QLabel(
            translate(
                "SendDialog", "No mail server is set up yet. Add one in Preferences → Sending."
            )
        )
        self.no_profile.setWordWrap(True)
        self.no_profile.hide()

        self.send_now = QRadioButton(translate("SendDialog", "Now"))
        self.send_now.setAccessibleName(translate("SendDialog", "Send now"))
        self.send_later = QRadioButton(translate("SendDialog", "At"))
        self.send_later.setAccessibleName(translate("SendDialog", "Send at a chosen moment"))
        group = QButtonGroup(self)
        group.addButton(self.send_now)
        group.addButton(self.send_later)
        self.send_now.setChecked(True)
        self.moment = QDateTimeEdit()
        self.moment.setCalendarPopup(True)
        self.moment.setDisplayFormat("d MMM yyyy, HH:mm")
        self.moment.setAccessibleName(translate("SendDialog", "Moment to send"))
        self.moment.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.moment.setEnabled(False)
        self.send_later.toggled.connect(self.moment.setEnabled)
        self.send_later.toggled.connect(self._update_warnings)
        self.moment.dateTimeChanged.connect(self._update_warnings)
        when_row = QHBoxLayout()
        when_row.addWidget(self.send_now)
        when_row.addSpacing(12)
        when_row.addWidget(self.send_later)
        when_row.addWidget(self.moment)
        self.moment_zone = QLabel(
            translate("SendDialog", "your time ({zone})").format(
                zone=datetime.now().astimezone().tzname()
            )
        )
        self.moment_zone.setEnabled(False)
        when_row.addWidget(self.moment_zone)
        when_row.addStretch(1)

        self.summary = QLabel(translate("SendDialog", "Choose at least one list or segment."))
        self.summary.setObjectName("audience-summary")
        self.summary.setFont(heading_font(1))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("SendDialog", "Recipients"))
        self.languages = QLabel()
        self.languages.setEnabled(False)
        self.warnings = QLabel()
        self.warnings.setObjectName("send-warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.hide()

        self.test_address = QLineEdit()
        self.test_address.setAccessibleName(translate("SendDialog", "Address for the test copy"))
        self.test_address.setPlaceholderText("press@example.org")
        self.test_button = QPushButton(icon("mail"), translate("SendDialog", "Send a test to me"))
        self.test_button.setToolTip(
            translate(
                "SendDialog",
                "One copy marked [TEST] to this address; nothing is recorded as delivered",
            )
        )
        self.test_button.setAutoDefault(False)  # Enter leads to the confirmation, never a test
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setEnabled(False)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_address, 1)
        test_row.addWidget(self.test_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        audience_box = QVBoxLayout()
        audience_box.addWidget(self.audience)
        audience_box.addWidget(self.no_lists)
        audience_box.addWidget(self.resend)
        form.addRow(translate("SendDialog", "Send to:"), audience_box)
        profile_box = QVBoxLayout()
        profile_box.addWidget(self.profile)
        profile_box.addWidget(self.no_profile)
        form.addRow(translate("SendDialog", "From:"), profile_box)
        form.addRow(translate("SendDialog", "When:"), when_row)
        form.addRow(translate("SendDialog", "Test:"), test_row)
        form.addRow("", self.test_result)

        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(
            translate("SendDialog", "Send…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setIcon(icon("send"))
        self.send_button.setAccessibleName(translate("SendDialog", "Send"))
        self.send_button.setEnabled(False)
        self.send_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(translate("SendDialog", "Cancel"))
        self.send_button.clicked.connect(self.ask_to_send)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.headline)
        layout.addWidget(self.embargo_banner)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.languages)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self.count)

    # -- set-up ---------------------------------------------------------------------------------

    def _set_up(self, setup: SendSetup) -> None:
        self.setup = setup
        self.headline.setText(setup.headline)
        self.setWindowTitle(
            translate("SendDialog", "Send “{headline}”").format(headline=shorten(setup.headline))
        )
        self.audience.blockSignals(True)
        for audience in setup.audiences:
            if audience.kind == "list":
                text = translate("SendDialog", "{name} (list · {count})").format(
                    name=audience.name, count=format_value(audience.members or 0)
                )
            else:
                text = translate("SendDialog", "{name} (segment)").format(name=audience.name)
            item = QListWidgetItem(icon("list" if audience.kind == "list" else "users"), text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, audience)
            item.setToolTip(text)
            self.audience.addItem(item)
        self.audience.blockSignals(False)
        self.no_lists.setVisible(not setup.audiences)
        self.profile.blockSignals(True)
        for profile in setup.profiles:
            label = f"{profile.name} — {profile.from_address} ({profile.host})"
            self.profile.addItem(label, profile.name)
            if profile.is_default:
                self.profile.setCurrentIndex(self.profile.count() - 1)
        self.profile.blockSignals(False)
        self.profile.setVisible(bool(setup.profiles))
        self.no_profile.setVisible(not setup.profiles)
        self.test_address.setText(setup.test_address)
        if self.embargo_ahead:
            assert setup.embargo_at is not None
            self.send_later.setChecked(True)
            self.moment.setDateTime(QDateTime.fromSecsSinceEpoch(int(setup.embargo_at.timestamp())))
        self._update_warnings()
        self.count()

    def _setup_failed(self, exc: BaseException) -> None:
        self.headline.setText(describe_error(exc))
        show_error(self, exc)

    @property
    def embargo_ahead(self) -> bool:
        return bool(
            self.setup and self.setup.embargo_at is not None and self.setup.embargo_at > utcnow()
        )

    # -- the choice -----------------------------------------------------------------------------

    def chosen(self) -> tuple[list[str], list[str]]:
        lists: list[str] = []
        segments: list[str] = []
        for row in range(self.audience.count()):
            item = self.audience.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                audience: Audience = item.data(Qt.ItemDataRole.UserRole)
                (lists if audience.kind == "list" else segments).append(audience.name)
        return lists, segments

    def choose(self, *names: str) -> None:
        """Tick the lists or segments with these names (for keyboard users and tests)."""
        for row in range(self.audience.count()):
            item = self.audience.item(row)
            audience: Audience = item.data(Qt.ItemDataRole.UserRole)
            if audience.name in names:
                item.setCheckState(Qt.CheckState.Checked)

    def profile_name(self) -> str | None:
        name = self.profile.currentData()
        return str(name) if name is not None else None

    def scheduled_at(self) -> datetime | None:
        if not self.send_later.isChecked():
            return None
        moment = self.moment.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(moment, UTC)

    def schedule_count(self, *_args: Any) -> None:
        self._generation += 1
        self.plan = None
        self.send_button.setEnabled(False)
        self._count_timer.start()

    def count(self) -> None:
        """Count recipients and skipped people on a worker thread (also checks the template)."""
        if self.setup is None:
            return
        self._count_timer.stop()
        lists, segments = self.chosen()
        if not lists and not segments:
            self.plan, self.plan_error = None, None
            self.summary.setText(translate("SendDialog", "Choose at least one list or segment."))
            self.languages.clear()
            self._update_warnings()
            return
        if self.profile_name() is None:
            self.summary.setText(
                translate("SendDialog", "Set up a mail server first (Preferences → Sending).")
            )
            return
        self._generation += 1
        generation = self._generation
        self._counting = True
        self.summary.setText(translate("SendDialog", "Counting recipients…"))
        database, release_id = self.database, self.release_id
        profile_name, resend = self.profile_name(), self.resend.isChecked()

        def work() -> AudiencePlan:
            with database.session() as session:
                profile = get_profile(session, profile_name)
                plan = preview_send(session, release_id, profile, lists, segments, resend=resend)
                session.rollback()
                return plan

        run_job(
            work,
            on_success=lambda plan: self._counted(generation, plan),
            on_failure=lambda exc: self._count_failed(generation, exc),
            owner=self,
        )

    def _counted(self, generation: int, plan: AudiencePlan) -> None:
        if generation != self._generation:
            return  # the choice changed meanwhile; a newer count is on its way
        self._counting = False
        self.plan, self.plan_error = plan, None
        self.summary.setText(
            translate("SendDialog", "%Ln recipients · {skipped}", "", plan.recipients).format(
                skipped=describe_skipped(plan)
            )
        )
        if plan.by_language:
            self.languages.setText(
                translate("SendDialog", "By language: {languages}").format(
                    languages=", ".join(
                        f"{language.upper()} {format_value(count)}"
                        for language, count in sorted(plan.by_language.items())
                    )
                )
            )
        else:
            self.languages.clear()
        self._update_warnings()

    def _count_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._counting = False
        self.plan, self.plan_error = None, in_desktop_words(exc)
        self.summary.setText(translate("SendDialog", "Cannot send yet."))
        self.languages.clear()
        self._update_warnings()

    def _update_warnings(self, *_args: Any) -> None:
        setup = self.setup
        if setup is None:
            return
        if self.embargo_ahead:
            assert setup.embargo_at is not None
            self.embargo_banner.setText(
                translate(
                    "SendDialog",
                    "EMBARGOED until {moment}. Journalists see the embargo in the message; "
                    "sending when it lifts is safest.",
                ).format(moment=embargo_moment(setup.embargo_at, setup.embargo_timezone))
            )
        self.embargo_banner.setVisible(self.embargo_ahead)
        notes: list[str] = []
        if self.plan_error is not None:
            notes.append(describe_error(self.plan_error))
        scheduled = self.scheduled_at()
        if self.embargo_ahead and setup.embargo_at is not None:
            if scheduled is None:
                notes.append(
                    translate(
                        "SendDialog",
                        "Sending now means journalists get it before the embargo lifts.",
                    )
                )
            elif scheduled < setup.embargo_at:
                notes.append(
                    translate("SendDialog", "The chosen moment is before the embargo lifts.")
                )
        if scheduled is not None and scheduled <= utcnow():
            notes.append(
                translate(
                    "SendDialog", "The chosen moment is in the past; choose a later one or Now."
                )
            )
        if setup.attachments_warning:
            notes.append(setup.attachments_warning)
        if self.plan is not None and self.plan.recipients == 0:
            notes.append(translate("SendDialog", "Nobody to send to: everyone chosen was skipped."))
        self.warnings.setText("\n".join(f"⚠ {note}" for note in notes))
        self.warnings.setVisible(bool(notes))
        ready = (
            self.plan is not None
            and self.plan.recipients > 0
            and self.plan_error is None
            and (scheduled is None or scheduled > utcnow())
        )
        self.send_button.setEnabled(ready)

    # -- sending --------------------------------------------------------------------------------

    def ask_to_send(self) -> None:
        """The one question, with the numbers; the send starts only on Yes."""
        if self.plan is None or self.setup is None:
            return
        scheduled = self.scheduled_at()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SendDialog", "Send release"),
            confirmation_text(self.setup.headline, self.plan, scheduled),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("send-confirmation")
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("SendDialog", "Schedule")
            if scheduled is not None
            else translate("SendDialog", "Send")
        )
        box.button(QMessageBox.StandardButton.No).setText(translate("SendDialog", "Not yet"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if self.embargo_ahead and scheduled is None:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(translate("SendDialog", "The embargo has not lifted yet."))
        box.buttonClicked.connect(
            lambda button: (
                self.queue() if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole else None
            )
        )
        self.confirmation = box
        box.open()

    def queue(self) -> None:
        """Put the distribution in the outbox on a worker thread (one transaction)."""
        self.send_button.setEnabled(False)
        self.summary.setText(translate("SendDialog", "Putting it in the outbox…"))
        database, release_id = self.database, self.release_id
        lists, segments = self.chosen()
        profile_name, resend = self.profile_name(), self.resend.isChecked()
        scheduled = self.scheduled_at()

        def work() -> PreparedDistribution:
            if scheduled is not None and scheduled <= utcnow():
                raise InvalidInput(translate("SendDialog", "The chosen moment is in the past."))
            with database.session() as session:
                profile = get_profile(session, profile_name)
                profile_password(profile)  # a missing password shows now, not mid-send
                return queue_send(
                    session,
                    release_id,
                    profile,
                    lists,
                    segments,
                    resend=resend,
                    scheduled_at=scheduled,
                )

        run_job(work, on_success=self._queued, on_failure=self._queue_failed, owner=self)

    def _queued(self, prepared: PreparedDistribution) -> None:
        assert self.setup is not None
        self.queued.emit(prepared, self.setup.headline)
        self.accept()

    def _queue_failed(self, exc: BaseException) -> None:
        self.summary.setText(translate("SendDialog", "Nothing was sent."))
        self._update_warnings()
        if isinstance(exc, SignInRequired):
            offer_to_sign_in_again(
                self,
                exc,
                self.sign_in_requested.emit,
                detail=translate(
                    "SendDialog", "Nothing was sent. Sign in, then send the release again."
                ),
            )
            return
        show_error(self, in_desktop_words(exc))

    def send_test(self) -> None:
        """One copy marked [TEST] to the address given; no delivery is recorded."""
        address = self.test_address.text().strip()
        profile_name = self.profile_name()
        if profile_name is None:
            self.test_result.setText(
                translate("SendDialog", "Set up a mail server first (Preferences → Sending).")
            )
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(
            translate("SendDialog", "Sending a test copy to {address}…").format(address=address)
        )
        database, release_id = self.database, self.release_id

        def work() -> str:
            with database.session() as session:
                profile = get_profile(session, profile_name)
                reply = send_test_copy(
                    session, release_id, profile, profile_password(profile), address
                )
                session.rollback()
                return reply

        run_job(
            work,
            on_success=lambda reply: self._tested(address, reply),
            on_failure=self._test_failed,
            owner=self,
        )

    def _tested(self, address: str, reply: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(
            translate(
                "SendDialog", "A test copy marked [TEST] went to {address}. Nothing was recorded."
            ).format(address=address)
        )
        self.test_result.setToolTip(reply)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, SignInRequired):
            offer_to_sign_in_again(
                self,
                exc,
                self.sign_in_requested.emit,
                detail=translate("SendDialog", "The test copy was not sent."),
            )
        self.test_result.setText(
            translate("SendDialog", "The test copy was not sent: {reason}").format(
                reason=describe_error(in_desktop_words(exc))
            )
        )
