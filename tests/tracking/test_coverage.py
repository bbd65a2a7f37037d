"""The coverage log from the command line: pickups recorded, bad input refused."""

from __future__ import annotations

import json

import pytest
from tracking_fixtures import Newsroom

from pressdesk.database import Database
from pressdesk.tracking.coverage import list_coverage, remove_coverage


@pytest.fixture
def release(newsroom: Newsroom) -> int:
    newsroom.outlet("Le Nouvelliste", region="Caribbean", country="HT")
    return newsroom.release()


def test_coverage_is_logged_against_the_outlet_on_file(
    cli, release: int, database: Database
) -> None:
    result = cli(
        "coverage",
        "add",
        str(release),
        "--outlet",
        "  le   NOUVELLISTE ",
        "--url",
        "https://lenouvelliste.example/article/eau",
        "--title",
        "Les ministres s'accordent\nsur l'eau",
        "--date",
        "2026-03-03",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["outlet"] == "Le Nouvelliste"
    assert record["title"] == "Les ministres s'accordent sur l'eau"
    assert record["date"] == "2026-03-03"
    listed = json.loads(cli("coverage", "list", str(release), "--json").stdout)
    assert [item["url"] for item in listed] == ["https://lenouvelliste.example/article/eau"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--outlet", "Unknown Daily", "--url", "https://x.example/a"), "no outlet named"),
        (("--outlet", "Le Nouvelliste", "--url", "javascript:alert(1)"), "not a web address"),
        (("--outlet", "Le Nouvelliste", "--url", "https://x.example/a b"), "spaces"),
        (("--outlet", "Le Nouvelliste", "--url", "lenouvelliste.example"), "not a web address"),
        (
            ("--outlet", "Le Nouvelliste", "--url", "https://x.example/a", "--date", "3/3/26"),
            "not a date",
        ),
    ],
)
def test_bad_coverage_is_refused_with_exit_2_and_nothing_recorded(
    cli, release: int, database: Database, options: tuple[str, ...], message: str
) -> None:
    result = cli("coverage", "add", str(release), *options)
    assert result.exit_code == 2
    assert message in result.stderr
    with database.session() as session:
        assert list_coverage(session) == []


def test_unknown_release_and_duplicate_links_are_refused(cli, release: int) -> None:
    args = ("--outlet", "Le Nouvelliste", "--url", "https://x.example/a")
    assert cli("coverage", "add", "404", *args).exit_code == 2
    assert cli("coverage", "add", str(release), *args).exit_code == 0
    again = cli("coverage", "add", str(release), *args)
    assert again.exit_code == 2
    assert "already logged" in again.stderr


def test_coverage_can_be_removed(cli, release: int, database: Database) -> None:
    cli(
        "coverage",
        "add",
        str(release),
        "--outlet",
        "Le Nouvelliste",
        "--url",
        "https://x.example/a",
    )
    with database.session() as session:
        [item] = list_coverage(session, release_id=release)
        remove_coverage(session, item.id)
    with database.session() as session:
        assert list_coverage(session) == []
    assert cli("coverage", "remove", str(item.id)).exit_code == 2
