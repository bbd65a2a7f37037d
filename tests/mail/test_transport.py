"""What reaches the server is the message itself, whatever its line ends and leading dots."""

from __future__ import annotations

import pytest
from mailtesting import FROM_ADDRESS, SmtpServer
from test_outbox_core import profile_for

from pressdesk.database import Database
from pressdesk.mail.transport import Outcome, SmtpConnection

HEAD = b"From: press@agency.example.org\r\nSubject: Dots\r\n\r\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b".starts with a dot\r\n..two\r\nmid.dle\r\n.\r\n", None),
        (b"line\r\n.\r\n...\r\n. end", b"line\r\n.\r\n...\r\n. end\r\n"),
        (
            b"bare\nline\rfeeds\r\n.dot after LF\n.",
            b"bare\r\nline\r\nfeeds\r\n.dot after LF\r\n.\r\n",
        ),
        (b"lone\r\r\n.x\n\r.y", b"lone\r\n\r\n.x\r\n\r\n.y\r\n"),
    ],
)
def test_the_server_receives_the_message_as_written_with_crlf_line_ends(
    database: Database, smtp_server: SmtpServer, body: bytes, expected: bytes | None
):
    connection = SmtpConnection(profile_for(database, smtp_server), None)
    try:
        reply = connection.send(FROM_ADDRESS, "ana@example.org", HEAD + body)
    finally:
        connection.close()
    assert reply.outcome is Outcome.SENT
    (received,) = smtp_server.handler.received
    assert received.data == HEAD + (expected or body)
