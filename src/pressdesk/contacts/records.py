"""Contacts and outlets as validated records, saved in bulk.

Import, the editor and the command line all turn raw text into a :class:`ContactFields` with
:func:`contact_fields_from_text`, then write with :func:`save_contacts`, which works on batches so
that 100,000 rows take seconds, not minutes. A field left as ``None`` means "not given" and never
erases what is stored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from pressdesk.contacts.addresses import email_hash, email_key
from pressdesk.contacts.values import (
    InvalidValue,
    free_text,
    normalize_beats,
    normalize_country,
    normalize_email,
    normalize_language,
    normalize_languages,
    normalize_outlet_type,
    normalize_phones,
    region_for_country,
    single_line,
)
from pressdesk.database.models import Contact, ContactBeat, Outlet, OutletType, Suppression
from pressdesk.database.types import utcnow
from pressdesk.errors import InvalidInput, NotFound
from pressdesk.identity import current_actor

# The fields a column of a spreadsheet can fill (``--map HEADER=FIELD``).
IMPORT_FIELDS = (
    "email",
    "first_name",
    "last_name",
    "name",
    "title",
    "outlet",
    "outlet_type",
    "country",
    "city",
    "language",
    "other_languages",
    "beats",
    "phone",
    "notes",
    "social",
    "source",
    "opted_out",
)
BATCH = 500
T = TypeVar("T")


def table_of(model: type[Any]) -> Table:
    """The Core table of a mapped class, typed for bulk statements."""
    return cast(Table, model.__table__)


def batched(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class ContactFields:
    """A contact's values after validation; ``None`` = not given, keep what is stored."""

    email: str
    first_name: str | None = None
    last_name: str | None = None
    title: str | None = None
    outlet: str | None = None
    outlet_type: OutletType | None = None
    country: str | None = None
    city: str | None = None
    language: str | None = None
    other_languages: list[str] | None = None
    beats: list[str] | None = None
    phones: list[str] | None = None
    social: dict[str, str] | None = None
    notes: str | None = None
    source: str | None = None
    opted_out: bool = False

    @property
    def key(self) -> str:
        return email_key(self.email)

    def merged_with(self, newer: ContactFields) -> ContactFields:
        """These values overlaid with every value the newer record gives."""
        changes: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(newer, item.name)
            if item.name == "opted_out":
                changes["opted_out"] = self.opted_out or newer.opted_out
            elif value is not None and item.name != "email":
                changes[item.name] = value
        return replace(self, **changes)


_SOCIAL_SEPARATORS = re.compile(r"[;\n\r]+")
_TRUE_WORDS = {"yes", "y", "true", "1", "x", "si", "sí", "oui", "optedout", "unsubscribed"}


def parse_social(value: str) -> dict[str, str]:
    """``twitter: @ana; linkedin: ana-perez`` → ``{"twitter": "@ana", "linkedin": "ana-perez"}``."""
    social: dict[str, str] = {}
    for raw in _SOCIAL_SEPARATORS.split(value):
        part = single_line(raw)
        if not part:
            continue
        network, sep, handle = part.partition(":")
        if sep and network.strip() and handle.strip() and not handle.startswith("//"):
            social[network.strip().lower()] = handle.strip()
        else:
            social.setdefault("web" if "." in part else "handle", part)
    return social


def format_social(social: Mapping[str, str]) -> str:
    return "; ".join(f"{network}: {handle}" for network, handle in sorted(social.items()))


def contact_fields_from_text(cells: Mapping[str, str]) -> ContactFields:
    """Validate one record of raw text by field name; raises :class:`InvalidValue` with the reason.

    Empty cells become ``None``. A full ``name`` is split into first and last name only when those
    are not given separately.
    """

    def cell(name: str) -> str | None:
        value = cells.get(name)
        return value if value is not None and value.strip() else None

    raw_email = cell("email")
    if raw_email is None:
        raise InvalidValue("no email address")
    result = ContactFields(email=normalize_email(raw_email))
    result.first_name = _limited(single_line(cell("first_name")), 200)
    result.last_name = _limited(single_line(cell("last_name")), 200)
    full_name = single_line(cell("name"))
    if full_name and not (result.first_name or result.last_name):
        first, _, last = full_name.partition(" ")
        result.first_name, result.last_name = first[:200], (last[:200] or None)
    result.title = _limited(single_line(cell("title")), 200)
    result.outlet = _limited(single_line(cell("outlet")), 300)
    if (raw := cell("outlet_type")) is not None:
        result.outlet_type = normalize_outlet_type(raw)
    if (raw := cell("country")) is not None:
        result.country = normalize_country(raw)
    result.city = _limited(single_line(cell("city")), 200)
    if (raw := cell("language")) is not None:
        result.language = normalize_language(raw)
    if (raw := cell("other_languages")) is not None:
        result.other_languages = normalize_languages(raw)
    if (raw := cell("beats")) is not None:
        result.beats = normalize_beats(raw) or None
    if (raw := cell("phone")) is not None:
        result.phones = normalize_phones(raw, result.country) or None
    if (raw := cell("social")) is not None:
        result.social = parse_social(raw) or None
    result.notes = free_text(cell("notes"))
    result.source = _limited(single_line(cell("source")), 300)
    if (raw := cell("opted_out")) is not None:
        result.opted_out = raw.strip().casefold() in _TRUE_WORDS
    return result


def _limited(value: str | None, length: int) -> str | None:
    return value[:length] if value else value


@dataclass
class SaveResult:
    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    ids: dict[str, int] = field(default_factory=dict)  # by email key


_CONTACT_COLUMNS = (
    "email",
    "first_name",
    "last_name",
    "title",
    "country",
    "city",
    "language",
    "other_languages",
    "notes",
    "source",
)


def save_contacts(
    session: Session,
    records: Sequence[ContactFields],
    *,
    actor: str | None = None,
    default_source: str | None = None,
) -> SaveResult:
    """Insert new contacts and update existing ones (matched by address key), in batches.

    ``records`` must have distinct keys. Values not given are left as stored; the region follows
    the country. Opt-outs requested by a record are added, never removed; an address that was
    erased while opted out is suppressed again under its key.
    """
    actor = actor or current_actor()
    outlet_ids = _ensure_outlets(session, records)
    table = table_of(Contact)
    existing: dict[str, dict[str, Any]] = {}
    keys = [record.key for record in records]
    for key_chunk in batched(keys):
        found = session.execute(select(table).where(table.c.email_key.in_(key_chunk)))
        for row in found.mappings():
            existing[row["email_key"]] = dict(row)

    now = utcnow()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for record in records:
        values = _column_values(record, outlet_ids)
        stored = existing.get(record.key)
        if stored is None:
            values.setdefault("phones", [])
            values.setdefault("social", {})
            values.setdefault("other_languages", [])
            values.setdefault("source", default_source)
            inserts.append(
                {
                    **dict.fromkeys((*_CONTACT_COLUMNS, "outlet_id", "region")),
                    **values,
                    "email_key": record.key,
                    "created_by": actor,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        else:
            merged: dict[str, Any] = {
                name: stored[name] for name in (*_CONTACT_COLUMNS, "outlet_id", "region")
            }
            merged.update(phones=stored["phones"], social=stored["social"])
            merged.update(values)
            merged.update(_id=stored["id"], updated_at=now, version=stored["version"] + 1)
            updates.append(merged)

    result = SaveResult()
    for insert_chunk in batched(inserts, 5000):
        rows = session.execute(
            insert(table).returning(table.c.id, table.c.email_key, sort_by_parameter_order=True),
            list(insert_chunk),
        )
        for contact_id, key in rows:
            result.added.append(contact_id)
            result.ids[key] = contact_id
    if updates:
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in updates[0] if name != "_id"})
        )
        for update_chunk in batched(updates, 5000):
            session.connection().execute(statement, list(update_chunk))
        result.updated.extend(values["_id"] for values in updates)
    for key, stored in existing.items():
        result.ids[key] = stored["id"]

    _replace_beats(session, records, result.ids)
    _keep_suppressions(session, records, actor)
    return result


def _column_values(record: ContactFields, outlet_ids: Mapping[str, int]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in (*_CONTACT_COLUMNS, "phones", "social"):
        value = getattr(record, name)
        if value is not None:
            values[name] = value
    if record.country is not None:
        values["region"] = region_for_country(record.country)
    if record.outlet is not None:
        values["outlet_id"] = outlet_ids[record.outlet.casefold()]
    return values


def _ensure_outlets(session: Session, records: Iterable[ContactFields]) -> dict[str, int]:
    """Outlet ids by case-folded name, creating the outlets not on file yet."""
    wanted: dict[str, ContactFields] = {}
    for record in records:
        if record.outlet:
            wanted.setdefault(record.outlet.casefold(), record)
    ids: dict[str, int] = {}
    names = list(wanted)
    for chunk in batched(names):
        for outlet_id, key in session.execute(
            select(Outlet.id, Outlet.name_key).where(Outlet.name_key.in_(chunk))
        ):
            ids[key] = outlet_id
    now = utcnow()
    missing = [
        {
            "name": record.outlet,
            "name_key": key,
            "outlet_type": record.outlet_type,
            "country": record.country,
            "region": region_for_country(record.country),
            "languages": [record.language] if record.language else [],
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for key, record in wanted.items()
        if key not in ids
    ]
    if missing:
        rows = session.execute(
            insert(table_of(Outlet)).returning(
                table_of(Outlet).c.id, table_of(Outlet).c.name_key, sort_by_parameter_order=True
            ),
            missing,
        )
        ids.update({key: outlet_id for outlet_id, key in rows})
    typed = [
        {"_id": ids[key], "outlet_type": record.outlet_type}
        for key, record in wanted.items()
        if record.outlet_type is not None
    ]
    if typed:
        outlets = table_of(Outlet)
        session.connection().execute(
            update(outlets)
            .where(outlets.c.id == bindparam("_id"))
            .values(outlet_type=bindparam("outlet_type")),
            typed,
        )
    return ids


def _replace_beats(
    session: Session, records: Sequence[ContactFields], ids: Mapping[str, int]
) -> None:
    """A record that gives beats sets the contact's beats to exactly those."""
    with_beats = [(ids[r.key], r.beats) for r in records if r.beats is not None]
    contact_ids = [contact_id for contact_id, _ in with_beats]
    for id_chunk in batched(contact_ids):
        session.execute(delete(ContactBeat).where(ContactBeat.contact_id.in_(id_chunk)))
    rows = [
        {"contact_id": contact_id, "beat": beat}
        for contact_id, beats in with_beats
        for beat in beats or ()
    ]
    for chunk in batched(rows, 5000):
        session.connection().execute(insert(table_of(ContactBeat)), list(chunk))


def _keep_suppressions(session: Session, records: Sequence[ContactFields], actor: str) -> None:
    """Re-attach erased opt-outs to their address, and add the opt-outs a file asks for."""
    hashes = {email_hash(record.email): record for record in records}
    found: dict[str, str | None] = {}
    hash_list = list(hashes)
    for chunk in batched(hash_list):
        for digest, key in session.execute(
            select(Suppression.email_hash, Suppression.email_key).where(
                Suppression.email_hash.in_(chunk)
            )
        ):
            found[digest] = key
    to_reattach = [
        {"_hash": digest, "email_key": hashes[digest].key}
        for digest, key in found.items()
        if key is None
    ]
    if to_reattach:
        suppressions = table_of(Suppression)
        session.connection().execute(
            update(suppressions)
            .where(suppressions.c.email_hash == bindparam("_hash"))
            .values(email_key=bindparam("email_key")),
            to_reattach,
        )
    new = [
        {
            "email_hash": digest,
            "email_key": record.key,
            "reason": "Marked as opted out in an imported file",
            "source": "import",
            "created_at": utcnow(),
            "created_by": actor,
        }
        for digest, record in hashes.items()
        if record.opted_out and digest not in found
    ]
    if new:
        session.connection().execute(insert(table_of(Suppression)), new)


def get_contact(session: Session, address: str) -> Contact:
    contact = session.scalar(select(Contact).where(Contact.email_key == email_key(address)))
    if contact is None:
        raise NotFound(f"There is no contact with the address {single_line(address)}.")
    return contact


def _fields_or_invalid(cells: Mapping[str, str]) -> ContactFields:
    try:
        return contact_fields_from_text(cells)
    except InvalidValue as exc:
        raise InvalidInput(f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from None


def create_contact(session: Session, cells: Mapping[str, str]) -> int:
    """Add one contact from text values by field name; refuses an address already on file."""
    record = _fields_or_invalid(cells)
    if session.scalar(select(Contact.id).where(Contact.email_key == record.key)) is not None:
        raise InvalidInput(f"A contact with the address {record.email} already exists.")
    return save_contacts(session, [record]).ids[record.key]


def update_contact(session: Session, address: str, cells: Mapping[str, str]) -> int:
    """Change the given fields of the contact with this address (the address itself stays)."""
    contact = get_contact(session, address)
    record = _fields_or_invalid({**cells, "email": contact.email})
    session.flush()
    session.expire(contact)
    return save_contacts(session, [record]).ids[record.key]


@dataclass(frozen=True)
class OutletFields:
    name: str
    outlet_type: OutletType | None = None
    country: str | None = None
    languages: list[str] | None = None
    website: str | None = None
    notes: str | None = None


def outlet_fields_from_text(cells: Mapping[str, str]) -> OutletFields:
    """Validate an outlet's text values; raises :class:`InvalidInput` with the reason."""
    name = single_line(cells.get("name"))
    if not name:
        raise InvalidInput("An outlet needs a name.")
    try:
        kind = cells.get("outlet_type", "").strip()
        country = cells.get("country", "").strip()
        languages = cells.get("languages", "").strip()
        return OutletFields(
            name=name[:300],
            outlet_type=normalize_outlet_type(kind) if kind else None,
            country=normalize_country(country) if country else None,
            languages=normalize_languages(languages) if languages else None,
            website=_limited(single_line(cells.get("website")), 500),
            notes=free_text(cells.get("notes")),
        )
    except InvalidValue as exc:
        raise InvalidInput(f"{str(exc)[:1].upper()}{str(exc)[1:]}.") from None


def save_outlet(session: Session, values: OutletFields, *, existing_name: str | None = None) -> int:
    """Create an outlet, or update the one called ``existing_name``; names stay unique."""
    key = values.name.casefold()
    clash = session.scalar(select(Outlet).where(Outlet.name_key == key))
    if existing_name is None:
        if clash is not None:
            raise InvalidInput(f"An outlet called '{values.name}' already exists.")
        outlet = Outlet(name=values.name, name_key=key, languages=[])
        session.add(outlet)
    else:
        found = session.scalar(select(Outlet).where(Outlet.name_key == existing_name.casefold()))
        if found is None:
            raise NotFound(f"There is no outlet called '{existing_name}'.")
        if clash is not None and clash.id != found.id:
            raise InvalidInput(f"An outlet called '{values.name}' already exists.")
        outlet = found
        outlet.name, outlet.name_key = values.name, key
    if values.outlet_type is not None:
        outlet.outlet_type = values.outlet_type
    if values.country is not None:
        outlet.country = values.country
        outlet.region = region_for_country(values.country)
    if values.languages is not None:
        outlet.languages = values.languages
    if values.website is not None:
        outlet.website = values.website
    if values.notes is not None:
        outlet.notes = values.notes
    session.flush()
    return outlet.id
