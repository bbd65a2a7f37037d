"""Reading composed messages back with the ``email`` package, as a mail client would."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def bodies(message: EmailMessage) -> tuple[str, str]:
    """The decoded plain-text and HTML bodies, line breaks as a client shows them (``\\n``)."""
    text_part = message.get_body(("plain",))
    html_part = message.get_body(("html",))
    assert text_part is not None
    assert html_part is not None
    text, html = text_part.get_content(), html_part.get_content()
    return text.replace("\r\n", "\n"), html.replace("\r\n", "\n")
