"""Line-by-line reading for record formats, so big corpora stream."""
from __future__ import annotations

import codecs
import sys
from typing import Iterator, Optional

from mtqa.errors import InputError
from mtqa.readers.decoding import _guess


def iter_lines(path: str, encoding: Optional[str] = None) -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, text without newline); decoding errors name the line."""
    try:
        stream = sys.stdin.buffer if path == "-" else open(path, "rb")
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", path) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from None
    enc = encoding or "utf-8"
    try:
        codecs.lookup(enc)
    except LookupError:
        raise InputError(f"unknown encoding {enc!r}", path) from None
    lineno = 0
    try:
        for lineno, raw in enumerate(stream, 1):
            if b"\x00" in raw:
                raise InputError("binary data (NUL byte), not text", path, lineno)
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {enc} (byte 0x{raw[exc.start]:02x}){_guess(raw)}", path, lineno) from None
            if lineno == 1 and text.startswith("\ufeff"):
                text = text[1:]
            yield lineno, text.rstrip("\r\n")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if lineno == 0:
        raise InputError("input is empty", path)
