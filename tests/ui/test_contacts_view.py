"""The Contacts section as an officer uses it: search, filters, sorting, card, bulk actions."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from pressdesk.contacts.records import create_contact
from pressdesk.database.models import Contact, ContactList, ListMember, Suppression

PEOPLE = [
    {
        "email": "jose@laprensa.hn",
        "first_name": "José",
        "last_name": "Núñez",
        "outlet": "La Prensa",
        "country": "HN",
        "language": "es",
        "beats": "health; water",
    },
    {
        "email": "lea@lecourrier.fr",
        "first_name": "Léa",
        "last_name": "Dubois",
        "outlet": "Le Courrier",
        "country": "France",
        "language": "fr",
        "beats": "climate",
    },
    {
        "email": "ana@listin.do",
        "first_name": "Ana",
        "last_name": "Peña",
        "outlet": "Listín Diario",
        "country": "DO",
        "language": "es",
        "beats": "health",
    },
    {
        "email": "erik@dn.se",
        "first_name": "Erik",
        "last_name": "Lund",
        "outlet": "Dagens Nyheter",
        "country": "SE",
        "language": "sv",
    },
]


@pytest.fixture
def contacts_page(make_window, database, qtbot):
    with database.session() as session:
        for person in PEOPLE:
            create_contact(session, person)
    window = make_window()
    page = window.show_section("contacts")
    qtbot.waitUntil(lambda: page.filters["region"].count() > 1, timeout=5000)
    return page


def _names(page) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def _wait_for_rows(qtbot, page, count: int) -> None:
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == count, timeout=5000)


def test_lists_every_contact_with_a_count(contacts_page) -> None:
    assert contacts_page.model.rowCount() == 4
    assert contacts_page.count_label.text() == "4 contacts"
    assert _names(contacts_page)[0] == "Léa Dubois"  # sorted by last name


def test_search_as_you_type_over_name_email_and_outlet(contacts_page, qtbot) -> None:
    qtbot.keyClicks(contacts_page.search, "prensa")
    _wait_for_rows(qtbot, contacts_page, 1)
    assert _names(contacts_page) == ["José Núñez"]
    contacts_page.search.clear()
    qtbot.keyClicks(contacts_page.search, "zzz-nobody")
    _wait_for_rows(qtbot, contacts_page, 0)
    assert contacts_page.no_match.isVisible()


def test_a_search_with_more_matches_than_a_page_shows_them_all(
    contacts_page, database, qtbot
) -> None:
    with database.session() as session:
        for number in range(230):
            create_contact(session, {"email": f"r{number}@radiosur.example", "outlet": "Radio Sur"})
    qtbot.keyClicks(contacts_page.search, "zzz-nobody")
    _wait_for_rows(qtbot, contacts_page, 0)
    contacts_page.search.clear()
    qtbot.keyClicks(contacts_page.search, "radio sur")
    _wait_for_rows(qtbot, contacts_page, 230)  # a first page, then the rest once counted
    assert contacts_page.table.isVisible()
    assert not contacts_page.no_match.isVisible()
    qtbot.waitUntil(lambda: contacts_page.count_label.text() == "230 contacts", timeout=5000)
    last = contacts_page.model.index(229, 1).data()
    assert last.endswith("@radiosur.example")


def test_filters_by_region_and_beat(contacts_page, qtbot) -> None:
    regions = [
        contacts_page.filters["region"].itemText(i)
        for i in range(contacts_page.filters["region"].count())
    ]
    assert {"Central America", "Caribbean", "Western Europe", "Northern Europe"} <= set(regions)
    region = contacts_page.filters["region"]
    region.setCurrentIndex(region.findData("Caribbean"))
    _wait_for_rows(qtbot, contacts_page, 1)
    assert _names(contacts_page) == ["Ana Peña"]
    region.setCurrentIndex(0)
    beat = contacts_page.filters["beat"]
    beat.setCurrentIndex(beat.findData("health"))
    _wait_for_rows(qtbot, contacts_page, 2)
    assert set(_names(contacts_page)) == {"Ana Peña", "José Núñez"}


def test_clicking_a_header_sorts_by_that_column(contacts_page, qtbot) -> None:
    header = contacts_page.table.horizontalHeader()
    header.sectionClicked.emit(1)  # Email
    header.setSortIndicator(1, header.sortIndicatorOrder())
    qtbot.waitUntil(lambda: contacts_page.model.query.sort == "email", timeout=5000)
    qtbot.waitUntil(lambda: not contacts_page.model.loading, timeout=5000)
    emails = [contacts_page.model.index(r, 1).data() for r in range(4)]
    assert emails in (sorted(emails), sorted(emails, reverse=True))


def test_selecting_a_contact_shows_the_card(contacts_page, qtbot) -> None:
    contacts_page.table.selectRow(0)
    qtbot.waitUntil(lambda: contacts_page.card.name.text() == "Léa Dubois", timeout=5000)
    card_text = " ".join(
        label.text() for label in contacts_page.card.findChildren(type(contacts_page.card.name))
    )
    assert "lea@lecourrier.fr" in card_text
    assert "Western Europe" in card_text
    assert "climate" in card_text


def test_selected_contacts_go_into_a_new_list(contacts_page, qtbot, database, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Spanish desk", True))
    contacts_page.table.selectRow(0)
    contacts_page.table.selectionModel().select(
        contacts_page.model.index(2, 0),
        contacts_page.table.selectionModel().SelectionFlag.Select
        | contacts_page.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(contacts_page.selected_rows()) == 2
    assert contacts_page.add_to_list_action.isEnabled()
    contacts_page.add_to_list_action.trigger()

    def members() -> int:
        with database.session() as session:
            list_id = session.scalar(
                select(ContactList.id).where(ContactList.name == "Spanish desk")
            )
            if list_id is None:
                return 0
            return len(
                session.scalars(
                    select(ListMember.contact_id).where(ListMember.list_id == list_id)
                ).all()
            )

    qtbot.waitUntil(lambda: members() == 2, timeout=5000)


def test_opting_out_selected_contacts_suppresses_them(
    contacts_page, qtbot, database, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    contacts_page.table.selectRow(1)
    chosen = contacts_page.selected_rows()[0]
    contacts_page.opt_out_action.trigger()

    def suppressed() -> set[str]:
        with database.session() as session:
            return set(session.scalars(select(Suppression.email_key)))

    qtbot.waitUntil(lambda: chosen.email in suppressed(), timeout=5000)
    qtbot.waitUntil(lambda: contacts_page.model.index(1, 8).data() == "Yes", timeout=5000)


def test_hidden_columns_are_remembered(contacts_page, make_window, qtbot) -> None:
    contacts_page._set_column_shown(4, False)  # Country
    assert contacts_page.table.isColumnHidden(4)
    window = make_window()
    again = window.show_section("contacts")
    assert again.table.isColumnHidden(4)
    assert not again.table.isColumnHidden(0)


def test_contacts_shown_from_a_list_can_all_be_taken_out_of_it(
    contacts_page, qtbot, database, monkeypatch
) -> None:
    """Any number of members, not only those the Lists section shows; the contacts stay."""
    with database.session() as session:
        everyone = session.scalar(select(func.count()).select_from(Contact))
        desk = ContactList(name="Caribbean desk")
        session.add(desk)
        session.flush()
        session.add_all(
            ListMember(list_id=desk.id, contact_id=contact_id)
            for contact_id in session.scalars(select(Contact.id).limit(3))
        )
    contacts_page.refresh()
    lists = contacts_page.filters["list_name"]
    qtbot.waitUntil(lambda: lists.findText("Caribbean desk") > 0, timeout=5000)
    lists.setCurrentIndex(lists.findText("Caribbean desk"))
    _wait_for_rows(qtbot, contacts_page, 3)
    offered: list[list[str]] = []

    def choose(_parent, _title, _label, names, current, _editable):
        offered.append([*names])
        return names[current], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    contacts_page.table.selectAll()
    assert contacts_page.remove_from_list_action.isEnabled()
    contacts_page.remove_from_list_action.trigger()
    _wait_for_rows(qtbot, contacts_page, 0)
    assert "Caribbean desk" in offered[0]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(ListMember)) == 0
        assert session.scalar(select(func.count()).select_from(Contact)) == everyone
