"""The exception hierarchy that separates people's problems from programming bugs.

A :class:`PressDeskError` is something the user or their environment can fix: it is shown as a
plain message (a dialog in the desktop app, one line on stderr with exit code 1 or 2 on the
command line) and never with a traceback. Anything else that escapes is a bug: it is logged with
its traceback and reported as such.
"""

from __future__ import annotations


class PressDeskError(Exception):
    """An error the user can understand and act on. ``exit_code`` is used by the command line."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class InvalidInput(PressDeskError):
    """Bad input or usage: a malformed file, an unknown contact, a wrong option (exit 2)."""

    exit_code = 2


class NotFound(InvalidInput):
    """A record named by the user does not exist (exit 2)."""


class EnvironmentProblem(PressDeskError):
    """The environment prevents the work: a server unreachable, a database locked (exit 1)."""

    exit_code = 1


class DatabaseUnavailable(EnvironmentProblem):
    """The database cannot be opened, is locked, or is newer than this version of PressDesk."""


class ConflictError(PressDeskError):
    """Someone else changed the record since it was opened (exit 1)."""

    exit_code = 1
