"""A dateline's place in capitals read against the exonym table (T201), and the table's French forms of persons.

A translation that keeps « DJAKARTA, 4 mai (AFP) - » keeps the French form in capitals, which no title-case
form of the table matched; the dateline is read in title case. The persons French names its own way (le
Caravage, Michel-Ange) are rows of the same table.
"""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.context import Context
from mtqa.names.datelines import _two_capitals, dateline_view, title_cased


def _t201(source: list[str], target: list[str]) -> list[tuple[str, str, str]]:
    result = check_texts("\n\n".join(target), source="\n\n".join(source))
    return [(i.text, i.suggestion, i.message) for i in result.issues if i.code == "T201"]


def test_title_case_keeps_the_length_and_lowers_particles_after_the_first_word():
    lower = frozenset({"au", "la", "le", "de"})
    assert title_cased("LA NOUVELLE-ORLÉANS", lower) == "La Nouvelle-Orléans"
    assert title_cased("PORT-AU-PRINCE", lower) == "Port-au-Prince"
    assert title_cased("KATMANDOU", lower) == "Katmandou"


def test_only_capitals_before_a_date_or_an_agency_are_a_dateline():
    ctx = Context()
    view = dateline_view("VARSOVIE, 2 février 2024 (AFP) - Le gouvernement a cédé.", ctx)
    assert view is not None and view.text.startswith("Varsovie, 2 février") and view.spans == ((0, 8),)
    assert dateline_view("GENÈVE (Reuters) - Les pourparlers reprennent.", ctx).spans == ((0, 6),)
    assert dateline_view("SINGAPORE, March 14 (AFP) - Shares fell.", ctx).spans == ((0, 9),)
    # the first day with the ending French writes on it (the numbers conventions' first_day_endings)
    assert dateline_view("VARSOVIE, 1er février - Le gouvernement a cédé.", ctx).spans == ((0, 8),)
    assert dateline_view("VARSOVIE, 1ᵉʳ février - Le gouvernement a cédé.", ctx).spans == ((0, 8),)
    # capitals with no date nor agency after them: a shouted word, an acronym, a headline
    assert dateline_view("The UNHCR said the camp was FULL, and more came.", ctx) is None
    assert dateline_view("ALERTE INONDATIONS DANS LE SUD", ctx) is None
    assert dateline_view("A quiet day in Warsaw.", ctx) is None
    assert dateline_view("Les alliés de l'OTAN (NATO) ont signé.", ctx) is None


def test_a_french_dateline_kept_in_capitals_is_flagged_with_the_english_name_in_capitals():
    source = ["Pluies", "DJAKARTA, 4 mai 2024 (AFP) - Des pluies torrentielles ont inondé la capitale."]
    target = ["Rains", "DJAKARTA, 4 May 2024 (AFP) - Torrential rains flooded the capital."]
    [(text, suggestion, message)] = _t201(source, target)
    assert (text, suggestion) == ("DJAKARTA", "JAKARTA")
    assert "“DJAKARTA”" in message and "“JAKARTA”" in message


def test_a_dateline_with_the_french_article_is_read_whole():
    source = ["Vote", "LE CAP, 18 juin (AFP) - Le Parlement a adopté la hausse de la TVA."]
    target = ["Vote", "LE CAP, 18 June (AFP) - Parliament adopted the VAT increase."]
    assert [(t, s) for t, s, _ in _t201(source, target)] == [("LE CAP", "CAPE TOWN")]


def test_an_english_dateline_and_capitals_outside_a_dateline_stay_clean():
    source = ["Pluies", "DJAKARTA, 4 mai 2024 (AFP) - Des pluies torrentielles ont inondé la capitale."]
    assert _t201(source, ["Rains", "JAKARTA, 4 May 2024 (AFP) - Torrential rains flooded the capital."]) == []
    source = ["Pluies", "Des pluies torrentielles ont inondé la capitale, a dit le ministre."]
    assert _t201(source, ["Rains", "Torrential rains flooded the capital, the MINISTER said."]) == []


def test_a_painter_kept_in_his_french_name_is_flagged_with_the_article_the_source_gives_him():
    source = ["Vente", "Un dessin attribué au Caravage et une esquisse de Michel-Ange seront vendus lundi."]
    target = ["Sale", "A drawing attributed to the Caravage and a sketch by Michel-Ange will be sold on Monday."]
    found = [(t, s) for t, s, _ in _t201(source, target)]
    assert found == [("the Caravage", "Caravaggio"), ("Michel-Ange", "Michelangelo")]
    good = ["Sale", "A drawing attributed to Caravaggio and a sketch by Michelangelo will be sold on Monday."]
    assert _t201(source, good) == []


def test_a_dateline_is_read_by_the_routes_beyond_the_table_too():
    # Séoul is no row of the table: the accent route reads it, on the dateline in title case as in prose
    source = ["Accord", "SÉOUL, 3 mai 2025 (AFP) - Le gouvernement a signé l'accord commercial."]
    target = ["Deal", "SÉOUL, 3 May 2025 (AFP) - The government signed the trade agreement."]
    assert [(t, s) for t, s, _ in _t201(source, target)] == [("SÉOUL", "SEOUL")]


def _two_capitals_by_character(text: str) -> bool:
    return any(a.isupper() and b.isupper() for a, b in zip(text, text[1:]))


@pytest.mark.parametrize("text", [
    "", "A", "Ab", "AB", "a AB", "The NSA said", "Le Caire", "GENÈVE (Reuters)", "ÉTATS-UNIS", "Éb", "aÉ",
    "xÉÀ", "ÀB", "BÀ", "À b", "l'Élysée", "ÉLYSÉE", "ǅA", "Aǅ", "ⅫⅫ", "Ⅻx", "aßB", "ΣΩ", "Σω", "ends Ω",
])
def test_the_capitals_screen_answers_as_a_test_of_every_pair_of_characters(text):
    # two ASCII capitals by the regex, a pair with another character by its neighbours: never a pair missed
    assert _two_capitals(text) is _two_capitals_by_character(text)
