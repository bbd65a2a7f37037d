"""Migrations 0003 and 0005 on a database that already has sends: resends and races are kept."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import MetaData, Table, insert, select
from sqlalchemy.exc import IntegrityError

from pressdesk.database import open_database
from pressdesk.database.engine import alembic_config, migrate_to_head

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC).replace(tzinfo=None)


def test_existing_resends_and_duplicates_become_resends_and_the_rule_then_holds(database_url):
    database = open_database(database_url, migrate=False)
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002_contacts_search_text")
        meta = MetaData()
        releases, distributions, deliveries = (
            Table(name, meta, autoload_with=connection)
            for name in ("releases", "distributions", "deliveries")
        )
        connection.execute(
            insert(releases),
            [{"id": 1, "language": "en", "tags": [], "version": 1, "created_at": NOW,
              "updated_at": NOW, "status": "sent"}],
        )  # fmt: skip
        connection.execute(
            insert(distributions),
            [
                {"id": number, "release_id": 1, "audience": {}, "resend": number == 3,
                 "status": "done", "skipped_opted_out": 0, "skipped_already_received": 0,
                 "created_at": NOW}
                for number in (1, 2, 3)
            ],
        )  # fmt: skip
        # Ana got it in the first send, again in a race (second send), then on purpose (third).
        connection.execute(
            insert(deliveries),
            [
                {"id": number, "distribution_id": number, "release_id": 1, "language": "en",
                 "email": "ana@example.org", "email_key": "ana@example.org", "status": "sent",
                 "attempts": 1, "queued_at": NOW, "updated_at": NOW}
                for number in (1, 2, 3)
            ],
        )  # fmt: skip
    migrate_to_head(database, backup=False)
    with database.engine.connect() as connection:
        meta = MetaData()
        deliveries = Table("deliveries", meta, autoload_with=connection)
        flags = connection.execute(
            select(deliveries.c.id, deliveries.c.is_resend, deliveries.c.first_copy_key).order_by(
                deliveries.c.id
            )
        ).all()
    # Only the first send's copy holds the first copy (migration 0005 carries the rule over).
    assert [tuple(row) for row in flags] == [
        (1, False, "ana@example.org"),
        (2, True, None),
        (3, True, None),
    ]
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(
            insert(deliveries),
            [{"distribution_id": 3, "release_id": 1, "language": "en", "email_key": "x",
              "status": "sent", "attempts": 1, "queued_at": NOW, "updated_at": NOW,
              "is_resend": False, "first_copy_key": "x"},
             {"distribution_id": 2, "release_id": 1, "language": "en", "email_key": "x",
              "status": "queued", "attempts": 0, "queued_at": NOW, "updated_at": NOW,
              "is_resend": False, "first_copy_key": "x"}],
        )  # fmt: skip
    database.dispose()
