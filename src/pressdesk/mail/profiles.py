"""SMTP profiles: how to reach the outgoing mail server, with the password in the keyring.

The first profile saved becomes the default; naming no profile means the default one. Profiles
are handed out as frozen :class:`ProfileInfo` snapshots so sending threads never share a session.
A profile logs in with a password, with OAuth 2.0 (``auth = oauth2``: the provider's settings in
the ``oauth`` column, the refresh token in the keyring), or not at all.
"""

from __future__ import annotations

import dataclasses
import re
import ssl
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk import secret_store
from pressdesk.database.models import SmtpAuth, SmtpProfile, SmtpSecurity
from pressdesk.errors import InvalidInput, NotFound
from pressdesk.mail.oauth_config import PRESET_SERVERS, OAuthChanges, OAuthSettings, merge_oauth
from pressdesk.mail.oauth_config import resolve as resolve_oauth

if TYPE_CHECKING:
    from pressdesk.mail.oauth import TokenSource

DEFAULT_PROFILE_NAME = "default"
MAX_CONNECTIONS = 20

# Deliberately simple: one @, no spaces, no characters that could break an SMTP command or header.
_ADDRESS = re.compile(r"^[^@\s<>,;\"()\[\]\\]+@[^@\s<>,;\"()\[\]\\]+\.[^@\s<>,;\"()\[\]\\]+$")
_HOST = re.compile(r"^[A-Za-z0-9._:\-\[\]]+$")


def check_address(address: str, what: str) -> str:
    """Return the trimmed address, or refuse one that is malformed or could inject a header."""
    value = address.strip()
    if not _ADDRESS.match(value):
        raise InvalidInput(f"The {what} '{address}' is not a valid email address.")
    return value


def _check_name(name: str | None, what: str) -> str | None:
    if name is None:
        return None
    value = name.strip()
    if any(ch in value for ch in "\r\n\0"):
        raise InvalidInput(f"The {what} must be on one line.")
    return value or None


@dataclass(frozen=True)
class ProfileInfo:
    """A profile as plain data; ``password_identity`` names its secret in the keyring."""

    id: int
    name: str
    host: str
    port: int
    security: SmtpSecurity
    username: str | None
    cafile: str | None
    from_address: str
    from_name: str | None
    reply_to: str | None
    rate_per_minute: int | None
    connections: int
    timeout_seconds: int
    is_default: bool
    auth: SmtpAuth = SmtpAuth.NONE
    oauth: dict[str, Any] = field(default_factory=dict)  # provider settings; no secret

    @property
    def password_identity(self) -> str:
        return secret_identity(self.name)

    @property
    def uses_oauth(self) -> bool:
        return self.auth is SmtpAuth.OAUTH2

    @property
    def needs_password(self) -> bool:
        return self.username is not None and not self.uses_oauth

    @property
    def oauth_settings(self) -> OAuthSettings:
        return resolve_oauth(self.oauth)

    def to_json(self) -> dict[str, Any]:
        data = {item.name: getattr(self, item.name) for item in fields(self)}
        data["security"] = self.security.value
        data["auth"] = self.auth.value
        data["oauth"] = dict(self.oauth)
        return data


@dataclass(frozen=True)
class ProfileChanges:
    """What to set on a profile; None leaves a value as it was.

    An empty reply-to or CA file, or a rate of 0, clears it; ``auth=NONE`` drops the login.
    """

    host: str | None = None
    port: int | None = None
    security: SmtpSecurity | None = None
    username: str | None = None
    cafile: str | None = None
    from_address: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    rate_per_minute: int | None = None
    connections: int | None = None
    timeout_seconds: int | None = None
    auth: SmtpAuth | None = None  # PASSWORD or OAUTH2; None keeps it (or follows the user name)
    oauth: OAuthChanges = field(default_factory=OAuthChanges)


def secret_identity(profile_name: str) -> str:
    """The keyring user name of a profile's password."""
    return f"smtp:{profile_name}"


def token_identity(profile_name: str) -> str:
    """The keyring user name of a profile's OAuth 2.0 refresh token."""
    return f"smtp-oauth:{profile_name}"


def client_secret_identity(profile_name: str) -> str:
    """The keyring user name of the app's client secret, for providers that want one.

    Google issues a "secret" even to desktop apps and asks for it at its token endpoint; it is
    not confidential there, but it is kept with the other secrets all the same.
    """
    return f"smtp-oauth-client:{profile_name}"


def _info(profile: SmtpProfile) -> ProfileInfo:
    return ProfileInfo(
        id=profile.id,
        name=profile.name,
        host=profile.host,
        port=profile.port,
        security=profile.security,
        username=profile.username,
        cafile=profile.cafile,
        from_address=profile.from_address,
        from_name=profile.from_name,
        reply_to=profile.reply_to,
        rate_per_minute=profile.rate_per_minute,
        connections=profile.connections,
        timeout_seconds=profile.timeout_seconds,
        is_default=profile.is_default,
        auth=profile.auth,
        oauth=dict(profile.oauth or {}) if profile.auth is SmtpAuth.OAUTH2 else {},
    )


def _validate(changes: ProfileChanges) -> None:
    if changes.host is not None and not _HOST.match(changes.host.strip()):
        raise InvalidInput(f"'{changes.host}' is not a host name or address.")
    if changes.port is not None and not 1 <= changes.port <= 65535:
        raise InvalidInput(f"The port must be between 1 and 65535, not {changes.port}.")
    if changes.rate_per_minute is not None and changes.rate_per_minute < 0:
        raise InvalidInput("The rate limit must be at least 1 message per minute (0: no limit).")
    if changes.connections is not None and not 1 <= changes.connections <= MAX_CONNECTIONS:
        raise InvalidInput(f"Use between 1 and {MAX_CONNECTIONS} parallel connections.")
    if changes.timeout_seconds is not None and not 1 <= changes.timeout_seconds <= 600:
        raise InvalidInput("The timeout must be between 1 and 600 seconds.")
    if changes.username is not None and (
        not changes.username.strip() or any(ch in changes.username for ch in "\r\n\0")
    ):
        raise InvalidInput("The user name must be one non-empty line.")
    if changes.cafile:
        check_cafile(changes.cafile)


def check_cafile(cafile: str) -> None:
    """Refuse a CA file that does not exist or holds no usable certificate."""
    path = Path(cafile).expanduser()
    if not path.is_file():
        raise InvalidInput(f"The CA certificate file {cafile} does not exist.")
    try:
        ssl.create_default_context(cafile=str(path))
    except (ssl.SSLError, ValueError, OSError) as exc:
        raise InvalidInput(
            f"The file {cafile} holds no usable CA certificate (PEM expected): {exc}."
        ) from None


def find_profile(session: Session, name: str | None = None) -> SmtpProfile | None:
    """The named profile, or the default one when ``name`` is None."""
    if name is None:
        return session.scalar(select(SmtpProfile).where(SmtpProfile.is_default.is_(True)))
    return session.scalar(select(SmtpProfile).where(SmtpProfile.name == name))


def get_profile(session: Session, name: str | None = None) -> ProfileInfo:
    """The named or default profile as plain data; a clear error when there is none."""
    profile = find_profile(session, name)
    if profile is None:
        if name is None:
            raise NotFound(
                "No mail server is set up yet.",
                hint="Set one with: pressdesk smtp set --host H --port P --security starttls "
                "--from-address A",
            )
        raise NotFound(f"There is no SMTP profile called '{name}'.")
    return _info(profile)


def list_profiles(session: Session) -> list[ProfileInfo]:
    return [_info(p) for p in session.scalars(select(SmtpProfile).order_by(SmtpProfile.name))]


def save_profile(
    session: Session,
    name: str | None,
    changes: ProfileChanges,
    *,
    password: str | None = None,
    client_secret: str | None = None,
) -> tuple[ProfileInfo, bool]:
    """Create or update a profile; return it and whether it was created.

    ``name`` None means the default profile (created as "default" when there is none yet). The
    password, when given, goes to the keyring before anything is written, so a missing keyring
    leaves the database unchanged.
    """
    _validate(changes)
    if name is not None:
        name = name.strip()
        if not name or any(ch in name for ch in "\r\n\0"):
            raise InvalidInput("The profile name must be one non-empty line.")
    profile = find_profile(session, name)
    created = profile is None
    oauth = _oauth_for(profile, changes, password)
    if client_secret is not None and oauth is None:
        raise InvalidInput("A client secret only applies to --auth oauth2.")
    if oauth is not None and profile is None:
        changes = _with_preset_server(changes, oauth)
    if profile is None:
        missing = [
            option
            for option, value in (
                ("--host", changes.host),
                ("--port", changes.port),
                ("--security", changes.security),
                ("--from-address", changes.from_address),
            )
            if value is None
        ]
        if missing:
            raise InvalidInput(f"A new SMTP profile needs {', '.join(missing)}.")
        has_default = find_profile(session, None) is not None
        profile = SmtpProfile(
            name=name or DEFAULT_PROFILE_NAME,
            is_default=not has_default,
            connections=2,
            timeout_seconds=30,
            oauth={},
        )
    was_oauth = not created and profile.auth is SmtpAuth.OAUTH2
    _apply(profile, changes)
    if oauth is not None:
        _apply_oauth(profile, oauth)
        if client_secret is not None:
            if not client_secret.strip() or any(ch in client_secret for ch in "\r\n\0"):
                raise InvalidInput("The client secret must be one non-empty line.")
            secret_store.store_secret(client_secret_identity(profile.name), client_secret.strip())
        session.add(profile)
        session.flush()
        return _info(profile), created
    if changes.auth is SmtpAuth.NONE:  # the server takes mail without a login now
        if password is not None:
            raise InvalidInput("A password needs a user name: add --username.")
        profile.username = None
        secret_store.delete_secret(secret_identity(profile.name))
    if changes.auth is SmtpAuth.PASSWORD and profile.username is None:
        raise InvalidInput("Logging in with a password needs a user name: add --username.")
    if password is not None and profile.username is None:
        raise InvalidInput("A password needs a user name: add --username.")
    if profile.username is not None and password is None and (created or was_oauth):
        raise InvalidInput(
            "A profile with a user name needs its password.",
            hint="Pipe it in with --password-stdin (it is saved in the system keyring).",
        )
    profile.auth = SmtpAuth.PASSWORD if profile.username else SmtpAuth.NONE
    profile.oauth = {}
    if was_oauth:  # the sign-in is of no use any more; nothing should linger in the keyring
        secret_store.delete_secret(token_identity(profile.name))
        secret_store.delete_secret(client_secret_identity(profile.name))
    if password is not None:
        secret_store.store_secret(secret_identity(profile.name), password)
    session.add(profile)
    session.flush()
    return _info(profile), created


def _oauth_for(
    profile: SmtpProfile | None, changes: ProfileChanges, password: str | None
) -> dict[str, Any] | None:
    """The new OAuth settings when the profile will sign in with OAuth 2.0, else None.

    Checked before anything changes, so inconsistent options leave the profile as it was.
    """
    current_oauth = profile is not None and profile.auth is SmtpAuth.OAUTH2
    wanted = changes.auth is SmtpAuth.OAUTH2 or (changes.auth is None and current_oauth)
    if not wanted:
        if changes.oauth.any:
            raise InvalidInput(
                "--provider, --tenant, --client-id, the endpoint URLs and --scope only apply "
                "to --auth oauth2."
            )
        return None
    if password is not None:
        raise InvalidInput(
            "A profile that signs in with OAuth 2.0 has no password.",
            hint="Leave out --password-stdin and sign in with: pressdesk smtp login",
        )
    security = changes.security or (profile.security if profile is not None else None)
    if security is SmtpSecurity.NONE:
        raise InvalidInput(
            "OAuth 2.0 sign-in needs an encrypted connection: use --security starttls or ssl."
        )
    current = dict(profile.oauth or {}) if profile is not None and current_oauth else {}
    return merge_oauth(current, changes.oauth)


def _with_preset_server(changes: ProfileChanges, oauth: dict[str, Any]) -> ProfileChanges:
    """A new Microsoft 365 or Google profile needs no host, port or security of its own."""
    preset = PRESET_SERVERS.get(str(oauth["provider"]))
    if preset is None or changes.host is not None:
        return changes
    host, port = preset
    return dataclasses.replace(
        changes,
        host=host,
        port=changes.port or port,
        security=changes.security or SmtpSecurity.STARTTLS,
    )


def _apply_oauth(profile: SmtpProfile, oauth: dict[str, Any]) -> None:
    if profile.username is None:  # the mailbox to sign in to; usually the From address
        profile.username = profile.from_address
    profile.auth = SmtpAuth.OAUTH2
    profile.oauth = oauth


def _apply(profile: SmtpProfile, changes: ProfileChanges) -> None:
    if changes.host is not None:
        profile.host = changes.host.strip()
    if changes.port is not None:
        profile.port = changes.port
    if changes.security is not None:
        profile.security = changes.security
    if changes.username is not None:
        profile.username = changes.username.strip()
    if changes.cafile is not None:
        cafile = changes.cafile.strip()
        profile.cafile = str(Path(cafile).expanduser().resolve()) if cafile else None
    if changes.from_address is not None:
        profile.from_address = check_address(changes.from_address, "from address")
    if changes.from_name is not None:
        profile.from_name = _check_name(changes.from_name, "sender name")
    if changes.reply_to is not None:
        reply_to = changes.reply_to.strip()
        profile.reply_to = check_address(reply_to, "reply-to address") if reply_to else None
    if changes.rate_per_minute is not None:
        profile.rate_per_minute = changes.rate_per_minute or None
    if changes.connections is not None:
        profile.connections = changes.connections
    if changes.timeout_seconds is not None:
        profile.timeout_seconds = changes.timeout_seconds


def profile_password(profile: ProfileInfo) -> str | TokenSource | None:
    """What the profile logs in with: its password from the keyring, or for an OAuth 2.0
    profile the source of its access tokens (raising ``SignInRequired`` when nobody signed in);
    None without authentication."""
    if profile.uses_oauth:
        from pressdesk.mail.oauth import token_source

        return token_source(profile)
    if not profile.needs_password:
        return None
    password = secret_store.read_secret(profile.password_identity)
    if password is None:
        raise InvalidInput(
            f"No password for the SMTP profile '{profile.name}' is saved in the system keyring.",
            hint="Save it with: pressdesk smtp set --profile "
            f"{profile.name} --username {profile.username} --password-stdin",
        )
    return password
