"""``pressdesk db``: which database is open, a server's password, copying local data to a server."""

from __future__ import annotations

import sys

import click

from pressdesk import secret_store
from pressdesk.database.engine import (
    current_revision,
    password_url,
    resolve_database_url,
    store_database_password,
    without_password,
)
from pressdesk.database.transfer import TransferReport, copy_database
from pressdesk.errors import InvalidInput
from pressdesk.jobs import Job, Progress

from .common import AppContext, json_option, pass_app
from .output import print_json, print_table


@click.group("db")
def database() -> None:
    """The database: local file or team server, its password, moving data to a server."""


@database.command("info")
@json_option
@pass_app
def db_info(app: AppContext, as_json: bool) -> None:
    """Say which database is open and check that it can be reached."""
    db = app.db
    revision = current_revision(db)
    document = {
        "database": db.describe(),
        "url": db.display_url,
        "kind": "file" if db.is_sqlite else "server",
        "schema": revision,
    }
    if as_json:
        print_json(document)
        return
    click.echo(f"{db.describe()} (schema {revision}).")


@database.command("password")
@click.option(
    "--url",
    metavar="URL",
    help="The server's URL without the password (default: --db, else $PRESSDESK_DATABASE_URL).",
)
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.pass_context
def db_password(ctx: click.Context, url: str | None, password_stdin: bool) -> None:
    """Keep a database server's password in the system keyring (never in a file)."""
    app = ctx.find_object(AppContext)
    url_text = url or (app.database_url if app else None) or resolve_database_url(None)
    parsed = password_url(url_text)  # checked before asking for anything
    if password_stdin and not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InvalidInput("No password came on stdin.")
    elif sys.stdin.isatty():  # typed by hand: do not show it
        password = click.prompt(
            f"Password for {without_password(parsed)}", hide_input=True, err=True
        )
    else:
        raise InvalidInput("Give the password on standard input with --password-stdin.")
    store_database_password(url_text, password)
    click.echo(
        f"The password for {without_password(parsed)} is in the system keyring "
        f"({secret_store.backend_name()})."
    )


def _run_showing_progress(job: Job[TransferReport], show: bool) -> TransferReport:
    """Drive the copy, drawing a one-line counter on a terminal."""
    while True:
        try:
            progress: Progress = next(job)
        except StopIteration as stop:
            if show:
                click.echo("\r\033[K", nl=False, err=True)
            report: TransferReport = stop.value
            return report
        if show and progress.message:
            counts = f" ({progress.done}/{progress.total})" if progress.total else ""
            click.echo(f"\r\033[K{progress.message}{counts}", nl=False, err=True)


@database.command("migrate-to")
@click.argument("url")
@json_option
@pass_app
def db_migrate_to(app: AppContext, url: str, as_json: bool) -> None:
    """Copy the open database into an empty PostgreSQL database at URL, checking every table.

    The open database is only read. Afterwards, point PressDesk at the server with --db URL,
    $PRESSDESK_DATABASE_URL or Preferences → Database.
    """
    report = _run_showing_progress(
        copy_database(app.db, url), show=not as_json and sys.stderr.isatty()
    )
    if as_json:
        print_json(report.to_json())
        return
    print_table(
        ["Table", "Rows here", "Rows on the server"],
        [
            (table.table, f"{table.source_rows:,}", f"{table.target_rows:,}")
            for table in report.tables
        ],
        empty="",
    )
    click.echo(
        f"Copied {report.rows:,} row{'' if report.rows == 1 else 's'} to {report.target}; "
        "every table's count matches."
    )
