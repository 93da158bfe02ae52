"""A632 measure-of-calque: a French « N1 de NUM UNIT » or « NUM UNIT de N2 » carried over with "of" where the human
translators of French news (nearly) never write it, read off counts of their translations (bench/of_measures.py)."""
from __future__ import annotations

import pytest

from mtqa.api import check_texts
from mtqa.config import Config
from mtqa.context import Context
from mtqa.errors import DataError
from mtqa.langs import of_phrases as table_module
from mtqa.meaning.tokens import tokens

LANGS = ("fr", "en")


def _issues(target: str, source: str | None):
    ctx = Context(Config(select=("A632",)))
    return [(i.text, i.suggestion) for i in check_texts(target, source=source, ctx=ctx).issues if i.code == "A632"]


# Real shapes of the WMT14 systems' output and the calibration articles (sentences of our own).
@pytest.mark.parametrize("source, target, span, suggestion", [
    ("Le juge lui a infligé douze ans de prison ferme.", "The judge gave him twelve years of prison without parole.",
     "years of prison", "years in prison"),
    ("Le refuge se trouve à 2 400 mètres d'altitude.", "The hut stands at 2,400 metres of altitude.",
     "metres of altitude", "metres above sea level"),
    ("Un homme de 52 ans a été interpellé samedi soir.", "A man of 52 years was arrested on Saturday evening.",
     "man of 52 years", None),
    ("Une fillette, un enfant de quatre ans, a disparu.", "A girl, a child of four years, went missing.",
     "child of four years", None),
    ("La victime, une femme de près de 80 ans, vivait seule.",
     "The victim, a woman of almost 80 years, lived alone.", "woman of almost 80 years", None),
    ("L'antenne fait 40 mètres de haut.", "The mast is 40 metres of height.", "metres of height", "metres tall"),
    # a no-break space between the figure and its unit is a space
    ("Le refuge se trouve à 4 400 mètres d'altitude.", "The hut stands at 4\u00a0400\u00a0metres of altitude.",
     "metres of altitude", "metres above sea level"),
    ("Le refuge se trouve à 900 mètres d'altitude.", "The hut stands at 900\u202fmetres of altitude.",
     "metres of altitude", "metres above sea level"),
])
def test_flagged(source, target, span, suggestion):
    assert _issues(target, source) == [(span, suggestion)]


@pytest.mark.parametrize("source, target", [
    # English's own "of" after a measure noun: the translators wrote it (« période », « peine », « distance »)
    ("Après une période de deux ans, l'usine a rouvert.", "After a period of two years, the plant reopened."),
    ("Il purge une peine de cinq ans.", "He is serving a sentence of five years."),
    ("Le convoi a parcouru une distance de 300 km.", "The convoy covered a distance of 300 km."),
    ("Dix ans de guerre ont ruiné le pays.", "Ten years of war have ruined the country."),
    # the English already says it the English way
    ("Il a été condamné à cinq ans de prison.", "He was sentenced to five years in prison."),
    ("Un homme de 45 ans a été arrêté.", "A 45-year-old man was arrested."),
    # an "of" the translator chose: no « de » frame with that noun in the source
    ("Il est resté cinq ans derrière les barreaux.", "He spent five years of prison life behind bars."),
    ("L'homme, âgé de 45 ans, a été arrêté.", "The man of 45 years was arrested."),
    # standard English "of imprisonment": the translators tie on their own forms, so the table has no row
    ("Il a été condamné à trois ans d'emprisonnement.", "He was sentenced to three years of imprisonment."),
    # a hedge is no head: « plus d'une heure »
    ("Ils ont attendu plus d'une heure.", "They waited more of one hour."),
])
def test_quiet(source, target):
    assert _issues(target, source) == []


@pytest.mark.parametrize("source, target, winner", [
    ("Il a été condamné à cinq ans de prison.", "He was sentenced to five years of prison.", "A501"),
    ("Un homme de 45 ans a été arrêté.", "A man of 45 years was arrested.", "A501"),
    ("Un homme de cinquante ans a été arrêté.", "A man of fifty years was arrested.", "A620"),
])
def test_gives_way_to_the_check_that_names_the_span(source, target, winner):
    """One defect, one issue: A501's entry or A620's grammar already says the English phrase."""
    ctx = Context(Config(select=("A501", "A620", "A632")))
    codes = [i.code for i in check_texts(target, source=source, ctx=ctx).issues]
    assert codes == [winner]


def test_no_source_no_flag():
    assert _issues("A man of 45 years was arrested.", None) == []


def test_frames_of_one_reader():
    toks = tokens("Un homme de près de 45 ans a pris cinq ans de prison, plus d'une heure après.", "fr")
    found = [(kind, toks[i].text) for kind, i in table_module.measure_frames(toks, "fr")]
    assert found == [("M", "homme"), ("T", "prison")]


def test_shipped_table_reads():
    table = table_module.measure_table(*LANGS)
    assert "homme" in table.heads and "période" not in table.heads and "peine" not in table.heads
    assert table.complements["prison"][2] == "in prison" and "guerre" not in table.complements


def test_faulty_row_names_file_and_line(tmp_path, monkeypatch):
    bad = tmp_path / "of_measures.zz-yy.tsv"
    bad.write_text("# header\nM\thomme\t0\tmany\t1\n", encoding="utf-8")
    monkeypatch.setattr(table_module, "data_path", lambda *parts: tmp_path / parts[-1])
    with pytest.raises(DataError, match=r"of_measures.zz-yy.tsv:2"):
        table_module.measure_table("zz", "yy")


def test_missing_table_is_none(tmp_path, monkeypatch):
    monkeypatch.setattr(table_module, "data_path", lambda *parts: tmp_path / parts[-1])
    assert table_module.measure_table("yy", "zz") is None


def test_the_measure_patterns_match_as_with_flat_word_lists():
    # units, cardinals and hedges as prefix tries, the head's letters possessive (stop 76, speed): the same
    # matches and groups as the patterns written with the flat lists
    import re

    from mtqa.checks.of_phrases import _measure_of
    from mtqa.langs.data import alternation
    from mtqa.langs.of_phrases import measures
    from mtqa.langs.wordtrie import trie_alternation

    m = measures("en")
    lists = [list(m.units), list(m.cardinals), [" ".join(h) for h in m.hedges]]
    for pattern in _measure_of("en"):
        flat = pattern.pattern.replace("++", "+")
        for words in lists:
            flat = flat.replace(trie_alternation(words, ignorecase=True), alternation(sorted(words)))
        flat = re.compile(flat, pattern.flags)
        assert flat.pattern != pattern.pattern
        text = ("A man of 45 years and a debate of almost ten hours; FIVE YEARS OF PRISON, 180 nautical miles of "
                "delay, a woman of about 30\u00a0years, twenty-five km of the road, a loss of 3.5 per cent of sales.")
        assert [(x.span(), x.groups()) for x in pattern.finditer(text)] == \
            [(x.span(), x.groups()) for x in flat.finditer(text)]
        assert len(pattern.findall(text)) >= 2
