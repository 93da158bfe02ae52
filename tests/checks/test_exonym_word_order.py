"""T201: rows of the exonym table a translation got wrong (Australie-Occidentale, îles Salomon) (issue 12)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from tests.checks.accuracy_helpers import aligned_pair, context


def flags(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context(("T201",))).issues if i.code == "T201"]


@pytest.mark.parametrize("source,target,expected", [
    ("Les mines de l'Australie-Occidentale embauchent encore.",
     "The mines of Australia-Occidental are still hiring.", [("Australia-Occidental", "Western Australia")]),
    ("Le cyclone a touché les îles Salomon dimanche soir.",
     "The cyclone hit the Salomon Islands on Sunday evening.", [("Salomon Islands", "Solomon Islands")]),
])
def test_place_in_the_source_order_or_half_french_is_flagged(source, target, expected):
    assert flags(source, target) == expected


@pytest.mark.parametrize("source,target", [
    ("Les mines de l'Australie-Occidentale embauchent encore.", "The mines of Western Australia are still hiring."),
    ("Le cyclone a touché les îles Salomon dimanche soir.", "The cyclone hit the Solomon Islands on Sunday evening."),
])
def test_place_in_english_is_clean(source, target):
    assert flags(source, target) == []
