"""The Lists & Segments section as an officer uses it: create, count, edit, delete, show members."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from pressdesk.contacts.lists import add_members, create_list, create_segment
from pressdesk.contacts.privacy import opt_out
from pressdesk.contacts.records import create_contact
from pressdesk.database.models import Contact, ContactList, ListMember, Suppression
from pressdesk.ui import lists_view
from pressdesk.ui.mainwindow import BADGE_ROLE

PEOPLE = [
    {"email": "jose@laprensa.hn", "first_name": "José", "last_name": "Núñez", "country": "HN",
     "language": "es", "outlet": "La Prensa", "outlet_type": "newspaper", "beats": "health"},
    {"email": "lea@lecourrier.fr", "first_name": "Léa", "last_name": "Dubois", "country": "FR",
     "language": "fr", "outlet": "Le Courrier", "beats": "climate"},
    {"email": "ana@listin.do", "first_name": "Ana", "last_name": "Peña", "country": "DO",
     "language": "es", "outlet": "Teleantillas", "outlet_type": "tv", "beats": "health"},
    {"email": "erik@dn.se", "first_name": "Erik", "last_name": "Lund", "country": "SE",
     "language": "sv", "outlet": "Dagens Nyheter"},
]  # fmt: skip


@pytest.fixture
def ids(database) -> dict[str, int]:
    with database.session() as session:
        return {person["email"]: create_contact(session, person) for person in PEOPLE}


@pytest.fixture
def window(make_window, ids):
    return make_window()


def _rows(page) -> dict[str, tuple[str, int]]:
    """Name -> (kind, count) as the table shows them."""
    return {
        page.proxy.index(row, 0).data(): (
            page.proxy.index(row, 1).data(),
            int(page.proxy.index(row, 2).data().replace(",", "")),
        )
        for row in range(page.proxy.rowCount())
    }


def _wait_loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.is_loading, timeout=5000)


def _members_shown(page) -> list[str]:
    model = page.card.members_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _wait_count(qtbot, editor, expected: int | None) -> None:
    """Wait for the editor's live count of matching contacts to settle on ``expected``."""
    qtbot.waitUntil(
        lambda: not editor.count_pending and editor.last_count == expected and not editor.counting,
        timeout=5000,
    )


def test_empty_state_offers_both_next_steps(make_window) -> None:
    window = make_window()
    page = window.show_section("lists")
    assert page.stack.currentWidget() is page.empty
    texts = {button.text() for button in page.empty.findChildren(type(page.card.show_button))}
    assert {"New list…", "New segment…"} <= texts


def test_creating_a_list_and_a_segment_shows_their_live_counts(
    window, qtbot, database, ids
) -> None:
    page = window.show_section("lists")
    dialog = page.new_list()
    dialog.name.setText("Ministers trip")
    dialog.accept_name()
    qtbot.waitUntil(lambda: "Ministers trip" in _rows(page), timeout=5000)
    assert _rows(page)["Ministers trip"] == ("List", 0)
    # The new list is selected by the load that follows its creation, which may be the next one.
    qtbot.waitUntil(
        lambda: page.card.group is not None and page.card.group.name == "Ministers trip",
        timeout=5000,
    )

    with database.session() as session:
        trip = session.scalar(select(ContactList.id).where(ContactList.name == "Ministers trip"))
        add_members(session, trip, [ids["lea@lecourrier.fr"], ids["erik@dn.se"]])
    editor = page.edit_segment(None)
    editor.name.setText("Spanish desk")
    editor.language.setText("Spanish")
    _wait_count(qtbot, editor, 2)
    assert editor.count.text() == "2 contacts match right now."
    editor.save()
    qtbot.waitUntil(lambda: "Spanish desk" in _rows(page), timeout=5000)
    _wait_loaded(qtbot, page)
    assert _rows(page) == {"Ministers trip": ("List", 2), "Spanish desk": ("Segment", 2)}
    assert page.count_label.text() == "1 list · 1 segment"
    assert window.sidebar.item(3).data(BADGE_ROLE) == "2"

    # Segments are counted when shown: a new Spanish-speaking contact is in it at once.
    with database.session() as session:
        create_contact(session, {"email": "mar@elpais.es", "language": "es"})
    window.show_section("contacts")
    window.show_section("lists")
    qtbot.waitUntil(lambda: _rows(page).get("Spanish desk") == ("Segment", 3), timeout=5000)


def test_a_segment_count_follows_its_filters(window, qtbot, database) -> None:
    page = window.show_section("lists")
    editor = page.edit_segment(None)
    qtbot.waitUntil(lambda: editor.region.findData("Caribbean") > 0, timeout=5000)
    _wait_count(qtbot, editor, None)
    assert editor.count.text() == "Choose at least one filter."
    editor.beat.setEditText("health")
    _wait_count(qtbot, editor, 2)
    editor.region.setCurrentIndex(editor.region.findData("Caribbean"))
    _wait_count(qtbot, editor, 1)
    editor.outlet_type.setCurrentIndex(editor.outlet_type.findData("newspaper"))
    _wait_count(qtbot, editor, 0)
    assert editor.count.text() == "No contact matches these filters right now."
    editor.outlet_type.setCurrentIndex(0)
    editor.country.setText("Atlantis")
    _wait_count(qtbot, editor, None)
    assert editor.problems["country"].isVisible()
    assert editor.problems["country"].text() == "Unknown country 'Atlantis'."
    editor.name.setText("Caribbean health")
    editor.save()  # refused: the country is wrong, nothing is saved
    editor.country.setText("dominican republic")
    _wait_count(qtbot, editor, 1)
    assert not editor.problems["country"].isVisible()
    editor.save()
    qtbot.waitUntil(lambda: "Caribbean health" in _rows(page), timeout=5000)
    _wait_loaded(qtbot, page)
    group = page.card.group
    assert group is not None
    assert group.filters == {
        "beat": "health",
        "region": "Caribbean",
        "country": "DO",
    }
    qtbot.waitUntil(lambda: _members_shown(page) == ["Ana Peña"], timeout=5000)

    # Editing it again: a wider filter, a taken name refused beside the field.
    with database.session() as session:
        create_segment(session, "French desk", {"language": "fr"})
    page.refresh()
    _wait_loaded(qtbot, page)
    page.select_group("segment", "Caribbean health")
    editor = page.edit_segment(page.card.group)
    assert editor.region.currentData() == "Caribbean"  # at once, before the menu is filled
    _wait_count(qtbot, editor, 1)
    editor.country.clear()
    editor.region.setCurrentIndex(0)
    _wait_count(qtbot, editor, 2)
    editor.name.setText("French desk")
    editor.save()
    qtbot.waitUntil(lambda: editor.problems["name"].isVisible(), timeout=5000)
    assert editor.problems["name"].text() == "There is already a segment called 'French desk'."
    editor.name.setText("Health desk")
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=5000)
    qtbot.waitUntil(lambda: _rows(page).get("Health desk") == ("Segment", 2), timeout=5000)
    assert "Caribbean health" not in _rows(page)


def test_delete_asks_with_the_count_and_keeps_the_contacts(
    window, qtbot, database, ids, monkeypatch
) -> None:
    with database.session() as session:
        trip = create_list(session, "Ministers trip")
        add_members(session, trip, list(ids.values()))
        opt_out(session, "erik@dn.se")
    page = window.show_section("lists")
    page.refresh()
    qtbot.waitUntil(lambda: "Ministers trip" in _rows(page), timeout=5000)
    page.select_group("list", "Ministers trip")
    questions: list[str] = []
    answer = {"yes": False}

    def fake_confirm(_parent, _title, text, _action) -> bool:
        questions.append(text)
        return answer["yes"]

    monkeypatch.setattr(lists_view, "confirm", fake_confirm)
    page.card.delete_button.click()  # cancelled: nothing happens
    assert questions == [
        "Delete the list 'Ministers trip'? Its 4 contacts stay in Contacts, with their "
        "opt-outs and history; only the list goes."
    ]
    with database.session() as session:
        assert session.scalar(select(func.count(ContactList.id))) == 1
    answer["yes"] = True
    page.card.delete_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty, timeout=5000)
    with database.session() as session:
        assert session.scalar(select(func.count(ContactList.id))) == 0
        assert session.scalar(select(func.count(Contact.id))) == 4
        assert session.scalars(select(Suppression.email_key)).all() == ["erik@dn.se"]


def test_show_in_contacts_filters_the_contacts_table(window, qtbot, database, ids) -> None:
    with database.session() as session:
        trip = create_list(session, "Ministers trip")
        add_members(session, trip, [ids["lea@lecourrier.fr"], ids["ana@listin.do"]])
        create_segment(session, "Health beat", {"beat": "health"})
    page = window.show_section("lists")
    page.refresh()
    qtbot.waitUntil(lambda: len(_rows(page)) == 2, timeout=5000)
    page.select_group("list", "Ministers trip")
    page.card.show_button.click()
    contacts = window.section_pages["contacts"]
    assert window.current_page() is contacts
    qtbot.waitUntil(
        lambda: not contacts.model.loading and contacts.model.rowCount() == 2, timeout=5000
    )
    emails = {contacts.model.index(row, 1).data() for row in range(2)}
    assert emails == {"lea@lecourrier.fr", "ana@listin.do"}
    assert contacts.filters["list_name"].currentData() == "Ministers trip"

    window.show_section("lists")
    page.select_group("segment", "Health beat")
    page.card.show_button.click()
    qtbot.waitUntil(
        lambda: (
            not contacts.model.loading
            and {contacts.model.index(row, 1).data() for row in range(contacts.model.rowCount())}
            == {"jose@laprensa.hn", "ana@listin.do"}
        ),
        timeout=5000,
    )
    assert contacts.filters["list_name"].currentIndex() == 0
    assert contacts.segment_chip.isVisible()
    assert "Health beat" in contacts.segment_chip.text()
    contacts.segment_chip.click()
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 4, timeout=5000)


def test_remove_from_list_takes_out_only_the_selected_members(window, qtbot, database, ids) -> None:
    with database.session() as session:
        trip = create_list(session, "Ministers trip")
        add_members(session, trip, list(ids.values()))
        create_segment(session, "Swedish", {"language": "sv"})
    page = window.show_section("lists")
    page.refresh()
    qtbot.waitUntil(lambda: len(_rows(page)) == 2, timeout=5000)
    page.select_group("segment", "Swedish")
    qtbot.waitUntil(lambda: _members_shown(page) == ["Erik Lund"], timeout=5000)
    assert not page.card.remove_button.isVisible()  # a segment has no chosen members
    page.select_group("list", "Ministers trip")
    qtbot.waitUntil(lambda: len(_members_shown(page)) == 4, timeout=5000)
    assert not page.card.remove_button.isEnabled()
    members = page.card.members
    members.selectRow(0)  # Léa Dubois (sorted by last name)
    members.selectionModel().select(
        page.card.members_model.index(2, 0),
        members.selectionModel().SelectionFlag.Select | members.selectionModel().SelectionFlag.Rows,
    )
    assert page.card.remove_button.isEnabled()
    page.card.remove_button.click()
    qtbot.waitUntil(lambda: _rows(page).get("Ministers trip") == ("List", 2), timeout=5000)
    qtbot.waitUntil(lambda: _members_shown(page) == ["Erik Lund", "Ana Peña"], timeout=5000)
    with database.session() as session:
        assert session.scalar(select(func.count(Contact.id))) == 4
        assert session.scalar(select(func.count(ListMember.contact_id))) == 2


def test_rename_refuses_a_taken_name_beside_the_field(window, qtbot, database) -> None:
    with database.session() as session:
        create_list(session, "Ministers trip")
        create_list(session, "Caribbean")
    page = window.show_section("lists")
    page.refresh()
    qtbot.waitUntil(lambda: len(_rows(page)) == 2, timeout=5000)
    page.select_group("list", "Ministers trip")
    dialog = page.rename(page.card.group)
    dialog.name.setText("Caribbean")
    dialog.accept_name()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=5000)
    assert dialog.problem.text() == "There is already a list called 'Caribbean'."
    assert dialog.isVisible()
    dialog.name.setText("Ministers trip 2026")
    dialog.accept_name()
    qtbot.waitUntil(lambda: "Ministers trip 2026" in _rows(page), timeout=5000)
    assert set(_rows(page)) == {"Caribbean", "Ministers trip 2026"}
    qtbot.waitUntil(
        lambda: page.card.group is not None and page.card.group.name == "Ministers trip 2026",
        timeout=5000,
    )


def test_keyboard_f2_renames_and_delete_asks(window, qtbot, database, monkeypatch) -> None:
    with database.session() as session:
        create_list(session, "Ministers trip")
    page = window.show_section("lists")
    page.refresh()
    qtbot.waitUntil(lambda: "Ministers trip" in _rows(page), timeout=5000)
    page.select_group("list", "Ministers trip")
    page.table.setFocus()
    asked: list[str] = []
    monkeypatch.setattr(lists_view, "confirm", lambda *args: asked.append(args[2]) or False)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert asked == ["Delete the empty list 'Ministers trip'?"]
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "open", lambda dialog: opened.append(dialog))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert len(opened) == 1
    assert opened[0].name.text() == "Ministers trip"


def test_renaming_the_list_contacts_are_filtered_by_shows_everyone_without_an_error(
    window, qtbot, database, ids
) -> None:
    with database.session() as session:
        trip = create_list(session, "Ministers trip")
        add_members(session, trip, [ids["erik@dn.se"]])
    page = window.show_section("lists")
    page.refresh()
    qtbot.waitUntil(lambda: "Ministers trip" in _rows(page), timeout=5000)
    page.select_group("list", "Ministers trip")
    page.card.show_button.click()
    contacts = window.section_pages["contacts"]
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5000)
    failures: list[BaseException] = []
    contacts.failed.connect(failures.append)
    window.show_section("lists")
    dialog = page.rename(page.card.group)
    dialog.name.setText("Trip 2026")
    dialog.accept_name()
    qtbot.waitUntil(lambda: "Trip 2026" in _rows(page), timeout=5000)
    qtbot.waitUntil(
        lambda: not contacts.model.loading and contacts.model.rowCount() == 4, timeout=5000
    )
    assert contacts.filters["list_name"].currentIndex() == 0
    assert failures == []
