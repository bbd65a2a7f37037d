"""Importing contacts from files as officers export them, through ``pressdesk contacts import``."""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from pressdesk.contacts import importing
from pressdesk.contacts.importing import import_contacts
from pressdesk.database import Database
from pressdesk.database.models import Contact, ImportRun, Outlet
from pressdesk.jobs import Progress, run_to_completion

WriteFile = Callable[[str, bytes], Path]

SPANISH_CSV = (
    "Correo electrónico;Nombre;Apellidos;Medio;País;Idioma;Temas;Teléfono\r\n"
    "ana.lopez@laprensa.hn;Ana;López;La Prensa;Honduras;español;salud, migración;2234-5678\r\n"
    "jose@excelsior.mx;José;Núñez;Excélsior;México;es;política;55 1234 5678\r\n"
)


def by_email(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["email"]: row for row in rows}


def test_utf8_bom_semicolons_spanish_headers_and_names(
    write_file: WriteFile, run_json: Callable[..., Any]
) -> None:
    path = write_file("contactos.csv", codecs.BOM_UTF8 + SPANISH_CSV.encode("utf-8"))
    report = run_json("contacts", "import", str(path))
    assert report == {"added": 2, "updated": 0, "rejected": []}
    rows = by_email(run_json("contacts", "list"))
    assert rows["ana.lopez@laprensa.hn"] == {
        "email": "ana.lopez@laprensa.hn",
        "first_name": "Ana",
        "last_name": "López",
        "outlet": "La Prensa",
        "country": "HN",
        "region": "Central America",
        "language": "es",
        "opted_out": False,
    }
    assert rows["jose@excelsior.mx"]["outlet"] == "Excélsior"
    assert rows["jose@excelsior.mx"]["region"] == "Central America"
    shown = run_json("contacts", "show", "ana.lopez@laprensa.hn")
    assert shown["beats"] == ["migración", "salud"]
    assert shown["phones"] == ["+50422345678"]


def test_utf16_tab_separated_as_excel_unicode_text(
    write_file: WriteFile, run_json: Callable[..., Any]
) -> None:
    text = (
        "E-mail\tPrénom\tNom\tPays\tLangue\r\nchloe@lemonde.fr\tChloé\tDubois\tFrance\tfrançais\r\n"
    )
    path = write_file("unicode.txt", text.encode("utf-16"))
    assert run_json("contacts", "import", str(path))["added"] == 1
    (row,) = run_json("contacts", "list")
    assert (row["first_name"], row["last_name"], row["country"], row["region"]) == (
        "Chloé",
        "Dubois",
        "FR",
        "Western Europe",
    )
    assert row["language"] == "fr"


def test_cp1252_file_from_an_old_excel(write_file: WriteFile, run_json: Callable[..., Any]) -> None:
    text = "Email,First name,Last name,Country\r\nsven@dn.se,Sven,Åström,Suède\r\n"
    path = write_file("old.csv", text.encode("cp1252"))
    assert run_json("contacts", "import", str(path))["added"] == 1
    (row,) = run_json("contacts", "list")
    assert row["last_name"] == "Åström"
    assert row["region"] == "Northern Europe"


def test_rows_are_numbered_as_in_the_spreadsheet_and_every_rejection_is_reported(
    write_file: WriteFile, run_json: Callable[..., Any]
) -> None:
    text = (
        "Email,First name,Last name,Notes,Country\r\n"  # row 1
        'ana@diario.hn,Ana,"López\r\nReyes","Line one\r\nLine two",HN\r\n'  # row 2 (two lines)
        "not-an-address,Bad,Row,,HN\r\n"  # row 3
        "\r\n"  # row 4 blank: skipped
        ",No,Email,,HN\r\n"  # row 5
        "luc@ici.ca,Luc,Tremblay,,Narnia\r\n"  # row 6
        "ANA@Diario.HN,,,,\r\n"  # row 7: same person, nothing to change
    )
    path = write_file("messy.csv", text.encode("utf-8"))
    report = run_json("contacts", "import", str(path))
    assert report["added"] == 1
    assert report["updated"] == 0
    assert [r["row"] for r in report["rejected"]] == [3, 5, 6]
    reasons = {r["row"]: r["reason"] for r in report["rejected"]}
    assert "not-an-address" in reasons[3]
    assert "no email" in reasons[5]
    assert "Narnia" in reasons[6]
    shown = run_json("contacts", "show", "ana@diario.hn")
    assert shown["last_name"] == "López Reyes"  # the line break never reaches a name
    assert shown["notes"] == "Line one\nLine two"  # but notes keep theirs


def test_duplicates_in_different_case_are_one_person_within_the_file_and_against_the_database(
    write_file: WriteFile, run_json: Callable[..., Any]
) -> None:
    first = write_file(
        "a.csv",
        b"Email,First name,Last name,Outlet\r\n"
        b"Maria@Example.org,Maria,Perez,Radio Uno\r\n"
        b"maria@example.org,,Perez Soto,\r\n",
    )
    assert run_json("contacts", "import", str(first)) == {"added": 1, "updated": 0, "rejected": []}
    second = write_file("b.csv", b"E-mail Address,Job Title\r\nMARIA@EXAMPLE.ORG,Editor\r\n")
    assert run_json("contacts", "import", str(second)) == {"added": 0, "updated": 1, "rejected": []}
    shown = run_json("contacts", "show", "maria@example.org")
    # An empty cell never erases: the name and outlet survive the second file.
    assert (shown["first_name"], shown["last_name"], shown["outlet"], shown["title"]) == (
        "Maria",
        "Perez Soto",
        "Radio Uno",
        "Editor",
    )
    assert len(run_json("contacts", "list")) == 1


def test_excel_workbook_with_numbers_blank_rows_and_a_title_column(
    write_file: WriteFile, run_json: Callable[..., Any]
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Correo", "Nombre", "Apellido", "Cargo", "Medio", "País", "Teléfono"])
    sheet.append(
        ["kwame@graphic.com.gh", "Kwame", "Mensah", "Editor", "Daily Graphic", "Ghana", 302123456]
    )
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["broken@", "X", "Y", None, None, None, None])
    sheet.append(["ana@clarin.com.ar", "Ana\nMaría", "Gómez", None, "Clarín", "Argentina", None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = write_file("medios.xlsx", buffer.getvalue())
    report = run_json("contacts", "import", str(path))
    assert report["added"] == 2
    assert [r["row"] for r in report["rejected"]] == [4]
    rows = by_email(run_json("contacts", "list"))
    assert rows["kwame@graphic.com.gh"]["region"] == "Western Africa"
    assert rows["ana@clarin.com.ar"]["first_name"] == "Ana María"
    assert rows["ana@clarin.com.ar"]["region"] == "South America"
    shown = run_json("contacts", "show", "kwame@graphic.com.gh")
    assert shown["phones"] == ["+233302123456"]
    assert shown["title"] == "Editor"


VCARD_3 = """BEGIN:VCARD\r
VERSION:3.0\r
N:Andersson;Sven;;;\r
FN:Sven Andersson\r
EMAIL;TYPE=INTERNET:sven@svd.se\r
ORG:Svenska Dagbladet\r
TITLE:Reporter\r
ADR;TYPE=WORK:;;;Stockholm;;;Sweden\r
TEL;TYPE=CELL:+46 70 123 45 67\r
CATEGORIES:climate,energy\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:No Address\r
END:VCARD\r
"""

VCARD_4 = """BEGIN:VCARD
VERSION:4.0
FN:Luc Tremblay
N:Tremblay;Luc;;;
EMAIL:luc@radio-canada.ca
ORG:Radio-Canada
LANG:fr
ADR:;;;Montréal;;;Canada
TEL;VALUE=uri:tel:+1-514-555-0100
NOTE:Prefers calls\\nafter 10:00
END:VCARD
"""


def test_vcard_3_and_4(write_file: WriteFile, run_json: Callable[..., Any]) -> None:
    report = run_json("contacts", "import", str(write_file("outlook.vcf", VCARD_3.encode())))
    assert report == {
        "added": 1,
        "updated": 0,
        "rejected": [{"row": 2, "reason": "no email address"}],
    }
    assert (
        run_json("contacts", "import", str(write_file("phone.vcf", VCARD_4.encode())))["added"] == 1
    )
    rows = by_email(run_json("contacts", "list"))
    assert rows["sven@svd.se"]["region"] == "Northern Europe"
    assert rows["luc@radio-canada.ca"]["language"] == "fr"
    sven = run_json("contacts", "show", "sven@svd.se")
    assert (sven["outlet"], sven["title"], sven["city"], sven["beats"]) == (
        "Svenska Dagbladet",
        "Reporter",
        "Stockholm",
        ["climate", "energy"],
    )
    assert sven["phones"] == ["+46701234567"]
    luc = run_json("contacts", "show", "luc@radio-canada.ca")
    assert luc["notes"] == "Prefers calls\nafter 10:00"
    assert luc["city"] == "Montréal"


def test_junk_or_a_file_without_an_email_column_is_refused_whole_with_no_change(
    write_file: WriteFile, cli: Callable[..., Any], run_json: Callable[..., Any]
) -> None:
    good = write_file("good.csv", b"Email\r\nkeep@example.org\r\n")
    run_json("contacts", "import", str(good))
    junk = write_file("photo.csv", bytes(range(256)) * 40)
    no_email = write_file("names.csv", b"Name,Outlet\r\nAna,Radio\r\n")
    fake_xlsx = write_file("fake.xlsx", b"PK\x03\x04 not really a workbook")
    for path in (junk, no_email, fake_xlsx, write_file("empty.csv", b"")):
        result = cli("contacts", "import", str(path), "--json")
        assert result.exit_code == 2, (path, result.stderr)
        assert result.stdout == ""
        assert result.stderr.startswith("pressdesk: ")
        assert result.stderr.count("\n") == 1
    assert "no email column" in cli("contacts", "import", str(no_email)).stderr
    missing = cli("contacts", "import", str(good.with_name("nope.csv")))
    assert missing.exit_code == 2
    assert [row["email"] for row in run_json("contacts", "list")] == ["keep@example.org"]


def test_map_option_and_list_option(
    write_file: WriteFile, cli: Callable[..., Any], run_json: Callable[..., Any]
) -> None:
    path = write_file(
        "custom.csv",
        "Dirección,Quién,Emisora\r\nana@radio.do,Ana,Radio Santo Domingo\r\n".encode(),
    )
    assert cli("contacts", "import", str(path)).exit_code == 2  # no email column known
    report = run_json(
        "contacts",
        "import",
        str(path),
        "--map",
        "Dirección=email",
        "--map",
        "Quién=first_name",
        "--map",
        "Emisora=outlet",
        "--list",
        "Caribe",
    )
    assert report["added"] == 1
    (row,) = run_json("contacts", "list", "--list", "Caribe")
    assert (row["first_name"], row["outlet"]) == ("Ana", "Radio Santo Domingo")
    assert run_json("lists", "list") == [{"name": "Caribe", "members": 1}]
    bad_field = cli("contacts", "import", str(path), "--map", "Dirección=address")
    assert bad_field.exit_code == 2
    assert "Unknown field 'address'" in bad_field.stderr


def test_the_import_job_reports_progress_and_records_the_run(
    database: Database, write_file: WriteFile
) -> None:
    lines = ["Email,Country"] + [f"person{n}@example.org,SE" for n in range(12_000)]
    path = write_file("big.csv", "\r\n".join(lines).encode())
    progress: list[Progress] = []
    with database.session() as session:
        job = import_contacts(session, path, actor="tester@desk")
        while True:
            try:
                progress.append(next(job))
            except StopIteration as done:
                report = done.value
                break
    assert report.added == 12_000
    assert progress[-1].done == progress[-1].total == 12_000
    assert any(p.total and 0 < p.done < p.total for p in progress)
    with database.session() as session:
        run = session.scalars(select(ImportRun)).one()
        assert (run.filename, run.added, run.rejected, run.created_by) == (
            "big.csv",
            12_000,
            0,
            "tester@desk",
        )
        assert session.scalar(select(func.count(Contact.id))) == 12_000


def test_an_import_that_fails_midway_changes_nothing(
    database: Database, write_file: WriteFile
) -> None:
    path = write_file("ok.csv", b"Email,Outlet\r\nana@example.org,Radio Uno\r\n")
    try:
        with database.session() as session:
            for _ in import_contacts(session, path):
                pass
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    with database.session() as session:
        assert session.scalar(select(func.count(Contact.id))) == 0
        assert session.scalar(select(func.count(Outlet.id))) == 0


def test_a_title_above_the_header_and_excels_separator_line(
    write_file: WriteFile, run_json: Callable[..., Any]
) -> None:
    text = (
        "sep=;\r\n"
        "Press contacts - Central America;;\r\n"  # row 1
        "Updated March 2026;;\r\n"  # row 2
        "Courriel;Prénom;Pays\r\n"  # row 3: the real header
        "marie@lanacion.cr;Marie;Costa Rica\r\n"  # row 4
        "broken;X;Costa Rica\r\n"  # row 5
    )
    report = run_json("contacts", "import", str(write_file("titled.csv", text.encode())))
    assert report["added"] == 1
    assert [r["row"] for r in report["rejected"]] == [5]
    (row,) = run_json("contacts", "list")
    assert (row["first_name"], row["region"]) == ("Marie", "Central America")


def test_checking_rows_in_a_second_process_gives_the_same_result(
    database: Database, write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "PARALLEL_FROM_ROWS", 10)
    lines = ["Email,First name,Country"]
    for n in range(400):
        address = f"p{n % 350}@example.org" if n % 7 else f"broken {n}"
        lines.append(f"{address.upper() if n % 5 == 0 else address},Name {n},Honduras")
    path = write_file("split.csv", "\r\n".join(lines).encode())

    def outcome(workers: int) -> tuple[Any, ...]:
        with database.session_factory() as session:
            try:
                report = run_to_completion(
                    importing.import_contacts(session, path, workers=workers)
                )
                names = session.execute(
                    select(Contact.email_key, Contact.first_name).order_by(Contact.email_key)
                ).all()
            finally:
                session.rollback()
        return report.added, report.rejected, report.merged_duplicates, names

    single, split = outcome(1), outcome(2)
    assert split == single
    assert single[0] == 300
    assert [r.row for r in single[1]][:2] == [2, 9]
