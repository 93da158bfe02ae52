"""Duplication: the headline or a paragraph printed twice.

A repeated headline is the classic CMS paste error of translated feeds: the
title field and the first body line both carry it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from rapidfuzz import fuzz

from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.model import DocumentPair, Issue, Role, Severity

_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Casefold and drop punctuation so trivial differences do not hide a repeat."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


@register
@dataclass
class DuplicatedHeadline(DocumentCheck):
    """The headline is repeated in the body.

    Why it matters: a reader sees the same title twice at the top of the
    article; it is a paste or template error that makes the item look
    unedited. Short formulaic headlines (fewer than ``min_words`` words)
    are ignored because bylines and datelines legitimately repeat.

    Example:
        bad: Rocket lands safely\\n\\nRocket lands safely\\n\\nThe crew returned on Sunday.
        good: Rocket lands safely\\n\\nThe crew returned to Earth on Sunday.
    """

    code = "A101"
    name = "duplicated-headline"
    category = "accuracy"
    subcategory = "addition"
    severity = Severity.MAJOR
    min_ratio: float = 95.0
    min_words: int = 3

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        segments = pair.target.segments
        headline = next((s for s in segments if s.role is Role.HEADLINE), None)
        if headline is None or headline.words < self.min_words:
            return
        head = normalise(headline.text)
        for seg in segments:
            if seg.index == headline.index or seg.role is Role.HEADLINE:
                continue
            if abs(len(seg.text) - len(headline.text)) > 0.2 * len(headline.text) + 3:
                continue
            if fuzz.ratio(head, normalise(seg.text)) >= self.min_ratio:
                yield self.issue(
                    seg,
                    0,
                    len(seg.text),
                    f"The headline is repeated in the body (headline on line {headline.line}).",
                    "Delete this line.",
                )
