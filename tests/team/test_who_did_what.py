"""Who did what: the officer (OS user and machine) on each send, import, opt-out and edit."""

from __future__ import annotations

import json
import socket
from pathlib import Path

from sqlalchemy import select

from mail.mailtesting import FROM_ADDRESS, seed
from pressdesk.database import Database
from pressdesk.database.models import ImportRun, Suppression

CSV = "email,first_name,last_name,country\nrosa@listin.do,Rosa,Peña,DO\n"


def test_the_outbox_and_the_contact_history_name_each_officer(
    pressdesk, database: Database, database_url: str, tmp_path: Path, monkeypatch
):
    machine = socket.gethostname()

    def as_officer(user: str, *args: str):
        monkeypatch.setenv("LOGNAME", user)
        result = pressdesk("--db", database_url, *args)
        assert result.exit_code == 0, result.stderr
        return result

    seeded = seed(database, people=2)
    sheet = tmp_path / "dominicana.csv"
    sheet.write_text(CSV, encoding="utf-8")
    as_officer("ana", "contacts", "import", str(sheet), "--list", "Press")
    as_officer("luis", "contacts", "optout", seeded.addresses[1], "--reason", "by phone")
    as_officer("luis", "contacts", "edit", "rosa@listin.do", "title=Health editor")
    as_officer(
        "marta", "smtp", "set", "--host", "mail.example.org", "--port", "587",
        "--security", "none", "--from-address", FROM_ADDRESS,
    )  # fmt: skip
    as_officer("marta", "send", str(seeded.release_id), "--list", "Press", "--yes",
               "--at", "2099-01-01T09:00+00:00")  # fmt: skip

    with database.session() as session:
        assert session.scalars(select(ImportRun.created_by)).one() == f"ana@{machine}"
        assert session.scalars(select(Suppression.created_by)).one() == f"luis@{machine}"

    outbox = as_officer("someone", "outbox")
    assert f"marta@{machine}" in outbox.stdout.splitlines()[2]
    listed = json.loads(as_officer("someone", "outbox", "--json").stdout)
    assert [row["created_by"] for row in listed] == [f"marta@{machine}"]

    rosa = as_officer("someone", "contacts", "show", "rosa@listin.do").stdout
    assert f"Created by         ana@{machine}" in rosa
    assert f"Updated by         luis@{machine}" in rosa
    assert f"sent by marta@{machine}" in rosa
    opted_out = json.loads(
        as_officer("someone", "contacts", "show", seeded.addresses[1], "--json").stdout
    )
    assert opted_out["opt_out"]["by"] == f"luis@{machine}"
    assert opted_out["deliveries"] == []  # nobody sent to a person who opted out
