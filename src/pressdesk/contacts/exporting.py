"""Exporting contacts to CSV (UTF-8 with BOM, for Excel), XLSX and vCard.

The columns are the ones import recognises, so an exported file imports back into an empty
database as the same contacts, field for field. The region is exported for reading but derived
again from the country on import.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.contacts.audience import is_suppressed_clause
from pressdesk.contacts.lists import list_id_by_name
from pressdesk.contacts.records import format_social
from pressdesk.contacts.tables import FORMATS
from pressdesk.contacts.vcards import write_vcards
from pressdesk.database.bulk import batched
from pressdesk.database.models import Contact, ContactBeat, ListMember, Outlet
from pressdesk.errors import InvalidInput

EXPORT_COLUMNS = (
    ("email", "Email"),
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("title", "Title"),
    ("outlet", "Outlet"),
    ("outlet_type", "Outlet type"),
    ("country", "Country"),
    ("city", "City"),
    ("region", "Region"),
    ("language", "Language"),
    ("other_languages", "Other languages"),
    ("beats", "Beats"),
    ("phones", "Phone"),
    ("notes", "Notes"),
    ("social", "Social"),
    ("source", "Source"),
    ("opted_out", "Opted out"),
)


def export_records(session: Session, list_name: str | None = None) -> list[dict[str, Any]]:
    """Every contact (or a list's members) as plain dicts, ordered by address."""
    query = (
        select(Contact, Outlet.name, Outlet.outlet_type, is_suppressed_clause())
        .outerjoin(Outlet, Contact.outlet_id == Outlet.id)
        .order_by(Contact.email_key)
    )
    if list_name is not None:
        list_id = list_id_by_name(session, list_name)
        query = query.join(ListMember, ListMember.contact_id == Contact.id).where(
            ListMember.list_id == list_id
        )
    records: list[dict[str, Any]] = []
    for contact, outlet, outlet_type, opted_out in session.execute(query):
        records.append(
            {
                "id": contact.id,
                "email": contact.email,
                "first_name": contact.first_name,
                "last_name": contact.last_name,
                "title": contact.title,
                "outlet": outlet,
                "outlet_type": outlet_type.value if outlet_type else None,
                "country": contact.country,
                "city": contact.city,
                "region": contact.region,
                "language": contact.language,
                "other_languages": list(contact.other_languages or []),
                "beats": [],
                "phones": list(contact.phones or []),
                "notes": contact.notes,
                "social": dict(contact.social or {}),
                "source": contact.source,
                "opted_out": bool(opted_out),
            }
        )
    session.expunge_all()
    beats: dict[int, list[str]] = defaultdict(list)
    ids = [record["id"] for record in records]
    for chunk in batched(ids):
        for contact_id, beat in session.execute(
            select(ContactBeat.contact_id, ContactBeat.beat)
            .where(ContactBeat.contact_id.in_(chunk))
            .order_by(ContactBeat.contact_id, ContactBeat.beat)
        ):
            beats[contact_id].append(beat)
    for record in records:
        record["beats"] = beats.get(record["id"], [])
    return records


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "social":
        return format_social(value)
    if name == "opted_out":
        return "yes" if value else ""
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(text: str) -> str:
    """Stop a spreadsheet from running a cell as a formula: a leading ' makes it plain text.

    Import removes that quote again (when a cell starts with the quote and one of these characters).
    """
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def table_rows(records: list[dict[str, Any]]) -> list[list[str]]:
    header = [title for _, title in EXPORT_COLUMNS]
    return [header] + [[_cell(name, r[name]) for name, _ in EXPORT_COLUMNS] for r in records]


def export_contacts(
    session: Session, path: Path, *, file_format: str | None = None, list_name: str | None = None
) -> int:
    """Write the contacts to ``path``; returns how many were written."""
    kind = file_format or {".xlsx": "xlsx", ".vcf": "vcf", ".vcard": "vcf"}.get(
        path.suffix.lower(), "csv"
    )
    if kind not in FORMATS:
        raise InvalidInput(f"Unknown export format '{kind}'. Use {', '.join(FORMATS)}.")
    if not path.parent.is_dir():
        raise InvalidInput(f"The folder {path.parent} does not exist.")
    records = export_records(session, list_name)
    try:
        if kind == "csv":
            buffer = io.StringIO(newline="")
            rows = [[guard_formula(cell) for cell in row] for row in table_rows(records)]
            csv.writer(buffer).writerows(rows)
            path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
        elif kind == "xlsx":
            _write_xlsx(path, table_rows(records))
        else:
            path.write_text(write_vcards(records), encoding="utf-8", newline="")
    except OSError as exc:
        raise InvalidInput(f"Cannot write {path}: {exc.strerror}.") from None
    return len(records)


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    """Every cell written as text: openpyxl would otherwise store "=..." as a live formula."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Contacts")
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(path)
