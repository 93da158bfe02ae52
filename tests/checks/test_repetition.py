"""F401 repeated words: slips are flagged, grammatical doublings and names are not."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair, check_texts
from mtqa.checks.repetition import allowed
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Role, Segment
from tests.conftest import SEED


def flags(text):
    ctx = Context(Config(select=("F401",)))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    return [(i.code, i.text, i.suggestion) for i in check_pair(DocumentPair("t", target), ctx).issues]


@pytest.mark.parametrize("text,expected", [
    ("He denied using cocaine and and said so.", [("F401", "and and", "and")]),
    ("The the crew landed.", [("F401", "The the", "The")]),
    ("The attacks are not not very sophisticated.", [("F401", "not not", "not")]),
    ("They were happy to to learn it.", [("F401", "to to", "to")]),
    ("Thank you you were kind.", [("F401", "you you", "you")]),
    # a doubling beside a different word is still a slip
    ("The crew crew landed, landed safely.", [("F401", "crew crew", "crew")]),
    # a function word said three times is a stutter, not emphasis
    ("The council voted to to to close the pool.", [("F401", "to to", "to")]),
    ("They voted and and and left.", [("F401", "and and", "and")]),
])
def test_flagged(text, expected):
    assert flags(text) == expected


@pytest.mark.parametrize("text", [
    "He had had enough of it.",
    "He said that that was wrong.",
    "What it is is unclear.",
    "It is very very cold, bye bye.",
    'Marie Chouinard staged "Danse Danse" in Walla Walla.',
    "Sirhan Sirhan was convicted.",
    "The theme, then the thematic.",
    "Baden-Baden and so-so are hyphenated.",
    "Hunger is the body's way to tell you you should eat, and oh là là, it works.",
    "The nurse told her her results were fine.",
    # three times in a row: emphasis on purpose
    "The fans chanted that the referee was bad bad bad.",
    "Go go go, shouted the coach.",
])
def test_not_flagged(text):
    assert flags(text) == []


@pytest.mark.parametrize("word", sorted(allowed()))
def test_allowed_list_is_lowercase_words(word):
    assert word.isalpha() and word == word.lower()


def test_seed(seed_title):
    text = (SEED / "article.en.txt").read_text(encoding="utf-8")
    ctx = Context(Config(select=("F401", "F102")))
    assert check_texts(text, title=seed_title, ctx=ctx).issues == []


def flags_with_source(text, source):
    ctx = Context(Config(select=("F401",)))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("s", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)])
    return [(i.code, i.text) for i in check_pair(DocumentPair("t", target, src), ctx).issues]


@pytest.mark.parametrize("text,source,expected", [
    # the source's band and firm, doubled there too and lower-cased by the system: copied, not stuttered
    ("The group the tap tap currently has 20 members.", "Le groupe The Tap Tap compte actuellement vingt membres.", []),
    ("The Italian company modo modo, based in Milan.", "L'entreprise italienne Modo Modo, basée à Milan.", []),
    # a doubling the source does not make is still a slip, even beside the source's doubled name
    ("The the group tap tap has 20 members.", "Le groupe Tap Tap compte vingt membres.", [("F401", "The the")]),
    ("The group has has 20 members.", "Le groupe a a peine vingt membres.", [("F401", "has has")]),
])
def test_source_doubling(text, source, expected):
    assert flags_with_source(text, source) == expected
