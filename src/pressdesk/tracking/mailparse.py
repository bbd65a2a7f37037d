"""Reading what comes back to the press office's mailbox, without touching the database.

Each message is classified once: a delivery status notification (RFC 3464), an automatic reply
(RFC 3834 headers or a typical out-of-office subject in English, Spanish or French), a request to
be removed from the list, or a human reply. Everything here works on untrusted input and never
raises for a malformed message; what cannot be read is simply not recognised.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.errors import MessageError
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser, HeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

_MESSAGE_ID = re.compile(r"<[^<>\s]{1,290}>")
_STATUS_CODE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_EXCERPT_LENGTH = 500
_MAX_ADDRESS = 320  # RFC 5321's limit, and the width of the address columns


class MailKind(enum.StrEnum):
    DELIVERY_REPORT = "delivery_report"
    AUTO_REPLY = "auto_reply"
    UNSUBSCRIBE = "unsubscribe"
    REPLY = "reply"
    UNRECOGNISED_BOUNCE = "unrecognised_bounce"  # from a mailer daemon, but no RFC 3464 report


@dataclass(frozen=True)
class RecipientReport:
    """One recipient's block of a delivery status notification."""

    final_recipient: str | None
    original_recipient: str | None
    action: str  # failed, delayed, delivered, relayed, expanded
    status: str | None  # e.g. 5.1.1
    diagnostic: str | None

    @property
    def failed(self) -> bool:
        return self.action == "failed"

    @property
    def delayed(self) -> bool:
        return self.action == "delayed"

    @property
    def permanent(self) -> bool:
        return self.failed and (self.status or "5").startswith("5")

    def addresses(self) -> list[str]:
        """Addresses to match against deliveries, the original recipient first."""
        return list(dict.fromkeys(a for a in (self.original_recipient, self.final_recipient) if a))

    def describe(self) -> str:
        parts = [self.action, self.status or "", self.diagnostic or ""]
        return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class IncomingMail:
    """What PressDesk needs from one message of the mailbox."""

    message_id: str  # the message's own id, or a stable one made from its bytes
    kind: MailKind
    sender: str | None
    subject: str
    received_at: datetime | None
    references: tuple[str, ...]  # In-Reply-To first, then References, newest first
    reports: tuple[RecipientReport, ...] = ()
    original_message_id: str | None = None
    excerpt: str = ""


def _header(message: Message, name: str) -> str:
    """A header as one line of text, RFC 2047 encoded words decoded."""
    wanted = name.lower()
    value = next((v for k, v in message.raw_items() if k.lower() == wanted), None)
    if value is None:
        return ""
    text = str(value)
    if not text.isascii():  # raw UTF-8 (RFC 6532), kept by the parser as escaped bytes
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if "=?" in text:
        # A header that cannot be decoded keeps its raw text.
        with contextlib.suppress(ValueError, LookupError, UnicodeError, IndexError, MessageError):
            text = str(make_header(decode_header(text)))
    return " ".join(text.split())


def _message_ids(text: str) -> list[str]:
    return _MESSAGE_ID.findall(text or "")


def _own_message_id(message: Message, raw: bytes) -> str:
    found = _message_ids(_header(message, "Message-ID"))
    if found:
        return found[0]
    return f"<{hashlib.sha256(raw).hexdigest()}@no-message-id.invalid>"


def message_id_of(raw: bytes) -> str:
    """The key a message is remembered by, read from its headers alone (cheap)."""
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    return _own_message_id(headers, raw)


def _sender(message: Message) -> str | None:
    for name in ("From", "Sender", "Reply-To"):
        pairs = getaddresses([_header(message, name)])
        for _, address in pairs:
            if (
                "@" in address
                and len(address) <= _MAX_ADDRESS
                and not any(ch.isspace() for ch in address)
            ):
                return address.strip("<>").lower()
    return None


def _date(message: Message) -> datetime | None:
    text = _header(message, "Date")
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _plain(text: str) -> str:
    """Case-folded text without accents, for matching phrases in any of the three languages."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _address(text: str) -> str | None:
    """The address of a DSN recipient field such as ``rfc822; Ana@Example.org``."""
    value = text.split(";", 1)[-1].strip().strip("<>").strip()
    if "@" not in value or len(value) > _MAX_ADDRESS or any(ch.isspace() for ch in value):
        return None
    return value.lower()


# --- delivery status notifications ------------------------------------------------------


_REPORT_TYPES = {"delivery-status", "global-delivery-status"}  # RFC 3464, RFC 6533
_STATUS_PARTS = {"message/delivery-status", "message/global-delivery-status"}


def _is_delivery_report(message: Message) -> bool:
    return (
        message.get_content_type() == "multipart/report"
        and str(message.get_param("report-type", "")).lower() in _REPORT_TYPES
    )


def _text_blocks(text: str) -> list[Message]:
    blocks = re.split(r"\r?\n\s*\r?\n", text.strip())
    return [HeaderParser().parsestr(block) for block in blocks if block.strip()]


def _status_blocks(part: Message) -> list[Message]:
    """The header blocks of a status part: the per-message one, then one per recipient."""
    payload: Any = part.get_payload()
    if not isinstance(payload, list):
        raw: Any = part.get_payload(decode=True)
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(payload or "")
        return _text_blocks(text)
    # The parser splits message/delivery-status into blocks; other status types arrive as one
    # message whose body holds the remaining blocks.
    blocks: list[Message] = []
    for block in payload:
        if isinstance(block, Message):
            blocks.append(block)
            rest = block.get_payload(decode=True)  # bytes: raw UTF-8 survives
            if isinstance(rest, bytes) and rest.strip():
                blocks.extend(_text_blocks(rest.decode("utf-8", "replace")))
    return blocks


def _original_message_id(report: Message) -> str | None:
    """The Message-ID of the returned message (whole, or its headers only)."""
    for part in report.walk():
        if part is report:
            continue
        headers: Message | None = None
        content_type = part.get_content_type()
        if content_type in _STATUS_PARTS:
            continue
        if part.get_content_maintype() == "message":
            payload: Any = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                headers = payload[0]
        elif content_type == "text/rfc822-headers":
            raw: Any = part.get_payload(decode=True)
            if isinstance(raw, bytes):
                headers = HeaderParser().parsestr(raw.decode("utf-8", "replace"))
        found = _message_ids(_header(headers, "Message-ID")) if headers is not None else []
        if found:
            return found[0]
    return None


def _recipient_reports(report: Message) -> tuple[RecipientReport, ...]:
    found: list[RecipientReport] = []
    for part in report.walk():
        if part.get_content_type() not in _STATUS_PARTS:
            continue
        for block in _status_blocks(part):
            action = _header(block, "Action").lower().split(" ")[0]
            final = _address(_header(block, "Final-Recipient"))
            if not action or not (final or _header(block, "Original-Recipient")):
                continue  # the per-message block (Reporting-MTA...) or junk
            status = _STATUS_CODE.search(_header(block, "Status"))
            found.append(
                RecipientReport(
                    final_recipient=final,
                    original_recipient=_address(_header(block, "Original-Recipient")),
                    action=action,
                    status=".".join(status.groups()) if status else None,
                    diagnostic=_header(block, "Diagnostic-Code")[:500] or None,
                )
            )
    return tuple(found)


# --- automatic replies and unsubscribe requests -------------------------------------------

_AUTO_SUBJECT_ANYWHERE = re.compile(
    r"out of (the )?office|automatic reply|auto[- ]?reply|autorespon|away from (the|my) office"
    r"|respuesta automatica|fuera de (la )?oficina|reponse automatique|message d'absence"
    r"|absent du bureau|hors du bureau"
)
_AUTO_SUBJECT_START = re.compile(
    r"^\s*(auto:|absent|absence|ausente|ausencia|on leave|on vacation|de vacaciones|en conge"
    r"|vacation|holiday)"
)
_AUTO_PRECEDENCE = {"auto_reply", "bulk", "junk"}

_UNSUBSCRIBE_PHRASES = re.compile(
    r"unsubscribe|remove me|take me off|opt[- ]?out|stop sending|no longer (wish|want) to receive"
    r"|do not send me|don't send me"
    r"|darme de baja|dar de baja|denme de baja|desuscrib|desinscrib|no (deseo|quiero) recibir"
    r"|dejar de recibir|no me (envien|manden|envies) mas|cancelar (la |mi )?suscripcion"
    r"|retirarme de"
    r"|desabonne|desinscri|plus recevoir|ne plus m'envoyer|ne m'envoyez plus|retirez[- ]moi"
    r"|supprimez[- ]moi"
)
_UNSUBSCRIBE_WORDS = re.compile(r"\b(baja|stop|remove|unsub)\b")
_REPLY_PREFIX = re.compile(r"^\s*(re|aw|sv|rv|ref|tr|fw|fwd)\s*:", re.IGNORECASE)
_QUOTE_HEADER = re.compile(
    r"^\s*(on\b.*\bwrote:|el\b.*\bescribio:|le\b.*\ba ecrit ?:|-{2,}\s*(original message"
    r"|mensaje original|message d'origine)|(from|de|envoye|enviado|sent) ?:)",
)


def is_auto_reply(message: Message, subject: str) -> bool:
    """RFC 3834 headers, the usual vendor headers, or an out-of-office subject."""
    auto_submitted = _header(message, "Auto-Submitted").split(";")[0].strip().lower()
    if auto_submitted and auto_submitted != "no":
        return True
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        value = _header(message, name).lower()
        if message.get(name) is not None and value not in ("no", "false", "0"):
            return True
    if _header(message, "Precedence").lower() in _AUTO_PRECEDENCE:
        return True
    plain = _plain(subject)
    return bool(_AUTO_SUBJECT_ANYWHERE.search(plain) or _AUTO_SUBJECT_START.match(plain))


def _decoded_payload(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except (LookupError, ValueError):  # an unknown or malformed charset name
        return payload.decode("utf-8", "replace")


def _body_text(message: Message) -> str:
    """The text of the message: its first plain-text part, else its HTML with tags removed."""
    html: Message | None = None
    for part in message.walk():
        if part.get_content_maintype() == "multipart":
            continue
        if part.get_content_maintype() == "message":
            break  # a forwarded or returned message is not the author's text
        if "attachment" in str(part.get("Content-Disposition", "")).lower():
            continue
        content_type = part.get_content_type()
        if content_type == "text/plain":
            return _decoded_payload(part)
        if content_type == "text/html" and html is None:
            html = part
    if html is None:
        return ""
    text = _decoded_payload(html)
    text = re.sub(r"(?is)<(script|style).*?</\1>", " ", text)
    text = re.sub(r"(?is)<br\s*/?>|</p>|</div>", "\n", text)
    return re.sub(r"(?s)<[^>]+>", " ", text)


def fresh_text(body: str) -> str:
    """The part of a reply its author wrote: quoted text and the quoted original cut off."""
    kept: list[str] = []
    for line in body.splitlines():
        stripped = line.strip()
        if stripped.startswith(">"):
            continue
        if stripped == "--" or _QUOTE_HEADER.match(_plain(stripped)):
            break
        kept.append(stripped)
    return "\n".join(kept).strip()


def asks_to_unsubscribe(subject: str, fresh: str) -> bool:
    """A request to be removed, in the subject (as a List-Unsubscribe mailto sends) or the text."""
    plain_subject = _plain(subject)
    plain_text = _plain(fresh)
    if _UNSUBSCRIBE_PHRASES.search(plain_subject) or _UNSUBSCRIBE_PHRASES.search(plain_text):
        return True
    # Short words like "baja" or "stop" only count on their own, not inside a quoted headline.
    own_subject = not _REPLY_PREFIX.match(subject) and len(plain_subject.split()) <= 4
    if own_subject and _UNSUBSCRIBE_WORDS.search(plain_subject):
        return True
    return len(plain_text.split()) <= 3 and bool(_UNSUBSCRIBE_WORDS.search(plain_text))


def _is_from_mail_system(message: Message, sender: str | None) -> bool:
    local = (sender or "").split("@")[0]
    return local in {"mailer-daemon", "postmaster"} or _header(message, "Return-Path") == "<>"


def parse_mail(raw: bytes) -> IncomingMail:
    """Classify one message given as bytes (RFC 5322)."""
    # compat32 keeps headers as text: several times faster than the structured policy.
    message = BytesParser(policy=policy.compat32).parsebytes(raw)
    subject = _header(message, "Subject")[:1000]
    sender = _sender(message)
    in_reply_to = _message_ids(_header(message, "In-Reply-To"))
    references = list(reversed(_message_ids(_header(message, "References"))))
    common: dict[str, Any] = {
        "message_id": _own_message_id(message, raw),
        "sender": sender,
        "subject": subject,
        "received_at": _date(message),
        "references": tuple(dict.fromkeys(in_reply_to + references)),
    }
    if _is_delivery_report(message):
        return IncomingMail(
            kind=MailKind.DELIVERY_REPORT,
            reports=_recipient_reports(message),
            original_message_id=_original_message_id(message),
            **common,
        )
    if _is_from_mail_system(message, sender):
        return IncomingMail(kind=MailKind.UNRECOGNISED_BOUNCE, **common)
    fresh = fresh_text(_body_text(message))
    excerpt = " ".join(fresh.split())[:_EXCERPT_LENGTH]
    if is_auto_reply(message, subject):
        kind = MailKind.AUTO_REPLY
    elif asks_to_unsubscribe(subject, fresh):
        kind = MailKind.UNSUBSCRIBE
    else:
        kind = MailKind.REPLY
    return IncomingMail(kind=kind, excerpt=excerpt, **common)
