"""Export then import into an empty database gives back the same contacts, field for field."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pressdesk.contacts.exporting import export_records
from pressdesk.database import open_database

WriteFile = Callable[[str, bytes], Path]
SOURCE = (
    "Email,First name,Last name,Title,Outlet,Outlet type,Country,City,Language,Other languages,"
    "Beats,Phone,Notes,Social\r\n"
    'ana@laprensa.hn,Ana María,López Reyes,Editora,La Prensa,newspaper,HN,Tegucigalpa,es,"en, fr",'
    '"salud; migración",2234-5678 / ext. 12,"Prefiere WhatsApp.\r\nLlamar después de las 10:00",'
    '"twitter: @analopez; linkedin: https://linkedin.com/in/ana"\r\n'
    "luc@ici.ca,Luc,Tremblay,,Radio-Canada,radio,Canada,Montréal,fr,,politique,"
    "+1 514 555 0100,,\r\n"
    "sven@svd.se,,,,,,Sweden,,,,,,,\r\n"
)


def _records(url: str) -> list[dict[str, Any]]:
    database = open_database(url)
    try:
        with database.session() as session:
            records = export_records(session)
    finally:
        database.dispose()
    for record in records:
        record.pop("id")
    return records


class RoundTrip:
    """Import a source file, export it, and import the export into an empty database."""

    def __init__(self, tmp_path: Path, pressdesk: Callable[..., Any], database_url: str) -> None:
        self.tmp_path, self.pressdesk, self.url = tmp_path, pressdesk, database_url
        self.copy_url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"

    def run(self, source_text: str, file_format: str, *before_export: tuple[str, ...]) -> Path:
        source = self.tmp_path / "source.csv"
        source.write_bytes(source_text.encode())
        result = self.pressdesk("--db", self.url, "contacts", "import", str(source))
        assert result.exit_code == 0, result.stderr
        for command in before_export:
            assert self.pressdesk("--db", self.url, *command).exit_code == 0
        exported = self.tmp_path / f"export.{file_format}"
        result = self.pressdesk("--db", self.url, "contacts", "export", str(exported))
        assert result.exit_code == 0, result.stderr
        result = self.pressdesk("--db", self.copy_url, "contacts", "import", str(exported))
        assert result.exit_code == 0, result.stderr
        return exported


@pytest.fixture
def round_trip(tmp_path: Path, pressdesk: Callable[..., Any], database_url: str) -> RoundTrip:
    return RoundTrip(tmp_path, pressdesk, database_url)


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "vcf"])
def test_export_then_import_gives_back_the_same_contacts(
    file_format: str, round_trip: RoundTrip
) -> None:
    exported = round_trip.run(SOURCE, file_format, ("contacts", "optout", "luc@ici.ca"))
    original, copy = _records(round_trip.url), _records(round_trip.copy_url)
    assert len(original) == 3
    assert copy == original
    ana = next(r for r in copy if r["email"] == "ana@laprensa.hn")
    assert ana["notes"] == "Prefiere WhatsApp.\nLlamar después de las 10:00"
    assert ana["social"] == {"twitter": "@analopez", "linkedin": "https://linkedin.com/in/ana"}
    assert ana["phones"] == ["+50422345678", "ext. 12"]
    assert ana["other_languages"] == ["en", "fr"]
    assert next(r for r in copy if r["email"] == "luc@ici.ca")["opted_out"] is True
    if file_format == "csv":
        assert exported.read_bytes().startswith(codecs.BOM_UTF8)
        assert "López Reyes" in exported.read_text(encoding="utf-8-sig")


def test_export_of_a_list_only(
    tmp_path: Path, write_file: WriteFile, pressdesk: Callable[..., Any], database_url: str
) -> None:
    source = write_file("source.csv", SOURCE.encode())
    pressdesk("--db", database_url, "contacts", "import", str(source))
    pressdesk("--db", database_url, "lists", "create", "Nordics")
    pressdesk("--db", database_url, "lists", "add", "Nordics", "sven@svd.se")
    target = tmp_path / "nordics.csv"
    result = pressdesk("--db", database_url, "contacts", "export", str(target), "--list", "Nordics")
    assert result.exit_code == 0
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2
    assert lines[1].startswith("sven@svd.se,")
    missing_folder = tmp_path / "nope" / "x.csv"
    assert pressdesk("--db", database_url, "contacts", "export", str(missing_folder)).exit_code == 2


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_exported_cells_never_run_as_spreadsheet_formulas(
    file_format: str, round_trip: RoundTrip
) -> None:
    hostile = 'Email,First name,Last name\r\nx@evil.example,"=HYPERLINK(""http://x"")",@SUM(A1)\r\n'
    exported = round_trip.run(hostile, file_format)
    if file_format == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(exported).active
        assert {cell.data_type for row in sheet.iter_rows() for cell in row if cell.value} == {"s"}
    else:
        text = exported.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK" in text
        assert "'@SUM(A1)" in text
    copy = _records(round_trip.copy_url)
    assert copy == _records(round_trip.url)
    assert copy[0]["first_name"] == '=HYPERLINK("http://x")'
