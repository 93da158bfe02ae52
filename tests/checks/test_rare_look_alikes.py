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


# md76d (fr76-a item 8)
@pytest.mark.parametrize("target", [
    "The club fears an afflux of De Gaulle fans on Saturday.",
    "The club fears an afflux of de Gaulle supporters on Saturday.",
])
def test_a_name_particle_beside_the_look_alike_is_no_quoted_source_text(target):
    # « de » before a capital is a name's particle ("De Gaulle"), not the French of a quoted title
    assert [(c, t) for c, t, _ in flags("Le club craint un afflux de supporters samedi.", target)] == [
        ("A509", "afflux")]


def test_the_source_heads_are_read_once_per_source(monkeypatch):
    # as A502's source_heads: every system's translation of one source reads the same heads
    from mtqa.checks import false_friends

    calls = []
    real = false_friends.rare_heads
    monkeypatch.setattr(false_friends, "rare_heads", lambda *a: calls.append(a) or real(*a))
    ctx = Context(Config(select=("A509",)))
    source = "Le club craint un afflux de supporters sans billet samedi soir."
    for target in ("The club fears an afflux of fans without tickets.", "The club fears an afflux of supporters."):
        assert [i.text for i in check_texts(target, source=source, ctx=ctx).issues] == ["afflux"]
    assert len(calls) == 1
    assert ("afflux",) in real(source, "fr", "en").values()  # the lower-case long words, by their first letters


def test_a502_and_a509_share_one_reading_of_what_quiets_a_look_alike(monkeypatch):
    # the usual rendering in the line and a rendering of another source word: one place, read by both checks
    from mtqa.checks import false_friends

    cases = [("A509", "Le club craint un afflux de supporters sans billet samedi soir.",
              "The club fears an afflux of fans without tickets on Saturday night."),
             ("A502", "Le club recrute uniquement des joueurs confirmés, a précisé son président.",
              "The club is uniquely recruiting experienced players, its president said.")]
    for code, source, target in cases:
        assert [c for c, _, _ in flags(source, target, (code,))] == [code]
    monkeypatch.setattr(false_friends._Line, "renders_else", lambda self, trap, word, usual: True)
    for code, source, target in cases:
        assert flags(source, target, (code,)) == []


def test_the_rare_verdict_is_kept_per_pair_and_gap_not_per_frequency_bar():
    # max_zipf is read by rare_look_alikes before the verdict; in the verdict's key it only split the memo
    import inspect

    from mtqa.checks.false_friends import _rare_verdict

    assert list(inspect.signature(_rare_verdict).parameters) == ["source_word", "target_word", "src", "tgt",
                                                                 "min_gap"]


def test_the_class_docstring_states_the_nearest_word_and_function_word_rules():
    from mtqa.checks.false_friends import RareLookAlike

    doc = " ".join(RareLookAlike.__doc__.split())
    assert "Only the source word nearest the look-alike" in doc and "function word of the source language" in doc


# ff77: the rare word's sense (WordNet, built as data) and its commoner sibling
def test_a_rare_word_wordnet_relates_to_the_usual_rendering_is_quiet():
    # "convoke" is a kind of "summon" (WordNet), the model's rendering of « convoquer »: the same sense
    assert flags("Le président a décidé de convoquer le conseil des ministres lundi.",
                 "The president decided to convoke the council of ministers on Monday.") == []


def test_a_copy_without_a_sure_rendering_is_the_borrowed_word_itself():
    # « communiqués »: the model has no dominant rendering, WordNet's "communique" is a kind of report
    assert flags("Le ministère a publié deux communiqués hier soir.",
                 "The ministry issued two communiques last night.") == []


def test_a_copy_of_a_word_with_a_dominant_rendering_stays_flagged():
    # "milliard" means billion (WordNet), but translators write "billion" (0.87): the French word left in
    assert flags("La dette de la ville atteint trois milliards d'euros.",
                 "The city's debt reaches three milliards of euros.") == [("A509", "milliards", "billions")]


def test_a_rare_word_with_a_commoner_sibling_stays_flagged_in_its_own_sense():
    # "thermic" means thermal, but "thermal" is the same word as English writes it
    assert flags("Les centrales thermiques de la région fermeront en 2030.",
                 "The region's thermic power stations will close in 2030.") == [("A509", "thermic", "thermal")]


def test_a_look_alike_inside_a_borrowed_phrase_is_quiet():
    # "nouveaux riches" is one of the phrases English borrowed whole (en.toml's borrowed_phrases)
    assert flags("Le salon attire surtout les nouveaux riches de la capitale.",
                 "The fair mostly draws the nouveaux riches of the capital.") == []
    assert [t for _, t, _ in flags("Le salon attire surtout les nouveaux acheteurs de la capitale.",
                                   "The fair mostly draws the nouveaux buyers of the capital.")] == ["nouveaux"]


def test_one_screen_of_the_source_serves_a502_and_a509():
    # A502's heads are A509's, less the stems the model cannot judge
    from mtqa.checks.false_friends import rare_heads, source_heads

    source = "Le club recrute uniquement des joueurs habituels, malgré l'afflux de candidats."
    rare, lexical = rare_heads(source, "fr", "en"), source_heads(source, "fr", "en")
    assert all(set(words) <= set(rare[key]) for key, words in lexical.items())
    assert "afflux" in rare["affl"] and "affl" not in lexical


def test_a_copy_no_rendering_knows_with_a_sense_of_its_own_is_the_english_word():
    # md77c (rv77a item 9): neither the model nor FreeDict renders « inhumation »; English's "inhumation" is a burial
    # (WordNet), no commoner sibling: the English word, not French left in. "afflux" (no sense in WordNet) still is
    assert flags("L'inhumation aura lieu samedi à Lyon.",
                 "The inhumation will take place on Saturday in Lyon.") == []
    assert flags("L'inhumation du maire aura lieu samedi dans son village natal.",
                 "The mayor's inhumation will take place on Saturday in his home village.") == []
