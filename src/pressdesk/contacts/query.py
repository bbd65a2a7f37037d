"""Filtered, sorted, paged contact queries for the contacts table and ``contacts list``.

A table over 100,000 contacts must not load them all: callers ask for a count and for pages of
plain :class:`ContactRow` values, each one SQL query. Region, country, language, beat and outlet
type filters are the same conditions segments use (:mod:`pressdesk.contacts.audience`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from pressdesk.contacts.addresses import search_key
from pressdesk.contacts.audience import is_suppressed_clause, segment_condition
from pressdesk.contacts.lists import list_id_by_name
from pressdesk.database.models import (
    Contact,
    ContactBeat,
    ContactList,
    ListMember,
    Outlet,
    Segment,
)
from pressdesk.errors import NotFound


@dataclass(frozen=True)
class ContactFilter:
    """What the user narrowed the table to; empty values filter nothing."""

    text: str | None = None  # over first/last name, address and outlet
    region: str | None = None
    country: str | None = None
    language: str | None = None
    beat: str | None = None
    outlet_type: str | None = None
    list_name: str | None = None
    segment_name: str | None = None  # a saved segment, evaluated now


@dataclass(frozen=True)
class ContactRow:
    """One row of the contacts table: plain values, safe to hand to another thread."""

    id: int
    email: str
    first_name: str | None
    last_name: str | None
    title: str | None
    outlet: str | None
    country: str | None
    city: str | None
    region: str | None
    language: str | None
    opted_out: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# The outlet shown in the table, joined under its own name so that filter subqueries on
# ``Outlet`` (outlet type, text) stay correlated to the contact rather than to this join.
SHOWN_OUTLET = aliased(Outlet, name="shown_outlet")

SORT_COLUMNS: dict[str, Any] = {
    "name": (Contact.last_name, Contact.first_name),
    "first_name": (Contact.first_name,),
    "last_name": (Contact.last_name,),
    "email": (Contact.email_key,),
    "title": (Contact.title,),
    "outlet": (SHOWN_OUTLET.name_key,),
    "country": (Contact.country,),
    "city": (Contact.city,),
    "region": (Contact.region,),
    "language": (Contact.language,),
    "updated": (Contact.updated_at,),
}


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _text_condition(session: Session, text: str) -> ColumnElement[bool]:
    """Names, address or outlet contain the text, ignoring case and accents."""
    folded = search_key(text)
    matches: list[ColumnElement[bool]] = [
        Contact.search_text.like(_like_pattern(folded), escape="\\")
    ]
    outlet_ids = [
        outlet_id
        for outlet_id, name in session.execute(select(Outlet.id, Outlet.name))
        if folded in search_key(name)
    ]
    if outlet_ids:
        matches.append(Contact.outlet_id.in_(outlet_ids))
    return or_(*matches)


def filter_condition(session: Session, where: ContactFilter) -> ColumnElement[bool]:
    """The SQL condition on ``Contact`` for a filter (an unknown list name is an error)."""
    conditions: list[ColumnElement[bool]] = []
    if where.text and where.text.strip():
        conditions.append(_text_condition(session, where.text))
    segment_filters = {
        key: value
        for key, value in (
            ("region", where.region),
            ("country", where.country),
            ("language", where.language),
            ("beat", where.beat),
            ("outlet_type", where.outlet_type),
        )
        if value and value.strip()
    }
    if segment_filters:
        conditions.append(segment_condition(segment_filters))
    if where.list_name:
        list_id = list_id_by_name(session, where.list_name)
        conditions.append(
            exists().where(ListMember.contact_id == Contact.id, ListMember.list_id == list_id)
        )
    if where.segment_name:
        segment = session.scalar(select(Segment).where(Segment.name == where.segment_name))
        if segment is None:
            raise NotFound(f"There is no segment called '{where.segment_name}'.")
        conditions.append(segment_condition(segment.filters))
    return and_(true(), *conditions)


def contacts_select(
    session: Session,
    where: ContactFilter = ContactFilter(),
    *,
    sort: str = "name",
    descending: bool = False,
) -> Select[Any]:
    """The rows of the contacts table as one ``Select`` (page it with offset/limit)."""
    if sort not in SORT_COLUMNS:
        raise ValueError(f"unknown sort column {sort!r}")
    keys = [key.desc() if descending else key for key in SORT_COLUMNS[sort]]
    return (
        select(
            Contact.id,
            Contact.email,
            Contact.first_name,
            Contact.last_name,
            Contact.title,
            SHOWN_OUTLET.name,
            Contact.country,
            Contact.city,
            Contact.region,
            Contact.language,
            is_suppressed_clause(),
        )
        .outerjoin(SHOWN_OUTLET, Contact.outlet_id == SHOWN_OUTLET.id)
        .where(filter_condition(session, where))
        .order_by(*keys, Contact.email_key)
    )


def contacts_page(
    session: Session,
    where: ContactFilter = ContactFilter(),
    *,
    offset: int = 0,
    limit: int | None = 200,
    sort: str = "name",
    descending: bool = False,
) -> list[ContactRow]:
    """One page of the table (``limit=None`` for all rows)."""
    query = contacts_select(session, where, sort=sort, descending=descending).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [
        ContactRow(
            id=row[0],
            email=row[1],
            first_name=row[2],
            last_name=row[3],
            title=row[4],
            outlet=row[5],
            country=row[6],
            city=row[7],
            region=row[8],
            language=row[9],
            opted_out=bool(row[10]),
        )
        for row in session.execute(query)
    ]


def count_contacts_matching(
    session: Session,
    where: ContactFilter = ContactFilter(),
) -> int:
    """How many contacts the filter selects (for the table's row count and the status line)."""
    query = select(func.count(Contact.id)).where(filter_condition(session, where))
    return session.scalar(query) or 0


@dataclass(frozen=True)
class FilterChoices:
    """The values the table's filter menus offer: only those present in the data."""

    regions: list[str]
    countries: list[str]
    languages: list[str]
    beats: list[str]
    lists: list[str]


def filter_choices(session: Session) -> FilterChoices:
    def distinct(column: Any) -> list[str]:
        query = select(column).where(column.is_not(None)).distinct().order_by(column)
        return [value for value in session.scalars(query) if value]

    return FilterChoices(
        regions=distinct(Contact.region),
        countries=distinct(Contact.country),
        languages=distinct(Contact.language),
        beats=distinct(ContactBeat.beat),
        lists=distinct(ContactList.name),
    )
