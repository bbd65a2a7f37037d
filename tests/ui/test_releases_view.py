"""The Releases section: the selected release as a journalist reads it, and its next steps."""

from __future__ import annotations

from pressdesk.database.models import Release, ReleaseVersion


def _add_release(database, headline: str, body: str = "Ministers **agreed** today.") -> int:
    with database.session() as session:
        release = Release(language="en")
        release.versions.append(
            ReleaseVersion(language="en", headline=headline, dateline="Panama City", body_md=body)
        )
        session.add(release)
        session.flush()
        return release.id


def _select_first(page, qtbot) -> None:
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.preview_subject.text().startswith("Subject:"), timeout=5000)


def test_the_selected_release_is_previewed_as_a_journalist_receives_it(
    make_window, database, qtbot
) -> None:
    _add_release(database, "Regional ministers agree on water")
    window = make_window()
    page = window.show_section("releases")
    assert not page.preview.isVisible()  # nothing selected yet
    _select_first(page, qtbot)
    assert page.preview.isVisible()
    assert page.preview_subject.text() == "Subject: Regional ministers agree on water"
    shown = page.preview.toPlainText()
    assert "Dear Alex," in shown  # the sample journalist
    assert "Ministers agreed today." in shown
    assert "PANAMA CITY" in shown


def test_markup_in_a_headline_is_shown_as_typed(make_window, database, qtbot) -> None:
    _add_release(database, "<b>Bold</b> {{ 7*7 }} claims")
    window = make_window()
    page = window.show_section("releases")
    _select_first(page, qtbot)
    assert page.detail._title.text() == "<b>Bold</b> {{ 7*7 }} claims"
    assert page.preview_subject.text() == "Subject: <b>Bold</b> {{ 7*7 }} claims"
    assert "<b>Bold</b> {{ 7*7 }} claims" in page.preview.toPlainText()


def test_open_and_send_lead_to_the_editor_and_the_send_dialog(make_window, database, qtbot) -> None:
    release_id = _add_release(database, "Regional ministers agree on water")
    window = make_window()
    page = window.show_section("releases")
    _select_first(page, qtbot)
    page.send_button.click()
    qtbot.waitUntil(lambda: getattr(window, "send_dialog", None) is not None, timeout=5000)
    assert window.send_dialog.release_id == release_id
    window.send_dialog.reject()
    page.open_button.click()
    qtbot.waitUntil(lambda: len(window.editors) == 1, timeout=5000)
    editor = window.editors[0]
    qtbot.waitUntil(lambda: editor.draft.release_id == release_id, timeout=5000)  # loads it
    editor.close()
