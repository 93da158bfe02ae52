"""T106 on a name alone in brackets mid-sentence, which an opening bracket made look like a sentence's first
word (issue 12, replaced names)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.langs import language
from tests.checks.accuracy_helpers import aligned_pair, context

needs_fr = pytest.mark.skipif(not language("fr").has_dictionary, reason="hunspell-fr not installed")


def flags(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("T106",))).issues if i.code == "T106"]


@needs_fr
def test_a_surname_in_brackets_replaced_by_another_name_is_reported():
    assert flags("En face, il y a Mathieu (Vernaudet), Yohan (Lacombe) et Adil (Kerbrat), rappelle-t-il.",
                 "Opposite, there are Mathieu (Vernaudet), Yohan (Torres) and Adil (Kerbrat), he recalls.") \
        == [("Torres", "Lacombe")]


@needs_fr
def test_a_surname_in_brackets_kept_is_not_reported():
    assert flags("En face, il y a Mathieu (Vernaudet), Yohan (Lacombe) et Adil (Kerbrat), rappelle-t-il.",
                 "Opposite, there are Mathieu (Vernaudet), Yohan (Lacombe) and Adil (Kerbrat), he recalls.") == []


@needs_fr
def test_a_word_of_the_dictionary_alone_in_brackets_is_no_name():
    assert flags("Le conseil a voté une taxe (Carburant) pour les camions venus de Pologne.",
                 "The council voted a tax (Fuel) for trucks coming from Poland.") == []
