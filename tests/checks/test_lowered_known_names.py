"""A name the source capitalises, copied in lower case, that English word frequencies know from the name's own
uses but no English dictionary lists as a word ("toulouse", "paris"): F201's frequency gate had let it
through as English (rv-chk35). A dictionary of either language must list it as a name: a third language's word
the source capitalises is written in lower case by English."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from tests.checks.accuracy_helpers import aligned_pair, context


def f201(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("F201",))).issues if i.code == "F201"]


@pytest.mark.parametrize("source,target,expected", [
    ("Elle vit à Marseille depuis dix ans.", "She has lived in marseille for ten years.", [("marseille", "Marseille")]),
    ("Le train pour Toulouse part à midi.", "The train to toulouse leaves at noon.", [("toulouse", "Toulouse")]),
])
def test_a_known_name_copied_in_lower_case_is_reported(source, target, expected):
    assert f201(source, target) == expected


@pytest.mark.parametrize("source,target", [
    ("Elle vit à Marseille depuis dix ans.", "She has lived in Marseille for ten years."),
    # a third language's common word the source capitalises, which English writes in lower case
    ("Ils habitent un vieux Hutong près du marché.", "They live in an old hutong near the market."),
    # an English word in lower case, whatever name the source spells like it
    ("Elle a visité Nice et Orange.", "She visited nice and orange places."),
    # the source writes the word in lower case too: no name only
    ("Le site toulouse.fr et Toulouse ont parlé.", "The toulouse site and the city spoke."),
    # a web address keeps its own case
    ("Voir Toulouse sur le site mairie-toulouse.fr.", "See Toulouse on mairie-toulouse.fr."),
])
def test_lower_case_words_that_are_no_copied_name_are_clean(source, target):
    assert f201(source, target) == []
