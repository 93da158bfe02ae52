"""Paragraph and sentence segmentation that keeps character offsets.

The splitter is rule based: a sentence ends at ``.``, ``!``, ``?`` or ``…``
(plus closing quotes or brackets) followed by whitespace and a capital,
digit or opening quote, unless the word before the period is a known
abbreviation of the language (``M.``, ``Dr.``, ``U.S.``) or an initial
(``J. K. Rowling``). A period with no space after it (``3.5``, ``AFP.com``,
``cosmonaut.Two``) never splits: glued sentences are a defect that the
fluency checks report, not something to repair silently.
"""
from __future__ import annotations

import re
from typing import Iterator

from mtqa.langs import Language
from mtqa.limits import LOOKBACK
from mtqa.model import Role, Segment
from mtqa.words import CASED_WORD_RE

# Only at the first mark of a run ("Wait...."): a run is scanned once, not once per mark.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+(?:[ \u00a0\u202f]*»)?[\"”’)\]]*\s+")
_OPENERS = "\"“‘«([¿¡'"
_WORD_BEFORE = re.compile(r"([\w.°-]+)\.$")


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in _OPENERS


def _is_abbreviation(head: str, profile: Language) -> bool:
    """True when the period ending ``head`` belongs to an abbreviation.

    ``head`` is the text up to that period; only its last ``LOOKBACK``
    characters are read, so checking every boundary of a long paragraph
    stays linear.
    """
    match = _WORD_BEFORE.search(head, max(0, len(head) - LOOKBACK))
    if not match:
        return False
    word = match.group(1)
    if word in profile.abbreviations:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. K. Rowling"
        return True
    # dotted acronyms such as U.S. or a.m. whose last dot is this one
    return bool(re.fullmatch(r"(?:\w\.)+\w", word)) and len(word) <= 6


def abbreviation_period(text: str, i: int, profile: Language) -> bool:
    """The period at ``text[i]`` ends one of ``profile``'s abbreviations ("Mr.", "U.S."), an initial or a dotted
    acronym, not a sentence: the splitter's own reading, for a check that looks for a sentence's end itself."""
    return text[i] == "." and _is_abbreviation(text[max(0, i - LOOKBACK):i + 1], profile)


def sentence_spans(text: str, profile: Language) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return (start, end) spans without outer spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        nxt = match.end()
        if nxt >= len(text) or not _starts_sentence(text[nxt]):
            continue
        punct_end = match.start() + len(match.group(0).rstrip())
        if text[match.start()] == "." and _is_abbreviation(text[max(0, match.start() - LOOKBACK):match.start() + 1], profile):
            continue
        spans.append((start, punct_end))
        start = nxt
    spans.append((start, len(text)))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[1] > s[0]]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield (0-based index of first line, lines) for each blank-line-separated block."""
    block: list[str] = []
    first = 0
    for i, line in enumerate(lines):
        if line.strip():
            if not block:
                first = i
            block.append(line)
        elif block:
            yield first, block
            block = []
    if block:
        yield first, block


def title_case(text: str, lang, first_is_start: bool = True, min_words: int = 2) -> bool:
    """Text written in title case: most of its longer common words capitalised."""
    words = [m.group(0) for m in CASED_WORD_RE.finditer(text)][1 if first_is_start else 0:]
    content = [w for w in words if len(w) >= 4 and lang.is_common_word(w)]
    if len(content) < min_words:
        return False
    return sum(1 for w in content if w[0].isupper()) / len(content) > 0.5


def headline_like(segment: Segment, lang) -> bool:
    """The segment reads as a headline, where every longer word may carry a capital: all capitals, a short
    headline, or title case (:func:`title_case`: a headline with one word to tell, a line without a full
    stop with two, any other with three). The casing check and the copied-capitals check read a
    capital there as no sign of a name (F301, A205)."""
    if segment.text.isupper():
        return True
    if segment.role is Role.HEADLINE:
        if not any(c in segment.text for c in ".!?") and len(segment.text) < 40:
            return True  # a short headline: too little text to tell its style
        return title_case(segment.text, lang, min_words=1)
    if not segment.text.rstrip().endswith(_SENTENCE_ENDS):
        # no full stop: a headline or subheading inside the text ("Rats Have Feelings, Too")
        return title_case(segment.text, lang, min_words=2)
    return title_case(segment.text, lang, min_words=3)


_SENTENCE_ENDS = (".", "!", "?", ":", ";", "\"", "”", "»", ")", "…")
