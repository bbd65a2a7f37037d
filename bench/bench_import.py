"""Time ``pressdesk contacts import`` of a 100,000-row messy CSV, end to end.

The file is what an officer's export looks like: semicolons, a BOM, accents, country and language
names in three languages, phone numbers as typed, line breaks inside quoted cells, duplicates
differing in case, some invalid addresses and blank rows. Run it with:

    python bench/bench_import.py [ROWS]

It prints the size of the file, the time of a first import into an empty database, and the time
of a second import of the same file (every contact is then an update).
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

GOAL_SECONDS = 10.0
FIRST = ["Ana", "José", "Françoise", "Luc", "María", "Sven", "Chloé", "Nuño", "Zoë", "Kwame"]
LAST = ["López", "Núñez", "Tremblay", "Andersson", "Dubois", "García", "Østergaard", "Mensah"]
COUNTRIES = ["México", "Honduras", "HN", "Canada", "Suède", "Sweden", "República Dominicana", "FR"]
LANGUAGES = ["es", "español", "French", "français", "en", "Swedish", "inglés"]
OUTLETS = [f"Diario {n}" for n in range(500)] + [f"Radio Onda {n}" for n in range(300)]
BEATS = ["salud", "migración", "politique", "economy", "climate", "derechos humanos"]


def ascii_name(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def messy_csv(rows: int, seed: int = 7) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(
        [
            "Correo electrónico",
            "Nombre",
            "Apellidos",
            "Medio",
            "País",
            "Idioma",
            "Temas",
            "Teléfono",
            "Notas",
        ]
    )
    for number in range(rows):
        if number % 997 == 0:
            writer.writerow([])
            continue
        first, last = rng.choice(FIRST), rng.choice(LAST)
        address = f"{ascii_name(first)}.{ascii_name(last)}.{number}@medio{number % 50}.example.org"
        if number % 150 == 0:
            address = f"{first}.{number}@correo.example.org"  # an international local part
        if number % 101 == 0:
            address = address.upper()  # duplicates differing in case come later
        if number % 211 == 0:
            address = address.replace("@", " at ")  # invalid
        name = f"{last}\n{rng.choice(LAST)}" if number % 89 == 0 else last
        notes = "Prefers WhatsApp.\nCall after 10:00." if number % 13 == 0 else ""
        writer.writerow(
            [
                address,
                first,
                name,
                rng.choice(OUTLETS),
                rng.choice(COUNTRIES),
                rng.choice(LANGUAGES),
                "; ".join(rng.sample(BEATS, 2)),
                f"+52 55 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                notes,
            ]
        )
    return out.getvalue().encode("utf-8-sig")


def timed_import(path: Path, database: Path) -> tuple[float, float, str]:
    """Wall-clock and CPU seconds (user + system, child processes included) of one import."""
    command = [
        sys.executable,
        "-m",
        "pressdesk",
        "--db",
        f"sqlite:///{database}",
        "contacts",
        "import",
        str(path),
        "--json",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise SystemExit(f"import failed ({result.returncode}): {result.stderr}")
    return elapsed, cpu, result.stdout


@contextmanager
def messy_workspace() -> Iterator[tuple[Path, int]]:
    """A private data folder holding the messy CSV; yields its path and the number of rows."""
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PRESSDESK_DATA_DIR"] = folder
        path = Path(folder) / "contacts.csv"
        path.write_bytes(messy_csv(rows))
        yield path, rows


def main() -> None:
    with messy_workspace() as (path, rows):
        folder = path.parent
        size = path.stat().st_size
        database = Path(folder) / "bench.sqlite3"
        first, first_cpu, report = timed_import(path, database)
        second, second_cpu, _ = timed_import(path, database)
    summary = json.loads(report)
    load = os.getloadavg()[0]
    machine = f"{os.cpu_count()} CPUs, load {load:.1f}"
    print(f"rows in file:        {rows:,} ({size / 1e6:.1f} MB, {machine})")
    print(f"added / rejected:    {summary['added']:,} / {len(summary['rejected']):,}")
    goal = f"goal ≤ {GOAL_SECONDS:.0f} s"
    print(f"first import:        {first:.2f} s wall, {first_cpu:.2f} s CPU ({goal})")
    print(f"re-import (updates): {second:.2f} s wall, {second_cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
