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
from mtqa.names import mentions as mentions_module
from mtqa.names.mentions import TextWords, mentions, split_tokens, text_mentions, words
from mtqa.words import LOWER, ONE_APOSTROPHE_WORD_RE

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
    "Plan A failed. Then Mr. Van Gogh and J.de Gaulle, J.-P. Sartre and Gabriel García Márquez left.",
    "L'Otan et l'ONU : « Qu'Obama parte », dit-il à l'AFP ; D'Alembert's book, O'NEILL and McDonald's eBay.",
    "Ortega y Gasset met Abu al Baghdadi near Rio de Janeiro; the Da Vinci code, ter Horst and von-Braun.",
    "Laurence des.Cars, Jean de la Fontaine, Jean de NASA, Jean-de-Gaulle, Anne de Bretagne.",
    "The end.\n\nAnalysts said so. According to Smith, 3 Kings and ²Hello and _Bob and 12Paris met.",
    "São Paulo, İstanbul, Ελλάδα, Москва и Санкт-Петербург; ǈubljana, 東京 Tokyo, ʻOkina Ho'okena.",
]


@pytest.fixture(scope="module")
def ctx():
    return Context(Config())


def _tokens(toks):
    return [(t.text, t.start, t.end, t.initial) for t in toks]


def _shape(found):
    return [(m.text, _tokens(m.tokens)) for m in found]


@pytest.mark.parametrize("text", TEXTS)
def test_the_scanner_finds_the_mentions_of_every_word(text, ctx):
    for lang in ("en", "fr"):
        for abbreviations in (ctx.target.abbreviations, ctx.source.abbreviations, frozenset()):
            assert _shape(text_mentions(text, lang, abbreviations)) == \
                _shape(mentions(text, lang, words(text, abbreviations)))


def test_the_scanner_reads_particles_initials_and_sentence_starts():
    found = text_mentions("The UN said so. Laurence des Cars met J. R. Tolkien and Osama bin Laden.")
    assert [m.text for m in found] == ["Laurence des Cars", "J. R. Tolkien", "Osama bin Laden"]
    assert [t.text for t in found[0].tokens] == ["Laurence", "Cars"]  # a particle is no token
    assert found[0].tokens[0].initial and not found[0].tokens[1].initial  # a first name opening a sentence
    assert [m.text for m in text_mentions("Jean de la Fontaine et Jean d'Ormesson.", "fr")] == \
        ["Jean", "Fontaine", "Jean", "Ormesson"]  # two particles, an elision: no bridge


_PIECES = ["Marie", "Dupont", "Le", "Pen", "de", "des", "bin", "y", "Van", "The", "According", "Laurence", "UN",
           "NATO", "J", "Mr", "etc", "a", "été", "État", "l'", "d'", "L'", "D'", "'s", "’s", "O'Hara", "qu'",
           "eBay", "Łódź", "Ǆemal", "ʻOkina", "東京", "Σοφία", "Киев", "²", "½", "7", "_", "İzmir", "Œdipe", "œuf"]
_GAPS = [" ", " ", "-", "\u00a0", ". ", ".", ", ", "! ", "? ", ": ", "… ", "\n\n", " (", "« ", '"', "’", "'",
         "—", "", " 12 ", "_"]


def test_the_scanner_on_random_texts(ctx):
    # seeded strings of name words, particles, elisions, acronyms, other scripts and punctuation
    import random

    rng = random.Random(52)
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(0, 10)))
        lang = rng.choice(("en", "fr"))
        abbreviations = rng.choice((ctx.target.abbreviations, ctx.source.abbreviations, frozenset()))
        assert _shape(text_mentions(text, lang, abbreviations)) == \
            _shape(mentions(text, lang, words(text, abbreviations))), text


def test_the_scanners_letter_is_the_word_patterns_letter():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    letters = set(re.findall(r"[^\W\d_]", every))
    assert {c for c in every if mentions_module._is_letter(c)} == letters
    # the capitals' pattern leaves out only lowercase letters, so it finds every word that opens with another
    assert all(c.islower() for c in re.findall(f"[{LOWER}]", every))


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

    found = text_mentions(text, "en", ctx.target.abbreviations)
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
