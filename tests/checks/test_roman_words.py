"""A capitalised word that a one-letter Roman numeral and an ordinal suffix could spell (issue 12, lf34): « Le »,
« Ce », « De », « Inde » are words of the dictionary, not the 50th, 100th, 500th and 1st, so a figure the
translation changed is not taken for them (« Le ministre a promis 5 euros » -> "50 euros" is a wrong figure)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.numbers import find_quantities
from tests.checks.accuracy_helpers import aligned_pair, context


@pytest.mark.parametrize("text", ["Le ministre a parlé.", "Ce matin, il pleut.", "De plus, il neige.",
                                  "Inde et Chine signent.", "Mère Teresa est morte."])
def test_a_word_is_no_roman_ordinal(text):
    assert [q.kind for q in find_quantities(text, "fr")] == []


@pytest.mark.parametrize("text,value", [("la Ve République", 5.0), ("le XIXe siècle", 19.0), ("Napoléon Ier", 1.0),
                                        ("le IIIe Reich", 3.0), ("la Ire Armée", 1.0), ("Élisabeth Ire", 1.0)])
def test_a_roman_ordinal_that_spells_no_word_stays(text, value):
    assert [q.value for q in find_quantities(text, "fr") if q.kind == "roman"] == [value]


def test_a_changed_figure_is_not_taken_for_the_article():
    pair = aligned_pair([("Titre", "Title"), ("Le ministre a promis 5 euros à chacun.",
                                              "The minister promised 50 euros to each.")])
    found = [(i.code, i.text, i.suggestion) for i in check_pair(pair, context(("A401", "A402", "A403"))).issues]
    assert found == [("A401", "50", "5")]


def test_the_first_written_as_the_language_writes_it_is_no_new_figure():
    # « Ire » (1re) is the language's own "First" (regnal_first), not the rare word « ire »
    pair = aligned_pair([("Titre", "Title"), ("La Ire Armée a traversé le Rhin en mars.",
                                              "The 1st Army crossed the Rhine in March.")])
    assert [i.code for i in check_pair(pair, context(("A401", "A402", "A403"))).issues] == []


@pytest.mark.parametrize("source,target", [
    ("La Vème République est née en 1958.", "The Fifth Republic was born in 1958."),
    ("C'est sous la Vème République que tout a changé.", "It was under the Fifth Republic that everything changed."),
])
def test_a_roman_ordinal_is_no_name_the_translation_lost(source, target):
    # the figure written as an English word is no name replaced by a common word (T106)
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    assert [i.code for i in check_pair(pair, context(("T106",))).issues] == []


def test_roman_ordinal_reads_the_whole_word():
    from mtqa.numbers import roman_ordinal

    assert roman_ordinal("Vème", "fr") and roman_ordinal("XIXe", "fr") and roman_ordinal("Ire", "fr")
    assert not roman_ordinal("Mère", "fr") and not roman_ordinal("Le", "fr") and not roman_ordinal("Valls", "fr")
