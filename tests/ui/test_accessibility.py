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


def test_the_release_editor_controls_are_named(app, qtbot, database) -> None:
    from pressdesk.ui.release_editor import ReleaseEditor

    editor = ReleaseEditor(database)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    editor.show()
    qtbot.waitUntil(lambda: not editor._loading, timeout=5000)
    assert _unnamed(editor) == []


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
