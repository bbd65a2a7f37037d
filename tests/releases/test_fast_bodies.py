"""The bodies the house templates make ahead give the same bytes as rendering in full."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressdesk import paths
from pressdesk.releases.compose import Recipient, ReleaseComposer
from pressdesk.releases.rendering import house_templates_dir

from .conftest import SENDER
from .messages import parse

names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40)


@pytest.fixture
def fast_and_full(database, add_release):
    """The same release through the house template (fast path) and a copy of it (full path)."""
    folder = paths.data_dir() / "templates"
    folder.mkdir(exist_ok=True)
    shutil.copy(house_templates_dir() / "release.html", folder / "housecopy.html")
    shutil.copy(house_templates_dir() / "release.txt", folder / "housecopy.txt")
    options = {
        "en": {"headline": "Plan agreed", "body_md": "Body with **bold** & <i>raw</i> HTML."},
        "es": {"headline": "Plan acordado", "dateline": "Panamá"},
    }
    house = add_release(**{k: dict(v) for k, v in options.items()})
    copy = add_release(template="housecopy", **{k: dict(v) for k, v in options.items()})
    with database.session() as session:
        return ReleaseComposer(session, house, SENDER), ReleaseComposer(session, copy, SENDER)


@pytest.mark.parametrize(
    "recipient",
    [
        Recipient("plain@x.example", "Ana", "Pérez", language="es"),
        Recipient("x@y.example", "<script>alert(1)</script>", "{{ 7*7 }}"),
        Recipient("q@y.example", 'Zoë "Z" & Co', "O'Brien\xa0Jr", outlet="A & B"),
        Recipient("nobody@y.example"),
        Recipient("rtl@y.example", "ليلى", "‏حداد", language="ar"),
    ],
)
def test_the_fast_bodies_equal_the_full_render(fast_and_full, recipient: Recipient) -> None:
    fast, full = fast_and_full
    assert fast.render_parts(recipient) == full.render_parts(recipient)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=names, last=names, outlet=names)
def test_the_fast_bodies_equal_the_full_render_for_any_name(
    fast_and_full, first: str, last: str, outlet: str
) -> None:
    fast, full = fast_and_full
    recipient = Recipient("any@x.example", first, last, outlet=outlet, language="es")
    fast_parts, full_parts = fast.render_parts(recipient), full.render_parts(recipient)
    assert fast_parts.html == full_parts.html
    assert fast_parts.text == full_parts.text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=names, last=names)
def test_the_encoded_bodies_are_byte_for_byte_the_full_ones(
    fast_and_full, first: str, last: str
) -> None:
    """Lines are quoted-printable encoded ahead of time; the wire bytes must not change."""
    fast, full = fast_and_full
    recipient = Recipient("any@x.example", first, last, language="es")
    raw_bodies = []
    for composer in (fast, full):
        message = parse(composer.compose(recipient, message_id="<1@agency.example>"))
        bodies = []
        for kind in ("plain", "html"):
            part = message.get_body((kind,))
            assert part is not None
            assert part["Content-Transfer-Encoding"] == "quoted-printable"
            bodies.append(part.get_payload(decode=False))
        raw_bodies.append(bodies)
    assert raw_bodies[0] == raw_bodies[1]


def test_the_text_body_is_made_ahead_for_the_house_template(fast_and_full) -> None:
    """The fast path is really taken (else the tests above would compare the slow path twice)."""
    fast, full = fast_and_full
    assert fast.bodies_made_ahead == ("en", "es")
    assert full.bodies_made_ahead == ()
