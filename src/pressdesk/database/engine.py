"""Opening the database: resolving its URL, tuning SQLite, and migrating it to the current schema.

Every entry point (command line, desktop app, tests) goes through :func:`open_database`, so the
schema is always the one the code expects, and an existing SQLite file is backed up before a
migration touches it. A PostgreSQL server's password, when the URL carries none, comes from the
system keyring (``pressdesk db password`` stores it there); errors never show it.
"""

from __future__ import annotations

import ast
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from pressdesk import paths, secret_store
from pressdesk.errors import ConflictError, DatabaseUnavailable, InvalidInput

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

ENV_VARIABLE = "PRESSDESK_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def resolve_database_url(explicit: str | None = None) -> str:
    """``--db`` first, then ``PRESSDESK_DATABASE_URL``, then the per-user SQLite file."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_VARIABLE, "").strip()
    if from_env:
        return from_env
    return f"sqlite:///{paths.default_database_path()}"


def parse_database_url(text: str) -> URL:
    """Parse and check a database URL, turning SQLAlchemy's complaints into a plain message."""
    try:
        url = make_url(text)
    except ArgumentError:
        raise InvalidInput(
            f"'{text}' is not a database URL.",
            hint="Use sqlite:///PATH/TO/FILE.db or postgresql+psycopg://USER@HOST/DB.",
        ) from None
    backend = url.get_backend_name()
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")  # the driver PressDesk ships with
    if backend not in {"sqlite", "postgresql"}:
        raise InvalidInput(
            f"PressDesk cannot use a '{backend}' database.",
            hint="Use sqlite:///PATH/TO/FILE.db or postgresql+psycopg://USER@HOST/DB.",
        )
    if backend == "sqlite" and not url.database:
        raise InvalidInput(
            "The SQLite database URL names no file.", hint="Use sqlite:///PATH/TO/FILE.db."
        )
    return url


DEFAULT_POSTGRES_PORT = 5432


class DatabasePasswordProblem(DatabaseUnavailable):
    """The server wants a password that is missing or wrong (the hint says how to store it)."""


def is_server_url(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def without_password(url: URL) -> str:
    """The URL as it may be shown or logged: no password, no driver options."""
    plain = URL.create(
        url.drivername, username=url.username, host=url.host, port=url.port, database=url.database
    )  # (URL.set cannot remove a password: None there means "unchanged")
    return plain.render_as_string(hide_password=False)


def password_identity(url: URL) -> str:
    """The keyring entry of a server's password: user, host, port and database, nothing else.

    ``postgresql://ana@db/press`` and ``postgresql+psycopg://ana@db:5432/press`` name the same
    entry, so the password is found however the officer spells the URL.
    """
    host = url.host or "localhost"
    port = url.port or DEFAULT_POSTGRES_PORT
    return f"database:{url.username or ''}@{host}:{port}/{url.database or ''}"


def password_url(url_text: str) -> URL:
    """Check that ``url_text`` names a server account whose password may be stored."""
    url = parse_database_url(url_text)
    if not is_server_url(url):
        raise InvalidInput(
            "A local SQLite file has no password.",
            hint="Give a server URL, e.g. postgresql+psycopg://USER@HOST/DB.",
        )
    if url.password is not None:
        raise InvalidInput(
            "The URL already contains a password.",
            hint="Leave it out of the URL; PressDesk keeps it in the system keyring instead.",
        )
    if not url.username:
        raise InvalidInput("The URL names no user, e.g. postgresql+psycopg://USER@HOST/DB.")
    return url


def store_database_password(url_text: str, password: str) -> str:
    """Put a server's password in the system keyring; return the entry's name."""
    identity = password_identity(password_url(url_text))
    secret_store.store_secret(identity, password)
    return identity


def _with_stored_password(url: URL) -> URL:
    """Add the password from the keyring when the URL has none and one is stored."""
    if not is_server_url(url) or url.password is not None:
        return url
    try:
        stored = secret_store.read_secret(password_identity(url))
    except secret_store.NoKeyring as exc:
        # A server with trust or peer authentication needs no password: go on without one,
        # and say why if the server then asks for it.
        log.info("No database password from the keyring: %s", exc.message)
        return url
    return url if stored is None else url.set(password=stored)


@dataclass(frozen=True)
class Database:
    """An open, migrated database. Hand out short-lived sessions, one per unit of work."""

    engine: Engine
    url: URL
    session_factory: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work: committed on success, rolled back on error."""
        with self.session_factory() as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise _explain_operational_error(exc, self.url) from exc
            except StaleDataError:  # a version column moved on under us
                session.rollback()
                raise ConflictError(
                    "This record was changed by someone else since you opened it.",
                    hint="Nothing was saved: open it again to see their changes.",
                ) from None
            except BaseException:
                session.rollback()
                raise

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        """A short human description for the status bar and ``--help`` output."""
        if self.is_sqlite:
            return f"Local file {self.url.database}"
        url = self.url
        return f"Server {url.host or 'localhost'}/{url.database} as {url.username or 'you'}"

    @property
    def display_url(self) -> str:
        """The URL without its password, for messages."""
        return without_password(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    url_text: str | None = None, *, migrate: bool = True, password: str | None = None
) -> Database:
    """Open the database named by ``url_text`` (or the default) and bring its schema up to date.

    ``password`` is for a server whose password was just typed (Preferences); otherwise it
    comes from the URL or the system keyring.
    """
    url = parse_database_url(resolve_database_url(url_text))
    if password and is_server_url(url):
        url = url.set(password=password)
    url = _with_stored_password(url)
    is_sqlite = url.get_backend_name() == "sqlite"
    existed = False
    if is_sqlite:
        existed = _prepare_sqlite_file(url)
    try:
        engine = _create_engine(url)
    except NoSuchModuleError:
        raise InvalidInput(f"PressDesk has no driver for '{url.drivername}' URLs.") from None
    except ModuleNotFoundError as exc:
        raise DatabaseUnavailable(
            f"The database driver '{exc.name}' is not installed.",
            hint="Install PressDesk with its PostgreSQL extra: pip install 'pressdesk[postgres]'.",
        ) from None
    database = Database(
        engine=engine,
        url=url,
        session_factory=sessionmaker(engine, expire_on_commit=False),
    )
    if migrate:
        try:
            migrate_to_head(database, backup=is_sqlite and existed)
        except OperationalError as exc:
            engine.dispose()
            raise _explain_operational_error(exc, url) from exc
    return database


def _create_engine(url: URL) -> Engine:
    # hide_parameters: database errors end up in the log file, and their statement parameters
    # would carry journalists' addresses and names into it.
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            pool_pre_ping=False,
            hide_parameters=True,
        )
        event.listen(engine, "connect", _tune_sqlite_connection)
        return engine
    return create_engine(
        url, pool_pre_ping=True, connect_args={"connect_timeout": 10}, hide_parameters=True
    )


def _tune_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _prepare_sqlite_file(url: URL) -> bool:
    """Create a new SQLite file readable by its owner only; report whether it already existed."""
    database = url.database or ""
    if database == ":memory:" or database.startswith("file:"):
        return False
    path = Path(database).expanduser()
    if path.exists():
        if path.is_dir():
            raise InvalidInput(f"The database path {path} is a folder, not a file.")
        return path.stat().st_size > 0
    if not path.parent.is_dir():
        raise InvalidInput(f"The folder for the database file does not exist: {path.parent}")
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    except OSError as exc:
        raise DatabaseUnavailable(
            f"Cannot create the database file {path}: {exc.strerror}."
        ) from None
    os.close(fd)
    return False


@dataclass(frozen=True)
class DatabaseCheck:
    """What connecting to a database found, for Preferences → Database."""

    description: str
    schema: str  # "current", "empty" (PressDesk will set it up), "older" (will be migrated)


def check_database(url_text: str, *, password: str | None = None) -> DatabaseCheck:
    """Connect to a database without changing it and say what PressDesk would find there."""
    url = parse_database_url(url_text)
    if is_server_url(url) and url.password is not None:
        raise InvalidInput(
            "Leave the password out of the URL.",
            hint="Type it in the password field; it is kept in the system keyring.",
        )
    database = open_database(url_text, migrate=False, password=password)
    try:
        try:
            revision = current_revision(database)
        except OperationalError as exc:
            raise _explain_operational_error(exc, database.url) from exc
        from alembic.script import ScriptDirectory

        known = {
            rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()
        }
        if revision is None:
            schema = "empty"
        elif revision == head_revision():
            schema = "current"
        elif revision in known:
            schema = "older"
        else:
            raise DatabaseUnavailable(
                "This database was written by a newer version of PressDesk.",
                hint="Update PressDesk to open it.",
            )
        return DatabaseCheck(database.describe(), schema)
    finally:
        database.dispose()


def alembic_config(database: Database | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if database is not None:
        config.set_main_option("sqlalchemy.url", database.url.render_as_string(False))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def head_from_files() -> str | None:
    """The newest revision, read from the migration files' own lines without loading Alembic.

    None when a file does not say it plainly or the history has not one head: ask Alembic then.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text("utf-8")
        found = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(text)}
        try:
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found["down_revision"])
        except (KeyError, ValueError, SyntaxError):
            return None
        downs = down if isinstance(down, tuple) else (down,)
        if not isinstance(revision, str) or not all(d is None or isinstance(d, str) for d in downs):
            return None
        revisions.add(revision)
        parents.update(d for d in downs if d is not None)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _is_at(database: Database, revision: str) -> bool:
    """Whether the database records exactly ``revision``; any doubt answers no."""
    try:
        with database.engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except Exception:  # no such table, locked...: the full check says what is wrong
        return False
    return [row[0] for row in stored] == [revision]


def migrate_to_head(database: Database, *, backup: bool) -> None:
    """Upgrade the schema to the newest revision, after backing up an existing SQLite file."""
    # The usual case, a database already current, is settled without importing Alembic
    # (a tenth of a second at every start of the command line and of the desktop app).
    head = head_from_files()
    if head is not None and _is_at(database, head):
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(database)
    head = head_revision()
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseUnavailable(
            "This database was written by a newer version of PressDesk.",
            hint="Update PressDesk to open it.",
        )
    if backup and current is not None:
        backup_sqlite_file(database)
    log.info("Migrating the database from %s to %s", current or "empty", head)
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def backup_sqlite_file(database: Database) -> Path:
    """Copy the SQLite file beside itself with a timestamp, consistently even in WAL mode."""
    source = Path(database.url.database or "")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.backup-{stamp}{source.suffix or '.sqlite3'}")
    counter = 1
    while target.exists():
        target = source.with_name(f"{source.stem}.backup-{stamp}-{counter}{source.suffix}")
        counter += 1
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    log.info("Backed up %s to %s before migrating", source, target)
    return target


def _explain_operational_error(exc: OperationalError, url: URL) -> DatabaseUnavailable:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if url.password:
        text = text.replace(url.password, "***")  # drivers do not echo it, but never risk it
    if is_server_url(url):
        return _explain_server_error(text, url)
    where = url.database
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(
            f"The database {where} is locked by another program.",
            hint="Close other PressDesk windows or commands using it, then try again.",
        )
    if "unable to open" in text or "readonly" in text.replace(" ", ""):
        return DatabaseUnavailable(f"Cannot open or write the database {where}: {text}.")
    return DatabaseUnavailable(f"The database {where} could not be used: {text}.")


def _explain_server_error(text: str, url: URL) -> DatabaseUnavailable:
    """One plain sentence for what a PostgreSQL server or the network said."""
    host = url.host or "localhost"
    server = f"{host}:{url.port or DEFAULT_POSTGRES_PORT}"
    user = url.username or "?"
    store_hint = (
        "Store the right password with: pressdesk db password --url "
        f"{without_password(url)} --password-stdin"
    )
    lowered = text.lower()
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return DatabasePasswordProblem(
            f"The database server {server} refused the password for user {user}.",
            hint=store_hint,
        )
    if "no password supplied" in lowered or "password is required" in lowered:
        return DatabasePasswordProblem(
            f"The database server {server} asks for a password for user {user}, "
            "and none is stored in the system keyring.",
            hint=store_hint,
        )
    if "does not exist" in lowered and "database" in lowered:
        return DatabaseUnavailable(
            f"The database server {server} has no database '{url.database}'.",
            hint="Check the name with your administrator.",
        )
    if "does not exist" in lowered and "role" in lowered:
        return DatabaseUnavailable(
            f"The database server {server} has no user '{user}'.",
            hint="Check the user name with your administrator.",
        )
    if any(
        sign in lowered
        for sign in ("connection refused", "timeout", "timed out", "translate host", "no route")
    ):
        return DatabaseUnavailable(
            f"Cannot reach the database server {server}.",
            hint="Check the address, that the server is running, and your network or VPN.",
        )
    first_line = " ".join(text.split())
    return DatabaseUnavailable(f"The database server {server} could not be used: {first_line}")
