"""Figures for the dashboard charts: a release's pickups over time, and a period's reach.

Plain rows computed with SQL aggregates; the desktop draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pressdesk.database.models import CoverageItem, Delivery
from pressdesk.tracking.receipt import received_clause
from pressdesk.tracking.reports import require_release


@dataclass(frozen=True)
class CoveragePoint:
    """Pickups of a release published on one day (undated ones count on the day logged)."""

    day: date
    items: int
    cumulative: int


@dataclass(frozen=True)
class RegionReach:
    """In a period: how many releases reached a region and how many of its outlets received one."""

    region: str | None
    releases: int
    outlets_reached: int
    people_reached: int


def coverage_timeline(session: Session, release_id: int) -> list[CoveragePoint]:
    require_release(session, release_id)
    rows = session.execute(
        select(CoverageItem.published_on, CoverageItem.created_at).where(
            CoverageItem.release_id == release_id
        )
    ).all()
    per_day: dict[date, int] = {}
    for published_on, created_at in rows:
        day = published_on or created_at.date()
        per_day[day] = per_day.get(day, 0) + 1
    points: list[CoveragePoint] = []
    total = 0
    for day in sorted(per_day):
        total += per_day[day]
        points.append(CoveragePoint(day=day, items=per_day[day], cumulative=total))
    return points


def reach_by_region(
    session: Session, *, since: datetime | None = None, until: datetime | None = None
) -> list[RegionReach]:
    """Per region (as stored on the deliveries): releases received, outlets and people reached."""
    query = (
        select(
            Delivery.region,
            func.count(func.distinct(Delivery.release_id)),
            func.count(func.distinct(Delivery.outlet_name)),
            func.count(func.distinct(Delivery.email_key)),
        )
        .where(received_clause())
        .group_by(Delivery.region)
    )
    if since is not None:
        query = query.where(Delivery.sent_at >= since)
    if until is not None:
        query = query.where(Delivery.sent_at < until)
    rows = [
        RegionReach(region=row[0], releases=row[1], outlets_reached=row[2], people_reached=row[3])
        for row in session.execute(query)
    ]
    return sorted(rows, key=lambda row: (row.region is None, (row.region or "").casefold()))
