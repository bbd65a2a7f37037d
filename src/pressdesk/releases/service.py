"""Reading and changing releases. Callers pass a session; these functions never commit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from pressdesk.database.models import (
    Boilerplate,
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    MediaContactBlock,
    Release,
    ReleaseRevision,
    ReleaseStatus,
    ReleaseVersion,
)
from pressdesk.errors import ConflictError, InvalidInput, NotFound
from pressdesk.identity import current_actor

from .attachments import AttachmentInfo, attachments_warning


@dataclass(frozen=True)
class ReleaseSummary:
    """One line of the releases table."""

    id: int
    headline: str
    language: str
    languages: tuple[str, ...]
    status: ReleaseStatus
    date: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "headline": self.headline,
            "language": self.language,
            "status": self.status.value,
            "date": self.date.isoformat() if self.date else None,
        }


def list_releases(session: Session) -> list[ReleaseSummary]:
    """All releases, newest first, with the headline of their main language version."""
    main = aliased(ReleaseVersion)
    rows = session.execute(
        select(Release, main.headline)
        .outerjoin(main, (main.release_id == Release.id) & (main.language == Release.language))
        .order_by(Release.release_date.desc().nulls_first(), Release.id.desc())
    ).all()
    languages: dict[int, list[str]] = {}
    for release_id, language in session.execute(
        select(ReleaseVersion.release_id, ReleaseVersion.language).order_by(ReleaseVersion.id)
    ):
        languages.setdefault(release_id, []).append(language)
    progress = _distribution_progress(session)
    return [
        ReleaseSummary(
            id=release.id,
            headline=headline or "(untitled)",
            language=release.language,
            languages=tuple(languages.get(release.id, [release.language])),
            status=progress.get(release.id, release.status),
            date=release.release_date,
        )
        for release, headline in rows
    ]


def _distribution_progress(session: Session) -> dict[int, ReleaseStatus]:
    """Releases that have gone out (sent) or wait in the outbox for their moment (scheduled).

    Derived from the send records rather than stored, so it can never disagree with them: a
    draft becomes "sent" once one message of it reached a server, whoever sent it and how.
    """
    scheduled = session.scalars(
        select(Distribution.release_id)
        .where(Distribution.status == DistributionStatus.SCHEDULED)
        .distinct()
    )
    progress = dict.fromkeys(scheduled, ReleaseStatus.SCHEDULED)
    for release_id in session.scalars(
        select(Delivery.release_id)
        .where(Delivery.status.in_((DeliveryStatus.SENT, DeliveryStatus.BOUNCED)))
        .distinct()
    ):
        progress[release_id] = ReleaseStatus.SENT
    return progress


# --- writing releases ------------------------------------------------------------------------

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_OFFSET_ZONE = re.compile(r"^UTC[+-]\d\d:\d\d$")
EDITABLE_STATUSES = (ReleaseStatus.DRAFT, ReleaseStatus.APPROVED, ReleaseStatus.SENT)
_SNAPSHOT_FIELDS = (
    "headline",
    "subheadline",
    "dateline",
    "body_md",
    "boilerplate_id",
    "boilerplate",
    "media_contact_id",
    "media_contact",
)


@dataclass(frozen=True)
class ReleaseFields:
    """What a release has once, whatever the language: dates, embargo, tags, template."""

    language: str
    release_date: date | None = None
    embargo_at: datetime | None = None
    embargo_timezone: str | None = None  # an IANA name shown to journalists, e.g. America/Panama
    tags: tuple[str, ...] = ()
    template: str | None = None  # None = the house template


@dataclass(frozen=True)
class VersionText:
    """The words of a release in one language."""

    language: str
    headline: str
    subheadline: str | None = None
    dateline: str | None = None
    body_md: str = ""
    boilerplate: str | None = None
    boilerplate_id: int | None = None
    media_contact: str | None = None
    media_contact_id: int | None = None

    @classmethod
    def of(cls, version: ReleaseVersion) -> VersionText:
        return cls(**{name: getattr(version, name) for name in ("language", *_SNAPSHOT_FIELDS)})


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    language: str
    saved_at: datetime
    saved_by: str | None
    text: VersionText


@dataclass(frozen=True)
class ReleaseDetail:
    """A release as the editor opens it: plain data, no live session behind it."""

    id: int
    fields: ReleaseFields
    status: ReleaseStatus
    versions: tuple[VersionText, ...]
    attachments: tuple[AttachmentInfo, ...]
    attachments_total: int
    attachments_warning: str | None
    row_version: int  # pass back to update_release to notice someone else's save

    def version(self, language: str) -> VersionText | None:
        return next((v for v in self.versions if v.language == language), None)


def check_language(language: str) -> str:
    code = (language or "").strip().replace("_", "-")
    code = code.split("-")[0].lower() + code[len(code.split("-")[0]) :]
    if not LANGUAGE_CODE.match(code) or len(code) > 8:
        raise InvalidInput(f"'{language}' is not a language code (use ISO 639-1, e.g. en, es, fr).")
    return code


def zone_name_for(moment: datetime, given: str | None) -> str | None:
    """The zone to show an embargo in: the one given, else the one the moment was written in."""
    if given:
        name = given.strip()
        if _OFFSET_ZONE.match(name) or name == "UTC":
            return name
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(
                f"'{given}' is not a time zone name (use e.g. America/Panama or Europe/Paris)."
            ) from None
        return name
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment.tzinfo.key
    offset = moment.utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _clean_fields(fields: ReleaseFields) -> ReleaseFields:
    zone = None
    if fields.embargo_at is not None:
        if fields.embargo_at.tzinfo is None or fields.embargo_at.utcoffset() is None:
            raise InvalidInput(
                "The embargo needs a time zone, e.g. 2026-12-03T09:00:00-05:00.",
            )
        zone = zone_name_for(fields.embargo_at, fields.embargo_timezone)
    tags: list[str] = []
    for tag in fields.tags:
        clean = " ".join(str(tag).split())
        if not clean:
            continue
        if len(clean) > 100:
            raise InvalidInput(f"The tag '{clean[:40]}…' is longer than 100 characters.")
        if clean.casefold() not in {t.casefold() for t in tags}:
            tags.append(clean)
    template = (fields.template or "").strip() or None
    return ReleaseFields(
        language=check_language(fields.language),
        release_date=fields.release_date,
        embargo_at=fields.embargo_at.astimezone(UTC) if fields.embargo_at else None,
        embargo_timezone=zone,
        tags=tuple(tags),
        template=template,
    )


def _clean_text(text: VersionText) -> VersionText:
    headline = " ".join((text.headline or "").split())
    if not headline:
        raise InvalidInput(f"The {text.language} version needs a headline.")
    if len(headline) > 500:
        raise InvalidInput("The headline is longer than 500 characters.")
    subheadline = " ".join((text.subheadline or "").split()) or None
    if subheadline and len(subheadline) > 1000:
        raise InvalidInput("The subheadline is longer than 1,000 characters.")
    dateline = " ".join((text.dateline or "").split()) or None
    if dateline and len(dateline) > 200:
        raise InvalidInput("The dateline is longer than 200 characters.")
    return VersionText(
        language=check_language(text.language),
        headline=headline,
        subheadline=subheadline,
        dateline=dateline,
        body_md=(text.body_md or "").replace("\r\n", "\n").strip("\n") + "\n",
        boilerplate=(text.boilerplate or "").strip() or None,
        boilerplate_id=text.boilerplate_id,
        media_contact=(text.media_contact or "").strip() or None,
        media_contact_id=text.media_contact_id,
    )


def get_release(session: Session, release_id: int) -> Release:
    release = session.get(Release, release_id)
    if release is None:
        raise NotFound(f"There is no release with id {release_id}.")
    return release


def create_release(
    session: Session,
    fields: ReleaseFields,
    versions: Sequence[VersionText],
    *,
    actor: str | None = None,
) -> Release:
    """A new draft release with its language versions (the main language must be among them)."""
    clean = _clean_fields(fields)
    texts = [_clean_text(v) for v in versions]
    languages = [t.language for t in texts]
    if len(set(languages)) != len(languages):
        raise InvalidInput("Each language can have only one version.")
    if clean.language not in languages:
        raise InvalidInput(f"The release has no version in its main language '{clean.language}'.")
    for text in texts:
        _check_library_links(session, text)
    release = Release(
        language=clean.language,
        release_date=clean.release_date,
        embargo_at=clean.embargo_at,
        embargo_timezone=clean.embargo_timezone,
        tags=list(clean.tags),
        template=clean.template,
        status=ReleaseStatus.DRAFT,
        created_by=actor or current_actor(),
    )
    for text in texts:
        release.versions.append(ReleaseVersion(**_version_values(text)))
    session.add(release)
    session.flush()
    return release


def update_release(
    session: Session,
    release_id: int,
    fields: ReleaseFields,
    *,
    expected_row_version: int | None = None,
) -> Release:
    """Change the dates, embargo, tags, template or main language of a release."""
    release = get_release(session, release_id)
    if expected_row_version is not None and release.version != expected_row_version:
        raise ConflictError(
            "Someone else saved this release since you opened it.",
            hint="Reopen it to see their changes.",
        )
    clean = _clean_fields(fields)
    if clean.language not in {v.language for v in release.versions}:
        raise InvalidInput(
            f"The release has no version in '{clean.language}' to make it the main one."
        )
    release.language = clean.language
    release.release_date = clean.release_date
    release.embargo_at = clean.embargo_at
    release.embargo_timezone = clean.embargo_timezone
    release.tags = list(clean.tags)
    release.template = clean.template
    session.flush()
    return release


def save_version(
    session: Session, release_id: int, text: VersionText, *, actor: str | None = None
) -> ReleaseVersion:
    """Add or change one language version; the text it replaces is kept as a revision."""
    release = get_release(session, release_id)
    clean = _clean_text(text)
    _check_library_links(session, clean)
    version = next((v for v in release.versions if v.language == clean.language), None)
    if version is None:
        version = ReleaseVersion(**_version_values(clean))
        release.versions.append(version)
        session.flush()
        return version
    previous = VersionText.of(version)
    if previous == clean:
        return version  # nothing changed: no revision to keep
    session.add(
        ReleaseRevision(
            release_id=release.id,
            language=version.language,
            snapshot=_snapshot(previous),
            saved_by=actor or current_actor(),
        )
    )
    for name, value in _version_values(clean).items():
        setattr(version, name, value)
    session.flush()
    return version


def delete_version(session: Session, release_id: int, language: str) -> None:
    """Remove a language version (not the main one); its text stays in the revisions."""
    release = get_release(session, release_id)
    if language == release.language:
        raise InvalidInput("The main language version cannot be removed; choose another main one.")
    version = next((v for v in release.versions if v.language == language), None)
    if version is None:
        raise NotFound(f"Release {release_id} has no '{language}' version.")
    session.add(
        ReleaseRevision(
            release_id=release.id,
            language=language,
            snapshot=_snapshot(VersionText.of(version)),
            saved_by=current_actor(),
        )
    )
    release.versions.remove(version)
    session.flush()


def set_status(session: Session, release_id: int, status: ReleaseStatus | str) -> Release:
    release = get_release(session, release_id)
    try:
        wanted = ReleaseStatus(status)
    except ValueError:
        raise InvalidInput(
            f"'{status}' is not a release status ({', '.join(s.value for s in EDITABLE_STATUSES)})."
        ) from None
    release.status = wanted
    session.flush()
    return release


def list_revisions(
    session: Session, release_id: int, language: str | None = None
) -> list[RevisionInfo]:
    """Earlier texts of a release, newest first."""
    get_release(session, release_id)
    query = select(ReleaseRevision).where(ReleaseRevision.release_id == release_id)
    if language:
        query = query.where(ReleaseRevision.language == language)
    rows = session.scalars(query.order_by(ReleaseRevision.id.desc()))
    return [
        RevisionInfo(
            id=row.id,
            language=row.language,
            saved_at=row.saved_at,
            saved_by=row.saved_by,
            text=_from_snapshot(row.language, row.snapshot),
        )
        for row in rows
    ]


def release_detail(session: Session, release_id: int) -> ReleaseDetail:
    release = get_release(session, release_id)
    attachments = tuple(AttachmentInfo.of(a) for a in release.attachments)
    total = sum(a.size for a in attachments)
    return ReleaseDetail(
        id=release.id,
        fields=ReleaseFields(
            language=release.language,
            release_date=release.release_date,
            embargo_at=release.embargo_at,
            embargo_timezone=release.embargo_timezone,
            tags=tuple(release.tags or ()),
            template=release.template,
        ),
        status=release.status,
        versions=tuple(VersionText.of(v) for v in release.versions),
        attachments=attachments,
        attachments_total=total,
        attachments_warning=attachments_warning(total),
        row_version=release.version,
    )


def _version_values(text: VersionText) -> dict[str, Any]:
    return {name: getattr(text, name) for name in ("language", *_SNAPSHOT_FIELDS)}


def _snapshot(text: VersionText) -> dict[str, Any]:
    return {name: getattr(text, name) for name in _SNAPSHOT_FIELDS}


def _from_snapshot(language: str, snapshot: dict[str, Any]) -> VersionText:
    known = {k: v for k, v in snapshot.items() if k in _SNAPSHOT_FIELDS}
    known.setdefault("headline", "")
    return VersionText(language=language, **known)


def _check_library_links(session: Session, text: VersionText) -> None:
    if text.boilerplate_id is not None and session.get(Boilerplate, text.boilerplate_id) is None:
        raise NotFound(f"There is no boilerplate with id {text.boilerplate_id}.")
    if (
        text.media_contact_id is not None
        and session.get(MediaContactBlock, text.media_contact_id) is None
    ):
        raise NotFound(f"There is no media-contact block with id {text.media_contact_id}.")


# --- the libraries of boilerplates and media-contact blocks ----------------------------------


@dataclass(frozen=True)
class LibraryBlock:
    """A reusable text: an "About us" boilerplate or a media-contact block."""

    id: int
    name: str
    language: str
    body: str


_Block = TypeVar("_Block", Boilerplate, MediaContactBlock)


def list_boilerplates(session: Session, language: str | None = None) -> list[LibraryBlock]:
    return _list_blocks(session, Boilerplate, language)


def list_media_contacts(session: Session, language: str | None = None) -> list[LibraryBlock]:
    return _list_blocks(session, MediaContactBlock, language)


def save_boilerplate(session: Session, name: str, language: str, body: str) -> LibraryBlock:
    """Add a boilerplate, or replace the text of the one with this name and language."""
    return _save_block(session, Boilerplate, name, language, body)


def save_media_contact(session: Session, name: str, language: str, body: str) -> LibraryBlock:
    """Add a media-contact block, or replace the one with this name and language."""
    return _save_block(session, MediaContactBlock, name, language, body)


def _list_blocks(session: Session, model: type[_Block], language: str | None) -> list[LibraryBlock]:
    query = select(model).order_by(model.name, model.language)
    if language:
        query = query.where(model.language == check_language(language))
    return [LibraryBlock(b.id, b.name, b.language, b.body) for b in session.scalars(query)]


def _save_block(
    session: Session, model: type[_Block], name: str, language: str, body: str
) -> LibraryBlock:
    clean_name = " ".join((name or "").split())
    if not clean_name or len(clean_name) > 200:
        raise InvalidInput("A library block needs a name of at most 200 characters.")
    code = check_language(language)
    text = (body or "").strip()
    if not text:
        raise InvalidInput(f"The block '{clean_name}' has no text.")
    block = session.scalar(select(model).where(model.name == clean_name, model.language == code))
    if block is None:
        block = model(name=clean_name, language=code, body=text)
        session.add(block)
    else:
        block.body = text
    session.flush()
    return LibraryBlock(block.id, block.name, block.language, block.body)
