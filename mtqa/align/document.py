"""Aligning whole documents: headlines, then paragraphs, then sentences.

Paragraphs are aligned first: paragraph boundaries that both sides share
are fences a misplaced omission or merge cannot cross, which is worth about
one point of link F1 on the benchmark (bench/align_eval.py). Sentences are
then aligned only inside each matched paragraph group. When the two sides do
not have comparable paragraphing (one side is a single block, or the counts
are far apart) the body is aligned sentence by sentence in one pass; where
the fences visibly force a worse alignment (a boundary moved by a sentence),
the unfenced alignment is used for that stretch (see
:func:`~mtqa.align.lengths.align_fenced`).
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

from mtqa.align.anchors import anchor_similarity
from mtqa.align.lengths import align_fenced, align_sequences, length_cost
from mtqa.langs import LengthModel, language_pair
from mtqa.lazy import lazy_module
from mtqa.model import Document, Link, Role, Segment

fuzz = lazy_module("rapidfuzz.fuzz")  # imported by the first comparison (mtqa.lazy)

# Paragraph structures are "comparable" if both sides have at least this many
# paragraphs and the larger count is at most this factor of the smaller.
MIN_PARAGRAPHS = 2
MAX_PARAGRAPH_RATIO = 1.5
# align_title: rapidfuzz ratio (0-100, casefolded) for "the same headline".
TITLE_THRESHOLD = 90.0
# align_title: confidence of the headline link when the target has no segment
# marked HEADLINE and its first segment is taken on trust.
UNMARKED_HEADLINE_CONFIDENCE = 0.6


def _paragraphs(segments: Sequence[Segment]) -> list[list[Segment]]:
    """Group segments by paragraph number, in order (as Document.paragraphs)."""
    groups: dict[int, list[Segment]] = {}
    for seg in segments:
        groups.setdefault(seg.paragraph, []).append(seg)
    return [groups[k] for k in sorted(groups)]


def _align_segments(src: Sequence[Segment], tgt: Sequence[Segment], length: LengthModel) -> list[Link]:
    """Sentence DP over two segment lists, mapped back to Segment.index."""
    links = align_sequences([s.text for s in src], [t.text for t in tgt], length=length)
    return [
        Link(tuple(src[i].index for i in link.source),
             tuple(tgt[j].index for j in link.target),
             link.confidence)
        for link in links
    ]


def _flatten(groups: Sequence[Sequence[Segment]]) -> list[Segment]:
    return [seg for group in groups for seg in group]


def _comparable(src: Sequence[Sequence[Segment]], tgt: Sequence[Sequence[Segment]]) -> bool:
    few, many = sorted((len(src), len(tgt)))
    return few >= MIN_PARAGRAPHS and many <= MAX_PARAGRAPH_RATIO * few


def _align_body(src: list[list[Segment]], tgt: list[list[Segment]], length: LengthModel) -> list[Link]:
    """Paragraphs first, then sentences within each matched paragraph group."""
    flat_src, flat_tgt = _flatten(src), _flatten(tgt)
    if not _comparable(src, tgt):
        return _align_segments(flat_src, flat_tgt, length)
    links = align_fenced([[s.text for s in p] for p in src], [[t.text for t in p] for p in tgt], length=length)
    return [
        Link(tuple(flat_src[i].index for i in link.source),
             tuple(flat_tgt[j].index for j in link.target),
             link.confidence)
        for link in links
    ]


def align_documents(source: Document, target: Document) -> list[Link]:
    """Links over Segment.index covering every segment of both documents once.

    Headlines (role HEADLINE) are aligned among themselves when both sides
    mark them; if only one side does, its headlines are treated as a leading
    paragraph of the body so they can still pair with an unmarked title.
    Lengths are weighed by the documents' language pair's length model.
    """
    length = language_pair(source.lang, target.lang).length
    src_heads = [s for s in source.segments if s.role is Role.HEADLINE]
    tgt_heads = [s for s in target.segments if s.role is Role.HEADLINE]
    src_body = _paragraphs([s for s in source.segments if s.role is not Role.HEADLINE])
    tgt_body = _paragraphs([s for s in target.segments if s.role is not Role.HEADLINE])
    links: list[Link] = []
    if src_heads and tgt_heads:
        links.extend(_align_segments(src_heads, tgt_heads, length))
    else:
        if src_heads:
            src_body.insert(0, src_heads)
        if tgt_heads:
            tgt_body.insert(0, tgt_heads)
    links.extend(_align_body(src_body, tgt_body, length))
    return links


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def align_title(title: Segment, target: Document, *, threshold: float = TITLE_THRESHOLD,
                length: Optional[LengthModel] = None) -> list[Link]:
    """Link a lone source headline to the target headline and its repeats.

    The target headline is the first segment marked HEADLINE, else the first
    segment. Any other target segment that is near-identical (casefolded
    rapidfuzz ratio >= ``threshold``) to that headline or to the French title
    itself (left untranslated) renders the same headline and is linked too.
    Unlinked target segments get no 0-1 link: with only a title known, their
    source is unknown rather than absent. ``length`` is the pair's length model.
    """
    if not target.segments:
        return []
    head = next((s for s in target.segments if s.role is Role.HEADLINE), target.segments[0])
    if head.role is Role.HEADLINE:
        head_conf = 1.0
    else:
        # Unmarked: trust position, raised if length or anchors agree.
        plausible = max(anchor_similarity(title.text, head.text),
                        math.exp(-length_cost(len(title.text), len(head.text), length)))
        head_conf = UNMARKED_HEADLINE_CONFIDENCE + (1 - UNMARKED_HEADLINE_CONFIDENCE) * plausible
    links = [Link((title.index,), (head.index,), round(head_conf, 4))]
    head_key, title_key = _fold(head.text), _fold(title.text)
    for seg in target.segments:
        if seg.index == head.index:
            continue
        key = _fold(seg.text)
        if not key:
            continue
        score = max(fuzz.ratio(key, head_key), fuzz.ratio(key, title_key))
        if score >= threshold:
            links.append(Link((title.index,), (seg.index,), round(score / 100.0, 4)))
    links.sort(key=lambda l: l.target)
    return links
