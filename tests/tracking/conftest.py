"""Fixtures of the tracking tests."""

from __future__ import annotations

import pytest
from tracking_fixtures import Newsroom

from pressdesk.database import Database


@pytest.fixture
def newsroom(database: Database) -> Newsroom:
    return Newsroom(database)


@pytest.fixture
def cli(pressdesk, database: Database):
    """The command line on this test's database."""
    url = database.url.render_as_string(False)
    return lambda *args: pressdesk("--db", url, *args)
