"""Importing a file of contacts as one job: read, map columns, validate, merge, save.

The job is a generator of :class:`~pressdesk.jobs.Progress` whose return value is the
:class:`ImportReport`. It writes through the caller's session and never commits, so the caller's
unit of work makes the import all-or-nothing. A file that is not a table of contacts is refused
before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pressdesk.contacts.addresses import email_key
from pressdesk.contacts.lists import add_members, ensure_list
from pressdesk.contacts.records import ContactFields, contact_fields_from_text, save_contacts
from pressdesk.contacts.tables import Table, map_headers, read_table
from pressdesk.contacts.values import InvalidValue
from pressdesk.database.models import ImportRun
from pressdesk.database.types import utcnow
from pressdesk.errors import InvalidInput
from pressdesk.identity import current_actor
from pressdesk.jobs import Job, Progress

PROGRESS_EVERY = 5000


@dataclass(frozen=True)
class RejectedRow:
    row: int
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "reason": self.reason}


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    merged_duplicates: int = 0
    skipped_blank: int = 0
    file_format: str = ""
    import_run_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "rejected": [row.to_json() for row in self.rejected],
        }


@dataclass(frozen=True)
class ImportPreview:
    """What the import wizard shows before importing: the columns and how they map."""

    headers: list[str]
    mapping: dict[int, str]
    first_rows: list[list[str]]
    file_format: str


def preview_import(
    path: Path, *, file_format: str | None = None, column_map: Sequence[str] = (), rows: int = 10
) -> ImportPreview:
    table, kind = read_table(path, file_format)
    mapping = map_headers(table.headers, column_map)
    _require_email_column(table, mapping)
    first = [cells for _, cells in table.rows if not table.is_blank(cells)][:rows]
    return ImportPreview(list(table.headers), mapping, first, kind)


def _require_email_column(table: Table, mapping: dict[int, str]) -> None:
    if "email" not in mapping.values():
        shown = ", ".join(h for h in table.headers if h)[:200] or "none"
        raise InvalidInput(
            f"The file has no email column (its columns: {shown}).",
            hint="Name the address column 'Email', or use --map 'YOUR HEADER=email'.",
        )


def import_contacts(
    session: Session,
    path: Path,
    *,
    file_format: str | None = None,
    column_map: Sequence[str] = (),
    list_name: str | None = None,
    actor: str | None = None,
) -> Job[ImportReport]:
    """Import ``path`` into the database through ``session`` (not committed here)."""
    actor = actor or current_actor()
    yield Progress(0, None, f"Reading {path.name}")
    table, kind = read_table(path, file_format)
    mapping = map_headers(table.headers, column_map)
    _require_email_column(table, mapping)
    report = ImportReport(file_format=kind)
    total = len(table.rows)
    yield Progress(0, total, "Checking rows")

    records: dict[str, ContactFields] = {}
    columns = sorted(mapping.items())
    width = len(table.headers)
    for position, (number, cells) in enumerate(table.rows, 1):
        if position % PROGRESS_EVERY == 0:
            yield Progress(position // 2, total, f"Checked {position:,} of {total:,} rows")
        if table.is_blank(cells):
            report.skipped_blank += 1
            continue
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            report.rejected.append(
                RejectedRow(number, f"more cells ({len(cells)}) than columns ({width})")
            )
            continue
        try:
            record = contact_fields_from_text(_cells_by_field(cells, columns))
        except InvalidValue as exc:
            report.rejected.append(RejectedRow(number, str(exc)))
            continue
        previous = records.get(record.key)
        if previous is None:
            records[record.key] = record
        else:
            records[record.key] = previous.merged_with(record)
            report.merged_duplicates += 1

    yield Progress(total // 2, total, f"Saving {len(records):,} contacts")
    unique = list(records.values())
    saved = save_contacts(
        session, unique, actor=actor, default_source=f"Import of {path.name}"[:300]
    )
    report.added, report.updated = len(saved.added), len(saved.updated)
    if list_name is not None:
        list_id = ensure_list(session, list_name)
        add_members(session, list_id, [saved.ids[email_key(r.email)] for r in unique])
    run = ImportRun(
        filename=path.name[:500],
        file_format=kind,
        added=report.added,
        updated=report.updated,
        rejected=len(report.rejected),
        created_at=utcnow(),
        created_by=actor,
    )
    session.add(run)
    session.flush()
    report.import_run_id = run.id
    yield Progress(total, total, "Done")
    return report


def _cells_by_field(cells: Sequence[str], columns: Sequence[tuple[int, str]]) -> dict[str, str]:
    values: dict[str, str] = {}
    for index, name in columns:
        if index >= len(cells):
            continue
        value = cells[index]
        if not value.strip():
            continue
        if name in values:
            values[name] = (
                f"{values[name]}\n{value}" if name == "notes" else f"{values[name]};{value}"
            )
        else:
            values[name] = value
    return values
