"""Sentence splitting keeps abbreviations, decimals and glued sentences intact."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from mtqa.langs import language
from mtqa.segment import sentence_spans

EN = language("en")
FR = language("fr")


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Mr. Smith arrived. He left.", "en", ["Mr. Smith arrived.", "He left."]),
        ("The U.S. Army said so. Then it left.", "en", ["The U.S. Army said so.", "Then it left."]),
        ("It rose 3.5 percent. Markets fell.", "en", ["It rose 3.5 percent.", "Markets fell."]),
        ("J. K. Rowling wrote it. Fans cheered.", "en", ["J. K. Rowling wrote it.", "Fans cheered."]),
        ('He said: "All is well!" Then he left.', "en", ['He said: "All is well!"', "Then he left."]),
        ("a cosmonaut.Two men", "en", ["a cosmonaut.Two men"]),
        ("Visit AFP.com today. Or not.", "en", ["Visit AFP.com today.", "Or not."]),
        ("M. Rogozine a parlé. Mme Dupont aussi.", "fr", ["M. Rogozine a parlé.", "Mme Dupont aussi."]),
        ("« Tout va bien. » Il est parti.", "fr", ["« Tout va bien. »", "Il est parti."]),
        ("Quoi ? Rien.", "fr", ["Quoi ?", "Rien."]),
    ],
)
def test_sentence_spans(text, lang, expected):
    profile = EN if lang == "en" else FR
    assert [text[a:b] for a, b in sentence_spans(text, profile)] == expected


@given(st.text(alphabet="ab .!?\nAB3", max_size=80))
def test_spans_are_ordered_and_inside(text):
    spans = sentence_spans(text, EN)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b
    # nothing but whitespace is lost between spans
    covered = "".join(text[a:b] for a, b in spans)
    assert "".join(text.split()) == "".join(covered.split())
