"""A token bucket shared by the sending threads: at most N messages per minute in all."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class TokenBucket:
    """Messages per minute with a burst of at most one second's worth (at least one message)."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate)
        self._clock = clock
        self._tokens = self.capacity
        self._updated = clock()
        self._lock = threading.Lock()

    def _take(self) -> float:
        """Take a token if there is one (return 0), else return the seconds until there is."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
            self._updated = now
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return 0.0
            return (1.0 - self._tokens) / self.rate

    def acquire(self, stop: threading.Event) -> bool:
        """Wait for a token; False when ``stop`` was set while waiting."""
        while True:
            wait = self._take()
            if wait == 0.0:
                return True
            if stop.wait(wait):
                return False
