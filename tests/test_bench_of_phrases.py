"""bench/of_phrases.py: the counts behind A507, read on sentences of our own, and the shipped table rebuilt."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import of_phrases  # noqa: E402


def test_news_counts_read_of_phrases_and_pairs():
    pairs, ofs = of_phrases.news_counts([
        "the government spokesman said on monday that the talks had failed .",
        "a spokesman for the army confirmed the strike .",
        "the end of the war came in may .",
    ])
    assert pairs[("government", "spokesman")] == 1 and pairs[("spokesman", "for")] == 1
    assert ofs[("end", "war")] == 1 and ofs[("spokesman", "army")] == 0


def test_gender_variants_share_a_stem():
    assert of_phrases._gender_stem("spokeswoman") == of_phrases._gender_stem("spokesperson") \
        == of_phrases._gender_stem("spokesman")
    assert of_phrases._gender_stem("reporter") == "reporter"


def test_news_english_leaves_out_french_outlets(tmp_path):
    for year in ("2012", "2013"):
        folder = tmp_path / f"wmt{year[2:]}-fren"
        folder.mkdir()
        (folder / f"newstest{year}.fr-en.docs.tsv").write_text(
            "line\tdocid\tseg_id\n1\tlemondefr/2012/1.html\t1\n2\tbbc/2012/2.html\t1\n", encoding="utf-8")
        (folder / f"newstest{year}.fr-en.ref.en").write_text("From Le Monde.\nFrom the BBC.\n", encoding="utf-8")
    assert of_phrases.news_english(tmp_path) == ["from the bbc.", "from the bbc."]


def test_missing_newstest_is_one_line_exit_2(tmp_path, capsys):
    assert of_phrases.main(["--data", str(tmp_path), "--check"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newstest references are missing" in err


def test_missing_wordnet_is_one_line_exit_2(tmp_path, capsys):
    if not (of_phrases.DEFAULT_DATA / "wmt12-fren").is_dir():
        pytest.skip("the newstest data is absent")
    assert of_phrases.main(["--wordnet", str(tmp_path), "--check"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "wordnet-base" in err


def test_names_and_rare_words_are_no_compound_words(tmp_path):
    (tmp_path / "en_US.dic").write_text("3\nAdams/M\ncarter/M\nlaunder/DRZGS\n", encoding="utf-8")
    (tmp_path / "en_GB.dic").write_text("1\nAtlanta/M\n", encoding="utf-8")
    names = of_phrases.proper_names(tmp_path)
    assert names == {"adams", "atlanta"}
    assert not of_phrases.is_common("adams", names) and of_phrases.is_common("laundering", names)


@pytest.mark.skipif(not (of_phrases.DEFAULT_DATA / "wmt12-fren").is_dir() or not of_phrases.WORDNET.is_dir(),
                    reason="the newstest data or WordNet is absent")
def test_shipped_table_is_the_builders():
    try:
        built = of_phrases.build(of_phrases.DEFAULT_DATA, of_phrases.WORDNET)
    except of_phrases.Missing as exc:  # another input absent (a WMT year, a dictionary, symspellpy's pairs)
        pytest.skip(str(exc))
    assert built == of_phrases.OUT.read_text(encoding="utf-8")


def test_witness_pairs_keep_names_and_long_compounds_out():
    pairs, determined = of_phrases.witness_pairs([
        "A White House spokesman said so, the army spokesman added.",
        "He scored a 40-yard touchdown, said an AFP reporter.",
        "They want to make money.",
    ])
    assert pairs[("army", "spokesman")] == 1 and determined[("army", "spokesman")] == 1
    assert pairs[("house", "spokesman")] == 0 and pairs[("yard", "touchdown")] == 0
    assert pairs[("afp", "reporter")] == 0
    assert pairs[("make", "money")] == 1 and determined[("make", "money")] == 0
