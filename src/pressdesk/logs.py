"""Logging to a rotating file in the per-user log folder.

At the default level nothing personal (addresses, names) or secret is written: modules log ids
and counts, and keep addresses for DEBUG.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from pressdesk import paths

LOG_FILE_NAME = "pressdesk.log"
_handler: logging.handlers.RotatingFileHandler | None = None


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
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    _handler = handler
    return log_file
