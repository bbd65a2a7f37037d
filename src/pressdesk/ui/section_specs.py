"""What each section of the main window lists, and how it says so when it is empty."""

from __future__ import annotations

from typing import Any

from pressdesk.contacts.service import list_contacts, list_lists, list_outlets
from pressdesk.database import Database
from pressdesk.mail.outbox import list_distributions
from pressdesk.releases.service import list_releases
from pressdesk.tracking.reach import release_reach
from pressdesk.ui.sections import SectionPage, SectionSpec
from pressdesk.ui.table import Column


def _with_session(query: Any) -> Any:
    def load(database: Database) -> list[Any]:
        with database.session() as session:
            return list(query(session))

    return load


RELEASES = SectionSpec(
    key="releases",
    title="Releases",
    icon="newspaper",
    subtitle="Press releases in every language, from draft to sent.",
    columns=[
        Column("Date", lambda r: r.date),
        Column("Headline", lambda r: r.headline, stretch=True),
        Column("Languages", lambda r: ", ".join(r.languages).upper()),
        Column("Status", lambda r: r.status.value.capitalize()),
    ],
    load=_with_session(list_releases),
    empty_title="No releases yet",
    empty_text="Write a release here, or bring one in from a Markdown file. Each goes out as "
    "one personal email per journalist, in their language.",
    search_placeholder="Search headlines",
    details=lambda r: [
        ("Status", r.status.value.capitalize()),
        ("Date", r.date),
        ("Languages", ", ".join(r.languages).upper()),
    ],
    detail_title=lambda r: r.headline,
)

CONTACTS = SectionSpec(
    key="contacts",
    title="Contacts",
    icon="users",
    subtitle="Journalists and editors, with their outlet, country and region.",
    columns=[
        Column("Name", lambda r: r.display_name),
        Column("Email", lambda r: r.email),
        Column("Outlet", lambda r: r.outlet, stretch=True),
        Column("Country", lambda r: r.country),
        Column("Region", lambda r: r.region),
        Column("Language", lambda r: (r.language or "").upper()),
        Column("Opted out", lambda r: r.opted_out),
    ],
    load=_with_session(list_contacts),
    empty_title="No contacts yet",
    empty_text="Bring in your press list from a spreadsheet (CSV or Excel) or vCards. "
    "Duplicates are merged by address and opt-outs are always kept.",
    search_placeholder="Search name, email or outlet",
    details=lambda r: [
        ("Email", r.email),
        ("Outlet", r.outlet),
        ("Country", r.country),
        ("Region", r.region),
        ("Language", (r.language or "").upper()),
        ("Opted out", "Yes" if r.opted_out else "No"),
    ],
    detail_title=lambda r: r.display_name or r.email,
)

OUTLETS = SectionSpec(
    key="outlets",
    title="Outlets",
    icon="building-2",
    subtitle="Newspapers, broadcasters, agencies and online media.",
    columns=[
        Column("Outlet", lambda r: r.name, stretch=True),
        Column("Type", lambda r: (r.outlet_type or "").replace("_", " ").capitalize()),
        Column("Country", lambda r: r.country),
        Column("Region", lambda r: r.region),
        Column("Contacts", lambda r: r.contacts, numeric=True),
    ],
    load=_with_session(list_outlets),
    empty_title="No outlets yet",
    empty_text="Outlets are created as you import contacts, so you can see which media "
    "received each release.",
    search_placeholder="Search outlets",
)

LISTS = SectionSpec(
    key="lists",
    title="Lists",
    icon="list",
    subtitle="Contact lists and saved segments to send releases to.",
    columns=[
        Column("Name", lambda r: r.name, stretch=True),
        Column("Members", lambda r: r.members, numeric=True),
    ],
    load=_with_session(list_lists),
    empty_title="No lists yet",
    empty_text="Group contacts into lists (for example 'Caribbean health reporters') "
    "to send a release to all of them at once.",
    search_placeholder="Search lists",
)

OUTBOX = SectionSpec(
    key="outbox",
    title="Outbox",
    icon="send",
    subtitle="Distributions being sent, scheduled or interrupted, and what became of each.",
    columns=[
        Column("Created", lambda r: r.created_at),
        Column("Release", lambda r: r.headline, stretch=True),
        Column("Status", lambda r: r.status.value.capitalize()),
        Column("Sent", lambda r: r.counts.get("sent", 0), numeric=True),
        Column("Failed", lambda r: r.counts.get("failed", 0), numeric=True),
        Column(
            "Waiting",
            lambda r: r.counts.get("queued", 0) + r.counts.get("deferred", 0),
            numeric=True,
        ),
        Column("By", lambda r: r.created_by),
    ],
    load=_with_session(list_distributions),
    empty_title="Nothing sent yet",
    empty_text="When you send a release, its progress appears here: who received it, who "
    "failed, and anything waiting to be retried.",
    search_placeholder="Search distributions",
    details=lambda r: [
        ("Status", r.status.value.capitalize()),
        ("Created", r.created_at),
        ("Scheduled for", r.scheduled_at),
        ("By", r.created_by),
        *[(key.capitalize(), value) for key, value in sorted(r.counts.items()) if value],
    ],
    detail_title=lambda r: r.headline,
)

REPORTS = SectionSpec(
    key="reports",
    title="Reports",
    icon="chart-column",
    subtitle="Which outlets received each release, from PressDesk's own records.",
    columns=[
        Column("Release", lambda r: r.headline, stretch=True),
        Column("Recipients", lambda r: r.recipients, numeric=True),
        Column("Delivered", lambda r: r.delivered, numeric=True),
        Column("Failed", lambda r: r.failed, numeric=True),
        Column("Outlets reached", lambda r: r.outlets_reached, numeric=True),
    ],
    load=_with_session(release_reach),
    empty_title="No reports yet",
    empty_text="Once a release has been sent, see here who received it, by outlet and by "
    "region. No tracking pixels: the figures come from your own send records.",
    search_placeholder="Search releases",
)

ALL_SECTIONS = (RELEASES, CONTACTS, OUTLETS, LISTS, OUTBOX, REPORTS)

# Sections whose page is richer than the generic table: key -> a SectionPage subclass.
CUSTOM_PAGES: dict[str, type[SectionPage]] = {}
