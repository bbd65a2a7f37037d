"""Any input either imports with a report of every row or is refused cleanly: never a crash."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from pressdesk.contacts.importing import ImportReport, import_contacts
from pressdesk.database import Database
from pressdesk.database.models import Contact
from pressdesk.errors import InvalidInput
from pressdesk.jobs import run_to_completion

FIXTURES_OK = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _import(database: Database, path: Path) -> tuple[ImportReport | None, int]:
    """Import in a transaction that is always rolled back; return the report and contact count."""
    with database.session_factory() as session:
        try:
            try:
                report = run_to_completion(import_contacts(session, path))
            except InvalidInput:
                report = None
            return report, session.scalar(select(func.count(Contact.id))) or 0
        finally:
            session.rollback()


@FIXTURES_OK
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=1000).map(lambda t: t.encode("utf-8")),
        st.text(max_size=500).map(lambda t: ("\ufeffEmail;Name\r\n" + t).encode("utf-8")),
        st.text(max_size=500).map(lambda t: ("BEGIN:VCARD\r\n" + t).encode("utf-8", "replace")),
        st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=500).map(lambda b: b"\xff\xfe" + b),
    ),
    suffix=st.sampled_from([".csv", ".txt", ".xlsx", ".vcf", ""]),
)
def test_any_bytes_import_with_a_report_or_are_refused_with_invalid_input(
    database: Database, tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("any") / f"input{suffix}"
    path.write_bytes(data)
    report, count = _import(database, path)
    if report is None:
        assert count == 0
    else:
        assert count == report.added
        assert all(row.row >= 1 and row.reason for row in report.rejected)


cell_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
addresses = st.one_of(
    st.emails().map(str),
    st.emails().map(lambda a: a.upper()),
    cell_text,
)


@FIXTURES_OK
@given(
    rows=st.lists(st.tuples(addresses, cell_text, cell_text, cell_text), max_size=25),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_table_with_an_email_column_reports_every_row(
    database: Database,
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[tuple[str, str, str, str]],
    delimiter: str,
    encoding: str,
) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Email", "First name", "Notes", "Country"])
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("table") / "table.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))

    report, count = _import(database, path)
    assert report is not None, "a table with an email column is never refused as a whole"
    assert count == report.added
    non_blank = sum(1 for row in rows if any(cell.strip() for cell in row))
    assert report.added + report.merged_duplicates + len(report.rejected) == non_blank
    numbers = [row.row for row in report.rejected]
    assert numbers == sorted(numbers)
    assert all(2 <= n <= len(rows) + 1 for n in numbers)
