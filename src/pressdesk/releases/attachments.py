"""Files attached to a release, copied into the data folder under their SHA-256.

Keeping a copy means a release can be sent again months later even if the original file was moved
or edited, and naming it by its hash stores a file attached to several releases only once.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from pressdesk import paths
from pressdesk.database.models import Attachment, Release
from pressdesk.errors import InvalidInput, NotFound

ATTACHMENTS_FOLDER = "attachments"
WARN_TOTAL_BYTES = 10 * 1024 * 1024  # many newsroom mail servers refuse more
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    size: int
    sha256: str
    mime_type: str
    added_at: datetime | None

    @classmethod
    def of(cls, row: Attachment) -> AttachmentInfo:
        return cls(row.id, row.filename, row.size, row.sha256, row.mime_type, row.added_at)


def attachments_dir() -> Path:
    return paths.data_dir() / ATTACHMENTS_FOLDER


def stored_path(sha256: str) -> Path:
    """Where the data folder keeps the bytes of an attachment."""
    return attachments_dir() / sha256


def size_text(size: int) -> str:
    """A file size as people read it: 512 bytes, 34 KB, 2.5 MB."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def attachments_warning(total: int) -> str | None:
    """A warning to show when the attachments together are too big for many mailboxes."""
    if total <= WARN_TOTAL_BYTES:
        return None
    return (
        f"The attachments add up to {size_text(total)}; many newsrooms refuse messages above "
        f"{size_text(WARN_TOTAL_BYTES)}. Consider a link instead."
    )


def store_file(source: Path) -> tuple[str, int]:
    """Copy a file into the data folder under its SHA-256; return the hash and the size."""
    try:
        if not source.is_file():
            raise InvalidInput(f"The attachment {source} is not a file.")
        folder = attachments_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        digest = hashlib.sha256()
        size = 0
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        try:
            with source.open("rb") as reader, os.fdopen(fd, "wb") as writer:
                while chunk := reader.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    writer.write(chunk)
            target = folder / digest.hexdigest()
            if target.exists():
                os.unlink(temporary)
            else:
                os.replace(temporary, target)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise
    except OSError as exc:
        raise InvalidInput(f"Cannot read the attachment {source}: {exc.strerror}.") from None
    return digest.hexdigest(), size


def display_name(filename: str) -> str:
    """The file name shown to journalists: no folders, no control characters."""
    name = Path(filename.replace("\\", "/")).name
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    if not name or name in {".", ".."}:
        raise InvalidInput(f"'{filename}' is not a usable attachment name.")
    return name[:255]


def add_attachment(
    session: Session, release_id: int, source: Path, *, filename: str | None = None
) -> AttachmentInfo:
    """Attach a file to a release (replacing an attachment with the same name)."""
    release = session.get(Release, release_id)
    if release is None:
        raise NotFound(f"There is no release with id {release_id}.")
    name = display_name(filename or source.name)
    sha256, size = store_file(source)
    mime_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    existing = next((a for a in release.attachments if a.filename == name), None)
    if existing is not None:
        existing.sha256, existing.size, existing.mime_type = sha256, size, mime_type
        row = existing
    else:
        row = Attachment(filename=name, sha256=sha256, size=size, mime_type=mime_type)
        release.attachments.append(row)
    session.flush()
    return AttachmentInfo.of(row)


def remove_attachment(session: Session, release_id: int, filename: str) -> None:
    """Detach a file; the stored copy stays, as other releases or revisions may use it."""
    release = session.get(Release, release_id)
    if release is None:
        raise NotFound(f"There is no release with id {release_id}.")
    row = next((a for a in release.attachments if a.filename == filename), None)
    if row is None:
        raise NotFound(f"Release {release_id} has no attachment called '{filename}'.")
    release.attachments.remove(row)
    session.flush()


def copy_out(sha256: str, target: Path) -> None:
    """Write a stored attachment to ``target`` (used by export)."""
    source = stored_path(sha256)
    if not source.is_file():
        raise InvalidInput(f"The stored attachment {sha256[:12]}… is missing from the data folder.")
    shutil.copyfile(source, target)
