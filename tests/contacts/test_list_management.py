"""Renaming and deleting lists, removing members, editing segments: contacts are never lost."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pressdesk.contacts.lists import (
    add_members,
    audience_groups,
    create_list,
    create_segment,
    delete_list,
    delete_segment,
    remove_members,
    rename_list,
    update_segment,
)
from pressdesk.contacts.privacy import opt_out
from pressdesk.contacts.query import ContactFilter, contacts_page, count_contacts_matching
from pressdesk.contacts.records import create_contact
from pressdesk.database import Database
from pressdesk.database.models import Contact, ContactList, ListMember, Suppression
from pressdesk.errors import InvalidInput, NotFound

PEOPLE = [
    {"email": "ana@listin.do", "first_name": "Ana", "country": "DO", "language": "es"},
    {"email": "jose@laprensa.hn", "first_name": "José", "country": "HN", "language": "es"},
    {"email": "lea@lecourrier.fr", "first_name": "Léa", "country": "FR", "language": "fr"},
]


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {person["email"]: create_contact(session, person) for person in PEOPLE}


def _group(database: Database, name: str):
    with database.session() as session:
        return next(group for group in audience_groups(session) if group.name == name)


def test_rename_keeps_members_and_refuses_a_taken_name(database, ids) -> None:
    with database.session() as session:
        trip = create_list(session, "Ministers trip")
        create_list(session, "Caribbean")
        add_members(session, trip, list(ids.values()))
    with database.session() as session, pytest.raises(InvalidInput, match="already a list"):
        rename_list(session, trip, "  Caribbean ")
    with database.session() as session:
        assert rename_list(session, trip, "Ministers\ntrip 2026") == "Ministers trip 2026"
    assert _group(database, "Ministers trip 2026").members == 3
    with database.session() as session, pytest.raises(InvalidInput, match="needs a name"):
        rename_list(session, trip, "   ")


def test_deleting_a_list_keeps_its_contacts_and_their_opt_outs(database, ids) -> None:
    with database.session() as session:
        trip = create_list(session, "Ministers trip")
        add_members(session, trip, list(ids.values()))
        opt_out(session, "ana@listin.do", reason="asked by phone")
    with database.session() as session:
        assert delete_list(session, trip) == 3
    with database.session() as session:
        assert session.scalar(select(func.count(Contact.id))) == 3
        assert session.scalar(select(func.count(ListMember.contact_id))) == 0
        assert session.scalar(select(func.count(ContactList.id))) == 0
        assert session.scalars(select(Suppression.email_key)).all() == ["ana@listin.do"]
    with database.session() as session, pytest.raises(NotFound):
        delete_list(session, trip)


def test_removing_members_leaves_the_others_and_the_contacts(database, ids) -> None:
    with database.session() as session:
        trip = create_list(session, "Ministers trip")
        add_members(session, trip, list(ids.values()))
    with database.session() as session:
        removed = remove_members(
            session, trip, [ids["ana@listin.do"], ids["ana@listin.do"], ids["lea@lecourrier.fr"]]
        )
    assert removed == 2
    with database.session() as session:
        members = contacts_page(session, ContactFilter(list_name="Ministers trip"))
        assert [row.email for row in members] == ["jose@laprensa.hn"]
        assert session.scalar(select(func.count(Contact.id))) == 3


def test_editing_a_segment_changes_what_it_selects(database, ids) -> None:
    with database.session() as session:
        spanish = create_segment(session, "Spanish desk", {"language": "Spanish"})
        create_segment(session, "French desk", {"language": "fr"})
    assert _group(database, "Spanish desk").members == 2
    with database.session() as session:
        update_segment(
            session, spanish, "Caribbean Spanish", {"language": "es", "region": "Caribbean"}
        )
    group = _group(database, "Caribbean Spanish")
    assert (group.kind, group.members) == ("segment", 1)
    assert group.filters == {"language": "es", "region": "Caribbean"}
    with database.session() as session:
        found = contacts_page(session, ContactFilter(segment_name="Caribbean Spanish"))
        assert [row.email for row in found] == ["ana@listin.do"]
    with database.session() as session, pytest.raises(InvalidInput, match="already a segment"):
        update_segment(session, spanish, "French desk", {"language": "es"})
    with database.session() as session, pytest.raises(InvalidInput, match="at least one filter"):
        update_segment(session, spanish, "Caribbean Spanish", {"language": " "})
    with database.session() as session, pytest.raises(InvalidInput, match="Unknown country"):
        update_segment(session, spanish, "Caribbean Spanish", {"country": "Atlantis"})
    assert _group(database, "Caribbean Spanish").filters == {
        "language": "es",
        "region": "Caribbean",
    }
    with database.session() as session:
        delete_segment(session, spanish)
    with database.session() as session:
        assert [group.name for group in audience_groups(session)] == ["French desk"]
        assert session.scalar(select(func.count(Contact.id))) == 3
        with pytest.raises(NotFound, match="no segment"):
            count_contacts_matching(session, ContactFilter(segment_name="Caribbean Spanish"))


def test_groups_list_lists_and_segments_together_with_live_counts(database, ids) -> None:
    with database.session() as session:
        trip = create_list(session, "Ministers trip")
        add_members(session, trip, [ids["lea@lecourrier.fr"]])
        create_segment(session, "Spanish desk", {"language": "es"})
    with database.session() as session:
        groups = audience_groups(session)
    assert [(g.kind, g.name, g.members) for g in groups] == [
        ("list", "Ministers trip", 1),
        ("segment", "Spanish desk", 2),
    ]
    with database.session() as session:
        create_contact(session, {"email": "rosa@elpais.es", "language": "es"})
    assert _group(database, "Spanish desk").members == 3  # evaluated when shown


def test_a_segments_free_text_is_matched_literally(database, ids) -> None:
    with database.session() as session:
        create_contact(session, {"email": "pct@example.org", "notes": "Reads 100% of releases"})
        create_segment(session, "Percent", {"text": "100%"})
        create_segment(session, "Underscore", {"text": "_"})
        create_segment(session, "Names", {"text": "jos"})
    counts = {group.name: group.members for group in _groups(database)}
    assert counts == {"Percent": 1, "Underscore": 0, "Names": 1}


def _groups(database: Database):
    with database.session() as session:
        return audience_groups(session)
