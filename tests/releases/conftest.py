"""Releases, contacts and senders for the release tests, stored in a real migrated database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from pressdesk.contacts.addresses import email_key
from pressdesk.database import Database
from pressdesk.database.models import Contact, Outlet
from pressdesk.releases.compose import Sender
from pressdesk.releases.service import ReleaseFields, VersionText, create_release
from pressdesk.settings import Organization, save_organization

SENDER = Sender("press@agency.example", "Oficina de Prensa – Agencia", "replies@agency.example")
BEFORE_EMBARGO = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
EMBARGO = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)  # 09:00 in Panama


@pytest.fixture
def organization(database: Database) -> Organization:
    with database.session() as session:
        return save_organization(
            session,
            Organization(
                name="Regional Press Office",
                email="press@agency.example",
                website="https://agency.example",
                default_language="en",
            ),
        )


@pytest.fixture
def add_release(database: Database, organization: Organization) -> Callable[..., int]:
    """Store a release: ``add_release(en=dict(headline=...), es=..., embargo_at=...)``."""

    def add(main: str = "en", **options: Any) -> int:
        versions = []
        for language in ("en", "es", "fr", "ar"):
            if language in options:
                text = {"headline": f"Headline {language}", **options.pop(language)}
                versions.append(VersionText(language=language, **text))
        if not versions:
            versions.append(
                VersionText(
                    language="en",
                    headline="Regional ministers agree on a plan",
                    dateline="Panama City",
                    body_md="Ministers **agreed** today, said [the agency](https://agency.example).",
                    boilerplate="The agency works for *every child*.",
                    media_contact="Ana Pérez\n+507 301 7485\naperez@agency.example",
                )
            )
        fields = ReleaseFields(
            language=main,
            release_date=options.pop("release_date", date(2026, 12, 3)),
            embargo_at=options.pop("embargo_at", None),
            embargo_timezone=options.pop("embargo_timezone", None),
            tags=tuple(options.pop("tags", ())),
            template=options.pop("template", None),
        )
        assert not options, f"unknown options {options}"
        with database.session() as session:
            return create_release(session, fields, versions).id

    return add


@pytest.fixture
def add_contact(database: Database) -> Callable[..., int]:
    def add(address: str, **values: Any) -> int:
        outlet_name = values.pop("outlet", None)
        with database.session() as session:
            contact = Contact(email=address, email_key=email_key(address), **values)
            if outlet_name:
                contact.outlet = Outlet(name=outlet_name, name_key=outlet_name.casefold())
            session.add(contact)
            session.flush()
            return contact.id

    return add
