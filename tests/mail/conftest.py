"""Fixtures for sending: a real SMTP server in the test process and a keyring kept in memory."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from mailtesting import FaultyHandler, MemoryKeyring, SmtpServer, start_server


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def pipelining() -> bool:
    """Whether the test server offers pipelining, as most servers do; tests may parametrize it."""
    return True


@pytest.fixture
def smtp_server(pipelining: bool) -> Iterator[SmtpServer]:
    handler = FaultyHandler(pipelining=pipelining)
    controller = start_server(handler)
    yield SmtpServer("127.0.0.1", controller.port, handler)
    controller.stop()
