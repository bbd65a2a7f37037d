"""Signing in to Microsoft 365, Google or another provider with OAuth 2.0, and the tokens.

Two ways to sign in, both ending with a refresh token in the OS keyring (and nowhere else):

- :func:`start_device_sign_in` and :func:`finish_device_sign_in`: the device authorization grant
  (RFC 8628) for the command line — a code to type on any device with a browser.
- :func:`browser_sign_in`: the authorization code grant with PKCE (RFC 7636, S256) and a
  loopback redirect to ``http://127.0.0.1:<ephemeral port>/`` (RFC 8252), for the desktop.

Sending asks a :class:`TokenSource` for access tokens: they are kept in memory only, renewed a
little before they expire and once more when the mail server refuses one. A refresh token the
provider no longer accepts raises :class:`SignInRequired`. A new refresh token handed out with a
refresh (rotation) replaces the old one in the keyring.

The protocol messages are built and parsed by ``oauthlib``; the HTTP requests go through
``urllib`` with the same verifying TLS context and timeout as the mail connections.
"""

from __future__ import annotations

import contextlib
import html
import http.server
import json
import logging
import secrets
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from oauthlib.oauth2 import DeviceClient, OAuth2Error, WebApplicationClient
from oauthlib.oauth2.rfc6749.parameters import parse_token_response

from pressdesk import secret_store
from pressdesk.errors import EnvironmentProblem, InvalidInput
from pressdesk.jobs import Job, Progress
from pressdesk.mail.oauth_config import OAuthSettings, SignInRequired
from pressdesk.mail.profiles import ProfileInfo, client_secret_identity, token_identity
from pressdesk.mail.transport import tls_context

log = logging.getLogger(__name__)

BROWSER_SIGN_IN_SECONDS = 300.0
SLOW_DOWN_SECONDS = 5  # RFC 8628 §3.5: add this to the polling interval on "slow_down"
MAX_RENEW_MARGIN = 60.0  # renew an access token this long before it expires, at most


class SignInFailed(EnvironmentProblem):
    """A sign-in did not complete: declined, expired, or the provider answered nonsense."""


class ProviderUnreachable(EnvironmentProblem):
    """The identity provider could not be reached or refused the request."""


def _client_secret(profile: ProfileInfo) -> str | None:
    return secret_store.read_secret(client_secret_identity(profile.name))


def _how_to_sign_in(profile_name: str) -> str:
    return f"Sign in again with: pressdesk smtp login --profile {profile_name}"


# ---- HTTP --------------------------------------------------------------------------------------


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A token endpoint that redirects is misconfigured; never resend the form elsewhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _post_form(url: str, body: str, *, cafile: str | None, timeout: float) -> dict[str, Any]:
    """POST a form, return the JSON answer (also for 4xx answers, which carry OAuth errors)."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=tls_context(cafile)), _NoRedirects()
    )
    request = urllib.request.Request(  # noqa: S310 - only https URLs get here (checked on save)
        url,
        data=body.encode("ascii"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        },
        method="POST",
    )
    where = urllib.parse.urlsplit(url).netloc
    try:
        with opener.open(request, timeout=timeout) as response:
            raw = response.read(1_000_000)
    except urllib.error.HTTPError as exc:
        raw = exc.read(1_000_000)
        if exc.code >= 500 or not raw.strip().startswith(b"{"):
            raise ProviderUnreachable(
                f"The sign-in service {where} answered with an error ({exc.code})."
            ) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, ssl.SSLCertVerificationError):
            raise ProviderUnreachable(
                f"The certificate of the sign-in service {where} could not be verified "
                f"({reason.verify_message or reason.reason}).",
                hint="If your organisation uses its own certificate authority, give its "
                "certificate with: pressdesk smtp set --cafile CA.pem",
            ) from None
        raise ProviderUnreachable(
            f"The sign-in service {where} cannot be reached: {reason}."
        ) from None
    except OSError as exc:  # timeouts included
        raise ProviderUnreachable(
            f"The sign-in service {where} cannot be reached: {exc}."
        ) from None
    try:
        answer = json.loads(raw)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise ProviderUnreachable(f"The sign-in service {where} did not answer in JSON.")
    return answer


def _token_request(settings: OAuthSettings, body: str, profile: ProfileInfo) -> dict[str, Any]:
    """Run one token request; OAuth errors come back as ``OAuth2Error`` (with ``.error``)."""
    answer = _post_form(
        settings.token_url, body, cafile=profile.cafile, timeout=profile.timeout_seconds
    )
    return dict(parse_token_response(json.dumps(answer)))


# ---- the tokens --------------------------------------------------------------------------------


@dataclass
class _AccessToken:
    value: str
    renew_at: float  # time.monotonic() after which it is renewed first


class TokenSource:
    """Access tokens for one profile, kept in memory and shared by the sending threads."""

    def __init__(self, profile: ProfileInfo, *, clock: Callable[[], float] = time.monotonic):
        self.profile = profile
        self.settings = profile.oauth_settings
        self._clock = clock
        self._lock = threading.Lock()
        self._current: _AccessToken | None = None
        self.refreshes = 0  # how many times a token was asked for, for the "Test" report

    @property
    def username(self) -> str:
        return self.profile.username or self.profile.from_address

    def access_token(self) -> str:
        """A token that is not about to expire, asking the provider for a new one if needed."""
        with self._lock:
            current = self._current
            if current is None or self._clock() >= current.renew_at:
                current = self._refresh()
            return current.value

    def renew(self, rejected: str) -> str:
        """The server refused ``rejected``: get another (once, however many threads ask)."""
        with self._lock:
            if self._current is None or self._current.value == rejected:
                self._current = None
                return self._refresh().value
            return self._current.value

    def remember(self, answer: dict[str, Any]) -> None:
        """Keep the access token of a fresh sign-in."""
        with self._lock:
            self._current = self._cache(answer)

    def _cache(self, answer: dict[str, Any]) -> _AccessToken:
        lifetime = float(answer.get("expires_in") or 3600)
        margin = min(MAX_RENEW_MARGIN, lifetime / 5)
        token = _AccessToken(str(answer["access_token"]), self._clock() + lifetime - margin)
        self._current = token
        return token

    def _refresh(self) -> _AccessToken:
        name = self.profile.name
        refresh_token = secret_store.read_secret(token_identity(name))
        if refresh_token is None:
            raise SignInRequired(
                f"Nobody is signed in for the SMTP profile '{name}'.",
                hint=_how_to_sign_in(name),
                profile_name=name,
            )
        body = WebApplicationClient(self.settings.client_id).prepare_refresh_body(
            refresh_token=refresh_token,
            scope=list(self.settings.scopes),
            client_id=self.settings.client_id,
            client_secret=_client_secret(self.profile),
        )
        try:
            answer = _token_request(self.settings, body, self.profile)
        except OAuth2Error as exc:
            if exc.error in ("invalid_grant", "invalid_token", "interaction_required"):
                raise SignInRequired(
                    f"The sign-in to {self.settings.provider_label} for the SMTP profile "
                    f"'{name}' ({self.username}) has expired or was revoked.",
                    hint=_how_to_sign_in(name),
                    profile_name=name,
                ) from None
            raise ProviderUnreachable(
                f"{self.settings.provider_label} refused to renew the sign-in for '{name}': "
                f"{exc.error}."
            ) from None
        rotated = answer.get("refresh_token")
        if rotated and rotated != refresh_token:
            secret_store.store_secret(token_identity(name), str(rotated))
        self.refreshes += 1
        log.info("Renewed the access token of SMTP profile %s", name)
        return self._cache(answer)


_sources: dict[tuple[Any, ...], TokenSource] = {}
_sources_lock = threading.Lock()


def _key(profile: ProfileInfo) -> tuple[Any, ...]:
    settings = profile.oauth_settings
    return (profile.name, profile.username, settings.token_url, settings.client_id, settings.scopes)


def token_source(profile: ProfileInfo) -> TokenSource:
    """The profile's token source (one per profile and settings in this process).

    Raises :class:`SignInRequired` at once when no refresh token is in the keyring.
    """
    if secret_store.read_secret(token_identity(profile.name)) is None:
        raise SignInRequired(
            f"Nobody is signed in for the SMTP profile '{profile.name}' yet.",
            hint=_how_to_sign_in(profile.name),
            profile_name=profile.name,
        )
    with _sources_lock:
        source = _sources.get(_key(profile))
        if source is None:
            source = _sources[_key(profile)] = TokenSource(profile)
        return source


def _forget(profile_name: str) -> None:
    with _sources_lock:
        for key in [key for key in _sources if key[0] == profile_name]:
            del _sources[key]


def is_signed_in(profile: ProfileInfo) -> bool:
    return secret_store.read_secret(token_identity(profile.name)) is not None


def sign_out(profile: ProfileInfo) -> bool:
    """Forget the profile's tokens here; return whether there was a sign-in to forget.

    The app's client secret, if any, stays: it belongs to the settings, not to the sign-in.
    """
    had = is_signed_in(profile)
    secret_store.delete_secret(token_identity(profile.name))
    _forget(profile.name)
    return had


@dataclass(frozen=True)
class SignedIn:
    profile: str
    account: str
    provider: str


def _signed_in(profile: ProfileInfo, answer: dict[str, Any]) -> SignedIn:
    refresh_token = answer.get("refresh_token")
    if not refresh_token:
        raise SignInFailed(
            f"{profile.oauth_settings.provider_label} signed you in but gave no refresh token, "
            "so PressDesk could not stay signed in.",
            hint="Check that the scopes include offline access (Microsoft: offline_access).",
        )
    secret_store.store_secret(token_identity(profile.name), str(refresh_token))
    _forget(profile.name)
    token_source(profile).remember(answer)
    log.info("Signed in for SMTP profile %s", profile.name)
    account = profile.username or profile.from_address
    return SignedIn(profile.name, account, profile.oauth_settings.provider_label)


def _require_oauth(profile: ProfileInfo) -> OAuthSettings:
    if not profile.uses_oauth:
        raise InvalidInput(
            f"The SMTP profile '{profile.name}' logs in with a password, not OAuth 2.0.",
            hint=f"Switch it with: pressdesk smtp set --profile {profile.name} --auth oauth2 "
            "--provider microsoft --client-id ID",
        )
    return profile.oauth_settings


# ---- the device authorization grant (RFC 8628) -------------------------------------------------


@dataclass(frozen=True)
class DeviceAuthorization:
    """What to tell the person: where to go and which code to type."""

    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_in: float
    interval: float
    device_code: str = field(repr=False)


def start_device_sign_in(profile: ProfileInfo) -> DeviceAuthorization:
    """Ask the provider for a code for the person to enter in a browser."""
    settings = _require_oauth(profile)
    _client_secret(profile)  # no usable keyring: say so before anyone signs in for nothing
    if settings.device_url is None:
        raise InvalidInput(
            f"{settings.provider_label} does not offer sign-in with a code for mail.",
            hint="Sign in from the desktop app (Preferences → Sending), which opens the browser.",
        )
    body = urllib.parse.urlencode(
        {"client_id": settings.client_id, "scope": " ".join(settings.scopes)}
    )
    answer = _post_form(
        settings.device_url, body, cafile=profile.cafile, timeout=profile.timeout_seconds
    )
    if "error" in answer:
        raise SignInFailed(
            f"{settings.provider_label} refused to start the sign-in: {answer['error']}"
            + (f" ({answer['error_description']})" if answer.get("error_description") else "")
            + "."
        )
    try:
        # Some providers say verification_url, as drafts of RFC 8628 did.
        uri = str(answer.get("verification_uri") or answer["verification_url"])
        return DeviceAuthorization(
            user_code=str(answer["user_code"]),
            verification_uri=uri,
            verification_uri_complete=answer.get("verification_uri_complete"),
            expires_in=float(answer.get("expires_in") or 900),
            interval=float(answer.get("interval") or 5),
            device_code=str(answer["device_code"]),
        )
    except (KeyError, TypeError, ValueError):
        raise SignInFailed(
            f"{settings.provider_label} answered the sign-in request without a code."
        ) from None


def finish_device_sign_in(
    profile: ProfileInfo,
    authorization: DeviceAuthorization,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Job[SignedIn]:
    """Poll the token endpoint until the person has signed in, declined, or the code expired."""
    settings = _require_oauth(profile)
    deadline = clock() + authorization.expires_in
    interval = authorization.interval
    body = DeviceClient(settings.client_id).prepare_request_body(
        authorization.device_code, include_client_id=True, client_secret=_client_secret(profile)
    )
    while True:
        left = deadline - clock()
        if left <= 0:
            raise SignInFailed(
                "The sign-in code expired before anyone used it.",
                hint=f"Run pressdesk smtp login --profile {profile.name} again.",
            )
        yield Progress(0, None, f"Waiting for the sign-in ({int(left)} s left)")
        sleep(min(interval, left))
        try:
            answer = _token_request(settings, body, profile)
        except OAuth2Error as exc:
            if exc.error == "authorization_pending":
                continue
            if exc.error == "slow_down":
                interval += SLOW_DOWN_SECONDS
                continue
            if exc.error == "expired_token":
                deadline = clock()
                continue
            if exc.error in ("access_denied", "authorization_declined"):
                raise SignInFailed("The sign-in was declined.") from None
            raise SignInFailed(
                f"{settings.provider_label} refused the sign-in: {exc.error}"
                + (f" ({exc.description})" if exc.description else "")
                + "."
            ) from None
        return _signed_in(profile, answer)


# ---- authorization code with PKCE and a loopback redirect (RFC 7636, RFC 8252) -----------------


_DONE_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>PressDesk</title></head>"
    "<body style='font-family:sans-serif;margin:3em'><h1>{title}</h1><p>{text}</p></body></html>"
)


class _Redirect(http.server.BaseHTTPRequestHandler):
    """Takes the browser's one redirect back to the app; anything else gets a 404."""

    timeout = 10
    server: _LoopbackServer

    def do_GET(self) -> None:
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
        if urllib.parse.urlsplit(self.path).path != "/" or not (
            "code" in query or "error" in query
        ):
            self.send_error(404)
            return
        if self.server.answer is None:
            self.server.answer = query
        ok = "code" in query and secrets.compare_digest(
            query.get("state", ""), self.server.expected_state
        )
        page = _DONE_PAGE.format(
            title="Signed in" if ok else "Not signed in",
            text=html.escape(
                "You can close this tab and go back to PressDesk."
                if ok
                else "The sign-in did not complete. Go back to PressDesk and try again."
            ),
        ).encode("utf-8")
        self.send_response(200 if ok else 400)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, format: str, *args: Any) -> None:
        """The query holds the authorization code: never log it."""


class _LoopbackServer(http.server.HTTPServer):
    timeout = 0.2  # handle_request() returns this often, so the job can be cancelled

    def __init__(self, expected_state: str) -> None:
        super().__init__(("127.0.0.1", 0), _Redirect)
        self.expected_state = expected_state
        self.answer: dict[str, str] | None = None

    @property
    def port(self) -> int:
        return int(self.server_address[1])


def browser_sign_in(
    profile: ProfileInfo,
    open_browser: Callable[[str], object],
    *,
    timeout: float = BROWSER_SIGN_IN_SECONDS,
) -> Job[SignedIn]:
    """Sign in in the system browser: open the provider's page, wait for its redirect here.

    ``open_browser`` receives the authorization URL (``webbrowser.open`` or the desktop's
    ``QDesktopServices.openUrl``); tests pass a client that follows the redirect.
    """
    settings = _require_oauth(profile)
    client_secret = _client_secret(profile)  # and a missing keyring shows before the browser
    client = WebApplicationClient(settings.client_id)
    verifier = client.create_code_verifier(64)
    challenge = client.create_code_challenge(verifier, "S256")
    state = secrets.token_urlsafe(24)
    server = _LoopbackServer(state)
    try:
        redirect_uri = f"http://127.0.0.1:{server.port}/"
        url = client.prepare_request_uri(
            settings.authorize_url,
            redirect_uri=redirect_uri,
            scope=list(settings.scopes),
            state=state,
            code_challenge=challenge,
            code_challenge_method="S256",
            login_hint=profile.username or profile.from_address,
        )
        open_browser(url)
        deadline = time.monotonic() + timeout
        message = f"Sign in to {settings.provider_label} in your browser"
        while server.answer is None:
            if time.monotonic() > deadline:
                raise SignInFailed("Nobody signed in in the browser in time.")
            yield Progress(0, None, message)
            with contextlib.suppress(OSError):
                server.handle_request()
        answer = server.answer
    finally:
        server.server_close()
    if "error" in answer:
        if answer["error"] == "access_denied":
            raise SignInFailed("The sign-in was declined in the browser.")
        raise SignInFailed(f"{settings.provider_label} refused the sign-in: {answer['error']}.")
    if not secrets.compare_digest(answer.get("state", ""), state):
        raise SignInFailed("The browser's answer did not belong to this sign-in; nothing changed.")
    yield Progress(1, None, "Completing the sign-in")  # done=1: the browser part is over
    body = client.prepare_request_body(
        code=answer["code"],
        redirect_uri=redirect_uri,
        code_verifier=verifier,
        include_client_id=True,
        client_secret=client_secret,
    )
    try:
        tokens = _token_request(settings, body, profile)
    except OAuth2Error as exc:
        raise SignInFailed(
            f"{settings.provider_label} refused the sign-in: {exc.error}"
            + (f" ({exc.description})" if exc.description else "")
            + "."
        ) from None
    return _signed_in(profile, tokens)
