"""A616 wrong-sense-by-context: a source word rendered in the news sense its sentence rules out, read off the
context evidence learned from aligned news (mtqa/data/lexmodel/sense_context.fr-en.tsv.gz)."""
from __future__ import annotations

import gzip

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError

TAX = "Les recettes fiscales de la région ont augmenté de 5 % cette année, grâce aux impôts locaux, selon le budget voté."


def _issues(source: str, target: str):
    ctx = Context(Config(select=("A616",), preview=True))
    return check_texts(target, source=source, ctx=ctx).issues


def test_the_sense_the_context_asks_for_is_suggested():
    [issue] = _issues(TAX, "The region's tax recipes rose by 5% this year, thanks to local taxes, according to the "
                           "budget voted.")
    assert issue.code == "A616" and issue.text == "recipes"
    assert issue.suggestion == "revenues"
    assert "“recettes”" in issue.message and "“impôts”" in issue.message


def test_the_right_sense_or_a_synonym_of_it_is_not_reported():
    good = "The region's tax revenues rose by 5% this year, thanks to local taxes, according to the budget voted."
    assert _issues(TAX, good) == []
    assert _issues(TAX, "The region's tax receipts rose by 5% this year, thanks to local taxes, according to the "
                        "budget voted.") == []


def test_without_context_evidence_the_usual_sense_stands():
    # a cookery sentence: nothing in it speaks for revenues
    source = "Le chef publie ses recettes de desserts dans un petit carnet illustré."
    assert _issues(source, "The chef publishes his dessert recipes in a small illustrated notebook.") == []


def test_the_check_is_preview_and_its_thresholds_are_data():
    from mtqa.checks.registry import REGISTRY
    from mtqa.langs.lexmodel import sense_context, senses
    import mtqa.checks.meaning.senses  # noqa: F401  (registers A616)

    assert REGISTRY["A616"].preview
    rules = senses("fr")["context"]
    assert rules["strong"] > 0 and rules["min_cues"] >= 1 and rules["margin"] > 0
    table = sense_context("fr", "en")
    entry = table["recett"]
    assert len(entry.senses) >= 2 and all(count > 0 and renderings for count, renderings in entry.senses)
    assert sense_context("xx", "en") == {}
    ctx = Context(Config())
    assert "A616" not in {c.code for c in ctx.checks}


def test_a_malformed_table_in_a_data_folder_is_a_data_error(tmp_path, monkeypatch):
    from mtqa.langs import lexmodel

    folder = tmp_path / "lexmodel"
    folder.mkdir()
    with gzip.open(folder / "sense_context.fr-en.tsv.gz", "wt", encoding="utf-8") as f:
        f.write("N\t10\nS\tlivr\t0\t5\tbook\nC\tlivr\t3\tauteur\t2\t2.5\n")  # a cue of a sense not listed
    monkeypatch.setattr(lexmodel, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    build = getattr(lexmodel.sense_context, "__wrapped__", lexmodel.sense_context)  # not the run's kept table
    table = build("fr", "en")  # each stem's rows are read when the stem is first asked
    assert "livr" in table
    with pytest.raises(DataError):
        table["livr"]
