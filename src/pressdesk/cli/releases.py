"""``pressdesk release``: press releases."""

from __future__ import annotations

from pathlib import Path

import click

from pressdesk.errors import InvalidInput
from pressdesk.releases.mdfile import export_release_file, import_release_file
from pressdesk.releases.preview import (
    default_sender,
    preview_sender,
    render_archive_copy,
    render_message,
)
from pressdesk.releases.service import list_releases

from .common import AppContext, json_option, pass_app
from .output import print_json, print_table

_FILE = click.Path(dir_okay=False, path_type=Path)


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


@release.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@pass_app
def release_import(app: AppContext, file: Path, as_json: bool) -> None:
    """Store a release written in Markdown with a YAML front matter."""
    with app.db.session() as session:
        release_id = import_release_file(session, file)
    if as_json:
        print_json({"id": release_id})
    else:
        click.echo(f"Imported release {release_id} from {file.name}.")


@release.command("export")
@click.argument("release_id", metavar="ID", type=int)
@click.argument("file", type=_FILE)
@click.option("--language", metavar="CODE", help="Which language version (default: the main one).")
@pass_app
def release_export(app: AppContext, release_id: int, file: Path, language: str | None) -> None:
    """Write a release as Markdown with a YAML front matter (attachments in a folder beside it)."""
    with app.db.session() as session:
        written = export_release_file(session, release_id, file, language=language)
    click.echo(f"Wrote {written}.")


@release.command("render")
@click.argument("release_id", metavar="ID", type=int)
@click.option("--to", "address", required=True, metavar="EMAIL", help="The contact's address.")
@click.option("--eml", "target", required=True, type=_FILE, help="Where to write the message.")
@pass_app
def release_render(app: AppContext, release_id: int, address: str, target: Path) -> None:
    """Write the exact message one contact would receive, as an .eml file."""
    with app.db.session() as session:
        try:
            sender, placeholder = default_sender(session), False
        except InvalidInput:  # nothing set up yet: still show the message, from a stand-in
            sender, placeholder = preview_sender(session), True
        message = render_message(session, release_id, address, sender=sender)
    try:
        target.write_bytes(message)
    except OSError as exc:
        raise click.FileError(str(target), exc.strerror) from None
    click.echo(f"Wrote {target} ({len(message):,} bytes).")
    if placeholder:
        click.echo(
            f"Note: no sender is set up yet, so the message is from {sender.from_address}. "
            "Add your mail server with 'pressdesk smtp set' to see your own From line.",
            err=True,
        )


@release.command("pdf")
@click.argument("release_id", metavar="ID", type=int)
@click.argument("file", type=_FILE)
@click.option("--language", metavar="CODE", help="Which language version (default: the main one).")
@pass_app
def release_pdf(app: AppContext, release_id: int, file: Path, language: str | None) -> None:
    """Write a PDF archive copy of a release."""
    with app.db.session() as session:
        parts = render_archive_copy(session, release_id, language=language)
    from pressdesk.ui.pdf import write_release_pdf  # Qt is loaded only for this command

    write_release_pdf(parts.html, parts.subject, file)
    click.echo(f"Wrote {file}.")
