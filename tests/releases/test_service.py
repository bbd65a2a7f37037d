"""Writing releases: language versions, revisions, embargoes, libraries and attachments."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pressdesk import paths
from pressdesk.database.models import ReleaseStatus
from pressdesk.errors import ConflictError, InvalidInput, NotFound
from pressdesk.releases.attachments import add_attachment, remove_attachment
from pressdesk.releases.service import (
    ReleaseFields,
    VersionText,
    create_release,
    delete_version,
    list_boilerplates,
    list_media_contacts,
    list_releases,
    list_revisions,
    release_detail,
    save_boilerplate,
    save_media_contact,
    save_version,
    set_status,
    update_release,
)


def new_release(session, **fields) -> int:
    values = {"language": "en", **fields}
    return create_release(
        session,
        ReleaseFields(**values),
        [VersionText(language=values["language"], headline="Plan agreed", body_md="First text")],
    ).id


def test_a_release_keeps_one_version_per_language(database) -> None:
    with database.session() as session:
        release_id = new_release(
            session, release_date=date(2026, 12, 3), tags=("health", "Health", " children ")
        )
        save_version(session, release_id, VersionText(language="es", headline="Plan acordado"))
        save_version(session, release_id, VersionText(language="fr", headline="Plan adopté"))
    with database.session() as session:
        detail = release_detail(session, release_id)
        summary = list_releases(session)[0]
    assert [v.language for v in detail.versions] == ["en", "es", "fr"]
    assert detail.fields.tags == ("health", "children")
    assert detail.status is ReleaseStatus.DRAFT
    assert summary.languages == ("en", "es", "fr")
    assert summary.to_json() == {
        "id": release_id,
        "headline": "Plan agreed",
        "language": "en",
        "status": "draft",
        "date": "2026-12-03",
    }


def test_every_save_keeps_the_previous_text(database) -> None:
    with database.session() as session:
        release_id = new_release(session)
        save_version(
            session,
            release_id,
            VersionText(language="en", headline="Plan agreed", body_md="Second text"),
        )
        save_version(
            session,
            release_id,
            VersionText(language="en", headline="Plan agreed!", body_md="Third text"),
        )
        save_version(
            session,
            release_id,
            VersionText(language="en", headline="Plan agreed!", body_md="Third text"),
        )
    with database.session() as session:
        revisions = list_revisions(session, release_id)
        current = release_detail(session, release_id).version("en")
    assert [r.text.body_md for r in revisions] == ["Second text\n", "First text\n"]
    assert revisions[1].text.headline == "Plan agreed"
    assert all(r.saved_by for r in revisions)
    assert current is not None
    assert current.headline == "Plan agreed!"


def test_removing_a_version_keeps_its_text_and_the_main_one_stays(database) -> None:
    with database.session() as session:
        release_id = new_release(session)
        save_version(session, release_id, VersionText(language="es", headline="Plan acordado"))
        delete_version(session, release_id, "es")
        with pytest.raises(InvalidInput, match="main language"):
            delete_version(session, release_id, "en")
        assert list_revisions(session, release_id, "es")[0].text.headline == "Plan acordado"


def test_the_embargo_is_an_aware_moment_shown_in_a_named_zone(database) -> None:
    moment = datetime(2026, 12, 3, 9, 0, tzinfo=ZoneInfo("America/Panama"))
    with database.session() as session:
        release_id = new_release(session, embargo_at=moment)
        with pytest.raises(InvalidInput, match="needs a time zone"):
            new_release(session, embargo_at=datetime(2026, 12, 3, 9, 0))
        with pytest.raises(InvalidInput, match="not a time zone name"):
            new_release(session, embargo_at=moment, embargo_timezone="Mars/Olympus")
    with database.session() as session:
        fields = release_detail(session, release_id).fields
    assert fields.embargo_at == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    assert fields.embargo_timezone == "America/Panama"


def test_an_offset_without_a_zone_name_is_kept_as_an_offset(database) -> None:
    moment = datetime.fromisoformat("2026-12-03T09:00:00+05:30")
    with database.session() as session:
        release_id = new_release(session, embargo_at=moment)
        assert release_detail(session, release_id).fields.embargo_timezone == "UTC+05:30"


def test_bad_input_is_refused_with_a_clear_message(database) -> None:
    with database.session() as session:
        with pytest.raises(InvalidInput, match="not a language code"):
            new_release(session, language="english")
        with pytest.raises(InvalidInput, match="needs a headline"):
            create_release(session, ReleaseFields(language="en"), [VersionText("en", "   ")])
        with pytest.raises(InvalidInput, match="no version in its main language 'fr'"):
            create_release(session, ReleaseFields(language="fr"), [VersionText("en", "Plan")])
        with pytest.raises(NotFound):
            save_version(session, 404, VersionText("en", "Plan"))
        with pytest.raises(NotFound, match="no boilerplate with id 77"):
            new_release_with_boilerplate(session, 77)


def new_release_with_boilerplate(session, boilerplate_id: int) -> int:
    return create_release(
        session,
        ReleaseFields(language="en"),
        [VersionText("en", "Plan", boilerplate_id=boilerplate_id)],
    ).id


def test_status_moves_and_unknown_status_is_refused(database) -> None:
    with database.session() as session:
        release_id = new_release(session)
        assert set_status(session, release_id, "approved").status is ReleaseStatus.APPROVED
        with pytest.raises(InvalidInput, match="not a release status"):
            set_status(session, release_id, "published")


def test_a_stale_editor_cannot_overwrite_someone_elses_save(database) -> None:
    with database.session() as session:
        release_id = new_release(session)
        opened = release_detail(session, release_id).row_version
    with database.session() as session:
        update_release(
            session,
            release_id,
            ReleaseFields(language="en", tags=("a",)),
            expected_row_version=opened,
        )
    with database.session() as session, pytest.raises(ConflictError):
        update_release(
            session, release_id, ReleaseFields(language="en"), expected_row_version=opened
        )


def test_boilerplate_and_media_contact_libraries_per_language(database) -> None:
    with database.session() as session:
        save_boilerplate(session, "Agency", "en", "About the agency.")
        save_boilerplate(session, "Agency", "es", "Acerca de la agencia.")
        save_boilerplate(session, "Agency", "en", "About the agency, updated.")
        save_media_contact(session, "Panama office", "es", "Ana Pérez\n+507 301 7485")
        with pytest.raises(InvalidInput, match="has no text"):
            save_boilerplate(session, "Empty", "en", "  ")
    with database.session() as session:
        english = list_boilerplates(session, "en")
        everything = list_boilerplates(session)
        contacts = list_media_contacts(session, "es")
        release_id = new_release_with_boilerplate(session, english[0].id)
        assert release_detail(session, release_id).version("en").boilerplate_id == english[0].id
    assert [(b.name, b.body) for b in english] == [("Agency", "About the agency, updated.")]
    assert len(everything) == 2
    assert contacts[0].body == "Ana Pérez\n+507 301 7485"


def test_attachments_are_copied_by_hash_with_sizes_and_a_size_warning(
    database, tmp_path: Path
) -> None:
    small = tmp_path / "note.txt"
    small.write_text("Hello", encoding="utf-8")
    big = tmp_path / "video.mp4"
    with big.open("wb") as handle:
        handle.truncate(11 * 1024 * 1024)
    with database.session() as session:
        release_id = new_release(session)
        info = add_attachment(session, release_id, small)
        assert release_detail(session, release_id).attachments_warning is None
        add_attachment(session, release_id, big)
        detail = release_detail(session, release_id)
    stored = paths.data_dir() / "attachments" / info.sha256
    assert stored.read_text(encoding="utf-8") == "Hello"
    assert info.size == 5
    assert info.mime_type == "text/plain"
    assert detail.attachments_total == 11 * 1024 * 1024 + 5
    assert "11.0 MB" in (detail.attachments_warning or "")
    small.unlink()  # the release no longer needs the original
    assert stored.exists()
    with database.session() as session:
        remove_attachment(session, release_id, "video.mp4")
        assert [a.filename for a in release_detail(session, release_id).attachments] == ["note.txt"]


def test_a_missing_attachment_file_is_refused(database, tmp_path: Path) -> None:
    with database.session() as session:
        release_id = new_release(session)
        with pytest.raises(InvalidInput, match="is not a file"):
            add_attachment(session, release_id, tmp_path / "nothing.pdf")
