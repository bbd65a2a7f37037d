"""The outbox: distributions and the state of their deliveries, as plain data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, case, exists, func, select, update
from sqlalchemy.orm import Session, aliased

from pressdesk.database.models import (
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    Release,
    ReleaseVersion,
)
from pressdesk.database.types import utcnow
from pressdesk.errors import NotFound
from pressdesk.identity import current_actor
from pressdesk.mail.lease import DistributionBusy, owner_alive

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
            "created_by": self.created_by,
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
            status=effective_status(dist),
            created_at=dist.created_at,
            scheduled_at=dist.scheduled_at,
            created_by=dist.created_by,
            counts=counts_by_id.get(dist.id, {}),
        )
        for dist, headline in rows
    ]


def effective_status(distribution: Distribution) -> DistributionStatus:
    """The status as people should see it: ``sending`` with a dead owner is ``interrupted``."""
    if distribution.status is DistributionStatus.SENDING and not owner_alive(distribution):
        return DistributionStatus.INTERRUPTED
    return distribution.status


def interrupted_distributions(session: Session) -> list[int]:
    """Distributions whose sending stopped before the end (crash, error, or the app closed)."""
    candidates = session.scalars(
        select(Distribution)
        .where(
            Distribution.status.in_((DistributionStatus.SENDING, DistributionStatus.INTERRUPTED))
        )
        .order_by(Distribution.id)
    )
    return [d.id for d in candidates if effective_status(d) is DistributionStatus.INTERRUPTED]


def resumable_distributions(session: Session, *, include_uncertain: bool = False) -> list[int]:
    """What ``outbox resume`` without an id picks up: everything started and not finished.

    Scheduled distributions wait for their moment (``outbox run``); with ``include_uncertain``
    finished distributions that still have uncertain deliveries come too.
    """
    open_statuses = (
        DistributionStatus.QUEUED,
        DistributionStatus.SENDING,
        DistributionStatus.PAUSED,
        DistributionStatus.INTERRUPTED,
    )
    condition: ColumnElement[bool] = Distribution.status.in_(open_statuses)
    if include_uncertain:
        has_uncertain = exists().where(
            Delivery.distribution_id == Distribution.id,
            Delivery.status == DeliveryStatus.UNCERTAIN,
        )
        condition = condition | (
            has_uncertain & (Distribution.status != DistributionStatus.SCHEDULED)
        )
    return list(session.scalars(select(Distribution.id).where(condition).order_by(Distribution.id)))


def due_distributions(
    session: Session, now: datetime | None = None, *, scheduled_only: bool = False
) -> list[int]:
    """What ``outbox run`` sends: scheduled ones whose moment has come, and unfinished ones.

    Paused distributions stay paused until someone resumes them. ``scheduled_only`` leaves out
    the unfinished ones: the open desktop app sends what falls due, and asks about the rest.
    """
    now = now or utcnow()
    condition: ColumnElement[bool] = (Distribution.status == DistributionStatus.SCHEDULED) & (
        Distribution.scheduled_at <= now
    )
    if not scheduled_only:
        condition = condition | Distribution.status.in_(
            (DistributionStatus.QUEUED, DistributionStatus.SENDING, DistributionStatus.INTERRUPTED)
        )
    return list(session.scalars(select(Distribution.id).where(condition).order_by(Distribution.id)))


def next_scheduled(session: Session) -> datetime | None:
    """When the next scheduled distribution is due (for a countdown)."""
    return session.scalar(
        select(func.min(Distribution.scheduled_at)).where(
            Distribution.status == DistributionStatus.SCHEDULED
        )
    )


@dataclass(frozen=True)
class UncertainDelivery:
    """A message that may or may not have reached the server, for the officer to resolve."""

    delivery: int
    distribution: int
    email: str | None
    name: str | None
    since: datetime | None
    message_id: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "delivery": self.delivery,
            "distribution": self.distribution,
            "email": self.email,
            "name": self.name,
            "since": self.since,
            "message_id": self.message_id,
        }


def uncertain_deliveries(
    session: Session, distribution_id: int | None = None
) -> list[UncertainDelivery]:
    query = select(Delivery).where(Delivery.status == DeliveryStatus.UNCERTAIN)
    if distribution_id is not None:
        query = query.where(Delivery.distribution_id == distribution_id)
    return [
        UncertainDelivery(
            delivery=d.id,
            distribution=d.distribution_id,
            email=d.email,
            name=d.name,
            since=d.sending_at,
            message_id=d.message_id,
        )
        for d in session.scalars(query.order_by(Delivery.id))
    ]


def cancel_distribution(session: Session, distribution_id: int) -> int:
    """Stop a distribution for good: what has not gone out yet is cancelled; return how many."""
    distribution = session.get(Distribution, distribution_id)
    if distribution is None:
        raise NotFound(f"There is no distribution {distribution_id}.")
    if distribution.status is DistributionStatus.SENDING and owner_alive(distribution):
        raise DistributionBusy(
            f"Distribution {distribution_id} is being sent right now; pause it first."
        )
    result = session.execute(
        update(Delivery)
        .where(
            Delivery.distribution_id == distribution_id,
            Delivery.status.in_((DeliveryStatus.QUEUED, DeliveryStatus.DEFERRED)),
        )
        .values(status=DeliveryStatus.CANCELLED, first_copy_key=None, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    distribution.status = DistributionStatus.CANCELLED
    distribution.finished_at = utcnow()
    session.flush()
    return int(result.rowcount)  # type: ignore[attr-defined]


def count_active_distributions(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(Distribution.id)).where(Distribution.status.in_(ACTIVE_STATUSES))
        )
        or 0
    )


def mark_uncertain_received(
    session: Session, distribution_id: int, delivery_ids: Sequence[int] | None = None
) -> int:
    """Record uncertain deliveries as received, once the officer has checked with the people.

    Only deliveries still ``uncertain`` change (all of the distribution's, or those named), so a
    delivery resolved meanwhile by a resend is left as it is. They count as sent from the moment
    their message went out; the response says who decided. Return how many changed.
    """
    if session.get(Distribution, distribution_id) is None:
        raise NotFound(f"There is no distribution {distribution_id}.")
    conditions = [
        Delivery.distribution_id == distribution_id,
        Delivery.status == DeliveryStatus.UNCERTAIN,
    ]
    if delivery_ids is not None:
        conditions.append(Delivery.id.in_(list(delivery_ids)))
    now = utcnow()
    result = session.execute(
        update(Delivery)
        .where(*conditions)
        .values(
            status=DeliveryStatus.SENT,
            sent_at=func.coalesce(Delivery.sending_at, now),
            smtp_response=f"Marked as received by {current_actor()}.",
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    session.flush()
    return int(result.rowcount)  # type: ignore[attr-defined]
