"""The receipt rule: when PressDesk says that someone, or an outlet, received a release.

A delivery counts as received when the server accepted it and no bounce came back for it later.
An outlet received a release when at least one delivery to one of its journalists was received.
The outlet is the one copied onto the delivery at send time, so a journalist who later moves to
another outlet does not rewrite what happened.
"""

from __future__ import annotations

import enum

from sqlalchemy import ColumnElement, and_, case, exists, select
from sqlalchemy.orm import Session

from pressdesk.database.models import Delivery, DeliveryStatus

PENDING_STATUSES = (
    DeliveryStatus.QUEUED,
    DeliveryStatus.SENDING,
    DeliveryStatus.DEFERRED,
    DeliveryStatus.UNCERTAIN,
)


class Outcome(enum.StrEnum):
    """What became of a release for one person or one outlet, best outcome first."""

    RECEIVED = "received"
    BOUNCED = "bounced"
    FAILED = "failed"
    PENDING = "pending"  # queued, deferred or uncertain: not settled yet
    CANCELLED = "cancelled"
    NOT_SENT = "not sent"


# Rank used to pick the best outcome among several deliveries (a resend after a failure).
_RANK = {
    Outcome.RECEIVED: 5,
    Outcome.PENDING: 4,
    Outcome.BOUNCED: 3,
    Outcome.FAILED: 2,
    Outcome.CANCELLED: 1,
    Outcome.NOT_SENT: 0,
}
_BY_RANK = {rank: outcome for outcome, rank in _RANK.items()}


def received_clause() -> ColumnElement[bool]:
    """SQL condition: this delivery was accepted by the server and has not bounced."""
    return and_(Delivery.status == DeliveryStatus.SENT, Delivery.bounced_at.is_(None))


def bounced_clause() -> ColumnElement[bool]:
    return Delivery.status == DeliveryStatus.BOUNCED


def outcome_rank_expression() -> ColumnElement[int]:
    """SQL expression giving each delivery the rank of its outcome (see :func:`best_outcome`)."""
    return case(
        (received_clause(), _RANK[Outcome.RECEIVED]),
        (bounced_clause(), _RANK[Outcome.BOUNCED]),
        (Delivery.status == DeliveryStatus.FAILED, _RANK[Outcome.FAILED]),
        (Delivery.status.in_(PENDING_STATUSES), _RANK[Outcome.PENDING]),
        (Delivery.status == DeliveryStatus.SENT, _RANK[Outcome.BOUNCED]),  # sent, then bounced
        else_=_RANK[Outcome.CANCELLED],
    )


def rank_of(outcome: Outcome) -> int:
    return _RANK[outcome]


def outcome_from_rank(rank: int | None) -> Outcome:
    """The outcome for the best rank found among a group's deliveries (None: nothing was sent)."""
    return Outcome.NOT_SENT if rank is None else _BY_RANK[int(rank)]


def delivery_outcome(status: DeliveryStatus, *, bounced: bool = False) -> Outcome:
    """The outcome of one delivery, for rows already loaded in Python."""
    if status == DeliveryStatus.SENT:
        return Outcome.BOUNCED if bounced else Outcome.RECEIVED
    if status == DeliveryStatus.BOUNCED:
        return Outcome.BOUNCED
    if status == DeliveryStatus.FAILED:
        return Outcome.FAILED
    if status in PENDING_STATUSES:
        return Outcome.PENDING
    return Outcome.CANCELLED


def outlet_received(session: Session, release_id: int, outlet_id: int) -> bool:
    """Did this outlet receive this release (through any of its journalists at send time)?"""
    query = select(
        exists().where(
            Delivery.release_id == release_id, Delivery.outlet_id == outlet_id, received_clause()
        )
    )
    return bool(session.scalar(query))
