"""Issue messages quote flagged text one way: typographic double quotes “…”.

Every registered check's documented bad examples are run, and no message may
wrap text in straight single quotes (``'earth'``); apostrophes inside words
(``one's``, ``D'Elon``) are not quotes and do not count.
"""
from __future__ import annotations

import re

import pytest

from mtqa.checks.docs import parse_doc
from mtqa.checks.registry import all_checks
from mtqa.checks.wording import quoted

from tests.checks.test_documented_examples import _context
from mtqa.api import check_texts

# A straight single quote not preceded by a letter, opening a span that a
# straight single quote not followed by a letter closes.
SINGLE_QUOTED = re.compile(r"(?<![A-Za-z])'[^'\s][^']*'(?![A-Za-z])")

BAD = [(cls, i) for cls in all_checks() for i in range(len(parse_doc(cls).bad))]


def test_quoted_uses_typographic_double_quotes():
    assert quoted("earth") == "“earth”"
    assert quoted("one's") == "“one's”"


@pytest.mark.parametrize("text", ["“earth” is written “Earth”", "one's own", "D'Elon and O'Neill", "the 'Why' of it's"])
def test_pattern_ignores_apostrophes(text):
    if "'Why'" in text:
        assert SINGLE_QUOTED.search(text)
    else:
        assert not SINGLE_QUOTED.search(text)


@pytest.mark.parametrize("cls,index", BAD, ids=lambda v: getattr(v, "code", str(v)))
def test_messages_do_not_single_quote(cls, index):
    doc = parse_doc(cls)
    result = check_texts(doc.bad[index], source=doc.source, title=doc.title, ctx=_context(cls, doc))
    for issue in result.issues:
        assert not SINGLE_QUOTED.search(issue.message), f"{issue.code}: {issue.message}"
