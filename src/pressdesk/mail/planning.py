"""Who a send goes to, and the distribution with all its deliveries created in one transaction.

The audience (lists and segments) is read in pages of contacts so memory stays flat in its size.
Each page drops opted-out addresses (by the hash a suppression keeps, so erased people are covered
too) and people who already have this release in their language, unless the officer asks to
resend. Those are counted as skipped and the counts are kept on the distribution.

Two officers may send the same release at the same moment, each in a transaction that cannot see
the other's deliveries yet. The database settles it: a unique index allows one served,
non-resend delivery per release, language and address, and deliveries are inserted with
"on conflict do nothing", so the later transaction waits for the earlier one and then skips the
people it already took (counted as already received).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Insert, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pressdesk.contacts.addresses import email_hash
from pressdesk.contacts.audience import audience_query
from pressdesk.database.bulk import execute_many, table_of
from pressdesk.database.models import (
    Contact,
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    Outlet,
    Release,
    Suppression,
)
from pressdesk.database.types import utcnow
from pressdesk.errors import NotFound
from pressdesk.identity import current_actor
from pressdesk.mail.profiles import ProfileInfo
from pressdesk.releases.compose import Recipient, ReleaseComposer, Sender, make_message_id

PAGE_SIZE = 1000

# A delivery in one of these states means the person has, or is about to get, this release.
SERVED_STATUSES = (
    DeliveryStatus.SENT,
    DeliveryStatus.QUEUED,
    DeliveryStatus.SENDING,
    DeliveryStatus.DEFERRED,
    DeliveryStatus.UNCERTAIN,
)


class Composer(Protocol):
    """What sending needs from the release composer."""

    def language_for(self, recipient: Recipient) -> str: ...

    def subject_for(self, language: str) -> str: ...

    def compose(self, recipient: Recipient, *, message_id: str) -> bytes: ...

    def compose_for_smtp(self, recipient: Recipient, *, message_id: str) -> bytes: ...


@dataclass(frozen=True)
class Planned:
    """One person who will get a message."""

    contact_id: int
    recipient: Recipient
    email_key: str
    name: str | None
    outlet_id: int | None
    region: str | None
    language: str


@dataclass
class AudiencePlan:
    """The counts shown before sending."""

    recipients: int = 0
    skipped_opted_out: int = 0
    skipped_already_received: int = 0
    by_language: dict[str, int] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return self.skipped_opted_out + self.skipped_already_received

    def to_json(self) -> dict[str, Any]:
        return {
            "recipients": self.recipients,
            "skipped": self.skipped,
            "skipped_opted_out": self.skipped_opted_out,
            "skipped_already_received": self.skipped_already_received,
            "by_language": dict(self.by_language),
        }


@dataclass(frozen=True)
class PreparedDistribution:
    distribution: int
    plan: AudiencePlan
    scheduled_at: datetime | None


def _insert_deliveries(session: Session, *, first_copies: bool) -> Insert:
    """The INSERT of a page of deliveries; first copies yield to ones another send holds."""
    table = table_of(Delivery)
    if not first_copies:
        return insert(table)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    return insert(table)  # another database: the unique index still refuses a second copy


def display_name(first: str | None, last: str | None) -> str | None:
    return " ".join(part for part in (first, last) if part) or None


def sender_of(from_address: str, from_name: str | None, reply_to: str | None) -> Sender:
    return Sender(from_address=from_address, from_name=from_name, reply_to=reply_to)


def release_composer(session: Session, release_id: int, profile: ProfileInfo) -> Composer:
    """The composer of a release for a profile's sender (template errors raise here)."""
    sender = sender_of(profile.from_address, profile.from_name, profile.reply_to)
    return ReleaseComposer(session, release_id, sender)


def iter_audience(
    session: Session,
    release_id: int,
    composer: Composer,
    list_names: Sequence[str],
    segment_names: Sequence[str],
    *,
    resend: bool,
    plan: AudiencePlan,
) -> Iterator[Planned]:
    """Yield the people to mail, page by page, counting the skipped ones in ``plan``."""
    if session.get(Release, release_id) is None:
        raise NotFound(f"There is no release {release_id}.")
    audience = audience_query(session, list_names, segment_names)
    last_id = 0
    while True:
        rows = session.execute(
            select(
                Contact.id,
                Contact.email,
                Contact.email_key,
                Contact.first_name,
                Contact.last_name,
                Contact.title,
                Contact.language,
                Contact.country,
                Contact.region,
                Contact.outlet_id,
                Outlet.name,
            )
            .outerjoin(Outlet, Outlet.id == Contact.outlet_id)
            .where(Contact.id.in_(audience), Contact.id > last_id)
            .order_by(Contact.id)
            .limit(PAGE_SIZE)
        ).all()
        if not rows:
            return
        last_id = rows[-1].id
        hashes = {row.email_key: email_hash(row.email) for row in rows}
        suppressed = set(
            session.scalars(
                select(Suppression.email_hash).where(Suppression.email_hash.in_(hashes.values()))
            )
        )
        served: set[tuple[str, str]] = set()
        if not resend:
            served = {
                (key, language)
                for key, language in session.execute(
                    select(Delivery.email_key, Delivery.language).where(
                        Delivery.release_id == release_id,
                        Delivery.email_key.in_(hashes.keys()),
                        Delivery.status.in_(SERVED_STATUSES),
                    )
                )
            }
        for row in rows:
            if hashes[row.email_key] in suppressed:
                plan.skipped_opted_out += 1
                continue
            recipient = Recipient(
                email=row.email,
                first_name=row.first_name,
                last_name=row.last_name,
                title=row.title,
                outlet=row.name,
                language=row.language,
                country=row.country,
            )
            language = composer.language_for(recipient)
            if (row.email_key, language) in served:
                plan.skipped_already_received += 1
                continue
            plan.recipients += 1
            plan.by_language[language] = plan.by_language.get(language, 0) + 1
            yield Planned(
                contact_id=row.id,
                recipient=recipient,
                email_key=row.email_key,
                name=display_name(row.first_name, row.last_name),
                outlet_id=row.outlet_id,
                region=row.region,
                language=language,
            )


def preview_audience(
    session: Session,
    release_id: int,
    composer: Composer,
    list_names: Sequence[str],
    segment_names: Sequence[str],
    *,
    resend: bool = False,
) -> AudiencePlan:
    """Recipients and skipped counts of a send, without changing anything."""
    plan = AudiencePlan()
    for _ in iter_audience(
        session, release_id, composer, list_names, segment_names, resend=resend, plan=plan
    ):
        pass
    return plan


def preview_send(
    session: Session,
    release_id: int,
    profile: ProfileInfo,
    list_names: Sequence[str],
    segment_names: Sequence[str] = (),
    *,
    resend: bool = False,
) -> AudiencePlan:
    """What the send dialog shows before sending: recipients, skipped, languages."""
    composer = release_composer(session, release_id, profile)
    return preview_audience(session, release_id, composer, list_names, segment_names, resend=resend)


def create_distribution(
    session: Session,
    release_id: int,
    composer: Composer,
    *,
    profile_id: int,
    from_address: str,
    list_names: Sequence[str],
    segment_names: Sequence[str],
    resend: bool = False,
    scheduled_at: datetime | None = None,
) -> PreparedDistribution:
    """Create the distribution and every queued delivery; the caller commits them at once.

    Nothing is sent here: if the process dies before the commit, nothing exists; after it, the
    whole recipient list is in the outbox.
    """
    now = utcnow()
    scheduled = scheduled_at is not None and scheduled_at > now
    distribution = Distribution(
        release_id=release_id,
        profile_id=profile_id,
        status=DistributionStatus.SCHEDULED if scheduled else DistributionStatus.QUEUED,
        audience={"lists": list(list_names), "segments": list(segment_names)},
        resend=resend,
        scheduled_at=scheduled_at if scheduled else None,
        created_at=now,
        created_by=current_actor(),
    )
    session.add(distribution)
    session.flush()
    plan = AudiencePlan()
    statement = _insert_deliveries(session, first_copies=not resend)
    batch: list[dict[str, Any]] = []
    for planned in iter_audience(
        session, release_id, composer, list_names, segment_names, resend=resend, plan=plan
    ):
        batch.append(
            {
                "distribution_id": distribution.id,
                "release_id": release_id,
                "language": planned.language,
                "contact_id": planned.contact_id,
                "email": planned.recipient.email,
                "email_key": planned.email_key,
                "name": planned.name,
                "outlet_id": planned.outlet_id,
                "outlet_name": planned.recipient.outlet,
                "country": planned.recipient.country,
                "region": planned.region,
                "status": DeliveryStatus.QUEUED,
                "is_resend": resend,
                "first_copy_key": None if resend else planned.email_key,
                "attempts": 0,
                "message_id": make_message_id(from_address),
                "queued_at": now,
                "updated_at": now,
            }
        )
        if len(batch) >= PAGE_SIZE:
            execute_many(session, statement, batch)
            batch = []
    execute_many(session, statement, batch)
    if not resend:
        _count_what_was_taken(session, distribution.id, plan)
    distribution.skipped_opted_out = plan.skipped_opted_out
    distribution.skipped_already_received = plan.skipped_already_received
    if plan.recipients == 0:
        distribution.status = DistributionStatus.DONE
        distribution.finished_at = now
    session.flush()
    return PreparedDistribution(distribution.id, plan, distribution.scheduled_at)


def _count_what_was_taken(session: Session, distribution_id: int, plan: AudiencePlan) -> None:
    """Recount from the rows inserted: a send racing this one may have taken some people."""
    by_language: dict[str, int] = dict(
        session.execute(
            select(Delivery.language, func.count())
            .where(Delivery.distribution_id == distribution_id)
            .group_by(Delivery.language)
        )
        .tuples()
        .all()
    )
    taken = sum(by_language.values())
    plan.skipped_already_received += plan.recipients - taken
    plan.recipients = taken
    plan.by_language = {
        language: by_language[language] for language in plan.by_language if language in by_language
    }


def queue_send(
    session: Session,
    release_id: int,
    profile: ProfileInfo,
    list_names: Sequence[str],
    segment_names: Sequence[str] = (),
    *,
    resend: bool = False,
    scheduled_at: datetime | None = None,
    composer: Composer | None = None,
) -> PreparedDistribution:
    """Put a send in the outbox (now or scheduled); the caller commits, then sends it."""
    return create_distribution(
        session,
        release_id,
        composer or release_composer(session, release_id, profile),
        profile_id=profile.id,
        from_address=profile.from_address,
        list_names=list_names,
        segment_names=segment_names,
        resend=resend,
        scheduled_at=scheduled_at,
    )
