"""Moving a laptop's SQLite database onto a team's PostgreSQL server.

The copy runs in one transaction on the target: the schema is migrated there first, every table
is copied in dependency order in pages, the row counts are compared table by table before the
commit, the sequences are moved past the copied ids so that new rows get fresh ones, and the
server's statistics are refreshed. If anything goes wrong the target is left as it was; the
source is only ever read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Integer, Table, func, inspect, select, text

from pressdesk.database.engine import (
    Database,
    is_server_url,
    migrate_to_head,
    open_database,
    parse_database_url,
    password_identity,
)
from pressdesk.database.models import Base
from pressdesk.errors import EnvironmentProblem, InvalidInput
from pressdesk.jobs import Job, Progress

log = logging.getLogger(__name__)

PAGE_SIZE = 2000


@dataclass(frozen=True)
class TableCopy:
    table: str
    source_rows: int
    target_rows: int


@dataclass(frozen=True)
class TransferReport:
    target: str  # described without any password
    tables: tuple[TableCopy, ...]

    @property
    def rows(self) -> int:
        return sum(table.target_rows for table in self.tables)

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "rows": self.rows,
            "tables": {
                t.table: {"source": t.source_rows, "target": t.target_rows} for t in self.tables
            },
        }


class CountMismatch(EnvironmentProblem):
    """The target did not end up with as many rows as the source (nothing was kept)."""


def _row_counts(connection: Connection, tables: list[Table]) -> dict[str, int]:
    return {
        table.name: int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)
        for table in tables
    }


def _refuse_unless_empty(target: Database, tables: list[Table]) -> None:
    """Only an empty database (or one with PressDesk's empty schema) may be filled."""
    ours = {table.name for table in tables} | {"alembic_version"}
    with target.engine.connect() as connection:
        present = set(inspect(connection).get_table_names())
        foreign = sorted(present - ours)
        if foreign:
            raise InvalidInput(
                f"The target database {target.describe()} is not empty: it holds other tables "
                f"({', '.join(foreign[:5])}).",
                hint="Give the URL of a new, empty database.",
            )
        filled = [
            f"{name} ({count})"
            for name, count in _row_counts(
                connection, [table for table in tables if table.name in present]
            ).items()
            if count
        ]
    if filled:
        raise InvalidInput(
            f"The target database {target.describe()} already holds PressDesk data: "
            f"{', '.join(filled[:6])}.",
            hint="migrate-to only fills an empty database; nothing was copied.",
        )


def _copy_table(source: Connection, target: Connection, table: Table) -> Iterator[int]:
    """Copy one table page by page (in primary-key order), yielding the rows copied each time."""
    order = list(table.primary_key.columns) or list(table.columns)
    result = source.execution_options(yield_per=PAGE_SIZE).execute(select(table).order_by(*order))
    for page in result.mappings().partitions(PAGE_SIZE):
        target.execute(table.insert(), [dict(row) for row in page])
        yield len(page)


def _reset_sequences(target: Connection, tables: list[Table]) -> None:
    """Move each id sequence past the highest copied id, so new rows never collide."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue  # composite keys (list members, beats) have no sequence
        column = key[0]
        sequence = target.scalar(select(func.pg_get_serial_sequence(table.name, column.name)))
        if sequence is None:
            continue
        highest = select(func.coalesce(func.max(column), 0)).scalar_subquery()
        target.execute(select(func.setval(sequence, highest + 1, False)))


def copy_database(source: Database, target_url: str) -> Job[TransferReport]:
    """Copy ``source`` into the empty PostgreSQL database at ``target_url``, checking counts."""
    url = parse_database_url(target_url)
    if not is_server_url(url):
        raise InvalidInput(
            "migrate-to copies into a PostgreSQL server database.",
            hint="Give a URL like postgresql+psycopg://USER@HOST/DB.",
        )
    if not source.is_sqlite and password_identity(source.url) == password_identity(url):
        raise InvalidInput("The target is the database that is open; give another one.")
    tables = list(Base.metadata.sorted_tables)
    target = open_database(target_url, migrate=False)
    try:
        _refuse_unless_empty(target, tables)
        yield Progress(0, None, "Preparing the schema on the server")
        migrate_to_head(target, backup=False)
        with source.engine.connect() as reader:
            source_counts = _row_counts(reader, tables)
            total = sum(source_counts.values())
            done = 0
            yield Progress(0, total, f"Copying {total} rows")
            with target.engine.begin() as writer:
                for table in tables:
                    for copied in _copy_table(reader, writer, table):
                        done += copied
                        yield Progress(done, total, f"{table.name}: copying")
                target_counts = _row_counts(writer, tables)
                wrong = [
                    f"{name} ({source_counts[name]} → {target_counts[name]})"
                    for name in source_counts
                    if source_counts[name] != target_counts[name]
                ]
                if wrong:
                    raise CountMismatch(
                        f"The copy does not match the source: {', '.join(wrong)}.",
                        hint="Nothing was kept on the server; try again.",
                    )
                _reset_sequences(writer, tables)
                # Fresh statistics: without them the planner takes the just-filled tables for
                # empty ones, and the first sends on the server are many times slower.
                writer.execute(text("ANALYZE"))
        report = TransferReport(
            target=target.describe(),
            tables=tuple(
                TableCopy(table.name, source_counts[table.name], target_counts[table.name])
                for table in tables
            ),
        )
        log.info("Copied %d rows into %s", report.rows, report.target)
        yield Progress(total, total, "Copied and checked")
        return report
    finally:
        target.dispose()
