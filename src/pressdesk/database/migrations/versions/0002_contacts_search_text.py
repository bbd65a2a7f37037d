"""Contacts: a folded search text (names and address) for search-as-you-type.

Revision ID: 0002_contacts_search_text
Revises: 0001_initial
Create Date: 2026-11-28
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002_contacts_search_text"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def _fold(*parts: str | None) -> str:
    # A frozen copy of pressdesk.contacts.addresses.search_key: migrations must not change
    # when the application code does.
    text = " ".join(part for part in parts if part)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(kept.split())


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=True))
    connection = op.get_bind()
    contacts = sa.table(
        "contacts",
        sa.column("id", sa.Integer),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("email_key", sa.String),
        sa.column("search_text", sa.Text),
    )
    rows = connection.execute(
        sa.select(contacts.c.id, contacts.c.first_name, contacts.c.last_name, contacts.c.email_key)
    ).all()
    if rows:
        connection.execute(
            contacts.update()
            .where(contacts.c.id == sa.bindparam("_id"))
            .values(search_text=sa.bindparam("_text")),
            [{"_id": row[0], "_text": _fold(row[1], row[2], row[3])} for row in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("search_text")
