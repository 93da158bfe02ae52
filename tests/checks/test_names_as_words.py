"""T105 (a name translated as common words): a first name rendered by a common word that looks like it
(issue 12)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.langs import freedict
from tests.checks.accuracy_helpers import aligned_pair, context

needs_freedict = pytest.mark.skipif(not freedict.available(), reason="dict-freedict-fra-eng not installed")


def flags(code: str, source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion) for i in check_pair(pair, context((code,))).issues if i.code == code]


def test_first_name_rendered_by_a_common_word_like_it_before_the_kept_particle():
    # Olivier -> "Olive" is close enough in spelling to pass for the name, but it is the lexical model's
    # rendering of the word (olive tree), right before the surname kept with its particle
    source = "Le maire Olivier Le Guen a signé le budget."
    assert flags("T105", source, "Mayor Olive Le Guen signed the budget.") == [("Olive", "Olivier")]
    assert flags("T105", source, "Mayor Olivier Le Guen signed the budget.") == []
    # without the surname kept with its particle, a word like the name is left alone
    assert flags("T105", "Le maire Olivier Guen a signé le budget.", "Mayor Olive Guen signed the budget.") == []
