"""A half of the day written as a title abbreviation (issue 12, lf34): "PM" before a capitalised word may be
Prime Minister, so a dotted figure before it keeps its plain reading beside the time ("16.45 PM Cameron")."""
from __future__ import annotations

from mtqa.api import check_pair
from mtqa.numbers import find_quantities
from tests.checks.accuracy_helpers import aligned_pair, context


def a4(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.code, i.text) for i in check_pair(pair, context(("A401", "A402", "A403"))).issues]


def test_a_figure_before_the_title_pm_is_no_lost_figure():
    assert a4("L'indice a clôturé à 16,45, a déclaré le Premier ministre Cameron.",
              "The index closed at 16.45 PM Cameron declared.") == []
    assert a4("L'indice a clôturé à 2,45, a déclaré le Premier ministre Cameron.",
              "The index closed at 2.45 PM Cameron declared.") == []


def test_the_time_reading_stays():
    # the time is still read, so a wrong hour is still reported
    assert a4("Il est arrivé à 14h45.", "He arrived at 2.45 PM Tuesday.") == []
    assert [c for c, _ in a4("Il est arrivé à 14h45.", "He arrived at 3.45 PM Tuesday.")] == ["A401"]


def test_only_the_title_spelling_before_a_name_keeps_the_figure():
    def alts(text):
        [q] = find_quantities(text, "en")
        return q.alts
    assert 16.45 in alts("closed at 16.45 PM Cameron said")
    assert 2.45 not in alts("closed at 2.45 pm Cameron said")  # lower case: a half of the day
    assert 2.45 not in alts("closed at 2.45 PM, Cameron said")  # no name after it
    assert 4.45 not in alts("arrived at 4:45 PM Tuesday")  # a colon: a clock time
