"""Two officers editing one contact: the second save is refused instead of undoing the first."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from pressdesk.contacts.privacy import person_record
from pressdesk.contacts.records import create_contact, update_contact
from pressdesk.database import Database
from pressdesk.database.models import Contact
from pressdesk.errors import ConflictError

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


def test_the_second_of_two_saves_from_the_same_version_is_refused(database, contact):
    with database.session() as session:
        update_contact(
            session, ADDRESS, {"city": "Bukavu"}, expected_version=contact, actor="ana@pc1"
        )
    with pytest.raises(ConflictError) as refused, database.session() as session:
        update_contact(session, ADDRESS, {"title": "Editor"}, expected_version=contact)
    assert "changed by someone else since you opened it (last saved by ana@pc1)" in str(
        refused.value
    )
    saved = stored(database)
    assert (saved.city, saved.title, saved.updated_by) == ("Bukavu", None, "ana@pc1")
    assert saved.version == contact + 1
    # Opened again, at the new version, the change goes through.
    with database.session() as session:
        update_contact(session, ADDRESS, {"title": "Editor"}, expected_version=contact + 1)
    assert stored(database).title == "Editor"


def test_two_saves_at_the_same_moment_cannot_both_win(database, contact):
    """The first transaction holds the row; the second waits, then finds the version moved."""
    first = database.session_factory()
    update_contact(first, ADDRESS, {"city": "Bukavu"}, expected_version=contact)
    outcome: list[BaseException | None] = []

    def second_officer() -> None:
        try:
            with database.session() as session:
                update_contact(session, ADDRESS, {"city": "Uvira"}, expected_version=contact)
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    racer = threading.Thread(target=second_officer)
    racer.start()
    time.sleep(0.5)
    assert racer.is_alive()  # waiting for the first one's lock
    first.commit()
    first.close()
    racer.join(timeout=20)
    assert isinstance(outcome[0], ConflictError)
    assert stored(database).city == "Bukavu"


def test_the_command_line_refuses_an_edit_from_an_old_version(pressdesk, database_url, contact):
    shown = pressdesk("--db", database_url, "contacts", "show", ADDRESS)
    assert f"Version            {contact}" in shown.stdout
    first = pressdesk(
        "--db", database_url, "contacts", "edit", ADDRESS, "city=Bukavu",
        "--expect-version", str(contact),
    )  # fmt: skip
    assert first.exit_code == 0, first.stderr
    assert f"now version {contact + 1}" in first.stdout
    second = pressdesk(
        "--db", database_url, "contacts", "edit", ADDRESS, "city=Uvira",
        "--expect-version", str(contact),
    )  # fmt: skip
    assert second.exit_code == 1
    assert "changed by someone else since you opened it" in second.stderr
    unknown = pressdesk("--db", database_url, "contacts", "edit", ADDRESS, "salary=3")
    assert unknown.exit_code == 2
    shown = pressdesk("--db", database_url, "contacts", "show", ADDRESS)
    assert "Bukavu" in shown.stdout
    assert "Updated by" in shown.stdout
