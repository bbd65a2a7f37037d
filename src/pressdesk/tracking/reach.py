"""How far each release reached, one line per release, by the receipt rule of :mod:`receipt`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session, aliased

from pressdesk.database.models import Delivery, DeliveryStatus, Release, ReleaseVersion
from pressdesk.tracking.receipt import bounced_clause, received_clause


@dataclass(frozen=True)
class ReleaseReach:
    release: int
    headline: str
    recipients: int
    delivered: int
    failed: int
    outlets_reached: int
    bounced: int = 0


def release_reach(session: Session) -> list[ReleaseReach]:
    """Releases that have deliveries, newest first, with what became of them."""
    main = aliased(ReleaseVersion)
    delivered = received_clause()
    rows = session.execute(
        select(
            Release.id,
            main.headline,
            func.count(distinct(Delivery.email_key)),
            func.sum(case((delivered, 1), else_=0)),
            func.sum(case((Delivery.status == DeliveryStatus.FAILED, 1), else_=0)),
            func.count(distinct(case((delivered, Delivery.outlet_name)))),
            func.sum(case((bounced_clause(), 1), else_=0)),
        )
        .join(Delivery, Delivery.release_id == Release.id)
        .outerjoin(main, (main.release_id == Release.id) & (main.language == Release.language))
        .group_by(Release.id, main.headline)
        .order_by(Release.id.desc())
    )
    return [
        ReleaseReach(
            release=row[0],
            headline=row[1] or "(untitled)",
            recipients=row[2],
            delivered=int(row[3] or 0),
            failed=int(row[4] or 0),
            outlets_reached=row[5],
            bounced=int(row[6] or 0),
        )
        for row in rows
    ]


def releases_received_by_outlet(session: Session) -> dict[int, int]:
    """How many distinct releases each outlet received, by outlet id (receipt rule)."""
    rows = session.execute(
        select(Delivery.outlet_id, func.count(distinct(Delivery.release_id)))
        .where(Delivery.outlet_id.is_not(None), received_clause())
        .group_by(Delivery.outlet_id)
    )
    return {outlet_id: count for outlet_id, count in rows if outlet_id is not None}
