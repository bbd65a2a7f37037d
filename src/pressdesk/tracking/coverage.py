"""The coverage log: pickups of a release by an outlet (a link, a title, a date)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pressdesk.database.models import CoverageItem, Outlet
from pressdesk.errors import InvalidInput, NotFound
from pressdesk.identity import current_actor
from pressdesk.tracking.reports import require_release

MAX_URL_LENGTH = 2000
MAX_TITLE_LENGTH = 1000


@dataclass(frozen=True)
class CoverageRecord:
    id: int
    release_id: int
    outlet: str | None
    outlet_id: int | None
    url: str | None
    title: str | None
    published_on: date | None
    notes: str | None
    created_by: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "release": self.release_id,
            "outlet": self.outlet,
            "url": self.url,
            "title": self.title,
            "date": self.published_on.isoformat() if self.published_on else None,
            "notes": self.notes,
        }


def _record(item: CoverageItem) -> CoverageRecord:
    return CoverageRecord(
        id=item.id,
        release_id=item.release_id,
        outlet=item.outlet_name,
        outlet_id=item.outlet_id,
        url=item.url,
        title=item.title,
        published_on=item.published_on,
        notes=item.notes,
        created_by=item.created_by,
    )


def outlet_name_key(name: str) -> str:
    """How outlet names are compared: spaces collapsed, case folded."""
    return " ".join(name.split()).casefold()


def find_outlet(session: Session, name: str) -> Outlet:
    """The outlet with this name, whatever its case, or a clear error."""
    key = outlet_name_key(name)
    outlet = session.scalar(select(Outlet).where(Outlet.name_key == key))
    if outlet is None:
        outlet = session.scalar(select(Outlet).where(func.lower(Outlet.name) == key))
    if outlet is None:
        raise NotFound(
            f"There is no outlet named '{' '.join(name.split())}'.",
            hint="Check its spelling in the Outlets section, or add the outlet first.",
        )
    return outlet


def validate_url(text: str) -> str:
    url = text.strip()
    if not url:
        raise InvalidInput("The coverage URL is empty.")
    if len(url) > MAX_URL_LENGTH:
        raise InvalidInput(f"The URL is longer than {MAX_URL_LENGTH} characters.")
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in url):
        raise InvalidInput("The URL contains spaces or control characters.")
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise InvalidInput(
            f"'{url}' is not a web address.", hint="Give the full link, e.g. https://example.org/…"
        )
    return url


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"'{text}' is not a date.", hint="Use YYYY-MM-DD.") from None


def _one_line(text: str | None, limit: int, what: str) -> str | None:
    if text is None:
        return None
    visible = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    clean = " ".join(visible.split())
    if len(clean) > limit:
        raise InvalidInput(f"The {what} is longer than {limit} characters.")
    return clean or None


def add_coverage(
    session: Session,
    release_id: int,
    *,
    outlet: str,
    url: str,
    title: str | None = None,
    published_on: date | None = None,
    notes: str | None = None,
) -> CoverageRecord:
    """Log a pickup. The outlet must exist; the same link is logged once per release."""
    require_release(session, release_id)
    clean_url = validate_url(url)
    found = find_outlet(session, outlet)
    clean_title = _one_line(title, MAX_TITLE_LENGTH, "title")
    duplicate = session.scalar(
        select(CoverageItem.id).where(
            CoverageItem.release_id == release_id, CoverageItem.url == clean_url
        )
    )
    if duplicate is not None:
        raise InvalidInput(
            f"This link is already logged for release {release_id} (coverage {duplicate})."
        )
    item = CoverageItem(
        release_id=release_id,
        outlet_id=found.id,
        outlet_name=found.name,
        url=clean_url,
        title=clean_title,
        published_on=published_on,
        notes=(notes or "").strip() or None,
        created_by=current_actor(),
    )
    session.add(item)
    session.flush()
    return _record(item)


def list_coverage(
    session: Session, *, release_id: int | None = None, since: datetime | None = None
) -> list[CoverageRecord]:
    """Pickups, newest first, optionally for one release or logged since a moment."""
    query = select(CoverageItem).order_by(
        CoverageItem.published_on.desc().nulls_last(), CoverageItem.id.desc()
    )
    if release_id is not None:
        require_release(session, release_id)
        query = query.where(CoverageItem.release_id == release_id)
    if since is not None:
        query = query.where(CoverageItem.created_at >= since)
    return [_record(item) for item in session.scalars(query)]


def remove_coverage(session: Session, coverage_id: int) -> CoverageRecord:
    item = session.get(CoverageItem, coverage_id)
    if item is None:
        raise NotFound(f"There is no coverage item {coverage_id}.")
    record = _record(item)
    session.delete(item)
    return record
