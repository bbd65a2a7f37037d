"""Sample data to explore PressDesk with: invented outlets and journalists, two releases.

``pressdesk --demo`` and the welcome screen open a throwaway copy in a temporary folder, built
through the same import paths an officer uses, so the demo never touches real data.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from pressdesk.contacts.importing import import_contacts
from pressdesk.database import open_database
from pressdesk.jobs import run_to_completion
from pressdesk.paths import resources_dir
from pressdesk.releases.mdfile import import_release_file
from pressdesk.settings import Organization, save_organization

SAMPLE_LIST = "Sample press list"


def sample_folder() -> Path:
    return resources_dir() / "sample"


def create_demo_database(folder: Path | None = None) -> str:
    """Build a fresh demo database in ``folder`` (a new temporary one by default); its URL."""
    target = Path(folder or tempfile.mkdtemp(prefix="pressdesk-demo-")) / "demo.sqlite3"
    url = f"sqlite:///{target}"
    database = open_database(url)
    try:
        with database.session() as session:
            save_organization(
                session,
                Organization(
                    name="Regional Press Office (sample)",
                    email="press@example.org",
                    website="https://example.org",
                    default_language="en",
                ),
            )
            run_to_completion(
                import_contacts(session, sample_folder() / "contacts.csv", list_name=SAMPLE_LIST)
            )
            for release in sorted(sample_folder().glob("*.md")):
                import_release_file(session, release)
    finally:
        database.dispose()
    return url


def remove_demo_database(url: str) -> None:
    """Delete the temporary folder of a demo database made by :func:`create_demo_database`."""
    path = Path(url.removeprefix("sqlite:///"))
    if path.parent.name.startswith("pressdesk-demo-"):
        shutil.rmtree(path.parent, ignore_errors=True)
