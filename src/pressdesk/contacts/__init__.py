"""The media database: contacts, outlets, lists, segments and opt-outs."""

from pressdesk.contacts import search as _search  # noqa: F401 - keeps search text current
