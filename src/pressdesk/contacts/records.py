"""Contacts and outlets as validated records, saved in bulk.

Import, the editor and the command line all turn raw text into a :class:`ContactFields` with
:func:`contact_fields_from_text`, then write with :func:`save_contacts`, which works on batches so
that 100,000 rows take seconds, not minutes. A field left as ``None`` means "not given" and never
erases what is stored.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from pressdesk.contacts.addresses import email_hash, email_key, search_key
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
    normalize_website,
    region_for_country,
    single_line,
)
from pressdesk.database.bulk import batched, execute_many, table_of
from pressdesk.database.models import Contact, ContactBeat, Outlet, OutletType, Suppression
from pressdesk.database.types import utcnow
from pressdesk.errors import ConflictError, InvalidInput, NotFound
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


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk step.

    Building 100,000 records creates no reference cycles but triggers many full collections
    that each walk every live object; pausing them saved a large share of the import's time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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

    @cached_property
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
        return None if not value or value.isspace() else value

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


# Shared empty values for new rows: only ever serialised, never changed.
_NO_ITEMS: list[str] = []
_NO_MAPPING: dict[str, str] = {}

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
    by_keys = select(table).where(table.c.email_key.in_(bindparam("keys", expanding=True)))
    for key_chunk in batched(keys):
        for found in session.execute(by_keys, {"keys": list(key_chunk)}).mappings():
            existing[found["email_key"]] = dict(found)

    now = utcnow()
    result = SaveResult()
    new_row: dict[str, Any] = {
        **dict.fromkeys((*_CONTACT_COLUMNS, "outlet_id", "region")),
        "phones": _NO_ITEMS,
        "social": _NO_MAPPING,
        "other_languages": _NO_ITEMS,
        "source": default_source,
        "created_by": actor,
        "updated_by": actor,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for record in records:
        values = _column_values(record, outlet_ids)
        stored = existing.get(record.key)
        if stored is None:
            fresh = new_row.copy()
            fresh.update(values)
            fresh["email_key"] = record.key
            fresh["search_text"] = search_key(fresh["first_name"], fresh["last_name"], record.key)
            inserts.append(fresh)
        else:
            merged: dict[str, Any] = {
                name: stored[name] for name in (*_CONTACT_COLUMNS, "outlet_id", "region")
            }
            merged.update(phones=stored["phones"], social=stored["social"])
            merged.update(values)
            merged["search_text"] = search_key(
                merged["first_name"], merged["last_name"], stored["email_key"]
            )
            result.updated.append(stored["id"])
            if any(merged[name] != stored[name] for name in merged):
                # Only rows that really change are written: re-importing the same file is cheap.
                merged.update(
                    _id=stored["id"],
                    updated_at=now,
                    updated_by=actor,
                    version=stored["version"] + 1,
                )
                updates.append(merged)

    inserts.sort(key=lambda row: row["email_key"])  # index pages filled in order
    execute_many(session, insert(table), inserts)
    new_keys = [row["email_key"] for row in inserts]
    ids_by_keys = select(table.c.id, table.c.email_key).where(
        table.c.email_key.in_(bindparam("keys", expanding=True))
    )
    for key_chunk in batched(new_keys):
        for contact_id, key in session.execute(ids_by_keys, {"keys": list(key_chunk)}):
            result.added.append(contact_id)
            result.ids[key] = contact_id
    if updates:
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in updates[0] if name != "_id"})
        )
        execute_many(session, statement, updates)
    for key, stored in existing.items():
        result.ids[key] = stored["id"]

    _replace_beats(session, records, result.ids, set(result.updated))
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
            insert(table_of(Outlet)).returning(table_of(Outlet).c.id, table_of(Outlet).c.name_key),
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
    session: Session,
    records: Sequence[ContactFields],
    ids: Mapping[str, int],
    existing_ids: set[int],
) -> None:
    """A record that gives beats sets the contact's beats to exactly those."""
    with_beats = {ids[r.key]: r.beats for r in records if r.beats is not None}
    stored: dict[int, set[str]] = {}
    known = [contact_id for contact_id in with_beats if contact_id in existing_ids]
    current = select(ContactBeat.contact_id, ContactBeat.beat).where(
        ContactBeat.contact_id.in_(bindparam("ids", expanding=True))
    )
    for id_chunk in batched(known):
        for contact_id, beat in session.execute(current, {"ids": list(id_chunk)}):
            stored.setdefault(contact_id, set()).add(beat)
    changed = {
        contact_id: beats
        for contact_id, beats in with_beats.items()
        if contact_id not in existing_ids or stored.get(contact_id, set()) != set(beats or ())
    }
    clear = delete(ContactBeat).where(ContactBeat.contact_id.in_(bindparam("ids", expanding=True)))
    to_clear = [contact_id for contact_id in changed if contact_id in stored]
    for id_chunk in batched(to_clear):
        session.execute(clear, {"ids": list(id_chunk)})
    rows = [
        {"contact_id": contact_id, "beat": beat}
        for contact_id, beats in changed.items()
        for beat in beats or ()
    ]
    execute_many(session, insert(table_of(ContactBeat)), rows)


def _keep_suppressions(session: Session, records: Sequence[ContactFields], actor: str) -> None:
    """Re-attach erased opt-outs to their address, and add the opt-outs a file asks for."""
    hashes = {email_hash(record.email): record for record in records}
    found: dict[str, str | None] = {}
    hash_list = list(hashes)
    by_hashes = select(Suppression.email_hash, Suppression.email_key).where(
        Suppression.email_hash.in_(bindparam("hashes", expanding=True))
    )
    for chunk in batched(hash_list):
        for digest, key in session.execute(by_hashes, {"hashes": list(chunk)}):
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
        raise exc.as_input_error() from None


def create_contact(session: Session, cells: Mapping[str, str]) -> int:
    """Add one contact from text values by field name; refuses an address already on file."""
    record = _fields_or_invalid(cells)
    if session.scalar(select(Contact.id).where(Contact.email_key == record.key)) is not None:
        raise InvalidInput(f"A contact with the address {record.email} already exists.")
    return save_contacts(session, [record]).ids[record.key]


def update_contact(
    session: Session,
    address: str,
    cells: Mapping[str, str],
    *,
    expected_version: int | None = None,
    actor: str | None = None,
) -> int:
    """Change the given fields of the contact with this address (the address itself stays).

    ``expected_version`` is the contact's version when the officer opened it: if someone saved
    it since, nothing is written and :class:`ConflictError` says so. The check is an UPDATE
    conditional on that version, so of two officers saving at the same moment only one wins.
    """
    contact = get_contact(session, address)
    record = _fields_or_invalid({**cells, "email": contact.email})
    if expected_version is not None:
        held = session.execute(
            update(Contact)
            .where(Contact.id == contact.id, Contact.version == expected_version)
            .values(version=Contact.version)  # takes the row's lock until the commit
            .execution_options(synchronize_session=False)
        )
        if held.rowcount != 1:  # type: ignore[attr-defined]
            session.refresh(contact)
            by = f" (last saved by {contact.updated_by})" if contact.updated_by else ""
            raise ConflictError(
                f"The contact {contact.email} was changed by someone else since you opened it{by}.",
                hint="Nothing was saved: look at their changes, then make yours again.",
            )
    session.flush()
    session.expire(contact)
    return save_contacts(session, [record], actor=actor).ids[record.key]


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
        website = (cells.get("website") or "").strip()
        return OutletFields(
            name=name[:300],
            outlet_type=normalize_outlet_type(kind) if kind else None,
            country=normalize_country(country) if country else None,
            languages=normalize_languages(languages) if languages else None,
            website=normalize_website(website)[:500] if website else None,
            notes=free_text(cells.get("notes")),
        )
    except InvalidValue as exc:
        raise exc.as_input_error() from None


def save_outlet(
    session: Session,
    values: OutletFields,
    *,
    existing_name: str | None = None,
    clear_missing: bool = False,
    expected_version: int | None = None,
) -> int:
    """Create an outlet, or update the one called ``existing_name``; names stay unique.

    Values left as ``None`` keep what is stored, unless ``clear_missing`` (an editor showing
    every field: an emptied field is cleared). ``expected_version`` is the outlet's version when
    the officer opened it: if someone saved it since, nothing is written and
    :class:`ConflictError` says so (the version column also catches a save at the same moment).
    """
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
        if expected_version is not None and found.version != expected_version:
            raise ConflictError(
                f"The outlet {found.name} was changed by someone else since you opened it.",
                hint="Nothing was saved: open it again to see their changes, then make yours.",
            )
        outlet = found
        outlet.name, outlet.name_key = values.name, key
    if values.outlet_type is not None or clear_missing:
        outlet.outlet_type = values.outlet_type
    if values.country is not None or clear_missing:
        outlet.country = values.country
        outlet.region = region_for_country(values.country)
    if values.languages is not None or clear_missing:
        outlet.languages = values.languages or []
    if values.website is not None or clear_missing:
        outlet.website = values.website
    if values.notes is not None or clear_missing:
        outlet.notes = values.notes
    session.flush()
    return outlet.id
