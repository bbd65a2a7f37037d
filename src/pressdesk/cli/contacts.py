"""``pressdesk contacts``, ``lists`` and ``segments``: the media database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from pressdesk.contacts.exporting import export_contacts
from pressdesk.contacts.importing import ImportReport, import_contacts
from pressdesk.contacts.lists import add_addresses_to_list, create_list, create_segment
from pressdesk.contacts.privacy import erase_contact, opt_in, opt_out, person_record
from pressdesk.contacts.records import update_contact
from pressdesk.contacts.service import list_contacts, list_lists
from pressdesk.contacts.tables import FORMATS
from pressdesk.contacts.values import InvalidValue, normalize_country
from pressdesk.errors import InvalidInput
from pressdesk.jobs import Job, Progress

from .common import AppContext, json_option, pass_app
from .output import print_json, print_table

FORMAT_CHOICE = click.Choice(FORMATS, case_sensitive=False)


@click.group()
def contacts() -> None:
    """Journalists and other press contacts: list, import, export, opt-outs."""


def _run_with_progress(job: Job[ImportReport], show: bool) -> ImportReport:
    """Run the import job, drawing a one-line progress counter on a terminal."""
    while True:
        try:
            progress: Progress = next(job)
        except StopIteration as stop:
            if show:
                click.echo("\r\033[K", nl=False, err=True)
            result: ImportReport = stop.value
            return result
        if show and progress.message:
            click.echo(f"\r\033[K{progress.message}", nl=False, err=True)


@contacts.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=True))
@click.option("--format", "file_format", type=FORMAT_CHOICE, help="Default: from the file.")
@click.option(
    "--map",
    "column_map",
    multiple=True,
    metavar="HEADER=FIELD",
    help="Read a column as a field (email, first_name, last_name, title, outlet, outlet_type, "
    "country, city, language, beats, phone, notes). Repeatable.",
)
@click.option("--list", "list_name", metavar="NAME", help="Also add every contact to this list.")
@json_option
@pass_app
def contacts_import(
    app: AppContext,
    file: Path,
    file_format: str | None,
    column_map: tuple[str, ...],
    list_name: str | None,
    as_json: bool,
) -> None:
    """Import contacts from a CSV, Excel (.xlsx) or vCard file, as one transaction."""
    if not file.exists():
        raise InvalidInput(f"There is no file {file}.")
    with app.db.session() as session:
        job = import_contacts(
            session,
            file,
            file_format=file_format.lower() if file_format else None,
            column_map=column_map,
            list_name=list_name,
            workers=min(2, os.cpu_count() or 1),
        )
        report = _run_with_progress(job, show=not as_json and sys.stderr.isatty())
    if as_json:
        print_json(report.to_json())
        return
    click.echo(
        f"Added {report.added}, updated {report.updated}, rejected {len(report.rejected)} "
        f"from {file.name}."
    )
    for rejected in report.rejected:
        click.echo(f"  row {rejected.row}: {rejected.reason}")


def _country_code(country: str | None) -> str | None:
    if not country:
        return country
    try:
        return normalize_country(country)
    except InvalidValue as exc:
        raise exc.as_input_error() from None


@contacts.command("list")
@click.option("--list", "list_name", metavar="NAME", help="Only members of this list.")
@click.option("--region", metavar="NAME", help="Only this region (e.g. 'Central America').")
@click.option("--country", metavar="CODE", help="Only this country (ISO code, e.g. MX).")
@click.option("--language", metavar="CODE", help="Only this preferred language (e.g. es).")
@click.option("--beat", metavar="TAG", help="Only contacts with this beat or topic.")
@click.option("--search", metavar="TEXT", help="Only names, addresses or outlets containing TEXT.")
@json_option
@pass_app
def contacts_list(
    app: AppContext,
    list_name: str | None,
    region: str | None,
    country: str | None,
    language: str | None,
    beat: str | None,
    search: str | None,
    as_json: bool,
) -> None:
    """List contacts."""
    with app.db.session() as session:
        rows = list_contacts(
            session,
            list_name=list_name,
            region=region,
            country=_country_code(country),
            language=language,
            beat=beat,
            text=search,
        )
    if as_json:
        print_json([row.to_json() for row in rows])
        return
    print_table(
        ["Name", "Email", "Outlet", "Country", "Region", "Lang", "Opted out"],
        [
            (
                r.display_name,
                r.email,
                r.outlet,
                r.country,
                r.region,
                r.language,
                "yes" if r.opted_out else "",
            )
            for r in rows
        ],
        empty="No contacts found. Import a spreadsheet with: pressdesk contacts import FILE",
    )


@contacts.command("show")
@click.argument("email")
@json_option
@pass_app
def contacts_show(app: AppContext, email: str, as_json: bool) -> None:
    """Everything stored about one person, delivery history included."""
    with app.db.session() as session:
        record = person_record(session, email)
    if as_json:
        print_json(record)
        return
    for key, value in record.items():
        if key in ("deliveries", "mail_events"):
            continue
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = "; ".join(f"{k}: {v}" for k, v in value.items())
        if value not in (None, ""):
            click.echo(f"{key.replace('_', ' ').capitalize():<18} {value}")
    click.echo(f"Deliveries         {len(record['deliveries'])}")
    for delivery in record["deliveries"]:
        sender = f", sent by {delivery['sent_by']}" if delivery["sent_by"] else ""
        click.echo(
            f"  release {delivery['release']} ({delivery['language']}): {delivery['status']}"
            f" {delivery['sent_at'] or delivery['queued_at']}{sender}"
        )


EDITABLE_FIELDS = (
    "first_name", "last_name", "title", "outlet", "outlet_type", "country", "city", "language",
    "other_languages", "beats", "phone", "notes",
)  # fmt: skip


@contacts.command("edit")
@click.argument("email")
@click.argument("changes", nargs=-1, required=True, metavar="FIELD=VALUE...")
@click.option(
    "--expect-version",
    type=int,
    metavar="N",
    help="Save only if the contact is still at version N (as 'contacts show' printed it).",
)
@pass_app
def contacts_edit(
    app: AppContext, email: str, changes: tuple[str, ...], expect_version: int | None
) -> None:
    """Change fields of one contact, e.g. title="Health editor" city=Tegucigalpa."""
    cells: dict[str, str] = {}
    for change in changes:
        field, separator, value = change.partition("=")
        field = field.strip().lower()
        if not separator or field not in EDITABLE_FIELDS:
            raise InvalidInput(
                f"'{change}' is not FIELD=VALUE with a field PressDesk knows.",
                hint=f"Fields: {', '.join(EDITABLE_FIELDS)}.",
            )
        cells[field] = value
    with app.db.session() as session:
        update_contact(session, email, cells, expected_version=expect_version)
    with app.db.session() as session:
        version = person_record(session, email)["version"]
    click.echo(f"Saved {email} (now version {version}).")


@contacts.command("export")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "file_format", type=FORMAT_CHOICE, help="Default: from the extension.")
@click.option("--list", "list_name", metavar="NAME", help="Only members of this list.")
@pass_app
def contacts_export(
    app: AppContext, file: Path, file_format: str | None, list_name: str | None
) -> None:
    """Export contacts to CSV (UTF-8 for Excel), Excel (.xlsx) or vCard."""
    with app.db.session() as session:
        count = export_contacts(
            session,
            file,
            file_format=file_format.lower() if file_format else None,
            list_name=list_name,
        )
    click.echo(f"Exported {count} contact{'' if count == 1 else 's'} to {file}.")


@contacts.command("optout")
@click.argument("email")
@click.option("--reason", metavar="TEXT", help="Why, e.g. 'asked by phone'.")
@pass_app
def contacts_optout(app: AppContext, email: str, reason: str | None) -> None:
    """Never send anything to this address again (until an explicit opt-in)."""
    with app.db.session() as session:
        added = opt_out(session, email, reason=reason)
    click.echo(f"{email} is opted out." if added else f"{email} was already opted out.")


@contacts.command("optin")
@click.argument("email")
@click.option("--confirm", is_flag=True, help="Confirm the person asked to receive mail again.")
@pass_app
def contacts_optin(app: AppContext, email: str, confirm: bool) -> None:
    """Lift an opt-out: only when the person asked for it."""
    if not confirm:
        raise InvalidInput(
            f"Lifting the opt-out of {email} needs --confirm (only do it at the person's request)."
        )
    with app.db.session() as session:
        opt_in(session, email)
    click.echo(f"{email} can receive mail again.")


@contacts.command("erase")
@click.argument("email")
@pass_app
def contacts_erase(app: AppContext, email: str) -> None:
    """Delete a person's data; the address stays suppressed (as a hash)."""
    with app.db.session() as session:
        result = erase_contact(session, email)
    click.echo(
        f"Erased {email}: personal data deleted, {result.deliveries_anonymised} deliveries "
        "anonymised, the address stays opted out."
    )


@click.group()
def lists() -> None:
    """Static contact lists."""


@lists.command("create")
@click.argument("name")
@pass_app
def lists_create(app: AppContext, name: str) -> None:
    """Create an empty list."""
    with app.db.session() as session:
        create_list(session, name)
    click.echo(f"Created the list '{name}'.")


@lists.command("add")
@click.argument("name")
@click.argument("emails", nargs=-1, required=True)
@pass_app
def lists_add(app: AppContext, name: str, emails: tuple[str, ...]) -> None:
    """Add contacts to a list by address (all or none)."""
    with app.db.session() as session:
        added = add_addresses_to_list(session, name, emails)
    click.echo(f"Added {added} contacts to '{name}'.")


@lists.command("list")
@json_option
@pass_app
def lists_list(app: AppContext, as_json: bool) -> None:
    """Lists with their member counts."""
    with app.db.session() as session:
        rows = list_lists(session)
    if as_json:
        print_json([row.to_json() for row in rows])
        return
    print_table(
        ["List", "Members"],
        [(row.name, row.members) for row in rows],
        empty="No lists yet. Create one with: pressdesk lists create NAME",
    )


@click.group()
def segments() -> None:
    """Saved filters (region, country, language, beat, outlet type), evaluated when used."""


@segments.command("create")
@click.argument("name")
@click.option("--region", help="M49 region, e.g. 'Central America'.")
@click.option("--country", help="Country code or name.")
@click.option("--language", help="Preferred language, code or name.")
@click.option("--beat", help="Beat or topic tag.")
@click.option("--outlet-type", help="newspaper, tv, radio, online, news_agency, magazine...")
@pass_app
def segments_create(
    app: AppContext,
    name: str,
    region: str | None,
    country: str | None,
    language: str | None,
    beat: str | None,
    outlet_type: str | None,
) -> None:
    """Save a filter as a segment."""
    filters = {
        "region": region,
        "country": country,
        "language": language,
        "beat": beat,
        "outlet_type": outlet_type,
    }
    with app.db.session() as session:
        create_segment(session, name, filters)
    click.echo(f"Created the segment '{name}'.")
