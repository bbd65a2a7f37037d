"""``kill -9`` in the middle of a send, then ``outbox resume``: nothing lost, nothing sent twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from mailtesting import FROM_ADDRESS, SmtpServer, seed, wait_until
from sqlalchemy import select

from pressdesk.database import Database
from pressdesk.database.models import Delivery, DeliveryStatus, Distribution

PEOPLE = 40


@pytest.mark.slow
def test_a_killed_send_resumes_without_duplicates_and_lists_what_is_uncertain(
    pressdesk,
    database: Database,
    database_url: str,
    smtp_server: SmtpServer,
    private_user_dirs: Path,
):
    seeded = seed(database, people=PEOPLE)
    configured = pressdesk(
        "--db", database_url, "smtp", "set", "--host", smtp_server.host, "--port",
        str(smtp_server.port), "--security", "none", "--from-address", FROM_ADDRESS,
        "--connections", "2",
    )  # fmt: skip
    assert configured.exit_code == 0, configured.stderr
    handler = smtp_server.handler
    handler.delay = 0.1  # each message waits for its reply: the process is killed mid-send
    sender = subprocess.Popen(
        [sys.executable, "-m", "pressdesk", "--db", database_url, "send", str(seeded.release_id),
         "--list", "Press", "--yes"],
        env={**os.environ, "PRESSDESK_DATA_DIR": str(private_user_dirs)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_until(lambda: len(handler.received) >= 8)
    finally:
        sender.send_signal(signal.SIGKILL)
        sender.wait()
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
