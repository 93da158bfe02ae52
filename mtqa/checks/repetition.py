"""Repeated words (F4xx): the same word twice in a row (``the the``).

A doubled word is the most common slip of post-editing and of MT systems
that stitch phrase translations together (``not not``, ``to to``). English
also doubles words on purpose (``had had``, ``that that``), and names can
repeat (``Danse Danse``); those are listed in ``data/repeated_words.toml``
or recognised by their capitals.
"""
from __future__ import annotations

import itertools
import operator
import re
from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.evidence import Evidence
from mtqa.langs.data import built_from, data_toml
from mtqa.langs.text import word_before
from mtqa.model import Issue, Segment, Severity
from mtqa.langs.cache import TABLES, memoize
from mtqa.records import record

REPEAT_RE = re.compile(r"(?<![\w'’\-])(?P<first>[^\W\d_]+)(?P<gap>[ \u00a0]+)(?P<second>(?P=first))(?![\w'’\-])", re.IGNORECASE)


@memoize(TABLES)
@built_from("repeated_words.toml")
def allowed() -> frozenset:
    return frozenset(w.lower() for w in data_toml("repeated_words.toml")["allowed"])


def _adjacent_twice(words: list[str]) -> bool:
    """Two consecutive words equal but for case (C-speed comparisons of the lower-cased list).

    A match of :data:`REPEAT_RE` is two consecutive words of the evidence's tokeniser (letter runs
    joined by apostrophes; the match's words have neither apostrophe nor letter around them) that
    ``re.IGNORECASE`` finds equal, which in ASCII text is equality of the lower-cased words: a
    text without such a pair (nearly all) has no match. ``operator.eq``, not ``str.__eq__``: the same
    comparison, without the slot wrapper's call per pair (the screen at 0.67x its CPU).
    """
    lows = list(map(str.lower, words))
    return any(map(operator.eq, lows, itertools.islice(lows, 1, None)))


@memoize(TABLES)
@built_from("repeated_words.toml")
def object_then_subject() -> tuple[frozenset, frozenset]:
    table = data_toml("repeated_words.toml")["object_then_subject"]
    return frozenset(table["pronouns"]), frozenset(table["verbs"])


@register
@record
class RepeatedWord(SegmentCheck):
    """The same word twice in a row (``the the``, ``not not``).

    Why it matters: a doubled word reads as a mistake at once and can hide a
    lost word or a garbled join. Grammatical doublings (``had had``,
    ``that that``, ``tells you you should``), reduplications (``very very``,
    ``oh là là``) and names written twice
    (``Danse Danse``, ``Walla Walla``: the second word capitalised) and a
    word said three times or more in a row for emphasis (``evil evil
    evil``: a slip doubles a word, it does not triple it; a function word
    is never stressed so: ``the the the`` is a stutter) are not reported.
    Nor is a doubling the aligned source writes too (the band ``Tap Tap``,
    the firm ``Modo Modo``, lower-cased by the translation): the word is
    copied from the source twice, not stuttered.

    Example:
        source: Le conseil s'est réuni lundi et a voté la fermeture de la piscine, dit le groupe Tap Tap.
        bad: The council met on Monday and and voted to close the pool, says the group tap tap.
        good: The council met on Monday and voted to close the pool, says the group tap tap.
    """

    code = "F401"
    name = "repeated-word"
    category = "fluency"
    subcategory = "grammar"
    severity = Severity.MINOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        if text.isascii() and not _adjacent_twice(Evidence.of(ctx).words(text)):
            return
        for m in REPEAT_RE.finditer(text):
            first, second = m.group("first"), m.group("second")
            if first.lower() in allowed():
                continue
            pronouns, verbs = object_then_subject()
            if first.lower() in pronouns:
                before = word_before(text, m.start(), 30)
                if before and before in verbs:
                    continue  # "to tell you you should": an object, then the subject of a clause
            if second[0].isupper():
                continue  # a name or title: Danse Danse, Sirhan Sirhan
            if first.lower() not in ctx.target.word_set("function_words") and _third_time(text, m, first):
                continue  # "evil evil evil": said three times on purpose; a slip doubles a word ("the the the" a stutter)
            if sources and _source_doubles(first, sources):
                continue  # "the group tap tap" for the source's "The Tap Tap": the source's doubling, copied
            yield self.issue(segment, m.start(), m.end(), f"Repeated word {quoted(first)}.", first)


def _third_time(text: str, m: re.Match, word: str) -> bool:
    """The doubled word also stands right before or right after the pair (three times or more in a row)."""
    after = _WORD_AFTER.match(text, m.end())
    before = word_before(text, m.start(), len(word) + 3)
    return (after is not None and after.group(1).lower() == word.lower()) or \
        before == word.lower()


def _source_doubles(word: str, sources: list[Segment]) -> bool:
    """The aligned source writes ``word`` twice in a row too, in any case (``Tap Tap``, ``Modo Modo``)."""
    low = word.lower()
    if not any(low in s.text.lower() for s in sources):
        return False
    pair = re.compile(rf"(?<![\w'’\-]){re.escape(word)}[ \u00a0]+{re.escape(word)}(?![\w'’\-])", re.IGNORECASE)
    return any(pair.search(s.text) for s in sources)


_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_]+)")
