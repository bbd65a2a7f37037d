"""``pressdesk smtp``, ``send`` and ``outbox``: sending releases."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import webbrowser
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import click
from sqlalchemy.orm import Session

from pressdesk import secret_store
from pressdesk.database import Database
from pressdesk.database.models import (
    Distribution,
    DistributionStatus,
    Release,
    SmtpAuth,
    SmtpSecurity,
)
from pressdesk.database.types import utcnow
from pressdesk.errors import EnvironmentProblem, InvalidInput, NotFound
from pressdesk.jobs import Job
from pressdesk.mail import outbox as outbox_service
from pressdesk.mail.lease import DistributionBusy, owner_alive
from pressdesk.mail.oauth_config import PROVIDERS, OAuthChanges, SignInRequired
from pressdesk.mail.planning import Composer, preview_audience, queue_send, release_composer
from pressdesk.mail.profiles import ProfileChanges, get_profile, profile_password, save_profile
from pressdesk.mail.report import failed_deliveries
from pressdesk.mail.sender import (
    BatchResult,
    SendOptions,
    SendSummary,
    send_distribution,
    send_due,
    send_many,
    summarize,
)
from pressdesk.mail.transport import SmtpConnection, SmtpProblem
from pressdesk.mail.trial import send_test_copy, write_dry_run

from .common import AppContext, json_option, pass_app
from .output import print_json, print_table

T = TypeVar("T")

LISTED_PROBLEMS = 20


# --- smtp ---------------------------------------------------------------------------------------


@click.group()
def smtp() -> None:
    """Outgoing mail server profiles (passwords live in the system keyring)."""


@smtp.command("set")
@click.option("--profile", "profile_name", metavar="NAME", help="Profile name (default profile).")
@click.option("--host", metavar="H", help="Mail server host name.")
@click.option("--port", type=int, metavar="P", help="Port (587 for starttls, 465 for ssl).")
@click.option("--security", type=click.Choice([s.value for s in SmtpSecurity]))
@click.option("--username", metavar="U", help="User name to log in with.")
@click.option(
    "--password-stdin", is_flag=True, help="Read the password from stdin (saved in the keyring)."
)
@click.option("--cafile", metavar="PEM", help="Also trust this CA certificate (internal relays).")
@click.option("--from-address", metavar="A", help="The From address (and envelope sender).")
@click.option("--from-name", metavar="N", help="The sender name shown to journalists.")
@click.option("--reply-to", metavar="R", help="Where replies go, if not the From address.")
@click.option(
    "--rate-per-minute", type=int, metavar="N", help="At most N messages a minute (0: no limit)."
)
@click.option("--connections", type=int, metavar="N", help="Parallel connections (default 2).")
@click.option("--timeout", "timeout_seconds", type=int, metavar="S", help="Network timeout (30 s).")
@click.option(
    "--auth",
    type=click.Choice([SmtpAuth.PASSWORD.value, SmtpAuth.OAUTH2.value]),
    help="Log in with a password, or sign in with OAuth 2.0 (then: pressdesk smtp login).",
)
@click.option("--provider", type=click.Choice(PROVIDERS), help="Who signs you in (oauth2).")
@click.option("--tenant", metavar="T", help="Microsoft 365 tenant ID or domain (organizations).")
@click.option("--client-id", metavar="ID", help="The client ID of your organisation's app.")
@click.option("--authorize-url", metavar="U", help="Custom provider: authorization endpoint.")
@click.option("--token-url", metavar="U", help="Custom provider: token endpoint.")
@click.option("--device-url", metavar="U", help="Custom provider: device authorization endpoint.")
@click.option("--scope", "scopes", multiple=True, metavar="S", help="Scopes to ask for (repeat).")
@click.option(
    "--client-secret-stdin",
    is_flag=True,
    help="Read the app's client secret from stdin, for providers that want one (Google).",
)
@json_option
@pass_app
def smtp_set(
    app: AppContext,
    profile_name: str | None,
    host: str | None,
    port: int | None,
    security: str | None,
    username: str | None,
    password_stdin: bool,
    cafile: str | None,
    from_address: str | None,
    from_name: str | None,
    reply_to: str | None,
    rate_per_minute: int | None,
    connections: int | None,
    timeout_seconds: int | None,
    auth: str | None,
    provider: str | None,
    tenant: str | None,
    client_id: str | None,
    authorize_url: str | None,
    token_url: str | None,
    device_url: str | None,
    scopes: tuple[str, ...],
    client_secret_stdin: bool,
    as_json: bool,
) -> None:
    """Save a mail server profile; it does not connect (use ``smtp test``).

    With --auth oauth2 and --provider microsoft or google, the host, port and security are
    filled in for a new profile; sign in afterwards with ``pressdesk smtp login``.
    """
    password = None
    if password_stdin and sys.stdin.isatty():  # typed by hand: do not show it
        password = click.prompt("Password", hide_input=True, err=True)
    elif password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InvalidInput("No password came on stdin.")
    client_secret = None
    if client_secret_stdin and password_stdin:
        raise InvalidInput("Use either --password-stdin or --client-secret-stdin, not both.")
    if client_secret_stdin:
        client_secret = sys.stdin.readline().rstrip("\r\n")
        if not client_secret:
            raise InvalidInput("No client secret came on stdin.")
    changes = ProfileChanges(
        host=host,
        port=port,
        security=SmtpSecurity(security) if security else None,
        username=username,
        cafile=cafile,
        from_address=from_address,
        from_name=from_name,
        reply_to=reply_to,
        rate_per_minute=rate_per_minute,
        connections=connections,
        timeout_seconds=timeout_seconds,
        auth=SmtpAuth(auth) if auth else None,
        oauth=OAuthChanges(
            provider=provider,
            tenant=tenant,
            client_id=client_id,
            authorize_url=authorize_url,
            token_url=token_url,
            device_url=device_url,
            scopes=scopes or None,
        ),
    )
    with app.db.session() as session:
        profile, created = save_profile(
            session, profile_name, changes, password=password, client_secret=client_secret
        )
    if as_json:
        print_json({**profile.to_json(), "created": created})
        return
    verb = "Created" if created else "Updated"
    default = " (the default profile)" if profile.is_default else ""
    click.echo(f"{verb} SMTP profile '{profile.name}'{default}: {profile.host}:{profile.port}.")
    if password is not None:
        click.echo(f"The password is in the system keyring ({secret_store.backend_name()}).")
    if profile.uses_oauth and (created or auth or changes.oauth.any):
        # No look into the keyring here: saving settings must work before one is set up.
        click.echo(f"Sign in next with: pressdesk smtp login --profile {profile.name}")


@smtp.command("login")
@click.option("--profile", "profile_name", metavar="NAME", help="Profile name (default profile).")
@pass_app
def smtp_login(app: AppContext, profile_name: str | None) -> None:
    """Sign in to Microsoft 365, Google or your provider; the sign-in stays in the keyring.

    Shows a code to enter at the provider's page, on this or any other device, and waits.
    """
    from pressdesk.mail import oauth  # only signing in needs the OAuth client

    with app.db.session() as session:
        profile = get_profile(session, profile_name)
    settings = profile.oauth_settings if profile.uses_oauth else None
    if settings is not None and settings.device_url is None:
        click.echo(f"Opening {settings.provider_label} in your browser to sign in…", err=True)

        def show_address(url: str) -> None:
            if not webbrowser.open(url):
                click.echo(f"Open this address in a browser on this computer:\n{url}", err=True)

        signed_in = drive(oauth.browser_sign_in(profile, show_address))
    else:
        authorization = oauth.start_device_sign_in(profile)
        where = authorization.verification_uri_complete or authorization.verification_uri
        click.echo(
            f"To sign in, open {where} in a browser and enter the code {authorization.user_code}"
        )
        click.echo(f"Waiting for the sign-in (up to {int(authorization.expires_in) // 60} min)…")
        signed_in = drive(oauth.finish_device_sign_in(profile, authorization))
    click.echo(
        f"Signed in to {signed_in.provider} as {signed_in.account} for SMTP profile "
        f"'{signed_in.profile}'; the sign-in is kept in the system keyring "
        f"({secret_store.backend_name()})."
    )


@smtp.command("logout")
@click.option("--profile", "profile_name", metavar="NAME", help="Profile name (default profile).")
@pass_app
def smtp_logout(app: AppContext, profile_name: str | None) -> None:
    """Forget the profile's sign-in on this computer (sending then needs smtp login again)."""
    from pressdesk.mail import oauth

    with app.db.session() as session:
        profile = get_profile(session, profile_name)
    if oauth.sign_out(profile):
        click.echo(f"Signed out of SMTP profile '{profile.name}'.")
    else:
        click.echo(f"Nobody was signed in for SMTP profile '{profile.name}'.")


@smtp.command("test")
@click.option("--profile", "profile_name", metavar="NAME", help="Profile name (default profile).")
@json_option
@pass_app
def smtp_test(app: AppContext, profile_name: str | None, as_json: bool) -> None:
    """Connect, negotiate TLS and log in, reporting each step."""
    with app.db.session() as session:
        profile = get_profile(session, profile_name)
    steps: list[str] = []

    def report(step: str) -> None:
        steps.append(step)
        if not as_json:
            click.echo(f"✓ {step}")

    password = profile_password(profile)
    if password is not None and not as_json:
        what = "Sign-in" if profile.uses_oauth else "Password"
        click.echo(f"✓ {what} read from the system keyring ({secret_store.backend_name()}).")
    SmtpConnection(profile, password, report=report).close()
    if as_json:
        print_json({"profile": profile.name, "ok": True, "steps": steps})
    else:
        click.echo(f"The mail server for profile '{profile.name}' is ready to send.")


# --- send ---------------------------------------------------------------------------------------


def parse_moment(text: str) -> datetime:
    """ISO 8601 with an offset, or a local date and time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"'{text}' is not a date and time.",
            hint="Use ISO 8601, e.g. 2026-03-08T09:00+01:00 or 2026-03-08 09:00 (local time).",
        ) from None
    return moment.astimezone()  # a naive moment is local time


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def drive(job: Job[T]) -> T:
    """Run a job, showing its progress on a terminal.

    Ctrl-C or a termination signal stops it after the messages in flight; the distribution is
    then ``interrupted`` and ``outbox resume`` or ``outbox run`` goes on with it.
    """
    show = sys.stderr.isatty()
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if in_main_thread else None
    try:
        while True:
            try:
                progress = next(job)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if show and progress.message:
                sys.stderr.write(f"\r\033[K{progress.message}")
                sys.stderr.flush()
    except KeyboardInterrupt:
        with contextlib.suppress(KeyboardInterrupt, StopIteration):
            job.throw(KeyboardInterrupt())
        raise
    finally:
        job.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if show:
            sys.stderr.write("\r\033[K")


def _print_summary(db: Database, summary: SendSummary, *, as_json: bool) -> None:
    if as_json:
        print_json(summary.to_json())
        return
    parts = [f"sent {summary.sent} of {summary.recipients}"]
    for label, count in (
        ("failed", summary.failed),
        ("deferred", summary.deferred),
        ("uncertain", summary.uncertain),
        ("not yet sent", summary.queued),
    ):
        if count:
            parts.append(f"{count} {label}")
    click.echo(
        f"Distribution {summary.distribution}: {', '.join(parts)}; {summary.skipped} skipped."
    )
    with db.session() as session:
        failures = failed_deliveries(session, summary.distribution)
    for email, response in failures[:LISTED_PROBLEMS]:
        click.echo(f"  failed: {email} — {response}")
    if len(failures) > LISTED_PROBLEMS:
        click.echo(f"  … and {len(failures) - LISTED_PROBLEMS} more (see pressdesk report).")
    for email in summary.uncertain_emails[:LISTED_PROBLEMS]:
        click.echo(f"  uncertain: {email} — the server may or may not have received it")
    if summary.uncertain:
        click.echo(
            "  Check with these people, or send them the release again with: "
            f"pressdesk outbox resume {summary.distribution} --include-uncertain"
        )


def _run_send(db: Database, job: Job[T], distribution_id: int | None) -> T:
    """Drive a send, turning a server problem into a message that says how to go on."""
    try:
        return drive(job)
    except KeyboardInterrupt:
        resume = f" {distribution_id}" if distribution_id is not None else ""
        raise EnvironmentProblem(
            "Sending was interrupted; the messages in flight were finished and recorded.",
            hint=f"Go on with: pressdesk outbox resume{resume}",
        ) from None
    except (SmtpProblem, SignInRequired) as exc:
        where = ""
        if distribution_id is not None:
            with db.session() as session:
                summary = summarize(session, distribution_id)
            where = (
                f" Distribution {distribution_id} stopped after {summary.sent} of "
                f"{summary.recipients} messages; nothing else was marked sent. Go on later with: "
                f"pressdesk outbox resume {distribution_id}"
            )
        raise EnvironmentProblem(f"Sending stopped: {exc}{where}") from None


@click.command()
@click.argument("release_id", type=int)
@click.option("--list", "list_names", multiple=True, metavar="NAME", help="Send to this list.")
@click.option("--segment", "segment_names", multiple=True, metavar="NAME", help="And this segment.")
@click.option("--profile", "profile_name", metavar="NAME", help="SMTP profile (default profile).")
@click.option("--at", "at", metavar="MOMENT", help="Send later (ISO 8601, or local time).")
@click.option("--resend", is_flag=True, help="Also send to people who already received it.")
@click.option(
    "--dry-run",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Write each message as an .eml file in DIR; send nothing.",
)
@click.option("--test", "test_address", metavar="ADDRESS", help="Send one [TEST] copy there only.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@json_option
@pass_app
def send(
    app: AppContext,
    release_id: int,
    list_names: tuple[str, ...],
    segment_names: tuple[str, ...],
    profile_name: str | None,
    at: str | None,
    resend: bool,
    dry_run: Path | None,
    test_address: str | None,
    yes: bool,
    as_json: bool,
) -> None:
    """Send a release: one personal message per contact of the lists and segments."""
    if sum(bool(x) for x in (at, dry_run, test_address)) > 1:
        raise InvalidInput("Use only one of --at, --dry-run and --test.")
    db = app.db
    if test_address:
        with db.session() as session:
            profile = get_profile(session, profile_name)
            reply = send_test_copy(
                session, release_id, profile, profile_password(profile), test_address
            )
        if as_json:
            print_json({"test": test_address, "reply": reply})
        else:
            click.echo(f"Test copy sent to {test_address} ({reply}). Nothing was recorded.")
        return
    if not list_names and not segment_names:
        raise InvalidInput("Choose who to send to with --list NAME or --segment NAME.")
    if dry_run is not None:
        with db.session() as session:
            profile = get_profile(session, profile_name)
            composer = release_composer(session, release_id, profile)
            plan = write_dry_run(
                session,
                release_id,
                composer,
                profile.from_address,
                list_names,
                segment_names,
                dry_run,
                resend=resend,
            )
            session.rollback()
        if as_json:
            print_json({**plan.to_json(), "directory": str(dry_run)})
        else:
            click.echo(
                f"Wrote {plan.recipients} messages to {dry_run} ({plan.skipped} skipped); "
                "nothing was sent."
            )
        return
    scheduled_at = parse_moment(at) if at else None
    if scheduled_at is not None and scheduled_at < utcnow():
        raise InvalidInput(f"The moment {at} is in the past.")
    with db.session() as session:
        profile = get_profile(session, profile_name)
        profile_password(profile)  # fail now, not after the confirmation
        composer = release_composer(session, release_id, profile)
        if not yes:
            _confirm(session, release_id, composer, list_names, segment_names, resend, scheduled_at)
        prepared = queue_send(
            session,
            release_id,
            profile,
            list_names,
            segment_names,
            resend=resend,
            scheduled_at=scheduled_at,
            composer=composer,
        )
    if prepared.scheduled_at is not None or prepared.plan.recipients == 0:
        with db.session() as session:
            summary = summarize(session, prepared.distribution)
        if as_json:
            print_json(summary.to_json())
        elif prepared.scheduled_at is not None:
            click.echo(
                f"Distribution {prepared.distribution} is scheduled for "
                f"{prepared.scheduled_at.astimezone():%Y-%m-%d %H:%M %Z}: "
                f"{prepared.plan.recipients} recipients, {prepared.plan.skipped} skipped. "
                "It goes out when 'pressdesk outbox run' runs after that moment, "
                "or while the desktop app is open."
            )
        else:
            click.echo(
                f"Nobody to send to: {prepared.plan.skipped_opted_out} opted out, "
                f"{prepared.plan.skipped_already_received} already received it."
            )
        return
    summary = _run_send(db, send_distribution(db, prepared.distribution), prepared.distribution)
    _print_summary(db, summary, as_json=as_json)


def _confirm(
    session: Session,
    release_id: int,
    composer: Composer,
    list_names: Sequence[str],
    segment_names: Sequence[str],
    resend: bool,
    scheduled_at: datetime | None,
) -> None:
    if not sys.stdin.isatty():
        raise InvalidInput(
            "Not sending: there is no terminal to ask for confirmation.",
            hint="Add --yes to send without asking.",
        )
    plan = preview_audience(session, release_id, composer, list_names, segment_names, resend=resend)
    release = session.get(Release, release_id)
    headline = composer.subject_for(release.language) if release else str(release_id)
    when = f" at {scheduled_at.astimezone():%Y-%m-%d %H:%M}" if scheduled_at else ""
    embargo = ""
    if release is not None and release.embargo_at is not None and release.embargo_at > utcnow():
        embargo = f" The embargo lifts at {release.embargo_at.astimezone():%Y-%m-%d %H:%M}."
    click.confirm(
        f"Send '{headline}' to {plan.recipients} contacts{when} ({plan.skipped} skipped: "
        f"{plan.skipped_opted_out} opted out, {plan.skipped_already_received} already received "
        f"it)?{embargo}",
        default=False,
        abort=True,
        err=True,
    )


# --- outbox -------------------------------------------------------------------------------------


@click.group(invoke_without_command=True)
@json_option
@pass_app
@click.pass_context
def outbox(ctx: click.Context, app: AppContext, as_json: bool) -> None:
    """Distributions being sent, scheduled or interrupted."""
    if ctx.invoked_subcommand is not None:
        return
    with app.db.session() as session:
        rows = outbox_service.list_distributions(session)
        uncertain = outbox_service.uncertain_deliveries(session)
    if as_json:
        print_json([row.to_json() for row in rows])
        return
    print_table(
        [
            "ID",
            "Release",
            "Status",
            "When",
            "By",
            "Queued",
            "Sent",
            "Failed",
            "Deferred",
            "Uncertain",
        ],
        [
            (
                r.distribution,
                f"{r.release} {r.headline}",
                r.status.value,
                f"{(r.scheduled_at or r.created_at).astimezone():%Y-%m-%d %H:%M}",
                r.created_by or "",
                r.counts.get("queued", 0) + r.counts.get("sending", 0),
                r.counts.get("sent", 0),
                r.counts.get("failed", 0),
                r.counts.get("deferred", 0),
                r.counts.get("uncertain", 0),
            )
            for r in rows
        ],
        empty="The outbox is empty. Send a release with: pressdesk send RELEASE_ID --list NAME",
    )
    if uncertain:
        click.echo(
            f"\n{len(uncertain)} uncertain deliveries (the server may or may not have them):"
        )
        for item in uncertain[:LISTED_PROBLEMS]:
            click.echo(f"  distribution {item.distribution}: {item.email}")


def _print_batch(db: Database, result: BatchResult, *, as_json: bool, single: bool) -> None:
    for note in result.left_alone:
        click.echo(note, err=True)
    if as_json:
        documents = [summary.to_json() for summary in result.summaries]
        print_json(documents[0] if single and len(documents) == 1 else documents)
        return
    if not result.summaries and not result.left_alone:
        click.echo("Nothing to send.")
        with db.session() as session:
            uncertain = outbox_service.uncertain_deliveries(session)
        for item in uncertain[:LISTED_PROBLEMS]:
            click.echo(
                f"  uncertain: {item.email} (distribution {item.distribution}) — the server may "
                "or may not have received it"
            )
        if uncertain:
            click.echo("  Send them again with: pressdesk outbox resume --include-uncertain")
    for summary in result.summaries:
        _print_summary(db, summary, as_json=False)


@outbox.command("resume")
@click.argument("distribution_id", type=int, required=False)
@click.option("--now", is_flag=True, help="Retry deferred deliveries at once.")
@click.option(
    "--include-uncertain",
    is_flag=True,
    help="Also send again what may or may not have reached the server.",
)
@json_option
@pass_app
def outbox_resume(
    app: AppContext,
    distribution_id: int | None,
    now: bool,
    include_uncertain: bool,
    as_json: bool,
) -> None:
    """Go on with interrupted distributions; sent messages are never sent again.

    Without an id, every unfinished distribution is resumed (one a live process is sending is
    left alone). Uncertain deliveries (the server may or may not have them) are listed, and
    sent again only with --include-uncertain. With --json: the summary as for send, or a list
    of them when several distributions were resumed.
    """
    db = app.db
    with db.session() as session:
        if distribution_id is not None:
            _check_resumable(session, distribution_id)
            ids = [distribution_id]
        else:
            ids = outbox_service.resumable_distributions(
                session, include_uncertain=include_uncertain
            )
    options = SendOptions(include_uncertain=include_uncertain, retry_deferred_now=now)
    if distribution_id is not None:
        summary = _run_send(
            db, send_distribution(db, distribution_id, options=options), distribution_id
        )
        _print_summary(db, summary, as_json=as_json)
        return
    result = _run_send(db, send_many(db, ids, options=options), None)
    _print_batch(db, result, as_json=as_json, single=True)


def _check_resumable(session: Session, distribution_id: int) -> None:
    distribution = session.get(Distribution, distribution_id)
    if distribution is None:
        raise NotFound(f"There is no distribution {distribution_id}.")
    if distribution.status is DistributionStatus.CANCELLED:
        raise InvalidInput(f"Distribution {distribution_id} was cancelled.")
    if distribution.status is DistributionStatus.SCHEDULED and (
        distribution.scheduled_at is not None and distribution.scheduled_at > utcnow()
    ):
        raise InvalidInput(
            f"Distribution {distribution_id} is scheduled for "
            f"{distribution.scheduled_at.astimezone():%Y-%m-%d %H:%M}; "
            "'pressdesk outbox run' sends it from then on."
        )
    if owner_alive(distribution):
        raise DistributionBusy(
            f"Distribution {distribution_id} is being sent by another process right now; "
            "it was left alone."
        )


@outbox.command("run")
@json_option
@pass_app
def outbox_run(app: AppContext, as_json: bool) -> None:
    """Send whatever is due: scheduled distributions whose time has come, and unfinished ones."""
    db = app.db
    with db.session() as session:
        upcoming = outbox_service.next_scheduled(session)
    result = _run_send(db, send_due(db), None)
    _print_batch(db, result, as_json=as_json, single=False)
    if not as_json and upcoming is not None:
        click.echo(f"Next scheduled distribution: {upcoming.astimezone():%Y-%m-%d %H:%M %Z}.")
