"""Fixtures for team mode: empty server databases, a role that must log in with a password."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import keyring
import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError

from mail.mailtesting import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def server_admin_url(postgres_admin_url: str | None) -> str:
    if postgres_admin_url is None:
        pytest.skip("needs the PostgreSQL run")
    return postgres_admin_url


@pytest.fixture
def empty_server_database(server_admin_url: str) -> Iterator[str]:
    """The URL of a new, empty database on the test server (no PressDesk schema yet)."""
    name = f"team_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield server_admin_url.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@dataclass(frozen=True)
class PasswordAccount:
    url: str  # without the password
    password: str


@pytest.fixture
def password_account(server_admin_url: str) -> Iterator[PasswordAccount]:
    """A role and its own database that the server only lets in with the right password.

    The test server trusts everyone, so a line for this role asking for SCRAM goes first in
    pg_hba.conf (rules are read top down) and the server reloads it.
    """
    role = f"officer_{uuid.uuid4().hex[:8]}"
    password = f"pw-{uuid.uuid4().hex}"
    admin = create_engine(server_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
        connection.execute(text(f"CREATE DATABASE {role} OWNER {role}"))
        hba_file = connection.execute(text("SHOW hba_file")).scalar()
        with open(hba_file, encoding="utf-8") as rules:
            previous = rules.read()
        with open(hba_file, "w", encoding="utf-8") as rules:
            rules.write(f"host all {role} 127.0.0.1/32 scram-sha-256\n{previous}")
        connection.execute(text("SELECT pg_reload_conf()"))
    admin_url = make_url(server_admin_url)
    url = admin_url.set(username=role, database=role).render_as_string(hide_password=False)
    probe = create_engine(url)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the reload is asynchronous: wait until it bites
        try:
            probe.connect().close()
        except OperationalError:
            break
        time.sleep(0.05)
    probe.dispose()
    try:
        yield PasswordAccount(url, password)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {role} WITH (FORCE)"))
            connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
            with open(hba_file, "w", encoding="utf-8") as rules:
                rules.write(previous)
            connection.execute(text("SELECT pg_reload_conf()"))
        admin.dispose()
