"""Long jobs as generators that yield :class:`Progress`.

Import, send and report export are written as generators so that the command line can print
progress, the desktop app can run them on a worker thread and show a bar, and tests can simply
exhaust them. The job's result is the generator's return value.
"""

from __future__ import annotations

import time
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """How far a job has got. ``total`` is None when it is not known yet."""

    done: int
    total: int | None = None
    message: str = ""
    started: float = field(default_factory=time.monotonic, compare=False)

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)

    def seconds_left(self, now: float | None = None) -> float | None:
        """A plain linear estimate of the time left, or None until there is something to go on."""
        if not self.total or self.done <= 0:
            return None
        elapsed = (now if now is not None else time.monotonic()) - self.started
        return max(0.0, elapsed / self.done * (self.total - self.done))


Job = Generator[Progress, None, T]


class Cancelled(Exception):
    """Raised inside a job when the user asked it to stop; the job leaves things consistent."""


def run_to_completion(job: Job[T]) -> T:
    """Run a job without watching its progress and return its result."""
    while True:
        try:
            next(job)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
