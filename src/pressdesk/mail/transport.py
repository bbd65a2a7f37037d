"""One SMTP connection: connect, TLS, login, and one message transaction at a time.

Certificates are always verified with :func:`ssl.create_default_context` (plus the profile's CA
file for an internal relay) and every socket operation has the profile's timeout. A message
transaction is split at the end of its data, because that is the only moment where the server may
have taken a message without us knowing: a failure before it is safe to retry, a timeout after it
is not (see :class:`Outcome`).

A profile that signs in with OAuth 2.0 authenticates with SASL OAUTHBEARER (RFC 7628) when the
server offers it, else XOAUTH2, only on an encrypted connection; a refused access token is
renewed once.

When the server offers pipelining (RFC 2920), a message transaction can also be written ahead:
the envelope of the next message goes out in the same packet as the end of data of the current
one, so each message costs one round trip (:meth:`SmtpConnection.write_envelope` and friends).
"""

from __future__ import annotations

import contextlib
import enum
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from pressdesk.database.models import SmtpSecurity
from pressdesk.errors import EnvironmentProblem
from pressdesk.mail.profiles import ProfileInfo

CRLF = b"\r\n"
_MAX_LINE = 8192  # as smtplib: a longer reply line means the server is not speaking SMTP
_LINE_ENDS = re.compile(rb"\r\n|\r|\n")
_LEADING_DOT = re.compile(rb"(?m)^\.")


class SmtpProblem(EnvironmentProblem):
    """The mail server cannot be used: the whole send stops (exit 1)."""


class ServerUnreachable(SmtpProblem):
    """No connection to the server (name unknown, refused, timed out, dropped at once)."""


class TlsFailure(SmtpProblem):
    """TLS could not be set up, most often because the certificate was not trusted."""


class LoginRefused(SmtpProblem):
    """The server refused the user name or password, or offers no way to log in."""


class SenderRefused(SmtpProblem):
    """The server refused the From address itself, so no message can go out."""


class ConnectionLost(Exception):
    """The connection broke while commands written ahead were waiting for their replies."""

    def __init__(self, timed_out: bool) -> None:
        super().__init__("timed out" if timed_out else "was lost")
        self.timed_out = timed_out

    def reply(self, *, after_end_of_data: bool) -> Reply:
        """What became of the message whose reply was awaited (see :meth:`SmtpConnection.send`)."""
        if after_end_of_data and self.timed_out:
            return Reply(
                Outcome.UNCERTAIN,
                None,
                "No answer from the server after the message was handed over (timeout).",
                reconnect=True,
            )
        return Reply(Outcome.RETRY, None, f"The connection {self}.", reconnect=True)


class AccessTokens(Protocol):
    """Where OAuth 2.0 access tokens come from (:class:`pressdesk.mail.oauth.TokenSource`)."""

    def access_token(self) -> str: ...

    def renew(self, rejected: str) -> str: ...


Credential = str | AccessTokens | None  # a password, a token source, or no authentication


def _sasl_name(user: str) -> str:
    return user.replace("=", "=3D").replace(",", "=2C")


def xoauth2_response(user: str, token: str) -> str:
    """The XOAUTH2 client response (Google's and Microsoft's SASL mechanism)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def oauthbearer_response(user: str, token: str, host: str, port: int) -> str:
    """The OAUTHBEARER client response of RFC 7628 (GS2 header, then key=value pairs)."""
    return f"n,a={_sasl_name(user)},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"


class Outcome(enum.StrEnum):
    SENT = "sent"
    DEFERRED = "deferred"  # a temporary refusal (4xx): retry later
    FAILED = "failed"  # a permanent refusal (5xx) for this recipient
    RETRY = "retry"  # the connection was lost before the end of data: safe to send again now
    UNCERTAIN = "uncertain"  # no answer after the end of data: the server may have it


@dataclass(frozen=True)
class Reply:
    outcome: Outcome
    code: int | None
    text: str
    reconnect: bool = False  # the connection is no longer usable


def _lost(exc: BaseException) -> ConnectionLost:
    timed_out = isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError)
    return ConnectionLost(timed_out)


def _final(code: int, response: bytes) -> Reply:
    """What the reply to the end of data says about the message."""
    if code == 250:
        return Reply(Outcome.SENT, code, f"{code} {_decode(response)}")
    return _classify(code, response)


def tls_context(cafile: str | None) -> ssl.SSLContext:
    """A verifying TLS context; ``cafile`` adds trust in an internal CA."""
    context = ssl.create_default_context()
    if cafile:
        context.load_verify_locations(cafile=cafile)
    return context


def _decode(response: bytes | str) -> str:
    text = response.decode("utf-8", "replace") if isinstance(response, bytes) else response
    return " ".join(text.split())


def _classify(code: int, response: bytes | str, *, healthy: bool = True) -> Reply:
    text = f"{code} {_decode(response)}"
    if code == 421:  # the server is closing the connection: reconnect and try again
        return Reply(Outcome.RETRY, code, text, reconnect=True)
    if 400 <= code < 500:
        return Reply(Outcome.DEFERRED, code, text, reconnect=not healthy)
    return Reply(Outcome.FAILED, code, text, reconnect=not healthy)


def dot_stuffed(message: bytes) -> bytes:
    """The message as DATA content: CRLF line ends, leading dots doubled, ended by ``.``."""
    line_feeds = message.count(b"\n")
    if line_feeds == message.count(b"\r") == message.count(CRLF):
        # Already CRLF throughout, as composed messages are: the regular expressions would cost
        # more than the rest of the message transaction, for the same bytes.
        data = message.replace(b"\n.", b"\n..")
        if data.startswith(b"."):
            data = b"." + data
    else:
        data = _LEADING_DOT.sub(b"..", _LINE_ENDS.sub(CRLF, message))
    if not data.endswith(CRLF):
        data += CRLF
    return data + b"." + CRLF


class SmtpConnection:
    """An open, authenticated connection to the profile's server, reused for many messages."""

    def __init__(
        self,
        profile: ProfileInfo,
        password: Credential,
        *,
        report: Callable[[str], None] | None = None,
    ) -> None:
        self.profile = profile
        self._report = report or (lambda _step: None)
        self._client = self._connect()
        try:
            self._secure()
            self._login(password)
        except BaseException:
            self.close()
            raise
        self._pipelining = self._client.has_extn("pipelining")
        self._outgoing: list[bytes] = []

    @property
    def where(self) -> str:
        return f"{self.profile.host}:{self.profile.port}"

    def _connect(self) -> smtplib.SMTP:
        profile = self.profile
        timeout = profile.timeout_seconds
        try:
            if profile.security is SmtpSecurity.SSL:
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    profile.host, profile.port, timeout=timeout, context=tls_context(profile.cafile)
                )
            else:
                client = smtplib.SMTP(profile.host, profile.port, timeout=timeout)
        except ssl.SSLCertVerificationError as exc:
            raise self._certificate_error(exc) from None
        except ssl.SSLError as exc:
            raise TlsFailure(f"TLS with the mail server {self.where} failed: {exc}.") from None
        except socket.gaierror:
            raise ServerUnreachable(
                f"The mail server name '{profile.host}' cannot be found.",
                hint="Check the host name in the SMTP profile.",
            ) from None
        except TimeoutError:
            raise ServerUnreachable(
                f"The mail server {self.where} did not answer within {timeout} s."
            ) from None
        except ConnectionRefusedError:
            raise ServerUnreachable(
                f"The mail server {self.where} refused the connection.",
                hint="Check the host and port in the SMTP profile.",
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise ServerUnreachable(
                f"Cannot connect to the mail server {self.where}: {exc}."
            ) from None
        self._report(f"Connected to {self.where}.")
        try:
            client.ehlo()
        except (smtplib.SMTPException, OSError) as exc:
            raise ServerUnreachable(
                f"The mail server {self.where} dropped the greeting: {exc}."
            ) from None
        return client

    def _certificate_error(self, exc: ssl.SSLCertVerificationError) -> TlsFailure:
        return TlsFailure(
            f"The certificate of the mail server {self.where} could not be verified "
            f"({exc.verify_message or exc.reason}).",
            hint="If your organisation uses its own certificate authority, give its certificate "
            "with: pressdesk smtp set --cafile CA.pem",
        )

    def _secure(self) -> None:
        if self.profile.security is SmtpSecurity.SSL:
            self._report("TLS established (SSL from the start); certificate verified.")
            return
        if self.profile.security is SmtpSecurity.NONE:
            self._report("No encryption (security 'none').")
            return
        if not self._client.has_extn("starttls"):
            raise TlsFailure(
                f"The mail server {self.where} does not offer STARTTLS.",
                hint="Check the port, or choose --security ssl if it expects TLS from the start.",
            )
        try:
            self._client.starttls(context=tls_context(self.profile.cafile))
            self._client.ehlo()
        except ssl.SSLCertVerificationError as exc:
            raise self._certificate_error(exc) from None
        except (ssl.SSLError, smtplib.SMTPException, OSError) as exc:
            raise TlsFailure(f"STARTTLS with the mail server {self.where} failed: {exc}.") from None
        self._report("STARTTLS negotiated; certificate verified.")

    def _login(self, password: Credential) -> None:
        username = self.profile.username
        if username is None:
            self._report("No authentication (the profile has no user name).")
            return
        if password is None:
            raise LoginRefused(f"No password is available for {username}.")
        if not isinstance(password, str):
            self._sign_in(username, password)
            return
        if not self._client.has_extn("auth"):
            raise LoginRefused(
                f"The mail server {self.where} does not offer authentication"
                + (
                    " on an unencrypted connection."
                    if self.profile.security is SmtpSecurity.NONE
                    else "."
                ),
            )
        try:
            self._client.login(username, password)
        except smtplib.SMTPAuthenticationError as exc:
            raise LoginRefused(
                f"The mail server {self.where} refused the password for {username} "
                f"({_decode(exc.smtp_error)}).",
                hint="Save the right one with: pressdesk smtp set --password-stdin",
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise LoginRefused(
                f"Logging in to the mail server {self.where} failed: {exc}."
            ) from None
        self._report(f"Logged in as {username}.")

    def _sign_in(self, username: str, tokens: AccessTokens) -> None:
        """SASL with an OAuth 2.0 access token; a refused token is renewed and tried once more."""
        if self.profile.security is SmtpSecurity.NONE:
            raise LoginRefused("OAuth 2.0 sign-in is only used on an encrypted connection.")
        offered = str(self._client.esmtp_features.get("auth", "")).upper().split()
        mechanism = next((m for m in ("OAUTHBEARER", "XOAUTH2") if m in offered), None)
        if mechanism is None:
            raise LoginRefused(
                f"The mail server {self.where} does not offer OAuth 2.0 sign-in "
                "(OAUTHBEARER or XOAUTH2).",
                hint="Check the host and port, or log in with a password (--auth password).",
            )
        token = tokens.access_token()
        for attempt in (1, 2):
            try:
                self._client.auth(mechanism, self._sasl(mechanism, username, token))
                break
            except smtplib.SMTPAuthenticationError as exc:
                if attempt == 2:
                    raise LoginRefused(
                        f"The mail server {self.where} refused the sign-in of {username} "
                        f"({_decode(exc.smtp_error)}).",
                        hint="Check that the mailbox may send with SMTP AUTH, or sign in again "
                        f"with: pressdesk smtp login --profile {self.profile.name}",
                    ) from None
                self._report("The mail server refused the access token; renewing it.")
                token = tokens.renew(token)
            except (smtplib.SMTPException, OSError) as exc:
                raise LoginRefused(
                    f"Signing in to the mail server {self.where} failed: {exc}."
                ) from None
        self._report(f"Signed in as {username} ({mechanism}).")

    def _sasl(self, mechanism: str, username: str, token: str) -> Callable[..., str]:
        if mechanism == "OAUTHBEARER":
            first = oauthbearer_response(username, token, self.profile.host, self.profile.port)
            after_error = "\x01"  # RFC 7628 §3.2.3: acknowledge the error, then 535 follows
        else:
            first = xoauth2_response(username, token)
            after_error = ""
        # smtplib calls this once with no challenge for the initial response, then once per 334.
        return lambda challenge=None: first if challenge is None else after_error

    def send(self, mail_from: str, recipient: str, message: bytes) -> Reply:
        """Run one message transaction and say what became of it.

        A 5xx on MAIL FROM concerns every message, so it raises :class:`SenderRefused` instead.
        """
        return self.send_data(mail_from, recipient, dot_stuffed(message))

    def send_data(self, mail_from: str, recipient: str, data: bytes) -> Reply:
        """:meth:`send` for a message already made DATA content, as :func:`dot_stuffed` does."""
        client = self._client
        if self._pipelining:
            refused = self.write_envelope(mail_from, recipient)
            if refused is not None:
                return refused
            try:
                self.flush()
                refused = self.read_envelope(mail_from)
                if refused is not None:
                    return refused
                self.write_data(data)
                self.flush()
            except ConnectionLost as lost:
                return lost.reply(after_end_of_data=False)
            try:
                return self.read_final()
            except ConnectionLost as lost:
                return lost.reply(after_end_of_data=True)
        refused, options = self._unusable(mail_from, recipient)
        if refused is not None:
            return refused
        end_of_data_sent = False
        try:
            refused = self._envelope_one_by_one(mail_from, recipient, options)
            if refused is not None:
                return refused
            client.send(data)
            end_of_data_sent = True
            code, response = client.getreply()
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self.close()
            return _lost(exc).reply(after_end_of_data=end_of_data_sent)
        return _final(code, response)

    def _unusable(self, mail_from: str, recipient: str) -> tuple[Reply | None, list[str]]:
        """A refusal for addresses that cannot go in a command, else the MAIL options they need."""
        if any(ch in mail_from + recipient for ch in "\r\n\0<>"):
            return Reply(Outcome.FAILED, None, "The address cannot be used in an SMTP command."), []
        if (mail_from + recipient).isascii():
            return None, []
        if not self._client.has_extn("smtputf8"):
            return Reply(
                Outcome.FAILED, None, "The mail server does not accept international addresses."
            ), []
        return None, ["SMTPUTF8"]

    # --- transactions written ahead of their replies (pipelining) -------------------------

    @property
    def pipelines(self) -> bool:
        """Whether the server takes commands written ahead of their replies (RFC 2920)."""
        return self._pipelining

    def write_envelope(self, mail_from: str, recipient: str) -> Reply | None:
        """Queue MAIL, RCPT and DATA for :meth:`flush`; a Reply instead when they cannot be sent.

        Their three replies are read by :meth:`read_envelope`, after any reply written before.
        """
        refused, options = self._unusable(mail_from, recipient)
        if refused is not None:
            return refused
        extra = "".join(f" {option}" for option in options)
        # The addresses were checked above (no brackets or line breaks), so they go in as they
        # are; smtplib's quoteaddr would parse each one again at some cost per message.
        self._outgoing.append(
            f"MAIL FROM:<{mail_from}>{extra}\r\nRCPT TO:<{recipient}>\r\nDATA\r\n".encode()
        )
        return None

    def write_data(self, data: bytes) -> None:
        """Queue a message's DATA content (as :func:`dot_stuffed` makes it) for :meth:`flush`."""
        self._outgoing.append(data)

    def flush(self) -> None:
        """Send what was queued in one write; raises :class:`ConnectionLost`."""
        outgoing, self._outgoing = b"".join(self._outgoing), []
        try:
            if self._client.sock is None:
                raise smtplib.SMTPServerDisconnected("not connected")
            self._client.sock.sendall(outgoing)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self.close()
            raise _lost(exc) from None

    def read_envelope(self, mail_from: str) -> Reply | None:
        """The replies to an envelope: None when the server waits for the data, else a Reply.

        Raises :class:`SenderRefused` like :meth:`send`, and :class:`ConnectionLost`.
        """
        mail_code, mail_response = self._read_reply()
        rcpt_code, rcpt_response = self._read_reply()
        data_code, data_response = self._read_reply()
        if data_code == 354 and (mail_code != 250 or rcpt_code not in (250, 251)):
            self._outgoing.append(b".\r\n")  # a server that opened DATA anyway: empty message
            self.flush()
            self._read_reply()
        if mail_code != 250:
            return self._refused_sender(mail_from, mail_code, mail_response)
        if rcpt_code not in (250, 251):
            return _classify(rcpt_code, rcpt_response, healthy=self._reset())
        if data_code != 354:
            return _classify(data_code, data_response, healthy=self._reset())
        return None

    def read_final(self) -> Reply:
        """The reply to the end of a message's data; raises :class:`ConnectionLost`."""
        return _final(*self._read_reply())

    def abandon(self) -> None:
        """Hang up in the middle of a message's data: the server must discard what it has."""
        with contextlib.suppress(OSError):
            self._client.close()

    def _read_reply(self) -> tuple[int, bytes]:
        """One reply, read as smtplib does but without its per-line bookkeeping."""
        client = self._client
        lines = []
        try:
            if client.file is None:
                if client.sock is None:
                    raise smtplib.SMTPServerDisconnected("not connected")
                client.file = client.sock.makefile("rb")
            while True:
                line = client.file.readline(_MAX_LINE + 1)
                if not line or len(line) > _MAX_LINE:
                    raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
                lines.append(line[4:].strip(b" \t\r\n"))
                if line[3:4] != b"-":
                    break
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            self.close()
            raise _lost(exc) from None
        try:
            code = int(line[:3])
        except ValueError:
            code = -1
        return code, b"\n".join(lines)

    def _refused_sender(self, mail_from: str, code: int, response: bytes) -> Reply:
        healthy = self._reset()
        if code >= 500:
            raise SenderRefused(
                f"The mail server {self.where} refused the sender {mail_from}: "
                f"{code} {_decode(response)}."
            )
        return _classify(code, response, healthy=healthy)

    def _envelope_one_by_one(
        self, mail_from: str, recipient: str, options: list[str]
    ) -> Reply | None:
        """MAIL, RCPT and DATA, each waiting for its reply; None when the data may follow."""
        client = self._client
        code, response = client.mail(mail_from, options)
        if code != 250:
            return self._refused_sender(mail_from, code, response)
        code, response = client.rcpt(recipient)
        if code not in (250, 251):
            return _classify(code, response, healthy=self._reset())
        client.putcmd("data")
        code, response = client.getreply()
        if code != 354:
            return _classify(code, response, healthy=self._reset())
        return None

    def _reset(self) -> bool:
        """Abandon the transaction; False when the connection did not survive it."""
        try:
            code, _response = self._client.rset()
        except (smtplib.SMTPException, OSError):
            self.close()
            return False
        return code == 250

    def close(self) -> None:
        """Say goodbye politely if the server still listens; never raise."""
        with contextlib.suppress(smtplib.SMTPException, OSError):
            self._client.quit()
        with contextlib.suppress(OSError):
            self._client.close()


def check_connection(profile: ProfileInfo, password: Credential) -> list[str]:
    """Connect, secure and log in, then hang up; return the steps in words.

    Raises the same errors as a send would (unreachable, TLS, login), each with a hint.
    """
    steps: list[str] = []
    SmtpConnection(profile, password, report=steps.append).close()
    return steps
