"""The release editor as an officer uses it: write, preview as a journalist, save, versions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import func, select

from pressdesk.contacts.records import create_contact
from pressdesk.database.models import Release, ReleaseRevision, ReleaseVersion
from pressdesk.settings import Organization, save_organization
from pressdesk.ui.release_editor import ReleaseEditor


@pytest.fixture
def editor_for(app, qtbot, database):
    with database.session() as session:
        save_organization(
            session,
            Organization(
                name="Oficina Regional", email="prensa@example.org", default_language="es"
            ),
        )
        create_contact(
            session,
            {
                "email": "jose@laprensa.hn",
                "first_name": "José",
                "last_name": "Núñez",
                "language": "es",
                "country": "HN",
            },
        )

    opened: list[ReleaseEditor] = []

    def open_editor(release_id: int | None = None) -> ReleaseEditor:
        editor = ReleaseEditor(database, release_id)
        qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
        editor.show()
        qtbot.waitUntil(lambda: not editor._loading, timeout=5000)
        opened.append(editor)
        return editor

    return open_editor


def _wait_preview(qtbot, editor: ReleaseEditor, words: str) -> None:
    editor.refresh_preview()
    qtbot.waitUntil(
        lambda: editor.last_preview is not None and words in editor.last_preview.html,
        timeout=8000,
    )


def _write(editor: ReleaseEditor, qtbot, headline: str, body: str) -> None:
    editor.headline.setText(headline)
    editor.dateline.setText("TEGUCIGALPA")
    editor.body.setPlainText(body)


def test_a_new_release_is_written_previewed_and_saved(editor_for, qtbot, database) -> None:
    editor = editor_for()
    assert editor.tabs.count() == 1
    assert editor.tabs.tabData(0) == "es"  # the organization's default language
    _write(
        editor,
        qtbot,
        "Vacunas para 2 millones de niñas y niños",
        "La campaña es **histórica** según <script>alert(1)</script> el ministerio.",
    )
    editor.preview_contact.setCurrentIndex(
        editor.preview_contact.findData(
            next(cid for cid, label in editor._contacts if "José" in label)
        )
    )
    _wait_preview(qtbot, editor, "histórica")
    parts = editor.last_preview
    assert "<strong>histórica</strong>" in parts.html
    assert "<script>" not in parts.html
    assert "José" in parts.text
    assert parts.subject.endswith("Vacunas para 2 millones de niñas y niños")
    with database.session() as session:
        assert session.scalar(select(func.count(Release.id))) == 0  # preview stored nothing
    assert "unsaved" in editor.status_label.text()

    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save_action.trigger()
    with database.session() as session:
        version = session.scalar(
            select(ReleaseVersion).where(ReleaseVersion.release_id == saved.args[0])
        )
        assert version.headline == "Vacunas para 2 millones de niñas y niños"
        assert version.dateline == "TEGUCIGALPA"
    assert "unsaved" not in editor.status_label.text()


def test_an_embargo_ahead_shows_a_banner_and_the_subject_says_so(editor_for, qtbot) -> None:
    editor = editor_for()
    _write(editor, qtbot, "Embargoed news", "Text.")
    editor.embargoed.setChecked(True)
    ahead = datetime.now(UTC) + timedelta(days=2)
    from PySide6.QtCore import QDate, QDateTime, QTime

    editor.embargo_zone.setCurrentText("UTC")
    editor.embargo_at.setDateTime(QDateTime(QDate(ahead.year, ahead.month, ahead.day), QTime(9, 0)))
    assert editor.embargo_banner.isVisible()
    assert "EMBARGOED" in editor.embargo_banner.text()
    _wait_preview(qtbot, editor, "Embargoed news")
    assert editor.last_preview.subject.startswith("EMBARGADO HASTA")  # a Spanish release


def test_language_versions_and_revisions(editor_for, qtbot, database, monkeypatch) -> None:
    editor = editor_for()
    _write(editor, qtbot, "Titular en español", "Cuerpo.")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Français (fr)", True))
    editor.add_language()
    assert editor.tabs.count() == 2
    assert editor.tabs.tabData(editor.tabs.currentIndex()) == "fr"
    _write(editor, qtbot, "Titre en français", "Corps du texte.")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save()
    release_id = saved.args[0]

    again = editor_for(release_id)
    assert {again.tabs.tabData(i) for i in range(again.tabs.count())} == {"es", "fr"}
    assert again.headline.text() == "Titular en español"
    again.body.setPlainText("Cuerpo corregido.")
    with qtbot.waitSignal(again.saved, timeout=5000):
        again.save()
    with database.session() as session:
        revisions = session.scalars(
            select(ReleaseRevision).where(ReleaseRevision.release_id == release_id)
        ).all()
        assert [r.snapshot["body_md"].strip() for r in revisions] == ["Cuerpo."]


def test_attachments_and_pdf(editor_for, qtbot, tmp_path: Path) -> None:
    editor = editor_for()
    _write(editor, qtbot, "With a photo", "See the photo.")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    photo = tmp_path / "foto niñas.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 2048)
    editor.attach([photo])
    qtbot.waitUntil(lambda: editor.attachments.count() == 1, timeout=5000)
    assert "foto niñas.jpg" in editor.attachments.item(0).text()
    target = tmp_path / "archive.pdf"
    editor.write_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_release_opens_from_the_releases_list(make_window, qtbot, database) -> None:
    with database.session() as session:
        release = Release(language="en")
        release.versions.append(ReleaseVersion(language="en", headline="Opened by a double-click"))
        session.add(release)
    window = make_window()
    page = window.show_section("releases")
    page.table.selectRow(0)
    page.activated.emit(page.proxy.data(page.proxy.index(0, 0), page.model.ROW_ROLE))
    assert len(window.editors) == 1
    editor = window.editors[0]
    qtbot.waitUntil(lambda: editor.headline.text() == "Opened by a double-click", timeout=5000)
    editor.close()


def test_an_embargo_written_as_a_fixed_offset_is_shown_at_its_own_hour(app, qtbot, database):
    from datetime import UTC, date, datetime

    from pressdesk.releases.service import ReleaseFields, VersionText, create_release
    from pressdesk.ui.release_editor import ReleaseEditor

    with database.session() as session:
        release_id = create_release(
            session,
            ReleaseFields(
                language="es",
                release_date=date(2026, 11, 22),
                embargo_at=datetime(2026, 12, 3, 15, 0, tzinfo=UTC),
                embargo_timezone="UTC-06:00",
            ),
            [VersionText(language="es", headline="Vacunas", body_md="Texto.")],
        ).id
    editor = ReleaseEditor(database, release_id)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    qtbot.waitUntil(lambda: not editor._loading, timeout=5000)
    assert editor.embargo_at.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-03 09:00"
    assert editor.embargo_zone.currentText() == "UTC-06:00"
