"""A throwaway Dovecot IMAP server on 127.0.0.1 with TLS from a test CA and one mailbox user.

It runs unprivileged where possible; when the tests run as root, Dovecot's own users (created by
the Debian package) run the login and mail processes, as Dovecot requires.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import trustme

USER = "press"
PASSWORD = "imap-s3cret-ü"


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot",) if os.access(p, os.X_OK)), None
    )


@contextmanager
def running_dovecot() -> Iterator[DovecotServer]:
    """A started server for the length of the block; the test is skipped without Dovecot."""
    binary = dovecot_binary()
    if binary is None:
        pytest.skip("Dovecot is not installed (Debian package dovecot-imapd)")
    server = DovecotServer(binary).start()
    try:
        yield server
    finally:
        server.stop()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DovecotServer:
    """``introspection_url`` makes it take OAuth 2.0 tokens (XOAUTH2, OAUTHBEARER) instead of
    passwords, checking each with that RFC 7662 endpoint, which must trust ``self.ca``."""

    def __init__(self, binary: str, *, introspection_url: str | None = None) -> None:
        self.binary = binary
        self.introspection_url = introspection_url
        self.root = Path(tempfile.mkdtemp(prefix="pressdesk-imap-"))
        self.root.chmod(0o755)  # login processes must reach the sockets inside
        self.port = _free_port()  # TLS from the first byte (imaps)
        self.starttls_port = _free_port()  # plain IMAP that must be upgraded with STARTTLS
        self.ca = trustme.CA()
        self.cafile = self.root / "ca.pem"
        self.maildir = self.root / "home" / USER / "Maildir"
        self.process: subprocess.Popen[bytes] | None = None
        if os.geteuid() == 0:
            self.login_user, self.internal_user = "dovenull", "dovecot"
            mail_user = pwd.getpwnam("dovecot")
            self.mail_uid, self.mail_gid = mail_user.pw_uid, mail_user.pw_gid
        else:
            me = pwd.getpwuid(os.getuid()).pw_name
            self.login_user = self.internal_user = me
            self.mail_uid, self.mail_gid = os.getuid(), os.getgid()

    def start(self) -> DovecotServer:
        cert = self.ca.issue_cert("127.0.0.1", "localhost")
        cert.private_key_pem.write_to_path(str(self.root / "key.pem"))
        cert.cert_chain_pems[0].write_to_path(str(self.root / "cert.pem"))
        self.ca.cert_pem.write_to_path(str(self.cafile))
        (self.root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n", encoding="utf-8")
        self.clear()
        group = grp.getgrgid(pwd.getpwnam(self.internal_user).pw_gid).gr_name
        mechanisms, passdb = (
            "plain",
            (f"driver = passwd-file\n  args = scheme=PLAIN username_format=%u {self.root}/passwd"),
        )
        if self.introspection_url is not None:
            (self.root / "oauth2.conf").write_text(
                f"introspection_mode = post\nintrospection_url = {self.introspection_url}\n"
                f"username_attribute = username\nactive_attribute = active\n"
                f"active_value = true\ntls_ca_cert_file = {self.cafile}\n",
                encoding="utf-8",
            )
            mechanisms = "xoauth2 oauthbearer"
            passdb = f"driver = oauth2\n  args = {self.root}/oauth2.conf"
        config = self.root / "dovecot.conf"
        config.write_text(
            f"""
protocols = imap
listen = 127.0.0.1
base_dir = {self.root}/run
state_dir = {self.root}/state
log_path = {self.root}/dovecot.log
ssl = required
ssl_cert = <{self.root}/cert.pem
ssl_key = <{self.root}/key.pem
auth_mechanisms = {mechanisms}
passdb {{
  {passdb}
}}
userdb {{
  driver = static
  args = uid={self.mail_uid} gid={self.mail_gid} home={self.root}/home/%u
}}
mail_location = maildir:~/Maildir
first_valid_uid = 1
default_internal_user = {self.internal_user}
default_internal_group = {group}
default_login_user = {self.login_user}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {self.starttls_port}
  }}
  inet_listener imaps {{
    port = {self.port}
    ssl = yes
  }}
}}
""",
            encoding="utf-8",
        )
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot stopped: {self.process.stderr!r} {self.log()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"dovecot did not start: {self.log()}")

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def clear(self) -> None:
        """An empty mailbox (a fresh Maildir) for the next test."""
        shutil.rmtree(self.maildir.parent, ignore_errors=True)
        for sub in ("new", "cur", "tmp"):
            (self.maildir / sub).mkdir(parents=True, exist_ok=True)
        for path in (self.maildir.parent, self.maildir, *self.maildir.iterdir()):
            os.chown(path, self.mail_uid, self.mail_gid)

    def deliver(self, *messages: bytes) -> None:
        """Drop messages into the mailbox as a local delivery agent would."""
        for raw in messages:
            name = f"{time.time_ns()}.P{os.getpid()}.pressdesk-test"
            path = self.maildir / "new" / name
            path.write_bytes(raw)
            os.chown(path, self.mail_uid, self.mail_gid)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)
