"""Turning input bytes into text, or a one-line error that says why not.

UTF-8 (with or without BOM) is the contract. Anything else is refused with
the line and byte where decoding failed, plus charset-normalizer's guess so
the user knows which ``--encoding`` to pass; guessing silently would corrupt
names, which are exactly what mtqa checks.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from mtqa.errors import InputError


def read_bytes(path: str) -> bytes:
    """Read a file (or stdin for ``-``), raising :class:`InputError` on failure."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if p.is_dir():
        raise InputError("is a directory, not a file", path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except PermissionError:
        raise InputError("permission denied", path) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from None


def decode(data: bytes, path: str, encoding: Optional[str] = None) -> str:
    """Decode ``data``; empty, binary or undecodable input is an :class:`InputError`."""
    if not data.strip():
        raise InputError("input is empty", path)
    if b"\x00" in data[:8192]:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError("binary data (NUL byte), not text", path, line)
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot decode as {encoding}: {exc}", path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = _guess(data)
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}){hint}", path, line
        ) from None


def _guess(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - core dependency
        return ""
    best = from_bytes(data).best()
    if best is None:
        return ""
    return f"; it looks like {best.encoding}: pass --encoding {best.encoding}"


def read_text(path: str, encoding: Optional[str] = None) -> str:
    """Read and decode a whole text file."""
    return decode(read_bytes(path), path, encoding)
