"""Lists, segments and the filtered, paged contacts table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pressdesk.contacts.audience import audience_query
from pressdesk.contacts.query import (
    ContactFilter,
    contacts_page,
    count_contacts_matching,
    filter_choices,
)
from pressdesk.database import Database
from pressdesk.database.models import Contact, Segment

WriteFile = Callable[[str, bytes], Path]
PEOPLE = (
    "Email,First name,Last name,Outlet,Outlet type,Country,Language,Beats\r\n"
    "ana@laprensa.hn,Ana,López,La Prensa,newspaper,Honduras,es,salud\r\n"
    "jose@excelsior.mx,José,Núñez,Excélsior,periódico,México,es,política\r\n"
    "rosa@listin.do,Rosa,Peña,Listín Diario,newspaper,República Dominicana,es,salud; turismo\r\n"
    "luc@ici.ca,Luc,Tremblay,Radio-Canada,radio,Canada,fr,politique\r\n"
    "sven@svd.se,Sven,Andersson,SvD,newspaper,Sweden,sv,climate\r\n"
)


def _import(write_file: WriteFile, run_json: Callable[..., Any]) -> None:
    run_json("contacts", "import", str(write_file("people.csv", PEOPLE.encode())))


def test_lists_create_add_and_count(
    write_file: WriteFile, cli: Callable[..., Any], run_json: Callable[..., Any]
) -> None:
    _import(write_file, run_json)
    assert cli("lists", "create", "Ministers trip").exit_code == 0
    assert cli("lists", "create", "Ministers trip").exit_code == 2  # taken
    assert cli("lists", "add", "Ministers trip", "ANA@laprensa.hn", "luc@ici.ca").exit_code == 0
    assert run_json("lists", "list") == [{"name": "Ministers trip", "members": 2}]
    # One unknown address: exit 2 and nothing added, not even the known one.
    result = cli("lists", "add", "Ministers trip", "sven@svd.se", "ghost@example.org")
    assert result.exit_code == 2
    assert "ghost@example.org" in result.stderr
    assert run_json("lists", "list") == [{"name": "Ministers trip", "members": 2}]
    assert cli("lists", "add", "No such list", "sven@svd.se").exit_code == 2
    members = {r["email"] for r in run_json("contacts", "list", "--list", "Ministers trip")}
    assert members == {"ana@laprensa.hn", "luc@ici.ca"}


def test_contacts_list_filters_by_region_country_language_and_beat(
    write_file: WriteFile, cli: Callable[..., Any], run_json: Callable[..., Any]
) -> None:
    _import(write_file, run_json)

    def emails(*args: str) -> set[str]:
        return {row["email"] for row in run_json("contacts", "list", *args)}

    assert emails("--region", "Central America") == {"ana@laprensa.hn", "jose@excelsior.mx"}
    assert emails("--region", "Caribbean") == {"rosa@listin.do"}
    assert emails("--country", "mx") == {"jose@excelsior.mx"}
    assert emails("--country", "Suède") == {"sven@svd.se"}
    assert emails("--language", "fr") == {"luc@ici.ca"}
    assert emails("--beat", "SALUD") == {"ana@laprensa.hn", "rosa@listin.do"}
    assert emails("--search", "núñez") == {"jose@excelsior.mx"}
    assert cli("contacts", "list", "--country", "Atlantis").exit_code == 2
    assert cli("contacts", "list", "--list", "nope", "--json").exit_code == 2


def test_segments_are_validated_stored_normalized_and_evaluated_when_used(
    database: Database,
    write_file: WriteFile,
    cli: Callable[..., Any],
    run_json: Callable[..., Any],
) -> None:
    _import(write_file, run_json)
    ok = cli(
        "segments", "create", "Spanish press", "--language", "Spanish", "--outlet-type", "newspaper"
    )
    assert ok.exit_code == 0, ok.stderr
    assert cli("segments", "create", "Empty").exit_code == 2
    assert cli("segments", "create", "Bad", "--country", "Atlantis").exit_code == 2
    assert cli("segments", "create", "Spanish press", "--region", "Caribbean").exit_code == 2
    with database.session() as session:
        segment = session.scalars(select(Segment)).one()
        assert segment.filters == {"language": "es", "outlet_type": "newspaper"}
        ids = session.scalars(audience_query(session, segment_names=["Spanish press"])).all()
        chosen = session.scalars(select(Contact.email).where(Contact.id.in_(ids))).all()
    assert set(chosen) == {"ana@laprensa.hn", "jose@excelsior.mx", "rosa@listin.do"}
    # Evaluated when used: a contact imported later is in the segment.
    late = write_file(
        "late.csv", b"Email,Language,Outlet,Outlet type\r\nmar@elpais.es,es,El Pais,newspaper\r\n"
    )
    run_json("contacts", "import", str(late))
    with database.session() as session:
        assert (
            len(session.scalars(audience_query(session, segment_names=["Spanish press"])).all())
            == 4
        )


def test_the_table_query_pages_sorts_and_counts_in_sql(
    database: Database, write_file: WriteFile, run_json: Callable[..., Any]
) -> None:
    _import(write_file, run_json)
    with database.session() as session:
        assert count_contacts_matching(session) == 5
        assert count_contacts_matching(session, ContactFilter(region="central america")) == 2
        first = contacts_page(session, offset=0, limit=2, sort="email")
        second = contacts_page(session, offset=2, limit=2, sort="email")
        assert [r.email for r in first + second] == [
            "ana@laprensa.hn",
            "jose@excelsior.mx",
            "luc@ici.ca",
            "rosa@listin.do",
        ]
        newest = contacts_page(session, limit=1, sort="country", descending=True)
        assert newest[0].country == "SE"
        choices = filter_choices(session)
        assert choices.regions == [
            "Caribbean",
            "Central America",
            "Northern America",
            "Northern Europe",
        ]
        assert (choices.countries, choices.languages) == (
            ["CA", "DO", "HN", "MX", "SE"],
            ["es", "fr", "sv"],
        )
        assert choices.beats == ["climate", "politique", "política", "salud", "turismo"]
        found = contacts_page(session, ContactFilter(text="radio-can"))
        assert [(r.email, r.outlet, r.region) for r in found] == [
            ("luc@ici.ca", "Radio-Canada", "Northern America")
        ]


def test_search_ignores_case_and_accents_and_takes_wildcards_literally(
    database: Database, write_file: WriteFile, run_json: Callable[..., Any]
) -> None:
    _import(write_file, run_json)
    with database.session() as session:

        def found(text: str) -> set[str]:
            return {row.email for row in contacts_page(session, ContactFilter(text=text))}

        assert found("LOPEZ") == {"ana@laprensa.hn"}
        assert found("nunez") == {"jose@excelsior.mx"}
        assert found("listin") == {"rosa@listin.do"}  # the outlet "Listín Diario"
        assert found("jose@") == {"jose@excelsior.mx"}
        assert found("%") == set()
        assert found("_") == set()
        # Edited through the ORM (as the desktop editor does), the search text follows.
        contact = session.scalars(select(Contact).where(Contact.email_key == "luc@ici.ca")).one()
        contact.last_name = "Bélanger"
        session.flush()
        assert found("belanger") == {"luc@ici.ca"}
