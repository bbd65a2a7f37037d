"""What each section of the main window lists, and how it says so when it is empty."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from pressdesk.contacts.lists import audience_groups
from pressdesk.contacts.service import list_contacts
from pressdesk.database import Database
from pressdesk.mail.outbox import list_distributions
from pressdesk.releases.service import ReleaseSummary, list_releases
from pressdesk.tracking.reach import release_reach
from pressdesk.ui.contacts_view import ContactsPage
from pressdesk.ui.i18n import translate
from pressdesk.ui.lists_view import ListsPage
from pressdesk.ui.outbox_view import OutboxPage
from pressdesk.ui.outlets_view import OutletsPage, load_outlet_rows
from pressdesk.ui.releases_view import ReleasesPage
from pressdesk.ui.reports_view import ReportsPage
from pressdesk.ui.sections import SectionSpec
from pressdesk.ui.table import Column, status_tone

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Sections", "Draft"),
    "approved": QT_TRANSLATE_NOOP("Sections", "Approved"),
    "scheduled": QT_TRANSLATE_NOOP("Sections", "Scheduled"),
    "sent": QT_TRANSLATE_NOOP("Sections", "Sent"),
    "queued": QT_TRANSLATE_NOOP("Sections", "Queued"),
    "sending": QT_TRANSLATE_NOOP("Sections", "Sending"),
    "paused": QT_TRANSLATE_NOOP("Sections", "Paused"),
    "interrupted": QT_TRANSLATE_NOOP("Sections", "Interrupted"),
    "done": QT_TRANSLATE_NOOP("Sections", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Sections", "Cancelled"),
}


OUTLET_TYPE_LABELS = {
    "newspaper": QT_TRANSLATE_NOOP("Sections", "Newspaper"),
    "tv": QT_TRANSLATE_NOOP("Sections", "TV"),
    "radio": QT_TRANSLATE_NOOP("Sections", "Radio"),
    "online": QT_TRANSLATE_NOOP("Sections", "Online"),
    "news_agency": QT_TRANSLATE_NOOP("Sections", "News agency"),
    "magazine": QT_TRANSLATE_NOOP("Sections", "Magazine"),
    "freelance": QT_TRANSLATE_NOOP("Sections", "Freelance"),
    "other": QT_TRANSLATE_NOOP("Sections", "Other"),
}


def outlet_type_label(value: str | None) -> str:
    """An outlet's kind in the interface language."""
    if not value:
        return ""
    return translate(
        "Sections", OUTLET_TYPE_LABELS.get(value, value.replace("_", " ").capitalize())
    )


def status_label(status: Any) -> str:
    """A status in the interface language."""
    value = getattr(status, "value", status)
    return translate("Sections", STATUS_LABELS.get(value, value.capitalize()))


def _with_session(query: Any) -> Any:
    def load(database: Database) -> list[Any]:
        with database.session() as session:
            return list(query(session))

    return load


@dataclass(frozen=True)
class ReleaseLine(ReleaseSummary):
    """A release with how many people received it (None: never sent)."""

    received: int | None = None


def releases_with_reach(database: Database) -> list[ReleaseLine]:
    with database.session() as session:
        received = {reach.release: reach.delivered for reach in release_reach(session)}
        return [
            ReleaseLine(
                **{f.name: getattr(row, f.name) for f in fields(row)},
                received=received.get(row.id),
            )
            for row in list_releases(session)
        ]


RELEASES = SectionSpec(
    key="releases",
    title=QT_TRANSLATE_NOOP("Sections", "Releases"),
    icon="newspaper",
    subtitle=QT_TRANSLATE_NOOP("Sections", "Press releases in every language, from draft to sent."),
    columns=[
        Column(QT_TRANSLATE_NOOP("Sections", "Date"), lambda r: r.date),
        Column(QT_TRANSLATE_NOOP("Sections", "Headline"), lambda r: r.headline, stretch=True),
        Column(
            QT_TRANSLATE_NOOP("Sections", "Languages"), lambda r: ", ".join(r.languages).upper()
        ),
        Column(
            QT_TRANSLATE_NOOP("Sections", "Status"),
            lambda r: status_label(r.status),
            tone=lambda r: status_tone(r.status),
        ),
        Column(QT_TRANSLATE_NOOP("Sections", "Received"), lambda r: r.received, numeric=True),
    ],
    load=releases_with_reach,
    empty_title=QT_TRANSLATE_NOOP("Sections", "No releases yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Sections",
        "Write a release here, or bring one in from a Markdown file. Each goes out as "
        "one personal email per journalist, in their language.",
    ),
    search_placeholder=QT_TRANSLATE_NOOP("Sections", "Search headlines"),
    details=lambda r: [
        (QT_TRANSLATE_NOOP("Sections", "Status"), status_label(r.status)),
        (QT_TRANSLATE_NOOP("Sections", "Date"), r.date),
        (QT_TRANSLATE_NOOP("Sections", "Languages"), ", ".join(r.languages).upper()),
        (QT_TRANSLATE_NOOP("Sections", "Received"), r.received),
    ],
    detail_title=lambda r: r.headline,
)

CONTACTS = SectionSpec(
    key="contacts",
    title=QT_TRANSLATE_NOOP("Sections", "Contacts"),
    icon="users",
    subtitle=QT_TRANSLATE_NOOP(
        "Sections", "Journalists and editors, with their outlet, country and region."
    ),
    columns=[
        Column(QT_TRANSLATE_NOOP("Sections", "Name"), lambda r: r.display_name),
        Column(QT_TRANSLATE_NOOP("Sections", "Email"), lambda r: r.email),
        Column(QT_TRANSLATE_NOOP("Sections", "Outlet"), lambda r: r.outlet, stretch=True),
        Column(QT_TRANSLATE_NOOP("Sections", "Country"), lambda r: r.country),
        Column(QT_TRANSLATE_NOOP("Sections", "Region"), lambda r: r.region),
        Column(QT_TRANSLATE_NOOP("Sections", "Language"), lambda r: (r.language or "").upper()),
        Column(QT_TRANSLATE_NOOP("Sections", "Opted out"), lambda r: r.opted_out),
    ],
    load=_with_session(list_contacts),
    empty_title=QT_TRANSLATE_NOOP("Sections", "No contacts yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Sections",
        "Bring in your press list from a spreadsheet (CSV or Excel) or vCards. "
        "Duplicates are merged by address and opt-outs are always kept.",
    ),
    search_placeholder=QT_TRANSLATE_NOOP("Sections", "Search name, email or outlet"),
    details=lambda r: [
        (QT_TRANSLATE_NOOP("Sections", "Email"), r.email),
        (QT_TRANSLATE_NOOP("Sections", "Outlet"), r.outlet),
        (QT_TRANSLATE_NOOP("Sections", "Country"), r.country),
        (QT_TRANSLATE_NOOP("Sections", "Region"), r.region),
        (QT_TRANSLATE_NOOP("Sections", "Language"), (r.language or "").upper()),
        (
            QT_TRANSLATE_NOOP("Sections", "Opted out"),
            translate("Sections", "Yes") if r.opted_out else translate("Sections", "No"),
        ),
    ],
    detail_title=lambda r: r.display_name or r.email,
)

OUTLETS = SectionSpec(
    key="outlets",
    title=QT_TRANSLATE_NOOP("Sections", "Outlets"),
    icon="building-2",
    subtitle=QT_TRANSLATE_NOOP(
        "Sections",
        "Newspapers, broadcasters, agencies and online media, their journalists and the "
        "releases they received.",
    ),
    columns=[],  # the page has its own columns
    load=load_outlet_rows,
    empty_title=QT_TRANSLATE_NOOP("Sections", "No outlets yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Sections",
        "Outlets are created as you import contacts, or add one here. Then you can see "
        "which media received each release.",
    ),
    search_placeholder=QT_TRANSLATE_NOOP("Sections", "Search outlet, country or website"),
)

LISTS = SectionSpec(
    key="lists",
    title=QT_TRANSLATE_NOOP("Sections", "Lists"),
    icon="list",
    subtitle=QT_TRANSLATE_NOOP(
        "Sections",
        "A list holds the people you chose. A segment is a saved filter (region, language, "
        "beat…) counted again each time it is used, so new contacts who match are included.",
    ),
    columns=[],  # the page has its own columns
    load=_with_session(audience_groups),
    empty_title=QT_TRANSLATE_NOOP("Sections", "No lists or segments yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Sections",
        "Make a list of chosen people (for example 'Ministers trip press'), or a segment "
        "that picks contacts by region, language or beat (for example 'Caribbean health "
        "reporters'). Then send a release to it.",
    ),
    search_placeholder=QT_TRANSLATE_NOOP("Sections", "Search lists and segments"),
)

OUTBOX = SectionSpec(
    key="outbox",
    title=QT_TRANSLATE_NOOP("Sections", "Outbox"),
    icon="send",
    subtitle=QT_TRANSLATE_NOOP(
        "Sections", "Distributions being sent, scheduled or interrupted, and what became of each."
    ),
    columns=[
        Column(QT_TRANSLATE_NOOP("Sections", "Created"), lambda r: r.created_at),
        Column(QT_TRANSLATE_NOOP("Sections", "Release"), lambda r: r.headline, stretch=True),
        Column(
            QT_TRANSLATE_NOOP("Sections", "Status"),
            lambda r: status_label(r.status),
            tone=lambda r: status_tone(r.status),
        ),
        Column(
            QT_TRANSLATE_NOOP("Sections", "Sent"), lambda r: r.counts.get("sent", 0), numeric=True
        ),
        Column(
            QT_TRANSLATE_NOOP("Sections", "Failed"),
            lambda r: r.counts.get("failed", 0),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Sections", "Waiting"),
            lambda r: r.counts.get("queued", 0) + r.counts.get("deferred", 0),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Sections", "Uncertain"),
            lambda r: r.counts.get("uncertain", 0),
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("Sections", "By"), lambda r: r.created_by),
    ],
    load=_with_session(list_distributions),
    empty_title=QT_TRANSLATE_NOOP("Sections", "Nothing sent yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Sections",
        "When you send a release, its progress appears here: who received it, who "
        "failed, and anything waiting to be retried.",
    ),
    search_placeholder=QT_TRANSLATE_NOOP("Sections", "Search distributions"),
    details=lambda r: [
        (QT_TRANSLATE_NOOP("Sections", "Status"), status_label(r.status)),
        (QT_TRANSLATE_NOOP("Sections", "Created"), r.created_at),
        (QT_TRANSLATE_NOOP("Sections", "Scheduled for"), r.scheduled_at),
        (QT_TRANSLATE_NOOP("Sections", "By"), r.created_by),
        *[(STATUS_LABELS.get(key, key), value) for key, value in sorted(r.counts.items()) if value],
    ],
    detail_title=lambda r: r.headline,
)

REPORTS = SectionSpec(
    key="reports",
    title=QT_TRANSLATE_NOOP("Sections", "Reports"),
    icon="chart-column",
    subtitle=QT_TRANSLATE_NOOP(
        "Sections", "Which outlets received each release, from PressDesk's own records."
    ),
    columns=[
        Column(QT_TRANSLATE_NOOP("Sections", "Release"), lambda r: r.headline, stretch=True),
        Column(QT_TRANSLATE_NOOP("Sections", "Recipients"), lambda r: r.recipients, numeric=True),
        Column(QT_TRANSLATE_NOOP("Sections", "Delivered"), lambda r: r.delivered, numeric=True),
        Column(QT_TRANSLATE_NOOP("Sections", "Failed"), lambda r: r.failed, numeric=True),
        Column(
            QT_TRANSLATE_NOOP("Sections", "Outlets reached"),
            lambda r: r.outlets_reached,
            numeric=True,
        ),
    ],
    load=_with_session(release_reach),
    empty_title=QT_TRANSLATE_NOOP("Sections", "No reports yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Sections",
        "Once a release has been sent, see here who received it, by outlet and by "
        "region. No tracking pixels: the figures come from your own send records.",
    ),
    search_placeholder=QT_TRANSLATE_NOOP("Sections", "Search releases"),
)

ALL_SECTIONS = (RELEASES, CONTACTS, OUTLETS, LISTS, OUTBOX, REPORTS)

# Sections whose page is richer than the generic table: key -> a SectionPage subclass.
CUSTOM_PAGES: dict[str, Any] = {
    "releases": ReleasesPage,
    "contacts": ContactsPage,
    "lists": ListsPage,
    "outlets": OutletsPage,
    "outbox": OutboxPage,
    "reports": ReportsPage,
}
