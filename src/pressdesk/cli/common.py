"""What every command shares: the lazily opened database and the ``--json`` option."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from pressdesk.database import Database, open_database

F = TypeVar("F", bound=Callable[..., Any])


class AppContext:
    """The database URL given on the command line, opened on first use."""

    def __init__(self, database_url: str | None) -> None:
        self.database_url = database_url
        self._database: Database | None = None

    @property
    def db(self) -> Database:
        if self._database is None:
            self._database = open_database(self.database_url)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


pass_app = click.make_pass_decorator(AppContext)


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")(func)
