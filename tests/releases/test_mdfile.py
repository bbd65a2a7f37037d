"""Release files: Markdown with a YAML front matter, in and out, with errors by line."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pressdesk.errors import InvalidInput
from pressdesk.releases.mdfile import (
    export_release_file,
    import_release_file,
    parse_release_markdown,
)
from pressdesk.releases.service import list_releases, release_detail

RELEASE_FILE = """\
---
headline: Regional ministers agree on a plan for “children on the move”
subheadline: Twelve countries sign a joint declaration
dateline: Panama City
date: 2026-12-03
language: es
embargo: 2026-12-03T09:00:00-05:00
tags: [migration, children]
boilerplate: |
  The agency works in 190 countries for **every child**.
media_contact: |
  Ana Pérez, Regional Press Officer
  +507 301 7485 · aperez@agency.example
attachments: [files/report.pdf]
---

Ministers from twelve countries **agreed** today, said [the agency](https://agency.example).

> "This is a turning point," said the director.
"""


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "report.pdf").write_bytes(b"%PDF-1.4 report")
    path = tmp_path / "release.md"
    path.write_text(RELEASE_FILE, encoding="utf-8")
    return path


def parse(text: str, tmp_path: Path):
    return parse_release_markdown(text, source="r.md", base_dir=tmp_path, default_language="en")


def test_a_release_file_is_stored_with_every_field(database, organization, release_file) -> None:
    with database.session() as session:
        release_id = import_release_file(session, release_file)
    with database.session() as session:
        detail = release_detail(session, release_id)
    version = detail.version("es")
    assert version is not None
    assert version.headline == "Regional ministers agree on a plan for “children on the move”"
    assert version.subheadline == "Twelve countries sign a joint declaration"
    assert version.dateline == "Panama City"
    assert version.body_md.startswith("Ministers from twelve countries **agreed** today")
    assert version.boilerplate == "The agency works in 190 countries for **every child**."
    assert (
        version.media_contact
        == "Ana Pérez, Regional Press Officer\n+507 301 7485 · aperez@agency.example"
    )
    assert detail.fields.language == "es"
    assert detail.fields.release_date == date(2026, 12, 3)
    assert detail.fields.embargo_at == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    assert detail.fields.embargo_timezone == "UTC-05:00"
    assert detail.fields.tags == ("migration", "children")
    assert [(a.filename, a.size) for a in detail.attachments] == [("report.pdf", 15)]


def test_export_then_import_gives_the_same_release(
    database, organization, release_file, tmp_path: Path
) -> None:
    with database.session() as session:
        first = import_release_file(session, release_file)
    exported = tmp_path / "out" / "copy.md"
    exported.parent.mkdir()
    with database.session() as session:
        export_release_file(session, first, exported)
    assert (tmp_path / "out" / "copy-attachments" / "report.pdf").read_bytes() == b"%PDF-1.4 report"
    with database.session() as session:
        second = import_release_file(session, exported)
    with database.session() as session:
        a, b = release_detail(session, first), release_detail(session, second)
    assert a.versions == b.versions
    assert a.fields == b.fields
    assert [(x.filename, x.sha256) for x in a.attachments] == [
        (x.filename, x.sha256) for x in b.attachments
    ]
    exported_text = exported.read_text(encoding="utf-8")
    assert exported_text.startswith("---\nheadline: Regional ministers")
    assert "embargo: '2026-12-03T09:00:00-05:00'" in exported_text


def test_a_named_zone_survives_the_round_trip(tmp_path: Path) -> None:
    document = parse(
        "---\nheadline: X\nembargo: 2026-06-01T10:00:00+02:00\n"
        "embargo_timezone: Europe/Paris\n---\nBody\n",
        tmp_path,
    )
    assert document.fields.embargo_timezone == "Europe/Paris"
    assert document.fields.embargo_at == datetime(2026, 6, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "written", ["2026-12-03T09:00:00-05:00", "2026-12-03 09:00 -05:00", "'2026-12-03T14:00Z'"]
)
def test_the_embargo_can_be_written_in_the_usual_ways(written: str, tmp_path: Path) -> None:
    document = parse(f"---\nheadline: X\nembargo: {written}\n---\nBody\n", tmp_path)
    assert document.fields.embargo_at == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("headline: no front matter\n", r"r\.md, line 1: a release file starts with a '---' line"),
        (
            "---\nheadline: never closed\n\nBody\n",
            r"r\.md, line 1: the front matter .* never closed",
        ),
        (
            "---\nheadline: ok\ndate: 2026-12-03\ntags: [a, b\n---\nBody\n",
            r"r\.md, line \d: the front matter is not valid YAML",
        ),
        ("---\nheadline: ok\n\nauthor: me\n---\nBody\n", r"r\.md, line 4: unknown key 'author'"),
        (
            "---\nsubheadline: only\n---\nBody\n",
            r"r\.md, line 2: the front matter needs a 'headline'",
        ),
        (
            "---\nheadline: ok\nlanguage: english\n---\n",
            r"r\.md, line 3: 'english' is not a language code",
        ),
        ("---\nheadline: ok\ndate: 3 December\n---\n", r"r\.md, line 3: 'date' must be a date"),
        (
            "---\nheadline: ok\nembargo: 2026-12-03T09:00:00\n---\n",
            r"r\.md, line 3: 'embargo' needs its UTC offset",
        ),
        (
            "---\nheadline: ok\nembargo: tomorrow\n---\n",
            r"r\.md, line 3: 'embargo' must be a moment",
        ),
        ("---\nheadline: ok\ntags: {a: 1}\n---\n", r"r\.md, line 3: 'tags' must be a list"),
        (
            "---\nheadline: ok\nattachments: [missing.pdf]\n---\n",
            r"r\.md, line 3: the attachment 'missing\.pdf' is not a file",
        ),
        (
            "---\n- just\n- a list\n---\n",
            r"r\.md, line 2: the front matter must be 'key: value' lines",
        ),
        ("---\nheadline: [a, b]\n---\n", r"r\.md, line 2: 'headline' must be text"),
    ],
)
def test_malformed_files_name_the_line(text: str, expected: str, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=expected):
        parse(text, tmp_path)


def test_a_yaml_error_points_at_the_line_in_the_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse('---\nheadline: ok\ndateline: Panama\nsubheadline: "unclosed\n---\nBody\n', tmp_path)
    assert str(caught.value).startswith("r.md, line 4")


def test_nothing_is_stored_from_a_bad_file(database, organization, tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\nheadline: ok\nattachments: [gone.pdf]\n---\nBody\n", encoding="utf-8")
    with pytest.raises(InvalidInput), database.session() as session:
        import_release_file(session, bad)
    with database.session() as session:
        assert list_releases(session) == []


def test_a_file_that_is_not_utf8_is_refused_with_its_line(database, tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes("---\nheadline: ok\n---\nCafé\n".encode("latin-1"))
    with (
        pytest.raises(InvalidInput, match=r"latin1\.md, line 4: the file is not UTF-8"),
        database.session() as session,
    ):
        import_release_file(session, path)
