"""Entry point of the ``pressdesk`` command.

Conventions every command follows: ``--json`` prints exactly one JSON document on stdout; exit 0
when done, 1 when the environment prevented it (server or database unreachable or locked), 2 for
bad input or usage. Errors are one line on stderr; a bug prints a short message and the log file
that holds its traceback.
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import NoReturn

import click

from pressdesk import APP_NAME, __version__
from pressdesk.errors import PressDeskError
from pressdesk.logs import setup_logging

from .common import AppContext

log = logging.getLogger(__name__)

# Each command group lives in its own module, imported only when that command runs: a scheduled
# ``pressdesk send`` should not pay for loading the spreadsheet and mailbox code.
COMMAND_MODULES = {  # command name -> "module:function" in this package
    "contacts": "contacts:contacts",
    "lists": "contacts:lists",
    "segments": "contacts:segments",
    "db": "database:database",
    "release": "releases:release",
    "smtp": "sending:smtp",
    "send": "sending:send",
    "outbox": "sending:outbox",
    "report": "tracking:report",
    "coverage": "tracking:coverage",
    "inbox": "tracking:inbox",
}


class LazyGroup(click.Group):
    """A group whose subcommands are looked up in their modules on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMAND_MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        where = COMMAND_MODULES.get(cmd_name)
        if where is None:
            return super().get_command(ctx, cmd_name)
        module_name, _, attribute = where.partition(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        command = getattr(module, attribute)
        assert isinstance(command, click.Command)
        return command


@click.group(
    cls=LazyGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--db",
    "database_url",
    metavar="URL",
    help="Database URL (default: $PRESSDESK_DATABASE_URL, else your PressDesk data file).",
)
@click.option("-v", "--verbose", is_flag=True, help="Log details (to the log file).")
@click.option(
    "--demo",
    is_flag=True,
    help="Work on a throwaway copy of the sample data (invented outlets and journalists).",
)
@click.version_option(
    __version__, "-V", "--version", prog_name=APP_NAME, message="%(prog)s %(version)s"
)
@click.pass_context
def cli(ctx: click.Context, database_url: str | None, verbose: bool, demo: bool) -> None:
    """PressDesk: write press releases, keep your media contacts, send and track distributions.

    Run without a command to open the desktop window.
    """
    setup_logging(logging.DEBUG if verbose else logging.INFO)
    if demo:
        if database_url:
            raise click.UsageError("--demo opens its own sample database; leave out --db.")
        from pressdesk.demo import create_demo_database, remove_demo_database

        database_url = create_demo_database()
        ctx.call_on_close(lambda: remove_demo_database(database_url or ""))
    app = AppContext(database_url)
    ctx.obj = app
    ctx.call_on_close(app.close)
    if ctx.invoked_subcommand is None:
        from pressdesk.ui.app import run_desktop  # Qt is loaded only for the window

        ctx.exit(run_desktop(database_url))


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"pressdesk: {message}", err=True)
    sys.exit(code)


def run(argv: list[str] | None = None) -> NoReturn:
    """Console entry point: run a command and turn every outcome into a line and an exit code."""
    try:
        result = cli.main(args=argv, prog_name="pressdesk", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
        sys.exit(2)
    except click.UsageError as exc:
        _fail(exc.format_message().replace("\n", " "), 2)
    except click.ClickException as exc:
        _fail(exc.format_message().replace("\n", " "), 2)
    except click.Abort:
        _fail("cancelled.", 2)
    except PressDeskError as exc:
        _fail(str(exc).replace("\n", " "), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted.", 1)
    except Exception:
        log_file = setup_logging()
        log.exception("Unexpected error in the command line")
        _fail(f"unexpected error (a bug in PressDesk). Details are in {log_file}", 1)
    sys.exit(result if isinstance(result, int) else 0)
