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


@pytest.mark.parametrize("file_format", ["csv", "xlsx", "vcf"])
def test_export_then_import_gives_back_the_same_contacts(
    file_format: str,
    tmp_path: Path,
    write_file: WriteFile,
    pressdesk: Callable[..., Any],
    database_url: str,
) -> None:
    source = write_file("source.csv", SOURCE.encode())
    assert pressdesk("--db", database_url, "contacts", "import", str(source)).exit_code == 0
    assert pressdesk("--db", database_url, "contacts", "optout", "luc@ici.ca").exit_code == 0
    exported = tmp_path / f"export.{file_format}"
    result = pressdesk("--db", database_url, "contacts", "export", str(exported))
    assert result.exit_code == 0, result.stderr

    empty_url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    result = pressdesk("--db", empty_url, "contacts", "import", str(exported), "--json")
    assert result.exit_code == 0, result.stderr
    original, copy = _records(database_url), _records(empty_url)
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
    file_format: str,
    tmp_path: Path,
    write_file: WriteFile,
    pressdesk: Callable[..., Any],
    database_url: str,
) -> None:
    hostile = 'Email,First name,Last name\r\nx@evil.example,"=HYPERLINK(""http://x"")",@SUM(A1)\r\n'
    pressdesk(
        "--db", database_url, "contacts", "import", str(write_file("h.csv", hostile.encode()))
    )
    exported = tmp_path / f"out.{file_format}"
    assert pressdesk("--db", database_url, "contacts", "export", str(exported)).exit_code == 0
    if file_format == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(exported).active
        assert {cell.data_type for row in sheet.iter_rows() for cell in row if cell.value} == {"s"}
    else:
        text = exported.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK" in text
        assert "'@SUM(A1)" in text
    empty_url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    assert pressdesk("--db", empty_url, "contacts", "import", str(exported)).exit_code == 0
    assert _records(empty_url) == _records(database_url)
    assert _records(empty_url)[0]["first_name"] == '=HYPERLINK("http://x")'
