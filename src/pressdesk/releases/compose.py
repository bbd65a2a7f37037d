"""One personalised email per journalist, built fast enough for large sends.

Building an ``EmailMessage`` per recipient costs milliseconds, so a :class:`ReleaseComposer`
builds the MIME skeleton of each language version once with the ``email`` package (static headers,
boundaries, encoded attachments) and per recipient only renders the templates, encodes the two
bodies as quoted-printable and writes the personal headers. Tests parse the result back with the
``email`` package to prove it is the same message the slow path would give.

Every value that reaches a header is cleaned of line breaks and control characters first, so a
hostile name or headline cannot add headers; templates escape HTML, so a contact called
``<script>`` shows up as text.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email import policy
from email.charset import Charset
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from sqlalchemy.orm import Session, selectinload

from pressdesk.database.models import Release
from pressdesk.errors import InvalidInput, NotFound
from pressdesk.settings import load_organization

from .attachments import stored_path
from .frames import Body, BodyFrame, RenderedBody, build_frame, dots_doubled
from .rendering import (
    HOUSE_TEMPLATE,
    ContactView,
    OrganizationView,
    ReleaseView,
    TemplatePair,
    clean_line,
    contact_view,
    load_print_template,
    load_templates,
    organization_view,
    release_view,
    render_template,
    unsubscribe_view,
)
from .words import base_language, words_for

log = logging.getLogger(__name__)
TEST_PREFIX = "[TEST] "
_SMTP = policy.SMTP  # the default policy with CRLF line endings
_UTF8 = Charset("utf-8")
_NOT_IN_ADDRESS = re.compile(r'[\s<>,;"()\\\x00-\x1f\x7f]')
_FOLD = "\r\n "  # folding white space: a header continues on the next line


@dataclass(frozen=True)
class Sender:
    from_address: str
    from_name: str | None = None
    reply_to: str | None = None


@dataclass(frozen=True)
class Recipient:
    email: str
    first_name: str | None = None
    last_name: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str | None = None  # preferred ISO 639-1
    country: str | None = None


SAMPLE_RECIPIENT = Recipient(
    email="journalist@example.org",
    first_name="Alex",
    last_name="Sample",
    title="Reporter",
    outlet="Example Daily",
)


_PROBES = (
    SAMPLE_RECIPIENT,
    Recipient(
        email="o'brien+press@example.org",
        first_name='<b>Zoë</b> & "Ann" \xa0',
        last_name="{{ 7*7 }} ' <script>",
        outlet="A & B <i>",
    ),
    Recipient(email="x@example.org"),
)


@dataclass(frozen=True)
class RenderedParts:
    """What one person would read: the subject, the HTML (CSS inlined) and the plain text."""

    language: str
    subject: str
    html: str
    text: str


def make_message_id(from_address: str) -> str:
    """A new ``<random@domain>`` Message-ID in the sender's domain."""
    domain = clean_line(from_address).rpartition("@")[2].strip("<>[] ") or "pressdesk.invalid"
    return f"<{secrets.token_hex(16)}@{domain}>"


def checked_address(address: str, what: str) -> str:
    """An address safe for a header: one line, ASCII, one ``@``, no spaces or brackets."""
    value = address.strip()
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain or _NOT_IN_ADDRESS.search(value) or "." not in domain:
        raise InvalidInput(f"The {what} '{clean_line(value, 100)}' is not a usable email address.")
    if not value.isascii():
        raise InvalidInput(
            f"The {what} '{clean_line(value, 100)}' has non-ASCII characters, "
            "which PressDesk cannot send to yet."
        )
    return value


@dataclass(frozen=True)
class _Skeleton:
    """The serialized message of one language with the places where personal parts go."""

    head: bytes  # static headers through the first part's headers and blank line
    middle: bytes  # from after the text body to the start of the HTML body
    tail: bytes  # from after the HTML body to the end (attachments included)


class ReleaseComposer:
    """Built once per send: loads the release, compiles templates, checks them.

    Raises InvalidInput on a template error, before anything is sent. After ``__init__`` it holds
    only plain data, so worker threads can share it without a database session.

    ``now`` fixes the moment the embargo is judged against and the Date header every message
    carries (tests, reproducible files); by default the embargo is judged when the composer is
    built and each message is dated when it is composed.
    """

    def __init__(
        self,
        session: Session,
        release_id: int,
        sender: Sender,
        *,
        test: bool = False,
        now: datetime | None = None,
    ) -> None:
        release = session.get(
            Release,
            release_id,
            options=[selectinload(Release.versions), selectinload(Release.attachments)],
        )
        if release is None:
            raise NotFound(f"There is no release with id {release_id}.")
        if not release.versions:
            raise InvalidInput(f"Release {release_id} has no text in any language yet.")
        if now is not None and now.tzinfo is None:
            raise InvalidInput("The moment of sending must carry a time zone.")
        self._fixed_now = now
        moment = now or datetime.now(UTC)
        self._test = test
        self._from_address = checked_address(sender.from_address, "sender address")
        self._from_name = clean_line(sender.from_name, 200)
        self._reply_to = (
            checked_address(sender.reply_to, "reply-to address") if sender.reply_to else ""
        )
        organization = load_organization(session)
        self._organization: OrganizationView = organization_view(organization)
        mailbox = organization.email.strip()
        self._mailbox = checked_address(mailbox, "organization address") if mailbox else ""
        self._mailbox = self._mailbox or self._from_address
        self._templates: TemplatePair = load_templates(release.template)
        self._views: dict[str, ReleaseView] = {
            version.language: release_view(release, version, now=moment)
            for version in release.versions
        }
        self.main_language = (
            release.language if release.language in self._views else release.versions[0].language
        )
        self.languages = tuple(self._views)
        self._attachment_parts = [
            (a.filename, self._read_attachment(a.sha256, a.filename), a.mime_type)
            for a in release.attachments
        ]
        self._skeletons = {language: self._build_skeleton(language) for language in self._views}
        self._smtp_skeletons = {
            language: _Skeleton(
                dots_doubled(skeleton.head),  # follows the personal headers: starts a line
                _inner_dots_doubled(skeleton.middle),  # follows the text body's last line
                _inner_dots_doubled(skeleton.tail),
            )
            for language, skeleton in self._skeletons.items()
        }
        # Each language's two bodies: rendered whole for each person, or made ahead.
        full_html = RenderedBody(self._templates.html, html=True)
        full_text = RenderedBody(self._templates.text, html=False)
        self._html_bodies: dict[str, Body] = dict.fromkeys(self._views, full_html)
        self._text_bodies: dict[str, Body] = dict.fromkeys(self._views, full_text)
        for language in self._views:  # find template errors now, not halfway through a send
            self.render_parts(SAMPLE_RECIPIENT, language=language)
        if self._templates.name == HOUSE_TEMPLATE:
            self._html_bodies.update(self._made_ahead(full_html))
            self._text_bodies.update(self._made_ahead(full_text))

    # --- what the sender asks -------------------------------------------------------------

    @property
    def bodies_made_ahead(self) -> tuple[str, ...]:
        """The languages whose two bodies are filled in per person instead of rendered whole."""
        return tuple(
            language
            for language in self.languages
            if isinstance(self._html_bodies[language], BodyFrame)
            and isinstance(self._text_bodies[language], BodyFrame)
        )

    def language_for(self, recipient: Recipient) -> str:
        """The version this person gets: their language if the release has it, else the main one."""
        wanted = (recipient.language or "").strip()
        if wanted in self._views:
            return wanted
        if wanted:
            base = base_language(wanted)
            for language in self._views:
                if base_language(language) == base:
                    return language
        return self.main_language

    def subject_for(self, language: str) -> str:
        view = self._view(language)
        subject = view.headline
        if view.embargoed:
            subject = f"{view.embargo_notice} – {subject}"
        return (TEST_PREFIX + subject) if self._test else subject

    def render_parts(self, recipient: Recipient, *, language: str | None = None) -> RenderedParts:
        """The subject, HTML and plain text this person would read (also used for previews)."""
        return self._render(recipient, language)

    def render_archive(self, language: str | None = None) -> RenderedParts:
        """The release addressed to nobody, laid out for paper: the PDF archive copy.

        The HTML is the house print layout; the text is the plain-text part without greeting or
        unsubscribe line.
        """
        language = language or self.main_language
        view = self._view(language)
        context = self._context(view, SAMPLE_RECIPIENT)
        context["contact"] = replace(context["contact"], greeting="", email="", first_name="")
        context["unsubscribe"] = replace(context["unsubscribe"], notice="", url="")
        html = render_template(load_print_template(), context)
        text = render_template(self._templates.text, context)
        return RenderedParts(language, self.subject_for(language), html, text)

    def compose(self, recipient: Recipient, *, message_id: str) -> bytes:
        """The full RFC 5322 message for one person, CRLF line endings, ready for SMTP DATA."""
        language, context, personal = self._personal(recipient, message_id)
        text_body = self._text_bodies[language].fill_quoted_printable(context)
        html_body = self._html_bodies[language].fill_quoted_printable(context)
        skeleton = self._skeletons[language]
        return b"".join(
            (personal, skeleton.head, text_body, skeleton.middle, html_body, skeleton.tail)
        )

    def compose_for_smtp(self, recipient: Recipient, *, message_id: str) -> bytes:
        """The message as SMTP DATA content: every line's leading dot doubled, then ``.``.

        The same bytes as ``transport.dot_stuffed(compose(...))``; the static parts were
        stuffed once, so only the personal ones are scanned per message.
        """
        language, context, personal = self._personal(recipient, message_id)
        # Each body starts a line: after the blank line that ends its part's headers.
        text_body = self._text_bodies[language].fill_for_smtp(context)
        html_body = self._html_bodies[language].fill_for_smtp(context)
        skeleton = self._smtp_skeletons[language]
        return b"".join(
            (
                dots_doubled(personal),
                skeleton.head,
                text_body,
                skeleton.middle,
                html_body,
                skeleton.tail,
                b".\r\n" if skeleton.tail.endswith(b"\n") else b"\r\n.\r\n",
            )
        )

    def _personal(self, recipient: Recipient, message_id: str) -> tuple[str, dict[str, Any], bytes]:
        """The language, the template context and the personal header lines of one message."""
        address = checked_address(recipient.email, "recipient address")
        message_id = clean_line(message_id, 250)
        if not (
            message_id.isascii()
            and message_id.startswith("<")
            and message_id.endswith(">")
            and "@" in message_id
        ):
            raise InvalidInput(f"'{message_id}' is not a Message-ID.")
        language = self.language_for(recipient)
        context = self._context(self._view(language), recipient)
        name = " ".join(
            part
            for part in (clean_line(recipient.first_name), clean_line(recipient.last_name))
            if part
        )
        moment = self._fixed_now or datetime.now(UTC)
        personal = (
            f"To: {_mailbox_header(name, address)}\r\n"
            f"Date: {format_datetime(moment)}\r\n"
            f"Message-ID: {message_id}\r\n"
            f"List-Unsubscribe:{_FOLD}<{context['unsubscribe'].url}>\r\n"
        )
        return language, context, personal.encode("ascii")

    # --- inside ---------------------------------------------------------------------------

    def _view(self, language: str) -> ReleaseView:
        try:
            return self._views[language]
        except KeyError:
            raise InvalidInput(f"The release has no '{language}' version.") from None

    def _render(self, recipient: Recipient, language: str | None) -> RenderedParts:
        language = language or self.language_for(recipient)
        context = self._context(self._view(language), recipient)
        html = self._html_bodies[language].fill(context)
        text = self._text_bodies[language].fill(context)
        return RenderedParts(language, self.subject_for(language), html, text)

    def _context(self, view: ReleaseView, recipient: Recipient) -> dict[str, Any]:
        words = words_for(view.language)
        contact: ContactView = contact_view(
            email=recipient.email,
            language=view.language,
            first_name=recipient.first_name,
            last_name=recipient.last_name,
            title=recipient.title,
            outlet=recipient.outlet,
            country=recipient.country,
            preferred_language=recipient.language,
        )
        return {
            "release": view,
            "contact": contact,
            "organization": self._organization,
            "unsubscribe": unsubscribe_view(self._mailbox, contact.email, words),
            "words": words,
        }

    def _made_ahead(self, full: RenderedBody) -> dict[str, Body]:
        """Bodies made ahead per language, kept only if they match the full path on probes."""
        frames: dict[str, Body] = {}
        for language, view in self._views.items():
            context = self._context(view, SAMPLE_RECIPIENT)
            personal = {"contact": context["contact"], "unsubscribe": context["unsubscribe"]}
            frame = build_frame(full.template, context, personal, html=full.html)
            for probe in _PROBES:
                probe_context = self._context(view, probe)
                if frame.fill(probe_context) != full.fill(probe_context) or (
                    frame.fill_quoted_printable(probe_context)
                    != full.fill_quoted_printable(probe_context)
                ):
                    log.warning(
                        "The %s body made ahead differs for %s; using the full path",
                        "HTML" if full.html else "text",
                        language,
                    )
                    return {}
            frames[language] = frame
        return frames

    def _read_attachment(self, sha256: str, filename: str) -> bytes:
        path = stored_path(sha256)
        try:
            data = path.read_bytes()
        except OSError:
            raise InvalidInput(
                f"The attachment '{filename}' is missing from the data folder ({path})."
            ) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise InvalidInput(f"The stored copy of the attachment '{filename}' was changed.")
        return data

    def _build_skeleton(self, language: str) -> _Skeleton:
        """Serialize the message once with placeholder bodies, then cut it at the placeholders."""
        marker = secrets.token_hex(12)
        text_mark, html_mark = f"PRESSDESKTEXT{marker}", f"PRESSDESKHTML{marker}"
        message = EmailMessage(policy=_SMTP)
        message["From"] = Address(display_name=self._from_name, addr_spec=self._from_address)
        if self._reply_to:
            message["Reply-To"] = Address(addr_spec=self._reply_to)
        subject = clean_line(self.subject_for(language), 990)
        subject_mark = f"PRESSDESKSUBJECT{marker}"
        message["Subject"] = subject if subject.isascii() else subject_mark
        message.set_content(text_mark + "\n", subtype="plain", cte="quoted-printable")
        message.add_alternative(html_mark + "\n", subtype="html", cte="quoted-printable")
        for filename, data, mime_type in self._attachment_parts:
            maintype, _, subtype = mime_type.partition("/")
            message.add_attachment(
                data,
                maintype=maintype or "application",
                subtype=subtype or "octet-stream",
                filename=clean_line(filename, 255),
            )
        # After the body: set_content() drops every Content-* header already on the message.
        message["Content-Language"] = clean_line(language, 8)
        for part in message.walk():
            if part is not message:
                del part["MIME-Version"]  # only the top level declares it
        serialized = message.as_bytes(policy=_SMTP)
        if not subject.isascii():
            # The email package folds a mixed subject keeping a space before the fold, so readers
            # show two spaces; one made wholly of encoded words has no such gap (RFC 2047 6.2).
            encoded = Header(subject, _UTF8, header_name="Subject").encode(linesep="\r\n")
            serialized = serialized.replace(
                subject_mark.encode("ascii"), encoded.encode("ascii"), 1
            )
        head, rest = serialized.split(text_mark.encode("ascii"), 1)
        middle, tail = rest.split(html_mark.encode("ascii"), 1)
        return _Skeleton(head, middle, tail)


def _inner_dots_doubled(piece: bytes) -> bytes:
    """Dot-stuffing of a piece that continues a line: its first character is not a line's."""
    return piece.replace(b"\n.", b"\n..")


def _mailbox_header(name: str, address: str) -> str:
    """``Name <address>`` for the To header: quoted or RFC 2047 encoded, folded when long."""
    if not name:
        return address
    if name.isascii():
        shown = formataddr((name, address)).rpartition(" <")[0]
    else:
        shown = _UTF8.header_encode(name)  # one encoded word: cheap, and read back whole
        if len(shown) > 75:  # longer ones must be split (RFC 2047), which Header does
            shown = Header(name, "utf-8", header_name="To").encode(linesep="\r\n")
    last_line = shown.rpartition("\r\n")[2]
    separator = _FOLD if len(last_line) + len(address) + 7 > 78 else " "
    return f"{shown}{separator}<{address}>"
