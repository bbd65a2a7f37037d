"""Deliveries: indexes that a message's two status changes no longer rewrite.

Each message changes its delivery's status twice (claimed, then sent), and SQLite and PostgreSQL
rewrite every index that reads the changed column, in its WHERE clause too. The one-first-copy
index read the status, and the status index moved each entry twice; for a local server that was
more work than the message itself. Now:

- the one-first-copy rule is a unique index on ``first_copy_key``, the address key while the
  delivery holds the release's first copy (not a resend, in a served state), NULL otherwise;
- what is left to send is a partial index of the claimable deliveries only, which a delivery
  leaves once, when it is claimed.

Revision ID: 0005_deliveries_lighter_indexes
Revises: 0004_contacts_name_search
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_deliveries_lighter_indexes"
down_revision = "0004_contacts_name_search"
branch_labels = None
depends_on = None

SERVED = "('queued', 'sending', 'sent', 'deferred', 'uncertain')"
FIRST_COPY_RULE = f"NOT is_resend AND status IN {SERVED}"
CLAIMABLE_RULE = "status IN ('queued', 'deferred')"


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_copy_key", sa.String(length=320), nullable=True))
    op.execute(f"UPDATE deliveries SET first_copy_key = email_key WHERE {FIRST_COPY_RULE}")  # noqa: S608
    op.drop_index("uq_deliveries_first_copy", table_name="deliveries")
    op.create_index(
        "uq_deliveries_first_copy",
        "deliveries",
        ["release_id", "language", "first_copy_key"],
        unique=True,
    )
    op.drop_index("ix_deliveries_status_next", table_name="deliveries")
    op.create_index(
        "ix_deliveries_claimable",
        "deliveries",
        ["distribution_id", "id"],
        postgresql_where=sa.text(CLAIMABLE_RULE),
        sqlite_where=sa.text(CLAIMABLE_RULE),
    )


def downgrade() -> None:
    op.drop_index("ix_deliveries_claimable", table_name="deliveries")
    op.create_index(
        "ix_deliveries_status_next",
        "deliveries",
        ["distribution_id", "status", "next_attempt_at"],
    )
    op.drop_index("uq_deliveries_first_copy", table_name="deliveries")
    op.create_index(
        "uq_deliveries_first_copy",
        "deliveries",
        ["release_id", "language", "email_key"],
        unique=True,
        postgresql_where=sa.text(FIRST_COPY_RULE),
        sqlite_where=sa.text(FIRST_COPY_RULE),
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_column("first_copy_key")
