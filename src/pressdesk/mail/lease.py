"""Which process owns a distribution while it is sent.

The owner writes its machine, process id and a lease end time on the distribution and renews the
lease while it sends. Another process may take over when the lease has run out, or at once when
the owner was on this machine and its process is gone (a crash, ``kill -9``). Taking over is a
conditional UPDATE on the previous owner, so two resumers cannot both win.
"""

from __future__ import annotations

import os
import socket
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, update
from sqlalchemy.orm import Session

from pressdesk.database.models import Distribution, DistributionStatus
from pressdesk.database.types import utcnow
from pressdesk.errors import EnvironmentProblem, NotFound

LEASE_SECONDS = 60.0

# Distributions this process is sending right now (a second job in the same process must wait).
_running_here: set[int] = set()
_running_lock = threading.Lock()


class DistributionBusy(EnvironmentProblem):
    """Another live process is sending this distribution."""


@dataclass(frozen=True)
class Owner:
    host: str
    pid: int

    @classmethod
    def this_process(cls) -> Owner:
        return cls(socket.gethostname(), os.getpid())

    def __str__(self) -> str:
        return f"{self.host} (process {self.pid})"


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, but alive
    except OSError:
        return False
    return True


def owner_alive(distribution: Distribution, now: datetime | None = None) -> bool:
    """Whether the recorded owner may still be sending it."""
    if distribution.owner_pid is None or distribution.owner_host is None:
        return False
    now = now or utcnow()
    if distribution.lease_expires_at is None or distribution.lease_expires_at <= now:
        return False
    me = Owner.this_process()
    if distribution.owner_host == me.host:
        if distribution.owner_pid == me.pid:
            with _running_lock:
                return distribution.id in _running_here
        return process_alive(distribution.owner_pid)
    return True


def acquire(
    session: Session, distribution_id: int, *, lease_seconds: float = LEASE_SECONDS
) -> None:
    """Become the owner (status ``sending``), or raise :class:`DistributionBusy`. Commits."""
    distribution = session.get(Distribution, distribution_id, populate_existing=True)
    if distribution is None:
        raise NotFound(f"There is no distribution {distribution_id}.")
    if owner_alive(distribution):
        raise DistributionBusy(
            f"Distribution {distribution_id} is being sent by "
            f"{Owner(distribution.owner_host or '?', distribution.owner_pid or 0)}; "
            "it was left alone."
        )
    me = Owner.this_process()
    now = utcnow()
    previous = and_(
        Distribution.owner_host.is_(None)
        if distribution.owner_host is None
        else Distribution.owner_host == distribution.owner_host,
        Distribution.owner_pid.is_(None)
        if distribution.owner_pid is None
        else Distribution.owner_pid == distribution.owner_pid,
    )
    result = session.execute(
        update(Distribution)
        .where(Distribution.id == distribution_id, previous)
        .values(
            owner_host=me.host,
            owner_pid=me.pid,
            lease_expires_at=now + timedelta(seconds=lease_seconds),
            status=DistributionStatus.SENDING,
            started_at=distribution.started_at or now,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise DistributionBusy(f"Another process has just taken distribution {distribution_id}.")
    session.commit()
    with _running_lock:
        _running_here.add(distribution_id)


def renew(session: Session, distribution_id: int, *, lease_seconds: float = LEASE_SECONDS) -> bool:
    """Extend our lease; False when we are no longer the owner. Commits."""
    me = Owner.this_process()
    result = session.execute(
        update(Distribution)
        .where(
            Distribution.id == distribution_id,
            Distribution.owner_host == me.host,
            Distribution.owner_pid == me.pid,
        )
        .values(lease_expires_at=utcnow() + timedelta(seconds=lease_seconds))
        .execution_options(synchronize_session=False)
    )
    session.commit()
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def release(session: Session, distribution_id: int, status: DistributionStatus) -> None:
    """Give up ownership, leaving the distribution in ``status``. Commits."""
    me = Owner.this_process()
    now = utcnow()
    values: dict[str, object] = {
        "owner_host": None,
        "owner_pid": None,
        "lease_expires_at": None,
        "status": status,
    }
    if status is DistributionStatus.DONE:
        values["finished_at"] = now
    try:
        session.execute(
            update(Distribution)
            .where(
                Distribution.id == distribution_id,
                Distribution.owner_host == me.host,
                Distribution.owner_pid == me.pid,
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        session.commit()
    finally:
        with _running_lock:
            _running_here.discard(distribution_id)
