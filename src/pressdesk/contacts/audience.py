"""Who a send goes to: the union of lists and segments, as a query of contact ids.

Segments are saved filters evaluated at the moment of use, so a contact added yesterday to the
Caribbean is in today's send to the 'Caribbean' segment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from pressdesk.database.models import (
    Contact,
    ContactBeat,
    ContactList,
    ListMember,
    Outlet,
    Segment,
    Suppression,
)
from pressdesk.errors import InvalidInput, NotFound

# Subqueries name the outlet through an alias, so they still work inside a query that already
# joins the contact's outlet (the contacts table does).
_OUTLET = aliased(Outlet)

SEGMENT_FILTERS = ("region", "country", "language", "beat", "outlet_type", "tag", "text")


def validate_segment_filters(filters: Mapping[str, Any]) -> dict[str, str]:
    """Keep known, non-empty filters; refuse unknown keys and a segment that filters nothing."""
    unknown = sorted(set(filters) - set(SEGMENT_FILTERS))
    if unknown:
        raise InvalidInput(
            f"Unknown segment filter: {', '.join(unknown)}.",
            hint=f"Use {', '.join(SEGMENT_FILTERS)}.",
        )
    stripped = {key: "" if value is None else str(value).strip() for key, value in filters.items()}
    clean = {key: value for key, value in stripped.items() if value}
    if not clean:
        raise InvalidInput("A segment needs at least one filter (region, country, language...).")
    return clean


def segment_condition(filters: Mapping[str, Any]) -> ColumnElement[bool]:
    """The SQL condition on ``Contact`` (outer-joined to ``Outlet``) for a segment's filters."""
    conditions: list[ColumnElement[bool]] = []
    for key, raw in filters.items():
        value = str(raw).strip()
        if not value:
            continue
        if key == "region":
            conditions.append(func.lower(Contact.region) == value.lower())
        elif key == "country":
            conditions.append(Contact.country == value.upper())
        elif key == "language":
            conditions.append(Contact.language == value.lower())
        elif key in ("beat", "tag"):
            conditions.append(
                exists().where(
                    ContactBeat.contact_id == Contact.id,
                    func.lower(ContactBeat.beat) == value.lower(),
                )
            )
        elif key == "outlet_type":
            conditions.append(
                exists().where(_OUTLET.id == Contact.outlet_id, _OUTLET.outlet_type == value)
            )
        elif key == "text":
            # Typed text is matched literally: % and _ are not wildcards here.
            escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{escaped}%"
            conditions.append(
                or_(
                    func.lower(Contact.first_name).like(pattern, escape="\\"),
                    func.lower(Contact.last_name).like(pattern, escape="\\"),
                    Contact.email_key.like(pattern, escape="\\"),
                    func.lower(Contact.notes).like(pattern, escape="\\"),
                    exists().where(
                        _OUTLET.id == Contact.outlet_id,
                        func.lower(_OUTLET.name).like(pattern, escape="\\"),
                    ),
                )
            )
        else:
            raise InvalidInput(f"Unknown segment filter '{key}'.")
    return and_(*conditions) if conditions else false()


def audience_query(
    session: Session, list_names: Sequence[str] = (), segment_names: Sequence[str] = ()
) -> Select[tuple[int]]:
    """Distinct ids of the contacts in any of the named lists or segments.

    Unknown names are an error (exit 2) before anything happens. Suppressions are not applied
    here: the caller counts them as skipped.
    """
    if not list_names and not segment_names:
        raise InvalidInput("Choose at least one list or segment to send to.")
    parts: list[Select[tuple[int]]] = []
    for name in list_names:
        list_id = session.scalar(select(ContactList.id).where(ContactList.name == name))
        if list_id is None:
            raise NotFound(f"There is no list called '{name}'.")
        parts.append(select(ListMember.contact_id).where(ListMember.list_id == list_id))
    for name in segment_names:
        segment = session.scalar(select(Segment).where(Segment.name == name))
        if segment is None:
            raise NotFound(f"There is no segment called '{name}'.")
        parts.append(select(Contact.id).where(segment_condition(segment.filters)))
    combined = union(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    return select(combined.c[0]).distinct()


def is_suppressed_clause() -> ColumnElement[bool]:
    """True for a contact whose address is suppressed (opted out)."""
    return exists().where(Suppression.email_key == Contact.email_key)
