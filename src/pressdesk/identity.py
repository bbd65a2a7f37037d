"""Who is working: the officer's OS user name and machine, recorded on what they do."""

from __future__ import annotations

import getpass
import os
import socket


def current_actor() -> str:
    """``user@machine``, as shown in the Outbox and a contact's history."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = os.environ.get("USER") or "unknown"
    return f"{user}@{socket.gethostname()}"
