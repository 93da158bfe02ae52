"""bench/of_measures.py: the measure frames human translators never write with "of" (A632), counted on parallel
sentences of our own, and the shipped table rebuilt when the shared data is there."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import of_heads  # noqa: E402
import of_measures  # noqa: E402

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


def test_rows_kept_only_without_of(tmp_path):
    pairs = [("Un homme de 30 ans est mort.", "A 30-year-old man died."),
             ("Un homme de 41 ans est blessé.", "A 41-year-old man was injured."),
             ("Un homme de 67 ans a témoigné.", "A man, 67 years old, testified."),
             ("Après une période de deux ans, il part.", "After a period of two years, he leaves."),
             ("Une période de trois mois suit.", "A three-month period follows."),
             ("Une période de six ans commence.", "A period of six years begins."),
             ("Il a pris cinq ans de prison.", "He got five years in prison."),
             ("Elle a eu deux ans de prison.", "She got two years in prison."),
             ("Ils ont eu dix ans de prison.", "They got a ten-year prison term."),
             ("Dix ans de guerre.", "Ten years of war."),
             ("Cinq ans de guerre.", "Five years of war."),
             ("Trois ans de guerre.", "Three years of war.")]
    text = of_measures.build(_corpus(tmp_path, pairs))
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert ["M", "homme", "0", "2", "1"] in rows
    assert ["T", "prison", "0", "1", "in prison", "2"] in rows
    assert not any(r[1] in ("période", "guerre") for r in rows)


def test_missing_data_is_one_line(tmp_path, capsys):
    assert of_measures.main(["--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("of_measures: ") and err.count("\n") == 1


def test_missing_data_is_one_line_for_show_too(tmp_path, capsys):
    assert of_measures.main(["--data", str(tmp_path), "--show"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("of_measures: ") and err.count("\n") == 1


@pytest.mark.skipif(not (SHARED / "newstest-fren-2008-2015").is_dir(), reason="needs the shared WMT data")
def test_shipped_table_is_a_fresh_build():
    assert of_measures.main(["--check"]) == 0
