"""Static lists and saved segments: creating them and adding members."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from pressdesk.contacts.addresses import email_key
from pressdesk.contacts.audience import segment_condition, validate_segment_filters
from pressdesk.contacts.values import (
    InvalidValue,
    normalize_country,
    normalize_language,
    normalize_outlet_type,
    single_line,
)
from pressdesk.database.bulk import batched, execute_many, table_of
from pressdesk.database.models import Contact, ContactList, ListMember, Segment
from pressdesk.database.types import utcnow
from pressdesk.errors import InvalidInput, NotFound


def _list_name(name: str) -> str:
    clean = single_line(name)
    if not clean:
        raise InvalidInput("A list needs a name.")
    if len(clean) > 200:
        raise InvalidInput("A list name can be at most 200 characters.")
    return clean


def create_list(session: Session, name: str, description: str | None = None) -> int:
    """A new, empty static list; refuses a name already taken."""
    clean = _list_name(name)
    if session.scalar(select(ContactList.id).where(ContactList.name == clean)) is not None:
        raise InvalidInput(f"There is already a list called '{clean}'.")
    contact_list = ContactList(name=clean, description=description)
    session.add(contact_list)
    session.flush()
    return contact_list.id


def ensure_list(session: Session, name: str) -> int:
    """The id of the list called ``name``, created if needed."""
    clean = _list_name(name)
    found = session.scalar(select(ContactList.id).where(ContactList.name == clean))
    return found if found is not None else create_list(session, clean)


def list_id_by_name(session: Session, name: str) -> int:
    found = session.scalar(select(ContactList.id).where(ContactList.name == name))
    if found is None:
        raise NotFound(f"There is no list called '{name}'.")
    return found


def add_members(session: Session, list_id: int, contact_ids: Sequence[int]) -> int:
    """Add contacts to a list (already-present ones are left alone); returns how many were new."""
    wanted = list(dict.fromkeys(contact_ids))
    present: set[int] = set()
    members = select(ListMember.contact_id).where(
        ListMember.list_id == list_id,
        ListMember.contact_id.in_(bindparam("ids", expanding=True)),
    )
    for id_chunk in batched(wanted):
        present.update(session.scalars(members, {"ids": list(id_chunk)}))
    now = utcnow()
    rows = [
        {"list_id": list_id, "contact_id": contact_id, "added_at": now}
        for contact_id in wanted
        if contact_id not in present
    ]
    execute_many(session, insert(table_of(ListMember)), rows)
    return len(rows)


def add_addresses_to_list(session: Session, name: str, addresses: Sequence[str]) -> int:
    """Add the contacts with these addresses; if any address is unknown, add none of them."""
    list_id = list_id_by_name(session, name)
    keys = list(dict.fromkeys(email_key(a) for a in addresses))
    if not keys:
        raise InvalidInput("Name at least one address to add.")
    found: dict[str, int] = {}
    for chunk in batched(keys):
        found.update(
            {
                key: contact_id
                for contact_id, key in session.execute(
                    select(Contact.id, Contact.email_key).where(Contact.email_key.in_(chunk))
                )
            }
        )
    missing = [key for key in keys if key not in found]
    if missing:
        shown = ", ".join(single_line(key) or "" for key in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        raise NotFound(
            f"No contact has the address {shown}{more}; nothing was added.",
            hint="Import or add the contact first.",
        )
    return add_members(session, list_id, [found[key] for key in keys])


def normalize_segment_filters(filters: Mapping[str, Any]) -> dict[str, str]:
    """Validated filters with countries, languages and outlet types in their stored form."""
    clean = validate_segment_filters(filters)
    try:
        if "country" in clean:
            clean["country"] = normalize_country(clean["country"])
        if "language" in clean:
            clean["language"] = normalize_language(clean["language"])
        if "outlet_type" in clean:
            clean["outlet_type"] = normalize_outlet_type(clean["outlet_type"]).value
    except InvalidValue as exc:
        raise exc.as_input_error() from None
    return clean


def create_segment(session: Session, name: str, filters: Mapping[str, Any]) -> int:
    clean_name = _list_name(name)
    if session.scalar(select(Segment.id).where(Segment.name == clean_name)) is not None:
        raise InvalidInput(f"There is already a segment called '{clean_name}'.")
    segment = Segment(name=clean_name, filters=normalize_segment_filters(filters))
    session.add(segment)
    session.flush()
    return segment.id


def segment_size(session: Session, filters: Mapping[str, Any]) -> int:
    """How many contacts a segment selects right now."""
    return session.scalar(select(func.count(Contact.id)).where(segment_condition(filters))) or 0
