"""Reports on what happened to releases, computed with SQL aggregates and returned as plain rows.

Every report is a function taking a session and returning frozen dataclasses, so the command line
and the desktop views show the same numbers and never hold a live session. People are counted
once per group even when a release was sent to them twice (a resend after a failure): their best
outcome counts, so recipients = delivered + bounced + failed + pending.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from pressdesk.contacts.addresses import email_key
from pressdesk.database.models import (
    Contact,
    CoverageItem,
    Delivery,
    DeliveryStatus,
    MailEvent,
    MailEventKind,
    Outlet,
    OutletType,
    Release,
    ReleaseVersion,
)
from pressdesk.errors import NotFound
from pressdesk.tracking.receipt import (
    Outcome,
    delivery_outcome,
    outcome_from_rank,
    outcome_rank_expression,
    rank_of,
    received_clause,
)

_Key = ColumnElement[Any] | InstrumentedAttribute[Any]


@dataclass(frozen=True)
class OutcomeCounts:
    """People in a group and what became of the release for them."""

    recipients: int = 0
    delivered: int = 0
    failed: int = 0
    bounced: int = 0
    pending: int = 0


@dataclass(frozen=True)
class GroupCounts:
    """The numbers every grouped report shows for a group of people."""

    recipients: int
    delivered: int
    failed: int
    bounced: int
    pending: int
    replies: int
    coverage: int

    def counts_json(self) -> dict[str, int]:
        return {
            "recipients": self.recipients,
            "delivered": self.delivered,
            "failed": self.failed,
            "bounced": self.bounced,
            "replies": self.replies,
            "coverage": self.coverage,
        }

    def count_cells(self) -> tuple[int, ...]:
        return (
            self.recipients,
            self.delivered,
            self.failed,
            self.bounced,
            self.pending,
            self.replies,
            self.coverage,
        )


@dataclass(frozen=True, kw_only=True)
class OutletRow(GroupCounts):
    """One outlet's line in a release's report: its journalists at send time and the pickups."""

    outlet: str
    outlet_id: int | None

    @property
    def received(self) -> bool:
        return self.delivered > 0

    def to_json(self) -> dict[str, Any]:
        return {"outlet": self.outlet, **self.counts_json()}


@dataclass(frozen=True, kw_only=True)
class RegionRow(GroupCounts):
    """One region's line (the region stored on the delivery at send time; None if unknown)."""

    region: str | None
    outlets_reached: int

    def to_json(self) -> dict[str, Any]:
        return {
            "region": self.region,
            **self.counts_json(),
            "outlets_reached": self.outlets_reached,
        }


@dataclass(frozen=True)
class ContactDeliveryRow:
    """One line of a release's delivery log."""

    email: str | None
    name: str | None
    outlet: str | None
    status: DeliveryStatus
    attempts: int
    sent_at: datetime | None
    smtp_response: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "email": self.email,
            "name": self.name,
            "outlet": self.outlet,
            "status": self.status.value,
            "attempts": self.attempts,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "smtp_response": self.smtp_response,
        }


@dataclass(frozen=True)
class ContactHistoryRow:
    """One release sent to a contact, for the contact's detail view."""

    release_id: int
    headline: str
    language: str
    distribution_id: int
    outlet: str | None
    status: DeliveryStatus
    outcome: Outcome
    attempts: int
    queued_at: datetime
    sent_at: datetime | None
    bounced_at: datetime | None
    smtp_response: str | None
    replies: int

    def to_json(self) -> dict[str, Any]:
        return {
            "release": self.release_id,
            "headline": self.headline,
            "language": self.language,
            "outlet": self.outlet,
            "status": self.status.value,
            "outcome": self.outcome.value,
            "attempts": self.attempts,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "bounced_at": self.bounced_at.isoformat() if self.bounced_at else None,
            "smtp_response": self.smtp_response,
            "replies": self.replies,
        }


@dataclass(frozen=True)
class MatrixRelease:
    """A column of the matrix: a release first sent in the period."""

    release_id: int
    headline: str
    first_sent: datetime
    outlets_received: int

    def to_json(self) -> dict[str, Any]:
        return {
            "release": self.release_id,
            "headline": self.headline,
            "first_sent": self.first_sent.isoformat(),
            "outlets_received": self.outlets_received,
        }


@dataclass(frozen=True)
class MatrixCell:
    outcome: Outcome
    coverage: int = 0

    def label(self) -> str:
        if not self.coverage:
            return self.outcome.value
        pickups = "pickup" if self.coverage == 1 else "pickups"
        return f"{self.outcome.value}, {self.coverage} {pickups}"


@dataclass(frozen=True)
class MatrixRow:
    """An outlet's line: one cell per release of the period, in the order of the columns."""

    outlet: str
    outlet_id: int | None
    region: str | None
    outlet_type: OutletType | None
    cells: tuple[MatrixCell, ...]

    @property
    def received(self) -> int:
        return sum(cell.outcome == Outcome.RECEIVED for cell in self.cells)

    @property
    def coverage(self) -> int:
        return sum(cell.coverage for cell in self.cells)


@dataclass(frozen=True)
class Matrix:
    releases: tuple[MatrixRelease, ...]
    rows: tuple[MatrixRow, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "releases": [release.to_json() for release in self.releases],
            "outlets": [
                {
                    "outlet": row.outlet,
                    "region": row.region,
                    "type": row.outlet_type.value if row.outlet_type else None,
                    "received": row.received,
                    "coverage": row.coverage,
                    "cells": {
                        str(release.release_id): {
                            "status": cell.outcome.value,
                            "coverage": cell.coverage,
                        }
                        for release, cell in zip(self.releases, row.cells, strict=True)
                    },
                }
                for row in self.rows
            ],
        }


def require_release(session: Session, release_id: int) -> None:
    if session.get(Release, release_id) is None:
        raise NotFound(f"There is no release {release_id}.", hint="See: pressdesk release list")


def _outcome_counts(
    session: Session, release_id: int, key: _Key
) -> dict[Any, tuple[OutcomeCounts, int | None]]:
    """Counts per group ``key``, each person once with their best outcome; plus an outlet id."""
    per_person = (
        select(
            key.label("key"),
            func.max(Delivery.outlet_id).label("outlet_id"),
            func.max(outcome_rank_expression()).label("rank"),
        )
        .where(Delivery.release_id == release_id)
        .group_by(key, Delivery.email_key)
        .subquery()
    )
    rank = per_person.c.rank

    def count_rank(value: Outcome) -> ColumnElement[int]:
        return func.sum(case((rank == rank_of(value), 1), else_=0))

    rows = session.execute(
        select(
            per_person.c.key,
            func.max(per_person.c.outlet_id),
            func.count(),
            count_rank(Outcome.RECEIVED),
            count_rank(Outcome.FAILED),
            count_rank(Outcome.BOUNCED),
            count_rank(Outcome.PENDING),
        ).group_by(per_person.c.key)
    )
    return {
        row[0]: (
            OutcomeCounts(
                recipients=row[2],
                delivered=int(row[3] or 0),
                failed=int(row[4] or 0),
                bounced=int(row[5] or 0),
                pending=int(row[6] or 0),
            ),
            row[1],
        )
        for row in rows
    }


def _replies(session: Session, release_id: int, key: _Key) -> dict[Any, int]:
    query: Select[Any] = (
        select(key, func.count(MailEvent.id))
        .join(Delivery, MailEvent.delivery_id == Delivery.id)
        .where(Delivery.release_id == release_id, MailEvent.kind == MailEventKind.REPLY)
        .group_by(key)
    )
    return {row[0]: row[1] for row in session.execute(query)}


def report_by_outlet(session: Session, release_id: int) -> list[OutletRow]:
    """Per outlet (as at send time) that had recipients: what became of the release there."""
    require_release(session, release_id)
    counts = _outcome_counts(session, release_id, Delivery.outlet_name)
    replies = _replies(session, release_id, Delivery.outlet_name)
    by_id: dict[int, str] = {}
    by_name: dict[str, str] = {}
    for name, (_, outlet_id) in counts.items():
        if name is None:
            continue
        by_name[name.casefold()] = name
        if outlet_id is not None:
            by_id[outlet_id] = name
    coverage: dict[str, int] = defaultdict(int)
    for outlet_id, outlet_name, number in session.execute(
        select(CoverageItem.outlet_id, CoverageItem.outlet_name, func.count())
        .where(CoverageItem.release_id == release_id)
        .group_by(CoverageItem.outlet_id, CoverageItem.outlet_name)
    ):
        target = by_id.get(outlet_id) or by_name.get((outlet_name or "").casefold())
        if target is not None:
            coverage[target] += number
    rows = [
        OutletRow(
            outlet=name,
            outlet_id=outlet_id,
            recipients=c.recipients,
            delivered=c.delivered,
            failed=c.failed,
            bounced=c.bounced,
            pending=c.pending,
            replies=replies.get(name, 0),
            coverage=coverage.get(name, 0),
        )
        for name, (c, outlet_id) in counts.items()
        if name is not None
    ]
    return sorted(rows, key=lambda row: row.outlet.casefold())


def report_by_region(session: Session, release_id: int) -> list[RegionRow]:
    """The outlet report's counts per region as stored on the deliveries, plus outlets reached."""
    require_release(session, release_id)
    counts = _outcome_counts(session, release_id, Delivery.region)
    replies = _replies(session, release_id, Delivery.region)
    reached: dict[str | None, int] = {
        row[0]: row[1]
        for row in session.execute(
            select(Delivery.region, func.count(func.distinct(Delivery.outlet_name)))
            .where(Delivery.release_id == release_id, received_clause())
            .group_by(Delivery.region)
        )
    }
    # A pickup belongs to the region its outlet's journalists were mailed in, else the outlet's.
    region_at_send = (
        select(func.max(Delivery.region))
        .where(Delivery.release_id == release_id, Delivery.outlet_id == CoverageItem.outlet_id)
        .scalar_subquery()
    )
    pickups = (
        select(func.coalesce(region_at_send, Outlet.region).label("region"))
        .select_from(CoverageItem)
        .outerjoin(Outlet, Outlet.id == CoverageItem.outlet_id)
        .where(CoverageItem.release_id == release_id)
        .subquery()
    )
    coverage: dict[str | None, int] = {
        row[0]: row[1]
        for row in session.execute(
            select(pickups.c.region, func.count()).group_by(pickups.c.region)
        )
    }
    rows = [
        RegionRow(
            region=region,
            recipients=c.recipients,
            delivered=c.delivered,
            failed=c.failed,
            bounced=c.bounced,
            pending=c.pending,
            replies=replies.get(region, 0),
            coverage=coverage.get(region, 0),
            outlets_reached=reached.get(region, 0),
        )
        for region, (c, _) in counts.items()
    ]
    return sorted(rows, key=lambda row: (row.region is None, (row.region or "").casefold()))


def report_by_contact(session: Session, release_id: int) -> list[ContactDeliveryRow]:
    """The delivery log of a release: every message, its state, attempts and the server's reply."""
    require_release(session, release_id)
    rows = session.execute(
        select(
            Delivery.email,
            Delivery.name,
            Delivery.outlet_name,
            Delivery.status,
            Delivery.attempts,
            Delivery.sent_at,
            Delivery.smtp_response,
        )
        .where(Delivery.release_id == release_id)
        .order_by(
            Delivery.outlet_name.is_(None),
            Delivery.outlet_name,
            Delivery.email_key,
            Delivery.id,
        )
    )
    return [ContactDeliveryRow(*row) for row in rows]


def find_contact_id(session: Session, address: str) -> int:
    """The id of the contact with this address (compared as PressDesk keys addresses)."""
    contact_id = session.scalar(select(Contact.id).where(Contact.email_key == email_key(address)))
    if contact_id is None:
        raise NotFound(f"There is no contact with the address {address.strip()}.")
    return contact_id


def contact_history(session: Session, contact_id: int) -> list[ContactHistoryRow]:
    """Every release sent to a contact, newest first, with what became of it."""
    if session.get(Contact, contact_id) is None:
        raise NotFound(f"There is no contact {contact_id}.")
    version = aliased(ReleaseVersion)
    main = aliased(ReleaseVersion)
    replies = (
        select(func.count(MailEvent.id))
        .where(MailEvent.delivery_id == Delivery.id, MailEvent.kind == MailEventKind.REPLY)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Delivery, func.coalesce(version.headline, main.headline), replies)
        .join(Release, Release.id == Delivery.release_id)
        .outerjoin(
            version,
            (version.release_id == Delivery.release_id) & (version.language == Delivery.language),
        )
        .outerjoin(main, (main.release_id == Release.id) & (main.language == Release.language))
        .where(Delivery.contact_id == contact_id)
        .order_by(Delivery.queued_at.desc(), Delivery.id.desc())
    )
    return [
        ContactHistoryRow(
            release_id=delivery.release_id,
            headline=headline or "(untitled)",
            language=delivery.language,
            distribution_id=delivery.distribution_id,
            outlet=delivery.outlet_name,
            status=delivery.status,
            outcome=delivery_outcome(delivery.status, bounced=delivery.bounced_at is not None),
            attempts=delivery.attempts,
            queued_at=delivery.queued_at,
            sent_at=delivery.sent_at,
            bounced_at=delivery.bounced_at,
            smtp_response=delivery.smtp_response,
            replies=reply_count,
        )
        for delivery, headline, reply_count in rows
    ]


_OutletKey = int | tuple[str, str]  # an outlet on file, or ("gone", name) for a deleted one
_OutletInfo = tuple[str, str | None, OutletType | None]  # name, region, type


def _releases_in_period(
    session: Session, since: datetime | None, until: datetime | None
) -> list[tuple[int, str, datetime]]:
    """Releases first sent in the period, oldest first: id, headline, first send."""
    first_sent = func.min(Delivery.queued_at)
    period = select(Delivery.release_id, first_sent).group_by(Delivery.release_id)
    if since is not None:
        period = period.having(first_sent >= since)
    if until is not None:
        period = period.having(first_sent < until)
    first: dict[int, datetime] = {row[0]: row[1] for row in session.execute(period)}
    if not first:
        return []
    main = aliased(ReleaseVersion)
    headlines: dict[int, str | None] = {
        row[0]: row[1]
        for row in session.execute(
            select(Release.id, main.headline)
            .outerjoin(main, (main.release_id == Release.id) & (main.language == Release.language))
            .where(Release.id.in_(first))
        )
    }
    ordered = sorted(first, key=lambda rid: (first[rid], rid))
    return [(rid, headlines.get(rid) or "(untitled)", first[rid]) for rid in ordered]


def outlet_release_matrix(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    region: str | None = None,
    outlet_type: OutletType | None = None,
) -> Matrix:
    """Outlets × releases first sent in the period: received, bounced, failed or not sent.

    Rows are every outlet on file (narrowed by region and type, so gaps stand out) plus outlets
    that were mailed but have since been deleted; cells count the pickups logged too.
    """
    releases = _releases_in_period(session, since, until)
    if not releases:
        return Matrix(releases=())
    release_ids = [release_id for release_id, _, _ in releases]

    def same_region(value: str | None) -> bool:
        return region is None or (value or "").casefold() == region.casefold()

    id_by_name: dict[str, int] = {}
    shown: dict[_OutletKey, _OutletInfo] = {}
    for outlet_id, name, outlet_region, kind in session.execute(
        select(Outlet.id, Outlet.name, Outlet.region, Outlet.outlet_type)
    ):
        id_by_name[name.casefold()] = outlet_id
        if same_region(outlet_region) and outlet_type in (None, kind):
            shown[outlet_id] = (name, outlet_region, kind)

    def row_key(outlet_id: int | None, outlet_name: str | None) -> _OutletKey:
        if outlet_id is not None:
            return outlet_id
        name = (outlet_name or "").casefold()
        return id_by_name.get(name, ("gone", name))

    best: dict[tuple[_OutletKey, int], int] = {}
    for outlet_id, outlet_name, delivery_region, release_id, rank in session.execute(
        select(
            Delivery.outlet_id,
            Delivery.outlet_name,
            func.max(Delivery.region),
            Delivery.release_id,
            func.max(outcome_rank_expression()),
        )
        .where(Delivery.release_id.in_(release_ids))
        .where(Delivery.outlet_id.is_not(None) | Delivery.outlet_name.is_not(None))
        .group_by(Delivery.outlet_id, Delivery.outlet_name, Delivery.release_id)
    ):
        key = row_key(outlet_id, outlet_name)
        # An outlet deleted since is still shown, filtered by the region it was mailed in.
        if isinstance(key, tuple) and outlet_type is None and same_region(delivery_region):
            shown.setdefault(key, (outlet_name or "", delivery_region, None))
        if key in shown:
            best[(key, release_id)] = max(best.get((key, release_id), 0), rank)

    coverage: dict[tuple[_OutletKey, int], int] = defaultdict(int)
    for outlet_id, outlet_name, release_id, number in session.execute(
        select(
            CoverageItem.outlet_id,
            CoverageItem.outlet_name,
            CoverageItem.release_id,
            func.count(),
        )
        .where(CoverageItem.release_id.in_(release_ids))
        .group_by(CoverageItem.outlet_id, CoverageItem.outlet_name, CoverageItem.release_id)
    ):
        coverage[(row_key(outlet_id, outlet_name), release_id)] += number

    rows = [
        MatrixRow(
            outlet=name,
            outlet_id=key if isinstance(key, int) else None,
            region=outlet_region,
            outlet_type=kind,
            cells=tuple(
                MatrixCell(
                    outcome_from_rank(best.get((key, release_id))),
                    coverage.get((key, release_id), 0),
                )
                for release_id in release_ids
            ),
        )
        for key, (name, outlet_region, kind) in shown.items()
    ]
    rows.sort(key=lambda row: ((row.region or "\uffff").casefold(), row.outlet.casefold()))
    return Matrix(
        releases=tuple(
            MatrixRelease(
                release_id=release_id,
                headline=headline,
                first_sent=first_sent,
                outlets_received=sum(row.cells[index].outcome == Outcome.RECEIVED for row in rows),
            )
            for index, (release_id, headline, first_sent) in enumerate(releases)
        ),
        rows=tuple(rows),
    )
