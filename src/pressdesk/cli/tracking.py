"""``pressdesk report``, ``coverage`` and ``inbox``: what became of each release."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from pressdesk.database.models import MailEventKind, OutletType
from pressdesk.errors import EnvironmentProblem, InvalidInput
from pressdesk.jobs import Job
from pressdesk.mail.profiles import get_profile as get_smtp_profile
from pressdesk.tracking import coverage as coverage_log
from pressdesk.tracking import imap, intake, reports, tables
from pressdesk.tracking.exports import FORMATS, ReportTable, cell_text, export, text_rows
from pressdesk.tracking.intake import IntakeSummary

from .common import AppContext, json_option, pass_app
from .output import print_json, print_table

_SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".xlsx": "xlsx", ".txt": "table"}


class ReleaseOrCommandGroup(click.Group):
    """A group whose first argument may be a release id instead of a sub-command name."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0].isdigit():
            args = ["release", *args]
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            raise click.UsageError(
                f"'{args[0]}' is neither a release id nor a report name (matrix, contact)."
            )
        return super().resolve_command(ctx, args)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(
            ctx.command_path, "RELEASE_ID --by outlet|contact|region [OPTIONS] | matrix [OPTIONS]"
        )


def _format_options(func: Any) -> Any:
    func = click.option(
        "--out",
        "out",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        help="Write the report to this file (the format follows its extension).",
    )(func)
    return click.option(
        "--format",
        "file_format",
        type=click.Choice(FORMATS),
        default=None,
        help="table (default on screen), csv, json or xlsx (xlsx needs --out).",
    )(func)


def _chosen_format(file_format: str | None, out: Path | None) -> str:
    if file_format is None:
        file_format = _SUFFIX_FORMATS.get(out.suffix.lower(), "table") if out else "table"
    if file_format == "xlsx" and out is None:
        raise InvalidInput("An XLSX report must go to a file.", hint="Add --out FILE.xlsx.")
    return file_format


@contextlib.contextmanager
def _wide_columns() -> Iterator[None]:
    """A table written to a file is not cut to the width of the terminal."""
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100000"
    try:
        yield
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


def _emit(table: ReportTable, file_format: str, out: Path | None) -> None:
    if file_format == "table":
        if out is None:
            print_table(table.headers, text_rows(table), empty=table.empty)
            return
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer), _wide_columns():
            print_table(table.headers, text_rows(table), empty=table.empty)
        data = buffer.getvalue().encode("utf-8")
    else:
        data = export(table, file_format)
    if out is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise EnvironmentProblem(f"Cannot write {out}: {exc.strerror}.") from None
    click.echo(f"Wrote {out}", err=True)


@click.group(cls=ReleaseOrCommandGroup)
def report() -> None:
    """Reports: a release by outlet, contact or region; the outlet × release matrix.

    \b
    pressdesk report RELEASE_ID --by outlet|contact|region [--format ...] [--out FILE]
    pressdesk report matrix [--since DATE] [--region NAME] [--format ...] [--out FILE]
    pressdesk report contact EMAIL [--format ...] [--out FILE]
    """


@report.command("release", hidden=True)
@click.argument("release_id", type=int)
@click.option(
    "--by",
    "by",
    type=click.Choice(("outlet", "contact", "region")),
    required=True,
    help="Group the release's deliveries by outlet, contact or region.",
)
@_format_options
@pass_app
def report_release(
    app: AppContext, release_id: int, by: str, file_format: str | None, out: Path | None
) -> None:
    """What became of one release."""
    chosen = _chosen_format(file_format, out)
    with app.db.session() as session:
        if by == "outlet":
            table = tables.outlet_table(release_id, reports.report_by_outlet(session, release_id))
        elif by == "region":
            table = tables.region_table(release_id, reports.report_by_region(session, release_id))
        else:
            table = tables.contact_table(release_id, reports.report_by_contact(session, release_id))
    _emit(table, chosen, out)


def _parse_since(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"'{text}' is not a date.", hint="Use YYYY-MM-DD.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


@report.command("matrix")
@click.option("--since", metavar="DATE", help="Only releases first sent on or after this date.")
@click.option("--region", metavar="NAME", help="Only outlets of this region (e.g. Caribbean).")
@click.option(
    "--outlet-type",
    type=click.Choice([t.value for t in OutletType]),
    help="Only outlets of this type.",
)
@_format_options
@pass_app
def report_matrix(
    app: AppContext,
    since: str | None,
    region: str | None,
    outlet_type: str | None,
    file_format: str | None,
    out: Path | None,
) -> None:
    """Outlets × releases: received, bounced, failed or not sent, with pickups."""
    chosen = _chosen_format(file_format, out)
    with app.db.session() as session:
        matrix = reports.outlet_release_matrix(
            session,
            since=_parse_since(since),
            region=region,
            outlet_type=OutletType(outlet_type) if outlet_type else None,
        )
    _emit(tables.matrix_table(matrix), chosen, out)


@report.command("contact")
@click.argument("address")
@_format_options
@pass_app
def report_contact(
    app: AppContext, address: str, file_format: str | None, out: Path | None
) -> None:
    """Every release sent to one contact (by address), with what became of it."""
    chosen = _chosen_format(file_format, out)
    with app.db.session() as session:
        rows = reports.contact_history(session, reports.find_contact_id(session, address))
    _emit(tables.history_table(address.strip(), rows), chosen, out)


@click.group()
def coverage() -> None:
    """The coverage log: pickups of releases by outlets."""


@coverage.command("add")
@click.argument("release_id", type=int)
@click.option("--outlet", "outlet", required=True, metavar="NAME", help="The outlet (on file).")
@click.option("--url", "url", required=True, help="Link to the article or broadcast.")
@click.option("--title", "title", help="Its title.")
@click.option("--date", "published", metavar="DATE", help="When it appeared (YYYY-MM-DD).")
@click.option("--notes", "notes", help="Anything worth keeping about it.")
@json_option
@pass_app
def coverage_add(
    app: AppContext,
    release_id: int,
    outlet: str,
    url: str,
    title: str | None,
    published: str | None,
    notes: str | None,
    as_json: bool,
) -> None:
    """Log a pickup of RELEASE_ID by an outlet."""
    published_on = coverage_log.parse_date(published) if published else None
    with app.db.session() as session:
        record = coverage_log.add_coverage(
            session,
            release_id,
            outlet=outlet,
            url=url,
            title=title,
            published_on=published_on,
            notes=notes,
        )
    if as_json:
        print_json(record.to_json())
    else:
        click.echo(f"Logged coverage {record.id}: {record.outlet} — {record.url}")


@coverage.command("list")
@click.argument("release_id", type=int, required=False)
@json_option
@pass_app
def coverage_list(app: AppContext, release_id: int | None, as_json: bool) -> None:
    """List pickups, newest first (of one release if given)."""
    with app.db.session() as session:
        records = coverage_log.list_coverage(session, release_id=release_id)
    table = tables.coverage_table(records)
    if as_json:
        print_json(table.document)
    else:
        print_table(table.headers, text_rows(table), empty=table.empty)


@coverage.command("remove")
@click.argument("coverage_id", type=int)
@pass_app
def coverage_remove(app: AppContext, coverage_id: int) -> None:
    """Remove a logged pickup."""
    with app.db.session() as session:
        record = coverage_log.remove_coverage(session, coverage_id)
    click.echo(f"Removed coverage {record.id}: {record.outlet} — {record.url}")


@click.group()
def inbox() -> None:
    """The press office's mailbox: bounces, opt-outs and replies."""


def _print_intake(summary: IntakeSummary, as_json: bool) -> None:
    if as_json:
        print_json(summary.to_json())
        return
    click.echo(
        f"{summary.messages} messages: {summary.bounced} bounced, {summary.delayed} delayed, "
        f"{summary.unsubscribed} unsubscribed, {summary.replies} replies, "
        f"{summary.auto_replies} automatic replies, {summary.unmatched} unmatched, "
        f"{summary.already_processed} already processed."
    )
    if summary.flagged_for_review:
        click.echo(f"{summary.flagged_for_review} contacts flagged for review (hard bounces).")
    for address in summary.unsubscribed_addresses:
        click.echo(f"Unsubscribed: {address}")


def _run_job(job: Job[IntakeSummary], as_json: bool) -> IntakeSummary:
    interactive = not as_json and sys.stderr.isatty()
    shown = False
    while True:
        try:
            progress = next(job)
        except StopIteration as stop:
            if shown:
                click.echo("\r\033[K", nl=False, err=True)  # clear the progress line
            return stop.value  # type: ignore[no-any-return]
        if interactive and progress.message:
            click.echo(f"\r\033[K{progress.message}…", nl=False, err=True)
            shown = True


@inbox.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@pass_app
def inbox_import(app: AppContext, file: Path, as_json: bool) -> None:
    """Read bounces, opt-outs and replies from an .eml or .mbox FILE."""
    with app.db.session() as session:
        summary = _run_job(intake.import_mail_file(session, file), as_json)
    _print_intake(summary, as_json)


@inbox.command("fetch")
@click.option("--profile", "profile_name", metavar="NAME", help="IMAP profile (default: default).")
@click.option("--folder", metavar="NAME", help="Folder to read (default: the profile's).")
@json_option
@pass_app
def inbox_fetch(
    app: AppContext, profile_name: str | None, folder: str | None, as_json: bool
) -> None:
    """Read new bounces, opt-outs and replies from the IMAP mailbox (read-only)."""
    with app.db.session() as session:
        profile = imap.get_profile(session, profile_name)
        password = imap.load_credential(session, profile)
    with app.db.session() as session:
        summary = _run_job(
            imap.fetch_and_import(session, profile, password, folder=folder), as_json
        )
    _print_intake(summary, as_json)


@inbox.command("set")
@click.option("--profile", "profile_name", default=imap.DEFAULT_PROFILE, metavar="NAME")
@click.option("--host", metavar="HOST", help="IMAP server.")
@click.option("--port", type=int, help="Port (default 993 for ssl, 143 for starttls).")
@click.option("--security", type=click.Choice(imap.SECURITY_MODES), help="ssl or starttls.")
@click.option("--username", metavar="USER", help="Login name.")
@click.option("--folder", metavar="NAME", help="Folder to read (default INBOX).")
@click.option("--cafile", type=click.Path(exists=True, dir_okay=False), help="Extra CA (PEM).")
@click.option("--password-stdin", is_flag=True, help="Read the password from stdin (keyring).")
@click.option(
    "--oauth-profile",
    metavar="SMTP_PROFILE",
    help="Sign in with this SMTP profile's OAuth 2.0 sign-in instead of a password.",
)
@pass_app
def inbox_set(
    app: AppContext,
    profile_name: str,
    host: str | None,
    port: int | None,
    security: str | None,
    username: str | None,
    folder: str | None,
    cafile: str | None,
    password_stdin: bool,
    oauth_profile: str | None,
) -> None:
    """Create or change an IMAP profile; the password goes to the system keyring only."""
    if oauth_profile is not None and password_stdin:
        raise InvalidInput("Use either --password-stdin or --oauth-profile, not both.")
    with app.db.session() as session:
        existing = imap.load_profiles(session).get(profile_name)
        if existing is None and (host is None or username is None):
            raise InvalidInput("A new IMAP profile needs --host and --username.")
        base = existing or imap.ImapProfile(name=profile_name, host=host or "", username="")
        chosen_security = security or base.security
        default_port = 993 if chosen_security == "ssl" else 143
        changes: dict[str, Any] = {
            "host": host or base.host,
            "username": username or base.username,
            "security": chosen_security,
            "port": port or (base.port if existing and not security else default_port),
            "folder": folder or base.folder,
            "cafile": str(Path(cafile).resolve()) if cafile else base.cafile,
            "oauth_profile": oauth_profile or base.oauth_profile,
        }
        if oauth_profile is not None:
            smtp_profile = get_smtp_profile(session, oauth_profile)
            if not smtp_profile.uses_oauth:
                raise InvalidInput(
                    f"The SMTP profile '{oauth_profile}' does not sign in with OAuth 2.0."
                )
        profile = imap.ImapProfile(**{**asdict(base), **changes}).validated()
        if password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
            if not password:
                raise InvalidInput("No password was given on stdin.")
            imap.store_password(profile.name, password)
        imap.save_profile(session, profile)
    click.echo(f"Saved IMAP profile '{profile.name}' ({profile.username}@{profile.host}).")


@inbox.command("unsubscribes")
@json_option
@pass_app
def inbox_unsubscribes(app: AppContext, as_json: bool) -> None:
    """Opt-outs that arrived by mail, newest first."""
    with app.db.session() as session:
        requests = intake.list_unsubscribe_requests(session)
    if as_json:
        print_json([request.to_json() for request in requests])
        return
    print_table(
        ["Address", "Received", "Release", "Subject"],
        [
            (r.email, cell_text(r.received_at or r.processed_at), r.release_id, r.subject)
            for r in requests
        ],
        empty="No opt-out requests have arrived by mail.",
    )


@inbox.command("list")
@click.option("--release", "release_id", type=int, help="Only mail about this release.")
@click.option(
    "--kind",
    type=click.Choice([kind.value for kind in MailEventKind]),
    help="Only bounces, replies, automatic replies or opt-outs.",
)
@json_option
@pass_app
def inbox_list(app: AppContext, release_id: int | None, kind: str | None, as_json: bool) -> None:
    """What came back from the mailbox, newest first."""
    with app.db.session() as session:
        if release_id is not None:
            reports.require_release(session, release_id)
        rows = intake.list_mail_events(
            session, release_id=release_id, kind=MailEventKind(kind) if kind else None
        )
    if as_json:
        print_json([row.to_json() for row in rows])
        return
    print_table(
        ["Kind", "From", "Release", "Outlet", "Subject", "Detail"],
        [
            (
                r.kind.value.replace("_", " "),
                r.email,
                r.release_id,
                r.outlet,
                r.subject,
                (r.detail or "").replace("\n", " "),
            )
            for r in rows
        ],
        empty="Nothing has come back yet. Read the mailbox with: pressdesk inbox fetch",
    )
