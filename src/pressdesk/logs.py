"""Logging to a rotating file in the per-user log folder.

At the default level nothing personal (addresses, names) or secret is written: modules log ids
and counts, and keep addresses for DEBUG.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from pressdesk import paths

LOG_FILE_NAME = "pressdesk.log"
_handler: logging.handlers.RotatingFileHandler | None = None
# PostgreSQL explains a broken unique rule with the values, e.g. "Key (email_key)=(ana@x.org)".
_KEY_VALUES = re.compile(
    r"(Key \([^)]*\)=\()[^\n]*?(\) already exists|\) is not present|\)$)", re.MULTILINE
)


class RedactingFormatter(logging.Formatter):
    """Keeps the values a database server quotes in its errors out of the log file."""

    def format(self, record: logging.LogRecord) -> str:
        return _KEY_VALUES.sub(r"\1…\2", super().format(record))


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records to the rotating log file (idempotent); return the file's path."""
    global _handler
    log_file = paths.log_dir() / LOG_FILE_NAME
    root = logging.getLogger()
    root.setLevel(level)
    if _handler is not None:
        if Path(_handler.baseFilename) == log_file:
            return log_file
        root.removeHandler(_handler)  # the data folder changed (tests, a second profile)
        _handler.close()
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    _handler = handler
    return log_file
