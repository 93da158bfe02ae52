"""Helpers shared by readers whose documents are news items (feeds, CSV rows).

An item reader knows each item's headline and body separately, and reads
many items in one run. Two consequences live here: bodies held in one field
are split into paragraphs and sentences with offsets relative to that field,
and alignment runs in the reader so that one item whose source aligns with
nothing becomes a warning on that item instead of ending the whole run.
"""
from __future__ import annotations

import re

from mtqa.model import Document, DocumentPair, Role, Segment

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def field_segments(doc: Document, text: str, line: int, role: Role, first_paragraph: int, *, split: bool) -> int:
    """Append the segments of one text field to ``doc``; return the next paragraph number.

    Offsets stay relative to the field (``col`` = offset in the field,
    ``multiline=False``), the ``.jsonl`` convention for record formats.
    """
    from mtqa.langs import language
    from mtqa.segment import sentence_spans

    paragraph = first_paragraph
    if not split:
        stripped = text.strip()
        if stripped:
            lead = len(text) - len(text.lstrip())
            doc.segments.append(Segment(len(doc.segments), stripped, role, paragraph, line, lead, multiline=False))
            paragraph += 1
        return paragraph
    profile = language(doc.lang)
    pos = 0
    for m in [*_BLANK.finditer(text), None]:
        a, b = pos, (m.start() if m else len(text))
        pos = m.end() if m else len(text)
        block = text[a:b]
        spans = sentence_spans(block, profile) if block.strip() else []
        for s, e in spans:
            doc.segments.append(Segment(len(doc.segments), block[s:e], role, paragraph, line, a + s, multiline=False))
        if spans:
            paragraph += 1
    return paragraph


def prealign(pair: DocumentPair, where: str) -> None:
    """Align source and target now; an item that aligns with nothing is checked without its source."""
    from mtqa.align import align_documents

    links = align_documents(pair.source, pair.target)
    if not any(link.source and link.target for link in links):
        pair.meta.warn(
            f"{where}: item {pair.id!r}: the source aligns with nothing in the translation; "
            "checked without a source and failed"
        )
        pair.meta.set("unaligned", True)  # mtqa.api.UNALIGNED: the document fails
        pair.source = None
        links = []
    pair.links = links
    pair.meta.prealigned = True
