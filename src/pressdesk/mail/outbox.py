"""The outbox: distributions and the state of their deliveries, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from pressdesk.database.models import (
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    Release,
    ReleaseVersion,
)

ACTIVE_STATUSES = (DistributionStatus.QUEUED, DistributionStatus.SENDING)


@dataclass(frozen=True)
class DistributionSummary:
    distribution: int
    release: int
    headline: str
    status: DistributionStatus
    created_at: datetime
    scheduled_at: datetime | None
    created_by: str | None
    counts: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "distribution": self.distribution,
            "release": self.release,
            "status": self.status.value,
            **{
                key: self.counts.get(key, 0)
                for key in ("queued", "sent", "failed", "deferred", "uncertain")
            },
        }


def list_distributions(session: Session) -> list[DistributionSummary]:
    """Every distribution, newest first, with its deliveries counted by status."""
    main = aliased(ReleaseVersion)
    status_columns = [
        func.sum(case((Delivery.status == status, 1), else_=0)).label(status.value)
        for status in DeliveryStatus
    ]
    counts_by_id: dict[int, dict[str, int]] = {}
    for row in session.execute(
        select(Delivery.distribution_id, *status_columns).group_by(Delivery.distribution_id)
    ):
        counts_by_id[row[0]] = {
            status.value: int(row[i + 1] or 0) for i, status in enumerate(DeliveryStatus)
        }
    rows = session.execute(
        select(Distribution, main.headline)
        .join(Release, Release.id == Distribution.release_id)
        .outerjoin(main, (main.release_id == Release.id) & (main.language == Release.language))
        .order_by(Distribution.created_at.desc(), Distribution.id.desc())
    )
    return [
        DistributionSummary(
            distribution=dist.id,
            release=dist.release_id,
            headline=headline or "(untitled)",
            status=dist.status,
            created_at=dist.created_at,
            scheduled_at=dist.scheduled_at,
            created_by=dist.created_by,
            counts=counts_by_id.get(dist.id, {}),
        )
        for dist, headline in rows
    ]


def count_active_distributions(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(Distribution.id)).where(Distribution.status.in_(ACTIVE_STATUSES))
        )
        or 0
    )
