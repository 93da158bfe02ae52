"""Segments too long to check whole (D900), and the cap itself.

Every check is linear or close to it on a sentence, but some compare each
finding of a segment with the others or try every cut of a token, and a
"sentence" of 100,000 characters (a paragraph that lost its punctuation, a
pasted table, generated text) must not stall a CI run. :func:`capped` gives
the checks a view of the document whose segments stop at ``max_chars``; the
report keeps every segment whole, and this check says which ones were cut.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.limits import MAX_SEGMENT
from mtqa.model import Document, DocumentPair, Issue, Severity
from mtqa.records import record

CAPPED = "capped_segments"
"""``Document.meta`` key of the view's target: {segment index: full length}."""


@register
@record
class SegmentTooLong(DocumentCheck):
    """A segment is longer than the checks read (only its start was checked).

    Why it matters: a news sentence has a few hundred characters; one of
    thousands is a paragraph whose punctuation or line breaks were lost in
    the pipeline, and readers cannot follow it. mtqa checks only its first
    ``max_chars`` characters, so issues further on are not reported: the
    text needs a look by a person.

    Example:
        config: max_chars=60
        bad: Headline\\n\\nThe council met on Monday and voted to close the pool on the north side of the town for the whole winter
        good: Headline\\n\\nThe council met on Monday. It voted to close the pool.
    """

    code = "D900"
    name = "segment-too-long"
    category = "design"
    subcategory = "length"
    severity = Severity.MINOR
    max_chars: int = MAX_SEGMENT

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        for index, length in sorted(pair.target.meta.get(CAPPED, {}).items()):
            seg = pair.target.segments[index]
            end = min(len(seg.text), 40)
            yield self.issue(seg, 0, end, f"This segment has {length:,} characters; only the first "
                             f"{len(seg.text):,} were checked (sentence punctuation or line breaks may be missing).")


def capped(pair: DocumentPair, limit: Optional[int]) -> DocumentPair:
    """``pair`` itself, or a view whose segments stop at ``limit`` characters.

    The view shares everything else (links, meta) with ``pair``, so issues
    found on it are placed in the full document unchanged; the view's target
    document records which segments were cut (``meta[CAPPED]``).
    """
    if not limit:
        return pair
    target, source = _cut(pair.target, limit), _cut(pair.source, limit)
    if target is pair.target and source is pair.source:
        return pair
    return replace(pair, target=target, source=source)


def _cut(doc: Optional[Document], limit: int) -> Optional[Document]:
    if doc is None or all(len(s.text) <= limit for s in doc.segments):
        return doc
    lengths = {s.index: len(s.text) for s in doc.segments if len(s.text) > limit}
    segments = [replace(s, text=s.text[:limit]) if len(s.text) > limit else s for s in doc.segments]
    return replace(doc, segments=segments, meta={**doc.meta, CAPPED: lengths})
