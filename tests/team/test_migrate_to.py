"""``pressdesk db migrate-to``: a laptop's SQLite file copied onto an empty PostgreSQL database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from mail.mailtesting import FROM_ADDRESS, seed
from pressdesk.contacts.addresses import email_key
from pressdesk.database import open_database
from pressdesk.database.models import Base, Contact, Delivery, Distribution
from pressdesk.database.transfer import copy_database
from pressdesk.jobs import Progress

LATER = "2099-01-01T09:00+00:00"


def laptop_database(pressdesk, path: Path) -> str:
    """A SQLite file with contacts, a list, an opt-out, an SMTP profile and a queued send."""
    url = f"sqlite:///{path}"
    database = open_database(url)
    seeded = seed(database, people=30)
    database.dispose()
    for args in (
        ("smtp", "set", "--host", "mail.example.org", "--port", "587", "--security", "none",
         "--from-address", FROM_ADDRESS),
        ("contacts", "optout", seeded.addresses[0], "--reason", "asked by phone"),
        ("send", str(seeded.release_id), "--list", "Press", "--yes", "--at", LATER),
    ):  # fmt: skip
        result = pressdesk("--db", url, *args)
        assert result.exit_code == 0, result.stderr
    return url


def row_counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        counts = {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }
    engine.dispose()
    return counts


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        lines = list(connection.iterdump())
    connection.close()
    return lines


@pytest.mark.postgresql_only
def test_a_laptop_database_moves_to_the_server_with_every_row_and_fresh_ids_after(
    pressdesk, tmp_path: Path, empty_server_database: str
):
    source_path = tmp_path / "laptop.sqlite3"
    source = laptop_database(pressdesk, source_path)
    before = dump(source_path)
    expected = row_counts(source)
    assert expected["contacts"] == 30
    assert expected["deliveries"] == 29

    moved = pressdesk("--db", source, "db", "migrate-to", empty_server_database)
    assert moved.exit_code == 0, moved.stderr
    assert "every table's count matches" in moved.stdout
    table_lines = {line.split()[0]: line.split()[1:] for line in moved.stdout.splitlines()[2:-1]}
    assert table_lines["contacts"] == ["30", "30"]
    assert table_lines["deliveries"] == ["29", "29"]
    assert row_counts(empty_server_database) == expected
    assert dump(source_path) == before  # the laptop file was only read

    # New rows on the server get ids after the copied ones, in every table with a sequence.
    server = open_database(empty_server_database)
    try:
        with server.session() as session:
            highest_contact = session.scalar(select(func.max(Contact.id)))
            newcomer = Contact(
                email="nueva@diario.example", email_key=email_key("nueva@diario.example"),
                first_name="Nueva", phones=[], other_languages=[], social={},
            )  # fmt: skip
            session.add(newcomer)
            session.flush()
            assert newcomer.id == highest_contact + 1
            release_id = session.scalar(select(Distribution.release_id))
            highest_delivery = session.scalar(select(func.max(Delivery.id)))
    finally:
        server.dispose()
    second = pressdesk(
        "--db", empty_server_database, "send", str(release_id), "--list", "Press", "--yes",
        "--at", LATER, "--resend",
    )  # fmt: skip
    assert second.exit_code == 0, second.stderr
    server = open_database(empty_server_database)
    try:
        with server.session() as session:
            new_ids = session.scalars(select(Delivery.id).where(Delivery.is_resend)).all()
            distributions = session.scalars(select(Distribution.id).order_by(Distribution.id))
            assert list(distributions) == [1, 2]
    finally:
        server.dispose()
    assert len(new_ids) == 29
    assert min(new_ids) == highest_delivery + 1

    # Doing it again would mix two databases: refused, nothing changes.
    again = pressdesk("--db", source, "db", "migrate-to", empty_server_database)
    assert again.exit_code == 2
    assert "already holds PressDesk data" in again.stderr
    assert row_counts(empty_server_database)["contacts"] == 31


@pytest.mark.postgresql_only
def test_the_copy_reports_progress_and_counts_as_a_job(
    pressdesk, tmp_path: Path, empty_server_database: str
):
    source = open_database(laptop_database(pressdesk, tmp_path / "laptop.sqlite3"))
    job = copy_database(source, empty_server_database)
    steps: list[Progress] = []
    while True:
        try:
            steps.append(next(job))
        except StopIteration as stop:
            report = stop.value
            break
    source.dispose()
    total = sum(row_counts(f"sqlite:///{tmp_path / 'laptop.sqlite3'}").values())
    assert steps[-1].done == steps[-1].total == total == report.rows
    assert [step.done for step in steps] == sorted(step.done for step in steps)
    assert report.to_json()["tables"]["contacts"] == {"source": 30, "target": 30}


@pytest.mark.postgresql_only
def test_a_target_holding_other_tables_is_refused(
    pressdesk, tmp_path: Path, empty_server_database: str
):
    engine = create_engine(empty_server_database)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    source = laptop_database(pressdesk, tmp_path / "laptop.sqlite3")
    refused = pressdesk("--db", source, "db", "migrate-to", empty_server_database, "--json")
    assert refused.exit_code == 2
    assert "not empty" in refused.stderr
    assert "invoices" in refused.stderr
    assert refused.stdout == ""


def test_only_a_server_database_can_be_the_target(pressdesk, tmp_path: Path):
    source = f"sqlite:///{tmp_path / 'laptop.sqlite3'}"
    refused = pressdesk("--db", source, "db", "migrate-to", f"sqlite:///{tmp_path / 'b.db'}")
    assert refused.exit_code == 2
    assert "PostgreSQL" in refused.stderr
    assert not (tmp_path / "b.db").exists()
