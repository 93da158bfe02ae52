"""T201: a place's English name written in the French word order (Soudan du Sud -> "Sudan South"), and rows
of the exonym table a translation got wrong (Australie-Occidentale, îles Salomon) (issue 12)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.names.compounds import half_translated
from tests.checks.accuracy_helpers import aligned_pair, context


def flags(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("T201",))).issues if i.code == "T201"]


@pytest.mark.parametrize("source,target,expected", [
    ("Les réfugiés du Soudan du Sud sont arrivés lundi au camp.",
     "Refugees from Sudan South arrived at the camp on Monday.", [("Sudan South", "South Sudan")]),
    ("La délégation de la Corée du Nord a quitté la salle.",
     "The delegation of Korea North left the room.", [("Korea North", "North Korea")]),
    ("Les mines de l'Australie-Occidentale embauchent encore.",
     "The mines of Australia-Occidental are still hiring.", [("Australia-Occidental", "Western Australia")]),
    ("Le cyclone a touché les îles Salomon dimanche soir.",
     "The cyclone hit the Salomon Islands on Sunday evening.", [("Salomon Islands", "Solomon Islands")]),
])
def test_place_in_the_source_order_or_half_french_is_flagged(source, target, expected):
    assert flags(source, target) == expected


@pytest.mark.parametrize("source,target", [
    ("Les réfugiés du Soudan du Sud sont arrivés lundi au camp.", "Refugees from South Sudan arrived at the camp on Monday."),
    ("La délégation de la Corée du Nord a quitté la salle.", "The delegation of North Korea left the room."),
    ("Les mines de l'Australie-Occidentale embauchent encore.", "The mines of Western Australia are still hiring."),
    ("Le cyclone a touché les îles Salomon dimanche soir.", "The cyclone hit the Solomon Islands on Sunday evening."),
    # the words in that order where the source names no such place: the translation's own sentence
    ("Le Soudan a voté, le Sud a protesté.", "Sudan voted, the South protested."),
    ("Il a parlé de la Corée au Nord du pays.", "He spoke of Korea North of the country."),
])
def test_place_in_english_is_clean(source, target):
    assert flags(source, target) == []


def test_reordered_variant_only_when_asked_and_only_where_the_orders_differ():
    variants = half_translated("Corée du Sud", "South Korea", lambda w: False, frozenset({"du"}), reordered=True)
    assert "Korea South" in variants and "South Korea" not in variants
    assert "Korea South" not in half_translated("Corée du Sud", "South Korea", lambda w: False, frozenset({"du"}))
    # the same order in both languages: no variant of target words alone (it would be the target name)
    assert "New Zealand" not in half_translated("Nouvelle-Zélande", "New Zealand", lambda w: False, reordered=True)


def test_reordered_variant_needs_a_particle_and_a_place():
    # two words swapped without a particle are as often a split compound (States - United): no form
    assert "States United" not in half_translated("États-Unis", "United States", lambda w: False, reordered=True)
    # an institution's words in the source's order are no form of its row; a place's are
    from mtqa.names.exonym_forms import exonym_rows
    from mtqa.langs import language_pair

    forms = exonym_rows(language_pair("fr", "en"))
    assert forms["Korea South"]["order"] == "source"
    assert "Organization World Trade" not in forms and "Union European" not in forms
