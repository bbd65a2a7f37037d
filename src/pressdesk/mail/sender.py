"""Sending a distribution: parallel connections, retries, a rate limit, crash-safe records.

The job (a generator yielding :class:`SendProgress`) owns the distribution through a lease and
feeds deliveries to worker threads, each with its own connection and database session. A worker
commits a delivery as ``sending`` before its message transaction starts, in the same transaction
that records the result of its previous message; so whatever moment the process dies, at most one
delivery per connection is left ``sending`` (found later as ``uncertain``), nothing accepted by
the server is left ``queued``, and nothing is marked ``sent`` without the server's 250.

Claims are conditional UPDATEs checked by row count, so two processes working on the same
distribution cannot both send one delivery.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from pressdesk.contacts.addresses import email_hash
from pressdesk.database import Database
from pressdesk.database.models import (
    CLAIMABLE_RULE,
    Contact,
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    SmtpProfile,
    Suppression,
)
from pressdesk.database.types import UTCDateTime, utcnow
from pressdesk.errors import EnvironmentProblem, NotFound, PressDeskError
from pressdesk.jobs import Cancelled, Job, Progress
from pressdesk.mail import lease
from pressdesk.mail.outbox import due_distributions, interrupted_distributions
from pressdesk.mail.planning import Composer, release_composer
from pressdesk.mail.profiles import ProfileInfo, get_profile, profile_password
from pressdesk.mail.ratelimit import TokenBucket
from pressdesk.mail.transport import (
    ConnectionLost,
    Credential,
    Outcome,
    Reply,
    SmtpConnection,
    SmtpProblem,
)
from pressdesk.releases.compose import Recipient

log = logging.getLogger(__name__)

PAGE_SIZE = 500
PROGRESS_INTERVAL = 0.25
COORDINATOR_TICK = 0.02
WORK_QUEUE_SIZE = 400
CLAIMABLE = (DeliveryStatus.QUEUED, DeliveryStatus.DEFERRED)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff for temporary refusals: 5 s, 10 s, 20 s, 40 s, then failed."""

    first_delay: float = 5.0
    factor: float = 2.0
    max_attempts: int = 5

    def delay_after(self, attempts: int) -> timedelta:
        return timedelta(seconds=self.first_delay * self.factor ** max(0, attempts - 1))


@dataclass(frozen=True)
class SendOptions:
    include_uncertain: bool = False  # send again what may or may not have gone out
    retry_deferred_now: bool = False  # do not wait for the backoff of deferred deliveries
    wait_for_deferred: bool = True  # keep going until no deferred delivery is left
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    lease_seconds: float = lease.LEASE_SECONDS


@dataclass(frozen=True)
class SendProgress(Progress):
    """Progress with the counts an officer watches.

    ``sent`` counts the whole distribution (earlier runs included); ``failed``, ``deferred``
    (temporary refusals, each retried later) and ``uncertain`` count what happened in this run.
    ``waiting_until`` is set while only deferred deliveries are left, until their next attempt.
    """

    sent: int = 0
    failed: int = 0
    deferred: int = 0
    uncertain: int = 0
    rate: float = 0.0  # messages per second in this run
    waiting_until: datetime | None = None


@dataclass(frozen=True)
class SendSummary:
    """What became of a distribution, counted from the database."""

    distribution: int
    status: DistributionStatus
    recipients: int
    sent: int
    failed: int
    deferred: int
    uncertain: int
    queued: int
    skipped: int
    uncertain_emails: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "distribution": self.distribution,
            "recipients": self.recipients,
            "sent": self.sent,
            "failed": self.failed,
            "deferred": self.deferred,
            "uncertain": self.uncertain,
            "skipped": self.skipped,
            "status": self.status.value,
            "uncertain_recipients": list(self.uncertain_emails),
        }


@dataclass(frozen=True)
class WorkItem:
    delivery_id: int
    recipient: Recipient
    message_id: str
    attempts: int


@dataclass(frozen=True)
class Result:
    delivery_id: int
    reply: Reply | None  # None: another process claimed it first, or it was not sent
    attempts: int = 0
    claimed: bool = True  # False: refused before it was claimed (its envelope, say)


def summarize(session: Session, distribution_id: int) -> SendSummary:
    """Count a distribution's deliveries by status."""
    distribution = session.get(Distribution, distribution_id, populate_existing=True)
    if distribution is None:
        raise NotFound(f"There is no distribution {distribution_id}.")
    counts: dict[DeliveryStatus, int] = {}
    for status, count in session.execute(
        select(Delivery.status, func.count())
        .where(Delivery.distribution_id == distribution_id)
        .group_by(Delivery.status)
    ):
        counts[status] = count
    uncertain = tuple(
        email or "(erased)"
        for email in session.scalars(
            select(Delivery.email)
            .where(
                Delivery.distribution_id == distribution_id,
                Delivery.status == DeliveryStatus.UNCERTAIN,
            )
            .order_by(Delivery.id)
        )
    )
    return SendSummary(
        distribution=distribution_id,
        status=distribution.status,
        recipients=sum(counts.values()),
        sent=counts.get(DeliveryStatus.SENT, 0),
        failed=counts.get(DeliveryStatus.FAILED, 0),
        deferred=counts.get(DeliveryStatus.DEFERRED, 0),
        uncertain=counts.get(DeliveryStatus.UNCERTAIN, 0),
        queued=counts.get(DeliveryStatus.QUEUED, 0) + counts.get(DeliveryStatus.SENDING, 0),
        skipped=distribution.skipped_opted_out + distribution.skipped_already_received,
        uncertain_emails=uncertain,
    )


def mark_orphans_uncertain(
    session: Session, distribution_id: int, *, claimed_by_prefix: str | None = None
) -> int:
    """Deliveries left ``sending`` by a process that died: the server may or may not have them.

    ``claimed_by_prefix`` limits this to one process's claims (its own, when it stops).
    """
    conditions = [
        Delivery.distribution_id == distribution_id,
        Delivery.status == DeliveryStatus.SENDING,
    ]
    if claimed_by_prefix is not None:
        conditions.append(Delivery.claimed_by.startswith(claimed_by_prefix, autoescape=True))
    result = session.execute(
        update(Delivery)
        .where(*conditions)
        .values(
            status=DeliveryStatus.UNCERTAIN,
            smtp_response="The sending process stopped during this message; "
            "the server may or may not have it.",
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _prepare_run(session: Session, distribution_id: int, options: SendOptions) -> None:
    mark_orphans_uncertain(session, distribution_id)
    now = utcnow()
    if options.include_uncertain:
        session.execute(
            update(Delivery)
            .where(
                Delivery.distribution_id == distribution_id,
                Delivery.status == DeliveryStatus.UNCERTAIN,
            )
            .values(status=DeliveryStatus.QUEUED, next_attempt_at=None, updated_at=now)
            .execution_options(synchronize_session=False)
        )
    if options.retry_deferred_now:
        session.execute(
            update(Delivery)
            .where(
                Delivery.distribution_id == distribution_id,
                Delivery.status == DeliveryStatus.DEFERRED,
            )
            .values(next_attempt_at=now, updated_at=now)
            .execution_options(synchronize_session=False)
        )
    session.commit()


def _due_clause(now: datetime) -> Any:
    """Deliveries to send now; the first term, as the claimable index has it, lets it be used."""
    return text(CLAIMABLE_RULE) & (
        (Delivery.status == DeliveryStatus.QUEUED)
        | ((Delivery.status == DeliveryStatus.DEFERRED) & (Delivery.next_attempt_at <= now))
    )


def _next_page(session: Session, distribution_id: int, after_id: int) -> list[WorkItem]:
    """Due deliveries after ``after_id``; those opted out since they were queued are cancelled."""
    rows = session.execute(
        select(
            Delivery.id,
            Delivery.email,
            Delivery.language,
            Delivery.outlet_name,
            Delivery.country,
            Delivery.message_id,
            Delivery.attempts,
            Contact.first_name,
            Contact.last_name,
            Contact.title,
        )
        .outerjoin(Contact, Contact.id == Delivery.contact_id)
        .where(
            Delivery.distribution_id == distribution_id,
            Delivery.id > after_id,
            _due_clause(utcnow()),
        )
        .order_by(Delivery.id)
        .limit(PAGE_SIZE)
    ).all()
    hashes = {row.id: email_hash(row.email) for row in rows if row.email}
    suppressed = set(
        session.scalars(
            select(Suppression.email_hash).where(Suppression.email_hash.in_(set(hashes.values())))
        )
    )
    cancelled = [row.id for row in rows if not row.email or hashes[row.id] in suppressed]
    if cancelled:
        session.execute(
            update(Delivery)
            .where(Delivery.id.in_(cancelled), Delivery.status.in_(CLAIMABLE))
            .values(
                status=DeliveryStatus.CANCELLED,
                first_copy_key=None,
                smtp_response="Not sent: the person opted out or was erased after it was queued.",
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
    session.commit()
    skip = set(cancelled)
    return [
        WorkItem(
            delivery_id=row.id,
            recipient=Recipient(
                email=row.email,
                first_name=row.first_name,
                last_name=row.last_name,
                title=row.title,
                outlet=row.outlet_name,
                language=row.language,
                country=row.country,
            ),
            message_id=row.message_id,
            attempts=row.attempts,
        )
        for row in rows
        if row.id not in skip
    ]


def _result_values(result: Result, policy: RetryPolicy, now: datetime) -> dict[str, Any]:
    reply = result.reply
    assert reply is not None
    values: dict[str, Any] = {
        "id": result.delivery_id,
        "smtp_code": reply.code,
        "smtp_response": reply.text[:2000],
        "now": now,
        "sent_at": None,
        "next_attempt_at": None,
    }
    out_of_attempts = result.attempts >= policy.max_attempts
    if reply.outcome is Outcome.SENT:
        values.update(status=DeliveryStatus.SENT, sent_at=now)
    elif reply.outcome is Outcome.FAILED or (
        reply.outcome in (Outcome.DEFERRED, Outcome.RETRY) and out_of_attempts
    ):
        values.update(status=DeliveryStatus.FAILED)
    elif reply.outcome is Outcome.DEFERRED:
        values.update(
            status=DeliveryStatus.DEFERRED,
            next_attempt_at=now + policy.delay_after(result.attempts),
        )
    elif reply.outcome is Outcome.RETRY:
        values.update(status=DeliveryStatus.QUEUED)
    else:
        values.update(status=DeliveryStatus.UNCERTAIN)
    values["status"] = values["status"].value
    return values


# The statements run once per message go straight to the database driver: the ORM's UPDATE path
# costs several times more than the SMTP transaction itself on a local server.
_RESULT_VALUES = (
    "status = :status, smtp_code = :smtp_code, smtp_response = :smtp_response, "
    "sent_at = :sent_at, next_attempt_at = :next_attempt_at, claimed_by = NULL, updated_at = :now"
)
# A failed delivery gives up the release's first copy for its address; the other outcomes keep it,
# and leave the column out of the statement so that its unique index is not rewritten.
_GIVE_UP_FIRST_COPY = ", first_copy_key = NULL"
_CLAIMED_ROW = " WHERE id = :id"
_UNCLAIMED_ROW = (  # refused before it was claimed: only if nobody claimed it meanwhile
    ", attempts = attempts + 1 WHERE id = :id AND status IN ('queued', 'deferred') "
    "AND attempts = :attempts"
)
_RECORD_RESULT = {  # built from the constants above only
    (claimed, failed): "UPDATE deliveries SET "  # noqa: S608
    + _RESULT_VALUES
    + (_GIVE_UP_FIRST_COPY if failed else "")
    + (_CLAIMED_ROW if claimed else _UNCLAIMED_ROW)
    for claimed in (True, False)
    for failed in (True, False)
}
_CLAIM = (
    "UPDATE deliveries SET status = 'sending', "
    "claimed_by = :claimed_by, attempts = attempts + 1, sending_at = :now, updated_at = :now "
    "WHERE id = :id AND status IN ('queued', 'deferred') AND attempts = :attempts"
)
_UNCLAIM = (
    "UPDATE deliveries SET status = 'queued', attempts = :attempts, "
    "claimed_by = NULL WHERE id = :id AND status = 'sending'"
)
_MOMENTS = ("now", "sent_at", "next_attempt_at")
# SQLite copies its write-ahead log into the database file (and waits for the disk twice) each
# time the log passes this many pages; its default of 1000 pages meant such a wait every ~170
# messages, holding up every connection. While a send runs, its connections let the log grow to
# about 40 MB first, and cut it back to 4 MB once copied. Nothing is less safe for it: a commit
# is in the log either way, and a process killed at any moment loses nothing.
SENDING_CHECKPOINT_PAGES = 10_000
SHRUNK_LOG_BYTES = 4 * 1024 * 1024
# Each message's commit touches pages of the deliveries table and of three of its indexes, spread
# over the whole file; with SQLite's default cache of 2 MB most of them were read again from the
# file for every message, which more than doubled the cost of the commit.
SENDING_CACHE_KIB = 16 * 1024


class _Bookkeeping:
    """The per-message statements on the worker's own driver connection.

    SQLAlchemy's execution path costs as much as the SMTP transaction on a local server, so
    these few fixed statements go to the driver directly, in its parameter style, with moments
    converted as the column type would.
    """

    def __init__(self, db: Database) -> None:
        dialect = db.engine.dialect
        self._to_database = UTCDateTime().bind_processor(dialect)
        if dialect.paramstyle in ("named", "qmark"):  # sqlite3 takes :name in both styles
            self._style: Callable[[str], str] = lambda sql: sql
        elif dialect.paramstyle == "pyformat":
            self._style = lambda sql: re.sub(r":(\w+)", r"%(\1)s", sql)
        else:
            raise AssertionError(f"no parameter style for {dialect.paramstyle}")
        self._statements: dict[str, str] = {}
        self._connection = db.engine.raw_connection()
        self._cursor = self._connection.cursor()
        self._sqlite = dialect.name == "sqlite"
        if self._sqlite:
            self._cursor.execute(f"PRAGMA wal_autocheckpoint={SENDING_CHECKPOINT_PAGES}")
            self._cursor.execute(f"PRAGMA journal_size_limit={SHRUNK_LOG_BYTES}")
            self._cursor.execute(f"PRAGMA cache_size=-{SENDING_CACHE_KIB}")

    def execute(self, sql: str, params: dict[str, Any]) -> int:
        statement = self._statements.get(sql)
        if statement is None:
            statement = self._statements[sql] = self._style(sql)
        if self._to_database is not None:
            convert = self._to_database
            params = {
                key: convert(value) if key in _MOMENTS else value for key, value in params.items()
            }
        self._cursor.execute(statement, params)
        return int(self._cursor.rowcount)

    def commit(self) -> None:
        self._connection.commit()

    def close(self) -> None:
        try:
            self._connection.rollback()
            if self._sqlite:  # back to SQLite's default for the next user of the connection
                self._cursor.execute("PRAGMA wal_autocheckpoint=1000")
                self._cursor.execute("PRAGMA cache_size=-2000")
        finally:
            self._cursor.close()
            self._connection.close()


class _Worker(threading.Thread):
    """One SMTP connection and one database connection, sending one message at a time.

    The result of a message is written in the same commit that claims the next one (or on its
    own when there is no next one yet), and reported to the job only once committed, so when
    the job has heard back about everything, the database says it all.

    When the server takes commands written ahead (pipelining) and no rate limit applies, the
    envelope of the next message goes out with the data of the current one (one round trip a
    message). A message is then claimed once the server has accepted its envelope, just before
    its data is written: the server cannot have a message whose data it never got, so the one
    message whose data is out is still the only one that can be left ``sending``.
    """

    def __init__(self, run: _Run, number: int) -> None:
        super().__init__(name=f"send-{run.distribution_id}-{number}", daemon=True)
        self.run_ = run
        self.claim_tag = f"{lease.Owner.this_process()}#{number}"
        self.connection: SmtpConnection | None = None
        self.pending: list[Result] = []  # known results not committed yet
        self.in_flight: WorkItem | None = None  # its data is written, its reply not yet read
        # Taken and composed, but not sent (their connection broke): they go first on the next.
        self.held: deque[tuple[WorkItem, bytes]] = deque()

    def run(self) -> None:
        run = self.run_
        try:
            db = _Bookkeeping(run.db)
        except BaseException as exc:
            run.results.put(exc)
            return
        try:
            while not run.stop.is_set():
                item = self._next_item(db)
                if item is None:
                    break
                self._send(db, item)
        except BaseException as exc:  # reported to the job, which stops the others
            run.results.put(exc)
        finally:
            try:
                self._settle(db)
            except Exception as exc:
                log.exception("Could not record the last result of %s", self.name)
                run.results.put(exc)
            if self.connection is not None:
                self.connection.close()
            self._announce([Result(message[0].delivery_id, None) for message in self.held])
            try:
                db.close()
            except Exception:
                log.exception("Could not close the database connection of %s", self.name)

    def _next_item(self, db: _Bookkeeping) -> WorkItem | None:
        run = self.run_
        if self.held:
            return self.held[0][0]
        if self.pending or self.in_flight is not None:
            try:
                return run.work.get_nowait()
            except queue.Empty:
                self._settle(db)
        while not run.stop.is_set():
            try:
                return run.work.get(timeout=0.1)
            except queue.Empty:
                continue
        return None

    def _write_pending(self, db: _Bookkeeping) -> list[Result]:
        pending, self.pending = self.pending, []
        now = utcnow()
        for result in pending:
            values = _result_values(result, self.run_.options.retry, now)
            statement = _RECORD_RESULT[result.claimed, values["status"] == "failed"]
            if not result.claimed:
                values["attempts"] = result.attempts - 1  # what it had when it was taken
            db.execute(statement, values)
        return pending

    def _announce(self, results: list[Result]) -> None:
        for result in results:
            self.run_.results.put(result)

    def _record_pending(self, db: _Bookkeeping) -> None:
        with self.run_.write_lock:
            written = self._write_pending(db)
            if written:
                db.commit()
        self._announce(written)

    def _settle(self, db: _Bookkeeping) -> None:
        """Read the reply of the message in flight, then commit every known result."""
        if self.in_flight is not None and self.connection is not None:
            with contextlib.suppress(ConnectionLost):
                self._read_in_flight(self.connection)
        if self.in_flight is not None:  # never left without its connection; to be sure
            item, self.in_flight = self.in_flight, None
            self._ended(item, ConnectionLost(timed_out=True).reply(after_end_of_data=True))
        self._record_pending(db)

    def _claim(self, db: _Bookkeeping, item: WorkItem) -> bool:
        """Mark the delivery ``sending`` (with the previous result) in one commit."""
        with self.run_.write_lock:
            written = self._write_pending(db)
            claimed = db.execute(
                _CLAIM,
                {
                    "id": item.delivery_id,
                    "attempts": item.attempts,
                    "claimed_by": self.claim_tag,
                    "now": utcnow(),
                },
            )
            db.commit()
        self._announce(written)
        if claimed != 1:
            self._announce([Result(item.delivery_id, None)])  # someone else has it
            return False
        return True

    def _unclaim(self, db: _Bookkeeping, item: WorkItem) -> None:
        with self.run_.write_lock:
            db.execute(_UNCLAIM, {"id": item.delivery_id, "attempts": item.attempts})
            db.commit()

    def _refused(self, item: WorkItem, reply: Reply) -> None:
        """A message that never reached the data stage: recorded without having been claimed."""
        self.pending.append(Result(item.delivery_id, reply, item.attempts + 1, claimed=False))

    def _ended(self, item: WorkItem, reply: Reply) -> None:
        """What became of a claimed message, to be committed with the next claim."""
        self.pending.append(Result(item.delivery_id, reply, item.attempts + 1))

    def _composed(self, item: WorkItem) -> bytes | None:
        """The message as DATA, or None when it cannot be made (recorded as failed)."""
        try:
            return self.run_.composer.compose_for_smtp(item.recipient, message_id=item.message_id)
        except PressDeskError as exc:  # this person's message cannot be made (bad address...)
            self._refused(item, Reply(Outcome.FAILED, None, str(exc)))
            return None

    def _send(self, db: _Bookkeeping, item: WorkItem) -> None:
        run = self.run_
        if self.held:
            item, data = self.held.popleft()
        else:
            composed = self._composed(item)
            if composed is None:
                return
            data = composed
        if self.connection is None:
            self._settle(db)
            self.connection = SmtpConnection(run.profile, run.password)
        if run.bucket is None and self.connection.pipelines:
            self._send_ahead(db, item, data)
            return
        if self.in_flight is not None:
            self._settle(db)
        if run.bucket is not None and not run.bucket.acquire(run.stop):
            self._announce([Result(item.delivery_id, None)])
            return
        if not self._claim(db, item):
            return
        try:
            reply = self.connection.send_data(run.profile.from_address, item.recipient.email, data)
        except SmtpProblem:
            self._unclaim(db, item)  # refused before any data: it was not sent
            raise
        if reply.reconnect:
            self.connection.close()
            self.connection = None
        self._ended(item, reply)

    def _following(self) -> tuple[WorkItem, bytes] | None:
        """The next message ready to go, if one was put back or the queue has one right now."""
        if self.held and not self.run_.stop.is_set():
            return self.held.popleft()
        while not self.run_.stop.is_set():
            try:
                item = self.run_.work.get_nowait()
            except queue.Empty:
                return None
            data = self._composed(item)
            if data is not None:
                return item, data
        return None

    def _send_ahead(self, db: _Bookkeeping, item: WorkItem, data: bytes) -> None:
        """Send ``item`` and what follows it in the queue, each envelope with the data before."""
        connection = self.connection
        assert connection is not None
        mail_from = self.run_.profile.from_address
        current: tuple[WorkItem, bytes] | None = (item, data)
        ahead: tuple[WorkItem, bytes] | None = None  # taken for the next round, nothing written
        written = False  # the envelope of the current message is out
        try:
            while current is not None:
                item, data = current
                if not written:
                    refused = connection.write_envelope(mail_from, item.recipient.email)
                    if refused is not None:
                        self._refused(item, refused)
                        current = self._following()
                        continue
                    written = True  # if the write breaks, the server may have part of it
                    connection.flush()
                ahead = self._following()
                if self.in_flight is not None:
                    try:
                        self._read_in_flight(connection)
                    except ConnectionLost:  # before any reply to this envelope: not its fault
                        self._put_back(current, ahead)
                        return
                refused = connection.read_envelope(mail_from)
                written = False
                if refused is not None:
                    self._refused(item, refused)
                    if refused.reconnect:
                        connection.close()
                        self.connection = None
                        self._put_back(ahead)
                        return
                    current, ahead = ahead, None
                    continue
                if not self._claim(db, item):  # another process has it: its data must not go out
                    connection.abandon()
                    self.connection = None
                    self._put_back(ahead)
                    return
                connection.write_data(data)
                self.in_flight = item
                following, ahead = ahead, None
                if following is not None:
                    refused = connection.write_envelope(mail_from, following[0].recipient.email)
                    if refused is not None:
                        self._refused(following[0], refused)
                        following = None
                try:
                    connection.flush()
                except ConnectionLost as lost:  # the data did not all go out
                    self.in_flight = None
                    self._ended(item, lost.reply(after_end_of_data=False))
                    self.connection = None
                    self._put_back(following)  # at most its envelope went out
                    return
                current, written = following, following is not None
        except ConnectionLost as lost:  # writing the envelope, or at one of its replies
            self.connection = None
            self._put_back(ahead)
            if written and current is not None:
                self._refused(current[0], lost.reply(after_end_of_data=False))

    def _put_back(self, *messages: tuple[WorkItem, bytes] | None) -> None:
        """Messages taken but not sent, to go first on the next connection, in this order."""
        for message in reversed(messages):
            if message is not None:
                self.held.appendleft(message)

    def _read_in_flight(self, connection: SmtpConnection) -> None:
        """Read the reply to the data in flight into ``pending``; raises ConnectionLost."""
        item, self.in_flight = self.in_flight, None
        assert item is not None
        try:
            reply = connection.read_final()
        except ConnectionLost as lost:
            self.connection = None
            self._ended(item, lost.reply(after_end_of_data=True))
            raise
        self._ended(item, reply)


@dataclass
class _Run:
    """What the job and its workers share."""

    db: Database
    distribution_id: int
    profile: ProfileInfo
    password: Credential
    composer: Composer
    options: SendOptions
    bucket: TokenBucket | None
    work: queue.Queue[WorkItem] = field(
        default_factory=lambda: queue.Queue(maxsize=WORK_QUEUE_SIZE)
    )
    results: queue.Queue[Result | BaseException] = field(default_factory=queue.Queue)
    stop: threading.Event = field(default_factory=threading.Event)
    # SQLite has one writer at a time and makes a waiting writer sleep for milliseconds, so the
    # workers take turns in this process instead; PostgreSQL locks rows and needs no turn.
    write_lock: AbstractContextManager[object] = field(default_factory=contextlib.nullcontext)


ComposerFactory = Callable[[Session, int, ProfileInfo], Composer]


def _load(
    session: Session, distribution_id: int, composer_factory: ComposerFactory
) -> tuple[ProfileInfo, Composer]:
    distribution = session.get(Distribution, distribution_id)
    if distribution is None:
        raise NotFound(f"There is no distribution {distribution_id}.")
    profile_name = None
    if distribution.profile_id is not None:
        row = session.get(SmtpProfile, distribution.profile_id)
        profile_name = row.name if row is not None else None
    profile = get_profile(session, profile_name)
    return profile, composer_factory(session, distribution.release_id, profile)


def send_distribution(
    db: Database,
    distribution_id: int,
    *,
    options: SendOptions | None = None,
    composer_factory: ComposerFactory = release_composer,
    password_lookup: Callable[[ProfileInfo], Credential] = profile_password,
) -> Job[SendSummary]:
    """Send (or go on sending) a distribution; closing the job pauses it after the current messages.

    Raises :class:`~pressdesk.mail.lease.DistributionBusy` when a live process owns it, and the
    transport's errors (server unreachable, TLS, login refused) when the send cannot go on: the
    distribution is then left ``interrupted`` and can be resumed.
    """
    options = options or SendOptions()
    session = db.session_factory()
    try:
        profile, composer = _load(session, distribution_id, composer_factory)
        password = password_lookup(profile)
        session.commit()
        lease.acquire(session, distribution_id, lease_seconds=options.lease_seconds)
    except BaseException:
        session.close()
        raise
    run = _Run(
        write_lock=threading.Lock() if db.is_sqlite else contextlib.nullcontext(),
        db=db,
        distribution_id=distribution_id,
        profile=profile,
        password=password,
        composer=composer,
        options=options,
        bucket=TokenBucket(profile.rate_per_minute) if profile.rate_per_minute else None,
    )
    final_status = DistributionStatus.PAUSED
    workers: list[_Worker] = []
    try:
        _prepare_run(session, distribution_id, options)
        workers = [_Worker(run, n + 1) for n in range(profile.connections)]
        for worker in workers:
            worker.start()
        yield from _coordinate(session, run)
        _stop(run, workers)
        session.commit()  # read what the workers wrote, not an older snapshot
        final_status = DistributionStatus.DONE
        if _count(session, distribution_id, (*CLAIMABLE, DeliveryStatus.SENDING)):
            final_status = DistributionStatus.QUEUED
    except (GeneratorExit, Cancelled):  # the officer paused it (closed or cancelled the job)
        final_status = DistributionStatus.PAUSED
        raise
    except BaseException:
        final_status = DistributionStatus.INTERRUPTED
        raise
    finally:
        _stop(run, workers)
        try:
            session.rollback()
            mark_orphans_uncertain(
                session, distribution_id, claimed_by_prefix=f"{lease.Owner.this_process()}#"
            )
            session.commit()
            lease.release(session, distribution_id, final_status)
        finally:
            session.close()
    with db.session() as summary_session:
        return summarize(summary_session, distribution_id)


def _stop(run: _Run, workers: list[_Worker]) -> None:
    """Let each worker finish its current message and record it."""
    run.stop.set()
    for worker in workers:
        worker.join()


def _count(session: Session, distribution_id: int, statuses: tuple[DeliveryStatus, ...]) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                Delivery.distribution_id == distribution_id, Delivery.status.in_(statuses)
            )
        )
        or 0
    )


def _coordinate(session: Session, run: _Run) -> Iterator[SendProgress]:
    """Feed the workers, gather their results, keep the lease, and report progress."""
    distribution_id = run.distribution_id
    total = _count(session, distribution_id, tuple(DeliveryStatus))
    already_sent = _count(session, distribution_id, (DeliveryStatus.SENT,))
    tally = dict.fromkeys(Outcome, 0)
    started = time.monotonic()
    renew_every = run.options.lease_seconds / 4
    renewed = started
    reported = 0.0
    buffer: deque[WorkItem] = deque()
    after_id = 0
    exhausted = False
    outstanding = 0
    waiting_until: datetime | None = None

    def progress() -> SendProgress:
        sent = already_sent + tally[Outcome.SENT]
        elapsed = max(time.monotonic() - started, 1e-6)
        rate = tally[Outcome.SENT] / elapsed
        message = f"{sent} of {total} sent"
        if tally[Outcome.FAILED]:
            message += f", {tally[Outcome.FAILED]} failed"
        if waiting_until is not None:
            message += f"; retrying deferred at {waiting_until.astimezone():%H:%M:%S}"
        elif tally[Outcome.SENT]:
            message += f" ({rate:.0f}/s)"
        return SendProgress(
            done=sent,
            total=total,
            message=message,
            started=started,
            sent=sent,
            failed=tally[Outcome.FAILED],
            deferred=tally[Outcome.DEFERRED],
            uncertain=tally[Outcome.UNCERTAIN],
            rate=rate,
            waiting_until=waiting_until,
        )

    yield progress()
    while True:
        # Gather results; a worker's exception stops the whole send. Waking up for every single
        # result would take the interpreter away from the workers too often.
        time.sleep(COORDINATOR_TICK)
        try:
            first = run.results.get_nowait()
        except queue.Empty:
            first = None
        while first is not None:
            if isinstance(first, BaseException):
                raise first
            outstanding -= 1
            if first.reply is not None:
                tally[first.reply.outcome] += 1
            try:
                first = run.results.get_nowait()
            except queue.Empty:
                first = None
        # Feed the workers.
        if not buffer and not exhausted:
            page = _next_page(session, distribution_id, after_id)
            if page:
                buffer.extend(page)
                after_id = page[-1].delivery_id
            else:
                exhausted = True
        while buffer and not run.work.full():
            run.work.put_nowait(buffer.popleft())
            outstanding += 1
        # A pass is over: look again for what became due, or wait for the next retry.
        if exhausted and not buffer and outstanding == 0:
            if session.scalar(
                select(func.count()).where(
                    Delivery.distribution_id == distribution_id, _due_clause(utcnow())
                )
            ):
                after_id, exhausted, waiting_until = 0, False, None
                continue
            next_due = session.scalar(
                select(func.min(Delivery.next_attempt_at)).where(
                    Delivery.distribution_id == distribution_id,
                    Delivery.status == DeliveryStatus.DEFERRED,
                )
            )
            session.commit()
            if next_due is None or not run.options.wait_for_deferred:
                yield progress()
                return
            waiting_until = next_due
            if utcnow() >= next_due:
                after_id, exhausted, waiting_until = 0, False, None
                continue
            time.sleep(min(0.2, max(0.0, (next_due - utcnow()).total_seconds())))
        now = time.monotonic()
        if now - renewed >= renew_every:
            if not lease.renew(session, distribution_id, lease_seconds=run.options.lease_seconds):
                raise EnvironmentProblem(
                    f"Distribution {distribution_id} was taken over by another process."
                )
            renewed = now
        if now - reported >= PROGRESS_INTERVAL:
            reported = now
            yield progress()


@dataclass(frozen=True)
class BatchResult:
    """The outcome of sending several distributions one after the other."""

    summaries: tuple[SendSummary, ...]
    left_alone: tuple[str, ...]  # distributions a live process is sending, in words


def send_many(
    db: Database,
    distribution_ids: list[int],
    *,
    options: SendOptions | None = None,
    composer_factory: ComposerFactory = release_composer,
    password_lookup: Callable[[ProfileInfo], Credential] = profile_password,
) -> Job[BatchResult]:
    """Send each distribution in turn; those owned by a live process are left alone."""
    summaries: list[SendSummary] = []
    left_alone: list[str] = []
    for distribution_id in distribution_ids:
        try:
            summary = yield from send_distribution(
                db,
                distribution_id,
                options=options,
                composer_factory=composer_factory,
                password_lookup=password_lookup,
            )
        except lease.DistributionBusy as exc:
            left_alone.append(str(exc))
            continue
        summaries.append(summary)
    return BatchResult(tuple(summaries), tuple(left_alone))


def resume_interrupted(db: Database, *, options: SendOptions | None = None) -> Job[BatchResult]:
    """What the app runs at start: go on with every distribution whose sending was cut short."""
    with db.session() as session:
        ids = interrupted_distributions(session)
    return (yield from send_many(db, ids, options=options))


def send_due(db: Database, *, options: SendOptions | None = None) -> Job[BatchResult]:
    """What ``outbox run`` and the open desktop app do: send every distribution that is due."""
    with db.session() as session:
        ids = due_distributions(session)
    return (yield from send_many(db, ids, options=options))
