"""How far each release reached: recipients, delivered, failed and outlets, from the deliveries."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session, aliased

from pressdesk.database.models import Delivery, DeliveryStatus, Release, ReleaseVersion

_DELIVERED = (DeliveryStatus.SENT,)
_FAILED = (DeliveryStatus.FAILED, DeliveryStatus.BOUNCED)


@dataclass(frozen=True)
class ReleaseReach:
    release: int
    headline: str
    recipients: int
    delivered: int
    failed: int
    outlets_reached: int


def release_reach(session: Session) -> list[ReleaseReach]:
    """Releases that have deliveries, newest first, with what became of them."""
    main = aliased(ReleaseVersion)
    delivered = Delivery.status.in_(_DELIVERED)
    rows = session.execute(
        select(
            Release.id,
            main.headline,
            func.count(distinct(Delivery.email_key)),
            func.sum(case((delivered, 1), else_=0)),
            func.sum(case((Delivery.status.in_(_FAILED), 1), else_=0)),
            func.count(distinct(case((delivered, Delivery.outlet_name)))),
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
        )
        for row in rows
    ]
