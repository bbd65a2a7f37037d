"""``pressdesk send`` against a real SMTP server with faults: who received what, exactly once."""

from __future__ import annotations

import json
import os
import socket
from datetime import timedelta
from pathlib import Path

import pytest
from mailtesting import FROM_ADDRESS, SmtpServer, seed, suppress
from sqlalchemy import select, update

from pressdesk.database import Database
from pressdesk.database.models import Delivery, DeliveryStatus, Distribution, DistributionStatus
from pressdesk.database.types import utcnow


def configure(pressdesk, database_url: str, server: SmtpServer, *extra: str) -> None:
    result = pressdesk(
        "--db", database_url, "smtp", "set", "--host", server.host, "--port", str(server.port),
        "--security", "none", "--from-address", FROM_ADDRESS, "--from-name", "Press Office",
        "--timeout", "2", *extra,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr


def send(pressdesk, database_url: str, release_id: int, *extra: str):
    return pressdesk(
        "--db", database_url, "send", str(release_id), "--list", "Press", "--yes", "--json", *extra
    )


def deliveries(database: Database) -> list[Delivery]:
    with database.session() as session:
        return list(session.scalars(select(Delivery).order_by(Delivery.id)))


def test_each_person_gets_one_personal_message_from_the_press_address(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=5, languages=lambda n: "es" if n % 2 else "en")
    configure(pressdesk, database_url, smtp_server)
    result = send(pressdesk, database_url, seeded.release_id)
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert {k: summary[k] for k in ("recipients", "sent", "failed", "deferred", "uncertain")} == {
        "recipients": 5,
        "sent": 5,
        "failed": 0,
        "deferred": 0,
        "uncertain": 0,
    }
    received = smtp_server.handler.received
    assert sorted(r.rcpt_tos[0] for r in received) == sorted(seeded.addresses)
    assert all(len(r.rcpt_tos) == 1 and r.mail_from == FROM_ADDRESS for r in received)
    by_address = {r.rcpt_tos[0]: r.message for r in received}
    recorded = {d.email: d for d in deliveries(database)}
    for address, message in by_address.items():
        assert message["To"].addresses[0].addr_spec == address
        assert "Bcc" not in message
        assert "Cc" not in message
        assert message["Message-ID"].endswith("@agency.example.org>")
        assert message["Message-ID"] == recorded[address].message_id
        assert recorded[address].status is DeliveryStatus.SENT
        assert recorded[address].smtp_response.startswith("250")
    spanish = by_address[seeded.addresses[1]]
    assert spanish["Subject"] == "Los ministros acuerdan un plan regional del agua"
    assert recorded[seeded.addresses[1]].language == "es"


def test_a_second_send_of_the_same_release_sends_nothing_new(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=4)
    configure(pressdesk, database_url, smtp_server)
    assert send(pressdesk, database_url, seeded.release_id).exit_code == 0
    again = send(pressdesk, database_url, seeded.release_id)
    assert again.exit_code == 0, again.stderr
    summary = json.loads(again.stdout)
    assert (summary["recipients"], summary["sent"], summary["skipped"]) == (0, 0, 4)
    assert len(smtp_server.handler.received) == 4
    resent = send(pressdesk, database_url, seeded.release_id, "--resend")
    assert json.loads(resent.stdout)["sent"] == 4
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 2)


def test_opted_out_people_are_skipped_and_counted(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=4)
    suppress(database, seeded.addresses[0].upper())  # opt-outs match whatever the case
    configure(pressdesk, database_url, smtp_server)
    result = send(pressdesk, database_url, seeded.release_id)
    summary = json.loads(result.stdout)
    assert (summary["recipients"], summary["sent"], summary["skipped"]) == (3, 3, 1)
    assert seeded.addresses[0] not in smtp_server.handler.recipients()
    with database.session() as session:
        distribution = session.scalars(select(Distribution)).one()
        assert (distribution.skipped_opted_out, distribution.skipped_already_received) == (1, 0)


@pytest.mark.slow
@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
def test_a_temporary_refusal_is_retried_after_a_short_wait(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=3)
    smtp_server.handler.rules[seeded.addresses[1]] = ["451-rcpt"]
    configure(pressdesk, database_url, smtp_server)
    result = send(pressdesk, database_url, seeded.release_id)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sent"] == 3
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)
    retried = next(d for d in deliveries(database) if d.email == seeded.addresses[1])
    assert (retried.status, retried.attempts) == (DeliveryStatus.SENT, 2)


@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
def test_a_permanent_refusal_is_recorded_with_the_server_text_and_the_send_goes_on(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=3)
    smtp_server.handler.rules[seeded.addresses[0]] = ["550-rcpt"]
    configure(pressdesk, database_url, smtp_server)
    result = send(pressdesk, database_url, seeded.release_id)
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["sent"], summary["failed"]) == (2, 1)
    failed = next(d for d in deliveries(database) if d.email == seeded.addresses[0])
    assert failed.status is DeliveryStatus.FAILED
    assert failed.smtp_code == 550
    assert "No such user here" in failed.smtp_response
    smtp_server.handler.rules[seeded.addresses[0]] = ["550-rcpt"]
    text = pressdesk("--db", database_url, "send", str(seeded.release_id), "--list", "Press",
                     "--yes", "--resend")  # fmt: skip
    assert "No such user here" in text.stdout
    # Once the address works again, a plain send reaches that person and skips the others.
    again = send(pressdesk, database_url, seeded.release_id)
    assert again.exit_code == 0, again.stderr
    assert (json.loads(again.stdout)["sent"], json.loads(again.stdout)["skipped"]) == (1, 2)
    assert smtp_server.handler.recipients()[seeded.addresses[0]] == 1


@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
@pytest.mark.parametrize("fault", ["drop-rcpt", "421-rcpt", "drop-data"])
def test_a_lost_connection_is_reopened_and_everyone_gets_the_message_once(
    pressdesk,
    database: Database,
    database_url: str,
    smtp_server: SmtpServer,
    fault: str,
):
    seeded = seed(database, people=6)
    smtp_server.handler.rules[seeded.addresses[2]] = [fault]
    configure(pressdesk, database_url, smtp_server, "--connections", "1")
    result = send(pressdesk, database_url, seeded.release_id)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sent"] == 6
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)


@pytest.mark.slow
@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
def test_a_server_that_does_not_answer_in_time_leaves_that_message_uncertain_not_hanging(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=3)
    smtp_server.handler.rules[seeded.addresses[0]] = ["slow-data"]
    configure(pressdesk, database_url, smtp_server, "--timeout", "1", "--connections", "1")
    result = pressdesk(
        "--db", database_url, "send", str(seeded.release_id), "--list", "Press", "--yes"
    )
    assert result.exit_code == 0, result.stderr
    assert "1 uncertain" in result.stdout
    assert f"uncertain: {seeded.addresses[0]}" in result.stdout
    assert "--include-uncertain" in result.stdout
    statuses = {d.email: d.status for d in deliveries(database)}
    assert statuses[seeded.addresses[0]] is DeliveryStatus.UNCERTAIN
    assert statuses[seeded.addresses[1]] is DeliveryStatus.SENT
    listed = pressdesk("--db", database_url, "outbox", "resume")
    assert f"uncertain: {seeded.addresses[0]}" in listed.stdout
    again = pressdesk("--db", database_url, "outbox", "resume", "--include-uncertain", "--json")
    assert json.loads(again.stdout)["sent"] == 3


def test_an_unreachable_server_stops_the_send_with_exit_1_and_marks_nothing_sent(
    pressdesk, database: Database, database_url: str
):
    seeded = seed(database, people=3)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dead = SmtpServer("127.0.0.1", port, handler=None)  # type: ignore[arg-type]
    configure(pressdesk, database_url, dead)
    result = send(pressdesk, database_url, seeded.release_id)
    assert result.exit_code == 1
    assert "refused the connection" in result.stderr
    assert "outbox resume" in result.stderr
    assert {d.status for d in deliveries(database)} == {DeliveryStatus.QUEUED}
    with database.session() as session:
        status = session.scalars(select(Distribution.status)).one()
    assert status is DistributionStatus.INTERRUPTED
    assert release_status(pressdesk, database_url, seeded.release_id) == "draft"


def test_without_yes_and_without_a_terminal_nothing_is_sent(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=2)
    configure(pressdesk, database_url, smtp_server)
    result = pressdesk("--db", database_url, "send", str(seeded.release_id), "--list", "Press")
    assert result.exit_code == 2
    assert "--yes" in result.stderr
    assert smtp_server.handler.received == []
    assert deliveries(database) == []


def test_a_test_copy_is_marked_and_records_no_delivery(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=2)
    configure(pressdesk, database_url, smtp_server)
    result = pressdesk(
        "--db", database_url, "send", str(seeded.release_id), "--test", "me@agency.example.org"
    )
    assert result.exit_code == 0, result.stderr
    (received,) = smtp_server.handler.received
    assert received.rcpt_tos == ["me@agency.example.org"]
    assert received.message["Subject"].startswith("[TEST]")
    assert deliveries(database) == []


def test_a_dry_run_writes_the_messages_and_sends_nothing(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer, tmp_path: Path
):
    seeded = seed(database, people=3)
    configure(pressdesk, database_url, smtp_server)
    out = tmp_path / "dry"
    result = send(pressdesk, database_url, seeded.release_id, "--dry-run", str(out))
    assert result.exit_code == 0, result.stderr
    files = sorted(out.glob("*.eml"))
    assert len(files) == 3
    assert any(seeded.addresses[0] in f.read_text() for f in files)
    assert smtp_server.handler.received == []
    assert deliveries(database) == []


def test_hostile_names_never_add_headers_or_recipients(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(
        database,
        people=2,
        names=lambda n: ("Eve\r\nBcc: victim@evil.example", "X\nSubject: forged"),
    )
    configure(pressdesk, database_url, smtp_server)
    assert send(pressdesk, database_url, seeded.release_id).exit_code == 0
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)
    for received in smtp_server.handler.received:
        message = received.message
        assert "Bcc" not in message
        assert message.get_all("Subject") == ["Ministers agree on a regional water plan"]
        assert len(message["To"].addresses) == 1


def release_status(pressdesk, database_url: str, release_id: int) -> str:
    listing = json.loads(pressdesk("--db", database_url, "release", "list", "--json").stdout)
    return next(row["status"] for row in listing if row["id"] == release_id)


def test_a_scheduled_send_waits_for_its_moment_then_outbox_run_sends_it(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=3)
    configure(pressdesk, database_url, smtp_server)
    moment = (utcnow() + timedelta(hours=2)).isoformat()
    scheduled = send(pressdesk, database_url, seeded.release_id, "--at", moment)
    assert scheduled.exit_code == 0, scheduled.stderr
    assert json.loads(scheduled.stdout)["sent"] == 0
    early = pressdesk("--db", database_url, "outbox", "run", "--json")
    assert json.loads(early.stdout) == []
    assert smtp_server.handler.received == []
    listing = json.loads(pressdesk("--db", database_url, "outbox", "--json").stdout)
    assert [(row["status"], row["queued"]) for row in listing] == [("scheduled", 3)]
    assert release_status(pressdesk, database_url, seeded.release_id) == "scheduled"
    with database.session() as session:
        session.execute(update(Distribution).values(scheduled_at=utcnow() - timedelta(minutes=1)))
    due = pressdesk("--db", database_url, "outbox", "run", "--json")
    assert due.exit_code == 0, due.stderr
    assert [row["sent"] for row in json.loads(due.stdout)] == [3]
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)
    assert release_status(pressdesk, database_url, seeded.release_id) == "sent"


def test_a_moment_in_the_past_or_unreadable_is_refused(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=1)
    configure(pressdesk, database_url, smtp_server)
    for moment in ("2001-01-01T09:00+00:00", "next tuesday"):
        result = send(pressdesk, database_url, seeded.release_id, "--at", moment)
        assert result.exit_code == 2
    assert deliveries(database) == []


def test_the_report_by_contact_says_who_received_it(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=3, names=lambda n: ("=HYPERLINK(1)", f"N{n}"))
    smtp_server.handler.rules[seeded.addresses[2]] = ["550-rcpt"]
    configure(pressdesk, database_url, smtp_server)
    send(pressdesk, database_url, seeded.release_id)
    rows = json.loads(
        pressdesk("--db", database_url, "report", str(seeded.release_id), "--by", "contact",
                  "--format", "json").stdout
    )  # fmt: skip
    assert {r["email"]: r["status"] for r in rows} == {
        seeded.addresses[0]: "sent",
        seeded.addresses[1]: "sent",
        seeded.addresses[2]: "failed",
    }
    assert set(rows[0]) == {
        "email", "name", "outlet", "status", "attempts", "sent_at", "smtp_response"
    }  # fmt: skip
    csv_text = pressdesk("--db", database_url, "report", str(seeded.release_id), "--by",
                         "contact", "--format", "csv").stdout  # fmt: skip
    assert csv_text.startswith("\ufeff")  # Excel opens accents right
    assert csv_text.lstrip("\ufeff").splitlines()[0].startswith("Email,Name,Outlet,Status")
    assert "'=HYPERLINK" in csv_text
    assert ",=HYPERLINK" not in csv_text


def test_a_distribution_owned_by_a_live_process_is_left_alone(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=2)
    configure(pressdesk, database_url, smtp_server)
    send(
        pressdesk,
        database_url,
        seeded.release_id,
        "--at",
        (utcnow() + timedelta(hours=1)).isoformat(),
    )
    with database.session() as session:
        session.execute(
            update(Distribution).values(
                status=DistributionStatus.SENDING,
                owner_host=socket.gethostname(),
                owner_pid=os.getppid(),  # alive: the process that started the tests
                lease_expires_at=utcnow() + timedelta(minutes=1),
            )
        )
    result = pressdesk("--db", database_url, "outbox", "resume", "--json")
    assert result.exit_code == 0, result.stderr
    assert "left alone" in result.stderr
    assert smtp_server.handler.received == []
    explicit = pressdesk("--db", database_url, "outbox", "resume", "1")
    assert explicit.exit_code == 1
    assert "left alone" in explicit.stderr
