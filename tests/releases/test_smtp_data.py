"""The message handed to SMTP is the composed one, dot-stuffed: no dot lost, none added."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressdesk import paths
from pressdesk.mail.transport import dot_stuffed
from pressdesk.releases.compose import Recipient, ReleaseComposer
from pressdesk.releases.rendering import house_templates_dir

from .conftest import SENDER

NOW = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
# Dots at the start of lines, and a dot where quoted-printable breaks a long line.
DOTTY = (
    ".NET developers met today.\n\n"
    "...and then\n.\n..\n\n" + "x" * 74 + ".after a soft break\n\n" + "word " * 40 + "\n\n. . .\n"
)
RECIPIENTS = [
    Recipient("plain@x.example", "Ana", "Pérez", language="es"),
    Recipient("dots@x.example", ".Dot", "..Two", outlet=".Outlet"),
    Recipient("x@y.example", "<script>alert(1)</script>", "{{ 7*7 }}"),
    Recipient("nobody@y.example"),
]


@pytest.fixture
def composers(database, add_release) -> list[ReleaseComposer]:
    """The house template (pre-inlined HTML) and a copy of it (the full path)."""
    folder = paths.data_dir() / "templates"
    folder.mkdir(exist_ok=True)
    shutil.copy(house_templates_dir() / "release.html", folder / "housecopy.html")
    shutil.copy(house_templates_dir() / "release.txt", folder / "housecopy.txt")
    options = {
        "en": {"headline": ".Plan agreed", "body_md": DOTTY, "boilerplate": ".About us"},
        "es": {"headline": "Plan acordado", "dateline": "Panamá", "body_md": DOTTY},
    }
    house = add_release(**{k: dict(v) for k, v in options.items()})
    copy = add_release(template="housecopy", **{k: dict(v) for k, v in options.items()})
    with database.session() as session:
        return [ReleaseComposer(session, r, SENDER, now=NOW) for r in (house, copy)]


@pytest.mark.parametrize("recipient", RECIPIENTS)
def test_the_smtp_data_is_the_composed_message_dot_stuffed(composers, recipient) -> None:
    for composer in composers:
        message = composer.compose(recipient, message_id="<1@agency.example>")
        assert b"\r\n." in message  # the case this is about
        assert composer.compose_for_smtp(recipient, message_id="<1@agency.example>") == dot_stuffed(
            message
        )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=st.text(max_size=30), last=st.text(max_size=30), outlet=st.text(max_size=30))
def test_the_smtp_data_is_right_for_any_name(composers, first, last, outlet) -> None:
    recipient = Recipient("any@x.example", first, last, outlet=outlet, language="en")
    for composer in composers:
        message = composer.compose(recipient, message_id="<2@agency.example>")
        data = composer.compose_for_smtp(recipient, message_id="<2@agency.example>")
        assert data == dot_stuffed(message)
