"""Throughput of ``pressdesk send`` against Postfix's smtp-sink, next to a bare smtplib loop.

Starts ``smtp-sink`` (Debian package ``postfix``) on 127.0.0.1, seeds a fresh database with
N contacts in one list and a release of about 600 words, then measures, interleaved so that the
load other work puts on the machine falls on both alike (bare, send, bare, send, ..., bare):

* the reference: one smtplib connection sending pre-rendered copies in a loop, the very messages
  PressDesk composes for these people (same composer, same sizes);
* ``pressdesk send RELEASE --list ... --yes`` from process start to exit, with its CPU time.

It prints each run, the medians and the ratio of the medians.

Usage: python bench/bench_send.py [--contacts 10000] [--connections 2] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
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
from pressdesk.mail.planning import release_composer
from pressdesk.mail.profiles import get_profile
from pressdesk.releases.compose import Recipient, make_message_id
from pressdesk.settings import Organization, save_organization

SMTP_SINK = "/usr/sbin/smtp-sink"
FROM_ADDRESS = "press@agency.example.org"
LIST_NAME = "Everyone"
# About 600 words, the length of a typical press release.
BODY = """\
Ministers responsible for water from eleven countries of the region **agreed** today on a shared
plan for the basins they have in common. The plan covers the next ten years and sets out, for
the first time, who pays for what, who measures what, and who must warn whom when a river rises
or a reservoir runs low.

The agreement was reached after two days of talks and follows eighteen months of work by
technical teams from each country. It will be signed by heads of government at the regional
summit in March and enters into force once six countries have ratified it.

"For too long each of us has managed half a river," said the chair of the meeting. "Floods and
droughts do not stop at borders, and neither should the data we need to see them coming. Today
we agreed to manage the whole river together, and to pay our fair share of doing so."

## What the plan contains

The plan rests on three commitments that every signatory country accepts:

- **Storage for the dry season.** Countries will jointly fund the repair of forty existing
  reservoirs and the building of twelve new small ones, chosen by need rather than by who asks
  first. Priority goes to towns that had to ration drinking water in two of the last five years.
- **Early warning for floods.** A shared network of river gauges and rain stations will report
  every fifteen minutes to a common centre, which will issue warnings in the languages of the
  people living downstream, by text message, radio and local officials.
- **Shared data.** Measurements of river flow, rainfall, groundwater and water quality will be
  published openly within a day of being taken, in a common format, so that farmers,
  researchers, journalists and city utilities can use them without asking permission.

## Money and oversight

The first five years will cost an estimated 1.2 billion dollars. Forty per cent will come from
the countries themselves, in proportion to the population living in the shared basins, and the
rest from development banks that have already signalled their support. A small secretariat of
about thirty people will track spending and publish a yearly report, which an independent panel
of scientists will review before it goes to ministers.

Each country keeps full control of its own water. The plan does not move water between basins
and does not change existing rights of use; it concerns how the shared rivers are measured, how
warnings are given, and how joint works are chosen and paid for.

## What happens next

Technical teams will meet in January to agree on the exact locations of the first gauges and on
the standards for the published data. The list of reservoirs to repair in the first phase will
be made public in February, together with the criteria used to choose them, and will be open to
comments from local authorities and civil society for sixty days.

Civil society groups that took part in the consultation welcomed the emphasis on open data and
on warnings in local languages, but asked that communities living near the planned reservoirs be
consulted before any building starts. Ministers agreed to add a public hearing for every new
site.

## About the regional water council

The council brings together the ministers responsible for water of the countries sharing the
region's main river basins. It was set up in 2009 to exchange information and has met every year
since. Today's plan is its first binding agreement.

Journalists may attend the signing in March; accreditation opens in February. Photographs of
today's meeting and the full text of the plan are available on request.
"""


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
                    headline=f"Ministers agree on a regional water plan ({number:03d})",
                    dateline="PANAMA CITY",
                    body_md=BODY,
                ),
                ReleaseVersion(
                    language="es",
                    headline=f"Los ministros acuerdan un plan regional del agua ({number:03d})",
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


def prerender(database_url: str, release_id: int) -> list[tuple[str, bytes]]:
    """The messages PressDesk would send for a release, composed by the same code."""
    db = open_database(database_url)
    with db.session() as session:
        profile = get_profile(session)
        composer = release_composer(session, release_id, profile)
        rows = session.execute(
            select(
                Contact.email,
                Contact.first_name,
                Contact.last_name,
                Contact.title,
                Contact.language,
                Contact.country,
            ).order_by(Contact.id)
        ).all()
    db.dispose()
    return [
        (
            row.email,
            composer.compose(
                Recipient(
                    email=row.email,
                    first_name=row.first_name,
                    last_name=row.last_name,
                    title=row.title,
                    language=row.language,
                    country=row.country,
                ),
                message_id=make_message_id(FROM_ADDRESS),
            ),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def bare_loop(port: int, messages: list[tuple[str, bytes]]) -> Timing:
    """The reference: one smtplib connection, messages already made."""
    cpu = cpu_seconds(resource.RUSAGE_SELF)
    started = time.perf_counter()
    client = smtplib.SMTP("127.0.0.1", port, timeout=30)
    for address, message in messages:
        client.sendmail(FROM_ADDRESS, [address], message)
    client.quit()
    return Timing(time.perf_counter() - started, cpu_seconds(resource.RUSAGE_SELF) - cpu)


def pressdesk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pressdesk", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def timed_send(env: dict[str, str], database_url: str, release_id: int, expected: int) -> Timing:
    """``pressdesk send`` from process start to exit, with the CPU time of that process."""
    cpu = cpu_seconds(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = pressdesk(
        env, "--db", database_url, "send", str(release_id), "--list", LIST_NAME, "--yes", "--json"
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"pressdesk send failed: {result.stderr}")
    sent = json.loads(result.stdout)["sent"]
    if sent != expected:
        sys.exit(f"pressdesk sent {sent} messages, not {expected}")
    return Timing(elapsed, cpu_seconds(resource.RUSAGE_CHILDREN) - cpu)


def show(label: str, timing: Timing, messages: int) -> str:
    return (
        f"{label:<38} {timing.wall:5.2f} s  {messages / timing.wall:5.0f}/s  "
        f"CPU {timing.cpu:4.2f} s"
    )


def connections_text(count: int) -> str:
    return f"{count} connection{'s' if count != 1 else ''}"


def median(timings: list[Timing]) -> Timing:
    return Timing(
        statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--connections", type=int, nargs="+", default=[2])
    parser.add_argument("--runs", type=int, default=3, help="pressdesk runs per connection count")
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="pressdesk-bench-"))
    database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    env = {**os.environ, "PRESSDESK_DATA_DIR": str(workdir)}
    port = free_port()
    sink = start_sink(port)
    schedule = [c for _ in range(options.runs) for c in options.connections]
    try:
        # One release per send: a second send of the same release would skip everyone.
        release_ids = seed(database_url, options.contacts, len(schedule))
        configured = pressdesk(
            env, "--db", database_url, "smtp", "set", "--host", "127.0.0.1", "--port", str(port),
            "--security", "none", "--from-address", FROM_ADDRESS,
        )  # fmt: skip
        if configured.returncode != 0:
            sys.exit(configured.stderr)
        messages = prerender(database_url, release_ids[0])
        n = len(messages)
        size = sum(len(message) for _, message in messages) / n
        load_before = os.getloadavg()[0]
        print(
            f"{n:,} messages of {size / 1024:.1f} KiB ({len(BODY.split())} words), "
            f"load average {load_before:.1f}"
        )
        bare = [bare_loop(port, messages)]
        print(show("bare smtplib loop, 1 connection", bare[-1], n))
        sends: dict[int, list[Timing]] = {c: [] for c in options.connections}
        for release_id, connections in zip(release_ids, schedule, strict=True):
            pressdesk(env, "--db", database_url, "smtp", "set", "--connections", str(connections))
            sends[connections].append(timed_send(env, database_url, release_id, n))
            label = f"pressdesk send, {connections_text(connections)}"
            print(show(label, sends[connections][-1], n))
            bare.append(bare_loop(port, messages))
            print(show("bare smtplib loop, 1 connection", bare[-1], n))
        reference = median(bare)
        print(show(f"median of {len(bare)} bare loops", reference, n))
        for connections, timings in sends.items():
            middle = median(timings)
            label = f"median of {len(timings)} sends, {connections_text(connections)}"
            print(
                f"{show(label, middle, n)}  ratio {middle.wall / reference.wall:.2f}x "
                "(goal <= 1.5x)"
            )
        print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")
    finally:
        sink.terminate()
        sink.wait()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
