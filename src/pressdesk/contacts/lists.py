"""Static lists and saved segments: creating, renaming and deleting them, and their members.

Deleting a list or a segment never touches a contact, an opt-out or a past send: members are
links, and a distribution keeps its own copy of whom it went to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, delete, func, insert, select
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


def _require_list(session: Session, list_id: int) -> ContactList:
    found = session.get(ContactList, list_id)
    if found is None:
        raise NotFound("That list no longer exists.")
    return found


def rename_list(session: Session, list_id: int, new_name: str) -> str:
    """Give a list a new name (unique among lists); returns the clean name."""
    contact_list = _require_list(session, list_id)
    clean = _list_name(new_name)
    clash = session.scalar(select(ContactList.id).where(ContactList.name == clean))
    if clash is not None and clash != list_id:
        raise InvalidInput(f"There is already a list called '{clean}'.")
    contact_list.name = clean
    session.flush()
    return clean


def delete_list(session: Session, list_id: int) -> int:
    """Delete a static list; its contacts stay. Returns how many members it had."""
    contact_list = _require_list(session, list_id)
    result = session.execute(delete(ListMember).where(ListMember.list_id == list_id))
    members = cast(CursorResult[Any], result).rowcount
    session.delete(contact_list)
    session.flush()
    return int(members or 0)


def remove_members(session: Session, list_id: int, contact_ids: Sequence[int]) -> int:
    """Take contacts out of a list (the contacts themselves stay); returns how many left it."""
    _require_list(session, list_id)
    removed = 0
    statement = delete(ListMember).where(
        ListMember.list_id == list_id,
        ListMember.contact_id.in_(bindparam("ids", expanding=True)),
    )
    for id_chunk in batched(list(dict.fromkeys(contact_ids))):
        result = session.execute(statement, {"ids": list(id_chunk)})
        removed += int(cast(CursorResult[Any], result).rowcount or 0)
    return removed


def _require_segment(session: Session, segment_id: int) -> Segment:
    found = session.get(Segment, segment_id)
    if found is None:
        raise NotFound("That segment no longer exists.")
    return found


def update_segment(
    session: Session, segment_id: int, name: str, filters: Mapping[str, Any]
) -> None:
    """Change a segment's name and filters; both are validated as on creation."""
    segment = _require_segment(session, segment_id)
    clean_name = _list_name(name)
    clash = session.scalar(select(Segment.id).where(Segment.name == clean_name))
    if clash is not None and clash != segment_id:
        raise InvalidInput(f"There is already a segment called '{clean_name}'.")
    segment.filters = normalize_segment_filters(filters)
    segment.name = clean_name
    session.flush()


def delete_segment(session: Session, segment_id: int) -> None:
    """Forget a saved filter; no contact is touched."""
    session.delete(_require_segment(session, segment_id))
    session.flush()


@dataclass(frozen=True)
class AudienceGroup:
    """A static list or a saved segment, as the Lists & Segments section shows it."""

    kind: str  # "list" (chosen people) or "segment" (a saved filter)
    id: int
    name: str
    members: int  # for a segment: how many contacts match right now
    description: str | None = None
    filters: dict[str, str] = field(default_factory=dict)

    @property
    def is_segment(self) -> bool:
        return self.kind == "segment"


def audience_groups(session: Session) -> list[AudienceGroup]:
    """Every list and segment by name, segments counted now (they are evaluated when used)."""
    groups = [
        AudienceGroup("list", list_id, name, members, description)
        for list_id, name, description, members in session.execute(
            select(
                ContactList.id,
                ContactList.name,
                ContactList.description,
                func.count(ListMember.contact_id),
            )
            .outerjoin(ListMember, ListMember.list_id == ContactList.id)
            .group_by(ContactList.id)
        )
    ]
    for segment in session.scalars(select(Segment)):
        filters = {key: str(value) for key, value in (segment.filters or {}).items()}
        groups.append(
            AudienceGroup(
                "segment", segment.id, segment.name, segment_size(session, filters), None, filters
            )
        )
    groups.sort(key=lambda group: (group.name.casefold(), group.kind))
    return groups
