"""Releases as Markdown files with a YAML front matter, the way officers draft them in an editor.

A file is one language version::

    ---
    headline: Regional ministers agree on a plan
    dateline: PANAMA CITY
    date: 2026-12-03
    language: en
    embargo: 2026-12-03T09:00:00-05:00
    tags: [health, children]
    boilerplate: |
      About us ...
    media_contact: |
      Ana Pérez, +507 ...
    attachments: [report.pdf]
    ---
    The body, in Markdown.

Every problem is reported with the line it is on, and nothing is stored until the whole file has
been checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy.orm import Session

from pressdesk.errors import InvalidInput
from pressdesk.settings import load_organization

from .attachments import add_attachment, copy_out, stored_path
from .service import (
    ReleaseFields,
    VersionText,
    check_language,
    create_release,
    get_release,
    release_detail,
)

FRONT_MATTER_KEYS = (
    "headline",
    "subheadline",
    "dateline",
    "date",
    "language",
    "embargo",
    "embargo_timezone",
    "tags",
    "boilerplate",
    "media_contact",
    "attachments",
    "template",
)
_SPACE_BEFORE_OFFSET = re.compile(r"\s+([+-]\d\d:?\d\d|Z)$")
_TEXT_KEYS = ("headline", "subheadline", "dateline", "boilerplate", "media_contact", "template")


@dataclass(frozen=True)
class ReleaseDocument:
    """A parsed release file, checked and ready to store."""

    fields: ReleaseFields
    text: VersionText
    attachments: tuple[Path, ...]


class _Problem(InvalidInput):
    def __init__(self, source: str, line: int, message: str) -> None:
        super().__init__(f"{source}, line {line}: {message}")


def parse_release_markdown(
    content: str, *, source: str, base_dir: Path, default_language: str
) -> ReleaseDocument:
    """Read a release file's text; raise InvalidInput naming the line of the first problem."""
    lines = content.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise _Problem(
            source, 1, "a release file starts with a '---' line opening its front matter."
        )
    closing = next((i for i in range(1, len(lines)) if lines[i].strip() in {"---", "..."}), None)
    if closing is None:
        raise _Problem(source, 1, "the front matter opened here is never closed by a '---' line.")
    front = "\n".join(lines[1:closing])
    body = "\n".join(lines[closing + 1 :]).strip("\n")
    first_line = 2  # file line of the first front-matter line
    try:
        node = yaml.compose(front, Loader=yaml.SafeLoader)
        values = yaml.safe_load(front)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        raise _Problem(
            source, line, f"the front matter is not valid YAML ({exc.problem})."
        ) from None
    except yaml.YAMLError as exc:
        raise _Problem(source, first_line, f"the front matter is not valid YAML ({exc}).") from None
    if values is None:
        values, node = {}, None
    if not isinstance(values, dict) or not (node is None or isinstance(node, yaml.MappingNode)):
        raise _Problem(source, first_line, "the front matter must be 'key: value' lines.")
    key_lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _value_node in node.value:
            key_lines[str(key_node.value)] = first_line + key_node.start_mark.line
    for key in values:
        if key not in FRONT_MATTER_KEYS:
            raise _Problem(
                source,
                key_lines.get(str(key), first_line),
                f"unknown key '{key}' (known keys: {', '.join(FRONT_MATTER_KEYS)}).",
            )

    def problem(key: str, message: str) -> _Problem:
        return _Problem(source, key_lines.get(key, first_line), message)

    for key in _TEXT_KEYS:
        if values.get(key) is not None and not isinstance(values[key], str | int | float):
            raise problem(key, f"'{key}' must be text.")
    headline = str(values.get("headline") or "").strip()
    if not headline:
        raise problem("headline", "the front matter needs a 'headline'.")
    language = str(values.get("language") or default_language)
    try:
        language = check_language(language)
    except InvalidInput as exc:
        raise problem("language", exc.message) from None
    release_date = _date_value(values.get("date"), lambda m: problem("date", m))
    embargo = _embargo_value(values.get("embargo"), lambda m: problem("embargo", m))
    tags = _list_value(values.get("tags"), "tags", lambda m: problem("tags", m))
    attachment_names = _list_value(
        values.get("attachments"), "attachments", lambda m: problem("attachments", m)
    )
    attachments = []
    for name in attachment_names:
        path = (base_dir / name).resolve() if not Path(name).is_absolute() else Path(name)
        if not path.is_file():
            raise problem("attachments", f"the attachment '{name}' is not a file next to {source}.")
        attachments.append(path)
    text = VersionText(
        language=language,
        headline=headline,
        subheadline=_optional_text(values.get("subheadline")),
        dateline=_optional_text(values.get("dateline")),
        body_md=body + "\n",
        boilerplate=_optional_text(values.get("boilerplate")),
        media_contact=_optional_text(values.get("media_contact")),
    )
    fields = ReleaseFields(
        language=language,
        release_date=release_date,
        embargo_at=embargo,
        embargo_timezone=_optional_text(values.get("embargo_timezone")),
        tags=tuple(tags),
        template=_optional_text(values.get("template")),
    )
    return ReleaseDocument(fields, text, tuple(attachments))


def _optional_text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date_value(value: Any, problem: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise problem(f"'date' must be a date like 2026-12-03, not '{value}'.") from None


def _embargo_value(value: Any, problem: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        # Tolerate "2026-12-03 09:00 -05:00": a space before the offset is a common way to write it.
        written = _SPACE_BEFORE_OFFSET.sub(r"\1", str(value).strip())
        try:
            moment = datetime.fromisoformat(written)
        except ValueError:
            raise problem(
                f"'embargo' must be a moment like 2026-12-03T09:00:00-05:00, not '{value}'."
            ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise problem("'embargo' needs its UTC offset, e.g. 2026-12-03T09:00:00-05:00.")
    return moment


def _list_value(value: Any, key: str, problem: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    raise problem(f"'{key}' must be a list, e.g. [one, two].")


def read_release_file(path: Path, *, default_language: str) -> ReleaseDocument:
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise InvalidInput(f"{path.name}, line {line}: the file is not UTF-8 text.") from None
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror}.") from None
    return parse_release_markdown(
        content, source=path.name, base_dir=path.parent, default_language=default_language
    )


def import_release_file(session: Session, path: Path) -> int:
    """Store a release from a Markdown file; return its id. The caller's session commits."""
    default_language = load_organization(session).default_language or "en"
    document = read_release_file(path, default_language=default_language)
    release = create_release(session, document.fields, [document.text])
    for attachment in document.attachments:
        add_attachment(session, release.id, attachment)
    return release.id


# --- export ----------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Writes multi-line text as readable ``|`` blocks."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_text)


def format_release_markdown(
    session: Session, release_id: int, *, language: str | None = None, attachments_folder: str = ""
) -> str:
    """The text of a release file for one language version (the main one by default)."""
    detail = release_detail(session, release_id)
    wanted = language or detail.fields.language
    text = detail.version(wanted)
    if text is None:
        raise InvalidInput(f"Release {release_id} has no '{wanted}' version.")
    fields = detail.fields
    front: dict[str, Any] = {"headline": text.headline}
    if text.subheadline:
        front["subheadline"] = text.subheadline
    if text.dateline:
        front["dateline"] = text.dateline
    if fields.release_date:
        front["date"] = fields.release_date
    front["language"] = text.language
    if fields.embargo_at:
        front["embargo"] = _embargo_in_zone(fields.embargo_at, fields.embargo_timezone)
        if fields.embargo_timezone:
            front["embargo_timezone"] = fields.embargo_timezone
    if fields.tags:
        front["tags"] = list(fields.tags)
    if fields.template:
        front["template"] = fields.template
    if text.boilerplate:
        front["boilerplate"] = text.boilerplate + "\n"
    if text.media_contact:
        front["media_contact"] = text.media_contact + "\n"
    if detail.attachments:
        front["attachments"] = [
            f"{attachments_folder}/{a.filename}" if attachments_folder else a.filename
            for a in detail.attachments
        ]
    head = yaml.dump(front, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{head}---\n\n{text.body_md.strip(chr(10))}\n"


def _embargo_in_zone(moment: datetime, zone_name: str | None) -> str:
    from .words import zone_of

    zone = zone_of(zone_name)
    return (moment.astimezone(zone) if zone else moment).isoformat()


def export_release_file(
    session: Session, release_id: int, target: Path, *, language: str | None = None
) -> Path:
    """Write a release file, its attachments in a folder beside it; return the file written."""
    detail = release_detail(session, get_release(session, release_id).id)
    folder_name = f"{target.stem}-attachments"
    content = format_release_markdown(
        session,
        release_id,
        language=language,
        attachments_folder=folder_name if detail.attachments else "",
    )
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist.")
    for item in detail.attachments:
        if not stored_path(item.sha256).is_file():
            raise InvalidInput(f"The stored copy of the attachment '{item.filename}' is missing.")
    if detail.attachments:
        folder = target.parent / folder_name
        folder.mkdir(exist_ok=True)
        for item in detail.attachments:
            copy_out(item.sha256, folder / item.filename)
    try:
        target.write_text(content, encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"Cannot write {target}: {exc.strerror}.") from None
    return target
