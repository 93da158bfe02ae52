"""A dateline's place written in capitals (LE CAIRE, 9 août 2025 (AFP) -), read as the name it is.

Why: the name tables and the checks that read them match names as prose writes them, in title case (Le Caire,
Thimphou, Bruxelles). A news dateline writes its place in capitals, and a translation that keeps the French
form keeps the capitals too (LE CAIRE, 9 August 2025 (AFP)): no form of any table matched it, so the most
visible name of an article went unread. Reading the dateline's words in title case, the same length as the
text, lets every table reading run unchanged on it, with offsets that stay the text's own.

A dateline here is a run of one to four words in capitals, each of two letters or more, followed by a comma
and a date (a day's number and a month of either language's ``[months]``, in either order) or by an agency in
brackets and a dash (``(AFP) -``, ``(Reuters) -``): capitals without such a tail (a shouted word, a headline in
capitals, an acronym before its expansion in brackets: OTAN (NATO)) are not read. Words after the first that are the source language's name particles or place articles (the au of
PORT-AU-PRINCE, the la of LA HAYE past its start) are written in lower case, as the tables write them.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import alternation

_UPPER = "A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UPPER}][{_UPPER}'’-]*[{_UPPER}]"
_PIECES = re.compile(r"([^'’ \u00a0-]+)")


class DatelineView(NamedTuple):
    """The text with its dateline places in title case, and the spans (start, end) so rewritten."""
    text: str
    spans: tuple[tuple[int, int], ...]


@memoize(TABLES)
def _dateline_pattern(target, source) -> re.Pattern:
    """The capitals run and the tail that makes it a dateline, for the months of ``target`` and ``source``."""
    months = set(target.numbers.months) | set(source.numbers.months)
    month = alternation(sorted(months), lambda m: re.escape(m).replace(r"\.", r"\.?"))
    # the month in any case (9 August, 9 AOÛT, 9 août); the run itself in capitals only; the first day may carry
    # the ending either language writes on it (« 1er », the numbers conventions' ``first_day_endings``)
    endings = set(target.numbers.words_of("first_day_endings")) | set(source.numbers.words_of("first_day_endings"))
    first = rf"(?:{alternation(sorted(endings), re.escape)})?" if endings else ""
    date = rf"(?:\d{{1,2}}{first}[ \u00a0]+(?i:{month})|(?i:{month})[ \u00a0]+\d{{1,2}})(?!\w)"
    return re.compile(
        rf"(?<![\w'’.-])({_WORD}(?:[ \u00a0]+{_WORD}){{0,3}})"
        rf"(?=,[ \u00a0]*{date}|[ \u00a0]*\([{_UPPER}][\w.]+\)[ \u00a0]*[-–—])")


def title_cased(run: str, lower_words: frozenset[str]) -> str:
    """``run`` (in capitals) in title case: every piece capitalised, but a piece after the first that is one of
    ``lower_words`` (LA HAYE's own la stays La; PORT-AU-PRINCE gives Port-au-Prince). The same length, or
    ``run`` itself where a letter's case changes its length (none of the Latin capitals the run holds)."""
    out = []
    for k, m in enumerate(_PIECES.finditer(run)):
        piece = m.group(1)
        low = piece.lower()
        out.append((m.start(), low if k and low in lower_words else piece[:1] + piece[1:].lower()))
    chars = list(run)
    for start, piece in out:
        chars[start:start + len(piece)] = piece
    cased = "".join(chars)
    return cased if len(cased) == len(run) else run


_ASCII_CAPITALS = re.compile(r"[A-Z]{2}")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _two_capitals(text: str) -> bool:
    """Two characters in a row of which ``str.isupper`` holds (the screen of :func:`dateline_view`), without a
    Python step per character: it is asked of every segment and of its sources, and a per-character loop was
    most of T201's own time (stop 76). Two ASCII capitals are found by a regex; a pair with a character outside
    ASCII has that character in it, so only the neighbours of those characters are tested one by one."""
    if _ASCII_CAPITALS.search(text):
        return True
    if text.isascii():
        return False
    for m in _NOT_ASCII.finditer(text):
        i = m.start()
        if text[i].isupper() and (text[i - 1:i].isupper() or text[i + 1:i + 2].isupper()):
            return True
    return False


def dateline_view(text: str, ctx) -> Optional[DatelineView]:
    """``text`` with each dateline place in title case (None: no dateline in capitals, the common case)."""
    if not _two_capitals(text):
        return None  # no two capitals in a row: no run to read, and no pattern searched
    pattern = _dateline_pattern(ctx.target, ctx.source)
    lower_words = ctx.source.word_set("name_particles") | ctx.source.word_set("place_articles")
    spans, cased = [], text
    for m in pattern.finditer(text):
        run = title_cased(m.group(1), lower_words)
        if run != m.group(1):
            cased = cased[:m.start(1)] + run + cased[m.end(1):]
            spans.append((m.start(1), m.end(1)))
    return DatelineView(cased, tuple(spans)) if spans else None
