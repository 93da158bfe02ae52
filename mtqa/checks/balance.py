"""Quotation marks and brackets that do not pair up in a translated sentence.

Tokenised MT moves, drops or doubles the marks it detached from the words
(``"final status`` with no closing mark, ``(OSCE`` without its bracket, a
stray ``»``). The source tells a defect from style: news quotes often run
over several sentences, so a sentence that opens a quotation without closing
it is fine when its source does the same. Only a mark whose imbalance the
aligned source does not have is reported.
"""
from __future__ import annotations

import re
from typing import Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record

PAIRS = (("(", ")", "brackets"), ("[", "]", "square brackets"), ("“", "”", "quotation marks"),
         ("«", "»", "quotation marks"))
"""Opening mark, closing mark, what they are called in the message."""
_DETACHED = re.compile(r"\s[\"'“”«»]\s")
"""A quotation mark with spaces on both sides: one a tokenised system detached and did not reattach."""
_MIXED_CLOSE = re.compile(r"[.,!?]'")
"""A single mark closing a double one (``"It was so,' he said``): a typing slip, not a lost quotation."""


def imbalance(text: str, opening: str, closing: str) -> tuple[int, Optional[int]]:
    """(opened minus closed, offset of the first unpaired mark or None)."""
    stack: list[int] = []
    stray = None
    for i, ch in enumerate(text):
        if ch == opening:
            stack.append(i)
        elif ch == closing:
            if stack:
                stack.pop()
            elif stray is None:
                stray = i
    if stray is not None:
        return -1, stray
    return len(stack), (stack[0] if stack else None)


def quote_state(text: str) -> int:
    """Open quotations at the end of the text, whatever the marks (« », “ ”, straight). A lone straight mark
    after an opening one left open closes it, as a straight mark before a closing one opens it: MT that
    curls its opening marks only writes ``the “placovka " or bag`` (WMT12's onlineF), one quotation."""
    opened = text.count("«") + text.count("“") - text.count("»") - text.count("”")
    straight = text.count('"') % 2
    if straight and _MIXED_CLOSE.search(text):
        straight = 0
    if straight and opened > 0 and text.rfind('"') > max(text.rfind("«"), text.rfind("“")):
        return opened - 1
    return opened + straight


def _may_be_unbalanced(text: str) -> bool:
    """A bracket, or quotation marks that do not pair up by count: what every report needs."""
    return "(" in text or ")" in text or "[" in text or "]" in text or quote_state(text) != 0


@register
@record
class UnbalancedMarks(SegmentCheck):
    """A bracket or quotation mark is left unpaired in the translation, but not in the source.

    Why it matters: the reader cannot tell where a quotation or an aside
    ends; a quotation mark out of place attributes words to the wrong
    speaker. Brackets are paired within the segment; quotation marks are
    counted whatever their style (``« »``, ``“ ”``, straight), so a French
    quotation rendered with English marks is balanced (and so is a curled
    opening mark closed by a straight one, ``the “placovka " bag``), and only when the
    source quotes too (a lone straight mark in place of an apostrophe,
    ``the investors" homes``, is a typing slip, not a lost quotation). A
    segment whose source is unbalanced the same way (a quotation running
    over several sentences) is not reported.

    Example:
        source: Titre\\n\\nLe ministre (qui a démissionné hier) a parlé : « nous restons ».
        bad: Title\\n\\nThe minister (who resigned yesterday spoke.
        bad: Title\\n\\nThe minister said " we will stay, and left.
        good: Title\\n\\nThe minister (who resigned yesterday) spoke.
    """

    code = "F105"
    name = "unbalanced-marks"
    category = "fluency"
    subcategory = "punctuation"
    severity = Severity.MINOR
    requires_source = True
    screen = staticmethod(_may_be_unbalanced)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> list[Issue]:
        text = segment.text
        out = []
        src = None  # the sources joined, when a mark of the target needs them (most have none)
        for opening, closing, called in PAIRS[:2]:
            if opening not in text and closing not in text:
                continue
            delta, at = imbalance(text, opening, closing)
            if delta and at is not None:
                src = joined_sources(sources) if src is None else src
                if imbalance(src, opening, closing)[0] != delta:
                    out.append(self._report(segment, at, called))
        if quote_state(text):  # counted first: cheaper than the search, and most texts have no quotation
            detached = _DETACHED.search(text)
            if detached:
                src = joined_sources(sources) if src is None else src
                if any(q in src for q in '"“”«»') and not quote_state(src):
                    out.append(self._report(segment, detached.start() + 1, "quotation marks"))
        return out

    def _report(self, segment: Segment, at: int, called: str) -> Issue:
        return self.issue(segment, at, at + 1,
                          f"Unpaired {called}: “{segment.text[at]}” has no partner in this sentence, "
                          "and the source's are paired.", None)
