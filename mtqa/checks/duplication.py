"""Duplication: the headline, a paragraph or a sentence printed twice.

A repeated headline is the classic CMS paste error of translated feeds: the
title field and the first body line both carry it. Repeated body sentences
come from the same kind of paste, or from a system that emitted one
translation for two different source sentences. Short formulaic lines
(``(AFP)``, bylines, ``Read more``) legitimately repeat and are skipped by a
minimum length; a repeat whose sources repeat too (a refrain, a quoted
slogan) is faithful and not reported.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.lazy import lazy_module
from mtqa.model import DocumentPair, Issue, Role, Segment, Severity, joined_sources
from mtqa.records import record

fuzz = lazy_module("rapidfuzz.fuzz")  # imported by the first comparison (mtqa.lazy)

_NON_WORD = re.compile(r"[\W_]+")


_ASCII_NON_WORD = bytes.maketrans(bytes(c for c in range(128) if not chr(c).isalnum()),
                                   b" " * sum(1 for c in range(128) if not chr(c).isalnum()))
r"""Every ASCII character that ``[\W_]`` matches, to a space."""


def normalise(text: str) -> str:
    """Casefold and drop punctuation so trivial differences do not hide a repeat: the runs of word
    characters joined by single spaces (an ASCII text through a byte table, several times cheaper)."""
    folded = text.casefold()
    if folded.isascii():
        return " ".join(folded.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split())
    return _NON_WORD.sub(" ", folded).strip()


@register
@record
class DuplicatedHeadline(DocumentCheck):
    """The headline is repeated in the body.

    Why it matters: a reader sees the same title twice at the top of the
    article; it is a paste or template error that makes the item look
    unedited. The repeat is found as a whole body segment (casefolded
    rapidfuzz ratio at least ``min_ratio``) or at the very start of the first
    body segment when the paste lost its line break. Short formulaic
    headlines (fewer than ``min_words`` words) are ignored because bylines
    and datelines legitimately repeat, and so is a repeat the source makes
    too (its aligned source segment holds the source headline word for word).

    Example:
        bad: Rocket lands safely\\n\\nRocket lands safely\\n\\nThe crew returned on Sunday.
        bad: Rocket lands safely on the steppe\\n\\nRocket lands safely on the steppe The crew returned on Sunday.
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
        message = f"The headline is repeated in the body (headline on line {headline.line})."
        first_body = True
        for seg in segments:
            if seg.index == headline.index or seg.role is Role.HEADLINE:
                continue
            if abs(len(seg.text) - len(headline.text)) <= 0.2 * len(headline.text) + 3:
                if fuzz.ratio(head, normalise(seg.text)) >= self.min_ratio:
                    if not self._source_repeats(pair, headline, seg):
                        yield self.issue(seg, 0, len(seg.text), message, "")
                    first_body = False
                    continue
            if first_body:
                first_body = False
                end = _prefix_end(seg.text, headline.text)
                if end and not self._source_repeats(pair, headline, seg):
                    yield self.issue(seg, 0, end, message, "")

    def _source_repeats(self, pair: DocumentPair, headline: Segment, seg: Segment) -> bool:
        """The aligned source of the segment repeats the source headline too: a faithful repeat."""
        if pair.source is None or pair.source_title_only:
            return False
        heads, segs = pair.sources_of(headline.index), pair.sources_of(seg.index)
        if not heads or not segs or {s.index for s in heads} & {s.index for s in segs}:
            return False  # one source segment behind both: the translation made the repeat
        src_head = normalise(joined_sources(heads))
        src_seg = normalise(joined_sources(segs))
        return bool(src_head) and src_head in src_seg  # the source headline, word for word


def _ratio_bound(a: str, b: str) -> float:
    """An upper bound of ``fuzz.ratio(a, b)``: 100 (1 - d / (len a + len b)) with the Indel distance d
    at least the difference of the lengths."""
    total = len(a) + len(b)
    return 100.0 * (1 - abs(len(a) - len(b)) / total) if total else 100.0


def _prefix_end(text: str, headline: str) -> int:
    """End offset of ``headline`` repeated at the start of ``text`` (0 if it is not)."""
    if len(text) <= len(headline) + 1 or not text[:len(headline)].casefold() == headline.casefold():
        return 0
    rest = text[len(headline):]
    if not rest[:1].isspace():
        return 0
    return len(headline) + (len(rest) - len(rest.lstrip()))


@register
@record
class RepeatedSegment(DocumentCheck):
    """A body sentence or paragraph is repeated (exactly or nearly) later in the document.

    Why it matters: the reader gets the same statement twice, and when the
    two sources differ one of them was not translated at all. Sentences of
    fewer than ``min_words`` words are skipped (bylines, ``(AFP)``, short
    answers repeat legitimately); two segments are the same when their
    casefolded, punctuation-free texts reach a rapidfuzz ratio of
    ``min_ratio``. With a source, a repeat whose aligned sources are alike
    too (ratio at least ``source_ratio``) or share ``source_overlap`` of their
    content words (two wordings of one statement that got the same
    translation) is faithful and not reported.

    Example:
        bad: Storm hits the coast\\n\\nThousands of homes lost power on the coast overnight.\\n\\nThe storm moved north.\\n\\nThousands of homes lost power on the coast overnight.
        good: Storm hits the coast\\n\\nThousands of homes lost power on the coast overnight.\\n\\nThe storm moved north by morning.
    """

    code = "A102"
    name = "repeated-segment"
    category = "accuracy"
    subcategory = "addition"
    severity = Severity.MAJOR
    min_words: int = 6
    min_ratio: float = 95.0
    source_ratio: float = 80.0
    source_overlap: float = 0.4

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        seen: list[tuple[str, Segment]] = []
        by_length: list[tuple[int, int]] = []  # (length of key, place in seen), sorted
        exact: dict[str, Segment] = {}
        for seg in pair.target.segments:
            if seg.role is Role.HEADLINE or seg.words < self.min_words:
                continue
            key = normalise(seg.text)
            earlier = exact.get(key) or self._near(key, seen, by_length)
            if earlier is not None and not self._faithful(pair, earlier, seg, ctx):
                yield self.issue(
                    seg,
                    0,
                    len(seg.text),
                    f"This repeats the segment on line {earlier.line}.",
                    "" if seg.text.strip() == earlier.text.strip() else None,
                )
                continue
            exact.setdefault(key, seg)
            bisect.insort(by_length, (len(key), len(seen)))
            seen.append((key, seg))

    def _near(self, key: str, seen: list[tuple[str, Segment]], by_length: list[tuple[int, int]]):
        """The first earlier segment (in document order) of a length within 10% (+2) of ``key``'s
        whose text is nearly the same; the lengths are kept sorted, so only those are compared."""
        slack = 0.1 * len(key) + 2
        lo = bisect.bisect_left(by_length, (len(key) - slack,))
        hi = bisect.bisect_right(by_length, (len(key) + slack, len(seen)))
        if lo == hi:
            return None  # no earlier segment of a length near enough (37 % of the calls on WMT14's 24k pairs)
        # in document order; a lone candidate needs no sorting
        for place in sorted(place for _, place in by_length[lo:hi]) if hi - lo > 1 else (by_length[lo][1],):
            other_key, other = seen[place]
            if _ratio_bound(key, other_key) < self.min_ratio - 1e-6:
                continue  # too different in length to reach the ratio
            if fuzz.ratio(key, other_key) >= self.min_ratio:
                return other
        return None

    def _faithful(self, pair: DocumentPair, a: Segment, b: Segment, ctx=None) -> bool:
        """The sources of both repeats are alike too, or say the same thing in other words."""
        if pair.source is None or pair.source_title_only:
            return False
        sa, sb = pair.sources_of(a.index), pair.sources_of(b.index)
        if not sa or not sb:
            return False
        if sa == sb:
            return False  # one source rendered twice: a duplicate
        ta = normalise(joined_sources(sa))
        tb = normalise(joined_sources(sb))
        if fuzz.ratio(ta, tb) >= self.source_ratio:
            return True
        # Two different source sentences that happen to get the same translation (« Les autorités
        # chinoises disent n'avoir rien à se reprocher » / « Selon les autorités chinoises, elles ne
        # sont coupables de rien »): they share their content words, a lost sentence does not.
        from mtqa.checks.repeats_source import same_content

        return ctx is not None and same_content(ta, tb, ctx.source, self.source_overlap)
