"""Reading the press office's mailbox over IMAP, always over TLS with the certificate checked.

Connection settings are kept with the data (``settings`` table, key ``imap_profiles``); the
password lives only in the OS keyring, service ``pressdesk``, user name ``imap:<profile>``.
The folder is opened read-only and nothing on the server is changed: PressDesk remembers what it
has processed by Message-ID, and only downloads messages it has not seen.

A profile with ``oauth_profile`` set signs in like that SMTP profile does, with the same OAuth 2.0
sign-in and access token (SASL OAUTHBEARER when offered, else XOAUTH2) instead of a password.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk import secret_store
from pressdesk.database.models import MailEvent, Setting
from pressdesk.errors import EnvironmentProblem, InvalidInput, NotFound
from pressdesk.jobs import Job, Progress
from pressdesk.mail.transport import AccessTokens, oauthbearer_response, xoauth2_response
from pressdesk.tracking.intake import IntakeSummary, process_raw

SETTINGS_KEY = "imap_profiles"
DEFAULT_PROFILE = "default"
SECURITY_MODES = ("ssl", "starttls")
_BATCH = 200
_UID = re.compile(rb"\bUID (\d+)")
_MESSAGE_ID = re.compile(rb"<[^<>\s]{1,290}>")


@dataclass(frozen=True)
class ImapProfile:
    """Where the replies and bounces arrive."""

    name: str
    host: str
    username: str
    port: int = 993
    security: str = "ssl"
    folder: str = "INBOX"
    cafile: str | None = None
    timeout_seconds: int = 30
    oauth_profile: str | None = None  # sign in with this SMTP profile's OAuth 2.0 sign-in

    def validated(self) -> ImapProfile:
        for label, value in (("profile name", self.name), ("host", self.host)):
            if not value.strip() or any(ch.isspace() or ord(ch) < 32 for ch in value.strip()):
                raise InvalidInput(f"The IMAP {label} '{value}' is empty or contains spaces.")
        if not self.username.strip() or any(ord(ch) < 32 for ch in self.username):
            raise InvalidInput("The IMAP user name is empty or contains control characters.")
        if self.security not in SECURITY_MODES:
            raise InvalidInput(f"IMAP security must be one of {', '.join(SECURITY_MODES)}.")
        if not 0 < self.port < 65536:
            raise InvalidInput(f"{self.port} is not a port number.")
        check_folder_name(self.folder)
        return replace(self, name=self.name.strip(), host=self.host.strip())


def check_folder_name(folder: str) -> str:
    if not folder or not folder.isascii() or any(ord(ch) < 32 for ch in folder):
        raise InvalidInput(
            f"The folder name '{folder}' cannot be used.",
            hint="Use the folder's name as the server shows it in plain ASCII, e.g. INBOX.",
        )
    return folder


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load_profiles(session: Session) -> dict[str, ImapProfile]:
    stored = session.scalar(select(Setting.value).where(Setting.key == SETTINGS_KEY))
    if not isinstance(stored, dict):
        return {}
    return {name: ImapProfile(**values) for name, values in stored.items()}


def get_profile(session: Session, name: str | None) -> ImapProfile:
    profiles = load_profiles(session)
    wanted = name or DEFAULT_PROFILE
    if wanted not in profiles:
        raise NotFound(
            f"There is no IMAP profile '{wanted}'.",
            hint="Create it with: pressdesk inbox set --host HOST --username USER --password-stdin",
        )
    return profiles[wanted]


def save_profile(session: Session, profile: ImapProfile) -> ImapProfile:
    clean = profile.validated()
    profiles = {name: asdict(p) for name, p in load_profiles(session).items()}
    profiles[clean.name] = asdict(clean)
    session.merge(Setting(key=SETTINGS_KEY, value=profiles))
    return clean


def keyring_user(profile_name: str) -> str:
    return f"imap:{profile_name}"


def store_password(profile_name: str, password: str) -> None:
    """Keep the mailbox password in the system keyring (never anywhere else)."""
    secret_store.store_secret(keyring_user(profile_name), password)


def has_password(profile_name: str) -> bool:
    """Whether a password is stored for the profile (False when no keyring can say)."""
    try:
        return secret_store.read_secret(keyring_user(profile_name)) is not None
    except secret_store.NoKeyring:
        return False


def load_password(profile_name: str) -> str:
    password = secret_store.read_secret(keyring_user(profile_name))
    if password is None:
        raise EnvironmentProblem(
            f"No IMAP password is stored for profile '{profile_name}'.",
            hint="Enter it in Preferences → Mailbox, or store it with: "
            f"pressdesk inbox set --profile {profile_name} --password-stdin",
        )
    return password


def load_credential(session: Session, profile: ImapProfile) -> str | AccessTokens:
    """The password from the keyring, or the access tokens of the SMTP profile it signs in with."""
    if profile.oauth_profile is None:
        return load_password(profile.name)
    from pressdesk.mail.oauth import token_source
    from pressdesk.mail.profiles import get_profile as get_smtp_profile

    smtp_profile = get_smtp_profile(session, profile.oauth_profile)
    if not smtp_profile.uses_oauth:
        raise InvalidInput(
            f"The SMTP profile '{smtp_profile.name}' does not sign in with OAuth 2.0.",
        )
    return token_source(smtp_profile)


def _sign_in(connection: imaplib.IMAP4, profile: ImapProfile, tokens: AccessTokens) -> None:
    """SASL with the access token; a refused token is renewed and tried once more."""
    mechanism = "OAUTHBEARER" if "AUTH=OAUTHBEARER" in connection.capabilities else "XOAUTH2"
    token = tokens.access_token()
    for attempt in (1, 2):
        if mechanism == "OAUTHBEARER":
            first = oauthbearer_response(profile.username, token, profile.host, profile.port)
        else:
            first = xoauth2_response(profile.username, token)
        # imaplib asks once for the response, and once more if the server sends an error.
        answers = [first.encode(), b"\x01" if mechanism == "OAUTHBEARER" else b""]

        def respond(_challenge: bytes, answers: list[bytes] = answers) -> bytes:
            return answers.pop(0) if answers else b""

        try:
            connection.authenticate(mechanism, respond)
            return
        except imaplib.IMAP4.error:
            if attempt == 2:
                raise
            token = tokens.renew(token)


def _connect(profile: ImapProfile) -> imaplib.IMAP4:
    context = ssl.create_default_context(cafile=profile.cafile)
    where = f"{profile.host}:{profile.port}"
    try:
        if profile.security == "ssl":
            return imaplib.IMAP4_SSL(
                profile.host, profile.port, ssl_context=context, timeout=profile.timeout_seconds
            )
        connection = imaplib.IMAP4(profile.host, profile.port, timeout=profile.timeout_seconds)
        connection.starttls(ssl_context=context)
        return connection
    except ssl.SSLCertVerificationError as exc:
        raise EnvironmentProblem(
            f"The certificate of the mail server {where} could not be verified "
            f"({exc.verify_message}).",
            hint="If it uses your organization's own CA, give its certificate with --cafile.",
        ) from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise EnvironmentProblem(f"Cannot reach the mail server {where}: {exc}.") from None


def _login(connection: imaplib.IMAP4, username: str, password: str) -> None:
    """SASL PLAIN carries UTF-8 passwords; the old LOGIN command only takes ASCII."""
    if "AUTH=PLAIN" in connection.capabilities:
        credentials = f"\0{username}\0{password}".encode()
        connection.authenticate("PLAIN", lambda _challenge: credentials)
    else:
        connection.login(username, password)


def _fetch_parts(
    connection: imaplib.IMAP4, uids: Sequence[bytes], item: str
) -> Iterator[tuple[bytes, bytes]]:
    for start in range(0, len(uids), _BATCH):
        batch = b",".join(uids[start : start + _BATCH]).decode("ascii")
        status, data = connection.uid("FETCH", batch, item)
        if status != "OK":
            raise EnvironmentProblem(f"The mail server refused to hand over messages: {data!r}.")
        for entry in data:
            if isinstance(entry, tuple) and len(entry) >= 2:
                uid = _UID.search(entry[0])
                if uid:
                    yield uid.group(1), entry[1]


def fetch_messages(
    profile: ImapProfile,
    password: str | AccessTokens,
    *,
    folder: str | None = None,
    already_known: Callable[[list[str]], set[str]] = lambda ids: set(),
) -> tuple[int, Iterator[bytes]]:
    """Open the folder read-only and return how many new messages there are and their bytes.

    ``already_known`` receives Message-IDs and says which were processed before; those are not
    downloaded again.
    """
    connection = _signed_in(profile, password)
    name = check_folder_name(folder or profile.folder)
    try:
        return _open_folder(connection, profile, name, already_known)
    except (OSError, imaplib.IMAP4.error) as exc:
        connection.shutdown()
        raise EnvironmentProblem(f"The connection to {profile.host} failed: {exc}.") from None


def _signed_in(profile: ImapProfile, password: str | AccessTokens) -> imaplib.IMAP4:
    """A connection to the profile's server, logged in; clear errors for what usually goes wrong."""
    connection = _connect(profile)
    try:
        if isinstance(password, str):
            _login(connection, profile.username, password)
        else:
            _sign_in(connection, profile, password)
    except (imaplib.IMAP4.error, UnicodeEncodeError):
        connection.shutdown()
        if not isinstance(password, str):
            raise EnvironmentProblem(
                f"The mail server {profile.host} refused the sign-in of {profile.username}.",
                hint="Check that the sign-in includes the mailbox scope, or sign in again with: "
                f"pressdesk smtp login --profile {profile.oauth_profile}",
            ) from None
        raise EnvironmentProblem(
            f"The mail server {profile.host} refused the user name or password "
            f"for {profile.username}.",
            hint="Check them, and store the password again (Preferences → Mailbox, or "
            "inbox set --password-stdin).",
        ) from None
    except OSError as exc:
        connection.shutdown()
        raise EnvironmentProblem(f"The connection to {profile.host} failed: {exc}.") from None
    return connection


def check_mailbox(profile: ImapProfile, password: str | AccessTokens) -> list[str]:
    """Connect, log in and open the folder read-only, then hang up; return the steps in words.

    Raises the same errors as a fetch would (unreachable, certificate, login, no such folder).
    """
    where = f"{profile.host}:{profile.port}"
    connection = _signed_in(profile, password)
    steps = [
        f"Connected to {where} ({'TLS' if profile.security == 'ssl' else 'STARTTLS'}); "
        "certificate verified.",
        f"Logged in as {profile.username}.",
    ]
    name = check_folder_name(profile.folder)
    try:
        status, data = connection.select(_quoted(name), readonly=True)
        if status != "OK":
            raise InvalidInput(f"There is no folder '{name}' on {profile.host}.")
        count = int(data[0]) if data and data[0] and data[0].isdigit() else 0
        steps.append(f"Folder {name}: {count} message{'s' if count != 1 else ''}.")
    except (OSError, imaplib.IMAP4.error) as exc:
        raise EnvironmentProblem(f"The connection to {profile.host} failed: {exc}.") from None
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            connection.logout()
    return steps


def _open_folder(
    connection: imaplib.IMAP4,
    profile: ImapProfile,
    name: str,
    already_known: Callable[[list[str]], set[str]],
) -> tuple[int, Iterator[bytes]]:
    status, _ = connection.select(_quoted(name), readonly=True)
    if status != "OK":
        connection.logout()
        raise InvalidInput(f"There is no folder '{name}' on {profile.host}.")
    status, data = connection.uid("SEARCH", "ALL")
    uids = data[0].split() if status == "OK" and data and data[0] else []
    ids_by_uid: dict[bytes, str] = {}
    for uid, header in _fetch_parts(
        connection, uids, "(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])"
    ):
        found = _MESSAGE_ID.search(header)
        if found:
            ids_by_uid[uid] = found.group(0).decode("ascii", "replace")
    known = already_known(list(ids_by_uid.values()))
    wanted = [uid for uid in uids if ids_by_uid.get(uid) not in known]

    def download() -> Iterator[bytes]:
        try:
            for _, raw in _fetch_parts(connection, wanted, "(UID BODY.PEEK[])"):
                yield raw
        except (OSError, imaplib.IMAP4.error) as exc:
            raise EnvironmentProblem(
                f"The connection to {profile.host} broke while reading messages ({exc}).",
                hint="Nothing from this attempt was recorded; run inbox fetch again.",
            ) from None
        finally:
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                connection.logout()

    return len(wanted), download()


def known_message_ids(session: Session) -> Callable[[list[str]], set[str]]:
    def known(ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                session.scalars(select(MailEvent.message_id).where(MailEvent.message_id.in_(chunk)))
            )
        return found

    return known


def fetch_and_import(
    session: Session,
    profile: ImapProfile,
    password: str | AccessTokens,
    *,
    folder: str | None = None,
) -> Job[IntakeSummary]:
    """Read the new messages of the folder and apply them, as :func:`intake.process_messages`."""
    yield Progress(0, None, f"Connecting to {profile.host}")
    total, messages = fetch_messages(
        profile, password, folder=folder, already_known=known_message_ids(session)
    )
    summary = IntakeSummary()
    for done, raw in enumerate(messages, start=1):
        process_raw(session, raw, summary)
        yield Progress(done, total, f"{done} of {total} messages")
    return summary
