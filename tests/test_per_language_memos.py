"""Answers remembered per word or per language on the per-segment path give what reading them again gives.

A501's reading of a word as a verb (``trap_forms._verb_form``) is kept per word for the language's inflection
and dictionaries; A619/A620's word sets of ``measure_calques`` (``measures._adjective_words``, ``_age_units``,
``_age_words``) once per language. These tests read the same sentences (our own) with the memos emptied before
each and read back from them, and hold the readings to fixed answers.
"""
from __future__ import annotations

import dataclasses

import pytest

from mtqa.langs import language
from mtqa.langs import measures
from mtqa.langs import trap_forms
from mtqa.langs.measures import aged_nouns, measure_adjectives

# words a trap or a suggestion of A501 opens with: verbs in each form, irregular ones, and words read as no verb
_WORDS = ["take", "took", "taken", "takes", "taking", "makes", "made", "has", "had", "is", "are", "was", "held",
          "carrying", "carried", "postpones", "postponed", "report", "reports", "reporting", "bless", "blessed",
          "unfold", "unfolding", "outbreak", "the", "again", "nearly", "morning", "Took", "MAKES", "purses",
          "worth", "will", "could", "would", "declared", "achieve", "achieved", "bearing", "fruits", "l'état"]


# sentences of ours whose A501 traps open with a verb (« faire partie », « prendre la tête », « valoir à »,
# « avoir lieu »): their suggestions are inflected from the trap's verb form, read through the memo
_VERB_PAIRS = [
    ("Les deux villes font partie de la même communauté urbaine.",
     "The two towns make part of the same urban community."),
    ("La ville faisait partie du duché jusqu'en 1766.", "The town made part of the duchy until 1766."),
    ("Le Mans fera partie du calendrier l'an prochain.", "Le Mans will make part of the calendar next year."),
    ("Ce club fait partie des plus anciens d'Europe.", "This club makes part of the oldest in Europe."),
    ("Après la démission du président, sa vice-présidente a pris la tête du conseil.",
     "After the chairman resigned, his deputy took the head of the council."),
    ("Elle prend la tête de la liste socialiste à Rennes.", "She takes the head of the Socialist list in Rennes."),
    ("Son dernier roman lui a valu le prix Renaudot.", "His latest novel was worth him the Renaudot prize."),
    ("Cette victoire lui vaut une place en finale.", "This win is worth him a place in the final."),
    ("La réunion a eu lieu mardi à Bruxelles.", "The meeting had place on Tuesday in Brussels."),
    ("Le procès aura lieu en mars.", "The trial will have place in March."),
]


def _a501(pairs):
    from mtqa.api import check_pair
    from mtqa.config import Config
    from mtqa.context import Context
    from mtqa.model import Document, DocumentPair, Link, Role, Segment

    out = []
    for source, target in pairs:
        ctx = Context(Config(select=("A501",)))
        tgt = Document("t", None, "en", [Segment(0, target, Role.BODY, 0, 1, 0, multiline=False)])
        src = Document("t", None, "fr", [Segment(0, source, Role.BODY, 0, 1, 0, multiline=False)])
        pair = DocumentPair("t", tgt, src, links=[Link((0,), (0,))], meta={"prealigned": True})
        out.append([(i.text, i.suggestion) for i in check_pair(pair, ctx).issues])
    return out


def test_a501_suggestions_read_through_the_verb_memo_are_those_of_a_fresh_reading(monkeypatch):
    """Each sentence checked with an empty memo (every reading fresh, :func:`trap_forms._read_verb_form`) gives
    what the same sentences give once the memo holds their words (read back from it), on sentences whose
    suggestions are inflected from the trap's verb; the memo is reached (it holds the words read)."""
    trap_forms._VERB_FORMS.clear()
    fresh = []
    for pair in _VERB_PAIRS:
        trap_forms._VERB_FORMS.clear()
        fresh += _a501([pair])
    reads = []
    real = trap_forms._read_verb_form
    monkeypatch.setattr(trap_forms, "_read_verb_form", lambda *a: reads.append(a[0]) or real(*a))
    _a501(_VERB_PAIRS)  # fills the memo with every sentence's words
    reads.clear()
    warm = _a501(_VERB_PAIRS)
    assert warm == fresh and not reads  # every reading served by the memo, the same answers
    held = trap_forms._VERB_FORMS["en"][2]
    assert {"make", "made", "took", "takes", "had"} <= set(held) | set(held.old), sorted(held)
    assert all(fresh), fresh  # each sentence flagged
    assert [s for found in fresh for _, s in found] == [
        "are part", "was part", "be part", "is part", "took charge", "takes charge", "earned him", "earns him",
        "took place", "will take place"]  # "will" is outside the trap "make part": "will be part" reads


def test_a_word_read_as_a_verb_has_its_fixed_reading():
    verbs = trap_forms._verbs("en")
    expected = {"took": ("take", "past"), "is": ("be", "s"), "are": ("be", ""), "again": None, "the": None,
                "morning": None}
    for word, reading in expected.items():
        assert trap_forms._verb_form(word, verbs, "en") == reading, word
        assert trap_forms._verb_form(word, verbs, "en") == reading, word  # from the table


def test_another_inflection_is_not_answered_from_the_table_of_the_first():
    verbs = trap_forms._verbs("en")
    assert trap_forms._verb_form("took", verbs, "en") == ("take", "past")
    # an inflection that knows no irregular verb (a test's or a user's data): its own answers, not the table's
    bare = dataclasses.replace(verbs, irregular={}, bases={})
    assert trap_forms._verb_form("took", bare, "en") == trap_forms._read_verb_form("took", bare, "en")
    assert trap_forms._verb_form("took", bare, "en") != ("take", "past")
    assert trap_forms._verb_form("took", verbs, "en") == ("take", "past")  # and the first one's again


def test_a_phrase_suggestion_is_inflected_as_before():
    # the readers of _verb_form's answers: a trap's verb form carried to the suggestion's first word
    assert trap_forms._phrase_inflected("take charge", "took the head", "en") == "took charge"
    assert trap_forms._phrase_inflected("take charge", "takes the head", "en") == "takes charge"
    assert trap_forms._phrase_inflected("be part", "makes part", "en") == "is part"


_MEASURES = [
    "The stage, long of 172 km, starts in Nice.",
    "A delegation strong of 60 members arrived on Monday.",
    "The man, aged of 58 years, was arrested.",
    "A producer of 58 years died in Paris.",
    "An old man of 93 years and a teenage girl of 15 years old were rescued.",
    "The aged of 80 and over are the most exposed.",
    "One of the hostages was freed after a week of talks.",
    "He served a sentence of two years and a half.",
    "A baby of 18 months was found safe.",
]


def _measures_read(text: str) -> list[str]:
    return [m.suggestion for m in measure_adjectives(text, "en")] + [m.suggestion for m in aged_nouns(text, "en")]


def test_measure_readings_read_the_language_s_words_once_and_answer_as_before():
    fresh = []
    for text in _MEASURES:  # each sentence read with the language's word sets built afresh
        for memo in (measures._age_units, measures._age_words, measures._adjective_words):
            memo.cache_clear()
        fresh.append(_measures_read(text))
    assert measures._age_words.cache_info().currsize == 1  # the sentences reach the memos
    found = [_measures_read(t) for t in _MEASURES]  # the same sentences, the sets read from the memos
    assert found == fresh and measures._age_words.cache_info().hits > 0
    compounds = measures._age_words("en")[3]
    with pytest.raises(TypeError):  # one object shared by every reader: read-only
        compounds["year"] = "yr"
    assert found[0] == ["172 km long"] and found[1] == ["60 members strong"] and found[2] == ["aged 58"]
    assert found[3] == ["A 58-year-old producer"]  # the article as the sentence writes it
    assert found[4] == ["A 93-year-old man", "a 15-year-old girl"]  # "old" left out: the age says it
    assert found[5] == [] and found[6] == [] and found[7] == []  # a noun, "one of", a sentence: no measure
    assert found[8] == ["An 18-month-old baby"]


def test_a_language_without_measure_calques_reads_nothing():
    # no memo involved (the readers return before any is read): the early return itself
    if language("fr").extra.get("measure_calques"):
        pytest.skip("French has a target side of measure_calques here")
    assert list(measure_adjectives("une étape longue de 172 km", "fr")) == []
    assert list(aged_nouns("un producteur de 58 ans", "fr")) == []
