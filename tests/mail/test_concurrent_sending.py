"""Two officers sending the same release at the same moment: each person gets it once.

The guarantee is the database's (a unique index on release, language and address for first
copies), so these tests race real transactions and real ``pressdesk send`` processes against a
real SMTP server, on SQLite and again on PostgreSQL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from mailtesting import FROM_ADDRESS, FaultyHandler, Seeded, SmtpServer, seed, start_server
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from pressdesk.contacts.addresses import email_key
from pressdesk.database import Database
from pressdesk.database.models import (
    Contact,
    ContactList,
    Delivery,
    DeliveryStatus,
    Distribution,
    ListMember,
    SmtpProfile,
)
from pressdesk.database.types import utcnow
from pressdesk.mail.planning import PreparedDistribution, queue_send
from pressdesk.mail.profiles import get_profile


def configure(pressdesk, database_url: str, server: SmtpServer) -> None:
    result = pressdesk(
        "--db", database_url, "smtp", "set", "--host", server.host, "--port", str(server.port),
        "--security", "none", "--from-address", FROM_ADDRESS, "--connections", "2",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr


def add_overlapping_list(database: Database, seeded: Seeded, shared: int, extra: int) -> list[str]:
    """A list "Desk" with the last ``shared`` people of "Press" and ``extra`` people of its own."""
    with database.session() as session:
        desk = ContactList(name="Desk")
        session.add(desk)
        session.flush()
        addresses = list(seeded.addresses[-shared:])
        for number in range(extra):
            address = f"editor{number}@desk.example.org"
            contact = Contact(
                email=address, email_key=email_key(address), first_name=f"Édith{number}",
                language="en", phones=[], other_languages=[], social={},
            )  # fmt: skip
            session.add(contact)
            addresses.append(address)
        session.flush()
        ids = session.scalars(
            select(Contact.id).where(Contact.email_key.in_([a.lower() for a in addresses]))
        )
        session.add_all(ListMember(list_id=desk.id, contact_id=cid) for cid in ids)
    return addresses


def first_copies_per_person(database: Database) -> dict[str, int]:
    with database.session() as session:
        rows = session.execute(
            select(Delivery.email, func.count())
            .where(Delivery.is_resend.is_(False))
            .group_by(Delivery.email)
        ).all()
    return dict(rows)


def test_two_sends_racing_in_open_transactions_give_each_person_one_copy(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer
):
    seeded = seed(database, people=6)
    desk = add_overlapping_list(database, seeded, shared=3, extra=2)
    configure(pressdesk, database_url, smtp_server)

    first = database.session_factory()
    with database.session() as session:
        profile = get_profile(session)
    prepared_first = queue_send(first, seeded.release_id, profile, ["Press"])
    assert prepared_first.plan.recipients == 6  # written, not committed yet

    outcome: dict[str, PreparedDistribution | BaseException] = {}

    def second_officer() -> None:
        try:
            with database.session() as session:
                outcome["second"] = queue_send(session, seeded.release_id, profile, ["Desk"])
        except BaseException as exc:
            outcome["second"] = exc

    racer = threading.Thread(target=second_officer)
    racer.start()
    time.sleep(0.8)
    # The second transaction cannot finish while the first holds the people they share.
    assert racer.is_alive()
    if not database.is_sqlite:
        with database.engine.connect() as watcher:
            waits = watcher.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            ).scalar()
        assert waits == 1  # blocked by the unique index, not by a check in Python
    first.commit()
    first.close()
    racer.join(timeout=30)
    second = outcome["second"]
    assert isinstance(second, PreparedDistribution), second
    assert second.plan.recipients == 2  # only the people "Press" did not have
    assert second.plan.skipped_already_received == 3
    with database.session() as session:
        distribution = session.get(Distribution, second.distribution)
        assert distribution is not None
        assert distribution.skipped_already_received == 3
    everyone = set(seeded.addresses) | set(desk)
    assert first_copies_per_person(database) == dict.fromkeys(everyone, 1)


def test_the_database_itself_refuses_a_second_first_copy_but_allows_a_resend(
    database: Database,
):
    seeded = seed(database, people=1)
    now = utcnow()
    address = seeded.addresses[0]

    def delivery(distribution_id: int, *, resend: bool = False, status=DeliveryStatus.SENT):
        first_copy = not resend and status is not DeliveryStatus.FAILED  # as sending records it
        return {
            "distribution_id": distribution_id, "release_id": seeded.release_id,
            "language": "en", "email": address, "email_key": address, "status": status,
            "is_resend": resend, "first_copy_key": address if first_copy else None,
            "attempts": 1, "queued_at": now, "updated_at": now,
        }  # fmt: skip

    with database.session() as session:
        ids = []
        for _ in range(4):
            distribution = Distribution(release_id=seeded.release_id, audience={})
            session.add(distribution)
            session.flush()
            ids.append(distribution.id)
    with database.session() as session:
        session.execute(insert(Delivery), [delivery(ids[0])])
    with pytest.raises(IntegrityError), database.session() as session:
        session.execute(insert(Delivery), [delivery(ids[1], status=DeliveryStatus.QUEUED)])
    with database.session() as session:  # an explicit resend, and a failed attempt, are fine
        session.execute(insert(Delivery), [delivery(ids[2], resend=True)])
        session.execute(insert(Delivery), [delivery(ids[3], status=DeliveryStatus.FAILED)])
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Delivery)) == 3


@pytest.mark.slow
@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
def test_two_officers_sending_at_once_to_overlapping_lists_reach_everyone_exactly_once(
    pressdesk,
    database: Database,
    database_url: str,
    smtp_server: SmtpServer,
    private_user_dirs: Path,
):
    seeded = seed(database, people=40)
    desk = add_overlapping_list(database, seeded, shared=25, extra=10)
    configure(pressdesk, database_url, smtp_server)
    smtp_server.handler.delay = 0.01
    environment = {**os.environ, "PRESSDESK_DATA_DIR": str(private_user_dirs)}
    commands = [
        [sys.executable, "-m", "pressdesk", "--db", database_url, "send",
         str(seeded.release_id), "--list", list_name, "--yes", "--json"]
        for list_name in ("Press", "Desk")
    ]  # fmt: skip
    officers = [
        subprocess.Popen(
            command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for command in commands
    ]
    outputs = [officer.communicate(timeout=120) for officer in officers]
    assert [officer.returncode for officer in officers] == [0, 0], outputs
    summaries = [json.loads(stdout) for stdout, _ in outputs]
    everyone = set(seeded.addresses) | set(desk)
    assert smtp_server.handler.recipients() == dict.fromkeys(everyone, 1)
    assert sum(summary["sent"] for summary in summaries) == len(everyone) == 50
    # The 25 people on both lists were skipped by whichever officer came second.
    assert sum(summary["skipped"] for summary in summaries) == 40 + 35 - 50

    # Asking on purpose for a second copy still works.
    again = pressdesk(
        "--db", database_url, "send", str(seeded.release_id), "--list", "Desk", "--yes",
        "--json", "--resend",
    )  # fmt: skip
    assert again.exit_code == 0, again.stderr
    counts = smtp_server.handler.recipients()
    assert all(counts[address] == 2 for address in desk)
    assert all(counts[address] == 1 for address in everyone - set(desk))


@pytest.mark.slow
@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
def test_a_takeover_while_the_first_sender_still_runs_sends_nobody_twice(
    pressdesk,
    database: Database,
    database_url: str,
    smtp_server: SmtpServer,
    private_user_dirs,
    pipelining: bool,
):
    """Even when two processes work on one distribution at once, each message is claimed once.

    The first sender's lease is made to look expired on another machine (as when a laptop
    drops off the network), so a second process takes the distribution over while the first
    is in fact still sending. The second one is pointed at another SMTP server, so what each
    process sent can be told apart: together, everyone exactly once.
    """
    from test_crash import PEOPLE, start_sending_slowly

    seeded, first = start_sending_slowly(
        pressdesk, database, database_url, smtp_server, private_user_dirs
    )
    other = FaultyHandler(delay=0.1, pipelining=pipelining)
    controller = start_server(other)
    try:
        with database.session() as session:
            session.execute(update(SmtpProfile).values(port=controller.port))
            session.execute(
                update(Distribution).values(
                    owner_host="laptop-gone-quiet", lease_expires_at=utcnow() - timedelta(seconds=1)
                )
            )
        second = pressdesk("--db", database_url, "outbox", "resume", "--json")
        _, first_errors = first.communicate(timeout=120)
    finally:
        controller.stop()
        if first.poll() is None:
            first.kill()
            first.communicate()
    assert second.exit_code == 0, second.stderr
    assert first.returncode == 0, first_errors
    by_first, by_second = smtp_server.handler.recipients(), other.recipients()
    assert by_second, "the second process took part"
    assert len(by_first) > 8, "the first one went on sending after the takeover"
    assert not set(by_first) & set(by_second)
    assert by_first + by_second == dict.fromkeys(seeded.addresses, 1)
    assert len(seeded.addresses) == PEOPLE
    with database.session() as session:
        assert set(session.scalars(select(Delivery.status))) == {DeliveryStatus.SENT}
