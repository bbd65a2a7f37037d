"""``pressdesk release``: press releases."""

from __future__ import annotations

import click

from pressdesk.releases.service import list_releases

from .common import AppContext, json_option, pass_app
from .output import print_json, print_table


@click.group()
def release() -> None:
    """Press releases: import and export Markdown, render, PDF."""


@release.command("list")
@json_option
@pass_app
def release_list(app: AppContext, as_json: bool) -> None:
    """List releases, newest first."""
    with app.db.session() as session:
        rows = list_releases(session)
    if as_json:
        print_json([row.to_json() for row in rows])
        return
    print_table(
        ["ID", "Date", "Status", "Languages", "Headline"],
        [(r.id, r.date, r.status.value, ", ".join(r.languages), r.headline) for r in rows],
        empty="No releases yet. Import one with: pressdesk release import FILE.md",
    )
