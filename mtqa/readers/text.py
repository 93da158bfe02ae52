"""Plain-text documents: one news item per file.

The first non-empty line is the headline; blank lines separate paragraphs;
paragraphs are split into sentences. Every segment keeps its input line and
column so that issues point at the exact place in the file.
"""
from __future__ import annotations

from typing import Optional

from mtqa.langs import language
from mtqa.model import Document, Role, Segment
from mtqa.segment import paragraph_blocks, sentence_spans


def parse_text(text: str, *, doc_id: str, path: Optional[str], lang: str, first_line: int = 1) -> Document:
    """Build a :class:`Document` from the text of one news item."""
    profile = language(lang)
    lines = [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
    doc = Document(id=doc_id, path=path, lang=lang)
    doc.lines = {first_line + i: line for i, line in enumerate(lines)}
    segments: list[Segment] = []
    paragraph = 0
    headline_done = False
    for first, block in paragraph_blocks(lines):
        if not headline_done:
            head = block[0]
            lead = len(head) - len(head.lstrip())
            segments.append(
                Segment(len(segments), head.strip(), Role.HEADLINE, paragraph, first_line + first, lead)
            )
            headline_done = True
            paragraph += 1
            block, first = block[1:], first + 1
            if not block:
                continue
        joined = "\n".join(block)
        for start, end in sentence_spans(joined, profile):
            before = joined[:start]
            line = first_line + first + before.count("\n")
            col = start - (before.rfind("\n") + 1)
            segments.append(Segment(len(segments), joined[start:end], Role.BODY, paragraph, line, col))
        paragraph += 1
    doc.segments = segments
    return doc
