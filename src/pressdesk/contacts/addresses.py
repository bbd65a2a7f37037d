"""Email address keys: how PressDesk recognises the same person and remembers opt-outs."""

from __future__ import annotations

import hashlib
import unicodedata


def email_key(address: str) -> str:
    """The comparison key of an address: trimmed and lower-cased as a whole.

    The local part is case-sensitive in theory; in practice no mail system treats
    Maria@x and maria@x as different people, and officers expect them merged.
    """
    return address.strip().lower()


def email_hash(address: str) -> str:
    """The SHA-256 of the address key: what a suppression keeps after the person is erased."""
    return hashlib.sha256(email_key(address).encode("utf-8")).hexdigest()


def search_key(*parts: str | None) -> str:
    """Text folded for search-as-you-type: lower case, accents dropped, spaces collapsed.

    Officers type "lopez" for "López" and "Ñ" as "n"; the stored search text and the typed
    text are folded the same way so a plain substring match finds both.
    """
    text = " ".join(part for part in parts if part)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(kept.split())
