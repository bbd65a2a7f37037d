"""Reading and changing releases. Callers pass a session; these functions never commit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from pressdesk.database.models import Release, ReleaseStatus, ReleaseVersion


@dataclass(frozen=True)
class ReleaseSummary:
    """One line of the releases table."""

    id: int
    headline: str
    language: str
    languages: tuple[str, ...]
    status: ReleaseStatus
    date: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "headline": self.headline,
            "language": self.language,
            "status": self.status.value,
            "date": self.date.isoformat() if self.date else None,
        }


def list_releases(session: Session) -> list[ReleaseSummary]:
    """All releases, newest first, with the headline of their main language version."""
    main = aliased(ReleaseVersion)
    rows = session.execute(
        select(Release, main.headline)
        .outerjoin(main, (main.release_id == Release.id) & (main.language == Release.language))
        .order_by(Release.release_date.desc().nulls_first(), Release.id.desc())
    ).all()
    languages: dict[int, list[str]] = {}
    for release_id, language in session.execute(
        select(ReleaseVersion.release_id, ReleaseVersion.language).order_by(ReleaseVersion.id)
    ):
        languages.setdefault(release_id, []).append(language)
    return [
        ReleaseSummary(
            id=release.id,
            headline=headline or "(untitled)",
            language=release.language,
            languages=tuple(languages.get(release.id, [release.language])),
            status=release.status,
            date=release.release_date,
        )
        for release, headline in rows
    ]
