"""Answers remembered per word or per language on the per-segment path give what reading them again gives.

A501's reading of a word as a verb (``false_friends._verb_form``) is kept per word for the language's inflection
and dictionaries; A619/A620's word sets of ``measure_calques`` (``measures._adjective_words``, ``_age_units``,
``_age_words``) once per language. These tests read the same words and sentences both ways.
"""
from __future__ import annotations

import dataclasses

import pytest

from mtqa.checks import false_friends
from mtqa.langs import language
from mtqa.langs import measures
from mtqa.langs.measures import aged_nouns, measure_adjectives

# words a trap or a suggestion of A501 opens with: verbs in each form, irregular ones, and words read as no verb
_WORDS = ["take", "took", "taken", "takes", "taking", "makes", "made", "has", "had", "is", "are", "was", "held",
          "carrying", "carried", "postpones", "postponed", "report", "reports", "reporting", "bless", "blessed",
          "unfold", "unfolding", "outbreak", "the", "again", "nearly", "morning", "Took", "MAKES", "purses",
          "worth", "will", "could", "would", "declared", "achieve", "achieved", "bearing", "fruits", "l'état"]


def test_a_word_read_as_a_verb_twice_gives_the_first_reading():
    verbs = false_friends._verbs("en")
    first = [false_friends._verb_form(w, verbs, "en") for w in _WORDS]
    assert first == [false_friends._read_verb_form(w, verbs, "en") for w in _WORDS]
    assert first == [false_friends._verb_form(w, verbs, "en") for w in _WORDS]  # now from the table
    assert false_friends._verb_form("took", verbs, "en") == ("take", "past")
    assert false_friends._verb_form("again", verbs, "en") is None


def test_another_inflection_is_not_answered_from_the_table_of_the_first():
    verbs = false_friends._verbs("en")
    assert false_friends._verb_form("took", verbs, "en") == ("take", "past")
    # an inflection that knows no irregular verb (a test's or a user's data): its own answers, not the table's
    bare = dataclasses.replace(verbs, irregular={}, bases={})
    assert false_friends._verb_form("took", bare, "en") == false_friends._read_verb_form("took", bare, "en")
    assert false_friends._verb_form("took", bare, "en") != ("take", "past")
    assert false_friends._verb_form("took", verbs, "en") == ("take", "past")  # and the first one's again


def test_a_phrase_suggestion_is_inflected_as_before():
    # the readers of _verb_form's answers: a trap's verb form carried to the suggestion's first word
    assert false_friends._phrase_inflected("take charge", "took the head", "en") == "took charge"
    assert false_friends._phrase_inflected("take charge", "takes the head", "en") == "takes charge"
    assert false_friends._phrase_inflected("be part", "makes part", "en") == "is part"


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


def test_measure_readings_read_the_language_s_words_once_and_answer_as_before():
    table = measures._table("en", ())
    assert measures._age_units("en") == tuple(u.lower() for u in table["age_units"])
    nouns, suffixes, redundant, compounds = measures._age_words("en")
    assert nouns == frozenset(n.lower() for n in table["age_nouns"]) and suffixes == tuple(table["age_suffixes"])
    assert measures._age_words("en") is measures._age_words("en")  # once per language
    found = [[m.suggestion for m in measure_adjectives(t, "en")] + [m.suggestion for m in aged_nouns(t, "en")]
             for t in _MEASURES]
    assert found[0] == ["172 km long"] and found[1] == ["60 members strong"] and found[2] == ["aged 58"]
    assert found[3] == ["A 58-year-old producer"]  # the article as the sentence writes it
    assert found[4] == ["A 93-year-old man", "a 15-year-old girl"]  # "old" left out: the age says it
    assert found[5] == [] and found[6] == [] and found[7] == []  # a noun, "one of", a sentence: no measure
    assert found[8] == ["An 18-month-old baby"]


def test_a_language_without_measure_calques_reads_nothing():
    if language("fr").extra.get("measure_calques"):
        pytest.skip("French has a target side of measure_calques here")
    assert list(measure_adjectives("une étape longue de 172 km", "fr")) == []
    assert list(aged_nouns("un producteur de 58 ans", "fr")) == []
