"""Opt-outs and the person's rights: see everything stored about them, or erase it.

An opt-out is a :class:`Suppression` keyed by the address and by its SHA-256, so that erasing the
person removes the address but not the promise never to write to it again. Only an explicit
opt-in removes a suppression; imports only ever add them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from pressdesk.contacts.addresses import email_hash, email_key
from pressdesk.contacts.values import InvalidValue, normalize_email, single_line
from pressdesk.database.models import (
    Contact,
    ContactBeat,
    ContactList,
    Delivery,
    Distribution,
    ListMember,
    MailEvent,
    Outlet,
    Suppression,
)
from pressdesk.database.types import utcnow
from pressdesk.errors import NotFound
from pressdesk.identity import current_actor


def _checked_address(address: str) -> str:
    try:
        return normalize_email(address)
    except InvalidValue as exc:
        raise exc.as_input_error() from None


def find_suppression(session: Session, address: str) -> Suppression | None:
    return session.scalar(
        select(Suppression).where(
            or_(
                Suppression.email_key == email_key(address),
                Suppression.email_hash == email_hash(address),
            )
        )
    )


def opt_out(
    session: Session,
    address: str,
    *,
    reason: str | None = None,
    source: str = "manual",
    actor: str | None = None,
) -> bool:
    """Suppress an address (on file or not). Returns False when it was already suppressed."""
    clean = _checked_address(address)
    existing = find_suppression(session, clean)
    if existing is not None:
        if existing.email_key is None:
            existing.email_key = email_key(clean)
        return False
    session.add(
        Suppression(
            email_hash=email_hash(clean),
            email_key=email_key(clean),
            reason=single_line(reason),
            source=source[:30],
            created_at=utcnow(),
            created_by=actor or current_actor(),
        )
    )
    session.flush()
    return True


def opt_in(session: Session, address: str) -> None:
    """Remove the suppression of an address: the one deliberate way to mail it again."""
    if find_suppression(session, address) is None:
        raise NotFound(f"{single_line(address)} is not opted out.")
    session.execute(
        delete(Suppression).where(
            or_(
                Suppression.email_key == email_key(address),
                Suppression.email_hash == email_hash(address),
            )
        )
    )


@dataclass(frozen=True)
class ErasureResult:
    deliveries_anonymised: int
    events_anonymised: int


def erase_contact(session: Session, address: str, *, actor: str | None = None) -> ErasureResult:
    """Delete a person's data; keep them suppressed by hash and keep per-outlet delivery counts."""
    key = email_key(address)
    digest = email_hash(address)
    contact = session.scalar(select(Contact).where(Contact.email_key == key))
    if contact is None:
        raise NotFound(f"There is no contact with the address {single_line(address)}.")
    suppression = find_suppression(session, address)
    if suppression is None:
        session.add(
            Suppression(
                email_hash=digest,
                email_key=None,
                reason="Personal data erased on request",
                source="erasure",
                created_at=utcnow(),
                created_by=actor or current_actor(),
            )
        )
    else:
        suppression.email_key = None
    deliveries = session.execute(
        update(Delivery)
        .where(or_(Delivery.contact_id == contact.id, Delivery.email_key == key))
        .values(email=None, name=None, email_key=digest, contact_id=None)
        .execution_options(synchronize_session=False)
    )
    events = session.execute(
        update(MailEvent)
        .where(func.lower(MailEvent.email) == key)
        .values(email=None, subject=None, detail=None)
        .execution_options(synchronize_session=False)
    )
    session.delete(contact)
    session.flush()
    return ErasureResult(
        deliveries_anonymised=deliveries.rowcount or 0,  # type: ignore[attr-defined]
        events_anonymised=events.rowcount or 0,  # type: ignore[attr-defined]
    )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def person_record(session: Session, address: str) -> dict[str, Any]:
    """Everything stored about the person with this address, as one JSON-ready document."""
    key = email_key(address)
    contact = session.scalar(select(Contact).where(Contact.email_key == key))
    suppression = find_suppression(session, address)
    if contact is None:
        raise NotFound(f"There is no contact with the address {single_line(address)}.")
    outlet = session.get(Outlet, contact.outlet_id) if contact.outlet_id else None
    beats = session.scalars(
        select(ContactBeat.beat)
        .where(ContactBeat.contact_id == contact.id)
        .order_by(ContactBeat.beat)
    ).all()
    lists = session.scalars(
        select(ContactList.name)
        .join(ListMember, ListMember.list_id == ContactList.id)
        .where(ListMember.contact_id == contact.id)
        .order_by(ContactList.name)
    ).all()
    deliveries = session.scalars(
        select(Delivery)
        .where(or_(Delivery.contact_id == contact.id, Delivery.email_key == key))
        .order_by(Delivery.queued_at, Delivery.id)
    ).all()
    senders: dict[int, str | None] = dict(
        session.execute(
            select(Distribution.id, Distribution.created_by).where(
                Distribution.id.in_({d.distribution_id for d in deliveries})
            )
        )
        .tuples()
        .all()
    )
    events = session.scalars(
        select(MailEvent).where(func.lower(MailEvent.email) == key).order_by(MailEvent.id)
    ).all()
    sent_times = [d.sent_at for d in deliveries if d.sent_at]
    last_contacted = max(
        [*sent_times, *([contact.last_contacted_at] if contact.last_contacted_at else [])],
        default=None,
    )
    return {
        "email": contact.email,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "title": contact.title,
        "phones": list(contact.phones or []),
        "outlet": outlet.name if outlet else None,
        "outlet_type": outlet.outlet_type.value if outlet and outlet.outlet_type else None,
        "country": contact.country,
        "city": contact.city,
        "region": contact.region,
        "language": contact.language,
        "other_languages": list(contact.other_languages or []),
        "beats": list(beats),
        "social": dict(contact.social or {}),
        "notes": contact.notes,
        "source": contact.source,
        "needs_review": contact.needs_review,
        "lists": list(lists),
        "opted_out": suppression is not None,
        "opt_out": None
        if suppression is None
        else {
            "since": _iso(suppression.created_at),
            "reason": suppression.reason,
            "source": suppression.source,
            "by": suppression.created_by,
        },
        "created_at": _iso(contact.created_at),
        "created_by": contact.created_by,
        "updated_at": _iso(contact.updated_at),
        "updated_by": contact.updated_by,
        "version": contact.version,
        "last_contacted_at": _iso(last_contacted),
        "deliveries": [
            {
                "release": d.release_id,
                "distribution": d.distribution_id,
                "language": d.language,
                "address": d.email,
                "outlet": d.outlet_name,
                "status": d.status.value,
                "attempts": d.attempts,
                "queued_at": _iso(d.queued_at),
                "sent_at": _iso(d.sent_at),
                "bounced_at": _iso(d.bounced_at),
                "smtp_response": d.smtp_response,
                "sent_by": senders.get(d.distribution_id),
            }
            for d in deliveries
        ],
        "mail_events": [
            {
                "kind": e.kind.value,
                "subject": e.subject,
                "detail": e.detail,
                "received_at": _iso(e.received_at),
            }
            for e in events
        ],
    }
