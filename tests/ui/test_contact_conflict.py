"""The contact editor when another officer saved the same contact meanwhile."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pressdesk.contacts.privacy import person_record
from pressdesk.contacts.records import create_contact, update_contact
from pressdesk.database import Database
from pressdesk.database.models import Contact
from pressdesk.ui.contact_editor import ContactEditor

ADDRESS = "mireille.ngata@radio-kivu.example"


@pytest.fixture
def contact(database: Database) -> int:
    with database.session() as session:
        create_contact(session, {"email": ADDRESS, "first_name": "Mireille", "city": "Goma"})
    with database.session() as session:
        version: int = person_record(session, ADDRESS)["version"]
    return version


def stored(database: Database) -> Contact:
    with database.session() as session:
        return session.scalars(select(Contact)).one()


def test_the_contact_editor_says_so_and_keeps_what_the_officer_typed(qtbot, app, database, contact):
    mine = ContactEditor(database, ADDRESS)
    theirs = ContactEditor(database, ADDRESS)
    for editor in (mine, theirs):
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda e=editor: e.inputs["city"].text() == "Goma", timeout=5000)
    theirs.inputs["city"].setText("Bukavu")
    with qtbot.waitSignal(theirs.saved, timeout=5000):
        theirs.save()

    mine.inputs["title"].setText("Chief editor")
    mine.inputs["city"].setText("Kinshasa")
    mine.save()
    qtbot.waitUntil(mine.conflict.isVisible, timeout=5000)
    assert "changed by someone else since you opened it" in mine.conflict_text.text()
    assert mine.isVisible()  # still open, with the officer's values
    notes_bottom = mine.notes.mapTo(mine, mine.notes.rect().bottomLeft()).y()
    assert notes_bottom < mine.conflict.geometry().top()  # the dialog grew, nothing covered
    assert mine.inputs["title"].text() == "Chief editor"
    assert mine.inputs["city"].text() == "Kinshasa"
    assert mine.buttons.isEnabled()
    assert (stored(database).city, stored(database).title) == ("Bukavu", None)

    # Loading theirs shows what is saved now; saving again from there is accepted.
    mine.load_theirs.click()
    qtbot.waitUntil(lambda: mine.inputs["city"].text() == "Bukavu", timeout=5000)
    assert not mine.conflict.isVisible()
    assert mine.inputs["title"].text() == ""
    mine.inputs["title"].setText("Chief editor")
    with qtbot.waitSignal(mine.saved, timeout=5000):
        mine.save()
    assert (stored(database).city, stored(database).title) == ("Bukavu", "Chief editor")


def test_the_officer_may_choose_to_save_over_the_other_version(qtbot, app, database, contact):
    mine = ContactEditor(database, ADDRESS)
    qtbot.addWidget(mine)
    mine.show()
    qtbot.waitUntil(lambda: mine.inputs["city"].text() == "Goma", timeout=5000)
    with database.session() as session:
        update_contact(session, ADDRESS, {"city": "Bukavu"}, expected_version=contact)
    mine.inputs["city"].setText("Kinshasa")
    mine.save()
    qtbot.waitUntil(mine.conflict.isVisible, timeout=5000)
    with qtbot.waitSignal(mine.saved, timeout=5000):
        mine.keep_mine.click()
    assert stored(database).city == "Kinshasa"
