"""The Outlets section: readable table, filters, the outlet card and the outlet editor."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from pressdesk.contacts.records import create_contact, outlet_fields_from_text, save_outlet
from pressdesk.database.models import Contact, Outlet, OutletType
from pressdesk.ui.mainwindow import BADGE_ROLE
from tracking.tracking_fixtures import Newsroom

PEOPLE = [
    {"email": "jose@laprensa.hn", "first_name": "José", "last_name": "Núñez", "country": "HN",
     "outlet": "La Prensa", "outlet_type": "newspaper"},
    {"email": "ana@teleantillas.do", "first_name": "Ana", "last_name": "Peña", "country": "DO",
     "outlet": "Teleantillas", "outlet_type": "tv", "title": "Anchor"},
    {"email": "rosa@teleantillas.do", "first_name": "Rosa", "last_name": "Díaz", "country": "DO",
     "outlet": "Teleantillas", "outlet_type": "tv"},
    {"email": "luc@afp.fr", "first_name": "Luc", "last_name": "Martin", "country": "FR",
     "outlet": "Agence France-Presse — Bureau régional pour l'Amérique latine et les Caraïbes",
     "outlet_type": "agence"},
]  # fmt: skip
OUTLETS_COLUMN = {"name": 0, "type": 1, "country": 2, "region": 3, "contacts": 5, "releases": 6}


@pytest.fixture
def page(make_window, database, qtbot):
    with database.session() as session:
        for person in PEOPLE:
            create_contact(session, person)
    window = make_window()
    window.resize(1366, 768)
    outlets = window.show_section("outlets")
    qtbot.waitUntil(lambda: outlets.proxy.rowCount() == 3, timeout=5000)
    return outlets


def _column(page, key: str) -> list[str]:
    return [
        page.proxy.index(row, OUTLETS_COLUMN[key]).data() for row in range(page.proxy.rowCount())
    ]


def _select(page, qtbot, name: str) -> None:
    row = _column(page, "name").index(name)
    page.table.selectRow(row)
    qtbot.waitUntil(
        lambda: page.card.name.text() == name and page.card.people.count() > 0, timeout=5000
    )


def test_types_read_as_words_and_columns_fit_a_laptop_screen(page, qtbot) -> None:
    assert _column(page, "type") == ["News agency", "Newspaper", "TV"]
    assert _column(page, "country") == ["France", "Honduras", "Dominican Republic"]
    assert _column(page, "contacts") == ["1", "1", "2"]
    qtbot.waitUntil(lambda: page.table.isVisible(), timeout=5000)
    header = page.table.horizontalHeader()
    metrics = page.table.fontMetrics()
    width = page.table.viewport().width()
    # Every column but the name shows its whole text; the long agency name is elided, with the
    # whole name in its tooltip, and does not take half the table.
    for key, longest in (("type", "News agency"), ("country", "Dominican Republic")):
        assert header.sectionSize(OUTLETS_COLUMN[key]) > metrics.horizontalAdvance(longest)
    assert header.sectionSize(3) > metrics.horizontalAdvance("Caribbean")
    assert header.sectionSize(0) < width / 2
    assert header.sectionSize(0) < metrics.horizontalAdvance(PEOPLE[3]["outlet"])
    assert page.proxy.index(0, 0).data(0x03) == PEOPLE[3]["outlet"]  # the tooltip
    assert sum(header.sectionSize(i) for i in range(header.count())) <= width  # no scrolling


def test_filters_by_region_and_type_and_search(page, qtbot) -> None:
    page.region_filter.setCurrentIndex(page.region_filter.findData("Caribbean"))
    assert _column(page, "name") == ["Teleantillas"]
    page.region_filter.setCurrentIndex(0)
    page.type_filter.setCurrentIndex(page.type_filter.findData("newspaper"))
    assert _column(page, "name") == ["La Prensa"]
    page.type_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "franc")  # the country's name
    assert len(_column(page, "name")) == 1
    assert _column(page, "name")[0].startswith("Agence France-Presse")
    page.search.clear()
    qtbot.keyClicks(page.search, "nowhere")
    assert page.no_match.isVisible()


def test_the_card_shows_the_journalists_and_releases_received(page, qtbot, database) -> None:
    room = Newsroom(database)
    with database.session() as session:
        people = dict(session.execute(select(Contact.email, Contact.id)).tuples().all())
    first, second = room.release("Water plan"), room.release("Health week")
    ana, rosa = people["ana@teleantillas.do"], people["rosa@teleantillas.do"]
    room.send(first, {ana: "sent", rosa: "sent"})
    room.send(second, {rosa: "sent"})
    page.refresh()
    qtbot.waitUntil(lambda: "2" in _column(page, "releases"), timeout=5000)
    _select(page, qtbot, "Teleantillas")
    people_shown = [page.card.people.item(i).text() for i in range(page.card.people.count())]
    assert people_shown == [
        "Rosa Díaz\nrosa@teleantillas.do",
        "Ana Peña — Anchor\nana@teleantillas.do",
    ]
    assert page.card.people_title.text() == "Journalists (2)"
    card_text = " ".join(label.text() for label in page.card.findChildren(type(page.card.name)))
    assert "Received 2 releases" in card_text
    assert "Caribbean" in card_text


def test_the_editor_refuses_a_duplicate_name_beside_the_field(page, qtbot, database) -> None:
    _select(page, qtbot, "La Prensa")
    editor = page.edit_outlet(page.card.row.entry)
    editor.name.setText("teleantillas")
    editor.save()
    assert editor.problems["name"].isVisible()
    assert editor.problems["name"].text() == "Another outlet is already called 'teleantillas'."
    assert editor.isVisible()
    # Taken meanwhile by someone else: the save itself refuses it, beside the field too.
    with database.session() as session:
        save_outlet(session, outlet_fields_from_text({"name": "Radio América"}))
    editor.name.setText("radio américa")
    editor.save()
    qtbot.waitUntil(lambda: editor.problems["name"].isVisible(), timeout=5000)
    assert editor.problems["name"].text() == "Another outlet is already called 'radio américa'."
    assert editor.buttons.isEnabled()
    with database.session() as session:
        names = set(session.scalars(select(Outlet.name)))
    assert "La Prensa" in names
    assert "radio américa" not in names


def test_the_editor_checks_the_website_and_saves_a_valid_edit(page, qtbot, database) -> None:
    window = page.window()
    _select(page, qtbot, "La Prensa")
    editor = page.edit_outlet(page.card.row.entry)
    qtbot.waitUntil(lambda: editor.notes.toPlainText() == "", timeout=5000)
    assert editor.country.text() == "Honduras"
    editor.website.setText("la prensa dot hn")
    editor.languages.setText("es, klingon")
    editor.save()
    assert editor.problems["website"].isVisible()
    assert "not a web address" in editor.problems["website"].text()
    assert editor.problems["languages"].text() == "Unknown language 'klingon'."
    editor.website.setText("www.laprensa.hn")
    editor.languages.setText("es, en")
    editor.name.setText("La Prensa (Honduras)")
    editor.outlet_type.setCurrentIndex(editor.outlet_type.findData("online"))
    editor.notes.setPlainText("Desk closes at 18:00")
    editor.save()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=5000)
    qtbot.waitUntil(lambda: "La Prensa (Honduras)" in _column(page, "name"), timeout=5000)
    with database.session() as session:
        outlet = session.scalars(select(Outlet).where(Outlet.name == "La Prensa (Honduras)")).one()
        assert (outlet.outlet_type, outlet.website, outlet.languages, outlet.notes) == (
            OutletType.ONLINE,
            "https://www.laprensa.hn",
            ["es", "en"],
            "Desk closes at 18:00",
        )
    qtbot.waitUntil(lambda: page.card.name.text() == "La Prensa (Honduras)", timeout=5000)
    assert "Online" in page.card.kind.text()
    # A new outlet: the sidebar count follows.
    assert window.sidebar.item(2).data(BADGE_ROLE) == "3"
    editor = page.edit_outlet(None)
    editor.name.setText("Radio Mitre")
    editor.country.setText("Argentina")
    editor.save()
    qtbot.waitUntil(lambda: "Radio Mitre" in _column(page, "name"), timeout=5000)
    qtbot.waitUntil(lambda: window.sidebar.item(2).data(BADGE_ROLE) == "4", timeout=5000)
    assert page.count_label.text() == "4 outlets"


def test_an_outlet_changed_by_someone_else_meanwhile_is_not_overwritten(
    page, qtbot, database
) -> None:
    """Two officers on one database: the later save is refused and the typed values stay."""
    _select(page, qtbot, "La Prensa")
    editor = page.edit_outlet(page.card.row.entry)
    qtbot.waitUntil(lambda: editor.notes.toPlainText() == "", timeout=5000)
    with database.session() as session:  # a colleague saves the same outlet first
        save_outlet(
            session,
            outlet_fields_from_text({"name": "La Prensa", "website": "https://laprensa.hn"}),
            existing_name="La Prensa",
        )
    editor.website.setText("www.prensa.example")
    editor.save()
    qtbot.waitUntil(lambda: editor.error.isVisible(), timeout=5000)
    assert "changed by someone else" in editor.error.text()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.website.text() == "www.prensa.example"
    with database.session() as session:
        website = session.scalar(select(Outlet.website).where(Outlet.name == "La Prensa"))
    assert website == "https://laprensa.hn"
