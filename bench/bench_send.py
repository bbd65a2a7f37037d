"""Throughput of ``pressdesk send`` against Postfix's smtp-sink, next to a bare smtplib loop.

Starts ``smtp-sink`` (Debian package ``postfix``) on 127.0.0.1, seeds a fresh database with
N contacts in one list, then in the same run measures:

* the reference: one smtplib connection sending N pre-rendered messages in a loop;
* ``pressdesk send RELEASE --list ... --yes`` from process start to exit, once per number of
  parallel connections asked for.

Usage: python bench/bench_send.py [--contacts 10000] [--connections 2 4]
"""

from __future__ import annotations

import argparse
import os
import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select

from pressdesk.contacts.addresses import email_key
from pressdesk.database import open_database
from pressdesk.database.models import (
    Contact,
    ContactList,
    ListMember,
    Release,
    ReleaseVersion,
)
from pressdesk.releases.compose import Recipient, ReleaseComposer, Sender, make_message_id
from pressdesk.settings import Organization, save_organization

SMTP_SINK = "/usr/sbin/smtp-sink"
FROM_ADDRESS = "press@agency.example.org"
LIST_NAME = "Everyone"
BODY = (
    "Ministers from the region **agreed** today on a shared plan for water.\n\n"
    "The plan covers the next ten years and sets out who pays for what.\n\n"
    "- Storage for the dry season\n- Early warning for floods\n- Shared data\n"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_sink(port: int) -> subprocess.Popen[bytes]:
    if not Path(SMTP_SINK).exists():
        sys.exit(f"{SMTP_SINK} is missing: install the Debian package 'postfix'.")
    sink = subprocess.Popen(
        [SMTP_SINK, "-4", "-u", "nobody", f"127.0.0.1:{port}", "256"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return sink
        except OSError:
            time.sleep(0.05)
    sink.kill()
    sys.exit("smtp-sink did not start")


def seed(database_url: str, contacts: int, releases: int) -> list[int]:
    db = open_database(database_url)
    with db.session() as session:
        save_organization(session, Organization(name="Regional Press Office", email=FROM_ADDRESS))
        release_ids = []
        for number in range(releases):
            release = Release(language="en", tags=[])
            release.versions = [
                ReleaseVersion(
                    language="en",
                    headline=f"Ministers agree on a regional water plan ({number})",
                    dateline="PANAMA CITY",
                    body_md=BODY,
                ),
                ReleaseVersion(
                    language="es",
                    headline=f"Los ministros acuerdan un plan regional del agua ({number})",
                    dateline="CIUDAD DE PANAMÁ",
                    body_md=BODY,
                ),
            ]
            session.add(release)
            session.flush()
            release_ids.append(release.id)
        everyone = ContactList(name=LIST_NAME)
        session.add(everyone)
        session.flush()
        now = datetime.now(UTC)
        session.execute(
            insert(Contact),
            [
                {
                    "email": f"reporter{n}@outlet{n % 97}.example.net",
                    "email_key": email_key(f"reporter{n}@outlet{n % 97}.example.net"),
                    "first_name": f"Ana{n}",
                    "last_name": "Pérez",
                    "language": "es" if n % 3 == 0 else "en",
                    "phones": [],
                    "other_languages": [],
                    "social": {},
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for n in range(contacts)
            ],
        )
        ids = session.scalars(select(Contact.id)).all()
        session.execute(
            insert(ListMember),
            [{"list_id": everyone.id, "contact_id": cid, "added_at": now} for cid in ids],
        )
    db.dispose()
    return release_ids


def prerender(database_url: str, release_id: int, contacts: int) -> list[tuple[str, bytes]]:
    db = open_database(database_url)
    with db.session() as session:
        composer = ReleaseComposer(session, release_id, Sender(FROM_ADDRESS))
        rows = session.execute(select(Contact.email, Contact.first_name, Contact.language)).all()
    db.dispose()
    return [
        (
            email,
            composer.compose(
                Recipient(email=email, first_name=first, language=language),
                message_id=make_message_id(FROM_ADDRESS),
            ),
        )
        for email, first, language in rows[:contacts]
    ]


def bare_loop(port: int, messages: list[tuple[str, bytes]]) -> float:
    started = time.perf_counter()
    client = smtplib.SMTP("127.0.0.1", port, timeout=30)
    for address, message in messages:
        client.sendmail(FROM_ADDRESS, [address], message)
    client.quit()
    return time.perf_counter() - started


def pressdesk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pressdesk", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--connections", type=int, nargs="+", default=[2, 4])
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="pressdesk-bench-"))
    database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    env = {**os.environ, "PRESSDESK_DATA_DIR": str(workdir)}
    port = free_port()
    sink = start_sink(port)
    try:
        release_ids = seed(database_url, options.contacts, len(options.connections))
        configured = pressdesk(
            env, "--db", database_url, "smtp", "set", "--host", "127.0.0.1", "--port", str(port),
            "--security", "none", "--from-address", FROM_ADDRESS,
        )  # fmt: skip
        if configured.returncode != 0:
            sys.exit(configured.stderr)
        messages = prerender(database_url, release_ids[0], options.contacts)
        n = len(messages)
        print(f"contacts: {options.contacts}, load average {os.getloadavg()[0]:.1f}")
        bare = bare_loop(port, messages)
        print(f"bare smtplib loop, 1 connection: {bare:6.2f} s  {n / bare:7.0f} msg/s")
        for release_id, connections in zip(release_ids, options.connections, strict=True):
            pressdesk(env, "--db", database_url, "smtp", "set", "--connections", str(connections))
            started = time.perf_counter()
            result = pressdesk(
                env, "--db", database_url, "send", str(release_id), "--list", LIST_NAME, "--yes",
                "--json",
            )  # fmt: skip
            elapsed = time.perf_counter() - started
            if result.returncode != 0:
                sys.exit(f"pressdesk send failed: {result.stderr}")
            print(
                f"pressdesk send, {connections} connections:  {elapsed:6.2f} s  "
                f"{n / elapsed:7.0f} msg/s  ratio {elapsed / bare:4.2f}x (goal <= 1.5x)"
            )
        again = bare_loop(port, messages)
        print(f"bare smtplib loop again:         {again:6.2f} s  {n / again:7.0f} msg/s")
    finally:
        sink.terminate()
        sink.wait()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
