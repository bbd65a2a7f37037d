"""The import wizard and the contact editor, driven as an officer would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from pressdesk.contacts.records import create_contact
from pressdesk.database.models import Contact, ContactList, ListMember

MESSY_CSV = (
    "Nombre;Apellido;Correo electrónico;Medio;País\r\n"
    "José;Núñez;JOSE@laprensa.hn;La Prensa;Honduras\r\n"
    "Léa;Dubois;lea@lecourrier.fr;Le Courrier;Francia\r\n"
    "Bad;Row;not-an-address;Nowhere;Chile\r\n"
).encode("utf-8-sig")


def _count(database, model) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_wizard_checks_first_then_imports_everything_at_once(
    make_window, qtbot, database, tmp_path: Path
) -> None:
    source = tmp_path / "prensa centroamérica.csv"
    source.write_bytes(MESSY_CSV)
    window = make_window()
    wizard = window.import_contacts(source)
    qtbot.addWidget(wizard)
    wizard.file_page.list_name.setEditText("Centroamérica")
    assert wizard.file_page.isComplete()

    wizard.next()  # the mapping
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=5000)
    assert page.chosen_fields()[:3] == ["first_name", "last_name", "email"]
    assert page.table.item(1, 0).text() == "José"
    assert page.isComplete()

    wizard.next()  # the check: nothing changes yet
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.report is not None, timeout=10_000)
    assert (check.report.added, len(check.report.rejected)) == (2, 1)
    assert "Row 4" in check.rejected.item(0).text()
    assert _count(database, Contact) == 0

    wizard.next()  # the import
    done = wizard.import_page
    qtbot.waitUntil(lambda: done.report is not None, timeout=10_000)
    assert "2 new contacts" in done.summary.text()
    assert _count(database, Contact) == 2
    with database.session() as session:
        listed = session.scalar(select(ContactList).where(ContactList.name == "Centroamérica"))
        assert listed is not None
        members = session.scalars(select(ListMember).where(ListMember.list_id == listed.id))
        assert len(members.all()) == 2
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_a_file_without_an_email_column_can_be_mapped_by_hand(
    make_window, qtbot, database, tmp_path: Path
) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("Who,Where to write\nAna,ana@listin.do\n", encoding="utf-8")
    wizard = make_window().import_contacts(source)
    qtbot.addWidget(wizard)
    wizard.next()
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=5000)
    assert not page.isComplete()
    assert "email" in page.message.text()
    page.combos[1].setCurrentIndex(page.combos[1].findData("email"))
    page.combos[0].setCurrentIndex(page.combos[0].findData("first_name"))
    assert page.isComplete()
    assert page.column_map() == ["Who=first_name", "Where to write=email"]
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.report is not None, timeout=10_000)
    with database.session() as session:
        assert session.scalar(select(Contact.first_name)) == "Ana"


def test_the_contact_editor_explains_bad_values_beside_the_field(make_window, qtbot, database):
    window = make_window()
    editor = window.add_contact()
    qtbot.addWidget(editor)
    editor.inputs["email"].setText("ana at listin")
    editor.inputs["country"].setText("Narnia")
    editor.save()
    assert editor.problems["email"].isVisibleTo(editor)
    assert editor.problems["country"].isVisibleTo(editor)
    assert _count(database, Contact) == 0

    editor.inputs["email"].setText("ana@listin.do")
    editor.inputs["country"].setText("República Dominicana")
    editor.inputs["first_name"].setText("Ana")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    with database.session() as session:
        saved = session.scalar(select(Contact))
        assert (saved.country, saved.region) == ("DO", "Caribbean")


def test_editing_a_contact_changes_the_stored_record(qtbot, database, app) -> None:
    from pressdesk.ui.contact_editor import ContactEditor

    with database.session() as session:
        create_contact(session, {"email": "erik@dn.se", "first_name": "Erik", "country": "SE"})
    editor = ContactEditor(database, "erik@dn.se")
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.inputs["first_name"].text() == "Erik", timeout=5000)
    assert editor.inputs["email"].isReadOnly()
    editor.inputs["city"].setText("Göteborg")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    with database.session() as session:
        assert session.scalar(select(Contact.city)) == "Göteborg"
