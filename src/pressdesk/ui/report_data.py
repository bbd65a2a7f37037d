"""What the Reports section reads, each in one unit of work on a worker thread, and the
mailbox intake jobs it runs. Plain data only: the page never holds a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import distinct, select

from pressdesk.database import Database
from pressdesk.database.models import Outlet, OutletType
from pressdesk.errors import InvalidInput
from pressdesk.jobs import Job
from pressdesk.tracking import imap, intake
from pressdesk.tracking.coverage import (
    CoverageRecord,
    list_coverage,
)
from pressdesk.tracking.dashboard import (
    CoveragePoint,
    RegionReach,
    coverage_timeline,
    reach_by_region,
)
from pressdesk.tracking.exports import ReportTable
from pressdesk.tracking.intake import IntakeSummary, MailEventRow
from pressdesk.tracking.reach import ReleaseReach
from pressdesk.tracking.reports import (
    ContactDeliveryRow,
    Matrix,
    OutletRow,
    RegionRow,
    outlet_release_matrix,
    report_by_contact,
    report_by_outlet,
    report_by_region,
)
from pressdesk.ui.i18n import translate


@dataclass(frozen=True)
class ReleaseReport:
    """Everything the release tabs show for one release, read in one unit of work."""

    release_id: int
    outlets: list[OutletRow]
    contacts: list[ContactDeliveryRow]
    regions: list[RegionRow]
    coverage: list[CoverageRecord]
    timeline: list[CoveragePoint]


def load_release_report(database: Database, release_id: int) -> ReleaseReport:
    with database.session() as session:
        return ReleaseReport(
            release_id=release_id,
            outlets=report_by_outlet(session, release_id),
            contacts=report_by_contact(session, release_id),
            regions=report_by_region(session, release_id),
            coverage=list_coverage(session, release_id=release_id),
            timeline=coverage_timeline(session, release_id),
        )


@dataclass(frozen=True)
class PeriodFilter:
    since: datetime | None = None
    region: str | None = None
    outlet_type: OutletType | None = None


@dataclass(frozen=True)
class PeriodReport:
    matrix: Matrix
    reach: list[RegionReach]
    regions: list[str] = field(default_factory=list)


def load_period_report(database: Database, period: PeriodFilter) -> PeriodReport:
    with database.session() as session:
        regions = [
            value
            for value in session.scalars(
                select(distinct(Outlet.region)).where(Outlet.region.is_not(None))
            )
            if value
        ]
        return PeriodReport(
            matrix=outlet_release_matrix(
                session, since=period.since, region=period.region, outlet_type=period.outlet_type
            ),
            reach=reach_by_region(session, since=period.since),
            regions=sorted(regions, key=str.casefold),
        )


def load_mail_events(database: Database) -> list[MailEventRow]:
    with database.session() as session:
        return intake.list_mail_events(session)


def mail_events_table(rows: Sequence[MailEventRow]) -> ReportTable:
    return ReportTable(
        title="Mail that came back",
        headers=("Kind", "From", "Release", "Outlet", "Subject", "Detail", "Received (UTC)"),
        rows=tuple(
            (
                r.kind.value,
                r.email,
                r.release_id,
                r.outlet,
                r.subject,
                r.detail,
                r.received_at or r.processed_at,
            )
            for r in rows
        ),
        document=[row.to_json() for row in rows],
        empty="Nothing has come back from the mailbox yet.",
    )


def releases_table(rows: Sequence[ReleaseReach]) -> ReportTable:
    return ReportTable(
        title="Sent releases",
        headers=(
            "Release",
            "Headline",
            "Recipients",
            "Delivered",
            "Failed",
            "Bounced",
            "Outlets reached",
        ),
        rows=tuple(
            (
                r.release,
                r.headline,
                r.recipients,
                r.delivered,
                r.failed,
                r.bounced,
                r.outlets_reached,
            )
            for r in rows
        ),
        document=[asdict(row) for row in rows],
        empty="No release has been sent yet.",
    )


def import_mail_job(database: Database, path: Path) -> Job[IntakeSummary]:
    """Read an .eml or .mbox file in one transaction: all of it is applied, or none."""
    with database.session() as session:
        return (yield from intake.import_mail_file(session, path))


def check_mailbox_job(database: Database) -> Job[IntakeSummary]:
    """Fetch new mail from the IMAP profile set up for the press office (read-only)."""
    with database.session() as session:
        profiles = imap.load_profiles(session)
    if not profiles:
        raise InvalidInput(
            translate("ReportsView", "No mailbox is set up for bounces and replies yet."),
            hint=translate(
                "ReportsView",
                "Set up the press office's mailbox in Preferences → Mailbox, or import a "
                "saved .eml or .mbox file instead.",
            ),
        )
    profile = profiles.get(imap.DEFAULT_PROFILE) or next(iter(profiles.values()))
    with database.session() as session:
        credential = imap.load_credential(session, profile)  # a password, or a sign-in
        return (yield from imap.fetch_and_import(session, profile, credential))


def describe_intake(summary: IntakeSummary) -> str:
    parts = [
        translate("ReportsView", "%Ln bounced", "", summary.bounced),
        translate("ReportsView", "%Ln opted out", "", summary.unsubscribed),
        translate("ReportsView", "%Ln replies", "", summary.replies),
        translate("ReportsView", "%Ln automatic replies", "", summary.auto_replies),
    ]
    if summary.delayed:
        parts.append(translate("ReportsView", "%Ln delayed", "", summary.delayed))
    if summary.unmatched:
        parts.append(
            translate("ReportsView", "%Ln not matched to a release", "", summary.unmatched)
        )
    if summary.already_processed:
        parts.append(translate("ReportsView", "%Ln read before", "", summary.already_processed))
    head = translate("ReportsView", "%Ln messages read: ", "", summary.messages)
    return head + ", ".join(parts) + "."
