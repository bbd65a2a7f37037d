"""The failures of a distribution, for the summary printed after a send."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.database.models import Delivery, DeliveryStatus


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
