"""Secrets in the operating system's keyring, and nowhere else.

Passwords go to the OS keyring through ``keyring`` (service ``pressdesk``). When no real keyring
is usable — ``keyring`` fell back to its "fail" or "null" backend, a plaintext backend was
configured, or the keyring is locked — saving a secret fails with a message saying how to get
one. There is deliberately no fallback: a password is never written in clear anywhere.
"""

from __future__ import annotations

import contextlib
from types import ModuleType
from typing import TYPE_CHECKING

from pressdesk.errors import EnvironmentProblem, InvalidInput

if TYPE_CHECKING:
    import keyring.backend

SERVICE = "pressdesk"

HOW_TO_GET_A_KEYRING = (
    "On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet "
    "(Windows and macOS provide one already). PressDesk never stores passwords in clear."
)

# Backends that keep secrets readable on disk or not at all; refused even when configured.
_UNSAFE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _keyring() -> ModuleType:
    """The keyring package, loaded when a secret is first needed: it takes a tenth of a second
    to import, which every start of the program would otherwise pay."""
    import keyring
    import keyring.errors

    return keyring


def _errors() -> ModuleType:
    return _keyring().errors  # type: ignore[no-any-return]


class NoKeyring(EnvironmentProblem):
    """No usable system keyring: secrets cannot be stored safely on this machine."""


def backend_name() -> str:
    """The keyring backend in use, for ``smtp test`` and the Preferences dialog."""
    backend = _keyring().get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_usable() -> bool:
    """Whether a password could be saved here (for settings screens that say so up front)."""
    return not type(_keyring().get_keyring()).__module__.startswith(_UNSAFE_BACKEND_MODULES)


def _usable_backend() -> keyring.backend.KeyringBackend:
    backend: keyring.backend.KeyringBackend = _keyring().get_keyring()
    module = type(backend).__module__
    if module.startswith(_UNSAFE_BACKEND_MODULES):
        raise NoKeyring(
            f"No system keyring is available to keep passwords and sign-ins safely "
            f"(the keyring backend is {backend_name()}).",
            hint=HOW_TO_GET_A_KEYRING,
        )
    return backend


def store_secret(identity: str, secret: str) -> None:
    """Save ``secret`` under ``identity`` (e.g. ``smtp:office``) in the system keyring."""
    if not secret:
        raise InvalidInput("The password is empty.")
    backend = _usable_backend()
    try:
        backend.set_password(SERVICE, identity, secret)
    except _errors().KeyringLocked:
        raise NoKeyring(
            "The system keyring is locked, so the password cannot be saved.",
            hint="Unlock it (log in to your desktop session) and try again. "
            + HOW_TO_GET_A_KEYRING,
        ) from None
    except _errors().KeyringError as exc:
        raise NoKeyring(
            f"The system keyring refused to save the password: {exc}.", hint=HOW_TO_GET_A_KEYRING
        ) from None


def read_secret(identity: str) -> str | None:
    """The secret saved under ``identity``, or None when there is none."""
    backend = _usable_backend()
    try:
        return backend.get_password(SERVICE, identity)
    except _errors().KeyringLocked:
        raise NoKeyring(
            "The system keyring is locked, so the password cannot be read.",
            hint="Unlock it (log in to your desktop session) and try again.",
        ) from None
    except _errors().KeyringError as exc:
        raise NoKeyring(
            f"The system keyring could not be read: {exc}.", hint=HOW_TO_GET_A_KEYRING
        ) from None


def delete_secret(identity: str) -> None:
    """Forget the secret saved under ``identity``; nothing happens when there is none."""
    with contextlib.suppress(_errors().KeyringError):
        _keyring().get_keyring().delete_password(SERVICE, identity)
