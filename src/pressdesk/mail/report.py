"""Who got a release: one line per address, from the most recent delivery to it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.database.models import Delivery, DeliveryStatus, Release
from pressdesk.errors import NotFound


@dataclass(frozen=True)
class ContactDelivery:
    email: str | None
    name: str | None
    outlet: str | None
    language: str
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


def report_by_contact(session: Session, release_id: int) -> list[ContactDelivery]:
    """Each address the release went to (per language version).

    A sent delivery wins over later attempts (a resend that failed does not undo the first
    message); otherwise the latest delivery tells the state.
    """
    if session.get(Release, release_id) is None:
        raise NotFound(f"There is no release {release_id}.")
    chosen: dict[tuple[str, str], Delivery] = {}
    for row in session.scalars(
        select(Delivery).where(Delivery.release_id == release_id).order_by(Delivery.id)
    ):
        key = (row.email_key, row.language)
        previous = chosen.get(key)
        if previous is None or previous.status is not DeliveryStatus.SENT:
            chosen[key] = row
    rows = sorted(
        chosen.values(),
        key=lambda d: (d.outlet_name or "", d.name or "", d.email_key, d.language),
    )
    return [
        ContactDelivery(
            email=row.email,
            name=row.name,
            outlet=row.outlet_name,
            language=row.language,
            status=row.status,
            attempts=row.attempts,
            sent_at=row.sent_at,
            smtp_response=row.smtp_response,
        )
        for row in rows
    ]


def failed_deliveries(
    session: Session, distribution_id: int
) -> list[tuple[str | None, str | None]]:
    """Address and server reply of each failed delivery of a distribution."""
    return [
        (email, response)
        for email, response in session.execute(
            select(Delivery.email, Delivery.smtp_response)
            .where(
                Delivery.distribution_id == distribution_id,
                Delivery.status == DeliveryStatus.FAILED,
            )
            .order_by(Delivery.id)
        )
    ]
