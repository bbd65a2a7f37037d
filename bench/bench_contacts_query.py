"""Time the contacts table's queries over 100,000 contacts: a count plus the first page.

This is what the desktop table runs on each keystroke in the search box, so its time bounds
how quickly the table can follow typing. Run it with:

    python bench/bench_contacts_query.py [ROWS]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import messy_workspace
from pressdesk.contacts.importing import import_contacts
from pressdesk.contacts.query import (
    ContactFilter,
    contacts_page,
    count_contacts_matching,
)
from pressdesk.database import open_database
from pressdesk.jobs import run_to_completion

SEARCHES = [
    ContactFilter(),
    ContactFilter(text="l"),
    ContactFilter(text="lóp"),
    ContactFilter(text="lopez.12"),
    ContactFilter(text="radio onda 2"),
    ContactFilter(region="Central America"),
    ContactFilter(text="ana", country="MX"),
    ContactFilter(beat="salud", language="es"),
]


def main() -> None:
    with messy_workspace() as (path, _rows):
        database = open_database(f"sqlite:///{path.parent / 'bench.sqlite3'}")
        with database.session() as session:
            run_to_completion(import_contacts(session, path, workers=2))
        for where in SEARCHES:
            times = []
            for _ in range(5):
                started = time.perf_counter()
                with database.session() as session:
                    total = count_contacts_matching(session, where)
                    page = contacts_page(session, where, limit=100)
                times.append(time.perf_counter() - started)
            shown = {k: v for k, v in vars(where).items() if v}
            print(
                f"{shown or 'all'!s:<45} {total:>7,} rows  "
                f"median {statistics.median(times) * 1000:6.1f} ms  (page of {len(page)})"
            )
        database.dispose()


if __name__ == "__main__":
    main()
