"""Report files that are complete or absent: write to a temporary file, rename on success.

A CI job reads the report after mtqa exits; a report cut short by an
interrupt, a full disk or a rejected input, or two runs writing the same
path at once, must never leave a file that parses as something else. The
report is written to a uniquely named temporary file in the target's own
folder (so the final rename stays on one file system, where it is atomic)
and moved over the target only when everything was written; any error or
signal removes the temporary file and leaves a previous report untouched.
Concurrent runs each write their own temporary file, and the last one to
finish owns the target.
"""
from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from typing import IO, Iterator, Optional

from mtqa.errors import UsageError
from mtqa.interrupts import raise_if_received

_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path: str, *, encoding: str = "utf-8", newline: Optional[str] = "",
                  what: str = "output") -> Iterator[IO[str]]:
    """A text stream whose content replaces ``path`` only if the block ends normally.

    Raises :class:`~mtqa.errors.UsageError` (exit 2) when the folder cannot
    take the file: missing, read-only, full.
    """
    if os.path.isdir(path):
        raise UsageError(f"cannot write {what} (it is a directory)", path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        # /dev/stdout, a FIFO, a terminal: nothing to rename over, write through
        try:
            handle = open(path, "w", encoding=encoding, newline=newline)
        except OSError as exc:
            raise UsageError(f"cannot write {what} ({exc.strerror or exc})", path) from None
        try:
            with handle:  # closing flushes: a full device shows here
                yield handle
        except OSError as exc:
            if exc.errno in _WRITE_ERRORS:
                raise UsageError(f"cannot write {what} ({exc.strerror or exc})", path) from None
            raise
        return
    real = os.path.realpath(path)  # through a symlink: replace the file it names, keep the link
    folder = os.path.dirname(real)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UsageError(f"cannot write {what} ({exc.strerror or exc})", path) from None
    try:
        try:
            with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            # mkstemp makes 0600: keep the mode of the report replaced, else that of any new file
            os.chmod(tmp, stat.S_IMODE(os.stat(real).st_mode) if os.path.exists(real) else 0o666 & ~_umask())
            raise_if_received()  # an interrupted run never replaces the previous report
            os.replace(tmp, real)
        except OSError as exc:
            if exc.errno in _WRITE_ERRORS or exc.filename in (tmp, path):
                raise UsageError(f"cannot write {what} ({exc.strerror or exc})", path) from None
            raise
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
