"""``kill -9`` in the middle of a send, then ``outbox resume``: nothing lost, nothing sent twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from mailtesting import FROM_ADDRESS, Seeded, SmtpServer, seed, wait_until
from sqlalchemy import select, update

from pressdesk.database import Database
from pressdesk.database.models import Delivery, DeliveryStatus, Distribution, DistributionStatus

PEOPLE = 40


def start_sending_slowly(
    pressdesk, database: Database, database_url: str, server: SmtpServer, data_dir: Path
) -> tuple[Seeded, subprocess.Popen[str]]:
    """A ``pressdesk send`` subprocess, well into its work on a server that answers slowly."""
    seeded = seed(database, people=PEOPLE)
    configured = pressdesk(
        "--db", database_url, "smtp", "set", "--host", server.host, "--port", str(server.port),
        "--security", "none", "--from-address", FROM_ADDRESS, "--connections", "2",
    )  # fmt: skip
    assert configured.exit_code == 0, configured.stderr
    server.handler.delay = 0.1  # each message waits for its reply: stopped mid-send
    sender = subprocess.Popen(
        [sys.executable, "-m", "pressdesk", "--db", database_url, "send", str(seeded.release_id),
         "--list", "Press", "--yes"],
        env={**os.environ, "PRESSDESK_DATA_DIR": str(data_dir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        wait_until(lambda: len(server.handler.received) >= 8)
    except BaseException:
        sender.kill()
        sender.communicate()
        raise
    return seeded, sender


@pytest.fixture
def slow_send(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer, private_user_dirs
) -> Iterator[tuple[Seeded, subprocess.Popen[str]]]:
    seeded, sender = start_sending_slowly(
        pressdesk, database, database_url, smtp_server, private_user_dirs
    )
    yield seeded, sender
    if sender.poll() is None:
        sender.kill()
        sender.communicate()


@pytest.mark.slow
@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
def test_a_killed_send_resumes_without_duplicates_and_lists_what_is_uncertain(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer, slow_send
):
    seeded, sender = slow_send
    sender.send_signal(signal.SIGKILL)
    sender.communicate()
    handler = smtp_server.handler
    assert sender.returncode == -signal.SIGKILL
    handler.delay = 0.0
    time.sleep(0.5)  # let the server finish what it was taking in when the client died

    # Right after the crash: the dead owner is noticed at once, the rest goes out, and what
    # was in flight on each connection is listed as uncertain rather than sent again.
    resumed = pressdesk("--db", database_url, "outbox", "resume", "--json")
    assert resumed.exit_code == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    uncertain = set(summary["uncertain_recipients"])
    assert summary["uncertain"] == len(uncertain) <= 2  # at most one per connection
    assert summary["sent"] + summary["uncertain"] == PEOPLE
    counts = handler.recipients()
    assert all(counts[address] == 1 for address in seeded.addresses if address not in uncertain)
    assert all(counts[address] <= 1 for address in uncertain)

    # The officer decides to send the uncertain ones again.
    again = pressdesk("--db", database_url, "outbox", "resume", "--include-uncertain", "--json")
    assert again.exit_code == 0, again.stderr
    final = json.loads(again.stdout)
    assert (final["sent"], final["uncertain"]) == (PEOPLE, 0)
    counts = handler.recipients()
    for address in seeded.addresses:
        assert counts[address] == 1 or (address in uncertain and counts[address] == 2)
    with database.session() as session:
        assert set(session.scalars(select(Delivery.status))) == {DeliveryStatus.SENT}
        owner = session.execute(select(Distribution.owner_pid, Distribution.status)).one()
    assert owner.owner_pid is None
    assert owner.status.value == "done"


@pytest.mark.slow
@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
def test_a_terminated_send_stops_cleanly_and_outbox_run_finishes_it(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer, slow_send
):
    seeded, sender = slow_send
    sender.terminate()
    _, stderr = sender.communicate(timeout=30)
    handler = smtp_server.handler
    assert sender.returncode == 1
    assert "Sending was interrupted" in stderr
    with database.session() as session:
        statuses = set(session.scalars(select(Delivery.status)))
        distribution = session.scalars(select(Distribution)).one()
    assert DeliveryStatus.SENDING not in statuses
    assert DeliveryStatus.UNCERTAIN not in statuses  # the messages in flight were finished
    assert distribution.status.value == "interrupted"
    assert distribution.owner_pid is None
    handler.delay = 0.0
    finished = pressdesk("--db", database_url, "outbox", "run", "--json")
    assert finished.exit_code == 0, finished.stderr
    assert [row["sent"] for row in json.loads(finished.stdout)] == [PEOPLE]
    assert handler.recipients() == dict.fromkeys(seeded.addresses, 1)


@pytest.mark.slow
@pytest.mark.parametrize("pipelining", [True, False], ids=["pipelining", "one-by-one"])
def test_two_resumers_at_once_never_send_one_message_twice(
    pressdesk, database: Database, database_url: str, smtp_server: SmtpServer, private_user_dirs
):
    seeded = seed(database, people=PEOPLE)
    configured = pressdesk(
        "--db", database_url, "smtp", "set", "--host", smtp_server.host, "--port",
        str(smtp_server.port), "--security", "none", "--from-address", FROM_ADDRESS,
    )  # fmt: skip
    assert configured.exit_code == 0, configured.stderr
    later = "2099-01-01T09:00+00:00"
    queued = pressdesk("--db", database_url, "send", str(seeded.release_id), "--list", "Press",
                       "--yes", "--at", later)  # fmt: skip
    assert queued.exit_code == 0, queued.stderr
    with database.session() as session:
        session.execute(update(Distribution).values(status=DistributionStatus.INTERRUPTED))
    smtp_server.handler.delay = 0.02
    resumers = [
        subprocess.Popen(
            [sys.executable, "-m", "pressdesk", "--db", database_url, "outbox", "resume"],
            env={**os.environ, "PRESSDESK_DATA_DIR": str(private_user_dirs)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [resumer.communicate(timeout=60) for resumer in resumers]
    assert [resumer.returncode for resumer in resumers] == [0, 0], outputs
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)
    with database.session() as session:
        assert set(session.scalars(select(Delivery.status))) == {DeliveryStatus.SENT}
