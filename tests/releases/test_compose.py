"""The messages journalists receive, parsed back with the ``email`` package."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime
from email.header import decode_header, make_header
from pathlib import Path

import pytest

from pressdesk.errors import InvalidInput
from pressdesk.releases.attachments import add_attachment
from pressdesk.releases.compose import (
    Recipient,
    ReleaseComposer,
    Sender,
    make_message_id,
)

from .conftest import BEFORE_EMBARGO, EMBARGO, SENDER
from .messages import bodies, parse

MARIA = Recipient(
    "maria.nunez@diario.example", "María José", "Núñez", outlet="Diario del Istmo", language="es"
)


def compose(database, release_id, recipient=MARIA, *, sender=SENDER, **options) -> bytes:
    with database.session() as session:
        composer = ReleaseComposer(session, release_id, sender, **options)
    return composer.compose(recipient, message_id=make_message_id(sender.from_address))


def test_a_message_without_attachments_is_an_alternative_of_text_then_html(
    database, add_release
) -> None:
    release_id = add_release()
    raw = compose(database, release_id)
    message = parse(raw)

    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert message["MIME-Version"] == "1.0"
    assert not message.defects
    assert all(not p.defects for p in parts)
    text, html = bodies(message)
    assert "Ministers *agreed* today, said the agency <https://agency.example>." in text
    assert "<strong>agreed</strong>" in html
    assert 'href="https://agency.example"' in html


def test_headers_carry_names_and_addresses_encoded(database, add_release) -> None:
    release_id = add_release()
    raw = compose(database, release_id)
    message = parse(raw)
    head = raw.split(b"\r\n\r\n", 1)[0]

    assert head.isascii(), "non-ASCII header text must be RFC 2047 encoded"
    assert message["To"].addresses[0].display_name == "María José Núñez"
    assert message["To"].addresses[0].addr_spec == "maria.nunez@diario.example"
    assert message["From"].addresses[0].display_name == "Oficina de Prensa – Agencia"
    assert message["From"].addresses[0].addr_spec == "press@agency.example"
    assert str(message["Reply-To"]) == "replies@agency.example"
    assert re.fullmatch(r"<[0-9a-f]{32}@agency\.example>", message["Message-ID"])
    assert message["Date"].datetime.tzinfo is not None
    assert message["Subject"] == "Regional ministers agree on a plan"
    assert message["Content-Language"] == "en"  # María prefers Spanish; there is no es version
    unsubscribe = message["List-Unsubscribe"].strip()
    assert re.fullmatch(
        r"<mailto:press@agency\.example\?subject=unsubscribe%20[0-9a-f]{32}>", unsubscribe
    )
    assert "List-Unsubscribe-Post" not in message


def test_every_line_ends_in_crlf_and_stays_short(database, add_release) -> None:
    release_id = add_release(en={"body_md": "word " * 2000})
    raw = compose(database, release_id)
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r" not in raw.replace(b"\r\n", b"")
    # Only the unsubscribe URL may pass 78 characters: a URL cannot be folded.
    lines = [line for line in raw.split(b"\r\n") if not line.startswith(b" <mailto:")]
    longest = max(lines, key=len)
    assert len(longest) <= 78, longest


@pytest.mark.parametrize(
    "name",
    [
        "عبد الرحمن بن محمد بن عبد الله الحسيني القرشي " * 4,
        "Jean-Baptiste de La Tour d'Auvergne " * 5,
    ],
)
def test_long_names_are_folded_and_read_back_whole(database, add_release, name: str) -> None:
    release_id = add_release()
    raw = compose(database, release_id, Recipient("long@x.example", name.strip()))
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    # The RFC 2047 reading: adjacent encoded words join without the folding space between them
    # (the modern email parser adds a space there, so the legacy decoder is the reference).
    folded = parse(raw).get_all("To")[0]
    raw_to = raw.split(b"\r\nTo: ", 1)[1] if raw.startswith(b"To") is False else raw[4:]
    raw_to = raw_to.split(b"\r\nDate:", 1)[0].decode("ascii")
    assert (
        " ".join(str(make_header(decode_header(raw_to))).split())
        == f"{' '.join(name.split())} <long@x.example>"
    )
    assert folded.addresses[0].addr_spec == "long@x.example"


def test_the_unsubscribe_address_identifies_each_contact(database, add_release) -> None:
    release_id = add_release()
    with database.session() as session:
        composer = ReleaseComposer(session, release_id, SENDER)
    first = parse(composer.compose(MARIA, message_id="<1@agency.example>"))
    other = parse(
        composer.compose(Recipient("leo@radio.example", "Léo"), message_id="<2@agency.example>")
    )
    assert first["List-Unsubscribe"] != other["List-Unsubscribe"]
    text, _ = bodies(first)
    assert "press@agency.example" in text


@pytest.mark.parametrize(
    "hostile",
    ["<script>alert('x')</script>", "{{ 7*7 }}", "{% raw %}x{% endraw %}", "Robert'); --"],
)
def test_hostile_names_appear_literally(database, add_release, hostile: str) -> None:
    release_id = add_release()
    raw = compose(database, release_id, Recipient("eve@example.net", hostile, "Doe"))
    message = parse(raw)
    text, html = bodies(message)

    assert f"Dear {hostile}," in text
    assert "49" not in text.replace("2026", "")
    assert "<script>" not in html.lower().split("</head>")[1]
    escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert escaped.replace("'", "&#39;") in html or escaped in html
    assert message["To"].addresses[0].display_name == f"{hostile} Doe"


def test_line_breaks_in_names_and_headlines_cannot_add_headers(database, add_release) -> None:
    release_id = add_release(en={"headline": "Big news\r\nBcc: everyone@example.net"})
    sender = Sender("press@agency.example", "Press\r\nX-Injected: yes")
    raw = compose(
        database,
        release_id,
        Recipient("eve@example.net", "Eve\r\nBcc: spy@example.net", "Doe\nX-Evil: 1"),
        sender=sender,
    )
    message = parse(raw)
    assert message["Bcc"] is None
    assert message["X-Evil"] is None
    assert message["X-Injected"] is None
    assert message["Subject"] == "Big news Bcc: everyone@example.net"
    assert message["To"].addresses[0].addr_spec == "eve@example.net"


@pytest.mark.parametrize(
    "address",
    ["eve@example.net\r\nBcc: spy@example.net", "no-at-sign", "two words@example.net", "a@b"],
)
def test_unusable_recipient_addresses_are_refused(database, add_release, address: str) -> None:
    release_id = add_release()
    with database.session() as session:
        composer = ReleaseComposer(session, release_id, SENDER)
    with pytest.raises(InvalidInput, match="not a usable email address"):
        composer.compose(Recipient(address, "Eve"), message_id="<1@agency.example>")


def test_a_test_send_is_marked_in_the_subject(database, add_release) -> None:
    release_id = add_release()
    message = parse(compose(database, release_id, test=True))
    assert message["Subject"] == "[TEST] Regional ministers agree on a plan"


def test_embargo_prefix_and_banners_before_the_moment(database, add_release) -> None:
    release_id = add_release(embargo_at=EMBARGO, embargo_timezone="America/Panama")
    message = parse(compose(database, release_id, now=BEFORE_EMBARGO))

    assert message["Subject"].startswith(
        "EMBARGOED UNTIL December 3, 2026, 9:00 AM (America/Panama, UTC-05:00)"
    )
    # One space either side of the dash, however the encoded subject was folded.
    assert message["Subject"].endswith("UTC-05:00) – Regional ministers agree on a plan")
    text, html = bodies(message)
    assert text.startswith("*** EMBARGOED UNTIL December 3, 2026")
    assert "EMBARGOED UNTIL December 3, 2026" in html
    assert "FOR IMMEDIATE RELEASE" not in text + html


def test_no_embargo_prefix_once_the_moment_has_passed(database, add_release) -> None:
    release_id = add_release(embargo_at=EMBARGO, embargo_timezone="America/Panama")
    message = parse(compose(database, release_id, now=EMBARGO))
    assert message["Subject"] == "Regional ministers agree on a plan"
    text, html = bodies(message)
    assert "FOR IMMEDIATE RELEASE" in text
    assert "FOR IMMEDIATE RELEASE" in html
    assert "EMBARGO" not in text + html


def test_the_embargo_is_written_in_the_language_of_the_version(database, add_release) -> None:
    release_id = add_release(
        main="es",
        es={"headline": "Acuerdo regional"},
        fr={"headline": "Accord régional"},
        embargo_at=EMBARGO,
        embargo_timezone="America/Panama",
    )
    spanish = parse(compose(database, release_id, now=BEFORE_EMBARGO))
    french = parse(
        compose(
            database, release_id, Recipient("l@x.example", "Léa", language="fr"), now=BEFORE_EMBARGO
        )
    )
    assert spanish["Subject"].startswith("EMBARGADO HASTA EL 3 de diciembre de 2026, 9:00")
    assert french["Subject"].startswith("SOUS EMBARGO JUSQU'AU 3 décembre 2026, 09:00")
    assert spanish["Subject"].endswith("UTC-05:00) – Acuerdo regional")
    assert french["Subject"].endswith(") – Accord régional"), french["Subject"]


@pytest.mark.parametrize(
    ("preferred", "expected_language", "greeting"),
    [
        ("es", "es", "Estimado/a María José:"),
        ("fr", "fr", "Bonjour María José,"),
        ("es-MX", "es", "Estimado/a María José:"),
        ("de", "en", "Dear María José,"),
        (None, "en", "Dear María José,"),
    ],
)
def test_each_contact_gets_their_language_else_the_main_one(
    database, add_release, preferred, expected_language, greeting
) -> None:
    release_id = add_release(
        en={"headline": "Plan agreed"},
        es={"headline": "Plan acordado"},
        fr={"headline": "Plan adopté"},
    )
    recipient = Recipient("m@x.example", "María José", "Núñez", language=preferred)
    with database.session() as session:
        composer = ReleaseComposer(session, release_id, SENDER)
    assert composer.language_for(recipient) == expected_language
    message = parse(composer.compose(recipient, message_id="<1@agency.example>"))
    text, html = bodies(message)
    assert message["Content-Language"] == expected_language
    assert text.splitlines()[2] == greeting
    assert f'lang="{expected_language}"' in html


def test_dates_are_written_in_the_versions_language(database, add_release) -> None:
    release_id = add_release(
        en={"headline": "Plan agreed", "dateline": "Panama City"},
        es={"headline": "Plan acordado", "dateline": "Ciudad de Panamá"},
        fr={"headline": "Plan adopté", "dateline": "Panama"},
    )
    with database.session() as session:
        composer = ReleaseComposer(session, release_id, SENDER)
    texts = {
        language: composer.render_parts(MARIA, language=language).text
        for language in ("en", "es", "fr")
    }
    assert "PANAMA CITY, December 3, 2026 –" in texts["en"]
    assert "CIUDAD DE PANAMÁ, 3 de diciembre de 2026 –" in texts["es"]
    assert "PANAMA, 3 décembre 2026 –" in texts["fr"]


def test_arabic_text_survives_right_to_left(database, add_release) -> None:
    headline = "الوزراء يتفقون على خطة إقليمية"
    body = "قال المدير: «هذه لحظة فارقة للأطفال».\n"
    release_id = add_release(main="ar", ar={"headline": headline, "body_md": body})
    message = parse(compose(database, release_id, Recipient("a@x.example", "ليلى")))
    text, html = bodies(message)
    assert message["Subject"] == headline
    assert 'dir="rtl"' in html
    assert "هذه لحظة فارقة للأطفال" in text
    assert "هذه لحظة فارقة للأطفال" in html
    assert "ليلى" in text


def test_attachments_make_a_mixed_message_with_rfc2231_names(
    database, add_release, tmp_path: Path
) -> None:
    release_id = add_release()
    report = tmp_path / "Informe región – niñez 2026.pdf"
    report_bytes = bytes(range(256)) * 40
    report.write_bytes(report_bytes)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"\x00" * 500)
    with database.session() as session:
        add_attachment(session, release_id, report)
        add_attachment(session, release_id, photo)
    raw = compose(database, release_id)
    message = parse(raw)

    assert message.get_content_type() == "multipart/mixed"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == [
        "multipart/alternative",
        "application/pdf",
        "image/jpeg",
    ]
    assert [p.get_content_type() for p in parts[0].iter_parts()] == ["text/plain", "text/html"]
    attachment = parts[1]
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_filename() == "Informe región – niñez 2026.pdf"
    assert attachment["Content-Transfer-Encoding"] == "base64"
    assert attachment.get_content() == report_bytes
    assert b"filename*=utf-8''" in raw or b"filename*0*=utf-8''" in raw
    assert parts[2].get_filename() == "photo.jpg"
    text, _html = bodies(message)
    assert "Informe región – niñez 2026.pdf (10 KB)" in text


def test_one_composer_serves_many_recipients_with_their_own_parts(database, add_release) -> None:
    release_id = add_release()
    with database.session() as session:
        composer = ReleaseComposer(session, release_id, SENDER)
    names = ["Zoë", "Jürgen", "Çağla", "Noëlle"]
    for number, name in enumerate(names):
        message = parse(
            composer.compose(
                Recipient(f"person{number}@x.example", name), message_id=f"<{number}@a.example>"
            )
        )
        text, html = bodies(message)
        assert f"Dear {name}," in text
        assert f"Dear {name}," in html
        assert message["Message-ID"] == f"<{number}@a.example>"


def test_a_missing_release_or_bad_sender_is_a_clear_error(database, add_release) -> None:
    release_id = add_release()
    with database.session() as session:
        with pytest.raises(InvalidInput, match="no release with id 999"):
            ReleaseComposer(session, 999, SENDER)
        with pytest.raises(InvalidInput, match="sender address"):
            ReleaseComposer(session, release_id, Sender("press@agency.example\r\nBcc: x@y.z"))


def test_message_ids_are_unique_and_in_the_senders_domain() -> None:
    ids = {make_message_id("Press@Agency.example") for _ in range(200)}
    assert len(ids) == 200
    assert all(i.startswith("<") and i.endswith("@Agency.example>") for i in ids)


def test_the_html_part_has_its_css_inlined_for_mail_clients(database, add_release) -> None:
    release_id = add_release()
    _, html = bodies(parse(compose(database, release_id)))
    headline_tag = re.search(r"<h1[^>]*>", html)
    assert headline_tag is not None
    assert "style=" in headline_tag.group(0)
    assert 'width="600"' in html
    assert "prefers-color-scheme: dark" in html  # kept for clients that honour it


def test_base64_attachment_lines_are_wrapped(database, add_release, tmp_path: Path) -> None:
    release_id = add_release()
    data = bytes(range(256)) * 100
    (tmp_path / "data.bin").write_bytes(data)
    with database.session() as session:
        add_attachment(session, release_id, tmp_path / "data.bin")
    raw = compose(database, release_id)
    encoded = raw.split(b'filename="data.bin"\r\n\r\n', 1)[1].split(b"\r\n\r\n", 1)[0]
    lines = encoded.split(b"\r\n")
    assert all(len(line) <= 76 for line in lines)
    assert base64.b64decode(b"".join(lines).split(b"--")[0]) == data


def test_the_date_header_follows_the_given_moment(database, add_release) -> None:
    release_id = add_release()
    moment = datetime(2026, 12, 5, 8, 30, tzinfo=UTC)
    message = parse(compose(database, release_id, now=moment))
    assert message["Date"].datetime == moment


def test_only_web_addresses_become_links_to_the_website(database, add_release) -> None:
    from pressdesk.settings import Organization, save_organization

    with database.session() as session:
        save_organization(
            session,
            Organization("Office", "press@agency.example", "javascript:alert(1)", "en"),
        )
    release_id = add_release()
    _, html = bodies(parse(compose(database, release_id)))
    assert 'href="javascript' not in html
    assert "javascript:alert(1)" in html  # shown as text, not a link


def test_the_archive_copy_greets_nobody_and_has_no_unsubscribe_line(database, add_release) -> None:
    release_id = add_release()
    with database.session() as session:
        composer = ReleaseComposer(session, release_id, SENDER)
    archive = composer.render_archive()
    assert "Dear" not in archive.text + archive.html
    assert "To stop, write to" not in archive.text + archive.html
    assert "Regional ministers agree on a plan" in archive.html
    assert "<strong>agreed</strong>" in archive.html


def test_one_composer_can_be_shared_by_worker_threads(database, add_release) -> None:
    from concurrent.futures import ThreadPoolExecutor

    release_id = add_release(es={"headline": "Plan acordado"}, en={"headline": "Plan agreed"})
    with database.session() as session:
        composer = ReleaseComposer(session, release_id, SENDER)
    people = [
        Recipient(f"p{n}@x.example", f"Nombre{n}", language=("es", "en")[n % 2]) for n in range(60)
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        raws = list(pool.map(lambda p: composer.compose(p, message_id=f"<{p.email}>"), people))
    for person, raw in zip(people, raws, strict=True):
        message = parse(raw)
        text, _ = bodies(message)
        assert message["To"].addresses[0].addr_spec == person.email
        assert person.first_name in text
        assert message["Content-Language"] == person.language
