"""The body of a release: Markdown turned into safe HTML and into text written for reading.

Both outputs come from the same parsed tokens, so the plain-text part of an email is not a stripped
copy of the HTML: paragraphs are wrapped, links keep their address, lists keep their bullets and
tables stay aligned. Raw HTML typed into the body is allowed through the parser and then cleaned
by ``nh3``, which keeps formatting tags and drops scripts, styles and event handlers.
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

TEXT_WIDTH = 72

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "li", "ol", "p", "pre", "s", "strong", "sub", "sup", "table", "tbody",
    "td", "th", "thead", "tr", "u", "ul", "img", "span",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"align"},
    "th": {"align"},
    "ol": {"start"},
    "*": {"dir", "lang"},
}


@lru_cache(maxsize=2)
def _parser(breaks: bool = False) -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True, "breaks": breaks}).enable(
        ["table", "strikethrough"]
    )


def markdown_to_html(source: str, *, breaks: bool = False) -> str:
    """The body as sanitized HTML: CommonMark with tables and links, no scripts or styles.

    ``breaks`` keeps single line breaks, for blocks typed line by line like a media contact.
    """
    raw = _parser(breaks).render(source)
    return nh3.clean(
        raw,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )


def markdown_to_text(source: str, width: int = TEXT_WIDTH) -> str:
    """The body as plain text meant to be read in a mail client that shows no HTML."""
    tokens = _parser().parse(source)
    writer = _TextWriter(width)
    writer.blocks(tokens)
    return writer.result()


def html_to_plain(fragment: str) -> str:
    """The text of an HTML fragment (raw HTML blocks found in the Markdown)."""
    return " ".join(nh3.clean(fragment, tags=set()).split())


@dataclass
class _Inline:
    """Inline text built from tokens, with links collected to show their addresses."""

    parts: list[str] = field(default_factory=list)
    link_stack: list[str] = field(default_factory=list)


class _TextWriter:
    def __init__(self, width: int) -> None:
        self.width = width
        self.out: list[str] = []  # blocks, joined by blank lines
        self.prefixes: list[str] = []  # blockquote markers and list indentation
        self.list_stack: list[list[int | None]] = []  # per list: [next number or None]
        self.pending_bullet: str | None = None

    def result(self) -> str:
        return "\n\n".join(block for block in self.out if block.strip()).rstrip() + "\n"

    def _emit(self, text: str, *, wrap: bool = True) -> None:
        prefix = "".join(self.prefixes)
        bullet = self.pending_bullet
        self.pending_bullet = None
        first = prefix + (bullet or "")
        if bullet:
            # Lines after an item's first one, and lists nested in it, align under its text.
            self.prefixes[-1] = " " * len(bullet)
        rest = "".join(self.prefixes)
        if wrap:
            lines = []
            for hard_line in text.split("\n"):
                wrapped = textwrap.wrap(
                    hard_line,
                    width=max(20, self.width - len(rest)),
                    break_long_words=False,
                    break_on_hyphens=False,
                ) or [""]
                lines.extend(wrapped)
        else:
            lines = text.split("\n")
        rendered = [(first if i == 0 else rest) + line for i, line in enumerate(lines)]
        block = "\n".join(line.rstrip() for line in rendered)
        if self.list_stack and self.out:
            # Items of a list stay together, one per line, like a list typed in a mail.
            self.out[-1] += ("\n" if self.out[-1] else "") + block
        else:
            self.out.append(block)

    def blocks(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            token = tokens[i]
            kind = token.type
            if kind == "heading_open":
                text = self.inline(tokens[i + 1])
                level = int(token.tag[1])
                underline = "=" if level == 1 else "-"
                if level <= 2:
                    self._emit(
                        f"{text}\n{underline * min(self.width, _display_width(text))}", wrap=False
                    )
                else:
                    self._emit(text)
                i += 3
                continue
            if kind == "paragraph_open":
                self._emit(self.inline(tokens[i + 1]))
                i += 3
                continue
            if kind == "blockquote_open":
                self.prefixes.append("> ")
            elif kind == "blockquote_close":
                self.prefixes.pop()
            elif kind in {"bullet_list_open", "ordered_list_open"}:
                start = (
                    int(str(token.attrGet("start") or 1)) if kind == "ordered_list_open" else None
                )
                self.list_stack.append([start])
                if len(self.list_stack) == 1:
                    self.out.append("")
            elif kind in {"bullet_list_close", "ordered_list_close"}:
                self.list_stack.pop()
            elif kind == "list_item_open":
                counter = self.list_stack[-1]
                if counter[0] is None:
                    self.pending_bullet = "- "
                else:
                    self.pending_bullet = f"{counter[0]}. "
                    counter[0] += 1
                self.prefixes.append("")
            elif kind == "list_item_close":
                self.prefixes.pop()
                self.pending_bullet = None
            elif kind in {"fence", "code_block"}:
                self._emit(textwrap.indent(token.content.rstrip("\n"), "    "), wrap=False)
            elif kind == "hr":
                self._emit("* * *", wrap=False)
            elif kind == "html_block":
                text = html_to_plain(token.content)
                if text:
                    self._emit(text)
            elif kind == "table_open":
                end = next(j for j in range(i, len(tokens)) if tokens[j].type == "table_close")
                self._emit(self.table(tokens[i : end + 1]), wrap=False)
                i = end + 1
                continue
            i += 1

    def inline(self, token: Token) -> str:
        state = _Inline()
        hidden = False
        for child in token.children or []:
            kind = child.type
            if kind in {"text", "code_inline"}:
                state.parts.append(child.content)
            elif kind == "softbreak":
                state.parts.append(" ")
            elif kind == "hardbreak":
                state.parts.append("\n")
            elif kind in {"em_open", "em_close"}:
                state.parts.append("_")
            elif kind in {"strong_open", "strong_close"}:
                state.parts.append("*")
            elif kind == "link_open":
                href = str(child.attrGet("href") or "")
                state.link_stack.append(href)
                state.parts.append("\x00")  # where the link text starts
            elif kind == "link_close":
                href = state.link_stack.pop() if state.link_stack else ""
                start = len(state.parts) - 1 - state.parts[::-1].index("\x00")
                label = "".join(state.parts[start + 1 :])
                del state.parts[start:]
                shown = href.removeprefix("mailto:")
                if not href or label.strip() in {href, shown}:
                    state.parts.append(label or shown)
                else:
                    state.parts.append(f"{label} <{shown}>")
            elif kind == "image":
                alt = child.content or "image"
                state.parts.append(f"[{alt}]")
            elif kind == "html_inline":
                tag = child.content.lower()
                if tag.startswith(("<script", "<style")):
                    hidden = True  # what a script or style holds is not text to read
                elif tag.startswith(("</script", "</style")):
                    hidden = False
                continue
            if hidden and kind == "text":
                state.parts.pop()
        return "".join(state.parts).replace("\x00", "")

    def table(self, tokens: list[Token]) -> str:
        rows: list[list[str]] = []
        row: list[str] = []
        header_rows = 0
        in_head = False
        for token in tokens:
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                row = []
            elif token.type == "tr_close":
                rows.append(row)
                header_rows += 1 if in_head else 0
            elif token.type == "inline":
                row.append(" ".join(self.inline(token).split()))
        if not rows:
            return ""
        columns = max(len(r) for r in rows)
        widths = [
            max(_display_width(r[c]) if c < len(r) else 0 for r in rows) for c in range(columns)
        ]
        lines = []
        for index, cells in enumerate(rows):
            padded = [
                (cells[c] if c < len(cells) else "")
                + " " * (widths[c] - _display_width(cells[c] if c < len(cells) else ""))
                for c in range(columns)
            ]
            lines.append("  ".join(padded).rstrip())
            if index + 1 == header_rows:
                lines.append("  ".join("-" * w for w in widths))
        return "\n".join(lines)


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
