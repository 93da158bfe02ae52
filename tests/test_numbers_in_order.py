"""matched_in_order: the screen before compare says "nothing to report" only when compare finds nothing."""
from __future__ import annotations

import pytest

from mtqa.numbers import compare, find_quantities, matched_in_order

PAIRS = [
    ("Le 12 mars 2014, 350 manifestants ont défilé.", "On March 12, 2014, 350 protesters marched."),
    ("Il a payé 1,5 million d'euros pour 3 tableaux.", "He paid 1.5 million euros for 3 paintings."),
    ("La tour mesure 324 mètres et date de 1889.", "The tower is 1,063 feet tall and dates from 1889."),
    ("Les 27 élus et les 14 maires ont voté.", "The 14 mayors and the 27 councillors voted."),
    ("Il y avait 40 000 personnes à 14h30.", "There were 40,000 people at 2:30 p.m."),
    ("Il y avait 40 000 personnes.", "There were 40, 000 people."),
    ("Le budget atteint 17,28 milliards d'euros.", "The budget reaches 17.28 euros."),
    ("Elle a 35 ans et trois enfants.", "She is 36 and has three children."),
    ("Ils étaient 12 à 15 selon la police.", "There were 12 according to the police."),
    ("Au 2e trimestre, les ventes ont crû de 4 %.", "In the 3rd quarter, sales grew by 4%."),
]


@pytest.mark.parametrize("source,target", PAIRS)
def test_in_order_says_nothing_to_report_only_when_compare_agrees(source, target):
    src, tgt = find_quantities(source, "fr", "en"), find_quantities(target, "en", "fr")
    if matched_in_order(src, tgt):
        comp = compare(src, tgt)
        assert not (comp.missing or comp.added or comp.changed)


def test_the_screen_passes_the_usual_link_and_leaves_the_others_to_compare():
    said = [matched_in_order(find_quantities(s, "fr", "en"), find_quantities(t, "en", "fr")) for s, t in PAIRS]
    assert said[0] and said[2] and said[4]  # the same figures in the same order (a measure converted too)
    assert not said[1]  # a scaled source figure: compare reads whether the scale was kept
    assert not said[3]  # the same figures in another order: compare decides (it finds nothing)
    assert not said[5] and not said[7] and not said[8] and not said[9]  # split by a space, changed, lost, rank
    assert not said[6]  # a scaled source figure: only compare sees a lost scale
    comp = compare(find_quantities(PAIRS[6][0], "fr", "en"), find_quantities(PAIRS[6][1], "en", "fr"))
    assert comp.missing or comp.changed
