"""Turning a release into the HTML and plain text one journalist receives.

Templates are Jinja2 files: the house ones shipped in ``resources/templates`` and the officer's
own in the data folder. All of them render in the sandbox with ``StrictUndefined`` (HTML with
autoescape), because a template file is something a user can edit. What a template sees is plain
data: ``release`` (one language version, its Markdown already rendered), ``contact``,
``organization``, ``unsubscribe`` and ``words`` (the fixed words in the version's language).
"""

from __future__ import annotations

import re
import textwrap
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import css_inline
from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from pressdesk import paths
from pressdesk.contacts.addresses import email_hash
from pressdesk.database.models import Release, ReleaseVersion
from pressdesk.errors import InvalidInput
from pressdesk.settings import Organization

from .attachments import size_text
from .markdown import markdown_to_html, markdown_to_text
from .words import Words, embargo_moment, long_date, text_direction, words_for

HOUSE_TEMPLATE = "house"
USER_TEMPLATES_FOLDER = "templates"
_KEPT_STYLE = re.compile(
    r"<style\s+data-css-inline=[\"']ignore[\"']\s*>(.*?)</style>", re.DOTALL | re.IGNORECASE
)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_TEMPLATE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,99}$")


@dataclass(frozen=True)
class AttachmentView:
    filename: str
    size: int
    size_text: str


@dataclass(frozen=True)
class ReleaseView:
    """One language version as templates see it: text, rendered body, embargo state."""

    id: int
    language: str
    direction: str
    headline: str
    headline_block: str  # the headline wrapped and underlined for the plain-text part
    subheadline: str
    subheadline_text: str
    dateline: str
    date: str  # the release date written in the version's language
    date_iso: str
    dateline_text: str  # "PANAMA CITY, 3 December 2026"
    body_html: Markup
    body_text: str
    boilerplate: str
    boilerplate_html: Markup
    boilerplate_text: str
    media_contact: str
    media_contact_html: Markup
    embargoed: bool
    embargo_notice: str  # "EMBARGOED UNTIL ..." while the embargo holds, else ""
    immediate_release: str
    tags: tuple[str, ...]
    attachments: tuple[AttachmentView, ...]


@dataclass(frozen=True)
class ContactView:
    email: str
    first_name: str
    last_name: str
    full_name: str
    title: str
    outlet: str
    language: str
    country: str
    greeting: str


@dataclass(frozen=True)
class OrganizationView:
    name: str
    email: str
    website: str
    website_url: str  # the website when it is an http(s) address, safe to link to


@dataclass(frozen=True)
class UnsubscribeView:
    email: str
    subject: str
    url: str  # the mailto: link, also used for the List-Unsubscribe header
    token: str
    notice: str


def is_embargoed(release: Release, now: datetime) -> bool:
    return release.embargo_at is not None and now < release.embargo_at


def release_view(
    release: Release, version: ReleaseVersion, *, now: datetime | None = None
) -> ReleaseView:
    """Everything templates need from one language version, computed once per send."""
    now = now or datetime.now(UTC)
    language = version.language
    words = words_for(language)
    embargoed = is_embargoed(release, now)
    notice = ""
    if embargoed and release.embargo_at is not None:
        notice = words.embargoed_until.format(
            moment=embargo_moment(release.embargo_at, release.embargo_timezone, language)
        )
    date_text = long_date(release.release_date, language) if release.release_date else ""
    dateline = (version.dateline or "").strip()
    dateline_text = ", ".join(part for part in (dateline.upper(), date_text) if part)
    boilerplate = (version.boilerplate or "").strip()
    media_contact = (version.media_contact or "").strip()
    headline = " ".join(version.headline.split())
    subheadline = " ".join((version.subheadline or "").split())
    return ReleaseView(
        id=release.id,
        language=language,
        direction=text_direction(language),
        headline=headline,
        headline_block=_underlined(headline),
        subheadline=subheadline,
        subheadline_text=markdown_to_text(subheadline).strip() if subheadline else "",
        dateline=dateline,
        date=date_text,
        date_iso=release.release_date.isoformat() if release.release_date else "",
        dateline_text=dateline_text,
        body_html=Markup(markdown_to_html(version.body_md or "")),  # noqa: S704 - sanitized
        body_text=markdown_to_text(version.body_md or ""),
        boilerplate=boilerplate,
        boilerplate_html=Markup(markdown_to_html(boilerplate)),  # noqa: S704 - sanitized
        boilerplate_text=markdown_to_text(boilerplate).rstrip() if boilerplate else "",
        media_contact=media_contact,
        media_contact_html=Markup(markdown_to_html(media_contact, breaks=True)),  # noqa: S704
        embargoed=embargoed,
        embargo_notice=notice,
        immediate_release=words.immediate_release,
        tags=tuple(release.tags or ()),
        attachments=tuple(
            AttachmentView(a.filename, a.size, size_text(a.size)) for a in release.attachments
        ),
    )


def _underlined(headline: str) -> str:
    lines = textwrap.wrap(headline, width=72) or [""]
    return "\n".join(lines) + "\n" + "=" * min(72, max(len(line) for line in lines))


def clean_line(value: str | None, limit: int = 300) -> str:
    """A value shown on one line: control characters and line breaks become spaces."""
    if not value:
        return ""
    return " ".join(_CONTROL.sub(" ", value).split())[:limit]


def contact_view(
    *,
    email: str,
    language: str,
    first_name: str | None = None,
    last_name: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    country: str | None = None,
    preferred_language: str | None = None,
) -> ContactView:
    """A contact as templates see it, greeted in the language of the version they receive."""
    first = clean_line(first_name, 200)
    last = clean_line(last_name, 200)
    words = words_for(language)
    greeting = words.greeting_named.format(name=first) if first else words.greeting_anonymous
    return ContactView(
        email=clean_line(email, 320),
        first_name=first,
        last_name=last,
        full_name=" ".join(part for part in (first, last) if part),
        title=clean_line(title, 200),
        outlet=clean_line(outlet, 300),
        language=clean_line(preferred_language, 8),
        country=clean_line(country, 2),
        greeting=greeting,
    )


def organization_view(organization: Organization) -> OrganizationView:
    website = clean_line(organization.website, 500)
    linkable = website.lower().startswith(("https://", "http://"))
    return OrganizationView(
        name=clean_line(organization.name),
        email=clean_line(organization.email, 320),
        website=website,
        website_url=website if linkable else "",
    )


def unsubscribe_token(address: str) -> str:
    """Identifies the person in an unsubscribe request: the hash kept by suppressions."""
    return email_hash(address)[:32]


def unsubscribe_view(mailbox: str, recipient_email: str, words: Words) -> UnsubscribeView:
    token = unsubscribe_token(recipient_email)
    subject = f"unsubscribe {token}"
    url = f"mailto:{mailbox}?subject={quote(subject)}" if mailbox else ""
    return UnsubscribeView(
        email=mailbox,
        subject=subject,
        url=url,
        token=token,
        notice=words.unsubscribe.format(address=mailbox) if mailbox else "",
    )


# --- templates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplatePair:
    """The compiled HTML and plain-text templates of one template name."""

    name: str
    html: Template
    text: Template


def user_templates_dir() -> Path:
    return paths.data_dir() / USER_TEMPLATES_FOLDER


def house_templates_dir() -> Path:
    return paths.resources_dir() / "templates"


def _environment(loader: BaseLoader, *, sandboxed: bool = True) -> Environment:
    """Autoescaped HTML, strict about unknown names; sandboxed unless the files ship with us."""
    kind = SandboxedEnvironment if sandboxed else Environment
    return kind(
        loader=loader,
        autoescape=lambda name: bool(name and name.endswith(".html")),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )


@lru_cache(maxsize=1)
def _house_environment(folder: Path) -> Environment:
    # The house templates are part of PressDesk, not user files: the sandbox's per-attribute
    # checks would cost about a third of the time of each message for nothing.
    return _environment(FileSystemLoader(str(folder)), sandboxed=False)


def list_user_templates() -> list[str]:
    """Names of the officer's own templates (a ``NAME.html`` file, ``NAME.txt`` optional)."""
    folder = user_templates_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.html") if _TEMPLATE_NAME.match(p.stem))


def load_templates(name: str | None) -> TemplatePair:
    """Compile the named template (``None`` = the house one); syntax errors become InvalidInput.

    A user template may provide only the HTML part; its plain-text part is then the house one,
    which is written from the same data.
    """
    house = _house_environment(house_templates_dir())
    if not name or name == HOUSE_TEMPLATE:
        return TemplatePair(
            HOUSE_TEMPLATE,
            _compile(house, "release.html"),
            _compile(house, "release.txt"),
        )
    if not _TEMPLATE_NAME.match(name):
        raise InvalidInput(f"'{name}' is not a valid template name.")
    folder = user_templates_dir()
    if not (folder / f"{name}.html").is_file():
        raise InvalidInput(
            f"The template '{name}' does not exist.",
            hint=f"Put {name}.html (and optionally {name}.txt) in {folder}.",
        )
    user = _environment(FileSystemLoader(str(folder)))
    html = _compile(user, f"{name}.html")
    text = (
        _compile(user, f"{name}.txt")
        if (folder / f"{name}.txt").is_file()
        else _compile(house, "release.txt")
    )
    return TemplatePair(name, html, text)


def load_print_template() -> Template:
    """The house layout for paper and PDF: the same data, no email scaffolding."""
    return _compile(_house_environment(house_templates_dir()), "print.html")


def _compile(environment: Environment, filename: str) -> Template:
    try:
        return environment.get_template(filename)
    except TemplateSyntaxError as exc:
        raise InvalidInput(
            f"Template {exc.name or filename}, line {exc.lineno}: {exc.message}."
        ) from None
    except TemplateNotFound:
        raise InvalidInput(f"The template file {filename} is missing.") from None


def render_template(template: Template, context: dict[str, Any]) -> str:
    """Render, turning any template failure into InvalidInput naming the file and the line."""
    try:
        return template.render(context)
    except TemplateError as exc:
        raise InvalidInput(_describe_failure(template, exc)) from None
    except (TypeError, ValueError, AttributeError, LookupError, ArithmeticError) as exc:
        raise InvalidInput(_describe_failure(template, exc)) from None


def _describe_failure(template: Template, exc: BaseException) -> str:
    name = template.name or "template"
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if template.filename and frame.f_code.co_filename == template.filename:
            line = lineno
    where = f"Template {name}, line {line}" if line else f"Template {name}"
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return f"{where}: {message}."


@lru_cache(maxsize=1)
def _inliner() -> css_inline.CSSInliner:
    return css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


def inline_css(html: str) -> str:
    """Move the template's CSS into style attributes, as many mail clients ignore <style>.

    Rules that cannot be inlined (dark mode, phone widths) go in a ``<style
    data-css-inline="ignore">`` block, which is kept in the head for the clients that honour it;
    the inlined rules are not repeated there.
    """
    kept = _KEPT_STYLE.findall(html)
    inlined: str = _inliner().inline(_KEPT_STYLE.sub("", html) if kept else html)
    if kept:
        blocks = "".join(f"<style>{css}</style>" for css in kept)
        inlined = inlined.replace("</head>", blocks + "</head>", 1)
    return inlined
