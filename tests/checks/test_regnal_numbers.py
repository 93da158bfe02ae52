"""T111: a pope's or monarch's regnal number compared between the source and the translation (issue 12): a
different number is another person; the same number in figures is against English news style."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.numbers import roman_numeral, roman_value
from tests.checks.accuracy_helpers import aligned_pair, context


def t111(source: str, target: str):
    pair = aligned_pair([("Titre", "Title"), (source, target)])
    return [(i.text, i.suggestion, i.severity.value) for i in check_pair(pair, context(("T111",))).issues]


@pytest.mark.parametrize("source,target,expected", [
    ("Les jardins de Louis XIV ont été replantés.", "The gardens of Louis XV have been replanted.",
     [("XV", "XIV", "major")]),
    # the name in the target's form (John Paul for Jean-Paul, Elizabeth for Élisabeth)
    ("Le pape Jean-Paul II a béatifié trois prêtres.", "Pope John Paul I beatified three priests.",
     [("I", "II", "major")]),
    ("La reine Élisabeth II a inauguré le pont.", "Queen Elizabeth I opened the bridge.", [("I", "II", "major")]),
    # the source's "the First"
    ("François Ier a fait bâtir Chambord.", "Francis II had Chambord built.", [("II", "I", "major")]),
    # the same number in figures: English news writes regnal numbers in Roman numerals
    ("Le pape Benoît XVI a renoncé.", "Pope Benedict 16 stepped down.", [("16", "XVI", "minor")]),
    ("Le pape Benoît XVI a renoncé.", "Pope Benedict 16th stepped down.", [("16th", "XVI", "minor")]),
    ("Le pape Benoît XVI a renoncé.", "Pope Benedict 15 stepped down.", [("15", "XVI", "major")]),
    # a first name of the regnal-name table (Napoléon, Léopold), its English form folding like it
    ("Le neveu, Napoléon III, a été sacré en 1852.", "The nephew, Napoleon II, was crowned in 1852.",
     [("II", "III", "major")]),
    # an old French ordinal: Charles Quint is Charles V
    ("Charles Quint a abdiqué à Bruxelles.", "Charles VI abdicated in Brussels.", [("VI", "V", "major")]),
    # the longest name decides whose number it is: John Paul is Jean-Paul II's, not Paul VI's
    ("Paul VI puis Jean-Paul II ont prié ici.", "Paul VI then John Paul I prayed here.", [("I", "II", "major")]),
])
def test_a_changed_or_figured_regnal_number_is_reported(source, target, expected):
    assert t111(source, target) == expected


@pytest.mark.parametrize("source,target", [
    ("Les jardins de Louis XIV ont été replantés.", "The gardens of Louis XIV have been replanted."),
    ("Le pape Jean-Paul II a béatifié trois prêtres.", "Pope John Paul II beatified three priests."),
    ("Charles Quint a abdiqué à Bruxelles.", "Charles V abdicated in Brussels."),
    # two kings of one name in the source: either number is the source's
    ("Louis XIV et Louis XV ont agrandi Versailles.", "Louis XIV and Louis XV enlarged Versailles."),
    # a numeral after a word that is no first name, and a first name the source gives no number
    ("Le chapitre IV du rapport est accablant.", "Chapter 4 of the report is damning."),
    ("Le concile Vatican II a tout changé.", "The Second Vatican Council changed everything."),
    ("Selon Louis Martin, le roi Henri IV était aimé.", "According to Louis 2 sources, King Henry IV was loved."),
])
def test_the_source_number_or_no_regnal_number_stays_clean(source, target):
    assert t111(source, target) == []


def test_roman_numerals_read_and_written():
    assert [roman_value(n) for n in ("XIV", "XVI", "I", "IIX", "XIVe")] == [14, 16, 1, None, None]
    assert [roman_numeral(v) for v in (14, 16, 1, 1990)] == ["XIV", "XVI", "I", "MCMXC"]


@pytest.mark.parametrize("source,target", [
    # a bare figure the source writes as a count, moved after the name by a garbled word order
    ("Vingt ans plus tard, Louis XIV est mort.", "Louis 20 years later was dead."),
    ("Le pape Jean-Paul II avait 2 gardes du corps.", "Pope John Paul 2 bodyguards had."),
])
def test_a_figure_the_source_writes_as_a_count_is_no_regnal_number(source, target):
    assert t111(source, target) == []


def test_a_source_name_given_twice_is_named_once_in_the_message():
    pair = aligned_pair([("Titre", "Title"), ("Louis XIV et Louis XIV encore.", "Louis XV and Louis XIV again.")])
    [issue] = check_pair(pair, context(("T111",))).issues
    assert issue.message.count("Louis XIV") == 1
