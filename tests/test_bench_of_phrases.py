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
    folder = tmp_path / "wmt12-fren"
    folder.mkdir()
    (folder / "newstest2012.fr-en.docs.tsv").write_text(
        "line\tdocid\tseg_id\n1\tlemondefr/2012/1.html\t1\n2\tbbc/2012/2.html\t1\n", encoding="utf-8")
    (folder / "newstest2012.fr-en.ref.en").write_text("From Le Monde.\nFrom the BBC.\n", encoding="utf-8")
    assert of_phrases.news_english(tmp_path) == ["from the bbc."]


@pytest.mark.skipif(not (of_phrases.DEFAULT_DATA / "wmt12-fren").is_dir() or not of_phrases.WORDNET.is_dir(),
                    reason="the newstest data or WordNet is absent")
def test_shipped_table_is_the_builders():
    assert of_phrases.build(of_phrases.DEFAULT_DATA, of_phrases.WORDNET) == of_phrases.OUT.read_text(encoding="utf-8")
