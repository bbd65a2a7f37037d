"""Opt-outs that no import can undo, everything stored about a person, and erasure."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pressdesk.contacts.addresses import email_hash
from pressdesk.contacts.audience import audience_query, is_suppressed_clause
from pressdesk.database import Database
from pressdesk.database.models import (
    Contact,
    Delivery,
    DeliveryStatus,
    Distribution,
    Release,
    Suppression,
)

WriteFile = Callable[[str, bytes], Path]
CSV = b"Email,First name,Last name,Outlet,Country\r\nana@laprensa.hn,Ana,Lopez,La Prensa,HN\r\n"


def test_an_opt_out_survives_every_reimport_until_an_explicit_opt_in(
    write_file: WriteFile, cli: Callable[..., Any], run_json: Callable[..., Any]
) -> None:
    path = write_file("list.csv", CSV)
    run_json("contacts", "import", str(path))
    assert cli("contacts", "optout", "ANA@laprensa.hn", "--reason", "asked by phone").exit_code == 0
    # A file that says the person is subscribed changes nothing.
    saying_no = write_file(
        "again.csv", b"Email,Opted out,Unsubscribed\r\nana@laprensa.hn,no,no\r\n"
    )
    run_json("contacts", "import", str(saying_no))
    run_json("contacts", "import", str(path))
    (row,) = run_json("contacts", "list")
    assert row["opted_out"] is True
    shown = run_json("contacts", "show", "ana@laprensa.hn")
    assert shown["opt_out"]["reason"] == "asked by phone"

    refused = cli("contacts", "optin", "ana@laprensa.hn")
    assert refused.exit_code == 2
    assert "--confirm" in refused.stderr
    assert run_json("contacts", "list")[0]["opted_out"] is True
    assert cli("contacts", "optin", "ana@laprensa.hn", "--confirm").exit_code == 0
    assert run_json("contacts", "list")[0]["opted_out"] is False


def test_an_address_can_be_opted_out_before_it_is_ever_imported(
    write_file: WriteFile, cli: Callable[..., Any], run_json: Callable[..., Any]
) -> None:
    assert cli("contacts", "optout", "ana@laprensa.hn").exit_code == 0
    run_json("contacts", "import", str(write_file("list.csv", CSV)))
    assert run_json("contacts", "list")[0]["opted_out"] is True
    assert cli("contacts", "optout", "not an address").exit_code == 2


def _deliver(database: Database, address: str, outlet: str, count: int) -> None:
    with database.session() as session:
        release = Release(language="es")
        session.add(release)
        session.flush()
        contact = session.scalar(select(Contact).where(Contact.email_key == address))
        for number in range(count):
            distribution = Distribution(release_id=release.id, resend=number > 0)
            session.add(distribution)
            session.flush()
            session.add(
                Delivery(
                    distribution_id=distribution.id,
                    release_id=release.id,
                    language="es",
                    contact_id=contact.id if contact else None,
                    email=address,
                    email_key=address,
                    name="Ana Lopez",
                    outlet_name=outlet,
                    status=DeliveryStatus.SENT,
                    sent_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
                    is_resend=number > 0,  # one first copy per person; the others resent
                )
            )


def test_show_gives_everything_including_lists_and_delivery_history(
    database: Database,
    write_file: WriteFile,
    cli: Callable[..., Any],
    run_json: Callable[..., Any],
) -> None:
    run_json("contacts", "import", str(write_file("list.csv", CSV)), "--list", "Honduras")
    _deliver(database, "ana@laprensa.hn", "La Prensa", 2)
    shown = run_json("contacts", "show", "ana@laprensa.hn")
    assert shown["lists"] == ["Honduras"]
    assert [d["status"] for d in shown["deliveries"]] == ["sent", "sent"]
    assert shown["last_contacted_at"].startswith("2026-03-01T12:00")
    assert shown["region"] == "Central America"
    assert shown["source"] == "Import of list.csv"
    missing = cli("contacts", "show", "nobody@example.org", "--json")
    assert (missing.exit_code, missing.stdout) == (2, "")


def test_erase_deletes_personal_data_keeps_the_opt_out_as_a_hash_and_outlet_counts(
    database: Database,
    write_file: WriteFile,
    cli: Callable[..., Any],
    run_json: Callable[..., Any],
) -> None:
    path = write_file("list.csv", CSV)
    run_json("contacts", "import", str(path), "--list", "Honduras")
    _deliver(database, "ana@laprensa.hn", "La Prensa", 3)
    result = cli("contacts", "erase", "ana@laprensa.hn")
    assert result.exit_code == 0, result.stderr

    assert run_json("contacts", "list") == []
    assert run_json("lists", "list") == [{"name": "Honduras", "members": 0}]
    with database.session() as session:
        suppression = session.scalars(select(Suppression)).one()
        assert suppression.email_key is None
        assert suppression.email_hash == email_hash("ana@laprensa.hn")
        deliveries = session.scalars(select(Delivery)).all()
        assert len(deliveries) == 3
        assert {d.outlet_name for d in deliveries} == {"La Prensa"}
        assert all(d.email is None and d.name is None for d in deliveries)
        assert {d.email_key for d in deliveries} == {email_hash("ana@laprensa.hn")}
        stored = " ".join(str(v) for d in deliveries for v in vars(d).values())
        assert "ana@laprensa.hn" not in stored

    # Imported again later, the address is suppressed again under its key: never sent to.
    run_json("contacts", "import", str(path), "--list", "Honduras")
    assert run_json("contacts", "list")[0]["opted_out"] is True
    with database.session() as session:
        audience = audience_query(session, ["Honduras"])
        suppressed = session.scalars(
            select(Contact.email).where(is_suppressed_clause(), Contact.id.in_(audience))
        ).all()
        assert suppressed == ["ana@laprensa.hn"]
    assert cli("contacts", "erase", "nobody@example.org").exit_code == 2
