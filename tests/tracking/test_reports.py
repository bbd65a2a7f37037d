"""Reports counted from deliveries set up by hand, through the core and the command line."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tracking_fixtures import T0, Newsroom

from pressdesk.database import Database
from pressdesk.database.models import (
    Contact,
    DeliveryStatus,
    MailEvent,
    MailEventKind,
    Outlet,
    OutletType,
)
from pressdesk.tracking.receipt import Outcome, outlet_received
from pressdesk.tracking.reports import (
    contact_history,
    outlet_release_matrix,
    report_by_contact,
    report_by_outlet,
    report_by_region,
)

SENT, BOUNCED, FAILED, DEFERRED = "sent", "bounced", "failed", "deferred"


@pytest.fixture
def sent_release(newsroom: Newsroom, database: Database) -> dict[str, int]:
    """A release mailed to three outlets and a freelancer, with every kind of outcome."""
    gleaner = newsroom.outlet("Jamaica Gleaner")
    caraibes = newsroom.outlet("Radio Caraïbes", outlet_type=OutletType.RADIO, country="HT")
    tiempo = newsroom.outlet("El Tiempo", region="South America", country="CO")
    newsroom.outlet("Unreached Weekly", outlet_type=OutletType.MAGAZINE)
    people = {
        "ana": newsroom.contact("ana@gleaner.example", "Ana Brown", gleaner),
        "ben": newsroom.contact("ben@gleaner.example", "Ben Gray", gleaner),
        "chloe": newsroom.contact("chloe@caraibes.example", "Chloé Noël", caraibes),
        "dan": newsroom.contact("dan@caraibes.example", "Dan Pierre", caraibes),
        "eva": newsroom.contact("eva@eltiempo.example", "Eva Ruiz", tiempo, "South America"),
        "fay": newsroom.contact("fay@free.example", "Fay Lee", None, "Caribbean"),
    }
    release = newsroom.release()
    outcomes = {"ana": SENT, "ben": BOUNCED, "chloe": FAILED, "dan": DEFERRED, "eva": SENT}
    outcomes["fay"] = SENT
    deliveries = newsroom.send(release, {people[k]: v for k, v in outcomes.items()})
    with database.session() as session:
        session.add_all(
            [
                MailEvent(
                    kind=MailEventKind.REPLY,
                    message_id="<reply-1@gleaner.example>",
                    delivery_id=deliveries[people["ana"]],
                ),
                MailEvent(
                    kind=MailEventKind.AUTO_REPLY,
                    message_id="<ooo-1@eltiempo.example>",
                    delivery_id=deliveries[people["eva"]],
                ),
            ]
        )
    return {
        "release": release,
        "gleaner": gleaner,
        "caraibes": caraibes,
        "tiempo": tiempo,
        **people,
    }


def _by_name(rows):
    return {row.outlet: row for row in rows}


def test_outlet_report_counts_people_by_outcome_and_skips_outlets_not_mailed(
    database: Database, sent_release: dict[str, int]
) -> None:
    with database.session() as session:
        rows = _by_name(report_by_outlet(session, sent_release["release"]))
    assert set(rows) == {"Jamaica Gleaner", "Radio Caraïbes", "El Tiempo"}
    gleaner, caraibes, tiempo = rows["Jamaica Gleaner"], rows["Radio Caraïbes"], rows["El Tiempo"]
    assert (gleaner.recipients, gleaner.delivered, gleaner.bounced, gleaner.failed) == (2, 1, 1, 0)
    assert gleaner.replies == 1
    assert (caraibes.recipients, caraibes.delivered, caraibes.failed, caraibes.pending) == (
        2,
        0,
        1,
        1,
    )
    assert (tiempo.recipients, tiempo.delivered, tiempo.replies) == (1, 1, 0)  # auto-reply ignored


def test_an_outlet_received_a_release_only_through_a_delivery_that_did_not_bounce(
    database: Database, newsroom: Newsroom, sent_release: dict[str, int]
) -> None:
    with database.session() as session:
        assert outlet_received(session, sent_release["release"], sent_release["gleaner"])
        assert not outlet_received(session, sent_release["release"], sent_release["caraibes"])
    # Ben's bounce alone would not make the Gleaner a receiver.
    lone = newsroom.outlet("Lone Outlet")
    only = newsroom.contact("only@lone.example", "Only One", lone)
    newsroom.send(sent_release["release"], {only: BOUNCED})
    with database.session() as session:
        assert not outlet_received(session, sent_release["release"], lone)


def test_history_keeps_the_outlet_a_journalist_had_when_the_release_was_sent(
    database: Database, newsroom: Newsroom, sent_release: dict[str, int]
) -> None:
    with database.session() as session:
        ana = session.get(Contact, sent_release["ana"])
        assert ana is not None
        ana.outlet_id = sent_release["tiempo"]
    with database.session() as session:
        rows = _by_name(report_by_outlet(session, sent_release["release"]))
    assert rows["Jamaica Gleaner"].delivered == 1
    assert rows["El Tiempo"].recipients == 1
    second = newsroom.release("Second release")
    newsroom.send(second, {sent_release["ana"]: SENT})
    with database.session() as session:
        assert [r.outlet for r in report_by_outlet(session, second)] == ["El Tiempo"]


def test_a_resend_after_a_failure_counts_the_person_once_as_delivered(
    database: Database, newsroom: Newsroom, sent_release: dict[str, int]
) -> None:
    newsroom.send(sent_release["release"], {sent_release["chloe"]: SENT}, at=T0 + timedelta(1))
    with database.session() as session:
        caraibes = _by_name(report_by_outlet(session, sent_release["release"]))["Radio Caraïbes"]
        log = report_by_contact(session, sent_release["release"])
    assert (caraibes.recipients, caraibes.delivered, caraibes.failed) == (2, 1, 0)
    # The delivery log still shows both attempts.
    assert [row.status for row in log if row.email == "chloe@caraibes.example"] == [
        DeliveryStatus.FAILED,
        DeliveryStatus.SENT,
    ]


def test_region_report_uses_the_region_stored_on_each_delivery(
    database: Database, sent_release: dict[str, int], pressdesk
) -> None:
    pressdesk_args = ("--db", str(database.url.render_as_string(False)))
    added = pressdesk(
        *pressdesk_args,
        "coverage",
        "add",
        str(sent_release["release"]),
        "--outlet",
        "el tiempo",
        "--url",
        "https://eltiempo.example/agua",
    )
    assert added.exit_code == 0, added.stderr
    with database.session() as session:
        rows = {row.region: row for row in report_by_region(session, sent_release["release"])}
    caribbean, south = rows["Caribbean"], rows["South America"]
    assert (caribbean.recipients, caribbean.delivered, caribbean.bounced) == (5, 2, 1)
    assert (caribbean.failed, caribbean.pending, caribbean.replies) == (1, 1, 1)
    assert caribbean.outlets_reached == 1  # the Gleaner; Fay has no outlet
    assert (south.recipients, south.delivered, south.coverage, south.outlets_reached) == (
        1,
        1,
        1,
        1,
    )


def test_contact_history_lists_every_release_with_its_outcome(
    database: Database, newsroom: Newsroom, sent_release: dict[str, int]
) -> None:
    later = newsroom.release("Hurricane season briefing")
    newsroom.send(later, {sent_release["ben"]: SENT}, at=T0 + timedelta(days=3))
    with database.session() as session:
        history = contact_history(session, sent_release["ben"])
    assert [(h.headline, h.outcome) for h in history] == [
        ("Hurricane season briefing", Outcome.RECEIVED),
        ("Regional ministers agree on water plan", Outcome.BOUNCED),
    ]
    assert history[1].outlet == "Jamaica Gleaner"


def test_matrix_shows_every_outlet_of_the_region_and_the_gaps(
    database: Database, newsroom: Newsroom, sent_release: dict[str, int]
) -> None:
    later = newsroom.release("Hurricane season briefing")
    newsroom.send(later, {sent_release["dan"]: SENT}, at=T0 + timedelta(days=30))
    with database.session() as session:
        matrix = outlet_release_matrix(session, region="caribbean")
        recent = outlet_release_matrix(session, since=T0 + timedelta(days=1))
        radios = outlet_release_matrix(session, outlet_type=OutletType.RADIO)
    assert [r.release_id for r in matrix.releases] == [sent_release["release"], later]
    cells = {row.outlet: [cell.outcome for cell in row.cells] for row in matrix.rows}
    assert cells == {
        "Jamaica Gleaner": [Outcome.RECEIVED, Outcome.NOT_SENT],
        "Radio Caraïbes": [Outcome.PENDING, Outcome.RECEIVED],
        "Unreached Weekly": [Outcome.NOT_SENT, Outcome.NOT_SENT],
    }
    assert [r.outlets_received for r in matrix.releases] == [1, 1]
    assert [r.release_id for r in recent.releases] == [later]
    assert [row.outlet for row in radios.rows] == ["Radio Caraïbes"]


def test_matrix_cells_show_bounced_and_failed_outlets(
    database: Database, newsroom: Newsroom
) -> None:
    bounced_outlet = newsroom.outlet("Bounce Times")
    failed_outlet = newsroom.outlet("Fail Post")
    release = newsroom.release()
    newsroom.send(
        release,
        {
            newsroom.contact("a@bounce.example", "A B", bounced_outlet): BOUNCED,
            newsroom.contact("c@fail.example", "C D", failed_outlet): FAILED,
        },
    )
    with database.session() as session:
        matrix = outlet_release_matrix(session)
    assert {row.outlet: row.cells[0].outcome for row in matrix.rows} == {
        "Bounce Times": Outcome.BOUNCED,
        "Fail Post": Outcome.FAILED,
    }


# --- the command line -------------------------------------------------------------------


def test_report_by_outlet_as_json_has_exactly_the_documented_fields(
    cli, sent_release: dict[str, int]
) -> None:
    result = cli("report", str(sent_release["release"]), "--by", "outlet", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {tuple(sorted(row)) for row in rows} == {
        ("bounced", "coverage", "delivered", "failed", "outlet", "recipients", "replies")
    }
    gleaner = next(row for row in rows if row["outlet"] == "Jamaica Gleaner")
    assert gleaner == {
        "outlet": "Jamaica Gleaner",
        "recipients": 2,
        "delivered": 1,
        "failed": 0,
        "bounced": 1,
        "replies": 1,
        "coverage": 0,
    }


def test_report_by_contact_json_is_the_delivery_log(cli, sent_release: dict[str, int]) -> None:
    result = cli("report", str(sent_release["release"]), "--by", "contact", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 6
    assert all(
        list(row) == ["email", "name", "outlet", "status", "attempts", "sent_at", "smtp_response"]
        for row in rows
    )
    chloe = next(row for row in rows if row["email"] == "chloe@caraibes.example")
    assert chloe["status"] == "failed"
    assert chloe["smtp_response"] == "550 5.1.1 User unknown"
    assert chloe["sent_at"] is None
    ana = next(row for row in rows if row["email"] == "ana@gleaner.example")
    assert datetime.fromisoformat(ana["sent_at"]).tzinfo is not None


def test_csv_export_has_a_bom_and_keeps_accents(
    cli, sent_release: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "outlets.csv"
    result = cli("report", str(sent_release["release"]), "--by", "outlet", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    caraibes = next(row for row in rows if row["Outlet"] == "Radio Caraïbes")
    assert (caraibes["Recipients"], caraibes["Failed"], caraibes["Pending"]) == ("2", "1", "1")


def test_xlsx_export_reads_back_and_needs_a_file(
    cli, sent_release: dict[str, int], tmp_path: Path
) -> None:
    release = str(sent_release["release"])
    refused = cli("report", release, "--by", "region", "--format", "xlsx")
    assert refused.exit_code == 2
    assert "--out" in refused.stderr
    out = tmp_path / "regions.xlsx"
    result = cli("report", release, "--by", "region", "--format", "xlsx", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    sheet = load_workbook(out).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Region", "Recipients", "Delivered"]
    assert values[1][:3] == ["Caribbean", 5, 2]
    assert values[2][:3] == ["South America", 1, 1]


def test_hostile_names_are_written_as_text_not_formulas(
    cli, newsroom: Newsroom, tmp_path: Path
) -> None:
    hostile = newsroom.outlet('=HYPERLINK("http://evil.example","click")')
    release = newsroom.release()
    newsroom.send(release, {newsroom.contact("x@evil.example", "+1 Evil", hostile): SENT})
    csv_out, xlsx_out = tmp_path / "r.csv", tmp_path / "r.xlsx"
    assert cli("report", str(release), "--by", "contact", "--out", str(csv_out)).exit_code == 0
    assert cli("report", str(release), "--by", "contact", "--out", str(xlsx_out)).exit_code == 0
    row = next(csv.DictReader(io.StringIO(csv_out.read_text("utf-8-sig"))))
    assert row["Outlet"].startswith("'=HYPERLINK")
    assert row["Name"] == "'+1 Evil"
    sheet = load_workbook(xlsx_out).active
    cell = sheet["C2"]
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://evil.example","click")'
    assert sheet["A1"].font.bold
    assert sheet["F2"].value == T0.replace(tzinfo=None)  # sent at, a real date in UTC


def test_matrix_command_filters_by_region_and_date(
    cli, newsroom: Newsroom, sent_release: dict[str, int]
) -> None:
    result = cli("report", "matrix", "--region", "South America", "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert [o["outlet"] for o in document["outlets"]] == ["El Tiempo"]
    cell = document["outlets"][0]["cells"][str(sent_release["release"])]
    assert cell == {"status": "received", "coverage": 0}
    later = cli("report", "matrix", "--since", "2030-01-01", "--format", "json")
    assert json.loads(later.stdout)["releases"] == []
    table = cli("report", "matrix", "--region", "Caribbean")
    assert "Unreached Weekly" in table.stdout
    assert "not sent" in table.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("report", "999", "--by", "outlet"), "no release 999"),
        (("report", "abc"), "neither a release id"),
        (("report", "matrix", "--since", "last week"), "not a date"),
        (("report", "1", "--by", "beat"), "--by"),
    ],
)
def test_bad_report_requests_exit_2_with_a_clear_message(
    cli, sent_release: dict[str, int], args: tuple[str, ...], message: str
) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_release_not_yet_sent_has_an_empty_report(cli, newsroom: Newsroom) -> None:
    release = newsroom.release()
    table = cli("report", str(release), "--by", "outlet")
    assert table.exit_code == 0
    assert "has not been sent" in table.stdout
    as_json = cli("report", str(release), "--by", "outlet", "--format", "json")
    assert json.loads(as_json.stdout) == []


def test_coverage_counts_in_the_outlet_report(cli, sent_release: dict[str, int]) -> None:
    release = str(sent_release["release"])
    for url in ("https://gleaner.example/a", "https://gleaner.example/b"):
        added = cli("coverage", "add", release, "--outlet", "JAMAICA gleaner", "--url", url)
        assert added.exit_code == 0, added.stderr
    rows = json.loads(cli("report", release, "--by", "outlet", "--format", "json").stdout)
    assert {r["outlet"]: r["coverage"] for r in rows} == {
        "Jamaica Gleaner": 2,
        "Radio Caraïbes": 0,
        "El Tiempo": 0,
    }


def test_contact_history_from_the_command_line(cli, sent_release: dict[str, int]) -> None:
    result = cli("report", "contact", "Chloe@Caraibes.example", "--format", "json")
    assert result.exit_code == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert (row["release"], row["outcome"], row["outlet"]) == (
        sent_release["release"],
        "failed",
        "Radio Caraïbes",
    )
    assert cli("report", "contact", "nobody@nowhere.example").exit_code == 2


def test_a_table_can_be_written_to_a_file_at_full_width(
    cli, sent_release: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "40")  # a narrow terminal
    out = tmp_path / "outlets.txt"
    result = cli("report", str(sent_release["release"]), "--by", "outlet", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    text = out.read_text("utf-8")
    assert text.splitlines()[0].split()[:2] == ["Outlet", "Recipients"]
    assert "Radio Caraïbes" in text
    assert text.splitlines()[0].split()[-1] == "Coverage"


def test_a_deleted_outlet_keeps_its_history_in_reports_and_the_matrix(
    database: Database, newsroom: Newsroom
) -> None:
    closed = newsroom.outlet("Closed Gazette")
    release = newsroom.release()
    newsroom.send(release, {newsroom.contact("ed@closed.example", "Ed Old", closed): SENT})
    with database.session() as session:
        session.delete(session.get(Outlet, closed))
    with database.session() as session:
        [row] = report_by_outlet(session, release)
        matrix = outlet_release_matrix(session, region="Caribbean")
        radios = outlet_release_matrix(session, outlet_type=OutletType.RADIO)
    assert (row.outlet, row.outlet_id, row.delivered) == ("Closed Gazette", None, 1)
    assert [(r.outlet, r.cells[0].outcome) for r in matrix.rows] == [
        ("Closed Gazette", Outcome.RECEIVED)
    ]
    assert radios.rows == ()  # its type is not known any more
