"""A509 rare look-alikes: a dictionary word of English that English news hardly writes, built on a frequent source
word the lexical model and FreeDict do not render by it."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs.lexmodel import load_lexmodel

pytestmark = pytest.mark.skipif(load_lexmodel("fr", "en") is None, reason="no fr-en lexical model")


def flags(source, target, codes=("A509",)):
    ctx = Context(Config(select=codes))
    return [(i.code, i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues]


def test_a_rare_copy_of_a_frequent_word_is_flagged_with_its_usual_rendering():
    assert flags("Le club craint un afflux de supporters sans billet samedi soir.",
                 "The club fears an afflux of fans without tickets on Saturday night.") == [
        ("A509", "afflux", "inflow")]


def test_a_rare_copy_without_accents_is_flagged():
    found = flags("La fréquentation des musées a baissé de 12 % cette année.",
                  "The frequentation of museums fell by 12% this year.")
    assert [(c, t) for c, t, _ in found] == [("A509", "frequentation")]


def test_a_rare_look_alike_with_another_ending_is_flagged():
    found = flags("Le joueur souffre d'un traumatisme crânien après le choc.",
                  "The player suffers from a head traumatism after the collision.")
    assert [(c, t) for c, t, _ in found] == [("A509", "traumatism")]


def test_the_usual_rendering_is_quiet():
    assert flags("Le club craint un afflux de supporters sans billet samedi soir.",
                 "The club fears an influx of fans without tickets on Saturday night.") == []


def test_a_look_alike_english_news_writes_is_quiet():
    # « demande » -> "demand": a word of English news, however like the French
    assert flags("La demande de logements reste forte en ville.",
                 "The demand for housing remains strong in the city.") == []


def test_a_rare_word_the_source_does_not_hold_is_quiet():
    assert flags("Le joueur souffre d'une blessure à la tête.",
                 "The player suffers from a head traumatism.") == []


def test_a_farther_source_word_is_no_evidence():
    # "morphologists" is the look-alike of « morphologistes » (a rare French word, no trap), not of
    # « morphologiques »
    assert flags("Les morphologistes ont classé les espèces selon leurs différences morphologiques.",
                 "The morphologists classified the species by their morphological differences.") == []


def test_a_word_of_a_quoted_source_title_is_quiet():
    assert flags("Il a publié « Le complot du Caire » en 1980.",
                 "He published \"Le complot du Caire\" in 1980.") == []
