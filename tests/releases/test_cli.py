"""``pressdesk release ...`` end to end, through the real command line and database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk.database.models import SmtpProfile, SmtpSecurity

from .messages import bodies, parse

RELEASE = """\
---
headline: Ministros acuerdan un plan para la niñez migrante
subheadline: Doce países firman una declaración conjunta
dateline: Ciudad de Panamá
date: 2026-12-03
language: es
tags: [migración]
boilerplate: |
  La agencia trabaja en 190 países por *cada niño y niña*.
media_contact: |
  Ana Pérez, oficial de prensa
  aperez@agency.example
attachments: [informe.pdf]
---

Los ministros **acordaron** hoy un plan, dijo [la agencia](https://agency.example).
Un lector escribió <script>alert(1)</script> y {{ 7*7 }} en el texto.
"""


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    (tmp_path / "informe.pdf").write_bytes(b"%PDF-1.4 informe")
    path = tmp_path / "comunicado.md"
    path.write_text(RELEASE, encoding="utf-8")
    return path


@pytest.fixture
def cli(pressdesk, database_url, database, organization):
    def run(*args: str):
        return pressdesk("--db", database_url, "release", *args)

    return run


def imported(cli, release_file: Path) -> int:
    result = cli("import", str(release_file), "--json")
    assert result.exit_code == 0, result.stderr
    return int(json.loads(result.stdout)["id"])


def test_import_then_list(cli, release_file) -> None:
    release_id = imported(cli, release_file)
    listed = cli("list", "--json")
    assert listed.exit_code == 0
    assert json.loads(listed.stdout) == [
        {
            "id": release_id,
            "headline": "Ministros acuerdan un plan para la niñez migrante",
            "language": "es",
            "status": "draft",
            "date": "2026-12-03",
        }
    ]
    table = cli("list")
    assert "Ministros acuerdan" in table.stdout


def test_a_malformed_file_exits_2_with_the_line_and_stores_nothing(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\nheadline: ok\nauthor: me\n---\nBody\n", encoding="utf-8")
    result = cli("import", str(bad), "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "bad.md, line 3: unknown key 'author'" in result.stderr
    assert json.loads(cli("list", "--json").stdout) == []


def test_export_round_trips(cli, release_file, tmp_path: Path) -> None:
    release_id = imported(cli, release_file)
    target = tmp_path / "export" / "copia.md"
    target.parent.mkdir()
    assert cli("export", str(release_id), str(target)).exit_code == 0
    again = imported(cli, target)
    first = tmp_path / "first.md"
    second = tmp_path / "second.md"
    cli("export", str(release_id), str(first))
    cli("export", str(again), str(second))
    assert first.read_text(encoding="utf-8").replace("first-", "x-") == second.read_text(
        encoding="utf-8"
    ).replace("second-", "x-")


def test_render_writes_the_message_that_contact_receives(
    cli, release_file, add_contact, tmp_path: Path
) -> None:
    release_id = imported(cli, release_file)
    add_contact(
        "Zoe.Lefevre@Diario.example",
        first_name="Zoë <script>",
        last_name="Lefèvre",
        language="es",
        outlet="Diario del Istmo",
    )
    eml = tmp_path / "zoe.eml"
    result = cli("render", str(release_id), "--to", "zoe.lefevre@diario.example", "--eml", str(eml))
    assert result.exit_code == 0, result.stderr
    raw = eml.read_bytes()
    message = parse(raw)
    assert message["From"].addresses[0].addr_spec == "press@agency.example"  # the organization's
    assert message["To"].addresses[0].display_name == "Zoë <script> Lefèvre"
    assert message["Subject"] == "Ministros acuerdan un plan para la niñez migrante"
    assert message.get_content_type() == "multipart/mixed"
    text, html = bodies(message)
    assert "Estimado/a Zoë <script>:" in text
    assert "Estimado/a Zoë &lt;script&gt;:" in html
    assert "{{ 7*7 }}" in text
    assert "{{ 7*7 }}" in html
    assert "<script>alert" not in html
    assert "<strong>acordaron</strong>" in html
    assert "CIUDAD DE PANAMÁ, 3 de diciembre de 2026" in text
    assert "cada niño y niña" in html
    assert "Ana Pérez, oficial de prensa" in text
    assert 'style="' in html


def test_render_uses_the_default_smtp_profile_as_sender(
    cli, database, release_file, add_contact, tmp_path: Path
) -> None:
    release_id = imported(cli, release_file)
    add_contact("leo@radio.example", first_name="Léo")
    with database.session() as session:
        session.add(
            SmtpProfile(
                name="Office",
                host="smtp.agency.example",
                port=587,
                security=SmtpSecurity.STARTTLS,
                from_address="prensa@agency.example",
                from_name="Prensa",
                reply_to="respuestas@agency.example",
                is_default=True,
            )
        )
    eml = tmp_path / "leo.eml"
    assert (
        cli("render", str(release_id), "--to", "leo@radio.example", "--eml", str(eml)).exit_code
        == 0
    )
    message = parse(eml.read_bytes())
    assert str(message["From"]) == "Prensa <prensa@agency.example>"
    assert str(message["Reply-To"]) == "respuestas@agency.example"


def test_render_for_an_unknown_contact_or_release_exits_2(
    cli, release_file, tmp_path: Path
) -> None:
    release_id = imported(cli, release_file)
    eml = tmp_path / "x.eml"
    result = cli("render", str(release_id), "--to", "nobody@example.net", "--eml", str(eml))
    assert result.exit_code == 2
    assert "no contact with the address nobody@example.net" in result.stderr
    assert not eml.exists()
    assert cli("render", "999", "--to", "nobody@example.net", "--eml", str(eml)).exit_code == 2


def test_render_before_any_sender_is_set_up_uses_a_stand_in_and_says_so(
    pressdesk, database_url, database, add_release, add_contact, tmp_path: Path
) -> None:
    from pressdesk.settings import Organization, save_organization

    release_id = add_release()
    add_contact("leo@radio.example", first_name="Léo")
    with database.session() as session:
        save_organization(session, Organization(name="Office"))
    eml = tmp_path / "x.eml"
    result = pressdesk(
        "--db", database_url, "release", "render", str(release_id),
        "--to", "leo@radio.example", "--eml", str(eml),
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    message = parse(eml.read_bytes())
    assert message["From"].addresses[0].addr_spec == "press@example.org"
    assert message["To"].addresses[0].addr_spec == "leo@radio.example"
    assert "no sender is set up yet" in result.stderr
    assert "pressdesk smtp set" in result.stderr


# The PDF is written and read back in child processes: Qt's PDF objects then never outlive
# their test inside the test process.
READ_PDF_TEXT = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
app = QGuiApplication([])
document = QPdfDocument()
assert document.load(sys.argv[1]) == QPdfDocument.Error.None_, "not a readable PDF"
print(" ".join(document.getAllText(page).text() for page in range(document.pageCount())))
document.close()
"""


def test_pdf_holds_the_release(cli, release_file, tmp_path: Path, database_url) -> None:
    release_id = imported(cli, release_file)
    target = tmp_path / "archivo.pdf"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    written = subprocess.run(
        [sys.executable, "-m", "pressdesk", "--db", database_url, "release", "pdf",
         str(release_id), str(target)],
        env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert written.returncode == 0, written.stderr
    assert target.read_bytes().startswith(b"%PDF")
    read = subprocess.run(
        [sys.executable, "-c", READ_PDF_TEXT, str(target)],
        env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert read.returncode == 0, read.stderr
    text = read.stdout
    assert "Ministros acuerdan un plan para la niñez migrante" in " ".join(text.split())
    assert "Estimado" not in text  # an archive copy greets nobody
