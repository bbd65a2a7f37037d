"""An OAuth 2.0 authorization server double over HTTPS, standing in for Microsoft's or Google's.

The server speaks just enough of RFC 6749, 7636 and 8628 for PressDesk's sign-ins: a device
authorization endpoint, an authorization endpoint that redirects to the loopback address it was
given, and a token endpoint for the device_code, authorization_code (with the PKCE S256 check)
and refresh_token grants. Access tokens can be made to expire quickly, refresh tokens revoked.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import secrets
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme

CLIENT_ID = "pressdesk-test-client"


@dataclass
class _Device:
    user_code: str
    scope: str
    polls: int = 0
    approved: bool = False
    denied: bool = False


@dataclass
class _Code:
    challenge: str
    redirect_uri: str
    scope: str


@dataclass
class AuthorizationServer:
    """The identity provider double; its state is read and changed by the tests."""

    authority: trustme.CA
    access_lifetime: int = 3600
    rotate_refresh_tokens: bool = False
    approve_after_polls: int | None = 2  # the "person" has signed in by this poll
    slow_down_polls: set[int] = field(default_factory=set)  # answer slow_down to these polls
    device_interval: int = 1
    device_lifetime: int = 120
    client_secret: str | None = None  # when set, the token endpoint wants it (as Google's does)
    lock: threading.Lock = field(default_factory=threading.Lock)
    access_tokens: dict[str, float] = field(default_factory=dict)  # token -> expiry (monotonic)
    refresh_tokens: set[str] = field(default_factory=set)
    issued_refresh_tokens: list[str] = field(default_factory=list)
    devices: dict[str, _Device] = field(default_factory=dict)
    codes: dict[str, _Code] = field(default_factory=dict)
    grants: Counter[str] = field(default_factory=Counter)
    authorize_requests: list[dict[str, str]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # OAuth error codes answered
    introspected: list[bool] = field(default_factory=list)  # what /introspect said, in turn
    mailbox_user: str = "press"  # whose tokens these are, for a mail server that introspects

    def start(self) -> None:
        certificate = self.authority.issue_cert("127.0.0.1")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        certificate.configure_cert(context)
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def authorize_url(self) -> str:
        return f"{self.base_url}/authorize"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/token"

    @property
    def device_url(self) -> str:
        return f"{self.base_url}/devicecode"

    @property
    def introspection_url(self) -> str:
        return f"{self.base_url}/introspect"

    # --- what the tests do to it

    def valid_access_token(self, token: str) -> bool:
        with self.lock:
            expiry = self.access_tokens.get(token)
            return expiry is not None and time.monotonic() < expiry

    def expire_access_tokens(self) -> None:
        with self.lock:
            self.access_tokens.clear()

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            self.refresh_tokens.clear()

    # --- the endpoints

    def _issue(self, scope: str, *, with_refresh: bool = True) -> dict[str, Any]:
        access = "at-" + secrets.token_urlsafe(16)
        self.access_tokens[access] = time.monotonic() + self.access_lifetime
        answer: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.access_lifetime,
            "scope": scope,
        }
        if with_refresh:
            refresh = "rt-" + secrets.token_urlsafe(24)
            self.refresh_tokens.add(refresh)
            self.issued_refresh_tokens.append(refresh)
            answer["refresh_token"] = refresh
        return answer

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("client_id") != CLIENT_ID:
            return self._error(401, "invalid_client")
        if self.client_secret is not None and form.get("client_secret") != self.client_secret:
            return self._error(401, "invalid_client")
        grant = form.get("grant_type", "")
        with self.lock:
            self.grants[grant] += 1
            if grant == "refresh_token":
                old = form.get("refresh_token", "")
                if old not in self.refresh_tokens:
                    return self._error(400, "invalid_grant")
                if self.rotate_refresh_tokens:
                    self.refresh_tokens.discard(old)
                    return 200, self._issue(form.get("scope", ""))
                return 200, self._issue(form.get("scope", ""), with_refresh=False)
            if grant == "authorization_code":
                code = self.codes.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                challenge = (
                    base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
                    .rstrip(b"=")
                    .decode()
                )
                if (
                    code is None
                    or code.redirect_uri != form.get("redirect_uri")
                    or not secrets.compare_digest(code.challenge, challenge)
                ):
                    return self._error(400, "invalid_grant")
                return 200, self._issue(code.scope)
            if grant == "urn:ietf:params:oauth:grant-type:device_code":
                device = self.devices.get(form.get("device_code", ""))
                if device is None:
                    return self._error(400, "expired_token")
                device.polls += 1
                if device.polls in self.slow_down_polls:
                    return self._error(400, "slow_down")
                if self.approve_after_polls is not None and device.polls >= (
                    self.approve_after_polls
                ):
                    device.approved = True
                if device.denied:
                    return self._error(400, "access_denied")
                if not device.approved:
                    return self._error(400, "authorization_pending")
                del self.devices[form["device_code"]]
                return 200, self._issue(device.scope)
        return self._error(400, "unsupported_grant_type")

    def _error(self, status: int, error: str) -> tuple[int, dict[str, Any]]:
        self.refused.append(error)
        return status, {"error": error, "error_description": f"The double says {error}."}

    def introspect(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """RFC 7662, as a mail server (Dovecot) asks about a token it was given."""
        active = self.valid_access_token(form.get("token", ""))
        with self.lock:
            self.introspected.append(active)
        if not active:
            return 200, {"active": False}
        return 200, {"active": True, "username": self.mailbox_user}

    def device_authorization(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("client_id") != CLIENT_ID:
            return self._error(401, "invalid_client")
        device_code = secrets.token_urlsafe(16)
        user_code = "WDJB-MJHT"
        with self.lock:
            self.devices[device_code] = _Device(user_code, form.get("scope", ""))
        return 200, {
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": f"{self.base_url}/device",
            "expires_in": self.device_lifetime,
            "interval": self.device_interval,
        }

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str]]:
        """A redirect straight back: the person is taken to have signed in and consented."""
        with self.lock:
            self.authorize_requests.append(query)
        redirect_uri = query.get("redirect_uri", "")
        if (
            query.get("client_id") != CLIENT_ID
            or query.get("response_type") != "code"
            or query.get("code_challenge_method") != "S256"
            or not query.get("code_challenge")
            or not redirect_uri.startswith("http://127.0.0.1:")
        ):
            return 400, {}
        code = secrets.token_urlsafe(16)
        with self.lock:
            self.codes[code] = _Code(query["code_challenge"], redirect_uri, query.get("scope", ""))
        location = (
            redirect_uri
            + "?"
            + urllib.parse.urlencode({"code": code, "state": query.get("state", "")})
        )
        return 302, {"Location": location}


def _handler_for(server: AuthorizationServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
            path = urllib.parse.urlsplit(self.path).path
            if path == "/token":
                status, answer = server.token(form)
            elif path == "/devicecode":
                status, answer = server.device_authorization(form)
            elif path == "/introspect":
                status, answer = server.introspect(form)
            else:
                status, answer = 404, {"error": "not_found"}
            body = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            if parts.path != "/authorize":
                self.send_error(404)
                return
            status, headers = server.authorize(dict(urllib.parse.parse_qsl(parts.query)))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def stand_in_browser(
    cafile: Path, *, tamper_state: bool = False
) -> tuple[Callable[[str], bool], list[tuple[int, str]]]:
    """A stand-in for the system browser: follows the provider's redirect to the loopback URL.

    It runs on its own thread, as a browser is its own process; ``pages`` collects what the
    loopback page said.
    """
    pages: list[tuple[int, str]] = []
    context = ssl.create_default_context(cafile=str(cafile))
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context))

    class Tamper(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            parts = urllib.parse.urlsplit(newurl)
            query = dict(urllib.parse.parse_qsl(parts.query))
            query["state"] = "forged"
            newurl = parts._replace(query=urllib.parse.urlencode(query)).geturl()
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    if tamper_state:
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), Tamper())

    def visit(url: str) -> None:
        try:
            with opener.open(url, timeout=10) as response:
                pages.append((response.status, response.read().decode()))
        except urllib.error.HTTPError as exc:
            pages.append((exc.code, exc.read().decode()))

    def open_browser(url: str) -> bool:
        threading.Thread(target=visit, args=(url,), daemon=True).start()
        return True

    return open_browser, pages
