"""The names' one split of a text (TextWords) gives what the per-word readers it replaced gave.

Every name check now reads a text through ``mtqa.names.mentions.text_words``; these tests hold its
shortcuts (candidates only, trimming only where a word can change, screens on capitalised runs) to the
plain definitions on sentences written for the purpose: elisions, possessives, initials, particles,
chains of apostrophes, accents and letters beyond Latin-1.
"""
from __future__ import annotations

import re

import pytest

from mtqa.config import Config
from mtqa.context import Context
from mtqa.langid import screen
from mtqa.names.analysis import _looks_like_source
from mtqa.names.mentions import TextWords, mentions, name_words, particles, split_tokens, words
from mtqa.words import ONE_APOSTROPHE_WORD_RE

TEXTS = [
    "Le ministre Jean-Yves Le Drian a reçu M. Dupont à l'Élysée.",
    "D'Artagnan's horse met Ludwig van Beethoven and Osama bin Laden in the U.S. yesterday.",
    "e.g. Smith said so.\n\nThe next day, J. R. Tolkien's son left for São Paulo.",
    "« Quand Marie d’Orléans arrive, l’hôtel-dieu s’anime », dit-elle.",
    "rock'n'roll fans of a'b'Cd and O'Neill met Mr. Kowalczyk in Łódź on Monday.",
    "NASA and the ISS: Laurence des Cars showed the Venus de Milo to Emmanuel Macron.",
    "Ǆemal and ʻOkina were there; the UN en route to Paris do not agree.",
    "",
    "   ",
    "A",
    "A. B. c. d'",
]


@pytest.fixture(scope="module")
def ctx():
    return Context(Config())


def _tokens(toks):
    return [(t.text, t.start, t.end, t.initial) for t in toks]


@pytest.mark.parametrize("text", TEXTS)
def test_name_words_are_the_words_mentions_look_at(text, ctx):
    keep = particles()
    for abbreviations in (ctx.target.abbreviations, ctx.source.abbreviations, frozenset()):
        every = words(text, abbreviations)
        kept = [t for t in every if not t.text[:1].islower() or t.text.lower() in keep]
        assert _tokens(name_words(text, abbreviations)) == _tokens(kept)
        assert mentions(text, "en", name_words(text, abbreviations)) == mentions(text, "en", every)


@pytest.mark.parametrize("text", TEXTS)
def test_split_tokens_are_the_words(text, ctx):
    texts, starts = split_tokens(TextWords(text))
    assert list(zip(texts, starts)) == [(t.text, t.start) for t in words(text, ctx.target.abbreviations)]


@pytest.mark.parametrize("text", TEXTS)
def test_capital_runs_hold_every_run_with_a_capital(text):
    runs = {r for r in re.findall(r"[^\W\d_]+", text) if any(c.isupper() for c in r)}
    assert runs <= TextWords(text).capital_runs


@pytest.mark.parametrize("text", TEXTS)
def test_one_apostrophe_readers_see_the_split_words_unless_chained(text):
    split = TextWords(text)
    assert split.chained == (ONE_APOSTROPHE_WORD_RE.findall(text) != split.words)


def test_chained_text_is_seen():
    assert TextWords("fans of a'b'Cd").chained
    assert TextWords("O'Neill's dog").chained  # one-apostrophe readers see O'Neill and s
    assert not TextWords("O'Neill said it's late").chained


@pytest.mark.parametrize("text", TEXTS + [
    "Le président a dit que la réforme était nécessaire pour le pays.",
    "The president said the reform of the law was needed at once.",
    "Il a dit qu'il viendrait demain matin avec les autres.",
])
def test_language_screen_skipped_only_where_it_finds_no_source_word(text, ctx):
    expected = len(text.split()) >= 4 and screen(text, ctx.source, ctx.target) >= 0.5
    assert _looks_like_source(text, ctx) == expected


@pytest.mark.parametrize("text", TEXTS + [
    "According to the report, prices rose again last year.",
    "The report was read aloud by Smithers at the meeting.",
    "Laurence spoke first, and the others followed.",
    "Prices rose. The market fell, said the UN on its site.",
    "Ok, the UN and the EU agree.",
    "Obama's plan was voted on.",
])
def test_a_text_screened_out_has_no_name_spelling(text, ctx):
    # may_spell_name is a necessary condition: where it says no, the mentions hold no name word of three
    # letters or more (what the document's name analysis reads); where a name is there, it says yes
    from mtqa.names.mentions import may_spell_name

    found = mentions(text, "en", name_words(text, ctx.target.abbreviations))
    spelled = [t for m in found for t in m.tokens if len(t.text) >= 3 and not t.text.endswith(".")]
    if not may_spell_name(TextWords(text), "en"):
        assert not spelled
    if spelled:
        assert may_spell_name(TextWords(text), "en")


def test_the_screen_answers_no_for_a_common_opening_word_and_short_capitals():
    from mtqa.names.mentions import may_spell_name

    assert not may_spell_name(TextWords("According to the report, prices rose again."), "en")
    assert not may_spell_name(TextWords("Ok, the UN and the EU agree."), "en")
    assert may_spell_name(TextWords("The report was read by Smithers."), "en")
    assert may_spell_name(TextWords("Smithers read the report."), "en")  # a rare word opening the text
