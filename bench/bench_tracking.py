"""How long tracking reports and mailbox intake take on a press office's worth of history.

Fills a fresh SQLite file with outlets, contacts and many releases each sent to thousands of
people, then times each report (core query and export), and the intake of an mbox of bounces
and replies, read twice (the second pass must change nothing and be quicker).

    python bench/bench_tracking.py [--contacts 20000] [--releases 24] [--per-release 10000]
                                   [--mails 5000]
"""

from __future__ import annotations

import argparse
import mailbox
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from pressdesk.database import Database, open_database
from pressdesk.database.models import (
    Contact,
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    Outlet,
    OutletType,
    Release,
    ReleaseStatus,
    ReleaseVersion,
)
from pressdesk.jobs import run_to_completion
from pressdesk.tracking import reports, tables
from pressdesk.tracking.exports import export
from pressdesk.tracking.intake import import_mail_file

REGIONS = ["Caribbean", "Central America", "South America", "Western Africa", "Northern America"]
STATUSES = [DeliveryStatus.SENT] * 90 + [DeliveryStatus.FAILED] * 4 + [DeliveryStatus.BOUNCED] * 6


def fill(db: Database, contacts: int, releases: int, per_release: int, rng: random.Random) -> None:
    now = datetime.now(UTC)
    outlets = max(1, contacts // 20)
    with db.session() as session:
        session.execute(
            insert(Outlet),
            [
                {
                    "id": i,
                    "name": f"Outlet Ñ {i}",
                    "name_key": f"outlet ñ {i}",
                    "outlet_type": rng.choice(list(OutletType)),
                    "region": REGIONS[i % len(REGIONS)],
                    "languages": [],
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(1, outlets + 1)
            ],
        )
        session.execute(
            insert(Contact),
            [
                {
                    "id": i,
                    "email": f"j{i}@example-press.org",
                    "email_key": f"j{i}@example-press.org",
                    "first_name": "Zoë",
                    "last_name": f"Núñez {i}",
                    "outlet_id": 1 + i % outlets,
                    "region": REGIONS[(1 + i % outlets) % len(REGIONS)],
                    "phones": [],
                    "other_languages": [],
                    "social": {},
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(1, contacts + 1)
            ],
        )
    for number in range(releases):
        sent_at = now - timedelta(days=7 * (releases - number))
        with db.session() as session:
            release = Release(language="en", status=ReleaseStatus.SENT)
            release.versions.append(ReleaseVersion(language="en", headline=f"Release {number}"))
            session.add(release)
            session.flush()
            distribution = Distribution(release_id=release.id, status=DistributionStatus.DONE)
            session.add(distribution)
            session.flush()
            people = rng.sample(range(1, contacts + 1), min(per_release, contacts))
            rows: list[dict[str, Any]] = []
            for n, i in enumerate(people):
                outlet = 1 + i % outlets
                status = rng.choice(STATUSES)
                rows.append(
                    {
                        "distribution_id": distribution.id,
                        "release_id": release.id,
                        "language": "en",
                        "contact_id": i,
                        "email": f"j{i}@example-press.org",
                        "email_key": f"j{i}@example-press.org",
                        "name": f"Zoë Núñez {i}",
                        "outlet_id": outlet,
                        "outlet_name": f"Outlet Ñ {outlet}",
                        "region": REGIONS[outlet % len(REGIONS)],
                        "status": status,
                        "attempts": 1,
                        "smtp_response": "250 2.0.0 Ok",
                        "message_id": f"<r{release.id}.{n}@press.example.org>",
                        "queued_at": sent_at,
                        "sent_at": sent_at,
                        "bounced_at": sent_at if status == DeliveryStatus.BOUNCED else None,
                        "updated_at": sent_at,
                    }
                )
            for start in range(0, len(rows), 5000):
                session.execute(insert(Delivery), rows[start : start + 5000])


def write_mailbox(db: Database, path: Path, count: int, rng: random.Random) -> None:
    with db.session() as session:
        targets = session.execute(
            select(Delivery.message_id, Delivery.email)
            .where(Delivery.status == DeliveryStatus.SENT)
            .limit(count * 3)
        ).all()
    box = mailbox.mbox(path)
    for number, (message_id, address) in enumerate(rng.sample(targets, count)):
        original = EmailMessage()
        original["From"] = "press@press.example.org"
        original["To"] = address
        original["Subject"] = "Release"
        original["Message-ID"] = message_id
        original.set_content("Text of the release.\n")
        message: Message
        if number % 3 == 0:
            message = MIMEMultipart("report", report_type="delivery-status")
            message["From"] = "MAILER-DAEMON@mx.example.net"
            message.attach(MIMEText("Undeliverable.\n"))
            block, recipient = Message(), Message()
            block["Reporting-MTA"] = "dns; mx.example.net"
            recipient["Final-Recipient"] = f"rfc822; {address}"
            recipient["Action"] = "failed"
            recipient["Status"] = "5.1.1"
            status = Message()
            status["Content-Type"] = "message/delivery-status"
            status.set_payload([block, recipient])
            message.attach(status)
            message.attach(MIMEMessage(original))
        else:
            message = EmailMessage()
            message["From"] = address
            message["In-Reply-To"] = message_id
            if number % 3 == 1:
                message["Auto-Submitted"] = "auto-replied"
            message.set_content("Thanks, could we talk tomorrow?\n\n> Text of the release.\n")
        message["Message-ID"] = f"<in{number}@mail.example.net>"
        message["Subject"] = message.get("Subject") or "Re: Release"
        box.add(message)
    box.flush()
    box.close()


def timed(label: str, func: Callable[[], Any], runs: int = 3) -> Any:
    result: Any = None
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    print(f"{label:<48} median {statistics.median(times) * 1000:8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--releases", type=int, default=24)
    parser.add_argument("--per-release", type=int, default=10_000)
    parser.add_argument("--mails", type=int, default=5_000)
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/bench.sqlite3")
        started = time.perf_counter()
        fill(db, args.contacts, args.releases, args.per_release, rng)
        deliveries = args.releases * min(args.per_release, args.contacts)
        print(
            f"filled {args.contacts} contacts, {args.contacts // 20} outlets, {deliveries} "
            f"deliveries in {time.perf_counter() - started:.1f} s"
        )
        release = args.releases  # the newest
        with db.session() as session:
            by_outlet = timed(
                "report by outlet (one release)",
                lambda: reports.report_by_outlet(session, release),
            )
            timed(
                "report by region (one release)", lambda: reports.report_by_region(session, release)
            )
            by_contact = timed(
                "report by contact (one release)",
                lambda: reports.report_by_contact(session, release),
            )
            matrix = timed(
                "outlet × release matrix (all releases)",
                lambda: reports.outlet_release_matrix(session),
            )
            timed(
                "matrix, one region",
                lambda: reports.outlet_release_matrix(session, region="Caribbean"),
            )
            timed("contact history (one contact)", lambda: reports.contact_history(session, 7))
        outlet_table = tables.outlet_table(release, by_outlet)
        contact_table = tables.contact_table(release, by_contact)
        matrix_table = tables.matrix_table(matrix)
        for name, table in (
            ("outlets", outlet_table),
            ("contacts", contact_table),
            ("matrix", matrix_table),
        ):
            for file_format in ("csv", "xlsx", "json"):
                timed(
                    f"export {name} ({len(table.rows)} rows) as {file_format}",
                    lambda t=table, f=file_format: export(t, f),
                    runs=1,
                )

        box = Path(folder) / "inbox.mbox"
        write_mailbox(db, box, args.mails, rng)
        for attempt in ("first", "second"):
            started = time.perf_counter()
            with db.session() as session:
                summary = run_to_completion(import_mail_file(session, box))
            elapsed = time.perf_counter() - started
            print(
                f"mbox intake, {attempt} pass: {args.mails} messages in {elapsed:.2f} s "
                f"({args.mails / elapsed:.0f}/s); bounced {summary.bounced}, "
                f"replies {summary.replies}, auto {summary.auto_replies}, "
                f"already processed {summary.already_processed}"
            )
        db.dispose()


if __name__ == "__main__":
    main()
