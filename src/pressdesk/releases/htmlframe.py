"""The HTML part with its CSS inlined once per language, and only the personal values per person.

Inlining CSS means parsing and rewriting the whole document, which costs more than everything
else in a message. The house template uses the contact's data only by printing it, so the HTML can
be rendered once with a unique marker in place of each personal value, inlined once, and cut at
the markers; per person the values are escaped exactly as the inliner's serializer would write
them and put back. The composer checks this against the full path on sample people (including
hostile names) and falls back to the full path if the two ever differ.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
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


@dataclass(frozen=True)
class HtmlFrame:
    """The inlined HTML cut where personal values go: ``chunks`` around ``slots``."""

    chunks: tuple[str, ...]
    slots: tuple[tuple[str, str, bool], ...]  # (context name, field, inside a tag)

    def fill(self, personal: Mapping[str, Any]) -> str:
        out = [self.chunks[0]]
        for (name, field, in_tag), chunk in zip(self.slots, self.chunks[1:], strict=True):
            value = str(getattr(personal[name], field))
            out.append(escape_attribute(value) if in_tag else escape_text(value))
            out.append(chunk)
        return "".join(out)


def build_frame(
    template: Template, context: Mapping[str, Any], personal: Mapping[str, Any]
) -> HtmlFrame:
    """Render ``template`` once with markers for every text field of the ``personal`` views."""
    where: list[tuple[str, str]] = []
    marked: dict[str, Any] = {}
    for name, view in personal.items():
        changes = {}
        for spec in fields(view):
            if isinstance(getattr(view, spec.name), str):
                changes[spec.name] = f"\ue000{len(where)}\ue001"
                where.append((name, spec.name))
        marked[name] = replace(view, **changes)
    html = inline_css(render_template(template, {**context, **marked}))
    pieces = _MARKER.split(html)
    chunks = tuple(pieces[0::2])
    slots = []
    in_tag = False
    for chunk, index in zip(chunks, pieces[1::2], strict=False):
        opened, closed = chunk.rfind("<"), chunk.rfind(">")
        if opened != closed:  # both -1 means the chunk leaves the state as it was
            in_tag = opened > closed
        slots.append((*where[int(index)], in_tag))
    return HtmlFrame(chunks, tuple(slots))
