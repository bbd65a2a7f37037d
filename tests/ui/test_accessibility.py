"""Every control a person can reach in the main views has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QLineEdit):
            continue  # parts of a control that is named itself (a line edit's clear button)
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (scroll-area viewports, spin-box editors)
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"in {type(widget.parent()).__name__}"
            )
    return missing


def test_every_control_of_every_section_has_an_accessible_name(make_window, database) -> None:
    from pressdesk.contacts.records import create_contact

    with database.session() as session:
        create_contact(session, {"email": "ana@listin.do", "first_name": "Ana", "country": "DO"})
    window = make_window()
    problems = {}
    for key in window.section_pages:
        page = window.show_section(key)
        missing = _unnamed(page)
        if missing:
            problems[key] = missing
    assert problems == {}
    assert _unnamed(window.sidebar.parentWidget()) == []


def test_the_lists_and_outlets_pages_and_their_editors_are_named(
    make_window, database, qtbot
) -> None:
    from pressdesk.contacts.lists import add_members, create_list, create_segment
    from pressdesk.contacts.records import create_contact

    with database.session() as session:
        ana = create_contact(
            session, {"email": "ana@listin.do", "outlet": "Listín Diario", "country": "DO"}
        )
        add_members(session, create_list(session, "Caribbean"), [ana])
        create_segment(session, "Dominican press", {"country": "DO"})
    window = make_window()
    lists = window.show_section("lists")
    qtbot.waitUntil(lambda: lists.proxy.rowCount() == 2, timeout=5000)
    for kind, name in (("list", "Caribbean"), ("segment", "Dominican press")):
        assert lists.select_group(kind, name)
        qtbot.waitUntil(lambda: lists.card.members_model.rowCount() == 1, timeout=5000)
        assert _unnamed(lists) == []
    segment = lists.edit_segment(lists.card.group)
    qtbot.waitUntil(lambda: segment.region.count() > 1, timeout=5000)
    assert _unnamed(segment) == []
    segment.reject()
    assert _unnamed(lists.new_list()) == []

    outlets = window.show_section("outlets")
    qtbot.waitUntil(lambda: outlets.proxy.rowCount() == 1, timeout=5000)
    outlets.table.selectRow(0)
    qtbot.waitUntil(lambda: outlets.card.people.count() == 1, timeout=5000)
    assert _unnamed(outlets) == []
    editor = outlets.edit_outlet(outlets.card.row.entry)
    assert _unnamed(editor) == []


def test_the_release_editor_controls_are_named(app, qtbot, database) -> None:
    from pressdesk.ui.release_editor import ReleaseEditor

    editor = ReleaseEditor(database)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    editor.show()
    qtbot.waitUntil(lambda: not editor._loading, timeout=5000)
    assert _unnamed(editor) == []


def test_the_sending_views_are_named(make_window, qtbot, database, smtp_server) -> None:
    """The send dialog, its progress window, the Outbox with a selection, and Preferences →
    Sending."""
    from mail.mailtesting import FROM_ADDRESS, seed
    from pressdesk.database.models import SmtpSecurity
    from pressdesk.mail.planning import queue_send
    from pressdesk.mail.profiles import ProfileChanges, save_profile
    from pressdesk.ui.dialogs import PreferencesDialog

    seeded = seed(database, people=3)
    with database.session() as session:
        profile, _ = save_profile(
            session,
            None,
            ProfileChanges(
                host=smtp_server.host,
                port=smtp_server.port,
                security=SmtpSecurity.NONE,
                from_address=FROM_ADDRESS,
            ),
        )
        distribution_id = queue_send(session, seeded.release_id, profile, ["Press"]).distribution
    window = make_window()

    dialog = window.open_send_dialog(seeded.release_id)
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=5000)
    dialog.choose("Press")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    assert _unnamed(dialog) == []
    dialog.reject()

    page = window.show_section("outbox")
    assert page.select_distribution(distribution_id)
    assert _unnamed(page) == []

    progress = window.show_send_progress(distribution_id, "Ministers agree")
    qtbot.waitUntil(lambda: progress.result is not None, timeout=10000)
    assert _unnamed(progress) == []

    preferences = PreferencesDialog(window, database)
    qtbot.addWidget(preferences)
    preferences.show_tab("sending")
    preferences.show()
    qtbot.waitUntil(lambda: preferences.sending_tab.profile_list.count() == 1, timeout=5000)
    assert _unnamed(preferences.sending_tab) == []


def test_every_way_of_signing_in_in_preferences_sending_is_named(
    make_window, qtbot, database, memory_keyring
) -> None:
    """The sign-in choice, each provider's fields, the sign-in control of a saved profile, and
    the offer to sign in again after a send stopped on an expired sign-in."""
    from PySide6.QtWidgets import QMessageBox

    from pressdesk.database.models import SmtpAuth
    from pressdesk.mail.oauth_config import OAuthChanges, SignInRequired
    from pressdesk.mail.profiles import ProfileChanges, save_profile
    from pressdesk.ui.dialogs import PreferencesDialog
    from pressdesk.ui.sending import offer_to_sign_in_again

    with database.session() as session:
        save_profile(
            session,
            "Office 365",
            ProfileChanges(
                from_address="prensa@agencia.example.org",
                auth=SmtpAuth.OAUTH2,
                oauth=OAuthChanges(provider="microsoft", client_id="0a1b2c3d-0000-4000-8000"),
            ),
        )
    window = make_window()
    preferences = PreferencesDialog(window, database)
    qtbot.addWidget(preferences)
    preferences.show_tab("sending")
    preferences.show()
    tab = preferences.sending_tab
    qtbot.waitUntil(
        lambda: tab.sign_in_control is not None and tab.sign_in_control.sign_in_button.isVisible(),
        timeout=5000,
    )
    problems = {}
    for key in ("microsoft", "google", "custom", "password"):
        tab.auth.setCurrentIndex(tab.auth.findData(key))
        missing = _unnamed(tab)
        if missing:
            problems[key] = missing
    assert problems == {}

    offer = offer_to_sign_in_again(
        window,
        SignInRequired("The sign-in has expired.", profile_name="Office 365"),
        lambda _name: None,
    )
    assert _unnamed(offer) == []
    assert isinstance(offer, QMessageBox)
    offer.reject()


def test_every_control_of_the_reports_views_is_named(make_window, database, qtbot) -> None:
    from send_history import build_history

    build_history(database)
    window = make_window()
    page = window.show_section("reports")
    qtbot.waitUntil(lambda: page.report is not None and not page.is_loading, timeout=5000)
    problems = {}
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        inner = {0: page.release_tabs, 1: page.period_tabs}.get(tab)
        for view in range(inner.count()) if inner is not None else [None]:
            if inner is not None:
                inner.setCurrentIndex(view)
            missing = _unnamed(page)
            if missing:
                problems[(page.tabs.tabText(tab), view)] = missing
    assert problems == {}

    page.tabs.setCurrentIndex(0)
    page.log_pickup()
    qtbot.waitUntil(lambda: getattr(page, "coverage_dialog", None) is not None, timeout=5000)
    assert _unnamed(page.coverage_dialog) == []
    page.coverage_dialog.reject()
