"""Inline suppression markers: ``mtqa: ignore=A101,T1`` written in the input itself.

An editor who has judged an issue acceptable for one news item should be
able to say so next to the text, where the next editor will see it, not in
a separate file. The marker names codes or code prefixes (``T1`` ignores
T100-T199), exactly like ``--ignore``, and applies to the whole item it
appears in:

* in a feed item, inside an XML or HTML comment anywhere in the item:
  ``<!-- mtqa: ignore=A101 -->``;
* in plain text and ``.jsonl``/``.csv`` text fields, at the end of a line:
  ``... the last sentence. <!-- mtqa: ignore=L101 -->`` or
  ``... the last sentence.  # mtqa: ignore=L101``; the marker is removed
  from the text before the checks run, so it is never itself flagged.

Structured inputs also have a field for this (``ignore`` in ``.jsonl``, an
``ignore`` column in CSV/TSV). A marker naming something that is not a
code is an error, not a no-op: a typo must not silently switch a gate off.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Optional

from mtqa.errors import InputError
from mtqa.model import DocumentPair

MARKER = re.compile(r"mtqa:\s*ignore\s*=\s*(?P<codes>\w+(?:[ \t]*,[ \t]*\w+)*)", re.I)
_CODE = re.compile(r"^[AFTLSD](?:\d{1,3})?$")


_OPENERS = ("<!--", "#", "//")


def trailing_marker(text: str) -> Optional[tuple[int, str]]:
    """(start, marker text) of a marker that ends the line ``text``, or None.

    The marker may sit in a comment (``<!-- mtqa: ignore=A1 -->``, ``# ...``,
    ``// ...``); ``start`` includes the spaces before it. Found with one
    regex scan and string trims rather than one pattern with adjacent
    ``[ \t]*`` runs, which backtracks quadratically on a marker followed by
    a long run of tabs.
    """
    last = None
    for last in MARKER.finditer(text):
        pass
    if last is None or text[last.end():].strip(" \t") not in ("", "-->"):
        return None
    start = last.start()
    gap = len(text[:start].rstrip(" \t")) if start else 0
    for opener in _OPENERS:
        if text.endswith(opener, 0, gap):
            start = gap - len(opener)
            break
    start = len(text[:start].rstrip(" \t\u00a0"))
    return start, text[start:]


def parse_codes(text: str, path: Optional[str] = None, line: Optional[int] = None) -> list[str]:
    """Codes named by every marker in ``text`` (upper-cased, validated)."""
    codes: list[str] = []
    for m in MARKER.finditer(text):
        for code in m.group("codes").split(","):
            code = code.strip().upper()
            if not code:
                continue
            if not _CODE.match(code):
                raise InputError(
                    f"bad code {code!r} in an 'mtqa: ignore=' marker (expected codes or prefixes like A101, T1)",
                    path, line,
                )
            codes.append(code)
    return codes


def field_codes(value, path: Optional[str] = None, line: Optional[int] = None) -> list[str]:
    """Codes from an ``ignore`` field: a comma-separated string or a list."""
    if value is None or value == "":
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    codes = []
    for item in items:
        code = str(item).strip().upper()
        if not code:
            continue
        if not _CODE.match(code):
            raise InputError(f"bad code {code!r} in the 'ignore' field", path, line)
        codes.append(code)
    return codes


def add_ignore(pair: DocumentPair, codes: Iterable[str]) -> None:
    """Merge codes into the item's suppression list (``pair.meta.ignore``)."""
    codes = set(codes)
    if codes:
        pair.meta.ignore = tuple(sorted(codes | set(pair.meta.ignore)))


def strip_trailing_markers(pair: DocumentPair) -> None:
    """Remove end-of-line markers from segment texts and record their codes.

    Used for plain-text and record inputs, where the marker is part of the
    text. A segment that held nothing but a marker is dropped (only before
    alignment, when no link refers to segment indices yet).
    """
    for doc in (pair.target, pair.source):
        if doc is None:
            continue
        changed = False
        kept = []
        for seg in doc.segments:
            if "mtqa" not in seg.text or not MARKER.search(seg.text):
                kept.append(seg)
                continue
            lines = seg.text.split("\n")
            codes: list[str] = []
            for k, text in enumerate(lines):
                found = trailing_marker(text)
                if found:
                    codes += parse_codes(found[1], doc.path, seg.line + (k if seg.multiline else 0))
                    lines[k] = text[:found[0]]
            add_ignore(pair, codes)
            text = "\n".join(lines).rstrip()
            changed = True
            if text.strip():
                kept.append(replace(seg, text=text))
            elif pair.links:
                kept.append(replace(seg, text=text))
        if changed:
            if not pair.links:
                kept = [replace(s, index=i) for i, s in enumerate(kept)]
            doc.segments = kept
