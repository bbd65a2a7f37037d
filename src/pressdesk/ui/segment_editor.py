"""Creating or changing a saved segment, with the number of contacts it selects as filters change.

Each change of a filter is counted again on a worker thread (after a short pause in typing);
an answer that arrives after a newer question is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import distinct, select

from pressdesk.contacts.lists import (
    AudienceGroup,
    create_segment,
    normalize_segment_filters,
    segment_size,
    update_segment,
)
from pressdesk.contacts.values import (
    InvalidValue,
    known_regions,
    normalize_country,
    normalize_language,
    single_line,
)
from pressdesk.database import Database
from pressdesk.database.models import Contact, ContactBeat, OutletType, Segment
from pressdesk.errors import PressDeskError
from pressdesk.ui.forms import FieldRefused, problem_label, show_problem, with_problem
from pressdesk.ui.i18n import translate
from pressdesk.ui.messages import show_error
from pressdesk.ui.outlet_types import outlet_type_label
from pressdesk.ui.sections import heading_font
from pressdesk.ui.worker import run_job


def members_text(count: int) -> str:
    if count == 0:
        return translate("ListsView", "No contacts")
    return translate("ListsView", "%Ln contacts", "", count)


@dataclass(frozen=True)
class SegmentChoices:
    regions: list[str]
    beats: list[str]


def load_segment_choices(database: Database) -> SegmentChoices:
    with database.session() as session:
        in_data = {r for r in session.scalars(select(distinct(Contact.region))) if r}
        beats = sorted({b for b in session.scalars(select(distinct(ContactBeat.beat))) if b})
    return SegmentChoices(sorted(in_data | set(known_regions())), beats)


class SegmentEditor(QDialog):
    """A segment's name and filters, with the number of contacts matching them as they change."""

    saved = Signal(str)  # the segment's name
    counted = Signal(object)  # the live count shown (int) or None when it cannot be counted

    def __init__(
        self, database: Database, group: AudienceGroup | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._group = group
        self._count_round = 0
        self.last_count: int | None = None  # the count shown, None when it cannot be counted
        self.counting = False
        self.setWindowTitle(
            translate("ListsView", "New segment")
            if group is None
            else translate("ListsView", "Edit segment")
        )
        self.setMinimumWidth(520)
        intro = QLabel(
            translate(
                "ListsView",
                "A segment is a saved filter. Nobody is added by hand: whoever matches "
                "every filter below when a release is sent receives it.",
            )
        )
        intro.setWordWrap(True)
        intro.setEnabled(False)

        self.name = QLineEdit(group.name if group else "")
        self.name.setAccessibleName(translate("ListsView", "Segment name"))
        self.name.setPlaceholderText(translate("ListsView", "e.g. Caribbean health reporters"))
        self.region = QComboBox()
        self.region.setAccessibleName(translate("ListsView", "Region"))
        self.region.addItem(translate("ListsView", "Any region"), None)
        self.country = QLineEdit()
        self.country.setAccessibleName(translate("ListsView", "Country"))
        self.country.setPlaceholderText(
            translate("ListsView", "Any country — or a code or name, e.g. HN or Honduras")
        )
        self.language = QLineEdit()
        self.language.setAccessibleName(translate("ListsView", "Language"))
        self.language.setPlaceholderText(
            translate("ListsView", "Any language — or e.g. es, Spanish, français")
        )
        self.beat = QComboBox()
        self.beat.setEditable(True)
        self.beat.setAccessibleName(translate("ListsView", "Beat or tag"))
        self.beat.addItem("")
        beat_edit = self.beat.lineEdit()
        if beat_edit is not None:
            beat_edit.setPlaceholderText(translate("ListsView", "Any beat — or e.g. health"))
            beat_edit.setAccessibleName(translate("ListsView", "Beat or tag"))
        self.outlet_type = QComboBox()
        self.outlet_type.setAccessibleName(translate("ListsView", "Outlet type"))
        self.outlet_type.addItem(translate("ListsView", "Any type of outlet"), None)
        for kind in OutletType:
            self.outlet_type.addItem(outlet_type_label(kind.value), kind.value)
        self.text = QLineEdit()
        self.text.setAccessibleName(translate("ListsView", "Contains"))
        self.text.setPlaceholderText(
            translate("ListsView", "Words in the name, address, outlet or notes")
        )

        self.problems = {key: problem_label() for key in ("name", "country", "language")}
        form = QFormLayout()
        form.addRow(translate("ListsView", "Name:"), with_problem(self.name, self.problems["name"]))
        form.addRow(translate("ListsView", "Region:"), self.region)
        form.addRow(
            translate("ListsView", "Country:"), with_problem(self.country, self.problems["country"])
        )
        form.addRow(
            translate("ListsView", "Language:"),
            with_problem(self.language, self.problems["language"]),
        )
        form.addRow(translate("ListsView", "Beat or tag:"), self.beat)
        form.addRow(translate("ListsView", "Outlet type:"), self.outlet_type)
        form.addRow(translate("ListsView", "Contains:"), self.text)

        self.count = QLabel()
        self.count.setFont(heading_font(2))
        self.count.setWordWrap(True)
        self.error = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if group is not None:
            values = group.filters
            self.country.setText(values.get("country", ""))
            self.language.setText(values.get("language", ""))
            self.beat.setEditText(values.get("beat") or values.get("tag") or "")
            self.text.setText(values.get("text", ""))
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(150)
        self._count_timer.timeout.connect(self.recount)
        for edit in (self.country, self.language, self.text):
            edit.textChanged.connect(lambda _text: self._count_timer.start())
        self.beat.editTextChanged.connect(lambda _text: self._count_timer.start())
        for combo in (self.region, self.outlet_type):
            combo.currentIndexChanged.connect(lambda _index: self._count_timer.start())
        self.name.textChanged.connect(lambda _text: show_problem(self.problems["name"], None))
        if group is not None:
            index = self.outlet_type.findData(group.filters.get("outlet_type"))
            self.outlet_type.setCurrentIndex(max(0, index))
            if region := group.filters.get("region"):  # the full menu arrives a moment later
                self.region.addItem(region, region)
                self.region.setCurrentIndex(1)
        run_job(
            lambda: load_segment_choices(database),
            on_success=self._set_choices,
            on_failure=lambda exc: show_error(self, exc),
            owner=self,
        )
        self.recount()

    def _set_choices(self, choices: SegmentChoices) -> None:
        current = self.region.currentData()
        self.region.blockSignals(True)
        while self.region.count() > 1:
            self.region.removeItem(1)
        for region in choices.regions:
            self.region.addItem(region, region)
        if current and self.region.findData(current) < 0:
            self.region.addItem(current, current)
        self.region.setCurrentIndex(max(0, self.region.findData(current)))
        self.region.blockSignals(False)
        typed = self.beat.currentText()
        self.beat.blockSignals(True)
        for beat in choices.beats:
            self.beat.addItem(beat)
        self.beat.setEditText(typed)
        self.beat.blockSignals(False)
        self.recount()

    def filters(self) -> dict[str, str]:
        """The filters as typed (not yet normalized); empty ones left out."""
        values = {
            "region": self.region.currentData() or "",
            "country": self.country.text(),
            "language": self.language.text(),
            "beat": self.beat.currentText(),
            "outlet_type": self.outlet_type.currentData() or "",
            "text": self.text.text(),
        }
        return {key: value.strip() for key, value in values.items() if value and value.strip()}

    def _check_fields(self) -> bool:
        ok = True
        for key, check in (("country", normalize_country), ("language", normalize_language)):
            edit: QLineEdit = getattr(self, key)
            text = edit.text().strip()
            message = None
            if text:
                try:
                    check(text)
                except InvalidValue as exc:
                    message = str(exc) + "."
            show_problem(self.problems[key], message)
            ok = ok and message is None
        return ok

    def recount(self) -> None:
        """Count the contacts the filters select now, on a worker thread; stale answers dropped."""
        self._count_round += 1
        round_number = self._count_round
        if not self._check_fields():
            self._no_count(
                translate("ListsView", "Fix the filter marked in red to see who matches.")
            )
            return
        filters = self.filters()
        if not filters:
            self._no_count(translate("ListsView", "Choose at least one filter."))
            return
        self.counting = True
        self.count.setText(translate("ListsView", "Counting…"))
        database = self._database

        def work() -> int:
            with database.session() as session:
                return segment_size(session, normalize_segment_filters(filters))

        run_job(
            work,
            on_success=lambda total: self._show_count(round_number, total),
            on_failure=lambda exc: self._count_failed(round_number, exc),
            owner=self,
        )

    def _no_count(self, why: str) -> None:
        self.counting = False
        self.last_count = None
        self.count.setText(why)
        self.counted.emit(None)

    def _show_count(self, round_number: int, total: int) -> None:
        if round_number != self._count_round:
            return
        self.counting = False
        self.last_count = total
        if total == 0:
            self.count.setText(
                translate("ListsView", "No contact matches these filters right now.")
            )
        else:
            self.count.setText(translate("ListsView", "%Ln contacts match right now.", "", total))
        self.counted.emit(total)

    def _count_failed(self, round_number: int, exc: BaseException) -> None:
        if round_number != self._count_round:
            return
        self._no_count(str(exc) if isinstance(exc, PressDeskError) else "")

    @property
    def count_pending(self) -> bool:
        return self._count_timer.isActive()

    def save(self) -> None:
        show_problem(self.error, None)
        name = self.name.text().strip()
        fields_ok = self._check_fields()
        if not name:
            show_problem(self.problems["name"], translate("ListsView", "Give the segment a name."))
        filters = self.filters()
        if not filters:
            show_problem(self.error, translate("ListsView", "Choose at least one filter."))
        if not (name and fields_ok and filters):
            return
        database, group = self._database, self._group

        def work() -> str:
            with database.session() as session:
                clean = single_line(name) or name
                taken = session.scalar(select(Segment.id).where(Segment.name == clean))
                if taken is not None and (group is None or taken != group.id):
                    raise FieldRefused(
                        "name",
                        translate(
                            "ListsView", "There is already a segment called '{name}'."
                        ).format(name=clean),
                    )
                if group is None:
                    create_segment(session, name, filters)
                else:
                    update_segment(session, group.id, name, filters)
            return clean

        self.buttons.setEnabled(False)
        run_job(work, on_success=self._saved, on_failure=self._failed, owner=self)

    def _saved(self, name: str) -> None:
        self.saved.emit(name)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, PressDeskError):
            show_error(self, exc)
        elif isinstance(exc, FieldRefused):
            show_problem(self.problems[exc.field], exc.message)
        else:
            show_problem(self.error, str(exc))
