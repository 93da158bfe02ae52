"""bench/build_rare_senses.py: which WordNet relations make a rare word's sense neighbours and its sibling (on a
WordNet of our own, a few lines; frequencies are wordfreq's)."""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import build_rare_senses  # noqa: E402

HEADER = "  1 This is a licence line of the WordNet files.\n"
stem = build_rare_senses.stem


def _wordnet(folder: Path) -> Path:
    folder.mkdir()
    (folder / "index.verb").write_text(HEADER + "\n".join([
        "convene v 1 0 1 1 00000001", "convoke v 1 1 @ 1 1 00000001", "summon v 1 0 1 1 00000002",
        "internationalise v 1 0 1 0 00000003", "internationalize v 1 0 1 0 00000003",
    ]) + "\n", encoding="utf-8")
    (folder / "data.verb").write_text(HEADER + "00000001 41 v 02 convoke 0 convene 0 002 "
                                      "@ 00000002 v 0000 + 00000010 n 0101 | call together\n"
                                      "00000002 32 v 01 summon 0 000 | ask to come\n"
                                      "00000003 30 v 02 internationalize 0 internationalise 0 000 | "
                                      "make international\n",
                                      encoding="utf-8")
    (folder / "index.noun").write_text(HEADER + "\n".join([
        "convocation n 1 0 1 0 00000010", "export n 1 0 1 1 00000011", "exportation n 1 0 1 1 00000011",
        "thermic n 1 0 1 0 00000012", "thermal n 1 0 1 0 00000012",
    ]) + "\n", encoding="utf-8")
    (folder / "data.noun").write_text(HEADER + "00000010 14 n 01 convocation 0 000 | a meeting called\n"
                                      "00000011 06 n 02 export 0 exportation 0 000 | goods sold abroad\n"
                                      "00000012 06 n 02 thermic 0 thermal 0 000 | a made-up noun sense\n",
                                      encoding="utf-8")
    for pos in ("adj", "adv"):
        (folder / f"index.{pos}").write_text(HEADER, encoding="utf-8")
        (folder / f"data.{pos}").write_text(HEADER, encoding="utf-8")
    return folder


def _lexmodel(path: Path, words: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("N\t10\n" + "".join(f"E\t{stem(w, 'en')}\t5\t{w}\n" for w in words))
    return path


def test_synonyms_and_hypernyms_are_neighbours_derivations_are_not(tmp_path):
    table = build_rare_senses.build(_wordnet(tmp_path / "wn"),
                                    _lexmodel(tmp_path / "m.tsv.gz", ["summon", "convene", "convocation"]),
                                    3.0, 5, 1.0)
    near, sibling = table[stem("convoke", "en")]
    assert near == {stem("summon", "en"), stem("convene", "en")} and sibling == ""  # convene: other letters


def test_a_neighbour_the_model_never_renders_is_dropped(tmp_path):
    table = build_rare_senses.build(_wordnet(tmp_path / "wn"), _lexmodel(tmp_path / "m.tsv.gz", ["summon"]),
                                    3.0, 5, 1.0)
    assert table[stem("convoke", "en")][0] == {stem("summon", "en")}


def test_a_commoner_synonym_of_the_same_letters_is_a_sibling_a_spelling_is_not(tmp_path):
    table = build_rare_senses.build(_wordnet(tmp_path / "wn"), _lexmodel(tmp_path / "m.tsv.gz", ["export"]),
                                    3.0, 5, 1.0)
    assert table[stem("exportation", "en")][1] == "export"
    assert table[stem("thermic", "en")][1] == "thermal"  # as long, two letters changed
    assert stem("internationalise", "en") not in table  # "internationalize": one letter changed, no neighbour
    assert stem("export", "en") not in table  # a common word: A509 never asks
