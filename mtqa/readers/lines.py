"""Line-by-line reading for record formats, so big corpora stream.

JSON lines and CSV/TSV both read a file as physical lines decoded one at a
time, so that a bad byte is reported on its own line and only one line is
held before it is parsed. The opening and decoding rules (stdin for ``-``,
NUL bytes refused, a UTF-8 BOM dropped) live here once for both.
"""
from __future__ import annotations

import codecs
import sys
from contextlib import contextmanager
from typing import BinaryIO, Iterable, Iterator, Optional

from mtqa.errors import InputError
from mtqa.readers.decoding import _guess


@contextmanager
def opened(path: str) -> Iterator[BinaryIO]:
    """``path`` (stdin for ``-``) open for binary reading; failing to open is a one-line error."""
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from None
    try:
        yield stream
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def decoded_lines(
    stream: Iterable[bytes], path: str, encoding: str
) -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, decoded line with its newline), the BOM dropped.

    A decoding error names the line and byte and ends with
    charset-normalizer's guess at the encoding, so the user knows what to pass.
    """
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", path) from None
    for lineno, raw in enumerate(stream, 1):
        if b"\x00" in raw:
            raise InputError("binary data (NUL byte), not text", path, lineno)
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding} (byte 0x{raw[exc.start]:02x}){_guess(raw)}", path, lineno) from None
        yield lineno, text[1:] if lineno == 1 and text.startswith("\ufeff") else text


def iter_lines(path: str, encoding: Optional[str] = None) -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, text without newline); decoding errors name the line."""
    lineno = 0
    with opened(path) as stream:
        for lineno, text in decoded_lines(stream, path, encoding or "utf-8"):
            yield lineno, text.rstrip("\r\n")
    if lineno == 0:
        raise InputError("input is empty", path)
