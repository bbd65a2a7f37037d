"""Contacts: the name index also carries the address key and search text, for searching by name.

The contacts table is shown sorted by name and filtered by a search as the officer types. With
the search text inside the index, a search walks the index alone in name order and reads a
table row only for a match, so a search that matches few or no contacts no longer visits every
row of the table.

Revision ID: 0004_contacts_name_search
Revises: 0003_team_mode
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0004_contacts_name_search"
down_revision = "0003_team_mode"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_contacts_name_search",
        "contacts",
        ["last_name", "first_name", "email_key", "search_text"],
    )
    op.drop_index("ix_contacts_last_first", table_name="contacts")


def downgrade() -> None:
    op.create_index("ix_contacts_last_first", "contacts", ["last_name", "first_name"])
    op.drop_index("ix_contacts_name_search", table_name="contacts")
