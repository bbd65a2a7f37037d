"""Keeping a contact's folded search text in step with its names, whoever saves it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from pressdesk.contacts.addresses import search_key
from pressdesk.database.models import Contact


@event.listens_for(Contact, "before_insert")
@event.listens_for(Contact, "before_update")
def _refresh_search_text(_mapper: Any, _connection: Any, contact: Contact) -> None:
    contact.search_text = search_key(contact.first_name, contact.last_name, contact.email_key)
