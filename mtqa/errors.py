"""Errors that end a run with exit code 2 and one line on stderr.

Every failure the user can cause (a missing file, undecodable bytes, a bad
config key) is raised as :class:`UsageError` carrying the file and, where
known, the line, so the CLI can print ``path:line: message`` without a
traceback.
"""
from __future__ import annotations

from typing import Optional


class UsageError(Exception):
    """The input or configuration cannot be used (exit code 2)."""

    def __init__(self, message: str, path: Optional[str] = None, line: Optional[int] = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __reduce__(self):  # keep path and line when sent between processes (Dask workers)
        return (type(self), (self.message, self.path, self.line))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(UsageError):
    """An input file is missing, unreadable or malformed."""


class ConfigError(UsageError):
    """A configuration file or option is invalid."""


class DataError(UsageError):
    """A language data file of a ``$MTQA_DATA`` folder cannot be read: not UTF-8, bad TOML, a
    malformed table row, a regular expression that does not compile, a missing key, a value of another
    kind than in the package's own file (a malformed row of a shipped table is reported so too).

    A user correcting a table in their own data folder should learn which file and line is wrong,
    not meet an "internal error" naming a Python exception."""


def did_you_mean(word: str, choices, *, cutoff: float = 0.6) -> str:
    """`` (did you mean 'X'?)`` for the closest of ``choices``, or "" when none is close.

    A typo in a configuration key or a check code should cost one glance at
    the error, not a trip to the documentation.
    """
    import difflib

    choices = [str(c) for c in choices]
    by_lower = {c.lower(): c for c in choices}
    close = difflib.get_close_matches(str(word).lower(), list(by_lower), n=1, cutoff=cutoff)
    return f" (did you mean '{by_lower[close[0]]}'?)" if close else ""


class RunFailure(RuntimeError):
    """The run could not finish for a reason outside the input and the program: a worker process killed
    (by the out-of-memory killer, or by hand). Exit code 2 and one line, like an unusable input, not an
    "internal error": nothing in mtqa needs fixing, and the report file is left as it was."""
