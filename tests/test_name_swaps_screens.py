"""The name-swap checks' screens and shared answers (name_swaps: issue 14's CPU, output unchanged).

- ``_may_name_screen``: T105's source analyses are read only where the source's split has a word one of them
  starts from; where it says False every analysis is empty (the check reports nothing either way).
- ``_ALIKE``: a word found alike with a name in one text answers for another text that has it; a text
  without such a word is still searched in full.
- ``replacements``: where every source name is written, neither T106 reading is asked.
"""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.checks.name_swaps import (likeness, name_words, replaced_throughout, swap_readers, translated_as_words,
                                    word_readings)
from mtqa.config import Config
from mtqa.context import Context
from mtqa.langs import fold
from mtqa.names.mentions import text_words


def _analyses(text: str, ctx) -> bool:
    """What _may_name_as_words answered before its screen: any of its analyses finds something."""
    first_names = ctx.source.first_names_folded
    caps = translated_as_words._with_opening_names(text, likeness.read_text(text, ctx, ctx.source.code).caps)
    return bool(translated_as_words._determined_names(text, ctx) or translated_as_words._address_in(text, ctx.pair)
                or translated_as_words._name_words_kept(text, ctx) or translated_as_words._towns_of_words(text, ctx)
                or translated_as_words._opening_determined_names(text, ctx)
                or any(fold(name) in first_names for _, _, name in caps))


_NOTHING = [
    "Le conseil municipal a voté hier soir le budget de la commune pour l'année prochaine.",
    "Les prix de l'immobilier ont encore baissé au troisième trimestre, selon les notaires.",
    "L'entreprise Vostradi a annoncé la fermeture de son usine de Brest.",
    "« Nous ne céderons pas », a déclaré Dravenik devant les journalistes.",
]
_SOMETHING = [
    "Selon Les Echos, le groupe envisage une fusion.",  # a name opening with a determiner
    "Le festival aura lieu à Menton au mois de février.",  # a town (read with the bilingual dictionary only)
    "Le maire a visité l'Hôtel-Dieu mardi.",  # capitals joined by a hyphen
    "Les physiciens du Large Hadron Collider ont publié leurs mesures.",  # a name quoted in English
    "Marine Le Pen a réagi dans la soirée.",  # a first name opening the sentence
    "Le discours de Sa Sainteté a été retransmis.",  # a title of address
    "L'entraîneur a félicité Pierre Blanc après le match.",  # a first name mid-sentence
    "Le Quotidien a publié mardi une enquête sur les urgences.",  # a name of an article opening the sentence
]


@pytest.mark.parametrize("text", _NOTHING + _SOMETHING)
def test_the_screen_never_hides_what_the_analyses_find(text):
    ctx = Context(Config())
    if _analyses(text, ctx):
        assert translated_as_words._may_name_screen(text, ctx)


def test_the_examples_name_what_t105_reads():
    assert sum(_analyses(text, Context(Config())) for text in _SOMETHING) >= 7


@pytest.mark.parametrize("text", _NOTHING)
def test_a_source_that_names_nothing_t105_reads_is_screened_out(text):
    ctx = Context(Config())
    assert not translated_as_words._may_name_screen(text, ctx)
    assert not translated_as_words._may_name_as_words(text, ctx)


@pytest.mark.parametrize("text", _SOMETHING)
def test_a_source_with_a_word_an_analysis_starts_from_passes_the_screen(text):
    ctx = Context(Config())
    assert translated_as_words._may_name_screen(text, ctx)
    assert translated_as_words._may_name_as_words(text, ctx) == _analyses(text, Context(Config()))


def test_a_word_found_alike_answers_for_another_text_and_only_where_it_stands(monkeypatch):
    monkeypatch.setattr(likeness, "_ALIKE", {})
    name = "Tcheliabinsk"
    first = likeness.FoldedWords(["The", "blast", "hit", "Chelyabinsk", "at", "dawn"])
    assert likeness.name_present(name, first)
    assert "chelyabinsk" in likeness._ALIKE[(fold(name), likeness.SIMILAR)]
    second = likeness.FoldedWords(["Windows", "broke", "across", "Chelyabinsk", "city"])
    assert likeness.name_present(name, second)
    assert second._letters is None  # answered from the word found before, its letters never read
    third = likeness.FoldedWords(["Windows", "broke", "across", "the", "city"])
    assert not likeness.name_present(name, third)  # the memo says nothing of a text without the word


def test_the_names_found_alike_are_bounded_by_some_words_and_keep_the_newest(monkeypatch):
    """A run of ever new names filled _ALIKE towards WORDS (~6.4 MB) before emptying it at once: it keeps
    SOME_WORDS names, its oldest quarter dropped when full."""
    from mtqa.langs.cache import SOME_WORDS

    full = {(f"nom{k}", likeness.SIMILAR): {f"mon{k}"} for k in range(SOME_WORDS)}
    monkeypatch.setattr(likeness, "_ALIKE", full)
    name = "Tcheliabinsk"
    assert likeness.name_present(name, likeness.FoldedWords(["The", "blast", "hit", "Chelyabinsk", "at", "dawn"]))
    assert len(full) == SOME_WORDS - SOME_WORDS // 4 + 1
    assert (fold(name), likeness.SIMILAR) in full and ("nom0", likeness.SIMILAR) not in full
    assert (f"nom{SOME_WORDS - 1}", likeness.SIMILAR) in full


def test_a_segment_that_writes_every_source_name_asks_neither_reading(monkeypatch):
    def refused(*args):
        raise AssertionError("asked although every name is written")

    for module in (swap_readers, replaced_throughout):  # T106's reading and T110's
        monkeypatch.setattr(module, "swaps_of", refused)
    monkeypatch.setattr(swap_readers, "_replaced_in_place", refused)
    result = check_texts("The mayor Vostradi met the minister Dravenik yesterday.",
                         source="Le maire Vostradi a rencontré le ministre Dravenik hier.",
                         ctx=Context(Config(select=("T106",))))
    assert not result.issues


def test_an_article_opening_a_sentence_before_a_capital_passes_the_screen():
    ctx = Context(Config())
    text = "Le Quotidien a publié mardi une enquête sur les urgences."
    assert translated_as_words._opening_determined_names(text, ctx)
    assert translated_as_words._may_name_screen(text, ctx)


def _verb_names_unscreened(text: str, ctx) -> tuple:
    """What _verb_names answered before its screen: every name word read, each tested as a verb."""
    src = ctx.source
    return tuple((s, e, w) for s, e, w in name_words.name_words(text, src)
                 if name_words.verb_name_at(text, s, w, src, ctx.target))


_VERB_NAMES = [
    "Le cinéaste danois Lars von Trier présentera son film à Cannes.",  # trier: an infinitive
    "Elle a dîné mardi avec Gausse et son éditeur.",  # gausse: a finite form of se gausser
    "Le navire a quitté le port d'Ancre sous la pluie.",  # a name after an elided word
]
_NO_VERB_NAMES = [
    "Le ministre Dravenik a rencontré mardi les élus de Bretagne.",
    "La Commission européenne a publié son rapport sur l'emploi.",
    "le syndicat a appelé à la grève jusqu'au vendredi suivant.",
]


@pytest.mark.parametrize("text", _VERB_NAMES + _NO_VERB_NAMES)
def test_the_verb_screen_never_hides_a_verb_name(text):
    ctx = Context(Config())
    found = _verb_names_unscreened(text, ctx)
    assert word_readings._verb_names(text, ctx) == found
    if found:
        assert word_readings._may_read_as_verb(text_words(text, ctx), ctx.source)


def test_the_verb_examples_hold_verb_names_and_the_others_none():
    assert sum(bool(_verb_names_unscreened(t, Context(Config()))) for t in _VERB_NAMES) >= 2
    for text in _NO_VERB_NAMES:
        ctx = Context(Config())
        assert not word_readings._may_read_as_verb(text_words(text, ctx), ctx.source)
        assert word_readings._verb_names(text, ctx) == ()


def test_a_replys_opening_handles_stand_before_its_sentence():
    # the capital after the handles a message answers opens its sentence (« @marie Faux ! »), as it does at
    # the start of a line; a handle inside the sentence is one of its words
    assert not name_words.within_sentence("@marie Faux !", len("@marie "))
    assert not name_words.within_sentence("@marie, @paul : Vienne est belle.", len("@marie, @paul : "))
    assert not name_words.within_sentence("« Trie ces déchets »", len("« "))
    assert name_words.within_sentence("Merci à @marie Gausse", len("Merci à @marie "))
    assert name_words.within_sentence("la ville de Vienne", len("la ville de "))


def test_a_verb_name_after_a_replys_handle_is_not_read_as_translated():
    from mtqa.api import check_pair
    from tests.checks.accuracy_helpers import aligned_pair, context

    inside = aligned_pair([("Titre", "Title"), ("Le convoi est arrivé hier soir à Gaza après trois jours de route.",
                                                "The convoy arrived last night in Gassed after three days on the road.")])
    opening = aligned_pair([("Titre", "Title"), ("@marie Gaza est loin, le convoi est arrivé après trois jours de route.",
                                                 "@marie Gassed is far, the convoy arrived after three days on the road.")])
    assert [(i.code, i.text) for i in check_pair(inside, context(("T105",))).issues] == [("T105", "Gassed")]
    assert [i.code for i in check_pair(opening, context(("T105",))).issues] == []
