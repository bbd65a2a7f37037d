"""Team mode: one copy of a release per person enforced by the database; who changed a contact.

Revision ID: 0003_team_mode
Revises: 0002_contacts_search_text
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_team_mode"
down_revision = "0002_contacts_search_text"
branch_labels = None
depends_on = None

# Frozen copies of the model's rule: migrations must not change when the application code does.
SERVED = "('queued', 'sending', 'sent', 'deferred', 'uncertain')"
FIRST_COPY_RULE = f"NOT is_resend AND status IN {SERVED}"


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("is_resend", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("updated_by", sa.String(length=200), nullable=True))

    # Deliveries of earlier --resend sends are resends; so is every later copy a race may have
    # left before the rule existed, so that the unique index can be built on what is there.
    op.execute(
        "UPDATE deliveries SET is_resend = true WHERE distribution_id IN "
        "(SELECT id FROM distributions WHERE resend = true)"
    )
    later_copies = (  # built from the constants above only
        f"UPDATE deliveries SET is_resend = true WHERE status IN {SERVED} AND NOT is_resend "  # noqa: S608
        "AND id NOT IN (SELECT MIN(id) FROM deliveries "
        f"WHERE status IN {SERVED} AND NOT is_resend GROUP BY release_id, language, email_key)"
    )
    op.execute(later_copies)
    op.create_index(
        "uq_deliveries_first_copy",
        "deliveries",
        ["release_id", "language", "email_key"],
        unique=True,
        postgresql_where=sa.text(FIRST_COPY_RULE),
        sqlite_where=sa.text(FIRST_COPY_RULE),
    )


def downgrade() -> None:
    op.drop_index("uq_deliveries_first_copy", table_name="deliveries")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("updated_by")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_column("is_resend")
