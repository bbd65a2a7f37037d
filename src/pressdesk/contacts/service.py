"""Reading and changing contacts. Callers pass a session; these functions never commit."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pressdesk.contacts.query import ContactFilter, contacts_page
from pressdesk.database.models import Contact, ContactList, ListMember


@dataclass(frozen=True)
class ContactSummary:
    """One line of the contacts table, as the command line and the desktop list show it."""

    email: str
    first_name: str | None
    last_name: str | None
    outlet: str | None
    country: str | None
    region: str | None
    language: str | None
    opted_out: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


def list_contacts(
    session: Session,
    *,
    list_name: str | None = None,
    region: str | None = None,
    country: str | None = None,
    language: str | None = None,
    beat: str | None = None,
    text: str | None = None,
) -> list[ContactSummary]:
    """Contacts ordered by last and first name, optionally narrowed by the table's filters."""
    where = ContactFilter(
        text=text,
        region=region,
        country=country,
        language=language,
        beat=beat,
        list_name=list_name,
    )
    return [
        ContactSummary(
            email=row.email,
            first_name=row.first_name,
            last_name=row.last_name,
            outlet=row.outlet,
            country=row.country,
            region=row.region,
            language=row.language,
            opted_out=row.opted_out,
        )
        for row in contacts_page(session, where, limit=None)
    ]


@dataclass(frozen=True)
class ListSummary:
    name: str
    members: int
    kind: str  # "list" or "segment"

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "members": self.members}


def list_lists(session: Session) -> list[ListSummary]:
    """Static lists by name, with their member counts."""
    rows = session.execute(
        select(ContactList.name, func.count(ListMember.contact_id))
        .outerjoin(ListMember, ListMember.list_id == ContactList.id)
        .group_by(ContactList.id)
        .order_by(ContactList.name)
    )
    return [ListSummary(name=name, members=members, kind="list") for name, members in rows]


def count_contacts(session: Session) -> int:
    return session.scalar(select(func.count(Contact.id))) or 0
