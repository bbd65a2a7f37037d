"""Who a release is from and to, for previews and single messages (the editor, ``render``, PDF).

The sending code builds its own :class:`Recipient` rows in bulk; these helpers serve the cases
that concern one person: the preview beside the editor and ``release render --to``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pressdesk.contacts.addresses import email_key
from pressdesk.database.models import Contact, SmtpProfile
from pressdesk.errors import InvalidInput, NotFound
from pressdesk.settings import load_organization

from .compose import (
    SAMPLE_RECIPIENT,
    Recipient,
    ReleaseComposer,
    RenderedParts,
    Sender,
    make_message_id,
)


def default_sender(session: Session) -> Sender:
    """The default SMTP profile's sender, else the organization's address."""
    profile = session.scalar(
        select(SmtpProfile).where(SmtpProfile.is_default.is_(True)).order_by(SmtpProfile.id)
    )
    if profile is not None:
        return Sender(profile.from_address, profile.from_name, profile.reply_to)
    organization = load_organization(session)
    if organization.email:
        return Sender(organization.email, organization.name or None)
    raise InvalidInput(
        "PressDesk does not know which address to send from.",
        hint="Add a default SMTP profile, or set the organization's email address.",
    )


def preview_sender(session: Session) -> Sender:
    """A sender for previews, which must work before anything is configured."""
    try:
        return default_sender(session)
    except InvalidInput:
        return Sender("press@example.org")


def recipient_from_contact(contact: Contact) -> Recipient:
    return Recipient(
        email=contact.email,
        first_name=contact.first_name,
        last_name=contact.last_name,
        title=contact.title,
        outlet=contact.outlet.name if contact.outlet else None,
        language=contact.language,
        country=contact.country,
    )


def find_recipient(session: Session, address: str) -> Recipient:
    """The contact with this address, as a recipient; NotFound when there is none."""
    contact = session.scalar(
        select(Contact)
        .options(selectinload(Contact.outlet))
        .where(Contact.email_key == email_key(address))
    )
    if contact is None:
        raise NotFound(f"There is no contact with the address {address.strip()}.")
    return recipient_from_contact(contact)


def render_preview(
    session: Session,
    release_id: int,
    *,
    contact_id: int | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> RenderedParts:
    """The subject, HTML and plain text as a chosen contact (or a sample journalist) reads them.

    ``language`` forces a version (the editor's current tab); otherwise the contact's preferred
    language decides, as when sending.
    """
    recipient = SAMPLE_RECIPIENT
    if contact_id is not None:
        contact = session.get(Contact, contact_id, options=[selectinload(Contact.outlet)])
        if contact is None:
            raise NotFound(f"There is no contact with id {contact_id}.")
        recipient = recipient_from_contact(contact)
    composer = ReleaseComposer(session, release_id, preview_sender(session), now=now)
    if language is not None and language not in composer.languages:
        raise InvalidInput(f"Release {release_id} has no '{language}' version.")
    return composer.render_parts(recipient, language=language)


def render_archive_copy(
    session: Session, release_id: int, *, language: str | None = None
) -> RenderedParts:
    """The release as addressed to nobody in particular, for the PDF archive copy."""
    composer = ReleaseComposer(session, release_id, preview_sender(session))
    if language is not None and language not in composer.languages:
        raise InvalidInput(f"Release {release_id} has no '{language}' version.")
    return composer.render_archive(language)


def render_message(
    session: Session,
    release_id: int,
    address: str,
    *,
    test: bool = False,
    sender: Sender | None = None,
) -> bytes:
    """Exactly the message one contact would receive, from the default sender unless given."""
    recipient = find_recipient(session, address)
    sender = sender or default_sender(session)
    composer = ReleaseComposer(session, release_id, sender, test=test)
    return composer.compose(recipient, message_id=make_message_id(sender.from_address))
