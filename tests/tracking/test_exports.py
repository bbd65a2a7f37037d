"""Writing a report to a file with progress: whole files only, never half of one."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pressdesk.errors import EnvironmentProblem, InvalidInput
from pressdesk.jobs import Cancelled, Progress, run_to_completion
from pressdesk.tracking.exports import ReportTable, export, write_export

ROWS = 4500  # more than two progress steps


def big_table() -> ReportTable:
    rows = tuple((f"Outlet Ñ {n}", n, "=SUM(A1)" if n == 7 else "sent") for n in range(ROWS))
    return ReportTable(
        title="Release 3 by outlet",
        headers=("Outlet", "Delivered", "Note"),
        rows=rows,
        document=[{"outlet": row[0], "delivered": row[1]} for row in rows],
    )


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_the_file_holds_the_same_bytes_as_the_export(tmp_path: Path, file_format: str) -> None:
    table = big_table()
    target = tmp_path / f"report.{file_format}"
    steps: list[Progress] = []
    job = write_export(table, file_format, target)
    written = None
    while written is None:
        try:
            steps.append(next(job))
        except StopIteration as stop:
            written = stop.value
    assert written == target
    assert target.read_bytes() == export(table, file_format)
    assert steps[-1].done == steps[-1].total == ROWS
    assert list(tmp_path.iterdir()) == [target]  # no partial file left beside it


def test_csv_keeps_the_bom_and_defuses_formulas(tmp_path: Path) -> None:
    target = run_to_completion(write_export(big_table(), "csv", tmp_path / "r.csv"))
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Outlet", "Delivered", "Note"]
    assert rows[8] == ["Outlet Ñ 7", "7", "'=SUM(A1)"]
    assert len(rows) == ROWS + 1


def test_xlsx_reads_back_row_for_row(tmp_path: Path) -> None:
    target = run_to_completion(write_export(big_table(), "xlsx", tmp_path / "r.xlsx"))
    sheet = load_workbook(target, read_only=True).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Outlet", "Delivered", "Note")
    assert values[1] == ("Outlet Ñ 0", 0, "sent")
    assert values[8][2] == "=SUM(A1)"  # stored as text
    assert len(values) == ROWS + 1
    assert values[-1] == (f"Outlet Ñ {ROWS - 1}", ROWS - 1, "sent")


def test_a_cancelled_export_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"last week's report")
    job = write_export(big_table(), "xlsx", target)
    next(job)
    next(job)  # part of the rows written
    with pytest.raises(Cancelled):
        job.throw(Cancelled())
    assert target.read_bytes() == b"last week's report"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "json"])
def test_a_cancel_at_the_very_last_step_leaves_no_file(tmp_path: Path, file_format: str) -> None:
    target = tmp_path / f"report.{file_format}"
    job = write_export(big_table(), file_format, target)
    last = None
    for step in job:  # every step up to the last one the job reports
        last = step
        if step.done == step.total and step.message == "Written":
            break
    assert last is not None
    assert last.message == "Written"
    with pytest.raises(Cancelled):
        job.throw(Cancelled())
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem, match=r"Cannot write report\.csv"):
        run_to_completion(write_export(big_table(), "csv", tmp_path / "missing" / "report.csv"))
    with pytest.raises(InvalidInput, match="Cannot export a report as 'pdf'"):
        run_to_completion(write_export(big_table(), "pdf", tmp_path / "report.pdf"))
    assert list(tmp_path.iterdir()) == []
