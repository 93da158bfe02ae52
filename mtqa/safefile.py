"""Reading the files a configuration names, without trusting the configuration.

A config file checked into an untrusted repository can name any path as its
glossary, do-not-translate list or baseline. ``/dev/zero`` would fill memory,
a FIFO would block the CI job forever, a multi-gigabyte file would do both
slowly. These files are read only when they are regular files under a size
cap, opened without blocking so a FIFO cannot stall the open itself.
"""
from __future__ import annotations

import os
import stat
from typing import Optional

from mtqa.errors import ConfigError
from mtqa.limits import MAX_CONFIG_FILE


def read_setting_file(path: str, what: str, encoding: str = "utf-8-sig", limit: Optional[int] = None,
                      missing: Optional[str] = None) -> str:
    """The text of the ``what`` file at ``path``; :class:`ConfigError` (exit 2) naming it otherwise.

    ``limit`` defaults to :data:`~mtqa.limits.MAX_CONFIG_FILE` bytes.
    """
    limit = limit or MAX_CONFIG_FILE
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ConfigError(missing or f"no such {what}", path) from None
    except OSError as exc:
        raise ConfigError(f"cannot read {what} ({exc.strerror or exc})", path) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(f"{what} is not a regular file (devices, FIFOs and folders are refused)", path)
        if info.st_size > limit:
            raise ConfigError(f"{what} is larger than {limit:,} bytes", path)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise ConfigError(f"cannot read {what} ({exc.strerror or exc})", path) from None
    finally:
        os.close(fd)
    if size > limit:  # the file grew after fstat
        raise ConfigError(f"{what} is larger than {limit:,} bytes", path)
    try:
        return b"".join(chunks).decode(encoding)
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what} is not valid {encoding.replace('-sig', '').upper()} (byte {exc.start})",
                          path) from None
