"""T201 reads a place the exonym table holds in one French spelling in the others one letter away
(mtqa.names.exonym_forms.spelling_variant): Kirghizstan beside the table's Kirghizistan."""
from __future__ import annotations

import pytest

from mtqa.langs import language_pair
from mtqa.names.exonym_forms import spelling_variant
from tests.checks.test_exonyms import found


@pytest.mark.parametrize("source, target, expected", [
    ("Des glissements de terrain ont frappé le sud du Kirghizstan lundi.",
     "Landslides struck the south of Kirghizstan on Monday.", [("Kirghizstan", "Kyrgyzstan")]),
    ("Le Tadjikstan a fermé sa frontière avec l'Afghanistan.",
     "Tadjikstan closed its border with Afghanistan.", [("Tadjikstan", "Tajikistan")]),
    ("L'Ouzbekstan exporte son coton vers la Chine.",
     "Ouzbekstan exports its cotton to China.", [("Ouzbekstan", "Uzbekistan")]),
])
def test_a_french_spelling_one_letter_from_the_tables_is_flagged(source, target, expected):
    assert found(target, "T201", source) == expected


@pytest.mark.parametrize("source, target", [
    # the English name, and an English spelling of it one letter away (Kazakstan)
    ("Des glissements de terrain ont frappé le sud du Kirghizstan lundi.",
     "Landslides struck the south of Kyrgyzstan on Monday."),
    ("Le Kazakstan a signé l'accord.", "Kazakstan signed the accord."),
    # a longer name the variant stands in: no place's spelling to judge
    ("Le club Kirghizstan United a gagné.", "The club Kirghizstan United won."),
    # the translation's own word, not the source's
    ("Les glissements de terrain ont frappé le sud du pays.", "Landslides struck the south of Kirghizstan."),
    # a letter other languages' names bring into French: the German record label (ö for oe), not French
    ("Son label Grönland défend le krautrock.", "His record label Grönland champions krautrock."),
    # two French Germanys are the table's plural, another reading (the two Germanys)
    ("Les deux Allemagnes se sont réunifiées.", "The two Allemagnes reunified."),
])
def test_the_variant_reader_stays_quiet(source, target):
    assert found(target, "T201", source) == []


def test_the_variant_needs_a_long_form_and_one_row():
    pair = language_pair("fr", "en")
    assert spelling_variant(pair, "Kirghizstan")["english"] == "Kyrgyzstan"
    assert spelling_variant(pair, "Kirghizistan") is None  # the table's own form: the table route reads it
    assert spelling_variant(pair, "Londre") is None  # too short a name for a letter to be evidence
    assert spelling_variant(pair, "Kirghizstann") is None  # two letters from the table's form


@pytest.mark.parametrize("text", [
    "Le Kirghizstan et l'Ouzbekstan ont signé à Bichkek.",
    "Jean-Pierre Élysée: Tadjikstan, aKirghiz, Kazakstan-Nord et «Turkménie».",
    "Ouzbekistan",
])
def test_the_lone_name_pattern_opens_with_its_capital(text):
    # _LONE_NAME tests the character before the capital after matching it (a look-behind over two characters), so
    # the engine skips from capital to capital: the same matches as the look-behind written first
    import re

    from mtqa.checks.exonyms import UPPER, _LONE_NAME

    written_first = re.compile(rf"(?<![\w'’-])[{UPPER}][^\W\d_{UPPER}]{{3,}}(?![\w'’-])")
    assert not _LONE_NAME.pattern.startswith("(?<")
    assert [m.span() for m in _LONE_NAME.finditer(text)] == [m.span() for m in written_first.finditer(text)]
    assert list(_LONE_NAME.finditer(text))
