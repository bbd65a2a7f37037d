"""Creating and editing contacts and outlets one at a time, as the editor and scripts do."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pressdesk.contacts.outlets import outlet_entries
from pressdesk.contacts.privacy import person_record
from pressdesk.contacts.records import (
    create_contact,
    outlet_fields_from_text,
    save_outlet,
    update_contact,
)
from pressdesk.database import Database
from pressdesk.database.models import Contact, OutletType
from pressdesk.errors import InvalidInput, NotFound


def test_create_validates_and_derives_the_region(database: Database) -> None:
    with database.session() as session:
        create_contact(
            session,
            {
                "email": "Rosa@Listin.DO",
                "first_name": "Rosa\r\nBcc: everyone@example.org",
                "country": "República Dominicana",
                "language": "Spanish",
                "phone": "809 555 0101",
                "beats": "turismo; salud",
            },
        )
    with database.session() as session:
        record = person_record(session, "rosa@listin.do")
    assert record["email"] == "Rosa@listin.do"
    assert record["first_name"] == "Rosa Bcc: everyone@example.org"  # one line, no header break
    assert (record["country"], record["region"], record["language"]) == ("DO", "Caribbean", "es")
    assert record["phones"] == ["+18095550101"]
    assert record["beats"] == ["salud", "turismo"]


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"email": "nobody"}, "invalid email address"),
        ({"email": "a@b.org", "country": "Atlantis"}, "unknown country 'Atlantis'"),
        ({"email": "a@b.org", "language": "Elvish"}, "unknown language 'Elvish'"),
        ({"email": "a@b.org", "outlet_type": "carrier pigeon"}, "unknown outlet type"),
    ],
)
def test_create_refuses_bad_values_with_the_reason(
    database: Database, cells: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidInput, match=f"(?i){message}"), database.session() as session:
        create_contact(session, cells)
    with database.session() as session:
        assert session.scalars(select(Contact)).all() == []


def test_update_changes_given_fields_only_and_refuses_duplicates(database: Database) -> None:
    with database.session() as session:
        create_contact(session, {"email": "luc@ici.ca", "first_name": "Luc", "country": "CA"})
        with pytest.raises(InvalidInput, match="already exists"):
            create_contact(session, {"email": "LUC@ici.ca"})
    with database.session() as session:
        update_contact(session, "luc@ici.ca", {"country": "France", "title": "Correspondent"})
    with database.session() as session:
        record = person_record(session, "luc@ici.ca")
        with pytest.raises(NotFound):
            update_contact(session, "ghost@example.org", {"title": "x"})
    assert (record["first_name"], record["country"], record["region"], record["title"]) == (
        "Luc",
        "FR",
        "Western Europe",
        "Correspondent",
    )


def test_outlets_have_unique_names_types_and_regions(database: Database) -> None:
    with database.session() as session:
        save_outlet(
            session,
            outlet_fields_from_text(
                {"name": "Listín Diario", "outlet_type": "periódico", "country": "DO"}
            ),
        )
        with pytest.raises(InvalidInput, match="already exists"):
            save_outlet(session, outlet_fields_from_text({"name": "listín diario"}))
        create_contact(session, {"email": "rosa@listin.do", "outlet": "LISTÍN DIARIO"})
    with database.session() as session:
        save_outlet(
            session,
            outlet_fields_from_text({"name": "Listín Diario", "languages": "es, en"}),
            existing_name="Listín Diario",
        )
        (outlet,) = outlet_entries(session)
    assert (outlet.name, outlet.outlet_type, outlet.region, outlet.contacts) == (
        "Listín Diario",
        OutletType.NEWSPAPER.value,
        "Caribbean",
        1,
    )
