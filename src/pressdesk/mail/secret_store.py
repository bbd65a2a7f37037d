"""Kept for callers of the sending package: the keyring interface now lives in
:mod:`pressdesk.secret_store`, shared with the database password of team mode."""

from pressdesk.secret_store import (
    HOW_TO_GET_A_KEYRING,
    SERVICE,
    NoKeyring,
    backend_name,
    delete_secret,
    keyring_usable,
    read_secret,
    store_secret,
)

__all__ = [
    "HOW_TO_GET_A_KEYRING",
    "SERVICE",
    "NoKeyring",
    "backend_name",
    "delete_secret",
    "keyring_usable",
    "read_secret",
    "store_secret",
]
