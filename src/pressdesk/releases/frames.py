"""Message bodies made once per language, with only the personal values filled in per person.

Inlining CSS means parsing and rewriting the whole document, and quoted-printable encoding of a
whole body costs more than the rest of a message. The house templates use the contact's data only
by printing it, so each body can be rendered once with a unique marker in place of each personal
value (the HTML inlined once), cut at the markers and encoded line by line; per person the values
are escaped exactly as the inliner's serializer would write them (the plain text takes them as
they are) and only the lines holding one are encoded. The composer checks this against the full
path on sample people (including hostile names) and falls back to the full path if the two ever
differ.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from functools import cached_property
from typing import Any

from jinja2 import Template

from .rendering import inline_css, render_template

_MARKER = re.compile("\ue000(\\d+)\ue001")  # private-use characters never in a template


def escape_text(value: str) -> str:
    """Escape text content as the HTML serializer of the CSS inliner does."""
    return (
        value.replace("&", "&amp;")
        .replace("\xa0", "&nbsp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def escape_attribute(value: str) -> str:
    """Escape an attribute value (in double quotes) as the serializer does."""
    return value.replace("&", "&amp;").replace("\xa0", "&nbsp;").replace('"', "&quot;")


def quoted_printable(text: str) -> bytes:
    """Text in quoted-printable with CRLF line ends and no final line break."""
    data = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").encode("utf-8")
    encoded: bytes = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return encoded.replace(b"\n", b"\r\n")


def dots_doubled(data: bytes) -> bytes:
    """SMTP's dot-stuffing of CRLF text that starts a line: each line's leading dot doubled."""
    data = data.replace(b"\n.", b"\n..")
    return b"." + data if data.startswith(b".") else data


Slot = tuple[str, str, bool | None]  # (context name, field, inside a tag; None: plain text)


@dataclass(frozen=True)
class BodyFrame:
    """A rendered body cut where personal values go: ``chunks`` around ``slots``.

    ``lines`` is the same document for the message body: quoted-printable is encoded line by
    line, so lines without a personal value are encoded once here and only the few lines that
    hold one are encoded per person.
    """

    chunks: tuple[str, ...]
    slots: tuple[Slot, ...]
    lines: tuple[bytes | tuple[str | Slot, ...], ...]

    def fill(self, personal: Mapping[str, Any]) -> str:
        out = [self.chunks[0]]
        for slot, chunk in zip(self.slots, self.chunks[1:], strict=True):
            out.append(_value(slot, personal))
            out.append(chunk)
        return "".join(out)

    @cached_property
    def _runs(self) -> tuple[bytes | tuple[str | Slot, ...], ...]:
        """``lines`` with each run of static lines joined into one piece, joined once."""
        runs: list[bytes | tuple[str | Slot, ...]] = []
        static: list[bytes] = []
        for line in self.lines:
            if isinstance(line, bytes):
                static.append(line)
                continue
            if static:
                runs.append(b"\r\n".join(static))
                static = []
            runs.append(line)
        if static:
            runs.append(b"\r\n".join(static))
        return tuple(runs)

    @cached_property
    def _smtp_runs(self) -> tuple[bytes | tuple[str | Slot, ...], ...]:
        return tuple(dots_doubled(run) if isinstance(run, bytes) else run for run in self._runs)

    def fill_for_smtp(self, personal: Mapping[str, Any]) -> bytes:
        """``fill_quoted_printable`` as SMTP DATA has it: every line's leading dot doubled."""
        return _encoded(self._smtp_runs, personal, for_smtp=True)

    def fill_quoted_printable(self, personal: Mapping[str, Any]) -> bytes:
        """Exactly ``quoted_printable(self.fill(personal))``, encoding only the personal lines."""
        return _encoded(self._runs, personal, for_smtp=False)


@dataclass(frozen=True)
class RenderedBody:
    """The full path behind the same calls as :class:`BodyFrame`: rendered whole each time.

    For templates whose bodies cannot be made ahead (an officer's own templates may use a
    contact's data in conditions), and the reference the frames are checked against.
    """

    template: Template
    html: bool

    def fill(self, context: Mapping[str, Any]) -> str:
        rendered = render_template(self.template, dict(context))
        return inline_css(rendered) if self.html else rendered

    def fill_quoted_printable(self, context: Mapping[str, Any]) -> bytes:
        return quoted_printable(self.fill(context))

    def fill_for_smtp(self, context: Mapping[str, Any]) -> bytes:
        return dots_doubled(self.fill_quoted_printable(context))


Body = BodyFrame | RenderedBody


def _encoded(
    runs: tuple[bytes | tuple[str | Slot, ...], ...], personal: Mapping[str, Any], *, for_smtp: bool
) -> bytes:
    """Static runs as they are, the lines holding personal values filled in and encoded."""
    encoded = []
    for run in runs:
        if isinstance(run, bytes):
            encoded.append(run)
            continue
        line = quoted_printable(
            "".join(p if isinstance(p, str) else _value(p, personal) for p in run)
        )
        encoded.append(dots_doubled(line) if for_smtp else line)
    return b"\r\n".join(encoded)


def _value(slot: Slot, personal: Mapping[str, Any]) -> str:
    name, field, in_tag = slot
    value = str(getattr(personal[name], field))
    if in_tag is None:
        return value
    return escape_attribute(value) if in_tag else escape_text(value)


def _lines(chunks: tuple[str, ...], slots: tuple[Slot, ...]) -> tuple[Any, ...]:
    """Cut chunks and slots into lines; static lines are encoded now."""
    pieces: list[str | Slot] = [chunks[0]]
    for slot, chunk in zip(slots, chunks[1:], strict=True):
        pieces.extend((slot, chunk))
    lines: list[list[str | Slot]] = [[]]
    for piece in pieces:
        if isinstance(piece, str):
            parts = piece.replace("\r\n", "\n").split("\n")
            lines[-1].append(parts[0])
            lines.extend([part] for part in parts[1:])
        else:
            lines[-1].append(piece)
    while lines and all(isinstance(p, str) and not p for p in lines[-1]):
        lines.pop()  # the body ends without a line break, as quoted_printable() writes it
    result: list[bytes | tuple[str | Slot, ...]] = []
    for line in lines:
        if all(isinstance(p, str) for p in line):
            result.append(quoted_printable("".join(str(p) for p in line)) or b"")
        else:
            result.append(tuple(line))
    return tuple(result)


def build_frame(
    template: Template,
    context: Mapping[str, Any],
    personal: Mapping[str, Any],
    *,
    html: bool = True,
) -> BodyFrame:
    """Render ``template`` once with markers for every text field of the ``personal`` views.

    ``html`` inlines the CSS and escapes the values as HTML; otherwise the body is plain text.
    """
    where: list[tuple[str, str]] = []
    marked: dict[str, Any] = {}
    for name, view in personal.items():
        changes = {}
        for spec in fields(view):
            if isinstance(getattr(view, spec.name), str):
                changes[spec.name] = f"\ue000{len(where)}\ue001"
                where.append((name, spec.name))
        marked[name] = replace(view, **changes)
    rendered = render_template(template, {**context, **marked})
    pieces = _MARKER.split(inline_css(rendered) if html else rendered)
    chunks = tuple(pieces[0::2])
    slots: list[Slot] = []
    in_tag = False
    for chunk, index in zip(chunks, pieces[1::2], strict=False):
        opened, closed = chunk.rfind("<"), chunk.rfind(">")
        if opened != closed:  # both -1 means the chunk leaves the state as it was
            in_tag = opened > closed
        slots.append((*where[int(index)], in_tag if html else None))
    return BodyFrame(chunks, tuple(slots), _lines(chunks, tuple(slots)))
