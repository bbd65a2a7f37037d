"""The PressDesk domain as typed SQLAlchemy models.

The schema itself is owned by the Alembic migrations in ``migrations/``; a test checks that the
migrated database and these models agree. Personal data lives in ``contacts`` and is referenced
elsewhere by id, with the facts needed for history (address, outlet at send time) copied onto each
delivery so that an erased or changed contact does not rewrite what happened.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pressdesk.database.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """Store enums by value as short strings with a CHECK constraint (portable, readable)."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
    )


class OutletType(enum.StrEnum):
    NEWSPAPER = "newspaper"
    TV = "tv"
    RADIO = "radio"
    ONLINE = "online"
    NEWS_AGENCY = "news_agency"
    MAGAZINE = "magazine"
    FREELANCE = "freelance"
    OTHER = "other"


class ReleaseStatus(enum.StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    SENT = "sent"


class SmtpSecurity(enum.StrEnum):
    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


class SmtpAuth(enum.StrEnum):
    NONE = "none"
    PASSWORD = "password"  # noqa: S105 - the method's name, not a secret
    OAUTH2 = "oauth2"


class DistributionStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    QUEUED = "queued"
    SENDING = "sending"
    PAUSED = "paused"
    INTERRUPTED = "interrupted"
    DONE = "done"
    CANCELLED = "cancelled"


class DeliveryStatus(enum.StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DEFERRED = "deferred"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    BOUNCED = "bounced"
    CANCELLED = "cancelled"


class MailEventKind(enum.StrEnum):
    BOUNCE = "bounce"
    REPLY = "reply"
    AUTO_REPLY = "auto_reply"
    UNSUBSCRIBE = "unsubscribe"


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Setting(Base):
    """Small application-wide settings stored with the data (organization name, address...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Outlet(TimestampMixin, Base):
    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), unique=True)  # casefolded name
    outlet_type: Mapped[OutletType | None] = mapped_column(_enum(OutletType, "outlet_type"))
    country: Mapped[str | None] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(100))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    website: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    contacts: Mapped[list[Contact]] = relationship(back_populates="outlet")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Contact(TimestampMixin, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        # Name order with the search text inside: a search walks the index, not the table.
        Index("ix_contacts_name_search", "last_name", "first_name", "email_key", "search_text"),
        Index("ix_contacts_country", "country"),
        Index("ix_contacts_region", "region"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320), unique=True)  # lower-cased address
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    phones: Mapped[list[str]] = mapped_column(JSON, default=list)
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlets.id", ondelete="SET NULL"), index=True
    )
    country: Mapped[str | None] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str | None] = mapped_column(String(8))
    other_languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    social: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    notes: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))
    needs_review: Mapped[str | None] = mapped_column(String(500))  # why, e.g. a hard bounce
    # Names and address folded for search-as-you-type (see contacts.addresses.search_key).
    search_text: Mapped[str | None] = mapped_column(Text)
    last_contacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(200))
    updated_by: Mapped[str | None] = mapped_column(String(200))  # who changed it last
    version: Mapped[int] = mapped_column(Integer, default=1)

    outlet: Mapped[Outlet | None] = relationship(back_populates="contacts")
    beats: Mapped[list[ContactBeat]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ContactBeat(Base):
    """A beat or topic tag of a contact (one row per tag, so segments can filter on it)."""

    __tablename__ = "contact_beats"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    beat: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)

    contact: Mapped[Contact] = relationship(back_populates="beats")


class ContactList(TimestampMixin, Base):
    __tablename__ = "contact_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)


class ListMember(Base):
    __tablename__ = "list_members"

    list_id: Mapped[int] = mapped_column(
        ForeignKey("contact_lists.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Segment(TimestampMixin, Base):
    """A saved filter (region, country, language, beat, outlet type, tag, text), run when used."""

    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Suppression(Base):
    """An address never to be mailed; its hash outlives the erasure of the contact."""

    __tablename__ = "suppressions"

    id: Mapped[int] = mapped_column(primary_key=True)
    email_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the email_key
    # The lower-cased address while the person is on file; cleared when they are erased.
    email_key: Mapped[str | None] = mapped_column(String(320), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(30), default="manual")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))


class ImportRun(Base):
    """One contact import: what file, who, and what came of it."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(500))
    file_format: Mapped[str] = mapped_column(String(10))
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))


class Boilerplate(TimestampMixin, Base):
    """A reusable "About us" block, per language."""

    __tablename__ = "boilerplates"
    __table_args__ = (UniqueConstraint("name", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)


class MediaContactBlock(TimestampMixin, Base):
    """A reusable media-contact block (name, office, phone, email), per language."""

    __tablename__ = "media_contact_blocks"
    __table_args__ = (UniqueConstraint("name", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)


class Release(TimestampMixin, Base):
    """A press release. Its words live in one :class:`ReleaseVersion` per language."""

    __tablename__ = "releases"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(8))  # the main language version
    release_date: Mapped[date | None] = mapped_column(Date)
    embargo_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    embargo_timezone: Mapped[str | None] = mapped_column(String(64))  # shown to journalists
    status: Mapped[ReleaseStatus] = mapped_column(
        _enum(ReleaseStatus, "release_status"), default=ReleaseStatus.DRAFT
    )
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    template: Mapped[str | None] = mapped_column(String(200))  # None = the house template
    created_by: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)

    versions: Mapped[list[ReleaseVersion]] = relationship(
        back_populates="release", cascade="all, delete-orphan", order_by="ReleaseVersion.id"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="release", cascade="all, delete-orphan", order_by="Attachment.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ReleaseVersion(TimestampMixin, Base):
    """The text of a release in one language."""

    __tablename__ = "release_versions"
    __table_args__ = (UniqueConstraint("release_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    headline: Mapped[str] = mapped_column(String(500))
    subheadline: Mapped[str | None] = mapped_column(String(1000))
    dateline: Mapped[str | None] = mapped_column(String(200))  # the place, e.g. "PANAMA CITY"
    body_md: Mapped[str] = mapped_column(Text, default="")
    boilerplate_id: Mapped[int | None] = mapped_column(
        ForeignKey("boilerplates.id", ondelete="SET NULL")
    )
    boilerplate: Mapped[str | None] = mapped_column(Text)  # the text as chosen or edited
    media_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_contact_blocks.id", ondelete="SET NULL")
    )
    media_contact: Mapped[str | None] = mapped_column(Text)

    release: Mapped[Release] = relationship(back_populates="versions")


class ReleaseRevision(Base):
    """The previous text of a language version, kept at every save."""

    __tablename__ = "release_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(
        ForeignKey("releases.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(8))
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    saved_by: Mapped[str | None] = mapped_column(String(200))


class Attachment(Base):
    """A file attached to a release, stored in the data folder under its SHA-256."""

    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("release_id", "filename"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    mime_type: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    release: Mapped[Release] = relationship(back_populates="attachments")


class SmtpProfile(TimestampMixin, Base):
    """How to reach the outgoing mail server. The secret is in the OS keyring, never here."""

    __tablename__ = "smtp_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[SmtpSecurity] = mapped_column(_enum(SmtpSecurity, "smtp_security"))
    auth: Mapped[SmtpAuth] = mapped_column(_enum(SmtpAuth, "smtp_auth"), default=SmtpAuth.NONE)
    username: Mapped[str | None] = mapped_column(String(320))
    cafile: Mapped[str | None] = mapped_column(String(1000))
    from_address: Mapped[str] = mapped_column(String(320))
    from_name: Mapped[str | None] = mapped_column(String(200))
    reply_to: Mapped[str | None] = mapped_column(String(320))
    rate_per_minute: Mapped[int | None] = mapped_column(Integer)
    connections: Mapped[int] = mapped_column(Integer, default=2)
    timeout_seconds: Mapped[int] = mapped_column(Integer, default=30)
    oauth: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # provider, client id, URLs
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class Distribution(Base):
    """One send job: a release going to a set of recipients through one SMTP profile."""

    __tablename__ = "distributions"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(
        ForeignKey("releases.id", ondelete="RESTRICT"), index=True
    )
    profile_id: Mapped[int | None] = mapped_column(
        ForeignKey("smtp_profiles.id", ondelete="SET NULL")
    )
    status: Mapped[DistributionStatus] = mapped_column(
        _enum(DistributionStatus, "distribution_status"), default=DistributionStatus.QUEUED
    )
    audience: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # lists and segments
    resend: Mapped[bool] = mapped_column(Boolean, default=False)
    skipped_opted_out: Mapped[int] = mapped_column(Integer, default=0)
    skipped_already_received: Mapped[int] = mapped_column(Integer, default=0)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(200))
    # The lease of the process sending it: who, where, and until when it counts as alive.
    owner_host: Mapped[str | None] = mapped_column(String(255))
    owner_pid: Mapped[int | None] = mapped_column(Integer)
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# The states a delivery is taken from to be sent (the claimable index holds only these).
CLAIMABLE_STATUS_VALUES = ("queued", "deferred")
CLAIMABLE_RULE = "status IN ({})".format(", ".join(f"'{v}'" for v in CLAIMABLE_STATUS_VALUES))


class Delivery(Base):
    """One message to one person within a distribution, and what became of it."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("distribution_id", "email_key"),
        # The database's own guarantee that nobody gets one language version of a release twice,
        # even when two officers send it at the same moment (see ``first_copy_key``).
        Index("uq_deliveries_first_copy", "release_id", "language", "first_copy_key", unique=True),
        Index("ix_deliveries_release_email", "release_id", "email_key"),
        # What is left to send, in order; a delivery leaves it when it is claimed.
        Index(
            "ix_deliveries_claimable",
            "distribution_id",
            "id",
            postgresql_where=text(CLAIMABLE_RULE),
            sqlite_where=text(CLAIMABLE_RULE),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("distributions.id", ondelete="CASCADE"))
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="RESTRICT"))
    language: Mapped[str] = mapped_column(String(8))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(320))  # cleared when the person is erased
    email_key: Mapped[str] = mapped_column(String(320))  # the lower-cased address, or its hash
    name: Mapped[str | None] = mapped_column(String(400))
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlets.id", ondelete="SET NULL"), index=True
    )
    outlet_name: Mapped[str | None] = mapped_column(String(300))  # as it was at send time
    country: Mapped[str | None] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[DeliveryStatus] = mapped_column(
        _enum(DeliveryStatus, "delivery_status"), default=DeliveryStatus.QUEUED
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    smtp_code: Mapped[int | None] = mapped_column(Integer)
    smtp_response: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(300), index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(300))
    # Part of a send with --resend: not bound by the one-copy rule above.
    is_resend: Mapped[bool] = mapped_column(Boolean, default=False)
    # The email_key while this delivery holds the one first copy of its release and language for
    # the address (not a resend, in a served state), else NULL, which the unique index ignores.
    # Cleared when it becomes failed, cancelled or bounced; a column of its own, because an index
    # that read the status would be rewritten by every step of every message.
    first_copy_key: Mapped[str | None] = mapped_column(String(320))
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sending_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    bounced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class MailEvent(Base):
    """Something that came back from the mailbox: a bounce, a reply, an auto-reply, an opt-out."""

    __tablename__ = "mail_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MailEventKind] = mapped_column(_enum(MailEventKind, "mail_event_kind"))
    message_id: Mapped[str] = mapped_column(String(300), unique=True)  # makes intake idempotent
    delivery_id: Mapped[int | None] = mapped_column(
        ForeignKey("deliveries.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(String(1000))
    detail: Mapped[str | None] = mapped_column(Text)  # status code, diagnostic, reply excerpt
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CoverageItem(Base):
    """A pickup: an outlet published something from a release."""

    __tablename__ = "coverage_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(
        ForeignKey("releases.id", ondelete="CASCADE"), index=True
    )
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlets.id", ondelete="SET NULL"), index=True
    )
    outlet_name: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(2000))
    title: Mapped[str | None] = mapped_column(String(1000))
    published_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))
