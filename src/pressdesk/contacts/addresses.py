"""Email address keys: how PressDesk recognises the same person and remembers opt-outs."""

from __future__ import annotations

import hashlib


def email_key(address: str) -> str:
    """The comparison key of an address: trimmed and lower-cased as a whole.

    The local part is case-sensitive in theory; in practice no mail system treats
    Maria@x and maria@x as different people, and officers expect them merged.
    """
    return address.strip().lower()


def email_hash(address: str) -> str:
    """The SHA-256 of the address key: what a suppression keeps after the person is erased."""
    return hashlib.sha256(email_key(address).encode("utf-8")).hexdigest()
