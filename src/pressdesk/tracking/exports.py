"""Report exports: CSV that Excel opens with accents intact, XLSX, and JSON.

Names and titles in reports come from outside (journalists, outlets, pasted headlines), so cells
are written as plain text: a value that starts like a formula is never evaluated by a spreadsheet.
"""

from __future__ import annotations

import csv
import enum
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from pressdesk.errors import EnvironmentProblem, InvalidInput
from pressdesk.jobs import Job, Progress, run_to_completion

FORMATS = ("table", "csv", "json", "xlsx")
_PROGRESS_ROWS = 2000
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SHEET_NAME_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


@dataclass(frozen=True)
class ReportTable:
    """A report ready to show or export: headers and rows for tables, a document for JSON."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    document: Any
    empty: str = "Nothing to report."


def json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def cell_text(value: Any) -> str:
    """A value as shown in a table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _csv_safe(value: Any) -> str:
    text = cell_text(value)
    if isinstance(value, str) and text.startswith(_FORMULA_STARTS):
        return "'" + text  # shown as text by spreadsheets, never run as a formula
    return text


def to_csv(table: ReportTable) -> bytes:
    """UTF-8 with a byte-order mark, so Excel recognises the encoding."""
    buffer = io.BytesIO()
    run_to_completion(_write_csv(table, buffer))
    return buffer.getvalue()


def _write_csv(table: ReportTable, stream: BinaryIO) -> Job[None]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(table.headers)
    for done, row in enumerate(table.rows, start=1):
        writer.writerow([_csv_safe(value) for value in row])
        if done % _PROGRESS_ROWS == 0:
            yield Progress(done, len(table.rows))
    text.flush()
    text.detach()  # leave the stream open for the caller


def to_json(table: ReportTable) -> bytes:
    text = json.dumps(table.document, ensure_ascii=False, indent=2, default=json_default)
    return (text + "\n").encode("utf-8")


def to_xlsx(table: ReportTable) -> bytes:
    """One sheet, bold frozen header, text kept as text; streamed so big reports stay quick."""
    buffer = io.BytesIO()
    run_to_completion(_write_xlsx(table, buffer))
    return buffer.getvalue()


def _write_xlsx(table: ReportTable, stream: BinaryIO) -> Job[None]:
    # openpyxl is loaded only when a spreadsheet is written: it costs a quarter of a second,
    # which the desktop window would otherwise pay at every start.
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(
        (table.title.translate(_SHEET_NAME_FORBIDDEN).strip() or "Report")[:31]
    )
    widths = [len(header) for header in table.headers]
    for row in table.rows:
        for column, value in enumerate(row):
            widths[column] = max(widths[column], min(60, len(cell_text(value))))
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width + 2
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)

    def header_cell(text: str) -> Any:
        cell = _write_only_cell(sheet, text)
        cell.font = bold
        return cell

    sheet.append([header_cell(header) for header in table.headers])
    try:
        for done, row in enumerate(table.rows, start=1):
            sheet.append([_xlsx_cell(sheet, value) for value in row])
            if done % _PROGRESS_ROWS == 0:
                yield Progress(done, len(table.rows))
    except BaseException:
        sheet.close()  # end the sheet's temporary file tidily when stopped half-way
        raise
    workbook.save(stream)


def _write_only_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    return WriteOnlyCell(sheet, value=value)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    if isinstance(value, str) and value.startswith("="):
        cell = _write_only_cell(sheet, value)
        cell.data_type = "s"  # never a formula, whatever the text starts with
        return cell
    if isinstance(value, datetime):
        cell = _write_only_cell(sheet, value.astimezone(UTC).replace(tzinfo=None))
        cell.number_format = "yyyy-mm-dd hh:mm"  # spreadsheets have no time zones: UTC
        return cell
    if isinstance(value, enum.Enum):
        return str(value.value)
    return value


_WRITERS: dict[str, Callable[[ReportTable, BinaryIO], Job[None]]] = {
    "csv": _write_csv,
    "xlsx": _write_xlsx,
}


def export(table: ReportTable, file_format: str) -> bytes:
    """The report as a file's bytes in ``csv``, ``json`` or ``xlsx``."""
    if file_format == "csv":
        return to_csv(table)
    if file_format == "json":
        return to_json(table)
    if file_format == "xlsx":
        return to_xlsx(table)
    raise InvalidInput(f"Cannot export a report as '{file_format}'.", hint="Use csv, json or xlsx.")


def write_export(table: ReportTable, file_format: str, path: Path) -> Job[Path]:
    """Write the report to ``path`` with progress; the file appears complete or not at all.

    The rows go to a hidden file beside the target, renamed over it at the end, so a cancelled
    or failed export never leaves half a spreadsheet (or destroys the previous one).
    """
    if file_format not in _WRITERS and file_format != "json":
        raise InvalidInput(
            f"Cannot export a report as '{file_format}'.", hint="Use csv, json or xlsx."
        )
    total = len(table.rows)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("wb") as stream:
            yield Progress(0, total, "Writing")
            if file_format == "json":
                stream.write(to_json(table))
            else:
                yield from _WRITERS[file_format](table, stream)
        # The last moment a cancel can land: once the file is in place the export is done,
        # so no step may follow the rename (a cancel there would report a file that exists).
        yield Progress(total, total, "Written")
        os.replace(partial, path)
    except OSError as exc:
        raise EnvironmentProblem(
            f"Cannot write {path.name}: {exc.strerror or exc}.",
            hint="Choose another folder, or close the file if a spreadsheet has it open.",
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return path


def text_rows(table: ReportTable) -> list[list[str]]:
    """The rows as text, for a table printed on screen."""
    return [[cell_text(value) for value in row] for row in table.rows]
