"""The sending core as the desktop app uses it: preview, job progress, pause, leases, rate limit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from datetime import timedelta

import pytest
from mailtesting import FROM_ADDRESS, SmtpServer, seed, suppress
from sqlalchemy import select, update

from pressdesk.database import Database
from pressdesk.database.models import (
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    SmtpSecurity,
)
from pressdesk.database.types import utcnow
from pressdesk.errors import NotFound
from pressdesk.jobs import Cancelled, run_to_completion
from pressdesk.mail import lease
from pressdesk.mail.outbox import (
    list_distributions,
    mark_uncertain_received,
    uncertain_deliveries,
)
from pressdesk.mail.planning import preview_audience, queue_send, release_composer
from pressdesk.mail.profiles import ProfileChanges, ProfileInfo, save_profile
from pressdesk.mail.ratelimit import TokenBucket
from pressdesk.mail.sender import (
    SendProgress,
    resume_interrupted,
    send_distribution,
)


def profile_for(database: Database, server: SmtpServer, **changes: object) -> ProfileInfo:
    with database.session() as session:
        profile, _ = save_profile(
            session,
            None,
            ProfileChanges(
                host=server.host,
                port=server.port,
                security=SmtpSecurity.NONE,
                from_address=FROM_ADDRESS,
                timeout_seconds=5,
                **changes,  # type: ignore[arg-type]
            ),
        )
    return profile


def queue_distribution(database: Database, profile: ProfileInfo, release_id: int) -> int:
    with database.session() as session:
        return queue_send(session, release_id, profile, ["Press"]).distribution


def statuses(database: Database) -> list[DeliveryStatus]:
    with database.session() as session:
        return list(session.scalars(select(Delivery.status).order_by(Delivery.id)))


def test_the_preview_counts_recipients_and_skipped_people_without_writing(
    database: Database, smtp_server: SmtpServer
):
    seeded = seed(database, people=5, languages=lambda n: "es" if n < 2 else "en")
    profile = profile_for(database, smtp_server)
    suppress(database, seeded.addresses[4])
    run_to_completion(
        send_distribution(database, queue_distribution(database, profile, seeded.release_id))
    )
    with database.session() as session:
        composer = release_composer(session, seeded.release_id, profile)
        plan = preview_audience(session, seeded.release_id, composer, ["Press"], [])
        again = preview_audience(session, seeded.release_id, composer, ["Press"], [], resend=True)
    assert (plan.recipients, plan.skipped_opted_out, plan.skipped_already_received) == (0, 1, 4)
    assert (again.recipients, again.by_language) == (4, {"es": 2, "en": 2})
    assert len(statuses(database)) == 4


@pytest.mark.parametrize("stop", ["cancel", "close"])
def test_the_job_reports_progress_and_stopping_it_pauses_cleanly(
    database: Database, smtp_server: SmtpServer, stop: str
):
    seeded = seed(database, people=30)
    profile = profile_for(database, smtp_server, connections=2)
    distribution_id = queue_distribution(database, profile, seeded.release_id)
    smtp_server.handler.delay = 0.05
    job = send_distribution(database, distribution_id)
    seen: list[SendProgress] = []
    for progress in job:
        assert isinstance(progress, SendProgress)
        seen.append(progress)
        if progress.sent >= 5:
            break
    if stop == "cancel":
        with pytest.raises(Cancelled):  # as the desktop app's worker stops a job
            job.throw(Cancelled())
    else:
        job.close()
    assert seen[0].total == 30
    with database.session() as session:
        distribution = session.get(Distribution, distribution_id)
        assert distribution is not None
        assert distribution.status is DistributionStatus.PAUSED
        assert distribution.owner_pid is None
    paused = statuses(database)
    assert DeliveryStatus.SENDING not in paused
    assert DeliveryStatus.UNCERTAIN not in paused  # closing waits for the messages in flight
    assert 5 <= paused.count(DeliveryStatus.SENT) < 30
    smtp_server.handler.delay = 0.0
    summary = run_to_completion(send_distribution(database, distribution_id))
    assert (summary.sent, summary.status) == (30, DistributionStatus.DONE)
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)


def test_the_rate_limit_spaces_messages_out(database: Database, smtp_server: SmtpServer):
    seeded = seed(database, people=4)
    profile = profile_for(database, smtp_server, rate_per_minute=120, connections=2)
    started = time.monotonic()
    run_to_completion(
        send_distribution(database, queue_distribution(database, profile, seeded.release_id))
    )
    # A burst of two, then one message every half second.
    assert time.monotonic() - started >= 0.9
    assert len(smtp_server.handler.received) == 4


def test_a_token_bucket_allows_a_burst_then_waits():
    now = [100.0]
    bucket = TokenBucket(120, clock=lambda: now[0])
    stopped = threading.Event()
    assert bucket.acquire(stopped)
    assert bucket.acquire(stopped)
    stopped.set()
    assert not bucket.acquire(stopped)  # it would have had to wait
    now[0] += 0.5
    assert bucket.acquire(stopped)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.parametrize(
    ("host", "pid", "lease_left", "free"),
    [
        ("this", "dead", 60, True),  # same machine, process gone: take over at once
        ("this", "alive", 60, False),
        ("other", "alive", 60, False),  # another machine: trust its lease
        ("other", "alive", -1, True),  # ... until it runs out
    ],
)
def test_a_lease_is_taken_over_only_from_a_gone_owner(
    database: Database, smtp_server: SmtpServer, host: str, pid: str, lease_left: int, free: bool
):
    seeded = seed(database, people=1)
    profile = profile_for(database, smtp_server)
    distribution_id = queue_distribution(database, profile, seeded.release_id)
    with database.session() as session:
        session.execute(
            update(Distribution).values(
                status=DistributionStatus.SENDING,
                owner_host=socket.gethostname() if host == "this" else "elsewhere.example",
                owner_pid=_dead_pid() if pid == "dead" else os.getppid(),
                lease_expires_at=utcnow() + timedelta(seconds=lease_left),
            )
        )
    session = database.session_factory()
    try:
        if free:
            lease.acquire(session, distribution_id)
            lease.release(session, distribution_id, DistributionStatus.PAUSED)
        else:
            with pytest.raises(lease.DistributionBusy):
                lease.acquire(session, distribution_id)
    finally:
        session.close()


def test_resume_interrupted_marks_what_was_in_flight_uncertain_and_sends_the_rest(
    database: Database, smtp_server: SmtpServer
):
    seeded = seed(database, people=4)
    profile = profile_for(database, smtp_server)
    queue_distribution(database, profile, seeded.release_id)
    with database.session() as session:
        first = session.scalars(select(Delivery.id).order_by(Delivery.id)).first()
        session.execute(
            update(Delivery).where(Delivery.id == first).values(status=DeliveryStatus.SENDING)
        )
        session.execute(
            update(Distribution).values(
                status=DistributionStatus.SENDING,
                owner_host=socket.gethostname(),
                owner_pid=_dead_pid(),
                lease_expires_at=utcnow() + timedelta(minutes=1),
            )
        )
        listed = list_distributions(session)
    assert listed[0].status is DistributionStatus.INTERRUPTED
    result = run_to_completion(resume_interrupted(database))
    (summary,) = result.summaries
    assert (summary.sent, summary.uncertain) == (3, 1)
    assert summary.uncertain_emails == (seeded.addresses[0],)
    assert seeded.addresses[0] not in smtp_server.handler.recipients()


def test_someone_who_opts_out_after_scheduling_is_not_mailed(
    database: Database, smtp_server: SmtpServer
):
    seeded = seed(database, people=3)
    profile = profile_for(database, smtp_server)
    distribution_id = queue_distribution(database, profile, seeded.release_id)
    suppress(database, seeded.addresses[1])
    summary = run_to_completion(send_distribution(database, distribution_id))
    assert summary.sent == 2
    assert seeded.addresses[1] not in smtp_server.handler.recipients()
    assert statuses(database)[1] is DeliveryStatus.CANCELLED


def test_uncertain_deliveries_marked_as_received_count_as_sent_and_are_not_mailed_again(
    database: Database, smtp_server: SmtpServer
):
    seeded = seed(database, people=3)
    profile = profile_for(database, smtp_server)
    distribution_id = queue_distribution(database, profile, seeded.release_id)
    with database.session() as session:
        ids = list(session.scalars(select(Delivery.id).order_by(Delivery.id)))
        session.execute(
            update(Delivery)
            .where(Delivery.id.in_(ids[:2]))
            .values(status=DeliveryStatus.UNCERTAIN, sending_at=utcnow())
        )
    with database.session() as session:
        assert mark_uncertain_received(session, distribution_id, [ids[0]]) == 1
    with database.session() as session:
        left = uncertain_deliveries(session, distribution_id)
        assert [item.delivery for item in left] == [ids[1]]
        assert mark_uncertain_received(session, distribution_id) == 1
        assert mark_uncertain_received(session, distribution_id) == 0  # nothing left to resolve
    assert statuses(database)[:2] == [DeliveryStatus.SENT, DeliveryStatus.SENT]
    summary = run_to_completion(send_distribution(database, distribution_id))
    assert (summary.sent, summary.uncertain) == (3, 0)
    assert smtp_server.handler.recipients() == {seeded.addresses[2]: 1}
    with database.session() as session, pytest.raises(NotFound):
        mark_uncertain_received(session, 9999)


@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
def test_every_kind_of_refusal_in_one_send_ends_right_for_each_person(
    database: Database, smtp_server: SmtpServer
):
    """Faults next to each other, on one connection: what the server took, each exactly once."""
    from pressdesk.mail.sender import RetryPolicy, SendOptions

    seeded = seed(database, people=10)
    people = seeded.addresses
    smtp_server.handler.rules.update(
        {
            people[1]: ["451-rcpt"],  # deferred, then sent
            people[2]: ["550-rcpt"],  # failed at once
            people[3]: ["451-data", "451-data"],  # deferred twice after its data, then sent
            people[4]: ["550-data"],  # failed after its data
            people[5]: ["421-rcpt"],  # the server hangs up: reconnect, then sent
            people[6]: ["drop-data"],  # dropped after its data: sent again, once
            people[7]: ["drop-rcpt"],  # dropped at its envelope
        }
    )
    profile = profile_for(database, smtp_server, connections=1)
    distribution = queue_distribution(database, profile, seeded.release_id)
    options = SendOptions(retry=RetryPolicy(first_delay=0.05))
    summary = run_to_completion(send_distribution(database, distribution, options=options))

    assert (summary.sent, summary.failed, summary.uncertain) == (8, 2, 0)
    received = smtp_server.handler.recipients()
    assert received == {address: 1 for i, address in enumerate(people) if i not in (2, 4)}
    with database.session() as session:
        rows = {d.email: d for d in session.scalars(select(Delivery))}
    assert [rows[people[i]].attempts for i in range(8)] == [1, 2, 1, 3, 1, 2, 2, 2]
    assert "No such user here" in (rows[people[2]].smtp_response or "")
    assert rows[people[4]].smtp_code == 550
    # A failed person gives up the first copy, so a later send may reach them again.
    assert {
        d.first_copy_key is None for d in rows.values() if d.status is DeliveryStatus.FAILED
    } == {True}
