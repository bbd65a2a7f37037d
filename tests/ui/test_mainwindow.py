"""The desktop shell, driven as a person would: sections, search, dialogs, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from pressdesk.database.models import Contact, ContactList, ListMember, Outlet
from pressdesk.settings import load_organization
from pressdesk.ui.dialogs import PreferencesDialog


def _add_contacts(database) -> None:
    with database.session() as session:
        outlet = Outlet(
            name="La Prensa", name_key="la prensa", country="HN", region="Central America"
        )
        session.add(outlet)
        people = [
            ("José", "Núñez", "jose@laprensa.hn"),
            ("Léa", "Dubois", "lea@lecourrier.fr"),
            ("Ngozi", "Okafor", "ngozi@daily.ng"),
        ]
        contacts = []
        for first, last, email in people:
            contact = Contact(
                email=email,
                email_key=email,
                first_name=first,
                last_name=last,
                outlet=outlet if email.endswith(".hn") else None,
            )
            contacts.append(contact)
        session.add_all(contacts)
        caribbean = ContactList(name="Caribbean editors")
        session.add(caribbean)
        session.flush()
        session.add(ListMember(list_id=caribbean.id, contact_id=contacts[0].id))


def test_window_title_sections_and_status_bar(make_window, database) -> None:
    window = make_window()
    assert "PressDesk" in window.windowTitle()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Releases", "Contacts", "Outlets", "Lists", "Outbox", "Reports"]
    assert str(database.url.database) in window.database_text.text()
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Release", "Reports", "Help"]


def test_empty_database_shows_empty_states_that_explain(make_window) -> None:
    window = make_window()
    for key, words in (("contacts", "No contacts yet"), ("releases", "No releases yet")):
        page = window.show_section(key)
        assert page.stack.currentWidget() is page.empty
        assert page.empty.isVisible()
        texts = [label.text() for label in page.empty.findChildren(QLabel)]
        assert words in texts


def test_clicking_the_sidebar_switches_sections(make_window, qtbot) -> None:
    window = make_window()
    for row, key in enumerate(["releases", "contacts", "outlets", "lists", "outbox", "reports"]):
        rect = window.sidebar.visualItemRect(window.sidebar.item(row))
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.pages.currentWidget() is window.section_pages[key]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().spec.key == "contacts"


def test_outlets_are_listed_counted_and_searchable(make_window, database, qtbot) -> None:
    _add_contacts(database)
    with database.session() as session:
        session.add(Outlet(name="Le Courrier", name_key="le courrier", country="FR"))
    window = make_window()
    page = window.show_section("outlets")
    assert page.proxy.rowCount() == 2
    from pressdesk.ui.mainwindow import BADGE_ROLE

    assert window.sidebar.item(1).data(BADGE_ROLE) == "3"  # contacts
    assert window.sidebar.item(2).data(BADGE_ROLE) == "2"  # outlets
    assert window.sidebar.item(3).data(BADGE_ROLE) == "1"  # one list

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "prensa")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "La Prensa"
    page.table.selectRow(0)
    page.search.clear()
    qtbot.keyClicks(page.search, "nobody-matches-this")
    assert page.proxy.rowCount() == 0
    assert page.no_match.isVisible()


def test_selecting_a_release_shows_its_details(make_window, database) -> None:
    from pressdesk.database.models import Release, ReleaseVersion

    with database.session() as session:
        release = Release(language="es")
        release.versions.append(ReleaseVersion(language="es", headline="Vacunas para todos"))
        session.add(release)
    window = make_window()
    page = window.show_section("releases")
    page.table.selectRow(0)
    assert page.detail._title.text() == "Vacunas para todos"
    assert not page.detail._placeholder.isVisible()


def test_about_dialog_shows_the_version(make_window, qtbot) -> None:
    from pressdesk import __version__

    window = make_window()
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(100, read_and_close)
    window.about_action.trigger()
    assert seen
    assert __version__ in seen[0]


def test_preferences_save_the_organization_and_refuse_bad_input(qtbot, database) -> None:
    dialog = PreferencesDialog(None, database)
    qtbot.addWidget(dialog)
    dialog.org_name.setText("Oficina Regional\nde Prensa")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "one line" in dialog.error.text()
    with database.session() as session:
        assert load_organization(session).name == ""

    dialog.org_name.setText("Regional Press Office")
    dialog.org_email.setText("press@example.org")
    dialog.org_language.setCurrentIndex(dialog.org_language.findData("es"))
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    with database.session() as session:
        saved = load_organization(session)
    assert (saved.name, saved.email, saved.default_language) == (
        "Regional Press Office",
        "press@example.org",
        "es",
    )


def test_window_size_and_position_are_remembered(make_window) -> None:
    window = make_window()
    window.resize(790, 610)
    window.move(QPoint(33, 44))
    window.close()
    again = make_window()
    assert (again.width(), again.height()) == (790, 610)


def test_switching_the_interface_language_rebuilds_the_window(make_window, qtbot) -> None:
    """Sections, menus and columns read in Spanish, then French, with nothing left in English."""
    from pressdesk.ui.i18n import install_language, preferred_language

    window = make_window()
    window.show_section("contacts")
    try:
        dialog = PreferencesDialog(window, window.database)
        qtbot.addWidget(dialog)
        dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("es"))
        dialog.accept()
        assert dialog.language_changed
        assert preferred_language() == "es"
        spanish = window.reopen_in_language(preferred_language())
        qtbot.addWidget(spanish)
        assert not window.isVisible()
        assert spanish.current_page().spec.key == "contacts"
        assert _visible_words(spanish) == {
            "sections": [
                "Comunicados",
                "Contactos",
                "Medios",
                "Listas",
                "Bandeja de salida",
                "Informes",
            ],
            "menus": ["&Archivo", "&Edición", "&Ver", "&Comunicado", "&Informes", "Ay&uda"],
            "file menu": [
                "&Nuevo comunicado",
                "&Importar contactos…",
                "&Agregar contacto…",
                "&Preferencias…",
                "&Salir",
            ],
            "columns": ["Nombre", "Correo", "Medio", "País", "Región", "Idioma", "De baja"],
        }
        assert spanish.current_page().search.placeholderText() == "Buscar nombre, correo o medio"
        french = spanish.reopen_in_language("fr")
        qtbot.addWidget(french)
        assert _visible_words(french) == {
            "sections": [
                "Communiqués",
                "Contacts",
                "Médias",
                "Listes",
                "Boîte d’envoi",
                "Rapports",
            ],
            "menus": [
                "&Fichier",
                "&Édition",
                "&Affichage",
                "&Communiqué",
                "&Rapports",
                "A&ide",
            ],
            "file menu": [
                "&Nouveau communiqué",
                "&Importer des contacts…",
                "&Ajouter un contact…",
                "&Préférences…",
                "&Quitter",
            ],
            "columns": ["Nom", "Courriel", "Média", "Pays", "Région", "Langue", "Désabonné"],
        }
        assert french.current_page().search.placeholderText().startswith("Rechercher")
    finally:
        install_language("en")


def _visible_words(window) -> dict[str, list[str]]:
    """The sidebar, the menus, the File menu's commands and the visible contact columns."""
    file_menu = window.menuBar().actions()[0].menu()
    table = window.current_page().table
    header = table.horizontalHeader()
    return {
        "sections": [window.sidebar.item(i).text() for i in range(window.sidebar.count())],
        "menus": [action.text() for action in window.menuBar().actions()],
        "file menu": [action.text() for action in file_menu.actions() if not action.isSeparator()],
        "columns": [
            table.model().headerData(column, Qt.Orientation.Horizontal)
            for column in range(table.model().columnCount())
            if not header.isSectionHidden(column)
        ],
    }


def test_a_failing_section_says_so_without_blocking(make_window, qtbot) -> None:
    from pressdesk.errors import DatabaseUnavailable

    window = make_window()
    page = window.show_section("outlets")

    def broken(_database):
        raise DatabaseUnavailable("The database server went away.", hint="Try again later.")

    from dataclasses import replace

    page.spec = replace(page.spec, load=broken)
    page.refresh()
    qtbot.waitUntil(lambda: "went away" in window.message_label.text(), timeout=5000)
    box = window.findChild(QMessageBox, "error-message")
    assert box is not None
    assert box.isVisible()
    assert box.informativeText() == "Try again later."
    box.close()


def test_the_welcome_offers_the_sample_data_in_a_throwaway_copy(make_window, qtbot, database):
    from pressdesk.ui.welcome import should_welcome

    window = make_window()
    assert should_welcome(database)
    welcome = window.welcome()
    assert set(welcome.buttons) == {"organization", "sending", "import", "demo"}
    welcome.buttons["demo"].click()
    qtbot.waitUntil(lambda: getattr(window, "demo_window", None) is not None, timeout=10_000)
    demo = window.demo_window
    qtbot.addWidget(demo)
    qtbot.waitUntil(
        lambda: not any(page.is_loading for page in demo.section_pages.values()), timeout=5000
    )
    contacts = demo.show_section("contacts")
    assert contacts.model.rowCount() == 48
    assert demo.section_pages["releases"].model.rowCount() == 2
    assert should_welcome(database)  # the real database is still empty
    assert not welcome.isVisible()


def test_the_welcome_leads_to_the_organization_settings(make_window, qtbot, database) -> None:
    window = make_window()
    opened: list[str | None] = []
    window.open_preferences = lambda tab=None: opened.append(tab)
    window.welcome().buttons["organization"].click()
    assert opened == ["organization"]


def test_preferences_keep_the_boilerplate_and_press_contact(qtbot, database) -> None:
    from pressdesk.releases.service import list_boilerplates, list_media_contacts

    dialog = PreferencesDialog(None, database)
    qtbot.addWidget(dialog)
    dialog.show_tab("organization")
    assert dialog.tabs.currentWidget().objectName() == "tab-organization"
    dialog.org_name.setText("Oficina Regional")
    dialog.org_language.setCurrentIndex(dialog.org_language.findData("es"))
    dialog.boilerplate.setPlainText("Somos la oficina regional.")
    dialog.press_contact.setPlainText("Ana Ejemplo, +507 000 0000")
    dialog.accept()
    with database.session() as session:
        assert [b.body for b in list_boilerplates(session, "es")] == ["Somos la oficina regional."]
        assert [b.body for b in list_media_contacts(session, "es")] == [
            "Ana Ejemplo, +507 000 0000"
        ]
    again = PreferencesDialog(None, database)
    qtbot.addWidget(again)
    assert again.boilerplate.toPlainText() == "Somos la oficina regional."
