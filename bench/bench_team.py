"""Team mode: queueing a big send under the one-copy rule, and moving a laptop database.

Seeds a SQLite file with N contacts in one list, then measures:

* queueing a send to all of them on SQLite (the deliveries inserted with "on conflict do
  nothing" against the unique index), and a second send of the same release (everyone skipped);
* ``db migrate-to`` of that file into an empty PostgreSQL database (rows per second);
* the same two queueings on PostgreSQL.

Without ``--server`` it starts a throwaway PostgreSQL server (needs the ``postgresql`` package).

Usage: python bench/bench_team.py [--contacts 20000] [--server postgresql://USER@HOST/ADMIN_DB]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

from bench_send import FROM_ADDRESS, LIST_NAME, seed
from pressdesk.database import Database, open_database
from pressdesk.database.models import SmtpSecurity
from pressdesk.database.transfer import copy_database
from pressdesk.jobs import run_to_completion
from pressdesk.mail.planning import queue_send
from pressdesk.mail.profiles import ProfileChanges, get_profile, save_profile

LATER = datetime(2099, 1, 1, 9, 0, tzinfo=UTC)


def queue_all(database: Database, release_id: int) -> tuple[float, int, int]:
    """Seconds to queue a send to the whole list, with the recipients and skipped counts."""
    started = time.perf_counter()
    with database.session() as session:
        prepared = queue_send(
            session, release_id, get_profile(session), [LIST_NAME], scheduled_at=LATER
        )
    return time.perf_counter() - started, prepared.plan.recipients, prepared.plan.skipped


def report(where: str, database: Database, release_id: int) -> None:
    seconds, recipients, _ = queue_all(database, release_id)
    print(f"{where}: queued {recipients:,} deliveries in {seconds:.2f} s")
    seconds, recipients, skipped = queue_all(database, release_id)
    print(
        f"{where}: the same send again: {recipients} queued, {skipped:,} skipped in {seconds:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=20000)
    parser.add_argument("--server", help="admin URL of a PostgreSQL server to create a database on")
    args = parser.parse_args()
    cluster = None
    admin_url = args.server
    if admin_url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from postgres_cluster import ThrowawayCluster

        cluster = ThrowawayCluster()
        admin_url = cluster.start()
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    server_url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    try:
        with tempfile.TemporaryDirectory() as folder:
            laptop_url = f"sqlite:///{Path(folder) / 'laptop.sqlite3'}"
            release_a, release_b = seed(laptop_url, args.contacts, releases=2)
            laptop = open_database(laptop_url)
            with laptop.session() as session:
                save_profile(
                    session,
                    "office",
                    ProfileChanges(
                        host="127.0.0.1", port=25, security=SmtpSecurity.NONE,
                        from_address=FROM_ADDRESS,
                    ),
                )  # fmt: skip
            report("SQLite", laptop, release_a)
            started = time.perf_counter()
            moved = run_to_completion(copy_database(laptop, server_url))
            seconds = time.perf_counter() - started
            print(
                f"migrate-to: {moved.rows:,} rows in {seconds:.2f} s "
                f"({moved.rows / seconds:,.0f} rows/s)"
            )
            laptop.dispose()
            server = open_database(server_url)
            report("PostgreSQL", server, release_b)
            server.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()
