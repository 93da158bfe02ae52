"""What the meaning checks share: their base class, the source's negations and a source word's expected rendering.

Each is read by checks of more than one module of :mod:`mtqa.checks.meaning` (the negations by the polarity
checks and by A608, which does not ask for a negated word's rendering; the expected rendering by A608 and the
sense checks), so it has one owner here rather than in one family's module that the others would import.
"""
from __future__ import annotations

import re
from typing import Optional

from mtqa.checks.base import DocumentCheck
from mtqa.langs import language
from mtqa.langs.lexmodel import polarity
from mtqa.meaning.align import WordAlignment, align_segments
from mtqa.meaning.tokens import Token
from mtqa.model import DocumentPair, Issue, Segment
from mtqa.langs.cache import SOURCES, memoize


class MeaningCheck(DocumentCheck):
    """A check of the word alignment: it needs the source, and reads each segment pair's alignment (computed once
    per document, :func:`mtqa.meaning.align.align_segments`) and reports on a token of it."""

    requires_source = True

    def alignments(self, pair: DocumentPair) -> dict[int, WordAlignment]:
        if pair.source is None or pair.source_title_only:
            return {}
        return align_segments(pair)

    def on_token(self, seg: Segment, tok: Optional[Token], message: str, suggestion=None, **kw) -> Issue:
        if tok is None:
            return self.issue(seg, 0, len(seg.text), message, suggestion, **kw)
        return self.issue(seg, tok.start, tok.end, message, suggestion, **kw)


def negations(regex: re.Pattern, exclude: Optional[re.Pattern], text: str) -> list[re.Match]:
    """The matches of a polarity pattern (``regex``, a language's negations) in ``text``, leaving out what
    ``exclude`` matches (the words that look like a negation and are none); the meaning checks and the
    meaning recall bench read negations through it."""
    if exclude is not None:
        text = exclude.sub(lambda m: " " * len(m.group()), text)
    return list(regex.finditer(text))


@memoize(SOURCES)
def source_negations(source: str, target: str, text: str) -> tuple[re.Match, ...]:
    """The negations of a source text (none when it fails the cheap screen), kept per text: every
    system's translation of one source sentence asks again, and most sentences fail the screen."""
    pol = polarity(source, target)
    if pol is None or (pol["src_screen"] is not None and not pol["src_screen"].search(text)):
        return ()
    return tuple(negations(pol["src"], pol["src_not"], text))


def expected_rendering(model, stem: str, plural: bool, target: str) -> str:
    """A readable rendering of target ``stem`` in the number of the source word: the model's usual
    spelling ("cities"), made singular for a singular source word ("city"), or the stem itself
    when it is a common word ("last", not "lasted")."""
    word = model.word(stem)
    if plural:
        return word
    if stem != word and language(target).zipf(stem) >= COMMON_ZIPF:
        return stem
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


COMMON_ZIPF = 3.5
"""A stem this frequent as a word of its own (Zipf scale) is shown as is."""
