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
