"""Mail as it comes back to a press office, composed in the RFC formats with ``email``."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid
from pathlib import Path

from tracking_fixtures import T0

PRESS = "press@press.example.org"
FOOTER = (
    "You receive this because you cover the region. To unsubscribe, reply with "
    "'unsubscribe' or write to press@press.example.org."
)


def release_mail(
    message_id: str, to: str, headline: str = "Regional ministers agree"
) -> EmailMessage:
    """The message as PressDesk sent it."""
    message = EmailMessage()
    message["From"] = f"Regional Press Office <{PRESS}>"
    message["To"] = to
    message["Subject"] = headline
    message["Message-ID"] = message_id
    message["Date"] = format_datetime(T0)
    message["List-Unsubscribe"] = f"<mailto:{PRESS}?subject=unsubscribe%20tok123>"
    message.set_content(f"PANAMA CITY — Ministers agreed today…\n\n{FOOTER}\n")
    return message


def delivery_report(
    original: Message,
    recipient: str,
    *,
    action: str = "failed",
    status: str = "5.1.1",
    diagnostic: str = "smtp; 550 5.1.1 <{r}>: Recipient address rejected: User unknown",
    headers_only: bool = False,
    final_recipient: str | None = None,
) -> MIMEMultipart:
    """An RFC 3464 delivery status notification about ``original``."""
    report = MIMEMultipart("report", report_type="delivery-status")
    report["From"] = "Mail Delivery System <MAILER-DAEMON@mx.example.net>"
    report["To"] = PRESS
    report["Subject"] = (
        "Undelivered Mail Returned to Sender" if action == "failed" else "Delayed Mail"
    )
    report["Message-ID"] = make_msgid(domain="mx.example.net")
    report["Date"] = format_datetime(T0.replace(hour=10))
    report["Auto-Submitted"] = "auto-replied"  # DSNs carry it too; they must still count
    report.attach(MIMEText("This is the mail system at host mx.example.net.\n", "plain"))
    per_message = Message()
    per_message["Reporting-MTA"] = "dns; mx.example.net"
    per_recipient = Message()
    per_recipient["Final-Recipient"] = f"rfc822; {final_recipient or recipient}"
    per_recipient["Original-Recipient"] = f"rfc822;{recipient}"
    per_recipient["Action"] = action
    per_recipient["Status"] = status
    per_recipient["Diagnostic-Code"] = diagnostic.format(r=recipient)
    status_part = Message()
    status_part["Content-Type"] = "message/delivery-status"
    status_part.set_payload([per_message, per_recipient])
    report.attach(status_part)
    if headers_only:
        headers = "".join(f"{k}: {v}\n" for k, v in original.items())
        report.attach(MIMEText(headers, "rfc822-headers"))
    else:
        report.attach(MIMEMessage(original))
    return report


def reply(
    original: EmailMessage,
    sender: str,
    text: str,
    *,
    subject: str | None = None,
    extra: dict[str, str] | None = None,
    in_reply_to: bool = True,
    references: bool = True,
    quote: bool = True,
) -> EmailMessage:
    """A reply to ``original``, quoting it below as mail programs do."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = PRESS
    message["Subject"] = subject if subject is not None else f"Re: {original['Subject']}"
    message["Message-ID"] = make_msgid(domain=sender.split("@")[-1].strip(">"))
    message["Date"] = format_datetime(T0.replace(hour=11))
    if in_reply_to:
        message["In-Reply-To"] = original["Message-ID"]
    if references:
        message["References"] = f"<older@thread.example> {original['Message-ID']}"
    for name, value in (extra or {}).items():
        message[name] = value
    body = text
    if quote:
        quoted = "\n".join("> " + line for line in original.get_content().splitlines())
        body += f"\n\nOn Mon, 2 Mar 2026, Regional Press Office wrote:\n{quoted}\n"
    message.set_content(body)
    return message


def write_eml(path: Path, message: Message) -> Path:
    path.write_bytes(message.as_bytes())
    return path


def write_mbox(path: Path, messages: list[Message]) -> Path:
    box = mailbox.mbox(path)
    try:
        for message in messages:
            box.add(message)
        box.flush()
    finally:
        box.close()
    return path
