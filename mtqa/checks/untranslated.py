"""Untranslated segments: the translation is a copy of source text.

The plainest accuracy failure: a segment passed through the MT system
unchanged, or a source segment (typically the source headline of a feed
item) pasted into the English. Unlike :mod:`mtqa.checks.source_leak`, which
recognises the source *language*, this compares with the source *text*, so
it names what was copied. A segment that matches its source only because it
is a name, a number or an English phrase the source quotes
(``The consortium brings together Apple, Microsoft...``) is not untranslated: the
copied text must carry source-language words (see :mod:`mtqa.evidence`).
"""
from __future__ import annotations

from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.evidence import SOURCE, Evidence, Token
from mtqa.lazy import lazy_module
from mtqa.model import DocumentPair, Issue, Role, Segment, Severity, joined_sources, source_texts
from mtqa.records import record

fuzz = lazy_module("rapidfuzz.fuzz")  # imported by the first comparison (mtqa.lazy)


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


@register
@record
class UntranslatedSegment(DocumentCheck):
    """A segment of the translation is a copy of source text, left untranslated.

    Why it matters: the reader of the English gets the source language
    instead of a translation, a non-translation error (MQM weight 25 in
    WMT's campaigns). A target segment counts as a copy when its casefolded
    text is at least ``min_similarity`` % identical (rapidfuzz ratio, a
    character-overlap measure) to its aligned source, or to any source
    segment (a pasted source headline), or when it contains a source
    segment of at least ``min_pasted_chars`` characters verbatim. The copy
    must hold at least ``min_source_words`` source-language words making up
    ``min_share`` of its telling words, so shared names and numbers
    (``Halloween 2013``) are not reported.

    Example:
        title: L'équipe russe de retour sur Terre après douze jours dans l'espace
        bad: Russian team back on Earth after twelve days in space\\n\\nThe capsule landed on Sunday.\\n\\nL'équipe russe de retour sur Terre après douze jours dans l'espace
        good: Russian team back on Earth after twelve days in space\\n\\nThe capsule landed on Sunday.
    """

    code = "A204"
    name = "untranslated-segment"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.CRITICAL
    requires_source = True
    min_similarity: float = 85.0
    min_pasted_chars: int = 25
    min_pasted_score: float = 95.0
    min_source_words: int = 2
    min_share: float = 0.5

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        if pair.source is None or not pair.source.segments:
            return
        ev = Evidence.of(ctx)
        sources = pair.source.segments
        folded = names = None  # both read only once a segment passes the gate
        for seg in pair.target.segments:
            if ev.source_votes(seg.text) < self.min_source_words or Evidence.tally(ev.tokens(seg.text))[0] < self.min_source_words:
                continue  # cheap gate: no copy of source-language text is possible
            if names is None:  # words the source writes as names (Région) are names here too
                names = ev.names(source_texts(sources))
                folded = [_fold(s.text) for s in sources]
            found = None
            if self._source_like(ev.tokens(seg.text, names)):
                found = self._whole(pair, seg, sources, folded)
            if found is not None:
                src, score = found
                yield self._report(pair, seg, 0, len(seg.text), src, score)
                continue
            part = self._pasted(seg, sources, ev, names)
            if part is not None:
                src, start, end, score = part
                yield self._report(pair, seg, start, end, src, score)

    def _source_like(self, tokens: list[Token]) -> bool:
        src, tgt = Evidence.tally(tokens)
        return src >= self.min_source_words and src >= self.min_share * (src + tgt)

    def _whole(self, pair, seg: Segment, sources, folded) -> Optional[tuple[Segment, float]]:
        key = _fold(seg.text)
        aligned = pair.sources_of(seg.index)
        if aligned:
            score = fuzz.ratio(key, _fold(joined_sources(aligned)))
            if score >= self.min_similarity:
                return aligned[0], score
        for src, fsrc in zip(sources, folded):
            if abs(len(fsrc) - len(key)) > 0.3 * max(len(key), 1):
                continue
            score = fuzz.ratio(key, fsrc)
            if score >= self.min_similarity:
                return src, score
        return None

    def _pasted(self, seg: Segment, sources, ev: Evidence, names: frozenset):
        low = seg.text.lower()
        for src in sources:
            if len(src.text) < self.min_pasted_chars or len(src.text) >= len(low):
                continue
            res = fuzz.partial_ratio_alignment(src.text.lower(), low)
            if res is None or res.score < self.min_pasted_score:
                continue
            start, end = res.dest_start, res.dest_end
            inside = [t for t in ev.tokens(seg.text, names) if t.start >= start and t.end <= end]
            if self._source_like(inside):
                return src, start, end, res.score
        return None

    def _report(self, pair: DocumentPair, seg: Segment, start: int, end: int, src: Segment, score: float) -> Issue:
        whole = start == 0 and end == len(seg.text)
        elsewhere = self._translated_elsewhere(pair, seg, src)
        what = "the source headline" if src.role is Role.HEADLINE else f"source segment {src.index + 1}"
        if whole:
            message = f"This segment is {what} left untranslated ({score:.0f}% identical)."
        else:
            message = f"Part of this segment is {what}, pasted untranslated ({score:.0f}% identical)."
        suggestion = None
        if elsewhere is not None:
            message += f" Its translation is on line {elsewhere.line}."
            suggestion = "" if whole else None
        return self.issue(seg, start, end, message, suggestion, confidence=min(1.0, score / 100))

    @staticmethod
    def _translated_elsewhere(pair: DocumentPair, seg: Segment, src: Segment) -> Optional[Segment]:
        """Another target segment linked to ``src`` that is not itself a copy of it."""
        fsrc = _fold(src.text)
        for link in pair.links:
            if src.index not in link.source:
                continue
            for t in link.target:
                if t == seg.index:
                    continue
                other = pair.target.segments[t]
                if fuzz.ratio(_fold(other.text), fsrc) < 60:
                    return other
        return None
