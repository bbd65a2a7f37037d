"""The log file holds what helps diagnose a problem, never journalists' data or secrets."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from pressdesk.database import Database
from pressdesk.database.models import Contact, SmtpProfile, SmtpSecurity
from pressdesk.logs import LOG_FILE_NAME
from pressdesk.ui.app import SMOKE_TEST_VARIABLE

PERSONAL = ("zofia.wisniewska@gazeta.example", "Zofia", "Wiśniewska", "press-office@agency.example")


def _add_people(database: Database) -> None:
    with database.session() as session:
        session.add(
            Contact(
                email=PERSONAL[0],
                email_key=PERSONAL[0],
                first_name=PERSONAL[1],
                last_name=PERSONAL[2],
                country="PL",
                region="Europe",
                language="pl",
            )
        )
        session.add(
            SmtpProfile(
                name="Office",
                host="mail.agency.example",
                port=587,
                security=SmtpSecurity.STARTTLS,
                username=PERSONAL[3],
                from_address=PERSONAL[3],
            )
        )


@pytest.mark.slow
def test_commands_and_the_window_keep_people_out_of_the_log(
    pressdesk, database: Database, database_url: str, private_user_dirs: Path
) -> None:
    _add_people(database)
    for command in (["contacts", "list"], ["contacts", "list", "--json"], ["release", "list"]):
        result = pressdesk("--db", database_url, *command)
        assert result.exit_code == 0, result.stderr
    assert PERSONAL[0] in pressdesk("--db", database_url, "contacts", "list", "--json").stdout
    window = subprocess.run(
        [sys.executable, "-m", "pressdesk", "--db", database_url],
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            SMOKE_TEST_VARIABLE: "1",
            "PRESSDESK_DATA_DIR": str(private_user_dirs),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert window.returncode == 0, window.stderr
    log = (private_user_dirs / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Window shown" in log  # the log was written, by the CLI and the window alike
    for private in PERSONAL:
        assert private.casefold() not in log.casefold()


def test_log_folder_is_readable_by_its_owner_only(pressdesk, database_url: str) -> None:
    from pressdesk.paths import log_dir

    assert pressdesk("--db", database_url, "release", "list").exit_code == 0
    assert (log_dir() / LOG_FILE_NAME).is_file()
    assert stat.S_IMODE(log_dir().stat().st_mode) == 0o700


@pytest.mark.sqlite_only  # PostgreSQL puts the key's value in DETAIL; the log redacts it
def test_database_errors_name_the_problem_but_not_the_addresses(database: Database) -> None:
    """Such errors are bugs, logged with their message: it must not carry the row's values."""
    _add_people(database)
    with pytest.raises(IntegrityError) as raised, database.session() as session:
        session.add(
            Contact(
                email=PERSONAL[0].upper(),
                email_key=PERSONAL[0],
                first_name=PERSONAL[1],
                last_name=PERSONAL[2],
            )
        )
    message = str(raised.value)
    assert "UNIQUE constraint failed: contacts.email_key" in message
    for private in PERSONAL[:3]:
        assert private.casefold() not in message.casefold()


def test_a_server_password_in_the_database_url_is_neither_shown_nor_logged(
    pressdesk, private_user_dirs: Path
) -> None:
    url = "postgresql+psycopg://press:Sup3r-Secret@127.0.0.1:1/pressdesk"  # nothing listens on 1
    result = pressdesk("--db", url, "release", "list")
    assert result.exit_code == 1  # unreachable (or, without psycopg, no driver)
    assert "Sup3r-Secret" not in result.stderr
    log = (private_user_dirs / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Sup3r-Secret" not in log
