"""Organization settings kept with the data, so every officer of a shared database sees them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.database.models import Setting
from pressdesk.errors import InvalidInput

ORGANIZATION_KEY = "organization"
SUPPORTED_LANGUAGES = ("en", "es", "fr")


@dataclass(frozen=True)
class Organization:
    """Who sends: shown in releases and used for the List-Unsubscribe address."""

    name: str = ""
    email: str = ""
    website: str = ""
    default_language: str = "en"

    def validated(self) -> Organization:
        name = " ".join(self.name.split())
        email = self.email.strip()
        if any(ch in self.name + self.email for ch in "\r\n\x00"):
            raise InvalidInput("The organization's name and address must be on one line.")
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            raise InvalidInput(f"'{email}' is not an email address.")
        if self.default_language not in SUPPORTED_LANGUAGES:
            raise InvalidInput(
                f"'{self.default_language}' is not a supported language "
                f"({', '.join(SUPPORTED_LANGUAGES)})."
            )
        return Organization(name, email, self.website.strip(), self.default_language)


def load_organization(session: Session) -> Organization:
    stored = session.scalar(select(Setting.value).where(Setting.key == ORGANIZATION_KEY))
    if not isinstance(stored, dict):
        return Organization()
    known = {f.name for f in fields(Organization)}
    values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
    return Organization(**values)


def save_organization(session: Session, organization: Organization) -> Organization:
    clean = organization.validated()
    session.merge(Setting(key=ORGANIZATION_KEY, value=asdict(clean)))
    return clean
