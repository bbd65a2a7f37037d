"""Classifying untrusted mail never fails, whatever the bytes."""

from __future__ import annotations

from email.message import Message

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mail_samples import delivery_report, release_mail, reply

from pressdesk.tracking.mailparse import (
    MailKind,
    asks_to_unsubscribe,
    fresh_text,
    message_id_of,
    parse_mail,
)

ORIGINAL = release_mail("<r1.d1.0@press.example.org>", "ana@gleaner.example")


def _fixed_ids(message: Message) -> bytes:
    """The sample with a fixed Message-ID, so a failing case found once replays exactly."""
    message.replace_header("Message-ID", "<fixed.sample@mail.example>")
    return message.as_bytes()


SAMPLES = [
    _fixed_ids(delivery_report(ORIGINAL, "ana@gleaner.example")),
    _fixed_ids(reply(ORIGINAL, "ana@gleaner.example", "Merci, bien reçu — à bientôt.")),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_are_classified_without_an_error(raw: bytes) -> None:
    mail = parse_mail(raw)
    assert mail.message_id == message_id_of(raw)
    assert len(mail.message_id) <= 300


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SAMPLES),
    st.integers(min_value=0, max_value=4000),
    st.binary(min_size=1, max_size=40),
)
def test_damaged_real_messages_are_classified_without_an_error(
    sample: bytes, position: int, junk: bytes
) -> None:
    at = position % len(sample)
    damaged = sample[:at] + junk + sample[at + len(junk) :]
    mail = parse_mail(damaged)
    assert mail.sender is None or len(mail.sender) <= 320
    assert len(mail.subject) <= 1000


def test_a_delivery_report_names_the_recipient_status_and_original_message() -> None:
    mail = parse_mail(SAMPLES[0])
    assert mail.kind == MailKind.DELIVERY_REPORT
    assert mail.original_message_id == "<r1.d1.0@press.example.org>"
    [report] = mail.reports
    assert (report.original_recipient, report.action, report.status) == (
        "ana@gleaner.example",
        "failed",
        "5.1.1",
    )
    assert report.permanent
    assert "User unknown" in (report.diagnostic or "")


def test_a_message_without_message_id_gets_a_stable_key() -> None:
    raw = b"From: someone@example.org\r\nSubject: hello\r\n\r\nHi\r\n"
    assert parse_mail(raw).message_id == parse_mail(raw).message_id
    assert parse_mail(raw).message_id != parse_mail(raw + b"!").message_id


def test_only_the_authors_own_words_are_read() -> None:
    body = (
        "Sounds good, see you Thursday.\n\n"
        "On Mon, 2 Mar 2026 at 09:00, Press Office <press@press.example.org> wrote:\n"
        "> To unsubscribe, reply with unsubscribe.\n"
    )
    assert fresh_text(body) == "Sounds good, see you Thursday."
    outlook = "Gracias.\r\n\r\nDe: Oficina de prensa\r\nEnviado: lunes\r\nPara darse de baja…"
    assert fresh_text(outlook) == "Gracias."


@pytest.mark.parametrize(
    ("subject", "text", "opt_out"),
    [
        ("Re: Regional ministers agree", "Please remove the typo in paragraph two.", False),
        ("Re: Regional ministers agree", "Stop the presses, great story!", False),
        ("Re: La pobreza baja en la región", "¿Hay cifras por país?", False),
        ("Re: Regional ministers agree", "STOP", True),
        ("Re: Regional ministers agree", "Baja, por favor", True),
        ("Baja", "", True),
        ("Re: Regional ministers agree", "Please take me off this list.", True),
        ("Re: Sécheresse au Sahel", "Merci de ne plus m'envoyer vos communiqués.", True),
        ("Re: Sequía", "Ya no quiero recibir, no me envíen más correos.", True),
        ("Re: Sécheresse au Sahel", "Pouvez-vous m'envoyer plus de chiffres ?", False),
        ("Re: Sécheresse au Sahel", "Je ne veux plus recevoir ces courriels.", True),
    ],
)
def test_opt_out_words_only_count_when_they_are_the_request(
    subject: str, text: str, opt_out: bool
) -> None:
    assert asks_to_unsubscribe(subject, text) is opt_out


def test_an_internationalised_delivery_report_is_read_too() -> None:
    """RFC 6533: message/global-delivery-status and message/global-headers, UTF-8 inside."""
    raw = (
        "From: MAILER-DAEMON@mx.example.net\r\n"
        "To: press@press.example.org\r\n"
        "Subject: Undelivered\r\n"
        "Message-ID: <dsn-global@mx.example.net>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=global-delivery-status; boundary="b"\r\n'
        "\r\n--b\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n"
        "--b\r\nContent-Type: message/global-delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n\r\n"
        "Original-Recipient: utf-8; josé@périodique.example\r\n"
        "Final-Recipient: utf-8; josé@périodique.example\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\n"
        "--b\r\nContent-Type: message/global-headers\r\n\r\n"
        "From: press@press.example.org\r\n"
        "To: josé@périodique.example\r\n"
        "Message-ID: <r9.d2.7@press.example.org>\r\n\r\n"
        "--b--\r\n"
    ).encode()
    mail = parse_mail(raw)
    assert mail.kind == MailKind.DELIVERY_REPORT
    assert mail.original_message_id == "<r9.d2.7@press.example.org>"
    [report] = mail.reports
    assert (report.final_recipient, report.status, report.permanent) == (
        "josé@périodique.example",
        "5.1.1",
        True,
    )


def test_returned_headers_as_a_message_part_are_read() -> None:
    raw = (
        b"From: postmaster@mx.example.net\r\n"
        b"Message-ID: <dsn-2@mx.example.net>\r\n"
        b'Content-Type: multipart/report; report-type="delivery-status"; boundary="x"\r\n'
        b"\r\n--x\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example.net\r\n\r\n"
        b"Final-Recipient: rfc822; ana@gleaner.example\r\nAction: delayed\r\nStatus: 4.4.7\r\n"
        b"\r\n--x\r\nContent-Type: message/rfc822-headers\r\n\r\n"
        b"Message-ID: <r1.d1.0@press.example.org>\r\nSubject: Release\r\n\r\n"
        b"--x--\r\n"
    )
    mail = parse_mail(raw)
    assert mail.original_message_id == "<r1.d1.0@press.example.org>"
    [report] = mail.reports
    assert (report.action, report.status, report.delayed, report.permanent) == (
        "delayed",
        "4.4.7",
        True,
        False,
    )


def test_a_malformed_charset_name_does_not_stop_the_intake() -> None:
    raw = (
        b"From: ana@gleaner.example\r\nMessage-ID: <c@gleaner.example>\r\n"
        b'Content-Type: text/plain; charset="utf\x00-8"\r\n\r\nPlease remove me.\r\n'
    )
    assert parse_mail(raw).kind == MailKind.UNSUBSCRIBE


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["utf-8", "iso-8859-1", "x-unknown", "utf\x00-8", ""]),
    st.sampled_from(["B", "Q", "X"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
)
def test_encoded_words_of_any_shape_are_read_without_an_error(
    charset: str, encoding: str, text: str
) -> None:
    subject = f"=?{charset}?{encoding}?{text}?= Out of office"
    raw = f"From: a@b.example\r\nSubject: {subject}\r\n\r\nAway.\r\n".encode()
    mail = parse_mail(raw)
    assert "Out of office" in mail.subject
