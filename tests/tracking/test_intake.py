"""Mailbox intake from .eml and .mbox files: bounces, auto-replies, replies and opt-outs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mail_samples import delivery_report, release_mail, reply, write_eml, write_mbox
from sqlalchemy import func, select
from tracking_fixtures import Newsroom

from pressdesk.database import Database
from pressdesk.database.models import (
    Contact,
    Delivery,
    DeliveryStatus,
    MailEvent,
    MailEventKind,
    Suppression,
)
from pressdesk.tracking.mailparse import MailKind, parse_mail
from pressdesk.tracking.reports import report_by_outlet


@pytest.fixture
def sent(newsroom: Newsroom) -> dict[str, int]:
    """A release delivered to three journalists of two outlets."""
    gleaner = newsroom.outlet("Jamaica Gleaner")
    nouvelliste = newsroom.outlet("Le Nouvelliste", country="HT")
    people = {
        "ana": newsroom.contact("ana@gleaner.example", "Ana Brown", gleaner),
        "ben": newsroom.contact("ben@gleaner.example", "Ben Gray", gleaner),
        "chloe": newsroom.contact("Chloe@Nouvelliste.example", "Chloé Noël", nouvelliste),
    }
    release = newsroom.release()
    deliveries = newsroom.send(release, dict.fromkeys(people.values(), DeliveryStatus.SENT))
    return {"release": release, **people, **{f"d_{k}": deliveries[v] for k, v in people.items()}}


def original_of(newsroom: Newsroom, delivery_id: int):
    delivery = newsroom.delivery(delivery_id)
    assert delivery.message_id
    assert delivery.email
    return release_mail(delivery.message_id, delivery.email)


def _events(database: Database) -> list[tuple[MailEventKind, int | None]]:
    with database.session() as session:
        return [
            (event.kind, event.delivery_id)
            for event in session.scalars(select(MailEvent).order_by(MailEvent.id))
        ]


def test_a_permanent_failure_bounces_the_delivery_and_flags_the_contact(
    cli, database: Database, newsroom: Newsroom, sent: dict[str, int], tmp_path: Path
) -> None:
    original = original_of(newsroom, sent["d_ben"])
    eml = write_eml(tmp_path / "bounce.eml", delivery_report(original, "ben@gleaner.example"))
    result = cli("inbox", "import", str(eml), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["bounced"], summary["unmatched"], summary["replies"]) == (1, 0, 0)
    assert summary["flagged_for_review"] == 1
    ben = newsroom.delivery(sent["d_ben"])
    assert ben.status == DeliveryStatus.BOUNCED
    assert ben.bounced_at is not None
    assert newsroom.delivery(sent["d_ana"]).status == DeliveryStatus.SENT
    with database.session() as session:
        contact = session.get(Contact, sent["ben"])
        assert contact is not None
        assert "5.1.1" in (contact.needs_review or "")
        gleaner = report_by_outlet(session, sent["release"])[0]
    assert (gleaner.outlet, gleaner.delivered, gleaner.bounced) == ("Jamaica Gleaner", 1, 1)


def test_a_report_with_only_the_returned_headers_is_matched_too(
    cli, newsroom: Newsroom, sent: dict[str, int], tmp_path: Path
) -> None:
    original = original_of(newsroom, sent["d_chloe"])
    report = delivery_report(
        original,
        "chloe@nouvelliste.example",
        headers_only=True,
        final_recipient="chloe.noel@mail.nouvelliste.example",  # forwarded
    )
    result = cli("inbox", "import", str(write_eml(tmp_path / "b.eml", report)), "--json")
    assert json.loads(result.stdout)["bounced"] == 1
    assert newsroom.delivery(sent["d_chloe"]).status == DeliveryStatus.BOUNCED


def test_a_delayed_report_is_recorded_but_bounces_nothing(
    cli, database: Database, newsroom: Newsroom, sent: dict[str, int], tmp_path: Path
) -> None:
    original = original_of(newsroom, sent["d_ana"])
    report = delivery_report(
        original,
        "ana@gleaner.example",
        action="delayed",
        status="4.4.1",
        diagnostic="smtp; 451 4.4.1 Connection timed out",
    )
    result = cli("inbox", "import", str(write_eml(tmp_path / "d.eml", report)), "--json")
    summary = json.loads(result.stdout)
    assert (summary["delayed"], summary["bounced"], summary["flagged_for_review"]) == (1, 0, 0)
    assert newsroom.delivery(sent["d_ana"]).status == DeliveryStatus.SENT
    with database.session() as session:
        contact = session.get(Contact, sent["ana"])
        assert contact is not None
        assert contact.needs_review is None
    assert _events(database) == [(MailEventKind.BOUNCE, sent["d_ana"])]


def test_a_report_about_a_message_we_did_not_send_changes_nothing(
    cli, newsroom: Newsroom, sent: dict[str, int], tmp_path: Path
) -> None:
    stranger = release_mail("<unknown@elsewhere.example>", "ana@gleaner.example")
    eml = write_eml(tmp_path / "x.eml", delivery_report(stranger, "ana@gleaner.example"))
    summary = json.loads(cli("inbox", "import", str(eml), "--json").stdout)
    assert (summary["bounced"], summary["unmatched"]) == (0, 1)
    assert newsroom.delivery(sent["d_ana"]).status == DeliveryStatus.SENT


@pytest.mark.parametrize(
    ("subject", "extra"),
    [
        (None, {"Auto-Submitted": "auto-replied"}),
        (None, {"X-Autoreply": "yes"}),
        (None, {"X-Autorespond": "Out of office"}),
        (None, {"Precedence": "auto_reply"}),
        (None, {"Precedence": "bulk"}),
        ("Out of Office: Regional ministers agree", {}),
        ("Automatic reply: Regional ministers agree", {}),
        ("Respuesta automática: Regional ministers agree", {}),
        ("Fuera de la oficina hasta el lunes", {}),
        ("Réponse automatique : Regional ministers agree", {}),
        ("Absence du bureau", {}),
    ],
)
def test_automatic_replies_are_recognised_and_not_counted_as_replies(
    cli,
    database: Database,
    newsroom: Newsroom,
    sent: dict[str, int],
    tmp_path: Path,
    subject: str | None,
    extra: dict[str, str],
) -> None:
    original = original_of(newsroom, sent["d_ana"])
    away = reply(
        original,
        "ana@gleaner.example",
        "I am away until Monday with no access to email.",
        subject=subject,
        extra=extra,
        quote=False,
    )
    summary = json.loads(
        cli("inbox", "import", str(write_eml(tmp_path / "a.eml", away)), "--json").stdout
    )
    assert (summary["auto_replies"], summary["replies"], summary["unsubscribed"]) == (1, 0, 0)
    assert _events(database) == [(MailEventKind.AUTO_REPLY, sent["d_ana"])]
    with database.session() as session:
        assert report_by_outlet(session, sent["release"])[0].replies == 0


def test_a_human_reply_is_attached_to_its_delivery_even_when_it_quotes_the_footer(
    cli, database: Database, newsroom: Newsroom, sent: dict[str, int], tmp_path: Path
) -> None:
    original = original_of(newsroom, sent["d_ana"])
    human = reply(
        original,
        "Ana Brown <ana@gleaner.example>",
        "Thanks! Could the minister do an interview on Thursday?",
        extra={"Auto-Submitted": "no"},
    )
    assert "unsubscribe" in human.get_content()  # the quoted footer is there
    summary = json.loads(
        cli("inbox", "import", str(write_eml(tmp_path / "r.eml", human)), "--json").stdout
    )
    assert (summary["replies"], summary["unsubscribed"], summary["auto_replies"]) == (1, 0, 0)
    with database.session() as session:
        gleaner = report_by_outlet(session, sent["release"])[0]
        assert gleaner.replies == 1
        assert session.scalar(select(func.count(Suppression.id))) == 0


def test_a_reply_is_matched_through_references_when_in_reply_to_is_missing(
    cli, database: Database, newsroom: Newsroom, sent: dict[str, int], tmp_path: Path
) -> None:
    original = original_of(newsroom, sent["d_chloe"])
    human = reply(original, "chloe@nouvelliste.example", "Merci, bien reçu.", in_reply_to=False)
    cli("inbox", "import", str(write_eml(tmp_path / "r.eml", human)))
    assert _events(database) == [(MailEventKind.REPLY, sent["d_chloe"])]


def test_a_spanish_headline_saying_baja_is_not_an_opt_out() -> None:
    original = release_mail("<r1@press.example.org>", "eva@eltiempo.example")
    human = reply(
        original,
        "eva@eltiempo.example",
        "Gracias, ¿hay cifras por país?",
        subject="Re: La pobreza baja en la región por tercer año",
    )
    assert parse_mail(human.as_bytes()).kind == MailKind.REPLY


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("unsubscribe tok123", ""),  # what the List-Unsubscribe mailto sends
        (None, "Please remove me from your mailing list."),
        (None, "Por favor, darme de baja de esta lista."),
        ("Baja", "Gracias."),
        (None, "Merci de me désabonner de vos communiqués."),
        (None, "Je ne souhaite plus recevoir ces messages, merci de me désinscrire."),
    ],
)
def test_opt_out_requests_in_three_languages_suppress_the_address(
    cli,
    database: Database,
    newsroom: Newsroom,
    sent: dict[str, int],
    tmp_path: Path,
    subject: str | None,
    text: str,
) -> None:
    original = original_of(newsroom, sent["d_chloe"])
    request = reply(original, "Chloé Noël <Chloe@Nouvelliste.example>", text, subject=subject)
    result = cli("inbox", "import", str(write_eml(tmp_path / "u.eml", request)), "--json")
    summary = json.loads(result.stdout)
    assert summary["unsubscribed"] == 1
    assert summary["unsubscribed_addresses"] == ["chloe@nouvelliste.example"]
    with database.session() as session:
        suppression = session.scalars(select(Suppression)).one()
    assert (suppression.email_key, suppression.source) == (
        "chloe@nouvelliste.example",
        "unsubscribe",
    )
    listed = json.loads(cli("inbox", "unsubscribes", "--json").stdout)
    assert [(item["email"], item["release"]) for item in listed] == [
        ("chloe@nouvelliste.example", sent["release"])
    ]


def test_processing_the_same_mailbox_twice_changes_nothing_the_second_time(
    cli, database: Database, newsroom: Newsroom, sent: dict[str, int], tmp_path: Path
) -> None:
    ana, ben, chloe = (original_of(newsroom, sent[f"d_{k}"]) for k in ("ana", "ben", "chloe"))
    box = write_mbox(
        tmp_path / "inbox.mbox",
        [
            delivery_report(ben, "ben@gleaner.example"),
            reply(ana, "ana@gleaner.example", "Interview possible?"),
            reply(ana, "ana@gleaner.example", "Away.", extra={"Auto-Submitted": "auto-replied"}),
            reply(chloe, "chloe@nouvelliste.example", "Merci de me désabonner."),
            reply(
                ana, "stranger@else.example", "Who are you?", in_reply_to=False, references=False
            ),
        ],
    )

    def snapshot():
        with database.session() as session:
            return (
                sorted((d.id, d.status, d.bounced_at) for d in session.scalars(select(Delivery))),
                sorted((c.id, c.needs_review, c.version) for c in session.scalars(select(Contact))),
                sorted((s.email_key, s.source) for s in session.scalars(select(Suppression))),
                sorted(
                    (e.message_id, e.kind, e.delivery_id)
                    for e in session.scalars(select(MailEvent))
                ),
            )

    first = json.loads(cli("inbox", "import", str(box), "--json").stdout)
    assert first == {
        "messages": 5,
        "bounced": 1,
        "delayed": 0,
        "unsubscribed": 1,
        "replies": 1,
        "auto_replies": 1,
        "unmatched": 1,
        "already_processed": 0,
        "flagged_for_review": 1,
        "unsubscribed_addresses": ["chloe@nouvelliste.example"],
    }
    after_first = snapshot()
    second = json.loads(cli("inbox", "import", str(box), "--json").stdout)
    assert second["already_processed"] == 5
    assert all(second[key] == 0 for key in ("bounced", "unsubscribed", "replies", "unmatched"))
    assert snapshot() == after_first
    assert len(after_first[3]) == 5

    listed = json.loads(cli("inbox", "list", "--release", str(sent["release"]), "--json").stdout)
    assert sorted(row["kind"] for row in listed) == ["auto_reply", "bounce", "reply", "unsubscribe"]
    bounces = json.loads(cli("inbox", "list", "--kind", "bounce", "--json").stdout)
    assert [(b["email"], b["outlet"]) for b in bounces] == [
        ("ben@gleaner.example", "Jamaica Gleaner")
    ]
    assert "5.1.1" in bounces[0]["detail"]


def test_files_that_are_not_mail_are_refused(cli, tmp_path: Path) -> None:
    missing = cli("inbox", "import", str(tmp_path / "nope.mbox"))
    assert missing.exit_code == 2
    assert "no file" in missing.stderr
    junk = tmp_path / "photo.eml"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    refused = cli("inbox", "import", str(junk))
    assert refused.exit_code == 2
    assert "not an email message" in refused.stderr


def test_the_summary_is_readable_on_screen(
    cli, newsroom: Newsroom, sent: dict[str, int], tmp_path: Path
) -> None:
    original = original_of(newsroom, sent["d_ben"])
    eml = write_eml(tmp_path / "bounce.eml", delivery_report(original, "ben@gleaner.example"))
    result = cli("inbox", "import", str(eml))
    assert result.exit_code == 0
    assert "1 bounced" in result.stdout
    assert "1 contacts flagged for review" in result.stdout
