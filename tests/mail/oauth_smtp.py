"""SMTP handlers offering XOAUTH2 and OAUTHBEARER that accept only the provider double's tokens."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.smtp import MISSING, SMTP, AuthResult
from mailtesting import FaultyHandler

from oauth_provider import AuthorizationServer


@dataclass
class XOAuth2Handler(FaultyHandler):
    """An SMTP handler offering AUTH XOAUTH2 that checks tokens with the authorization server.

    ``expire_tokens_at`` names recipients whose RCPT makes every access token invalid (as a
    provider's token lifetime running out mid-send would).
    """

    authorization: AuthorizationServer | None = None
    expire_tokens_at: set[str] = field(default_factory=set)
    sign_ins: list[tuple[str, str, bool]] = field(default_factory=list)  # mechanism, user, ok

    async def handle_RCPT(self, server: SMTP, session: Any, envelope: Any, address: str, options):
        if address.lower() in self.expire_tokens_at and self.authorization is not None:
            self.authorization.expire_access_tokens()
        return await super().handle_RCPT(server, session, envelope, address, options)

    async def _check(self, server: SMTP, mechanism: str, user: str, token: str) -> AuthResult:
        assert self.authorization is not None
        ok = self.authorization.valid_access_token(token)
        with self.lock:
            self.sign_ins.append((mechanism, user, ok))
        if ok:
            return AuthResult(success=True, auth_data=user)
        # Like Gmail and Exchange Online: an error challenge, the client's empty answer, a 535.
        error = json.dumps({"status": "401", "schemes": "bearer"})
        await server.challenge_auth(error)
        return AuthResult(success=False, handled=False, message="535 5.7.8 Token not accepted")

    async def _initial(self, server: SMTP, args: list[str]) -> bytes | None:
        if len(args) == 2:
            return base64.b64decode(args[1])
        blob = await server.challenge_auth("")
        return None if blob is MISSING else bytes(blob)

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        blob = await self._initial(server, args)
        if blob is None:
            return AuthResult(success=False, handled=True)
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        token = fields.get("auth", "").removeprefix("Bearer ")
        return await self._check(server, "XOAUTH2", fields.get("user", ""), token)


@dataclass
class BearerHandler(XOAuth2Handler):
    """Also offers OAUTHBEARER (RFC 7628), which the client should prefer."""

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult:
        blob = await self._initial(server, args)
        if blob is None:
            return AuthResult(success=False, handled=True)
        header, *pairs = blob.decode().split("\x01")
        user = header.split(",")[1].removeprefix("a=")
        fields = dict(pair.split("=", 1) for pair in pairs if "=" in pair)
        token = fields.get("auth", "").removeprefix("Bearer ")
        return await self._check(server, "OAUTHBEARER", user, token)
