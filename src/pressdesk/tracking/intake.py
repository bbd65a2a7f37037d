"""Mailbox intake: bounces, opt-outs and replies applied to deliveries, contacts and suppressions.

Every message processed becomes one :class:`MailEvent` keyed by its own Message-ID, and a message
already on record is skipped, so reading the same mailbox twice changes nothing the second time.
The caller owns the session (and so the transaction).
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.contacts.addresses import email_hash, email_key
from pressdesk.database.models import (
    Contact,
    Delivery,
    DeliveryStatus,
    MailEvent,
    MailEventKind,
    Suppression,
)
from pressdesk.database.types import utcnow
from pressdesk.errors import InvalidInput
from pressdesk.identity import current_actor
from pressdesk.jobs import Job, Progress
from pressdesk.tracking.mailparse import (
    IncomingMail,
    MailKind,
    RecipientReport,
    message_id_of,
    parse_mail,
)

# A bounce can arrive for a message the server accepted, or one whose fate was unclear.
_BOUNCEABLE = (
    DeliveryStatus.SENT,
    DeliveryStatus.UNCERTAIN,
    DeliveryStatus.SENDING,
    DeliveryStatus.DEFERRED,
)
_PROGRESS_EVERY = 50


@dataclass
class IntakeSummary:
    """What a pass over a mailbox did."""

    messages: int = 0
    bounced: int = 0
    delayed: int = 0
    unsubscribed: int = 0
    replies: int = 0
    auto_replies: int = 0
    unmatched: int = 0
    already_processed: int = 0
    flagged_for_review: int = 0
    unsubscribed_addresses: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "messages": self.messages,
            "bounced": self.bounced,
            "delayed": self.delayed,
            "unsubscribed": self.unsubscribed,
            "replies": self.replies,
            "auto_replies": self.auto_replies,
            "unmatched": self.unmatched,
            "already_processed": self.already_processed,
            "flagged_for_review": self.flagged_for_review,
            "unsubscribed_addresses": list(self.unsubscribed_addresses),
        }


@dataclass(frozen=True)
class MailEventRow:
    """One processed message, for the officer's list of what came back."""

    kind: MailEventKind
    email: str | None
    subject: str | None
    detail: str | None
    received_at: datetime | None
    processed_at: datetime
    release_id: int | None
    outlet: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "email": self.email,
            "subject": self.subject,
            "detail": self.detail,
            "received_at": self.received_at.isoformat() if self.received_at else None,
            "release": self.release_id,
            "outlet": self.outlet,
        }


def _delivery_for_report(
    session: Session, report: RecipientReport, original_message_id: str | None
) -> Delivery | None:
    """The delivery a DSN is about: the original Message-ID, confirmed by the recipient."""
    if original_message_id is None:
        return None
    candidates = list(
        session.scalars(select(Delivery).where(Delivery.message_id == original_message_id))
    )
    keys = {email_key(address) for address in report.addresses()}
    for delivery in candidates:
        if delivery.email_key in keys:
            return delivery
    # Message-IDs are made per recipient, so one candidate is the one even when the report
    # names the address the mail was forwarded to.
    return candidates[0] if len(candidates) == 1 else None


def _delivery_for_reply(session: Session, mail: IncomingMail) -> Delivery | None:
    if not mail.references:
        return None
    found = {
        delivery.message_id: delivery
        for delivery in session.scalars(
            select(Delivery).where(Delivery.message_id.in_(mail.references))
        )
    }
    for reference in mail.references:  # In-Reply-To first
        if reference in found:
            return found[reference]
    return None


def _bounce(
    session: Session, delivery: Delivery, report: RecipientReport, when: datetime
) -> tuple[bool, bool]:
    """Mark a delivery bounced; flag its contact on a permanent failure. Returns what changed."""
    changed = flagged = False
    if delivery.status in _BOUNCEABLE:
        delivery.status = DeliveryStatus.BOUNCED
        delivery.first_copy_key = None  # the person may be sent this release again
        delivery.bounced_at = when
        changed = True
    if report.permanent and delivery.contact_id is not None:
        contact = session.get(Contact, delivery.contact_id)
        if contact is not None:
            reason = f"Hard bounce ({report.describe()}) on {when:%Y-%m-%d}"
            contact.needs_review = reason[:500]
            flagged = True
    return changed, flagged


def _suppress(session: Session, address: str, reason: str) -> bool:
    """Add an opt-out for the address; False when it was already suppressed."""
    digest = email_hash(address)
    if session.scalar(select(Suppression.id).where(Suppression.email_hash == digest)):
        return False
    session.add(
        Suppression(
            email_hash=digest,
            email_key=email_key(address),
            reason=reason[:1000],
            source="unsubscribe",
            created_by=current_actor(),
        )
    )
    session.flush()
    return True


def _seen(session: Session, message_id: str) -> bool:
    return (
        session.scalar(select(MailEvent.id).where(MailEvent.message_id == message_id)) is not None
    )


def process_raw(session: Session, raw: bytes, summary: IntakeSummary) -> None:
    """Classify and apply one message given as bytes, unless it was processed before."""
    if _seen(session, message_id_of(raw)):
        summary.messages += 1
        summary.already_processed += 1
        return
    mail = parse_mail(raw)
    summary.messages += 1
    _apply_new(session, mail, summary)


def apply_mail(session: Session, mail: IncomingMail, summary: IntakeSummary) -> None:
    """Apply one classified message to the records, once."""
    summary.messages += 1
    if _seen(session, mail.message_id):
        summary.already_processed += 1
        return
    _apply_new(session, mail, summary)


def _apply_new(session: Session, mail: IncomingMail, summary: IntakeSummary) -> None:
    event = MailEvent(
        message_id=mail.message_id,
        email=mail.sender,
        subject=mail.subject or None,
        received_at=mail.received_at,
        processed_at=utcnow(),
    )
    if mail.kind == MailKind.DELIVERY_REPORT:
        _apply_delivery_report(session, mail, event, summary)
    elif mail.kind == MailKind.UNRECOGNISED_BOUNCE:
        event.kind = MailEventKind.BOUNCE
        event.detail = "Not a standard delivery report: check it by hand."
        summary.unmatched += 1
    else:
        _apply_answer(session, mail, event, summary)
    session.add(event)
    session.flush()


def _apply_delivery_report(
    session: Session, mail: IncomingMail, event: MailEvent, summary: IntakeSummary
) -> None:
    """Failed recipients bounce (permanent failures flag the contact); delays are only noted."""
    event.kind = MailEventKind.BOUNCE
    details: list[str] = []
    for report in mail.reports:
        details.append(f"{', '.join(report.addresses())}: {report.describe()}")
        summary.delayed += report.delayed
        delivery = _delivery_for_report(session, report, mail.original_message_id)
        if delivery is None:
            continue
        event.delivery_id = event.delivery_id or delivery.id
        event.email = delivery.email or report.final_recipient
        if report.failed:
            when = mail.received_at or event.processed_at
            changed, flagged = _bounce(session, delivery, report, when)
            summary.bounced += changed
            summary.flagged_for_review += flagged
    event.detail = "\n".join(details) or "A delivery report naming no recipient."
    if event.delivery_id is None:
        summary.unmatched += 1


def _apply_answer(
    session: Session, mail: IncomingMail, event: MailEvent, summary: IntakeSummary
) -> None:
    """A reply, automatic or human, or an opt-out: attached to the delivery it answers."""
    delivery = _delivery_for_reply(session, mail)
    event.delivery_id = delivery.id if delivery else None
    event.detail = mail.excerpt or None
    if mail.kind == MailKind.AUTO_REPLY:
        event.kind = MailEventKind.AUTO_REPLY
        summary.auto_replies += 1
        return
    if mail.kind == MailKind.REPLY:
        event.kind = MailEventKind.REPLY
        if delivery is None:
            summary.unmatched += 1
        else:
            summary.replies += 1
        return
    event.kind = MailEventKind.UNSUBSCRIBE
    # The sender, and the address the release went to if they answer from another one.
    addresses = [mail.sender] if mail.sender else []
    if delivery is not None and delivery.email:
        addresses.append(delivery.email)
    if not addresses:
        summary.unmatched += 1
    reason = f"Asked by email to be removed: {mail.subject or '(no subject)'}"
    for address in dict.fromkeys(email_key(a) for a in addresses):
        if _suppress(session, address, reason):
            summary.unsubscribed += 1
            summary.unsubscribed_addresses.append(address)


def process_messages(
    session: Session, messages: Iterable[bytes], total: int | None = None
) -> Job[IntakeSummary]:
    """Classify and apply each message; yields progress, returns the summary."""
    summary = IntakeSummary()
    for done, raw in enumerate(messages, start=1):
        process_raw(session, raw, summary)
        if done % _PROGRESS_EVERY == 0:
            yield Progress(done, total, f"{done} messages read")
    yield Progress(summary.messages, total or summary.messages, "Mailbox read")
    return summary


def read_mail_file(path: Path) -> tuple[int, Iterator[bytes]]:
    """The messages of an ``.eml`` file (one) or an ``.mbox`` file (many), as bytes."""
    if not path.is_file():
        raise InvalidInput(f"There is no file {path}.")
    with path.open("rb") as handle:
        head = handle.read(5)
    if path.suffix.lower() == ".mbox" or head == b"From ":
        box = mailbox.mbox(path, create=False)
        keys = box.keys()
        return len(keys), (box.get_bytes(key) for key in keys)
    data = path.read_bytes()
    if b":" not in data[:1000]:
        raise InvalidInput(f"{path.name} is not an email message (.eml) or a mailbox (.mbox).")
    return 1, iter([data])


def import_mail_file(session: Session, path: Path) -> Job[IntakeSummary]:
    total, messages = read_mail_file(path)
    return (yield from process_messages(session, messages, total))


def list_unsubscribe_requests(
    session: Session, *, since: datetime | None = None
) -> list[MailEventRow]:
    """Opt-outs received by mail, newest first, with the release they answered when known."""
    return list_mail_events(session, kind=MailEventKind.UNSUBSCRIBE, since=since)


def list_mail_events(
    session: Session,
    *,
    release_id: int | None = None,
    kind: MailEventKind | None = None,
    since: datetime | None = None,
    limit: int = 500,
) -> list[MailEventRow]:
    """What came back from the mailbox, newest first, optionally for one release or of one kind."""
    query = (
        select(MailEvent, Delivery.release_id, Delivery.outlet_name)
        .outerjoin(Delivery, Delivery.id == MailEvent.delivery_id)
        .order_by(MailEvent.processed_at.desc(), MailEvent.id.desc())
        .limit(limit)
    )
    if release_id is not None:
        query = query.where(Delivery.release_id == release_id)
    if kind is not None:
        query = query.where(MailEvent.kind == kind)
    if since is not None:
        query = query.where(MailEvent.processed_at >= since)
    return [
        MailEventRow(
            kind=event.kind,
            email=event.email,
            subject=event.subject,
            detail=event.detail,
            received_at=event.received_at,
            processed_at=event.processed_at,
            release_id=release,
            outlet=outlet,
        )
        for event, release, outlet in session.execute(query)
    ]
