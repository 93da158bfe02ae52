"""A634: a "where"/"when" clause with its subject after the verb, in the French order, read as grammar and kept only
where the source inverts its own clause (its relative word and an auxiliary at once)."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import language, relative_inversion
from mtqa.langs.relative_inversion import source_inversions, target_inversions


def _issues(target: str, source: str | None):
    ctx = Context(Config(select=("A634",)))
    return [i for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A634"]


@pytest.mark.parametrize("source, target, span, named", [
    ("Le village où ont été retrouvées les pièces romaines se trouve près de Nîmes.",
     "The village where were found the Roman coins lies near Nîmes.", "where were found", "où ont"),
    ("La salle où a été signé le traité est ouverte au public depuis lundi.",
     "The hall where was signed the treaty has been open to the public since Monday.", "where was signed", "où a"),
    ("Le jour où sera inauguré le nouveau pont, la ville fera la fête.",
     "The day when will be inaugurated the new bridge, the town will celebrate.", "when will be inaugurated",
     "où sera"),
])
def test_a_subject_after_the_verb_in_the_source_order_is_flagged(source, target, span, named):
    [issue] = _issues(target, source)
    assert issue.text == span and issue.suggestion is None
    assert f"« {named} »" in issue.message and "subject first" in issue.message


@pytest.mark.parametrize("source, target", [
    # the English order
    ("Le village où ont été retrouvées les pièces romaines se trouve près de Nîmes.",
     "The village where the Roman coins were found lies near Nîmes."),
    # a subject relative: English writes these words itself
    ("Les députés qui ont pris la décision ont été critiqués.", "The MPs who have taken the decision were criticised."),
    # the source's subject stands before its verb: no French inversion to copy
    ("Le village où les enquêteurs ont retrouvé les pièces se trouve près de Nîmes.",
     "The village where were found the coins lies near Nîmes."),
])
def test_english_order_or_no_source_inversion_is_quiet(source, target):
    assert _issues(target, source) == []


def test_the_target_reading_wants_a_participle_and_a_subject():
    assert [i.verb for i in target_inversions("the town where were unearthed some of the bones", "en")] == ["unearthed"]
    assert [i.verb for i in target_inversions("the hall where had been held the talks", "en")] == ["held"]
    assert target_inversions("the town where were seven bones", "en") == []  # no participle
    assert target_inversions("the town where were unearthed.", "en") == []  # no subject after it


def test_the_source_reading_is_the_relative_then_an_auxiliary():
    assert [p.text for p in source_inversions("la ville où est né le peintre", "fr")] == ["où est"]
    assert [p.text for p in source_inversions("au moment lorsqu'a éclaté la crise", "fr")] == ["lorsqu'a"]
    assert source_inversions("la ville où le peintre est né", "fr") == ()


@pytest.mark.parametrize("lang, side, key", [("en", "target", "auxiliaries"), ("fr", "source", "relatives")])
def test_a_malformed_relative_inversion_table_names_the_file_and_key(monkeypatch, lang, side, key):
    table = dict(language(lang).extra["relative_inversion"])
    table[key] = "where"
    monkeypatch.setitem(language(lang).extra, "relative_inversion", table)
    raw = getattr(relative_inversion._table, "__wrapped__", relative_inversion._table)
    with pytest.raises(DataError, match=f"{lang}.toml: relative_inversion.{key}"):
        raw(lang, side)


def test_born_is_the_participle_of_bear():
    # md76b (rv76a item 5): A634's own doc example, « la ville où est né le peintre »
    [issue] = _issues("The town where was born the painter has opened a museum.",
                      "La ville où est né le peintre a inauguré un musée.")
    assert issue.text == "where was born" and "“where the painter … was born”" in issue.message
    from mtqa.langs.inflection import inflection
    verbs = inflection("en")
    assert verbs.base("born") == "bear" and verbs.irregular_form("born") == "participle"
    assert verbs.inflect("bear", "participle") == "borne"  # the form written stays the first


def test_a_direct_question_is_given_the_question_order():
    # "Where were the remains unearthed?", not a relative clause's "where the remains were unearthed"
    [issue] = _issues("Where were unearthed the remains of the dinosaurs?",
                      "Où ont été mis au jour les restes des dinosaures ?")
    assert "“Where were the remains … unearthed?”" in issue.message
    [issue] = _issues("Police asked: “Where have been found the bodies?”",
                      "La police a demandé : « Où ont été retrouvés les corps ? »")
    assert "“Where have the bodies … been found?”" in issue.message
    # a relative clause in a question keeps the relative order
    [issue] = _issues("Is this the town where were found the bones?",
                      "Est-ce la ville où ont été retrouvés les os ?")
    assert "“where the bones … were found”" in issue.message


def test_malformed_question_marks_name_the_file_and_key(monkeypatch):
    table = dict(language("en").extra["relative_inversion"], question_marks="?")
    monkeypatch.setitem(language("en").extra, "relative_inversion", table)
    raw = getattr(relative_inversion._table, "__wrapped__", relative_inversion._table)
    with pytest.raises(DataError, match="en.toml: relative_inversion.question_marks"):
        raw("en", "target")


def test_an_abbreviation_s_period_does_not_end_the_question():
    """md76f (lr76 #6): the period of "Mr." (an abbreviation of the English profile) ends no sentence: the question
    still ends with its question mark and is given the question order."""
    [issue] = _issues("Where were discovered the remains of Mr. Dupont?",
                      "Où ont été découverts les restes de M. Dupont ?")
    assert "“Where were the remains … discovered?”" in issue.message
    [issue] = _issues("Where were found the letters of Dr. Martin and the notes of St. Clair?",
                      "Où ont été retrouvées les lettres du Dr Martin et les notes de St. Clair ?")
    assert "“Where were the letters … found?”" in issue.message


def test_the_participle_reading_undoes_the_inflection_rules():
    # the regular -ed forms are read by the inflection table's own rules, a doubled consonant and -icked too
    from mtqa.langs.inflection import inflection

    verbs = inflection("en")
    assert "stop" in verbs.regular_bases("stopped") and "panic" in verbs.regular_bases("panicked")
    assert {"carry", "house", "sign"} <= {*verbs.regular_bases("carried"), *verbs.regular_bases("housed"),
                                         *verbs.regular_bases("signed")}
    assert verbs.regular_bases("bed") == () and verbs.regular_bases("born") == ()
    assert [i.verb for i in target_inversions("the lane where was stopped the convoy", "en")] == ["stopped"]


def test_a_prefixed_irregular_participle_is_read_from_the_irregular_forms():
    # overheard, misheard, resold: a prefix of the inflection table before one of its irregular participles
    for word in ("overheard", "misheard", "resold"):
        assert [i.verb for i in target_inversions(f"the room where was {word} the conversation", "en")] == [word]
    # not a word that only ends like an -ed form (find, child) nor a prefix before no irregular verb (under)
    for word in ("find", "child", "under"):
        assert target_inversions(f"the room where was {word} the conversation", "en") == []


def test_a_participle_spelt_as_its_base_is_read_and_a_regular_verb_of_its_own_is_not():
    # lr77 item 12: overcome, upset (the table's verbs) and overrun (over + run) have the base's spelling, and
    # "rebound" opens with re + bound but is a verb of its own ("rebounded")
    for word in ("overcome", "overrun", "upset"):
        assert [i.verb for i in target_inversions(f"the valley where was {word} the last garrison", "en")] == [word]
    assert target_inversions("the court where had rebound the ball", "en") == []
    [issue] = _issues("The border post where was overrun the garrison has been retaken.",
                      "Le poste frontière où a été submergée la garnison a été repris.")
    assert issue.text == "where was overrun"
