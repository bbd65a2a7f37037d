"""Trying a send without sending it: a marked test copy to oneself, or the messages as files."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from pressdesk.errors import EnvironmentProblem, InvalidInput
from pressdesk.mail.planning import AudiencePlan, Composer, iter_audience, sender_of
from pressdesk.mail.profiles import ProfileInfo, check_address
from pressdesk.mail.transport import Credential, Outcome, SmtpConnection
from pressdesk.releases.compose import Recipient, ReleaseComposer, make_message_id

_UNSAFE_FILE_CHARS = re.compile(r"[^A-Za-z0-9@._+-]+")


def send_test_copy(
    session: Session, release_id: int, profile: ProfileInfo, password: Credential, address: str
) -> str:
    """Send one copy marked [TEST] to ``address``; nothing is recorded. Return the server reply."""
    address = check_address(address, "test address")
    sender = sender_of(profile.from_address, profile.from_name, profile.reply_to)
    composer = ReleaseComposer(session, release_id, sender, test=True)
    message = composer.compose(
        Recipient(email=address), message_id=make_message_id(profile.from_address)
    )
    connection = SmtpConnection(profile, password)
    try:
        reply = connection.send(profile.from_address, address, message)
    finally:
        connection.close()
    if reply.outcome is not Outcome.SENT:
        raise EnvironmentProblem(f"The test copy to {address} was not accepted: {reply.text}")
    return reply.text


def eml_name(number: int, address: str) -> str:
    """A file name that cannot leave the folder, whatever the address holds."""
    return f"{number:06d}-{_UNSAFE_FILE_CHARS.sub('_', address)[:100]}.eml"


def write_dry_run(
    session: Session,
    release_id: int,
    composer: Composer,
    from_address: str,
    list_names: Sequence[str],
    segment_names: Sequence[str],
    directory: Path,
    *,
    resend: bool = False,
) -> AudiencePlan:
    """Write each message the send would make as an ``.eml`` file in ``directory``."""
    if directory.exists() and not directory.is_dir():
        raise InvalidInput(f"{directory} exists and is not a folder.")
    directory.mkdir(parents=True, exist_ok=True)
    plan = AudiencePlan()
    for number, planned in enumerate(
        iter_audience(
            session, release_id, composer, list_names, segment_names, resend=resend, plan=plan
        ),
        start=1,
    ):
        message = composer.compose(planned.recipient, message_id=make_message_id(from_address))
        (directory / eml_name(number, planned.recipient.email)).write_bytes(message)
    return plan
