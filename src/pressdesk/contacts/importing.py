"""Importing a file of contacts as one job: read, map columns, validate, merge, save.

The job is a generator of :class:`~pressdesk.jobs.Progress` whose return value is the
:class:`ImportReport`. It writes through the caller's session and never commits, so the caller's
unit of work makes the import all-or-nothing. A file that is not a table of contacts is refused
before anything is written.
"""

from __future__ import annotations

import multiprocessing as mp
import pickle
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pressdesk.contacts.addresses import email_key
from pressdesk.contacts.lists import add_members, ensure_list
from pressdesk.contacts.records import (
    ContactFields,
    contact_fields_from_text,
    paused_gc,
    save_contacts,
)
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
    mapping = find_header(table, column_map)
    first = [cells for _, cells in table.rows if not table.is_blank(cells)][:rows]
    return ImportPreview(list(table.headers), mapping, first, kind)


HEADER_SEARCH_ROWS = 20


def find_header(table: Table, column_map: Sequence[str]) -> dict[int, str]:
    """The column mapping, taking as header the first of the top rows that has an email column.

    Exported sheets often start with a title or a date line above the real header.
    """
    first_problem: InvalidInput | None = None
    try:
        mapping = map_headers(table.headers, column_map)
    except InvalidInput as problem:
        mapping, first_problem = {}, problem
    if "email" in mapping.values():
        return mapping
    for number, cells in table.rows[:HEADER_SEARCH_ROWS]:
        try:
            candidate = map_headers(cells, column_map)
        except InvalidInput:
            continue
        if "email" in candidate.values():
            table.promote_header(number)
            return candidate
    if first_problem is not None:
        raise first_problem
    _require_email_column(table, mapping)
    return mapping


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
    workers: int = 1,
) -> Job[ImportReport]:
    """Import ``path`` into the database through ``session`` (not committed here).

    ``workers=2`` checks the rows of a large file in a second process where the platform can
    fork; leave it at 1 in a program with threads (the desktop app).
    """
    actor = actor or current_actor()
    yield Progress(0, None, f"Reading {path.name}")
    table, kind = read_table(path, file_format)
    mapping = find_header(table, column_map)
    report = ImportReport(file_format=kind)
    total = len(table.rows)
    yield Progress(0, total, "Checking rows")

    columns = sorted(mapping.items())
    records: dict[str, ContactFields] = {}
    checked = yield from _check_all_rows(table, columns, workers)
    for number, outcome in checked:
        if outcome is None:
            report.skipped_blank += 1
        elif isinstance(outcome, str):
            report.rejected.append(RejectedRow(number, outcome))
        elif (previous := records.get(outcome.key)) is None:
            records[outcome.key] = outcome
        else:
            records[outcome.key] = previous.merged_with(outcome)
            report.merged_duplicates += 1

    yield Progress(total // 2, total, f"Saving {len(records):,} contacts")
    unique = list(records.values())
    with paused_gc():
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


# One checked row: None for a blank row, the reason for a rejected one, or the record.
Checked = tuple[int, ContactFields | str | None]
PARALLEL_FROM_ROWS = 20_000


def check_row(cells: Sequence[str], columns: Sequence[tuple[int, str]], width: int) -> Any:
    """The record of one row, the reason it is rejected, or None when it is blank."""
    if not any(cell.strip() for cell in cells):
        return None
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        return f"more cells ({len(cells)}) than columns ({width})"
    try:
        return contact_fields_from_text(_cells_by_field(cells, columns))
    except InvalidValue as exc:
        return str(exc)


def _check_range(
    table: Table, columns: Sequence[tuple[int, str]], start: int, stop: int
) -> list[Checked]:
    width = len(table.headers)
    return [(number, check_row(cells, columns, width)) for number, cells in table.rows[start:stop]]


def _check_in_child(
    sender: Connection,
    table: Table,
    columns: Sequence[tuple[int, str]],
    start: int,
    stop: int,
) -> None:
    """Run in the forked process: check a range and send the outcomes back, pickled."""
    sender.send_bytes(pickle.dumps(_check_range(table, columns, start, stop), protocol=5))
    sender.close()


def _check_all_rows(
    table: Table, columns: list[tuple[int, str]], workers: int
) -> Generator[Progress, None, list[Checked]]:
    """Check every row, the second half in a forked process when that is worth it.

    The child inherits the table through fork (nothing to send) and returns its outcomes as one
    pickle, read here with the garbage collector paused. If it fails, its half is checked here.
    """
    total = len(table.rows)
    split = total
    child = None
    receiver = None
    if workers > 1 and total >= PARALLEL_FROM_ROWS and "fork" in mp.get_all_start_methods():
        split = total // 2
        context = mp.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(
            target=_check_in_child, args=(sender, table, columns, split, total), daemon=True
        )
        child.start()
        sender.close()
    try:
        checked: list[Checked] = []
        for start in range(0, split, PROGRESS_EVERY):
            stop = min(split, start + PROGRESS_EVERY)
            checked.extend(_check_range(table, columns, start, stop))
            yield Progress(stop // 2, total, f"Checked {stop:,} of {total:,} rows")
        if receiver is not None:
            try:
                data = receiver.recv_bytes()
            except (EOFError, OSError):
                checked.extend(_check_range(table, columns, split, total))
            else:
                with paused_gc():
                    checked.extend(pickle.loads(data))  # noqa: S301 - our own child's output
        return checked
    finally:
        if receiver is not None:
            receiver.close()
        if child is not None:
            if child.is_alive():
                child.kill()
            child.join()


_GUARDED = frozenset(("=", "+", "-", "@", "\t", "\r"))


def _cells_by_field(cells: Sequence[str], columns: Sequence[tuple[int, str]]) -> dict[str, str]:
    values: dict[str, str] = {}
    for index, name in columns:
        if index >= len(cells):
            continue
        value = cells[index]
        if not value.strip():
            continue
        if value[0] == "'" and value[1:2] in _GUARDED:
            value = value[1:]  # the quote an export puts before "=", "+"... to stop formulas
        if name in values:
            values[name] = (
                f"{values[name]}\n{value}" if name == "notes" else f"{values[name]};{value}"
            )
        else:
            values[name] = value
    return values
