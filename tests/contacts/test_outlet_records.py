"""Outlets as the desktop directory edits them: unique names, checked web addresses."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pressdesk.contacts.outlets import outlet_detail, outlet_entries
from pressdesk.contacts.records import create_contact, outlet_fields_from_text, save_outlet
from pressdesk.contacts.values import InvalidValue, normalize_website
from pressdesk.database import Database
from pressdesk.database.models import Outlet
from pressdesk.errors import ConflictError, InvalidInput


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("elpais.com", "https://elpais.com"),
        (" https://www.LeMonde.fr/international ", "https://www.lemonde.fr/international"),
        ("http://radio.example.org:8080/live", "http://radio.example.org:8080/live"),
    ],
)
def test_web_addresses_are_normalized(typed: str, stored: str) -> None:
    assert normalize_website(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "not a website",
        "javascript:alert(1)",
        "ftp://files.example.org",
        "https://",
        "http://a..b",
        "https://user:secret@example.org",
        "mailto:desk@example.org",
        "https://example.org\n/x",
    ],
)
def test_anything_else_is_not_a_web_address(typed: str) -> None:
    with pytest.raises(InvalidValue, match="not a web address"):
        normalize_website(typed)


def test_an_edit_saves_every_field_and_clears_emptied_ones(database: Database) -> None:
    with database.session() as session:
        first = save_outlet(
            session,
            outlet_fields_from_text(
                {
                    "name": "Listín Diario",
                    "outlet_type": "periódico",
                    "country": "República Dominicana",
                    "languages": "es, en",
                    "website": "listindiario.com",
                    "notes": "Morning desk\ncloses at 18:00",
                }
            ),
        )
        create_contact(session, {"email": "ana@listin.do", "outlet": "listín diario"})
    with database.session() as session:
        detail = outlet_detail(session, first)
    entry = detail.entry
    assert (entry.outlet_type, entry.country, entry.region) == ("newspaper", "DO", "Caribbean")
    assert (entry.languages, entry.website, entry.contacts) == (
        ("es", "en"),
        "https://listindiario.com",
        1,
    )
    assert detail.notes == "Morning desk\ncloses at 18:00"
    assert [person.email for person in detail.people] == ["ana@listin.do"]
    with database.session() as session:
        save_outlet(
            session,
            outlet_fields_from_text({"name": "Listín Diario (DO)", "outlet_type": "online"}),
            existing_name="Listín Diario",
            clear_missing=True,
        )
    with database.session() as session:
        [entry] = outlet_entries(session)
        assert (entry.name, entry.outlet_type, entry.website, entry.languages, entry.contacts) == (
            "Listín Diario (DO)",
            "online",
            None,
            (),
            1,
        )


def test_a_duplicate_name_is_refused_and_nothing_changes(database: Database) -> None:
    with database.session() as session:
        save_outlet(session, outlet_fields_from_text({"name": "El País"}))
        save_outlet(session, outlet_fields_from_text({"name": "Le Monde"}))
    with database.session() as session, pytest.raises(InvalidInput, match="already exists"):
        save_outlet(
            session,
            outlet_fields_from_text({"name": "el país"}),
            existing_name="Le Monde",
            clear_missing=True,
        )
    with database.session() as session:
        assert [entry.name for entry in outlet_entries(session)] == ["El País", "Le Monde"]
    with pytest.raises(InvalidInput, match="not a web address"):
        outlet_fields_from_text({"name": "Le Monde", "website": "le monde"})


def test_an_outlet_saved_since_it_was_read_is_refused_and_left_as_it_is(database) -> None:
    with database.session() as session:
        save_outlet(session, outlet_fields_from_text({"name": "Radio Sur", "country": "HN"}))
    with database.session() as session:
        opened = outlet_entries(session)[0]
    with database.session() as session:  # someone else saves first: the version moves on
        save_outlet(
            session,
            outlet_fields_from_text({"name": "Radio Sur", "notes": "Theirs"}),
            existing_name="Radio Sur",
        )
    with pytest.raises(ConflictError, match="changed by someone else"), database.session() as s:
        save_outlet(
            s,
            outlet_fields_from_text({"name": "Radio Sur", "notes": "Mine"}),
            existing_name="Radio Sur",
            clear_missing=True,
            expected_version=opened.version,
        )
    with database.session() as session:
        current = outlet_entries(session)[0]
        notes = session.scalar(select(Outlet.notes))
    assert (notes, current.country, current.version) == ("Theirs", "HN", opened.version + 1)
