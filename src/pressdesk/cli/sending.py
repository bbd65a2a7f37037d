"""``pressdesk smtp``, ``send``, ``outbox`` and ``report``: sending and what came of it."""

from __future__ import annotations

import click


@click.group()
def smtp() -> None:
    """Outgoing mail server profiles (passwords live in the system keyring)."""


@click.group()
def outbox() -> None:
    """Distributions being sent, scheduled or interrupted."""
