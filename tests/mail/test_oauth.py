"""Signing in with OAuth 2.0 and sending with XOAUTH2 / OAUTHBEARER, against real local servers.

The identity provider is the double in ``oauth_provider`` (HTTPS, trusted through a private CA);
the mail server is aiosmtpd over STARTTLS with the same CA, accepting only access tokens the
double currently considers valid.
"""

from __future__ import annotations

import io
import json
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme
from mailtesting import FROM_ADDRESS, MemoryKeyring, seed, start_server, wait_until
from oauth_smtp import BearerHandler, XOAuth2Handler
from sqlalchemy import select

from oauth_provider import CLIENT_ID, AuthorizationServer, stand_in_browser
from pressdesk.database import Database
from pressdesk.database.models import Delivery, DeliveryStatus, Distribution, DistributionStatus
from pressdesk.jobs import run_to_completion
from pressdesk.mail import oauth
from pressdesk.mail.profiles import get_profile


@pytest.fixture(autouse=True)
def _fresh_token_cache() -> Iterator[None]:
    """Access tokens are cached per process; each test starts with none."""
    oauth._sources.clear()
    yield
    oauth._sources.clear()


@pytest.fixture
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def cafile(authority: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "organisation-ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def idp(authority: trustme.CA) -> Iterator[AuthorizationServer]:
    server = AuthorizationServer(authority)
    server.start()
    yield server
    server.stop()


@dataclass
class MailServer:
    port: int
    handler: XOAuth2Handler


def start_mail_server(
    authority: trustme.CA, idp: AuthorizationServer, handler: XOAuth2Handler
) -> tuple[MailServer, object]:
    certificate = authority.issue_cert("127.0.0.1")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    handler.authorization = idp
    controller = start_server(
        handler,
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        auth_exclude_mechanism=["LOGIN", "PLAIN"],
    )
    return MailServer(controller.port, handler), controller


@pytest.fixture
def mail_server(authority: trustme.CA, idp: AuthorizationServer) -> Iterator[MailServer]:
    server, controller = start_mail_server(authority, idp, XOAuth2Handler())
    yield server
    controller.stop()  # type: ignore[attr-defined]


def set_oauth_profile(pressdesk, database_url: str, port: int, idp, cafile: Path, *extra: str):
    result = pressdesk(
        "--db", database_url, "smtp", "set", "--host", "127.0.0.1", "--port", str(port),
        "--security", "starttls", "--from-address", FROM_ADDRESS, "--timeout", "5",
        "--cafile", str(cafile), "--auth", "oauth2", "--provider", "custom",
        "--client-id", CLIENT_ID, "--authorize-url", idp.authorize_url,
        "--token-url", idp.token_url, "--device-url", idp.device_url,
        "--scope", "mail.send", "--scope", "offline_access", *extra,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return result


def login(pressdesk, database_url: str) -> str:
    result = pressdesk("--db", database_url, "smtp", "login")
    assert result.exit_code == 0, result.stderr
    return result.stdout


def send(pressdesk, database_url: str, release_id: int):
    return pressdesk(
        "--db", database_url, "send", str(release_id), "--list", "Press", "--yes", "--json"
    )  # fmt: skip


def refresh_token_in(keyring: MemoryKeyring) -> str:
    return keyring.secrets[("pressdesk", oauth.token_identity("default"))]


def test_device_sign_in_on_the_command_line_then_a_send_with_xoauth2(
    pressdesk,
    database: Database,
    database_url: str,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
    private_user_dirs: Path,
    tmp_path: Path,
):
    seeded = seed(database, people=4)
    saved = set_oauth_profile(pressdesk, database_url, mail_server.port, idp, cafile)
    assert "Sign in next with: pressdesk smtp login" in saved.stdout

    output = login(pressdesk, database_url)
    assert f"open {idp.base_url}/device" in output
    assert "enter the code WDJB-MJHT" in output
    assert f"Signed in to your provider as {FROM_ADDRESS}" in output
    assert idp.grants["urn:ietf:params:oauth:grant-type:device_code"] >= 2  # pending, then ok
    refresh_token = refresh_token_in(memory_keyring)
    assert refresh_token in idp.refresh_tokens

    result = send(pressdesk, database_url, seeded.release_id)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sent"] == 4
    assert sorted(mail_server.handler.recipients().elements()) == sorted(seeded.addresses)
    # Two connections, each signed in with the access token of the sign-in: no refresh needed.
    assert mail_server.handler.sign_ins == [("XOAUTH2", FROM_ADDRESS, True)] * 2
    assert idp.grants["refresh_token"] == 0

    # The refresh token (and the access token) are in the keyring and memory, not in any file.
    secrets = [refresh_token.encode(), *(token.encode() for token in idp.access_tokens)]
    written = [*private_user_dirs.rglob("*"), *tmp_path.rglob("*")]
    assert any(path.suffix == ".log" for path in written)  # the log was looked at too
    holding = [
        path
        for path in written
        if path.is_file() and any(secret in path.read_bytes() for secret in secrets)
    ]
    assert holding == []


@pytest.mark.parametrize("how", ["lifetime-runs-out", "server-stops-accepting-it"])
def test_an_access_token_expiring_mid_send_is_renewed_and_nothing_is_lost_or_doubled(
    pressdesk,
    database: Database,
    database_url: str,
    authority: trustme.CA,
    idp: AuthorizationServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
    how: str,
):
    seeded = seed(database, people=6)
    handler = XOAuth2Handler()
    # The server hangs up before the fifth message: the worker must sign in again.
    fifth = seeded.addresses[4]
    handler.rules[fifth] = ["421-rcpt"]
    if how == "lifetime-runs-out":
        idp.access_lifetime = 2  # renewed 0.4 s before it ends
        handler.delay = 0.5  # so when the fifth message comes, the first token is due
    else:
        handler.expire_tokens_at = {fifth}  # the provider drops every token at that moment
    server, controller = start_mail_server(authority, idp, handler)
    try:
        set_oauth_profile(pressdesk, database_url, server.port, idp, cafile, "--connections", "1")
        login(pressdesk, database_url)
        result = send(pressdesk, database_url, seeded.release_id)
    finally:
        controller.stop()  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sent"] == 6
    received = handler.recipients()
    assert sorted(received) == sorted(seeded.addresses)
    assert set(received.values()) == {1}  # each person exactly once
    outcomes = [ok for _mechanism, _user, ok in handler.sign_ins]
    if how == "lifetime-runs-out":
        # Renewed before the server could refuse it (on a slow machine perhaps more than once).
        assert idp.grants["refresh_token"] >= 1
        assert len(outcomes) >= 2
        assert all(outcomes)
    else:
        assert idp.grants["refresh_token"] == 1
        assert outcomes == [True, False, True]  # refused once, renewed, accepted
    with database.session() as session:
        assert set(session.scalars(select(Delivery.status))) == {DeliveryStatus.SENT}


def test_a_revoked_sign_in_stops_the_send_with_sign_in_again_and_marks_nothing_sent(
    pressdesk,
    database: Database,
    database_url: str,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
):
    seeded = seed(database, people=3)
    set_oauth_profile(pressdesk, database_url, mail_server.port, idp, cafile)
    login(pressdesk, database_url)
    idp.revoke_refresh_tokens()  # e.g. the password was changed, or IT revoked the sessions
    idp.expire_access_tokens()

    result = send(pressdesk, database_url, seeded.release_id)
    assert result.exit_code == 1
    assert "has expired or was revoked" in result.stderr
    assert "Sign in again with: pressdesk smtp login --profile default" in result.stderr
    assert "stopped after 0 of 3 messages; nothing else was marked sent" in result.stderr
    assert mail_server.handler.received == []
    with database.session() as session:
        assert set(session.scalars(select(Delivery.status))) == {DeliveryStatus.QUEUED}
        assert session.scalar(select(Distribution.status)) is DistributionStatus.INTERRUPTED
        distribution_id = session.scalar(select(Distribution.id))

    login(pressdesk, database_url)  # signing in again lets the send go on
    resumed = pressdesk("--db", database_url, "outbox", "resume", str(distribution_id), "--json")
    assert resumed.exit_code == 0, resumed.stderr
    assert json.loads(resumed.stdout)["sent"] == 3
    assert sorted(mail_server.handler.recipients().elements()) == sorted(seeded.addresses)


def test_sending_without_signing_in_fails_before_anything_is_queued(
    pressdesk,
    database: Database,
    database_url: str,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
):
    seeded = seed(database, people=2)
    set_oauth_profile(pressdesk, database_url, mail_server.port, idp, cafile)
    result = send(pressdesk, database_url, seeded.release_id)
    assert result.exit_code == 1
    assert "Nobody is signed in for the SMTP profile 'default'" in result.stderr
    with database.session() as session:
        assert session.scalar(select(Distribution.id)) is None


def test_a_rotated_refresh_token_replaces_the_old_one_in_the_keyring(
    pressdesk,
    database: Database,
    database_url: str,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
):
    idp.rotate_refresh_tokens = True
    set_oauth_profile(pressdesk, database_url, mail_server.port, idp, cafile)
    login(pressdesk, database_url)
    first = refresh_token_in(memory_keyring)
    oauth._sources.clear()  # a new process: no access token in memory

    result = pressdesk("--db", database_url, "smtp", "test")
    assert result.exit_code == 0, result.stderr
    assert "Signed in as press@agency.example.org (XOAUTH2)" in result.stdout
    second = refresh_token_in(memory_keyring)
    assert second != first
    assert second in idp.refresh_tokens
    assert first not in idp.refresh_tokens


def test_a_client_secret_goes_to_the_keyring_and_with_every_token_request(
    pressdesk,
    database_url: str,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch,
    private_user_dirs: Path,
    tmp_path: Path,
):
    idp.client_secret = "desktop-app-secret-42"
    monkeypatch.setattr("sys.stdin", io.StringIO("desktop-app-secret-42\n"))
    set_oauth_profile(
        pressdesk, database_url, mail_server.port, idp, cafile, "--client-secret-stdin"
    )
    assert memory_keyring.secrets[("pressdesk", "smtp-oauth-client:default")] == (
        "desktop-app-secret-42"
    )
    login(pressdesk, database_url)
    oauth._sources.clear()
    assert pressdesk("--db", database_url, "smtp", "test").exit_code == 0
    assert "invalid_client" not in idp.refused
    assert idp.grants["refresh_token"] == 1
    written = [*private_user_dirs.rglob("*"), *tmp_path.rglob("*")]
    assert not [p for p in written if p.is_file() and b"desktop-app-secret-42" in p.read_bytes()]

    pressdesk("--db", database_url, "smtp", "logout")
    assert list(memory_keyring.secrets) == [("pressdesk", "smtp-oauth-client:default")]


def test_oauthbearer_is_preferred_when_the_server_offers_it(
    pressdesk,
    database_url: str,
    authority: trustme.CA,
    idp: AuthorizationServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
):
    server, controller = start_mail_server(authority, idp, BearerHandler())
    try:
        set_oauth_profile(pressdesk, database_url, server.port, idp, cafile)
        login(pressdesk, database_url)
        result = pressdesk("--db", database_url, "smtp", "test")
    finally:
        controller.stop()  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.stderr
    assert "Signed in as press@agency.example.org (OAUTHBEARER)" in result.stdout
    assert server.handler.sign_ins == [("OAUTHBEARER", FROM_ADDRESS, True)]


def test_switching_back_to_a_password_forgets_the_sign_in(
    pressdesk,
    database_url: str,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch,
):
    set_oauth_profile(pressdesk, database_url, mail_server.port, idp, cafile)
    login(pressdesk, database_url)
    refused = pressdesk("--db", database_url, "smtp", "set", "--auth", "password")
    assert refused.exit_code == 2
    assert "needs its password" in refused.stderr
    assert ("pressdesk", "smtp-oauth:default") in memory_keyring.secrets  # nothing changed

    monkeypatch.setattr("sys.stdin", io.StringIO("a-password\n"))
    switched = pressdesk(
        "--db", database_url, "smtp", "set", "--auth", "password", "--password-stdin", "--json"
    )
    assert switched.exit_code == 0, switched.stderr
    profile = json.loads(switched.stdout)
    assert (profile["auth"], profile["oauth"]) == ("password", {})
    assert memory_keyring.secrets == {("pressdesk", "smtp:default"): "a-password"}


def test_logout_forgets_the_sign_in(
    pressdesk,
    database_url: str,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
):
    set_oauth_profile(pressdesk, database_url, mail_server.port, idp, cafile)
    login(pressdesk, database_url)
    result = pressdesk("--db", database_url, "smtp", "logout")
    assert result.stdout.strip() == "Signed out of SMTP profile 'default'."
    assert memory_keyring.secrets == {}
    tested = pressdesk("--db", database_url, "smtp", "test")
    assert tested.exit_code == 1
    assert "Nobody is signed in" in tested.stderr


# ---- the browser sign-in (authorization code + PKCE, loopback redirect) ------------------------


def test_browser_sign_in_with_pkce_and_a_loopback_redirect(
    pressdesk,
    database: Database,
    database_url: str,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
):
    set_oauth_profile(pressdesk, database_url, mail_server.port, idp, cafile)
    with database.session() as session:
        profile = get_profile(session)
    open_browser, pages = stand_in_browser(cafile)
    signed_in = run_to_completion(oauth.browser_sign_in(profile, open_browser, timeout=20))
    assert signed_in.account == FROM_ADDRESS
    [request] = idp.authorize_requests
    assert request["code_challenge_method"] == "S256"
    assert request["redirect_uri"].startswith("http://127.0.0.1:")
    assert request["redirect_uri"] != "http://127.0.0.1:0/"
    assert request["scope"] == "mail.send offline_access"
    assert request["login_hint"] == FROM_ADDRESS
    assert idp.grants["authorization_code"] == 1
    assert "invalid_grant" not in idp.refused
    wait_until(lambda: bool(pages))
    assert pages[0][0] == 200
    assert "Signed in" in pages[0][1]
    assert refresh_token_in(memory_keyring) in idp.refresh_tokens
    tested = pressdesk("--db", database_url, "smtp", "test")
    assert tested.exit_code == 0, tested.stderr
    assert idp.grants["refresh_token"] == 0  # the access token of the sign-in was kept


def test_a_redirect_with_a_forged_state_signs_nobody_in(
    database: Database,
    database_url: str,
    pressdesk,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
):
    set_oauth_profile(pressdesk, database_url, mail_server.port, idp, cafile)
    with database.session() as session:
        profile = get_profile(session)
    open_browser, pages = stand_in_browser(cafile, tamper_state=True)
    with pytest.raises(oauth.SignInFailed, match="did not belong to this sign-in"):
        run_to_completion(oauth.browser_sign_in(profile, open_browser, timeout=20))
    wait_until(lambda: bool(pages))  # the browser shows the page after the app has it
    assert pages[0][0] == 400
    assert idp.grants["authorization_code"] == 0  # the code was never exchanged
    assert memory_keyring.secrets == {}


# ---- the device sign-in's polling ---------------------------------------------------------------


def test_device_polling_slows_down_when_asked_and_gives_up_when_the_code_expires(
    pressdesk,
    database: Database,
    database_url: str,
    idp: AuthorizationServer,
    mail_server: MailServer,
    cafile: Path,
    memory_keyring: MemoryKeyring,
):
    set_oauth_profile(pressdesk, database_url, mail_server.port, idp, cafile)
    with database.session() as session:
        profile = get_profile(session)
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:  # time passes without waiting for it
        waits.append(seconds)
        now[0] += seconds

    idp.approve_after_polls, idp.slow_down_polls = 4, {2}
    authorization = oauth.start_device_sign_in(profile)
    job = oauth.finish_device_sign_in(profile, authorization, sleep=sleep, clock=lambda: now[0])
    assert run_to_completion(job).account == FROM_ADDRESS
    assert waits == [1, 1, 6, 6]  # pending, slow_down (+5 s), pending, signed in

    idp.approve_after_polls = None  # nobody ever enters the code
    memory_keyring.secrets.clear()
    authorization = oauth.start_device_sign_in(profile)
    now[0], waits[:] = 0.0, []
    job = oauth.finish_device_sign_in(profile, authorization, sleep=sleep, clock=lambda: now[0])
    with pytest.raises(oauth.SignInFailed, match="expired before anyone used it"):
        run_to_completion(job)
    assert sum(waits) == pytest.approx(idp.device_lifetime)
    assert memory_keyring.secrets == {}


# ---- profiles ------------------------------------------------------------------------------


def test_microsoft_and_google_presets_fill_in_the_server_and_endpoints(
    pressdesk, database_url: str, memory_keyring: MemoryKeyring
):
    result = pressdesk(
        "--db", database_url, "smtp", "set", "--profile", "office", "--from-address",
        FROM_ADDRESS, "--auth", "oauth2", "--provider", "microsoft", "--tenant",
        "contoso.onmicrosoft.com", "--client-id", "11111111-2222-3333-4444-555555555555",
        "--json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    office = json.loads(result.stdout)
    assert (office["host"], office["port"], office["security"]) == (
        "smtp.office365.com",
        587,
        "starttls",
    )
    assert office["auth"] == "oauth2"
    assert office["username"] == FROM_ADDRESS
    assert office["oauth"] == {
        "provider": "microsoft",
        "tenant": "contoso.onmicrosoft.com",
        "client_id": "11111111-2222-3333-4444-555555555555",
    }
    gmail = "smtp set --profile gmail --from-address press@gmail.example --auth oauth2"
    options = f"{gmail} --provider google --client-id 123.apps.example --json"
    google = json.loads(pressdesk("--db", database_url, *options.split()).stdout)
    assert (google["host"], google["port"]) == ("smtp.gmail.com", 587)

    from pressdesk.database import open_database

    db = open_database(database_url)
    try:
        with db.session() as session:
            settings = get_profile(session, "office").oauth_settings
            google_settings = get_profile(session, "gmail").oauth_settings
    finally:
        db.dispose()
    base = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0"
    assert settings.token_url == f"{base}/token"
    assert settings.device_url == f"{base}/devicecode"
    assert settings.scopes == ("https://outlook.office.com/SMTP.Send", "offline_access")
    assert google_settings.scopes == ("https://mail.google.com/",)
    assert google_settings.device_url is None


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ("--auth oauth2 --provider microsoft", "needs the client ID"),
        ("--auth oauth2 --client-id x", "needs a provider"),
        ("--provider google --client-id x", "only apply to --auth oauth2"),
        (
            "--auth oauth2 --provider google --client-id x --tenant t",
            "--tenant only applies to --provider microsoft",
        ),
        (
            "--auth oauth2 --provider microsoft --client-id x --token-url https://idp.example/t",
            "only apply to --provider custom",
        ),
        (
            "--auth oauth2 --provider custom --client-id x --token-url https://idp.example/t",
            "needs --authorize-url, --scope",
        ),
        (
            "--auth oauth2 --provider custom --client-id x --authorize-url http://idp.example/a "
            "--token-url https://idp.example/t --scope s",
            "--authorize-url must be an https:// address",
        ),
        (
            "--auth oauth2 --provider microsoft --client-id x --security none",
            "needs an encrypted connection",
        ),
        (
            "--auth oauth2 --provider microsoft --client-id x --password-stdin",
            "has no password",
        ),
        ("--client-secret-stdin", "A client secret only applies to --auth oauth2"),
    ],
)
def test_inconsistent_sign_in_options_are_refused_and_change_nothing(
    pressdesk,
    database: Database,
    database_url: str,
    memory_keyring: MemoryKeyring,
    monkeypatch,
    options: str,
    message: str,
):
    base = ["--db", database_url, "smtp", "set", "--profile", "office"]
    created = pressdesk(*base, "--host", "mail.example.org", "--port", "587", "--security",
                        "starttls", "--from-address", FROM_ADDRESS, "--json")  # fmt: skip
    assert created.exit_code == 0, created.stderr
    before = json.loads(created.stdout)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("a-password\n"))
    result = pressdesk(*base, *options.split())
    assert result.exit_code == 2
    assert message in result.stderr
    with database.session() as session:
        after = get_profile(session, "office").to_json()
    assert after == {key: before[key] for key in after}
    assert memory_keyring.secrets == {}


def test_login_on_a_profile_without_oauth_says_how_to_switch(
    pressdesk, database_url: str, memory_keyring: MemoryKeyring
):
    pressdesk(
        "--db", database_url, "smtp", "set", "--host", "mail.example.org", "--port", "587",
        "--security", "starttls", "--from-address", FROM_ADDRESS,
    )  # fmt: skip
    result = pressdesk("--db", database_url, "smtp", "login")
    assert result.exit_code == 2
    assert "logs in with a password, not OAuth 2.0" in result.stderr
    assert "--auth oauth2" in result.stderr


def test_without_a_keyring_the_sign_in_stops_before_showing_a_code(
    pressdesk, database_url: str, idp: AuthorizationServer, cafile: Path
):
    import keyring
    from keyring.backends import fail

    set_oauth_profile(pressdesk, database_url, 587, idp, cafile)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        result = pressdesk("--db", database_url, "smtp", "login")
    finally:
        keyring.set_keyring(previous)
    assert result.exit_code == 1
    assert "No system keyring is available to keep passwords and sign-ins safely" in result.stderr
    assert "enter the code" not in result.stdout
    assert idp.devices == {}  # the provider was not even asked
