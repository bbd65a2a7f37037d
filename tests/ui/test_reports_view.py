"""The Reports section on real send histories: the numbers, the gaps, exports, coverage, charts and
mail that comes back, checked against the core reports and a real SMTP server."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from send_history import (
    FROM_ADDRESS,
    PASSWORD,
    USER,
    DovecotServer,
    FaultyHandler,
    MemoryKeyring,
    Newsroom,
    build_history,
    delivery_report,
    dovecot_binary,
    release_mail,
    reply,
    seed,
    start_server,
    write_eml,
)
from sqlalchemy import func, select

from pressdesk.database.models import CoverageItem, Delivery, OutletType
from pressdesk.tracking import imap
from pressdesk.tracking.dashboard import reach_by_region
from pressdesk.tracking.exports import ReportTable
from pressdesk.tracking.reports import report_by_outlet, report_by_region
from pressdesk.ui.reports_view import ReportsPage
from pressdesk.ui.table import format_value


@pytest.fixture
def history(database) -> dict[str, int]:
    return build_history(database)


def open_reports(make_window, qtbot) -> ReportsPage:
    window = make_window()
    page = window.show_section("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.report is not None and not page.is_loading, timeout=5000)
    return page


def show_release(page: ReportsPage, qtbot, release_id: int) -> None:
    page.select_release(release_id)
    qtbot.waitUntil(
        lambda: (
            page.report is not None and page.report.release_id == release_id and not page.is_loading
        ),
        timeout=5000,
    )


def rows_by_first_cell(panel) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in panel.displayed()}


def test_the_numbers_match_what_the_smtp_server_received(
    pressdesk, database, database_url, make_window, qtbot
) -> None:
    seeded = seed(database, people=5)
    refused = seeded.addresses[2]
    handler = FaultyHandler(rules={refused: ["550-rcpt"]})
    server = start_server(handler)
    try:
        configured = pressdesk(
            "--db", database_url, "smtp", "set", "--host", "127.0.0.1",
            "--port", str(server.port), "--security", "none", "--from-address", FROM_ADDRESS,
            "--timeout", "2",
        )  # fmt: skip
        assert configured.exit_code == 0, configured.stderr
        sent = pressdesk(
            "--db", database_url, "send", str(seeded.release_id), "--list", "Press", "--yes"
        )
        assert sent.exit_code == 0, sent.stderr
    finally:
        server.stop()
    received = set(handler.recipients())
    assert len(received) == 4
    assert refused not in received

    page = open_reports(make_window, qtbot)
    [line] = page.release_list.displayed()
    assert line == ["Ministers agree on a regional water plan", "5", "4", "1", "0", "1"]
    assert rows_by_first_cell(page.by_outlet)["Daily Tide"][:4] == ["5", "4", "1", "0"]
    statuses = {row[0]: row[3] for row in page.by_contact.displayed()}
    assert statuses == {
        address: "Delivered" if address in received else "Failed" for address in seeded.addresses
    }
    replies = {row[0]: row[6] for row in page.by_contact.displayed()}
    assert replies[refused].startswith("550")
    assert "5 people · 4 delivered · 1 failed" in page.release_totals.text()


def test_the_tabs_show_the_core_reports_of_the_chosen_release(
    history, database, make_window, qtbot
) -> None:
    page = open_reports(make_window, qtbot)
    show_release(page, qtbot, history["water"])
    with database.session() as session:
        outlets = report_by_outlet(session, history["water"])
        regions = report_by_region(session, history["water"])
    shown = rows_by_first_cell(page.by_outlet)
    assert sorted(shown) == sorted(row.outlet for row in outlets)
    for row in outlets:
        assert shown[row.outlet] == [str(n) for n in row.count_cells()]
    assert shown["Jamaica Gleaner"][:4] == ["2", "1", "0", "1"]  # ana delivered, ben bounced
    by_region = rows_by_first_cell(page.by_region)
    assert by_region["Caribbean"][:5] == ["4", "1", "1", "1", "1"]
    assert by_region["South America"][-1] == "1"  # outlets reached
    assert len(regions) == len(by_region)
    statuses = {row[0]: row[3] for row in page.by_contact.displayed()}
    assert statuses == {
        "ana@gleaner.example": "Delivered",
        "ben@gleaner.example": "Bounced",
        "chloe@caraibes.example": "Failed",
        "dan@caraibes.example": "Deferred, will retry",
        "eva@eltiempo.example": "Delivered",
    }


def test_the_matrix_shows_an_outlet_left_out_as_not_sent(history, make_window, qtbot) -> None:
    page = open_reports(make_window, qtbot)
    page.tabs.setCurrentIndex(1)
    page.since_check.setChecked(False)
    qtbot.waitUntil(lambda: not page.is_loading and page.period_filter().since is None)
    headers = [
        page.matrix.proxy.headerData(i, Qt.Orientation.Horizontal)
        for i in range(page.matrix.proxy.columnCount())
    ]
    water = headers.index(f"#{history['water']} Regional ministers agree on water plan")
    vaccines = water + 1
    rows = rows_by_first_cell(page.matrix)
    assert rows["Jamaica Gleaner"][vaccines - 1] == "Received"
    assert rows["Radio Caraïbes"][water - 1] == "Pending"  # one failed, one deferred
    assert rows["Radio Caraïbes"][vaccines - 1] == "Not sent"
    assert rows["El Tiempo"][vaccines - 1] == "Not sent"
    model = page.matrix.model
    caraibes = next(
        i for i in range(model.rowCount()) if model.row_at(i).outlet == "Radio Caraïbes"
    )
    gap = model.index(caraibes, vaccines)
    assert not model.data(gap, Qt.ItemDataRole.DecorationRole).isNull()  # an icon, not colour
    assert model.data(gap, Qt.ItemDataRole.FontRole).italic()
    assert "Not sent" in model.data(gap, Qt.ItemDataRole.ToolTipRole)

    page.region_filter.setCurrentIndex(page.region_filter.findData("South America"))
    qtbot.waitUntil(
        lambda: not page.is_loading and page.period.matrix.rows[0].outlet == "El Tiempo"
    )
    assert list(rows_by_first_cell(page.matrix)) == ["El Tiempo"]
    page.region_filter.setCurrentIndex(0)
    page.type_filter.setCurrentIndex(page.type_filter.findData(OutletType.RADIO))
    qtbot.waitUntil(lambda: not page.is_loading and len(page.period.matrix.rows) == 1)
    assert list(rows_by_first_cell(page.matrix)) == ["Radio Caraïbes"]


def test_a_period_after_every_send_says_so(history, make_window, qtbot) -> None:
    page = open_reports(make_window, qtbot)
    page.tabs.setCurrentIndex(1)
    page.since_date.setDate(date.today())
    qtbot.waitUntil(lambda: not page.is_loading and not page.period.matrix.releases)
    assert page.matrix.stack.currentWidget() is page.matrix.empty
    assert page.period_chart.is_empty


def _parse(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
        return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    sheet = load_workbook(path, read_only=True).active
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_table_as_shown(history, make_window, qtbot, tmp_path, suffix) -> None:
    page = open_reports(make_window, qtbot)
    show_release(page, qtbot, history["water"])
    target = tmp_path / f"by outlet{suffix}"
    with qtbot.waitSignal(page.exported, timeout=5000):
        page.export_to(page.current_report_table(), target)
    header, *rows = _parse(target)
    assert header == [
        page.by_outlet.proxy.headerData(i, Qt.Orientation.Horizontal)
        for i in range(page.by_outlet.proxy.columnCount())
    ]
    assert rows == page.by_outlet.displayed()

    page.tabs.setCurrentIndex(1)
    page.since_check.setChecked(False)
    qtbot.waitUntil(lambda: not page.is_loading and page.period_filter().since is None)
    matrix_file = tmp_path / f"matrix{suffix}"
    with qtbot.waitSignal(page.exported, timeout=5000):
        page.export_to(page.current_report_table(), matrix_file)
    _, *matrix_rows = _parse(matrix_file)
    exported = {row[0]: row for row in matrix_rows}
    assert exported["El Tiempo"][4] == "not sent"
    assert len(matrix_rows) == len(page.matrix.displayed())


def test_export_as_json_and_of_the_delivery_log(history, make_window, qtbot, tmp_path) -> None:
    page = open_reports(make_window, qtbot)
    show_release(page, qtbot, history["water"])
    page.release_tabs.setCurrentIndex(1)
    target = tmp_path / "log.json"
    with qtbot.waitSignal(page.exported, timeout=5000):
        page.export_to(page.current_report_table(), target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [entry["email"] for entry in document] == [r[0] for r in page.by_contact.displayed()]
    assert {entry["email"]: entry["status"] for entry in document}["ben@gleaner.example"] == (
        "bounced"
    )
    assert "Saved log.json" in page.export_status.text()


def test_an_export_into_a_missing_folder_says_so_and_writes_nothing(
    history, make_window, qtbot, tmp_path
) -> None:
    page = open_reports(make_window, qtbot)
    target = tmp_path / "gone" / "report.csv"
    page.export_to(page.current_report_table(), target)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "error-message") is not None, timeout=5000)
    assert "Cannot write report.csv" in page.findChild(QMessageBox, "error-message").text()
    assert not target.exists()
    assert page.export_status.text() == ""


def test_a_logged_pickup_counts_in_the_outlet_report_and_can_be_removed(
    history, database, make_window, qtbot
) -> None:
    page = open_reports(make_window, qtbot)
    show_release(page, qtbot, history["water"])
    page.release_tabs.setCurrentIndex(4)
    page.log_pickup()
    qtbot.waitUntil(lambda: getattr(page, "coverage_dialog", None) is not None, timeout=5000)
    dialog = page.coverage_dialog
    assert dialog.outlet.findText("Radio Caraïbes") >= 0  # chosen from the outlets on file

    dialog.outlet.setCurrentText("Jamaica Gleaner")
    dialog.url.setText("javascript:alert(1)")
    dialog.save()
    assert dialog.problems["url"].isVisible()
    assert "not a web address" in dialog.problems["url"].text()

    dialog.outlet.setCurrentText("Gleaner Jamaica Weekly")
    dialog.url.setText("https://jamaica-gleaner.example/news/water")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.problems["outlet"].isVisible(), timeout=5000)
    assert "no outlet named" in dialog.problems["outlet"].text()
    with database.session() as session:
        assert session.scalar(select(func.count(CoverageItem.id))) == 0

    dialog.outlet.setCurrentText("Jamaica Gleaner")
    dialog.title_edit.setText("Ministers agree on <b>water</b>")
    with qtbot.waitSignal(page.release_loaded, timeout=5000):
        dialog.save()
    assert rows_by_first_cell(page.by_outlet)["Jamaica Gleaner"][-1] == "1"
    [pickup] = page.coverage.displayed()
    assert pickup[1:4] == [
        "Jamaica Gleaner",
        "Ministers agree on <b>water</b>",
        "https://jamaica-gleaner.example/news/water",
    ]
    assert page.release_tabs.tabText(4) == "Coverage (1)"

    with qtbot.waitSignal(page.release_loaded, timeout=5000):
        page.remove_coverage(page.report.coverage[0].id)
    assert rows_by_first_cell(page.by_outlet)["Jamaica Gleaner"][-1] == "0"
    assert page.coverage.stack.currentWidget() is page.coverage.empty


def test_charts_show_the_figures_of_the_release_and_the_period(
    history, database, make_window, qtbot
) -> None:
    with database.session() as session:
        for number, day in enumerate((date(2026, 3, 3), date(2026, 3, 3), date(2026, 3, 5))):
            session.add(
                CoverageItem(
                    release_id=history["water"],
                    outlet_id=history["gleaner"],
                    outlet_name="Jamaica Gleaner",
                    url=f"https://gleaner.example/{number}",
                    published_on=day,
                )
            )
    page = open_reports(make_window, qtbot)
    show_release(page, qtbot, history["water"])
    assert page.region_chart.categories() == ["Caribbean", "South America"]
    assert page.region_chart.bar_values() == {
        "Delivered": [1, 1],
        "Failed": [1, 0],
        "Bounced": [1, 0],
    }
    assert page.coverage_chart.line_values() == [(date(2026, 3, 3), 2), (date(2026, 3, 5), 3)]
    said = page.region_chart.view.accessibleDescription()  # for screen readers
    assert "Caribbean: Delivered 1, Failed 1, Bounced 1" in said
    assert page.coverage_chart.view.accessibleDescription() == "2026-03-03: 2; 2026-03-05: 3"

    show_release(page, qtbot, history["vaccines"])
    assert page.region_chart.bar_values() == {"Delivered": [1], "Failed": [0], "Bounced": [0]}
    assert page.coverage_chart.is_empty  # no pickups: a sentence, not empty axes
    assert "No coverage logged yet" in page.coverage_chart.empty.text()

    page.since_check.setChecked(False)
    qtbot.waitUntil(lambda: not page.is_loading and page.period_filter().since is None)
    with database.session() as session:
        reach = reach_by_region(session)
    assert page.period_chart.categories() == [r.region for r in reach]
    assert page.period_chart.bar_values() == {
        "Releases received": [float(r.releases) for r in reach],
        "Outlets reached": [float(r.outlets_reached) for r in reach],
    }
    assert page.period_chart.bar_values()["Releases received"] == [2, 1]


def test_charts_follow_a_dark_palette(history, make_window, qtbot, app) -> None:
    from PySide6.QtGui import QColor, QPalette

    saved = app.palette()
    dark = QPalette(saved)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#17181a"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    app.setPalette(dark)
    try:
        page = open_reports(make_window, qtbot)
        show_release(page, qtbot, history["water"])
        chart = page.region_chart.chart
        assert chart.backgroundBrush().color() == QColor("#17181a")
        labels = [axis.labelsColor() for axis in chart.axes()]
        assert labels
        assert all(colour == QColor("#e8eaed") for colour in labels)
    finally:
        app.setPalette(saved)


def test_an_imported_bounce_shows_the_delivery_as_bounced(
    history, database, make_window, qtbot, tmp_path
) -> None:
    page = open_reports(make_window, qtbot)
    show_release(page, qtbot, history["water"])
    eva = "eva@eltiempo.example"
    assert {row[0]: row[3] for row in page.by_contact.displayed()}[eva] == "Delivered"

    with database.session() as session:
        message_ids = {d.email: d.message_id for d in session.scalars(select(Delivery))}
    original = release_mail(message_ids[eva], eva)
    bounce = write_eml(tmp_path / "bounce.eml", delivery_report(original, eva))
    dialog = page.import_mail_file(bounce)
    assert not page.import_mail_action.isEnabled()  # one pass over the mailbox at a time
    assert not page.check_mailbox_action.isEnabled()
    with qtbot.waitSignal(page.intake_done, timeout=10000) as done:
        pass
    summary = done.args[0]
    assert summary.bounced == 1
    assert page.import_mail_action.isEnabled()
    qtbot.waitUntil(lambda: not page.is_loading, timeout=5000)
    assert "1 bounced" in dialog.counts.text()
    assert {row[0]: row[3] for row in page.by_contact.displayed()}[eva] == "Bounced"
    [line] = [r for r in page.release_list.displayed() if r[0].startswith("Regional")]
    assert line[1:5] == ["5", "1", "1", "2"]  # recipients, delivered, failed, bounced
    assert page.tabs.currentIndex() == 2
    kinds = [row[0] for row in page.mail_table.displayed()]
    assert kinds == ["Bounce"]
    releases = page.window().section_pages["releases"]

    def received_in_releases_list() -> int | None:
        rows = [releases.model.row_at(i) for i in range(releases.model.rowCount())]
        return next(r.received for r in rows if r.id == history["water"])

    qtbot.waitUntil(lambda: received_in_releases_list() == 1, timeout=5000)  # ana only now

    # An opt-out by reply is listed for the officer to see.
    ana = "ana@gleaner.example"
    stop = reply(release_mail(message_ids[ana], ana), ana, "unsubscribe", subject="Unsubscribe")
    page.import_mail_file(write_eml(tmp_path / "stop.eml", stop))
    qtbot.waitSignal(page.intake_done, timeout=10000).wait()
    qtbot.waitUntil(lambda: page.opt_out_notice.isVisible(), timeout=5000)
    assert ana in page.opt_out_notice.text()

    # The same file again changes nothing.
    page.import_mail_file(bounce)
    with qtbot.waitSignal(page.intake_done, timeout=10000) as again:
        pass
    assert again.args[0].already_processed == 1
    assert again.args[0].bounced == 0


def test_checking_the_mailbox_without_a_profile_says_what_to_do(
    history, make_window, qtbot
) -> None:
    page = open_reports(make_window, qtbot)
    dialog = page.check_mailbox()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=5000)
    assert dialog.counts.text() == "No mailbox is set up for bounces and replies yet."
    assert "Preferences → Mailbox" in dialog.detail.text()


@pytest.fixture
def imap_mailbox(database) -> Iterator[DovecotServer]:
    """A real Dovecot over TLS set up as the press office's mailbox, the password in a keyring."""
    binary = dovecot_binary()
    if binary is None:
        pytest.skip("Dovecot is not installed (Debian package dovecot-imapd)")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    server = DovecotServer(binary).start()
    try:
        imap.store_password(imap.DEFAULT_PROFILE, PASSWORD)
        with database.session() as session:
            imap.save_profile(
                session,
                imap.ImapProfile(
                    name=imap.DEFAULT_PROFILE,
                    host="127.0.0.1",
                    port=server.port,
                    username=USER,
                    cafile=str(server.cafile),
                    timeout_seconds=10,
                ),
            )
        yield server
    finally:
        server.stop()
        keyring.set_keyring(previous)


@pytest.mark.slow
def test_checking_the_mailbox_reads_a_bounce_from_the_imap_server(
    history, database, imap_mailbox, make_window, qtbot
) -> None:
    with database.session() as session:
        message_ids = {d.email: d.message_id for d in session.scalars(select(Delivery))}
    eva = "eva@eltiempo.example"
    imap_mailbox.deliver(delivery_report(release_mail(message_ids[eva], eva), eva).as_bytes())
    page = open_reports(make_window, qtbot)
    show_release(page, qtbot, history["water"])
    with qtbot.waitSignal(page.intake_done, timeout=20000) as done:
        page.check_mailbox_action.trigger()
    assert done.args[0].bounced == 1
    qtbot.waitUntil(
        lambda: {row[0]: row[3] for row in page.by_contact.displayed()}[eva] == "Bounced",
        timeout=5000,
    )


@pytest.mark.slow
def test_a_refused_mailbox_password_is_said_in_plain_words(
    history, imap_mailbox, make_window, qtbot
) -> None:
    imap.store_password(imap.DEFAULT_PROFILE, "not the password")
    page = open_reports(make_window, qtbot)
    dialog = page.check_mailbox()
    qtbot.waitUntil(lambda: dialog.close_button.isVisible(), timeout=20000)
    assert dialog.counts.text() == (
        f"The mail server 127.0.0.1 refused the user name or password for {USER}."
    )
    assert page.findChild(QMessageBox, "error-message") is None  # not reported as a bug


def test_the_releases_list_and_the_contact_card_show_who_received_what(
    history, make_window, qtbot
) -> None:
    window = make_window()
    releases = window.show_section("releases")
    received = {
        releases.model.row_at(i).headline: releases.model.row_at(i).received
        for i in range(releases.model.rowCount())
    }
    assert received == {
        "Regional ministers agree on water plan": 2,
        "Vaccination campaign reaches two million children": 1,
    }
    titles = [
        releases.model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(releases.model.columnCount())
    ]
    assert titles[-1] == "Received"

    contacts = window.show_section("contacts")
    contacts.search.setText("ben@gleaner")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5000)
    contacts.table.selectRow(0)
    qtbot.waitUntil(lambda: "Regional ministers" in contacts.card.history.text(), timeout=5000)
    assert "Bounced" in contacts.card.history.text()


def test_the_section_has_an_empty_state_before_anything_is_sent(make_window, qtbot) -> None:
    window = make_window()
    page = window.show_section("reports")
    qtbot.waitUntil(lambda: not page.is_loading, timeout=5000)
    assert page.stack.currentWidget() is page.empty
    assert page.export_action.isEnabled() is False
    [explanation] = [label for label in page.empty.findChildren(QLabel) if label.wordWrap()]
    assert "Once a release has been sent" in explanation.text()
    assert explanation.height() >= explanation.heightForWidth(explanation.width())  # not cut
    [go] = [b for b in page.empty.findChildren(QPushButton) if b.text() == "Go to Releases"]
    go.click()
    assert window.current_page() is window.section_pages["releases"]


def test_markup_in_a_headline_is_shown_as_written(database, make_window, qtbot) -> None:
    newsroom = Newsroom(database)
    outlet = newsroom.outlet("Le Nouvelliste")
    person = newsroom.contact("rose@nouvelliste.example", "Rose Jean", outlet)
    release = newsroom.release('<img src="x"> Storms & <b>floods</b>')
    newsroom.send(release, {person: "sent"})
    page = open_reports(make_window, qtbot)
    assert page.release_title.text() == f'#{release} <img src="x"> Storms & <b>floods</b>'
    assert page.release_title.textFormat() == Qt.TextFormat.PlainText
    page.since_check.setChecked(False)
    qtbot.waitUntil(lambda: not page.is_loading and page.period_filter().since is None)
    tip = page.matrix.model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=&quot;x&quot;&gt; Storms &amp; &lt;b&gt;floods&lt;/b&gt;" in tip


def test_the_list_of_sent_releases_exports_too(
    history, make_window, qtbot, tmp_path, monkeypatch
) -> None:
    page = open_reports(make_window, qtbot)
    target = tmp_path / "releases"
    monkeypatch.setattr(
        "pressdesk.ui.reports_view.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "JSON (*.json)"),
    )  # the one thing a test cannot click: the system's file dialog
    with qtbot.waitSignal(page.exported, timeout=5000):
        page.release_list_export.click()
    document = json.loads((tmp_path / "releases.json").read_text(encoding="utf-8"))
    assert [(r["headline"], r["recipients"], r["delivered"]) for r in document] == [
        ("Vaccination campaign reaches two million children", 1, 1),
        ("Regional ministers agree on water plan", 5, 2),
    ]


def test_a_big_export_shows_progress_and_can_be_cancelled(
    history, make_window, qtbot, tmp_path
) -> None:
    page = open_reports(make_window, qtbot)
    rows = tuple((f"Outlet {n}", n, n % 7) for n in range(60_000))
    big = ReportTable(
        title="Big", headers=("Outlet", "Delivered", "Failed"), rows=rows, document=[]
    )
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "big.xlsx"
    page.export_to(big, target)
    window = page.window()
    assert window.job_progress.isVisible()  # the status bar has the bar and a Cancel button
    expected = f"of {format_value(60_000)} rows"
    qtbot.waitUntil(lambda: expected in page.export_status.text(), timeout=10000)
    window.job_progress.cancel.click()
    qtbot.waitUntil(lambda: "cancelled" in page.export_status.text(), timeout=10000)
    assert list(folder.iterdir()) == []  # neither the file nor a partial one


def test_double_clicking_a_pickup_opens_its_link(
    history, database, make_window, qtbot, monkeypatch
) -> None:
    with database.session() as session:
        session.add(
            CoverageItem(
                release_id=history["water"],
                outlet_id=history["gleaner"],
                outlet_name="Jamaica Gleaner",
                url="https://jamaica-gleaner.example/news/water",
            )
        )
    opened: list[str] = []
    monkeypatch.setattr(  # the system browser is the one part that cannot run here
        "pressdesk.ui.reports_view.QDesktopServices.openUrl",
        lambda url: opened.append(url.toString()),
    )
    page = open_reports(make_window, qtbot)
    show_release(page, qtbot, history["water"])
    page.release_tabs.setCurrentIndex(4)
    table = page.coverage.table
    table.setCurrentIndex(page.coverage.proxy.index(0, 3))
    table.activated.emit(table.currentIndex())
    assert opened == ["https://jamaica-gleaner.example/news/water"]
