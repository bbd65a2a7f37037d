"""The outlets directory: every outlet with its contact count, and one outlet in full.

Rows are plain frozen values, so the desktop view can read them on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pressdesk.database.models import Contact, Outlet
from pressdesk.errors import NotFound


@dataclass(frozen=True)
class OutletEntry:
    """One line of the outlets table."""

    id: int
    name: str
    outlet_type: str | None  # the stored value, e.g. "news_agency"
    country: str | None
    region: str | None
    languages: tuple[str, ...]
    website: str | None
    contacts: int
    version: int = 1  # as it was read: saving checks that nobody changed it since


def outlet_entries(session: Session) -> list[OutletEntry]:
    """Every outlet by name, with how many contacts work there."""
    count = func.count(Contact.id)
    rows = session.execute(
        select(Outlet, count)
        .outerjoin(Contact, Contact.outlet_id == Outlet.id)
        .group_by(Outlet.id)
        .order_by(Outlet.name_key)
    )
    return [
        OutletEntry(
            id=outlet.id,
            name=outlet.name,
            outlet_type=outlet.outlet_type.value if outlet.outlet_type else None,
            country=outlet.country,
            region=outlet.region,
            languages=tuple(outlet.languages or ()),
            website=outlet.website,
            contacts=contacts,
            version=outlet.version,
        )
        for outlet, contacts in rows
    ]


@dataclass(frozen=True)
class OutletPerson:
    email: str
    name: str
    title: str | None


@dataclass(frozen=True)
class OutletDetail:
    """Everything the outlet card shows; ``people`` holds at most the first ``limit`` contacts."""

    entry: OutletEntry
    notes: str | None
    people: tuple[OutletPerson, ...]


def outlet_detail(session: Session, outlet_id: int, *, limit: int = 100) -> OutletDetail:
    outlet = session.get(Outlet, outlet_id)
    if outlet is None:
        raise NotFound("That outlet no longer exists.")
    total = session.scalar(select(func.count(Contact.id)).where(Contact.outlet_id == outlet_id))
    people = session.execute(
        select(Contact.email, Contact.first_name, Contact.last_name, Contact.title)
        .where(Contact.outlet_id == outlet_id)
        .order_by(Contact.last_name, Contact.first_name, Contact.email_key)
        .limit(limit)
    )
    entry = OutletEntry(
        id=outlet.id,
        name=outlet.name,
        outlet_type=outlet.outlet_type.value if outlet.outlet_type else None,
        country=outlet.country,
        region=outlet.region,
        languages=tuple(outlet.languages or ()),
        website=outlet.website,
        contacts=total or 0,
        version=outlet.version,
    )
    return OutletDetail(
        entry=entry,
        notes=outlet.notes,
        people=tuple(
            OutletPerson(
                email=email,
                name=" ".join(part for part in (first, last) if part) or email,
                title=title,
            )
            for email, first, last, title in people
        ),
    )
