"""Shared helpers of the accuracy-check tests (A1xx-A4xx)."""
from __future__ import annotations

from typing import Optional

from mtqa.api import check_pair, check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Role, Segment

_CONTEXTS: dict[tuple, Context] = {}


def context(select: tuple[str, ...]) -> Context:
    """One context per selection, shared across a test module (as in a real run)."""
    if select not in _CONTEXTS:
        _CONTEXTS[select] = Context(Config(select=select))
    return _CONTEXTS[select]


def aligned_pair(rows: list[tuple[Optional[str], str]], headline: bool = True) -> DocumentPair:
    """A pre-aligned pair, one (source, target) record per row, like a .jsonl document.

    ``source`` None gives a target segment with no source (as a record
    without a ``source`` field).
    """
    target = Document(id="t", path=None, lang="en")
    source = Document(id="t", path=None, lang="fr")
    links = []
    for n, (src, tgt) in enumerate(rows):
        role = Role.HEADLINE if headline and n == 0 and len(rows) > 1 else Role.BODY
        target.segments.append(Segment(n, tgt, role, n, n + 1, 0, multiline=False))
        target.lines[n + 1] = tgt
        if src is not None:
            s = Segment(len(source.segments), src, role, n, n + 1, 0, multiline=False)
            source.segments.append(s)
            links.append(Link((s.index,), (n,)))
    return DocumentPair(id="t", target=target, source=source if source.segments else None,
                        links=links, meta={"prealigned": True})


def codes_of_pair(pair: DocumentPair, select: tuple[str, ...]) -> list[str]:
    return [i.code for i in check_pair(pair, context(select)).issues]


def issues_of_text(target: str, select: tuple[str, ...], source: Optional[str] = None, title: Optional[str] = None):
    return check_texts(target, source=source, title=title, ctx=context(select)).issues


def codes_of_text(target: str, select: tuple[str, ...], **kw) -> list[str]:
    return [i.code for i in issues_of_text(target, select, **kw)]
