"""``pressdesk contacts``, ``lists`` and ``segments``: the media database."""

from __future__ import annotations

import click

from pressdesk.contacts.service import list_contacts

from .common import AppContext, json_option, pass_app
from .output import print_json, print_table


@click.group()
def contacts() -> None:
    """Journalists and other press contacts: list, import, export, opt-outs."""


@contacts.command("list")
@click.option("--list", "list_name", metavar="NAME", help="Only members of this list.")
@click.option("--region", metavar="NAME", help="Only this region (e.g. 'Central America').")
@click.option("--country", metavar="CODE", help="Only this country (ISO code, e.g. MX).")
@json_option
@pass_app
def contacts_list(
    app: AppContext,
    list_name: str | None,
    region: str | None,
    country: str | None,
    as_json: bool,
) -> None:
    """List contacts."""
    with app.db.session() as session:
        rows = list_contacts(session, list_name=list_name, region=region, country=country)
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
        empty="No contacts yet. Import a spreadsheet with: pressdesk contacts import FILE",
    )


@click.group()
def lists() -> None:
    """Static contact lists."""


@click.group()
def segments() -> None:
    """Saved filters (region, country, language, beat, outlet type), evaluated when used."""
