"""Which identity provider a profile signs in with: Microsoft 365, Google, or custom endpoints.

A profile with ``auth = oauth2`` keeps these settings in its ``oauth`` JSON column: the provider,
the client ID of the app the organisation's IT registered (a public client: no secret), the tenant
for Microsoft, and for a custom provider its endpoints and scopes. None of it is secret; the
refresh token lives in the keyring (see :mod:`pressdesk.mail.oauth`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pressdesk.errors import EnvironmentProblem, InvalidInput


class SignInRequired(EnvironmentProblem):
    """Nobody is signed in for the profile, or the provider no longer accepts the sign-in.

    ``profile_name`` says which profile, so the desktop can offer to sign in to it again.
    """

    def __init__(
        self, message: str, *, hint: str | None = None, profile_name: str | None = None
    ) -> None:
        super().__init__(message, hint=hint)
        self.profile_name = profile_name


MICROSOFT = "microsoft"
GOOGLE = "google"
CUSTOM = "custom"
PROVIDERS = (MICROSOFT, GOOGLE, CUSTOM)
DEFAULT_TENANT = "organizations"

_MICROSOFT_LOGIN = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0"
MICROSOFT_SCOPES = ("https://outlook.office.com/SMTP.Send", "offline_access")
GOOGLE_SCOPES = ("https://mail.google.com/",)

# Where each preset's mail server is, used when a new profile names no host.
PRESET_SERVERS = {MICROSOFT: ("smtp.office365.com", 587), GOOGLE: ("smtp.gmail.com", 587)}

# A tenant is a GUID, a domain name, or one of "organizations", "common", "consumers".
_TENANT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,252}$")
_CLIENT_ID = re.compile(r"^[A-Za-z0-9._\-]{1,200}$")
_SCOPE = re.compile(r"^[\x21\x23-\x5b\x5d-\x7e]{1,300}$")  # RFC 6749 scope-token characters


@dataclass(frozen=True)
class OAuthSettings:
    """Everything needed to ask for tokens; URLs already resolved for the presets."""

    provider: str
    client_id: str
    authorize_url: str
    token_url: str
    device_url: str | None  # None: this provider offers no device sign-in for mail
    scopes: tuple[str, ...]
    tenant: str | None = None

    @property
    def provider_label(self) -> str:
        return {MICROSOFT: "Microsoft 365", GOOGLE: "Google"}.get(self.provider, "your provider")


@dataclass(frozen=True)
class OAuthChanges:
    """What ``smtp set`` was asked to change about the sign-in; None leaves a value as it was."""

    provider: str | None = None
    tenant: str | None = None
    client_id: str | None = None
    authorize_url: str | None = None
    token_url: str | None = None
    device_url: str | None = None
    scopes: tuple[str, ...] | None = None

    @property
    def any(self) -> bool:
        return any(value is not None for value in vars(self).values())

    @property
    def endpoints(self) -> bool:
        return any(
            value is not None for value in (self.authorize_url, self.token_url, self.device_url)
        )


def check_https_url(url: str, option: str) -> str:
    """Refuse anything but an absolute https URL: tokens never travel in clear."""
    value = url.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme != "https"
        or not parts.hostname
        or any(ch.isspace() for ch in value)
    ):
        raise InvalidInput(f"{option} must be an https:// address, not '{url}'.")
    return value


def merge_oauth(current: dict[str, Any], changes: OAuthChanges) -> dict[str, Any]:
    """The profile's new ``oauth`` column, or a clear error for options that do not fit."""
    provider = changes.provider or current.get("provider")
    if provider is None:
        raise InvalidInput(
            "Signing in with OAuth 2.0 needs a provider.",
            hint="Add --provider microsoft, --provider google or --provider custom.",
        )
    if provider not in PROVIDERS:
        raise InvalidInput(f"Unknown provider '{provider}'; use one of {', '.join(PROVIDERS)}.")
    switching = changes.provider is not None and changes.provider != current.get("provider")
    merged: dict[str, Any] = {} if switching else dict(current)  # client IDs are per provider
    merged["provider"] = provider
    if changes.tenant is not None and provider != MICROSOFT:
        raise InvalidInput("--tenant only applies to --provider microsoft.")
    if changes.endpoints and provider != CUSTOM:
        raise InvalidInput(
            "--authorize-url, --token-url and --device-url only apply to --provider custom; "
            f"the {provider} endpoints are built in."
        )
    if changes.client_id is not None:
        if not _CLIENT_ID.match(changes.client_id.strip()):
            raise InvalidInput(f"'{changes.client_id}' is not a client ID.")
        merged["client_id"] = changes.client_id.strip()
    if changes.tenant is not None:
        if not _TENANT.match(changes.tenant.strip()):
            raise InvalidInput(f"'{changes.tenant}' is not a tenant ID or domain.")
        merged["tenant"] = changes.tenant.strip()
    for key, value, option in (
        ("authorize_url", changes.authorize_url, "--authorize-url"),
        ("token_url", changes.token_url, "--token-url"),
        ("device_url", changes.device_url, "--device-url"),
    ):
        if value is not None:
            merged[key] = check_https_url(value, option)
    if changes.scopes is not None:
        scopes = [scope.strip() for scope in changes.scopes]
        bad = [scope for scope in scopes if not _SCOPE.match(scope)]
        if bad or not scopes:
            raise InvalidInput(f"'{(bad or [''])[0]}' is not a scope.")
        merged["scopes"] = scopes
    if "client_id" not in merged:
        raise InvalidInput(
            "Signing in with OAuth 2.0 needs the client ID of your organisation's app.",
            hint="Add --client-id ID (IT registers the app; see the README).",
        )
    if provider == CUSTOM:
        missing = [
            option
            for key, option in (
                ("authorize_url", "--authorize-url"),
                ("token_url", "--token-url"),
                ("scopes", "--scope"),
            )
            if not merged.get(key)
        ]
        if missing:
            raise InvalidInput(f"A custom provider needs {', '.join(missing)}.")
    return merged


def resolve(stored: dict[str, Any]) -> OAuthSettings:
    """The endpoints and scopes to use, from what a profile stores."""
    provider = stored.get("provider", CUSTOM)
    client_id = str(stored.get("client_id", ""))
    scopes = tuple(stored.get("scopes") or ())
    if provider == MICROSOFT:
        tenant = str(stored.get("tenant") or DEFAULT_TENANT)
        base = _MICROSOFT_LOGIN.format(tenant=tenant)
        return OAuthSettings(
            provider=provider,
            client_id=client_id,
            authorize_url=f"{base}/authorize",
            token_url=f"{base}/token",
            device_url=f"{base}/devicecode",
            scopes=scopes or MICROSOFT_SCOPES,
            tenant=tenant,
        )
    if provider == GOOGLE:
        # Google's device sign-in does not grant the mail scope, so it signs in in the browser.
        return OAuthSettings(
            provider=provider,
            client_id=client_id,
            authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
            token_url="https://oauth2.googleapis.com/token",  # noqa: S106 - a URL
            device_url=None,
            scopes=scopes or GOOGLE_SCOPES,
        )
    return OAuthSettings(
        provider=CUSTOM,
        client_id=client_id,
        authorize_url=str(stored.get("authorize_url", "")),
        token_url=str(stored.get("token_url", "")),
        device_url=stored.get("device_url") or None,
        scopes=scopes,
    )
