"""How fast PressDesk renders and builds personalised release messages.

Builds one composer for a realistic release (three language versions, an attachment) and composes
N messages for contacts with accented names in mixed languages, then prints messages per second.
The goal is 2,000 or more messages per second with templates compiled once. Every 1,000th message
is parsed back with the email package as a sanity check (outside the timed loop).

    python bench/bench_render.py [--messages 10000]
"""

from __future__ import annotations

import argparse
import email
import os
import random
import tempfile
import time
from datetime import UTC, date, datetime
from email import policy
from pathlib import Path

BODY = """\
Ministers from twelve countries **agreed** today on a regional plan to protect children on the
move, said [the agency](https://agency.example/news). The plan covers registration at borders,
access to school within 30 days and family reunification.

> "This is a turning point for the children of the region," said the regional director.

| Country | Children registered |
|---|---:|
| Panamá | 12,400 |
| Costa Rica | 8,150 |
| México | 41,700 |

The declaration will be reviewed in *June 2027*. Journalists can find the full text, photos and
b-roll in the press kit.
"""
FIRST = ["María", "José", "Léa", "François", "Zoë", "Jürgen", "Çağla", "Noëlle", "Ngozi", "Priya"]
LAST = ["García", "Müller", "Lefèvre", "Peña", "Núñez", "Østergaard", "O'Brien", "Nakamura"]
LANGUAGES = ["es", "en", "fr", "pt", None]


def build(database_url: str, attachment: Path) -> int:
    from pressdesk.database import open_database
    from pressdesk.releases.attachments import add_attachment
    from pressdesk.releases.service import ReleaseFields, VersionText, create_release
    from pressdesk.settings import Organization, save_organization

    db = open_database(database_url)
    with db.session() as session:
        save_organization(
            session,
            Organization("Regional Press Office", "press@agency.example", "https://agency.example"),
        )
        versions = [
            VersionText(
                language=language,
                headline=headline,
                dateline="Panama City",
                body_md=BODY,
                boilerplate="The agency works in 190 countries and territories for every child.",
                media_contact="Ana Pérez, Regional Press Officer\n+507 301 7485",
            )
            for language, headline in (
                ("en", "Regional ministers agree on a plan for children on the move"),
                ("es", "Ministros acuerdan un plan para la niñez migrante"),
                ("fr", "Les ministres adoptent un plan pour les enfants en déplacement"),
            )
        ]
        fields = ReleaseFields(
            language="en",
            release_date=date(2026, 12, 3),
            embargo_at=datetime(2026, 12, 3, 14, 0, tzinfo=UTC),
            embargo_timezone="America/Panama",
        )
        release_id = create_release(session, fields, versions).id
        add_attachment(session, release_id, attachment)
    db.dispose()
    return release_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        os.environ["PRESSDESK_DATA_DIR"] = folder
        from pressdesk.database import open_database
        from pressdesk.releases.compose import Recipient, ReleaseComposer, Sender

        attachment = Path(folder) / "declaration.pdf"
        attachment.write_bytes(random.Random(1).randbytes(300_000))
        url = f"sqlite:///{folder}/bench.sqlite3"
        release_id = build(url, attachment)
        rng = random.Random(7)
        recipients = [
            Recipient(
                email=f"journalist{n}@outlet{n % 300}.example",
                first_name=rng.choice(FIRST),
                last_name=rng.choice(LAST),
                outlet=f"Diario {n % 300}",
                language=rng.choice(LANGUAGES),
            )
            for n in range(args.messages)
        ]
        db = open_database(url)
        started = time.perf_counter()
        with db.session() as session:
            composer = ReleaseComposer(
                session,
                release_id,
                Sender("press@agency.example", "Oficina de Prensa"),
                now=datetime(2026, 12, 1, tzinfo=UTC),
            )
        setup = time.perf_counter() - started
        samples: list[bytes] = []
        total_bytes = 0
        started = time.perf_counter()
        cpu_started = time.process_time()
        for number, recipient in enumerate(recipients):
            raw = composer.compose(recipient, message_id=f"<{number}@agency.example>")
            total_bytes += len(raw)
            if number % 1000 == 0:
                samples.append(raw)  # checked after the clock stops; the rest is dropped
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        for raw in samples:
            parsed = email.message_from_bytes(raw, policy=policy.default)
            assert parsed.get_content_type() == "multipart/mixed", "unexpected structure"
            assert not parsed.defects, parsed.defects
        db.dispose()

    count = len(recipients)
    print(f"composer setup (load, compile, check, skeletons): {setup * 1000:.0f} ms")
    print(f"messages: {count:,}, average size {total_bytes / count / 1024:.0f} KiB")
    print(f"elapsed: {elapsed:.2f} s, {elapsed / count * 1e6:.0f} µs per message")
    print(f"throughput: {count / elapsed:,.0f} messages/s (goal: 2,000)")
    print(f"CPU time: {cpu:.2f} s, {count / cpu:,.0f} messages per CPU-second (one thread)")


if __name__ == "__main__":
    main()
