"""A word list factored as a trie matches what the flat alternation matches, with the same spans.

:func:`mtqa.langs.wordtrie.trie_alternation` stands in for ``alternation(words)`` in the figure reader's
patterns (units, scales, number and clock words); these tests hold it to the flat pattern where the two
could part: words that begin other words (tried longest first), a continuation that refuses the longest
word so the engine backs off to a shorter one, case twins in a case-blind pattern, signs that need escaping.
"""
from __future__ import annotations

import itertools
import re

import pytest

from mtqa.langs.data import NOTHING, alternation
from mtqa.langs.wordtrie import trie_alternation
from mtqa.numbers import conventions

WORDS = ["k", "km", "km/h", "kmh", "Km", "KMH", "m", "m²", "m3", "mi.", "mile", "miles", "mil", "a", "a.m.",
         "am", "per cent", "percent", "p.c.", "$", "h", "heures", "heure", "hr", "hrs"]
TEXTS = ["12 km/h", "3 kmh then 4 km, 5 Km.", "8 KMH", "at 5 a.m. or 6 am", "7 mi. and 8 miles, 9 mil",
         "50 per cent and 40 percent and 3 p.c.", "14 h 30, 2 heures, 3 hrs", "m² m3 m", "$ 5 kmhx mile5"]
AFTER = ["", r"(?!\w)", r"(?![^\W\d_])", r"(?:(?<=\.)|(?!\w))", r" \d", r"(?=[.,])"]


def _spans(pattern: re.Pattern, text: str) -> list:
    return [(at, m and m.span()) for at in range(len(text) + 1) for m in [pattern.match(text, at)]]


@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_trie_matches_where_the_flat_alternation_does(after, flags):
    flat = re.compile(f"(?:{alternation(WORDS)}){after}", flags)
    trie = re.compile(f"(?:{trie_alternation(WORDS, ignorecase=bool(flags))}){after}", flags)
    for text in TEXTS:
        assert _spans(trie, text) == _spans(flat, text), text


def test_a_shorter_word_is_tried_when_the_rest_of_the_pattern_refuses_the_longer():
    # "kmhx": "kmh" is refused by the lookahead, and so are "km" (before "h") and "k" (before "m"); "km."
    # takes "km" after "kmh" failed on the dot; "km " takes "km" when the longer word cannot go on
    trie = re.compile(f"(?:{trie_alternation(['k', 'km', 'kmh'])})(?![a-z])")
    assert trie.match("kmhx") is None
    assert trie.match("km.").group() == "km"
    assert trie.match("kmh.").group() == "kmh"
    assert re.compile(f"(?:{trie_alternation(['k', 'km', 'kmh'])}) ").match("km ").group() == "km "


def test_case_twins_share_one_branch_when_case_blind():
    # "Km" and "km" are one branch: a case-blind trie must not try "Km…" words before the longer "kmh"
    trie = trie_alternation(["Km", "kmh"], ignorecase=True)
    assert re.compile(f"(?:{trie})$", re.IGNORECASE).match("KMH").group() == "KMH"
    assert trie.count("|") == 0, trie  # one path: k, m, then h optional


def test_the_empty_list_matches_nothing_as_the_flat_one():
    assert trie_alternation([]) == NOTHING == alternation([])
    assert trie_alternation(["", ""]) == NOTHING


def test_the_pattern_is_the_same_whatever_the_order_of_the_list():
    assert trie_alternation(["b", "ab", "a"]) == trie_alternation(["a", "b", "ab"])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_word_list_of_the_number_data_reads_alike(lang):
    conv = conventions(lang, "fr" if lang == "en" else "en")
    lists = [list(conv.units), list(conv.number_words), list(conv.scales), list(conv.scale_abbreviations)]
    lists += [v for v in conv.misc.values() if isinstance(v, list) and all(isinstance(w, str) for w in v)]
    for words in filter(None, lists):
        # texts made of the words, their prefixes and capitals, glued and spaced
        pieces = sorted({p for w in words[:40] for p in (w, w[:-1], w.upper())})
        text = " ".join(a + b for a, b in itertools.islice(itertools.product(pieces, ["", " ", "x", "."]), 400))
        for flags in (0, re.IGNORECASE):
            flat = re.compile(f"(?:{alternation(words)})(?!\\w)", flags)
            trie = re.compile(f"(?:{trie_alternation(words, ignorecase=bool(flags))})(?!\\w)", flags)
            assert _spans(trie, text) == _spans(flat, text), words[:5]


def test_the_ascii_shortcut_answers_as_the_regex_engine_for_every_pair():
    # _same_letter tells two ASCII characters apart with str.lower; the engine's case-blind reading must agree
    from mtqa.langs.wordtrie import _same_letter

    chars = [chr(c) for c in range(32, 127)]
    for a in chars:
        for b in chars:
            engine = a == b or re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
            assert _same_letter(a, b, True) == engine, (a, b)
            assert _same_letter(a, b, False) == (a == b), (a, b)


def test_twins_outside_ascii_still_ask_the_engine():
    # the long s and the Kelvin sign are case twins of ASCII letters that str.lower does not show
    words = ["sun", "ſun", "Kelvin", "\u212aelvin", "été", "Été", "ÉTÉ"]
    pattern = re.compile(f"(?:{trie_alternation(words, ignorecase=True)})(?!\\w)", re.IGNORECASE)
    flat = re.compile(f"(?:{alternation(words)})(?!\\w)", re.IGNORECASE)
    for text in ["ſun and sun", "\u212aelvin or kelvin", "l'été, l'ÉTÉ, l'Été"]:
        assert _spans(pattern, text) == _spans(flat, text), text
    assert trie_alternation(["sun", "ſun"], ignorecase=True).count("un") == 1  # one branch for the twins
