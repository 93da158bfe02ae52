"""bench/of_heads.py: the French heads human translators compound (A626), counted on parallel sentences of our own,
and the shipped table rebuilt when the shared data is there."""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import of_heads  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def _corpus(tmp_path: Path, pairs: list[tuple[str, str]]) -> Path:
    """A data folder with every file the script reads: ``pairs`` in the first newstest year, the others empty."""
    news = tmp_path / "newstest-fren-2008-2015"
    news.mkdir()
    for i, year in enumerate(of_heads.NEWSTEST):
        (news / f"{year}.fr").write_text("\n".join(fr for fr, _ in pairs) if i == 0 else "", encoding="utf-8")
        (news / f"{year}.en").write_text("\n".join(en for _, en in pairs) if i == 0 else "", encoding="utf-8")
    potet = tmp_path / "potet-fren-postedit"
    potet.mkdir()
    (potet / "src.fr").write_text("", encoding="utf-8")
    (potet / "pe.en").write_text("", encoding="utf-8")
    return tmp_path


def test_a_head_compounded_four_times_is_kept_and_one_written_with_of_is_not(tmp_path):
    pairs = [("Le taux de chômage a baissé.", "The unemployment rate fell."),
             ("Le taux de change a bougé.", "The exchange rate moved."),
             ("Le taux de natalité recule.", "The birth rate is falling."),
             ("Le taux de participation a doublé.", "The participation rate doubled."),
             ("Le nombre de morts a augmenté.", "The number of dead rose."),
             ("Le nombre de blessés a augmenté.", "The number of injured rose."),
             ("Le nombre de victimes a augmenté.", "The number of victims rose."),
             ("Le nombre de réfugiés a augmenté.", "The number of refugees rose."),
             ("Le nombre de cas a augmenté.", "The number of cases rose.")]
    rows = of_heads.build(_corpus(tmp_path, pairs)).splitlines()
    heads = {r.split("\t")[1] for r in rows if r.startswith("H\t")}
    assert "tau" in heads and "nombr" not in heads
    compounds = {r.split("\t")[1]: r.split("\t")[2:] for r in rows if r.startswith("C\t")}
    assert "unemployment" in compounds["rate"]  # a compound the references write after a determiner


def test_english_of_of_a_kept_head_is_a_veto(tmp_path):
    pairs = [("Le taux de chômage a baissé.", "The unemployment rate fell."),
             ("Le taux de change a bougé.", "The exchange rate moved."),
             ("Le taux de natalité recule.", "The birth rate is falling."),
             ("Le taux de participation a doublé.", "The participation rate doubled."),
             ("Le taux d'intérêt a monté.", "The rate of interest rose.")]
    rows = of_heads.build(_corpus(tmp_path, pairs)).splitlines()
    vetoes = {r.split("\t")[1]: r.split("\t")[2:] for r in rows if r.startswith("V\t")}
    assert "interest" in vetoes["rat"]


def test_a_missing_input_is_one_line_and_exit_2(tmp_path, capsys):
    assert of_heads.main(["--data", str(tmp_path), "--check"]) == 2
    assert "parallel news is missing" in capsys.readouterr().err


@pytest.mark.skipif(not (SHARED / "newstest-fren-2008-2015").is_dir(), reason="the shared WMT data is absent")
def test_the_shipped_table_is_a_fresh_build():
    text = of_heads.build(SHARED)
    assert gzip.decompress(of_heads.OUT.read_bytes()).decode("utf-8") == text


def test_the_builder_skips_a_de_before_a_determiner_of_the_french_profile(tmp_path, monkeypatch):
    """One owner: the builder reads fr.toml's ``determiners`` (the list A626 reads), not a list of its own. A
    word added to the profile's list makes « de » before it no bare « de », so the compounds after it no longer
    count; a builder with its own list would still count them."""
    from mtqa.langs import language

    pairs = [("Le taux de chômage a baissé.", "The unemployment rate fell."),
             ("Le taux de chômage remonte.", "The unemployment rate is rising again."),
             ("Le taux de chômage stagne.", "The unemployment rate is flat."),
             ("Le taux de chômage a doublé.", "The unemployment rate doubled.")]
    data = _corpus(tmp_path, pairs)
    heads = {r.split("\t")[1] for r in of_heads.build(data).splitlines() if r.startswith("H\t")}
    assert "tau" in heads
    french = language("fr")
    monkeypatch.setitem(french._word_sets, "determiners", french.word_set("determiners") | {"chômage"})
    heads = {r.split("\t")[1] for r in of_heads.build(data).splitlines() if r.startswith("H\t")}
    assert "tau" not in heads


def test_a_head_translators_put_after_the_name_is_a_name_row_and_one_written_with_of_is_not(tmp_path):
    pairs = [("Le tribunal de Gomel a siégé.", "The Gomel court sat."),
             ("Le tribunal de Minsk a siégé.", "The Minsk court sat."),
             ("Le tribunal de Brest a siégé.", "A court in Brest sat."),
             ("Le tribunal de Vitebsk a siégé.", "The Vitebsk court sat."),
             ("Le tribunal de Grodno a siégé.", "The Grodno court sat."),
             ("Le maire de Lyon a parlé.", "The Lyon mayor spoke."),
             ("Le maire de Nantes a parlé.", "The Nantes mayor spoke."),
             ("Le maire de Lille a parlé.", "The Lille mayor spoke."),
             ("Le maire de Metz a parlé.", "The Metz mayor spoke."),
             ("Le maire de Nice a parlé.", "The mayor of Nice spoke.")]
    rows = [r.split("\t") for r in of_heads.build(_corpus(tmp_path, pairs)).splitlines() if r.startswith("N\t")]
    assert [r[1:] for r in rows] == [["tribunal", "4", "0", "1", "0", "0"]]
