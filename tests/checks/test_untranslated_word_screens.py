"""The source votes read through ``Evidence.select`` and A205's copied-dictionary-word screen: exact.

``Evidence.source_votes`` counts the places of a text's distinct source-voting words (a select fact), and
``_copied_dictionary_word`` tests the sources lower-cased as one string before it builds the union of
their lower-cased words; both must give what the plain definitions give, on own sentences that hold the
cases a shortcut could get wrong (a word repeated, an elision, a capitalised source word, a final sigma).
"""
from __future__ import annotations

import pytest

from mtqa.checks import source_leak
from mtqa.config import Config
from mtqa.context import Context
from mtqa.evidence import SOURCE, TARGET, Evidence
from mtqa.model import Role, Segment


@pytest.mark.parametrize("text", [
    "The rixe broke out near the stade, de facto a brawl.",
    "Il a dit que la réunion de la commission était reportée à lundi.",
    "L'équipe d'Anne a gagné, and the team of Anne won again, again and again.",
    "Les Les les LES de de de.",
    "",
])
def test_the_source_votes_are_the_words_voting_for_the_source_counted_in_place(text):
    ev = Evidence.of(Context(Config()))
    assert ev.source_votes(text) == sum(ev.vote(w)[0] == SOURCE for w in ev.words(text))


# (sources, translation): a copied dictionary word (liesse) written in the source in lower case, capitalised,
# in capitals, after a final sigma, and absent from the source
COPIED = [
    (["La ville était en liesse après la victoire."], "The city was in liesse after the win."),
    (["Liesse et colère à Brest."], "There was liesse and anger in Brest."),
    (["LIESSE À BREST", "La foule a chanté."], "The crowd sang in liesse in Brest."),
    (["Les ΣΩΣ ont chanté en liesse."], "The ΣΩΣ sang in liesse."),
    (["Le ΣΟΦΟΣ a chanté."], "The sage sang in liesse."),
    (["La ville a fêté la victoire."], "The city was in liesse after the win."),
]


@pytest.mark.parametrize("sources,text", COPIED)
def test_the_copied_dictionary_word_screen_answers_as_the_union_of_the_sources_words(sources, text):
    ctx = Context(Config())
    ev = Evidence.of(ctx)
    segments = [Segment(k, s, Role.BODY, k, k + 1, 0, multiline=False) for k, s in enumerate(sources)]
    lexicon = source_leak._lexicon_vote(ctx)
    found = source_leak._copied_dictionary_word(text, segments, lexicon, ctx.target, ev)
    candidates = {w for w in ev.words(text) if w[:1].islower() and len(w) > 2 and ev.vote(w)[0] != TARGET
                  and ctx.target.zipf(w) < source_leak.LEXICON_MAX_TARGET_ZIPF}
    source_words = {w.lower() for s in sources for w in ev.words(s)}
    assert found == any(lexicon(w) for w in candidates & source_words)


def test_the_sample_holds_both_answers():
    ctx = Context(Config())
    ev = Evidence.of(ctx)
    lexicon = source_leak._lexicon_vote(ctx)
    answers = {source_leak._copied_dictionary_word(
        text, [Segment(k, s, Role.BODY, k, k + 1, 0, multiline=False) for k, s in enumerate(sources)],
        lexicon, ctx.target, ev) for sources, text in COPIED}
    assert answers == {True, False}
