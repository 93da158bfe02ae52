"""Amounts of money and scaled figures the way English news writes them: a scale word in the French plural
after a figure (L107: "415 millions", "1.2 millions of dollars"), a currency symbol after an amount with a scale
word (L106: "1.9 billion €"), a currency named in the source's order or with a literal word (L106: "francs
CFA", "books sterling"), the spelled currency with a scale under the house-style switch, and the message of a
suggestion that ends in a full stop (L104: "10:30 a.m.", one stop, not two)."""
from __future__ import annotations

import pytest

from mtqa.api import check_pair
from mtqa.config import Config
from mtqa.context import Context
from mtqa.model import Document, DocumentPair, Link, Role, Segment

CODES = ("L101", "L102", "L103", "L104", "L105", "L106", "L107")


def issues(text, source=None, *, options=None):
    ctx = Context(Config(select=CODES, options=options or {}))
    target = Document("t", None, "en", [Segment(0, text, Role.BODY, 0, 1, 0, multiline=False)])
    src = Document("t", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)]) if source else None
    pair = DocumentPair("t", target, src, links=[Link((0,), (0,))] if source else [], meta={"prealigned": True})
    return check_pair(pair, ctx).issues


def flags(text, source=None, **kw):
    return [(i.code, i.text, i.suggestion) for i in issues(text, source, **kw)]


@pytest.mark.parametrize("text,source,expected", [
    ("Brussels fined the two chipmakers 415 millions euros on Friday.",
     "Bruxelles a infligé vendredi 415 millions d'euros d'amende aux deux fabricants de puces.",
     [("L107", "millions", "million")]),
    ("Of that sum, 147 millions fall on the Dutch group.", "Sur cette somme, 147 millions reviennent au groupe néerlandais.",
     [("L107", "millions", "million")]),
    # « de » copied as "of" goes into the span; before a determiner "of" is English and stays
    ("The striker left with a bonus of 1.2 millions of dollars.", "L'attaquant est parti avec une prime de 1,2 million de dollars.",
     [("L107", "millions of", "million")]),
    ("Some 2 millions of the voters stayed at home.", "Quelque 2 millions des électeurs sont restés chez eux.",
     [("L107", "millions", "million")]),
    ("The port handled 3.4 Billions of tonnes.", None, [("L107", "Billions of", "Billion")]),
    ("The rent of 450 thousands homes will rise.", "Le loyer de 450 milliers de logements augmentera.",
     [("L107", "thousands", "thousand")]),
    # the symbol after an amount and its scale word, spaced or glued
    ("The merger is worth 1.9 billion € over ten years.", "La fusion vaut 1,9 milliard d'euros sur dix ans.",
     [("L106", "1.9 billion €", "€1.9 billion")]),
    ("The city owes more than 200 million$ to its banks.", "La ville doit plus de 200 millions $ à ses banques.",
     [("L106", "200 million$", "$200 million")]),
    ("The fine came to 415 millions € in all.", "L'amende s'élève à 415 millions € au total.",
     [("L106", "415 millions €", "€415 million")]),
    # a currency in the source's order, and a literal word the source shows to be a currency
    ("The federation owes 300 million francs CFA to its clubs.", "La fédération doit 300 millions de francs CFA à ses clubs.",
     [("L106", "francs CFA", "CFA francs")]),
    ("About 5.3 trillion dollars US change hands each day.", "Quelque 5 300 milliards de dollars US s'échangent chaque jour.",
     [("L106", "dollars US", "US dollars")]),
    ("The bank will free 11 billion books sterling of capital.", "La banque libérera 11 milliards de livres sterling de fonds propres.",
     [("L106", "books sterling", "pounds sterling")]),
])
def test_money_forms_flagged(text, source, expected):
    assert flags(text, source) == expected


@pytest.mark.parametrize("text,source", [
    ("Millions of euros were lost and tens of millions more are at risk.", "Des millions d'euros ont été perdus."),
    ("Thousands of people marched, and hundreds of them stayed the night.", "Des milliers de personnes ont défilé."),
    ("The fine reached 415 million euros, or €415 million.", "L'amende a atteint 415 millions d'euros."),
    ("He sold 2 million copies, then millions more.", "Il a vendu 2 millions d'exemplaires, puis des millions d'autres."),
    # "hundreds" after a figure is mostly « cents » rendered: no plural to fix
    ("Heating oil fell 14 hundreds to $96.24 a barrel.", "Le fioul a perdu 14 cents à 96,24 $ le baril."),
    # the source's own sentence left in the output is the untranslated-text checks' case
    ("The pledge stands. son engagement de 420 millions d'euros.", "son engagement de 420 millions d'euros."),
    # "books" where the source has books, not pounds
    ("The publisher sold 3 million books sterling in quality.", "L'éditeur a vendu 3 millions de livres de qualité."),
    ("The reserves hold 40 billion pounds sterling.", "Les réserves s'élèvent à 40 milliards de livres sterling."),
])
def test_money_forms_quiet(text, source):
    assert [f for f in flags(text, source) if f[0] in ("L106", "L107")] == []


def test_spelled_currency_with_a_scale_under_the_house_style_switch():
    text = "The strike cost the mine 2.6 million dollars."
    source = "La grève a coûté 2,6 millions de dollars à la mine."
    assert flags(text, source) == []  # correct English: the symbol is a house style
    assert flags(text, source, options={"L106": {"flag_spelled_out": True}}) == [
        ("L106", "2.6 million dollars", "$2.6 million")]


def test_a_message_whose_suggestion_ends_in_a_full_stop_has_one():
    [issue] = issues("The hearing opens at 10h30 in Lyon.", "L'audience s'ouvre à 10h30 à Lyon.")
    assert issue.suggestion == "10:30 a.m."
    assert issue.message.endswith("10:30 a.m.") and not issue.message.endswith("..")


def test_the_plural_gives_way_to_the_currency_rewrite_of_the_same_span():
    assert [f[0] for f in flags("The fine came to 415 millions € in all.")] == ["L106"]
