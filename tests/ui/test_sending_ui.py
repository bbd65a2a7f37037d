"""Sending from the window: the send dialog, its progress, the Outbox, scheduled sends, and the
mail server settings, against a real SMTP server and a real database."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox
from sqlalchemy import select, update

from mail.mailtesting import FROM_ADDRESS, free_port, seed, suppress
from pressdesk.contacts.lists import add_addresses_to_list, create_list
from pressdesk.database.models import (
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    SmtpAuth,
    SmtpProfile,
    SmtpSecurity,
)
from pressdesk.database.types import utcnow
from pressdesk.jobs import run_to_completion
from pressdesk.mail.oauth_config import OAuthChanges
from pressdesk.mail.planning import queue_send
from pressdesk.mail.profiles import ProfileChanges, get_profile, list_profiles, save_profile
from pressdesk.mail.sender import send_distribution
from pressdesk.mail.transport import LoginRefused
from pressdesk.ui.dialogs import PreferencesDialog
from pressdesk.ui.sending import in_desktop_words


def make_profile(database, server, password=None, **changes):
    with database.session() as session:
        profile, _ = save_profile(
            session,
            None,
            ProfileChanges(
                host=server.host,
                port=server.port,
                security=SmtpSecurity.NONE,
                from_address=FROM_ADDRESS,
                timeout_seconds=5,
                **changes,
            ),
            password=password,
        )
    return profile


def queue(database, release_id, *, list_name="Press", scheduled_at=None):
    with database.session() as session:
        profile = get_profile(session)
        return queue_send(
            session, release_id, profile, [list_name], scheduled_at=scheduled_at
        ).distribution


def statuses(database, distribution_id):
    with database.session() as session:
        return list(
            session.scalars(
                select(Delivery.status)
                .where(Delivery.distribution_id == distribution_id)
                .order_by(Delivery.id)
            )
        )


def distribution_status(database, distribution_id):
    with database.session() as session:
        return session.get(Distribution, distribution_id).status


def click_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def test_the_send_dialog_counts_skipped_people_then_sends_once_to_each(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=6)
    make_profile(database, smtp_server)
    suppress(database, seeded.addresses[1])
    with database.session() as session:
        create_list(session, "Early")
        add_addresses_to_list(session, "Early", seeded.addresses[:1])
    run_to_completion(
        send_distribution(database, queue(database, seeded.release_id, list_name="Early"))
    )
    window = make_window()

    dialog = window.open_send_dialog(seeded.release_id)
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=5000)
    assert not dialog.send_button.isEnabled()  # nobody chosen yet
    dialog.choose("Press")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    assert "4 recipients" in dialog.summary.text()
    assert "2 skipped: 1 opted out, 1 already received it" in dialog.summary.text()
    assert not dialog.embargo_banner.isVisible()

    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None, timeout=2000)
    assert dialog.confirmation.text() == (
        "Send 'Ministers agree on a regional water plan' to 4 contacts "
        "(2 skipped: 1 opted out, 1 already received it)?"
    )
    click_yes(dialog.confirmation)
    qtbot.waitUntil(lambda: len(window.send_windows) == 1, timeout=5000)
    (progress,) = window.send_windows.values()
    qtbot.waitUntil(lambda: progress.result is not None, timeout=15000)
    assert progress.result.sent == 4
    assert "4 of 4 sent" in progress.counts.text()
    received = smtp_server.handler.recipients()
    assert received == dict.fromkeys([seeded.addresses[0], *seeded.addresses[2:]], 1)

    # Asked again, the dialog finds nobody left to send to and will not send.
    again = window.open_send_dialog(seeded.release_id)
    qtbot.waitUntil(lambda: again.setup is not None, timeout=5000)
    again.choose("Press")
    qtbot.waitUntil(lambda: again.plan is not None, timeout=5000)
    assert again.plan.recipients == 0
    assert not again.send_button.isEnabled()
    assert "Nobody to send to" in again.warnings.text()
    again.reject()


def test_an_embargo_ahead_shows_a_banner_and_proposes_the_lift_as_the_moment(
    make_window, qtbot, database, smtp_server
) -> None:
    from pressdesk.database.models import Release

    seeded = seed(database, people=2)
    make_profile(database, smtp_server)
    lift = (utcnow() + timedelta(days=2)).replace(second=0, microsecond=0)
    with database.session() as session:
        session.get(Release, seeded.release_id).embargo_at = lift
    window = make_window()
    dialog = window.open_send_dialog(seeded.release_id)
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=5000)
    assert dialog.embargo_banner.isVisible()
    assert "EMBARGOED until" in dialog.embargo_banner.text()
    assert dialog.send_later.isChecked()
    assert dialog.scheduled_at() == lift
    dialog.send_now.setChecked(True)
    dialog.choose("Press")
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5000)
    assert "before the embargo lifts" in dialog.warnings.text()
    dialog.send_later.setChecked(True)
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled(), timeout=5000)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None, timeout=2000)
    assert dialog.confirmation.text().startswith(
        "Schedule 'Ministers agree on a regional water plan' for "
    )
    click_yes(dialog.confirmation)
    qtbot.waitUntil(lambda: window.sending.next_due is not None, timeout=5000)
    assert window.sending.next_due == lift
    assert smtp_server.handler.recipients() == {}
    qtbot.waitUntil(lambda: "Next send" in window.sending_label.text(), timeout=5000)


def test_a_template_that_fails_is_reported_before_anything_is_sent(
    make_window, qtbot, database, smtp_server
) -> None:
    from pressdesk.database.models import Release
    from pressdesk.releases.rendering import user_templates_dir

    seeded = seed(database, people=2)
    make_profile(database, smtp_server)
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.html").write_text("<p>{% if %}</p>", encoding="utf-8")
    with database.session() as session:
        session.get(Release, seeded.release_id).template = "broken"
    window = make_window()
    dialog = window.open_send_dialog(seeded.release_id)
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=5000)
    dialog.choose("Press")
    qtbot.waitUntil(lambda: dialog.plan_error is not None, timeout=5000)
    assert dialog.warnings.isVisible()
    assert "broken" in dialog.warnings.text()
    assert dialog.summary.text() == "Cannot send yet."
    assert not dialog.send_button.isEnabled()
    assert smtp_server.handler.recipients() == {}


def test_the_test_copy_goes_to_one_address_and_records_nothing(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=2)
    make_profile(database, smtp_server)
    window = make_window()
    dialog = window.open_send_dialog(seeded.release_id)
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=5000)
    dialog.test_address.setText("officer@agency.example.org")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "went to" in dialog.test_result.text(), timeout=10000)
    (message,) = smtp_server.handler.received
    assert message.rcpt_tos == ["officer@agency.example.org"]
    assert "[TEST]" in message.message["Subject"]
    with database.session() as session:
        assert session.scalars(select(Delivery)).first() is None


def test_pause_and_resume_from_the_progress_window_sends_everyone_exactly_once(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=60)
    make_profile(database, smtp_server, connections=1)
    smtp_server.handler.delay = 0.05
    distribution_id = queue(database, seeded.release_id)
    window = make_window()
    progress = window.show_send_progress(distribution_id, "Ministers agree")
    qtbot.waitUntil(lambda: len(smtp_server.handler.received) >= 3, timeout=10000)
    progress.pause_button.click()
    qtbot.waitUntil(lambda: progress.pause_button.text() == "Resume", timeout=10000)
    assert distribution_status(database, distribution_id) is DistributionStatus.PAUSED
    paused_at = len(smtp_server.handler.received)
    assert paused_at < 60
    assert not window.sending.is_running(distribution_id)

    progress.pause_button.click()
    qtbot.waitUntil(lambda: progress.result is not None, timeout=20000)
    assert progress.result.sent == 60
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)
    assert distribution_status(database, distribution_id) is DistributionStatus.DONE


def test_the_outbox_pauses_a_running_send_and_resumes_it(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=40)
    make_profile(database, smtp_server, connections=1)
    smtp_server.handler.delay = 0.1
    distribution_id = queue(database, seeded.release_id)
    window = make_window()
    page = window.show_section("outbox")
    window.sending.start(distribution_id)
    qtbot.waitUntil(lambda: page.select_distribution(distribution_id), timeout=5000)
    qtbot.waitUntil(lambda: page.outbox_detail.pause_button.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: len(smtp_server.handler.received) >= 2, timeout=10000)
    assert window.section_pages["outbox"].outbox_detail.state.text() == (
        "Sending now from this window"
    )
    page.outbox_detail.pause_button.click()
    qtbot.waitUntil(lambda: not window.sending.is_running(distribution_id), timeout=10000)
    assert distribution_status(database, distribution_id) is DistributionStatus.PAUSED
    qtbot.waitUntil(lambda: page.outbox_detail.resume_button.isVisible(), timeout=5000)
    page.outbox_detail.resume_button.click()
    qtbot.waitUntil(
        lambda: distribution_status(database, distribution_id) is DistributionStatus.DONE,
        timeout=20000,
    )
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)


def _with_uncertain(database, seeded, count):
    """A distribution where ``count`` messages were in flight when the sender died."""
    distribution_id = queue(database, seeded.release_id)
    with database.session() as session:
        ids = list(session.scalars(select(Delivery.id).order_by(Delivery.id)))
        session.execute(
            update(Delivery)
            .where(Delivery.id.in_(ids[:count]))
            .values(status=DeliveryStatus.UNCERTAIN, sending_at=utcnow())
        )
    run_to_completion(send_distribution(database, distribution_id))
    return distribution_id


def test_the_outbox_sends_uncertain_deliveries_again_when_asked(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=4)
    make_profile(database, smtp_server)
    distribution_id = _with_uncertain(database, seeded, 2)
    assert set(smtp_server.handler.recipients()) == set(seeded.addresses[2:])
    window = make_window()
    page = window.show_section("outbox")
    assert page.select_distribution(distribution_id)
    detail = page.outbox_detail
    qtbot.waitUntil(lambda: detail.uncertain_list.count() == 2, timeout=5000)
    assert detail.uncertain_box.isVisible()
    assert detail.uncertain_title.text() == "Uncertain: 2 — these may or may not have arrived"
    assert seeded.addresses[0] in detail.uncertain_list.item(0).text()
    detail.resend_button.click()
    qtbot.waitUntil(
        lambda: statuses(database, distribution_id) == [DeliveryStatus.SENT] * 4, timeout=10000
    )
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)
    qtbot.waitUntil(lambda: not detail.uncertain_box.isVisible(), timeout=5000)


def test_the_outbox_marks_uncertain_deliveries_as_received_after_asking(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=3)
    make_profile(database, smtp_server)
    distribution_id = _with_uncertain(database, seeded, 1)
    window = make_window()
    page = window.show_section("outbox")
    assert page.select_distribution(distribution_id)
    detail = page.outbox_detail
    qtbot.waitUntil(lambda: detail.uncertain_list.count() == 1, timeout=5000)
    detail.received_button.click()
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=2000)
    assert "Mark the uncertain message (1) as received?" in page.confirmation.text()
    click_yes(page.confirmation)
    qtbot.waitUntil(
        lambda: statuses(database, distribution_id) == [DeliveryStatus.SENT] * 3, timeout=5000
    )
    qtbot.waitUntil(lambda: not detail.uncertain_box.isVisible(), timeout=5000)
    assert seeded.addresses[0] not in smtp_server.handler.recipients()


def test_cancel_in_the_outbox_asks_then_cancels_what_was_not_sent(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=3)
    make_profile(database, smtp_server)
    distribution_id = queue(database, seeded.release_id)
    with database.session() as session:
        session.execute(
            update(Distribution)
            .where(Distribution.id == distribution_id)
            .values(status=DistributionStatus.PAUSED)
        )
    window = make_window()
    page = window.show_section("outbox")
    assert page.select_distribution(distribution_id)
    page.outbox_detail.cancel_button.click()
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=2000)
    assert "The messages not sent yet (3) will never be sent" in page.confirmation.text()
    click_yes(page.confirmation)
    qtbot.waitUntil(
        lambda: distribution_status(database, distribution_id) is DistributionStatus.CANCELLED,
        timeout=5000,
    )
    assert statuses(database, distribution_id) == [DeliveryStatus.CANCELLED] * 3
    assert smtp_server.handler.recipients() == {}


def test_the_outbox_reads_in_spanish_counts_included(make_window, qtbot, database, smtp_server):
    """The page's count comes from the shared section code, looked up under its own context."""
    from pressdesk.ui.i18n import install_language

    seeded = seed(database, people=3)
    make_profile(database, smtp_server)
    distribution_id = queue(database, seeded.release_id)
    with database.session() as session:
        session.execute(
            update(Distribution)
            .where(Distribution.id == distribution_id)
            .values(status=DistributionStatus.PAUSED)
        )
    try:
        install_language("es")
        window = make_window()
        page = window.show_section("outbox")
        assert page.count_label.text() == "1 en total"
        assert page.select_distribution(distribution_id)
        page.outbox_detail.cancel_button.click()
        qtbot.waitUntil(lambda: page.confirmation is not None, timeout=2000)
        assert "Los mensajes aún no enviados (3) no se enviarán nunca" in (page.confirmation.text())
        page.confirmation.button(QMessageBox.StandardButton.No).click()
    finally:
        install_language("en")
    assert distribution_status(database, distribution_id) is DistributionStatus.PAUSED


def test_a_scheduled_send_goes_out_when_due_while_the_window_is_open(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=3)
    make_profile(database, smtp_server)
    distribution_id = queue(
        database, seeded.release_id, scheduled_at=utcnow() + timedelta(seconds=8)
    )
    window = make_window()
    outbox_item = window.sidebar.item(4)
    qtbot.waitUntil(lambda: outbox_item.data(window_badge_role()) == "1 scheduled", timeout=3000)
    page = window.show_section("outbox")
    assert page.select_distribution(distribution_id)
    assert "Scheduled for" in page.outbox_detail.state.text()
    assert " in " in page.outbox_detail.state.text()  # the countdown
    assert smtp_server.handler.recipients() == {}
    qtbot.waitUntil(
        lambda: distribution_status(database, distribution_id) is DistributionStatus.DONE,
        timeout=20000,
    )
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)


def test_at_start_the_window_offers_to_resume_an_interrupted_send(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=3)
    make_profile(database, smtp_server)
    distribution_id = queue(database, seeded.release_id)
    with database.session() as session:
        session.execute(
            update(Distribution)
            .where(Distribution.id == distribution_id)
            .values(status=DistributionStatus.INTERRUPTED)
        )
    window = make_window()
    window.offer_to_resume()
    qtbot.waitUntil(lambda: window.resume_offer is not None, timeout=5000)
    assert "(distributions: 1)" in window.resume_offer.text()
    click_yes(window.resume_offer)
    qtbot.waitUntil(
        lambda: distribution_status(database, distribution_id) is DistributionStatus.DONE,
        timeout=10000,
    )
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)


def window_badge_role():
    from pressdesk.ui.mainwindow import BADGE_ROLE

    return BADGE_ROLE


# --- Preferences → Sending -----------------------------------------------------------------


def _sending_tab(make_window, qtbot, database, open_browser=None):
    window = make_window()
    dialog = PreferencesDialog(window, database)
    dialog.sending_tab.open_browser = open_browser  # before the profiles come in
    qtbot.addWidget(dialog)
    dialog.show_tab("sending")
    dialog.show()
    tab = dialog.sending_tab
    qtbot.waitUntil(lambda: tab.keyring_note.text() != "", timeout=5000)
    return dialog, tab


def test_the_sending_tab_tests_the_connection_and_saves_the_password_in_the_keyring(
    make_window, qtbot, database, smtp_server, memory_keyring
) -> None:
    _dialog, tab = _sending_tab(make_window, qtbot, database)
    tab.name.setText("Office")
    tab.host.setText(smtp_server.host)
    tab.security.setCurrentIndex(tab.security.findData(SmtpSecurity.NONE))
    tab.port.setValue(smtp_server.port)
    tab.from_address.setText("press@agency.example.org")
    tab.from_name.setText("Oficina de Prensa")
    tab.test_button.click()
    qtbot.waitUntil(lambda: "ready to send" in tab.result.text(), timeout=10000)
    assert f"Connected to {smtp_server.host}:{smtp_server.port}" in tab.result.text()

    tab.port.setValue(free_port())  # nothing listens there
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.result.text().startswith("✗"), timeout=10000)
    assert "refused the connection" in tab.result.text()
    assert "Preferences → Sending" in tab.result.text()
    assert "pressdesk smtp" not in tab.result.text()

    tab.port.setValue(smtp_server.port)
    tab.username.setText("press@agency.example.org")
    tab.password.setText("s3cret-Ñ")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "Saved the profile" in tab.result.text(), timeout=5000)
    assert memory_keyring.secrets == {("pressdesk", "smtp:Office"): "s3cret-Ñ"}
    with database.session() as session:
        (profile,) = list_profiles(session)
    assert (profile.name, profile.port, profile.from_name) == (
        "Office",
        smtp_server.port,
        "Oficina de Prensa",
    )
    assert tab.password.text() == ""
    qtbot.waitUntil(lambda: tab.profile_list.count() == 1, timeout=5000)


def test_without_a_keyring_the_password_is_refused_and_nothing_is_stored(
    make_window, qtbot, database, smtp_server
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        _dialog, tab = _sending_tab(make_window, qtbot, database)
        tab.name.setText("Office")
        tab.host.setText(smtp_server.host)
        tab.port.setValue(smtp_server.port)
        tab.from_address.setText("press@agency.example.org")
        tab.username.setText("press@agency.example.org")
        tab.password.setText("s3cret")
        tab.save_button.click()
        qtbot.waitUntil(lambda: tab.result.text().startswith("✗"), timeout=5000)
    finally:
        keyring.set_keyring(previous)
    assert "No system keyring is available" in tab.result.text()
    with database.session() as session:
        assert list_profiles(session) == []


def test_a_refused_password_is_explained_in_the_window_s_words() -> None:
    error = LoginRefused(
        "The mail server smtp.example.org:587 refused the password for press@example.org.",
        hint="Save the right one with: pressdesk smtp set --password-stdin",
    )
    shown = in_desktop_words(error)
    assert str(shown) == (
        "The mail server smtp.example.org:587 refused the password for press@example.org. "
        "Check it in Preferences → Sending."
    )
    assert isinstance(shown, LoginRefused)
    assert error.hint.startswith("Save the right one")  # the original is left alone


def test_release_send_in_the_menu_opens_the_dialog_for_the_selected_release(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=2)
    make_profile(database, smtp_server)
    window = make_window()
    shortcuts = [key.toString() for key in window.send_action.shortcuts()]
    assert shortcuts == ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"]
    window.send_action.trigger()  # nothing selected yet: it says so
    assert "Select the release" in window.message_label.text()
    page = window.show_section("releases")
    page.table.selectRow(0)
    window.send_action.trigger()
    dialog = window.send_dialog
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=5000)
    assert dialog.release_id == seeded.release_id
    assert dialog.headline.text() == "Ministers agree on a regional water plan"
    dialog.reject()


def test_send_in_the_editor_saves_the_changes_first_then_opens_the_dialog(
    make_window, qtbot, database, smtp_server
) -> None:
    seeded = seed(database, people=2)
    make_profile(database, smtp_server)
    window = make_window()
    editor = window.open_release(seeded.release_id)
    qtbot.waitUntil(lambda: not editor._loading, timeout=5000)
    editor.headline.setText("Ministers sign the regional water plan")
    with qtbot.waitSignal(editor.send_requested, timeout=5000) as requested:
        editor.send_action.trigger()
    assert requested.args == [seeded.release_id]
    dialog = window.send_dialog
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=5000)
    assert dialog.headline.text() == "Ministers sign the regional water plan"
    dialog.reject()
    editor.close()


def test_attachments_above_ten_megabytes_are_flagged_in_the_dialog(
    make_window, qtbot, database, smtp_server, tmp_path
) -> None:
    from pressdesk.releases.attachments import add_attachment

    seeded = seed(database, people=2)
    make_profile(database, smtp_server)
    video = tmp_path / "briefing.mp4"
    video.write_bytes(b"\0" * (11 * 1024 * 1024))
    with database.session() as session:
        add_attachment(session, seeded.release_id, video)
    window = make_window()
    dialog = window.open_send_dialog(seeded.release_id)
    qtbot.waitUntil(lambda: dialog.setup is not None, timeout=5000)
    assert dialog.warnings.isVisible()
    assert "11.0 MB" in dialog.warnings.text()
    dialog.reject()


def test_saving_preferences_also_saves_a_changed_mail_server_form(
    make_window, qtbot, database, smtp_server
) -> None:
    dialog, tab = _sending_tab(make_window, qtbot, database)
    tab.host.setText(smtp_server.host)
    tab.host.textEdited.emit(smtp_server.host)
    tab.port.setValue(smtp_server.port)
    tab.from_address.setText("not an address")
    dialog.accept()
    assert dialog.isVisible()  # kept open, with the reason
    assert "not a valid email address" in dialog.error.text()
    tab.from_address.setText("press@agency.example.org")
    dialog.accept()
    assert not dialog.isVisible()
    with database.session() as session:
        (profile,) = list_profiles(session)
    assert (profile.name, profile.host, profile.port) == ("default", "127.0.0.1", smtp_server.port)


def test_the_embargo_is_shown_in_its_own_time_zone_and_in_local_time(app) -> None:
    from datetime import UTC, datetime

    from pressdesk.ui.send_dialog import embargo_moment

    lift = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    assert embargo_moment(lift, "UTC-06:00").startswith("3 Dec 2026, 09:00 UTC-06:00")
    assert embargo_moment(lift, "America/Panama").startswith("3 Dec 2026, 10:00 America/Panama")
    assert embargo_moment(lift, None).startswith("3 Dec 2026, 15:00 UTC")


def test_retry_deferred_now_sends_a_temporarily_refused_message_at_once(
    make_window, qtbot, database, smtp_server
) -> None:
    from pressdesk.mail.sender import SendOptions

    seeded = seed(database, people=3)
    make_profile(database, smtp_server)
    smtp_server.handler.rules[seeded.addresses[1]] = ["451-rcpt"]
    distribution_id = queue(database, seeded.release_id)
    run_to_completion(
        send_distribution(database, distribution_id, options=SendOptions(wait_for_deferred=False))
    )
    assert statuses(database, distribution_id)[1] is DeliveryStatus.DEFERRED
    window = make_window()
    page = window.show_section("outbox")
    assert page.select_distribution(distribution_id)
    detail = page.outbox_detail
    assert detail.retry_button.isVisible()
    detail.retry_button.click()
    qtbot.waitUntil(
        lambda: statuses(database, distribution_id) == [DeliveryStatus.SENT] * 3, timeout=10000
    )
    assert smtp_server.handler.recipients() == dict.fromkeys(seeded.addresses, 1)


# --- Preferences → Sending with OAuth 2.0 ----------------------------------------------------


@dataclass
class OAuthWorld:
    """The identity provider double over HTTPS and a mail server that takes only its tokens,
    both trusted through one private CA."""

    cafile: Path
    idp: Any
    mail_port: int
    handler: Any


@pytest.fixture
def oauth_world(tmp_path: Path) -> Iterator[OAuthWorld]:
    import ssl

    import trustme

    from mail import mailtesting
    from oauth_provider import AuthorizationServer

    sys.modules.setdefault("mailtesting", mailtesting)  # as tests/mail imports it
    from mail.oauth_smtp import XOAuth2Handler
    from pressdesk.mail import oauth

    authority = trustme.CA()
    cafile = tmp_path / "organization-ca.pem"
    authority.cert_pem.write_to_path(str(cafile))
    idp = AuthorizationServer(authority)
    idp.start()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    handler = XOAuth2Handler(authorization=idp)
    controller = mailtesting.start_server(
        handler,
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        auth_exclude_mechanism=["LOGIN", "PLAIN"],
    )
    oauth._sources.clear()
    yield OAuthWorld(cafile, idp, controller.port, handler)
    oauth._sources.clear()
    controller.stop()
    idp.stop()


def save_custom_oauth_profile(database, world: OAuthWorld, name: str = "office"):
    """A profile signing in at the provider double, as IT would set it up."""
    from oauth_provider import CLIENT_ID

    with database.session() as session:
        profile, _ = save_profile(
            session,
            name,
            ProfileChanges(
                host="127.0.0.1",
                port=world.mail_port,
                security=SmtpSecurity.STARTTLS,
                from_address=FROM_ADDRESS,
                cafile=str(world.cafile),
                timeout_seconds=5,
                auth=SmtpAuth.OAUTH2,
                oauth=OAuthChanges(
                    provider="custom",
                    client_id=CLIENT_ID,
                    authorize_url=world.idp.authorize_url,
                    token_url=world.idp.token_url,
                    scopes=("mail.send", "offline_access"),
                ),
            ),
        )
    return profile


def choose_sign_in(tab, key: str) -> None:
    """Pick a way of signing in as a person does, through the drop-down."""
    tab.auth.setCurrentIndex(tab.auth.findData(key))
    tab.auth.activated.emit(tab.auth.currentIndex())


def test_choosing_microsoft_365_fills_the_server_and_saves_an_oauth_profile(
    make_window, qtbot, database, memory_keyring
) -> None:
    _dialog, tab = _sending_tab(make_window, qtbot, database)
    assert tab.password.isVisible()
    assert not tab.client_id.isVisible()
    tab.name.setText("Office 365")
    tab.from_address.setText("prensa@agencia.example.org")
    choose_sign_in(tab, "microsoft")
    assert (tab.host.text(), tab.port.value(), tab.chosen_security()) == (
        "smtp.office365.com",
        587,
        SmtpSecurity.STARTTLS,
    )
    assert not tab.password.isVisible()
    assert tab.client_id.isVisible()
    assert tab.tenant.isVisible()
    assert not tab.client_secret.isVisible()
    assert not tab.authorize_url.isVisible()
    assert "IT registers" in tab.client_id_note.text()
    assert tab.client_id_note.isVisible()
    assert tab.sign_in_note.text() == "Save the profile, then sign in here."

    tab.save_button.click()  # no client ID: the core refuses, beside the field
    problem = tab.problems[tab.client_id]
    qtbot.waitUntil(problem.isVisible, timeout=5000)
    assert "needs the client ID" in problem.text()
    assert "--" not in problem.text()
    with database.session() as session:
        assert list_profiles(session) == []

    tab.client_id.setText("0a1b2c3d-0000-4000-8000-00000000abcd")
    tab.tenant.setText("agencia.onmicrosoft.com")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "Saved the profile “Office 365”" in tab.result.text(), timeout=5000)
    assert not problem.isVisible()
    with database.session() as session:
        profile = get_profile(session, "Office 365")
    assert profile.auth is SmtpAuth.OAUTH2
    assert profile.oauth == {
        "provider": "microsoft",
        "client_id": "0a1b2c3d-0000-4000-8000-00000000abcd",
        "tenant": "agencia.onmicrosoft.com",
    }
    assert (profile.host, profile.port, profile.security) == (
        "smtp.office365.com",
        587,
        SmtpSecurity.STARTTLS,
    )
    assert profile.username == "prensa@agencia.example.org"  # signs in as the From address
    assert memory_keyring.secrets == {}  # nothing secret until someone signs in
    qtbot.waitUntil(lambda: tab.sign_in_control is not None, timeout=5000)
    control = tab.sign_in_control
    qtbot.waitUntil(lambda: control.status.text() == "Not signed in to Microsoft 365.")
    assert control.sign_in_button.isVisible()


def test_google_s_client_secret_goes_to_the_keyring_only(
    make_window, qtbot, database, memory_keyring
) -> None:
    _dialog, tab = _sending_tab(make_window, qtbot, database)
    tab.name.setText("Gmail")
    tab.from_address.setText("press@agency.example.org")
    choose_sign_in(tab, "google")
    assert tab.host.text() == "smtp.gmail.com"
    assert tab.client_secret.isVisible()
    assert not tab.tenant.isVisible()
    assert tab.client_secret.echoMode() == QLineEdit.EchoMode.Password
    tab.client_id.setText("1234-abcd.apps.googleusercontent.com")
    tab.client_secret.setText("GOCSPX-not-for-the-database")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "Saved the profile" in tab.result.text(), timeout=5000)
    assert memory_keyring.secrets == {
        ("pressdesk", "smtp-oauth-client:Gmail"): "GOCSPX-not-for-the-database"
    }
    assert tab.client_secret.text() == ""
    with database.session() as session:
        stored = [tuple(row) for row in session.execute(select(SmtpProfile.__table__))]
    assert len(stored) == 1
    assert "GOCSPX" not in repr(stored)
    with database.session() as session:
        profile = get_profile(session, "Gmail")
    assert profile.oauth == {
        "provider": "google",
        "client_id": "1234-abcd.apps.googleusercontent.com",
    }

    choose_sign_in(tab, "custom")  # another provider: Google's server is not kept
    assert tab.host.text() == ""


def test_oauth_over_an_unencrypted_connection_is_refused_beside_the_field(
    make_window, qtbot, database, memory_keyring
) -> None:
    _dialog, tab = _sending_tab(make_window, qtbot, database)
    tab.name.setText("Keycloak")
    choose_sign_in(tab, "custom")
    assert tab.authorize_url.isVisible()
    assert tab.scopes.isVisible()
    tab.host.setText("mail.agency.example.org")
    tab.from_address.setText("press@agency.example.org")
    tab.client_id.setText("pressdesk")
    tab.authorize_url.setText("https://login.agency.example.org/authorize")
    tab.token_url.setText("https://login.agency.example.org/token")
    tab.scopes.setText("mail.send offline_access")
    problem = tab.problems[tab.security]
    assert not problem.isVisible()
    tab.security.setCurrentIndex(tab.security.findData(SmtpSecurity.NONE))
    assert problem.isVisible()
    assert problem.text() == (
        "OAuth 2.0 sign-in needs an encrypted connection: choose STARTTLS or SSL/TLS."
    )
    tab.save_button.click()  # the core refuses it too; nothing is stored
    qtbot.waitUntil(lambda: tab.result.text().startswith("✗"), timeout=5000)
    assert "encrypted connection" in tab.result.text()
    assert problem.isVisible()
    with database.session() as session:
        assert list_profiles(session) == []

    tab.security.setCurrentIndex(tab.security.findData(SmtpSecurity.SSL))
    assert not problem.isVisible()
    assert tab.port.value() == 465
    tab.save_button.click()
    qtbot.waitUntil(lambda: "Saved the profile" in tab.result.text(), timeout=5000)
    with database.session() as session:
        profile = get_profile(session, "Keycloak")
    assert profile.oauth["scopes"] == ["mail.send", "offline_access"]
    assert profile.security is SmtpSecurity.SSL


def test_a_saved_oauth_profile_signs_in_then_tests_the_connection_with_xoauth2(
    make_window, qtbot, database, memory_keyring, oauth_world
) -> None:
    from oauth_provider import stand_in_browser

    save_custom_oauth_profile(database, oauth_world)
    open_browser, pages = stand_in_browser(oauth_world.cafile)
    _dialog, tab = _sending_tab(make_window, qtbot, database, open_browser=open_browser)
    assert tab.chosen_auth() == "custom"
    assert not tab.password.isVisible()
    qtbot.waitUntil(lambda: tab.sign_in_control is not None, timeout=5000)
    control = tab.sign_in_control
    qtbot.waitUntil(lambda: control.sign_in_button.isVisible(), timeout=5000)

    tab.test_button.click()  # nobody signed in yet: it says what to do
    qtbot.waitUntil(lambda: tab.result.text().startswith("✗"), timeout=5000)
    assert tab.result.text() == (
        "✗ Sign in first: click “Sign in…” above, then test the connection again."
    )
    assert oauth_world.handler.sign_ins == []

    with qtbot.waitSignal(control.signedInChanged, timeout=10_000) as signed:
        control.sign_in_button.click()
    assert signed.args == [True]
    assert control.status.text() == f"Signed in as {FROM_ADDRESS}"
    assert pages
    assert pages[0][0] == 200

    tab.test_button.click()
    qtbot.waitUntil(lambda: "ready to send" in tab.result.text(), timeout=10_000)
    assert f"✓ Signed in as {FROM_ADDRESS} (XOAUTH2)." in tab.result.text()
    assert oauth_world.handler.sign_ins == [("XOAUTH2", FROM_ADDRESS, True)]

    # IT ends the sessions: the test says so, and offers to sign in again right there.
    oauth_world.idp.revoke_refresh_tokens()
    oauth_world.idp.expire_access_tokens()
    assert not tab.sign_in_again_button.isVisible()
    tab.test_button.click()
    qtbot.waitUntil(lambda: "expired or was revoked" in tab.result.text(), timeout=10_000)
    qtbot.waitUntil(tab.sign_in_again_button.isVisible, timeout=5000)
    assert "no longer accepts this sign-in" in tab.sign_in_note.text()
    with qtbot.waitSignal(control.signedInChanged, timeout=10_000) as signed:
        tab.sign_in_again_button.click()
    assert signed.args == [True]
    assert not tab.sign_in_again_button.isVisible()
    assert oauth_world.idp.grants["authorization_code"] == 2
    tab.test_button.click()
    qtbot.waitUntil(lambda: "ready to send" in tab.result.text(), timeout=10_000)


def test_a_sign_in_revoked_during_a_send_offers_to_sign_in_again_on_that_profile(
    make_window, qtbot, database, memory_keyring, oauth_world, smtp_server
) -> None:
    from oauth_provider import stand_in_browser
    from pressdesk.mail import oauth

    seeded = seed(database, people=3)
    make_profile(database, smtp_server)  # the default profile, a relay
    profile = save_custom_oauth_profile(database, oauth_world)
    open_browser, _pages = stand_in_browser(oauth_world.cafile)
    run_to_completion(oauth.browser_sign_in(profile, open_browser))
    with database.session() as session:
        distribution_id = queue_send(
            session, seeded.release_id, get_profile(session, "office"), ["Press"]
        ).distribution
    oauth_world.idp.revoke_refresh_tokens()  # IT ended the sessions
    oauth_world.idp.expire_access_tokens()

    window = make_window()
    progress = window.show_send_progress(distribution_id, "Ministers agree")
    qtbot.waitUntil(
        lambda: progress.findChild(QMessageBox, "sign-in-again-offer") is not None,
        timeout=15_000,
    )
    offer = progress.findChild(QMessageBox, "sign-in-again-offer")
    assert "has expired or was revoked" in offer.text()
    assert "resume the send from the Outbox" in offer.informativeText()
    (button,) = [b for b in offer.buttons() if b.text() == "Sign in again…"]
    assert oauth_world.handler.received == []
    assert smtp_server.handler.received == []
    assert set(statuses(database, distribution_id)) == {DeliveryStatus.QUEUED}

    seen: dict[str, Any] = {}

    def look_at_preferences() -> None:
        preferences = getattr(window, "preferences", None)
        if preferences is None or not preferences.isVisible():
            QTimer.singleShot(50, look_at_preferences)
            return
        tab = preferences.sending_tab
        qtbot.waitUntil(lambda: tab.editing is not None, timeout=5000)
        seen["tab"] = preferences.tabs.currentWidget() is tab
        seen["profile"] = tab.editing.name
        seen["sign-in"] = tab.sign_in_control is not None and tab.sign_in_control.isVisible()
        qtbot.waitUntil(tab.sign_in_again_button.isVisible, timeout=5000)  # signed in, but stale
        seen["note"] = tab.sign_in_note.text()
        preferences.reject()

    QTimer.singleShot(0, look_at_preferences)
    button.click()
    qtbot.waitUntil(lambda: "profile" in seen, timeout=10_000)
    assert seen == {
        "tab": True,
        "profile": "office",
        "sign-in": True,
        "note": "The mail provider no longer accepts this sign-in (it expired or was revoked). "
        "Sign in again to go on sending.",
    }


def test_emptied_fields_clear_the_login_reply_to_and_rate_limit(
    make_window, qtbot, database, smtp_server, memory_keyring
) -> None:
    """An emptied field means "none any more", not "unchanged"."""
    make_profile(
        database,
        smtp_server,
        password="s3cret",
        username="press@agency.example.org",
        reply_to="desk@agency.example.org",
        rate_per_minute=60,
    )
    assert memory_keyring.secrets
    _dialog, tab = _sending_tab(make_window, qtbot, database)
    qtbot.waitUntil(lambda: tab.username.text() == "press@agency.example.org", timeout=5000)
    assert tab.rate.value() == 60
    tab.username.clear()
    tab.reply_to.clear()
    tab.rate.setValue(0)
    tab.save_button.click()
    qtbot.waitUntil(lambda: "Saved the profile" in tab.result.text(), timeout=5000)
    with database.session() as session:
        profile = get_profile(session)
    assert (profile.username, profile.reply_to, profile.rate_per_minute) == (None, None, None)
    assert not profile.needs_password
    assert memory_keyring.secrets == {}  # the password of a login that no longer exists
