"""Whether two source sentences say the same thing, for the repeated-segment check (A102).

A translation that repeats itself is a defect when a source sentence was
lost and another one's translation stands in its place; it is not when two
differently worded source sentences simply get the same translation. The
difference shows in the sources: two wordings of one statement share their
content words (names, nouns, verbs), a lost sentence shares none.
"""
from __future__ import annotations

import re

from mtqa.langs import fold

_WORD = re.compile(r"[^\W\d_]+|\d+")
MIN_LETTERS = 4
"""Shorter words are mostly function words and elisions, whatever the language."""


def content_words(text: str, profile) -> set[str]:
    """Folded words of at least MIN_LETTERS letters (or figures) that are not function words."""
    function = profile.word_set("function_words")
    return {fold(w) for w in _WORD.findall(text)
            if (w.isdigit() or len(w) >= MIN_LETTERS) and w.lower() not in function}


def same_content(a: str, b: str, profile, min_overlap: float) -> bool:
    """The smaller sentence shares at least ``min_overlap`` of its content words with the other."""
    wa, wb = content_words(a, profile), content_words(b, profile)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= min_overlap
