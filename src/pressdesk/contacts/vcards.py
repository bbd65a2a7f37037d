"""vCard 3.0 and 4.0 in and out, through ``vobject``.

Cards are read into the same :class:`Table` as spreadsheets, with one "row" per card numbered
from 1 in file order, so import has one code path. PressDesk's own fields without a standard
vCard property (outlet type, region-independent extras) travel as ``X-PRESSDESK-*`` properties.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import vobject  # type: ignore[import-untyped]

from pressdesk.contacts.tables import Table
from pressdesk.errors import InvalidInput

VCARD_COLUMNS = [
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
]


def _values(card: Any, name: str) -> list[Any]:
    return [item.value for item in card.contents.get(name, [])]


def _first_text(card: Any, name: str) -> str:
    for value in _values(card, name):
        if isinstance(value, list):
            value = " ".join(str(v) for v in value if v)
        if str(value).strip():
            return str(value)
    return ""


def _card_cells(card: Any) -> list[str]:
    cells = dict.fromkeys(VCARD_COLUMNS, "")
    cells["email"] = _first_text(card, "email")
    for n in _values(card, "n"):
        cells["first_name"] = _join(n.given)
        cells["last_name"] = _join(n.family)
        break
    cells["name"] = _first_text(card, "fn")
    cells["title"] = _first_text(card, "title") or _first_text(card, "role")
    for org in _values(card, "org"):
        parts = org if isinstance(org, list) else [org]
        cells["outlet"] = str(parts[0]) if parts else ""
        break
    for address in _values(card, "adr"):
        cells["city"] = _join(address.city)
        cells["country"] = _join(address.country)
        break
    languages = [str(v) for v in _values(card, "lang") if str(v).strip()]
    if languages:
        cells["language"] = languages[0]
        cells["other_languages"] = "; ".join(languages[1:])
    categories: list[str] = []
    for value in _values(card, "categories"):
        categories.extend(str(v) for v in (value if isinstance(value, list) else [value]))
    cells["beats"] = "; ".join(categories)
    cells["phone"] = "; ".join(str(v) for v in _values(card, "tel"))
    cells["notes"] = _first_text(card, "note")
    cells["outlet_type"] = _first_text(card, "x-pressdesk-outlet-type")
    cells["social"] = "; ".join(str(v) for v in _values(card, "x-pressdesk-social"))
    cells["source"] = _first_text(card, "x-pressdesk-source")
    cells["opted_out"] = _first_text(card, "x-pressdesk-opted-out")
    return [cells[name] for name in VCARD_COLUMNS]


def _join(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v)
    return str(value or "")


def read_vcards(text: str) -> Table:
    """Every card of a .vcf file as one row; an unreadable file is refused as a whole."""
    if "BEGIN:VCARD" not in text[:4096].upper():
        raise InvalidInput("This is not a vCard file (no BEGIN:VCARD).")
    table = Table(headers=list(VCARD_COLUMNS), header_row=0)
    try:
        for number, card in enumerate(vobject.readComponents(text, ignoreUnreadable=True), 1):
            if card.name.upper() != "VCARD":
                continue
            table.rows.append((number, _card_cells(card)))
    except (vobject.base.ParseError, ValueError, AttributeError, TypeError) as exc:
        raise InvalidInput(f"The vCard file could not be read: {exc}.") from None
    return table


def write_vcards(records: Iterable[Mapping[str, Any]]) -> str:
    """vCard 3.0 text for exported contacts (plain dicts as made by the exporter)."""
    chunks: list[str] = []
    for record in records:
        card = vobject.vCard()
        card.add("version").value = "3.0"
        first, last = record.get("first_name") or "", record.get("last_name") or ""
        card.add("n").value = vobject.vcard.Name(family=last, given=first)
        card.add("fn").value = " ".join(p for p in (first, last) if p) or record["email"]
        email = card.add("email")
        email.value = record["email"]
        email.type_param = "INTERNET"
        _add_if(card, "title", record.get("title"))
        if record.get("outlet"):
            card.add("org").value = [record["outlet"]]
        if record.get("city") or record.get("country"):
            card.add("adr").value = vobject.vcard.Address(
                city=record.get("city") or "", country=record.get("country") or ""
            )
        languages = [record.get("language"), *(record.get("other_languages") or [])]
        for language in languages:
            _add_if(card, "lang", language)
        if record.get("beats"):
            card.add("categories").value = list(record["beats"])
        for phone in record.get("phones") or []:
            card.add("tel").value = phone
        _add_if(card, "note", record.get("notes"))
        _add_if(card, "x-pressdesk-outlet-type", record.get("outlet_type"))
        for network, handle in sorted((record.get("social") or {}).items()):
            card.add("x-pressdesk-social").value = f"{network}: {handle}"
        _add_if(card, "x-pressdesk-source", record.get("source"))
        if record.get("opted_out"):
            card.add("x-pressdesk-opted-out").value = "yes"
        chunks.append(card.serialize())
    return "".join(chunks)


def _add_if(card: Any, name: str, value: Any) -> None:
    if value:
        card.add(name).value = str(value)
