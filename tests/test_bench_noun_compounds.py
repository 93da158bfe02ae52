"""bench/noun_compounds.py: the compounds English lists as one noun, its nouns of matter and its measure heads (A626),
read from a WordNet of our own making, and the shipped table rebuilt when WordNet and the shared data are there."""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import noun_compounds  # noqa: E402
import of_heads  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
WORDNET = Path("/usr/share/wordnet")

# lemma -> its senses, most frequent first: a lexicographer file, or (file, the lemma of its hypernym, its gloss)
# (19 phenomenon, 13 food, 23 quantity, 18 person, 14 group, 27 substance, 7 attribute, 26 state, 6 artifact, 4 act,
# 15 location)
LEMMAS = {
    "snow": [19, 27], "storm": [19], "snowstorm": [(19, "storm", "a storm with widespread snowfall")],
    "coffee": [13], "cup": [6, 23], "coffee_cup": [(6, "cup", "a cup from which coffee is drunk")],
    "chief": [18], "police": [14], "police_chief": [(18, "chief", "the head of a police force")],
    "lithium": [27], "persecution": [4],
    "unemployment": [26], "rate": [7], "unemployment_rate": [(7, "rate", "the rate of the jobless")],
    "cast": [4], "castrate": [18],
    "city": [15], "dodge": [4], "dodge_city": [15],
    # a compound of another meaning first: "firewall" is first a pilot's full thrust, its wall sense comes last
    "fire": [19], "wall": [6],
    "firewall": [(4, None, "the application of maximum thrust"), (6, "wall", "a fireproof wall")],
    # the gloss names the head where no hypernym does; an open and a closed spelling of one compound
    "heat": [19], "wave": [19], "heat_wave": [(19, None, "a wave of unusually hot weather")],
    "corn": [13], "field": [15], "corn_field": [(15, "field", "a field planted with corn")],
    "cornfield": [(15, "field", "a field planted with corn")],
}
INSTANCES = {"dodge_city": ("Dodge_City", "city")}
"""Lemmas whose one sense is an instance (a name), written as data.noun writes them, with the lemma they are an
instance of: Dodge City is a city, so the kind-of-head test keeps it and only the name filter can drop it."""


def _wordnet(tmp_path: Path) -> Path:
    folder = tmp_path / "wordnet"
    folder.mkdir()
    senses = {lemma: [s if isinstance(s, tuple) else (s, None, "a gloss") for s in found]
              for lemma, found in LEMMAS.items()}
    offsets, offset = {}, 0
    for lemma, found in senses.items():
        offsets[lemma] = []
        for _ in found:
            offset += 1
            offsets[lemma].append(f"{offset:08d}")
    index, data = [], []
    for lemma, found in senses.items():
        for own, (lexfile, hypernym, gloss) in zip(offsets[lemma], found):
            if lemma in INSTANCES:
                pointers = f"001 @i {offsets[INSTANCES[lemma][1]][0]} n 0000"
            else:
                pointers = f"001 @ {offsets[hypernym][0]} n 0000" if hypernym else "000"
            data.append(f"{own} {lexfile:02d} n 01 {INSTANCES[lemma][0] if lemma in INSTANCES else lemma} 0 {pointers} | {gloss}")
        index.append(f"{lemma} n {len(found)} 0 {len(found)} 0 {' '.join(offsets[lemma])}")
    (folder / "index.noun").write_text("\n".join(sorted(index)) + "\n", encoding="utf-8")
    (folder / "data.noun").write_text("\n".join(data) + "\n", encoding="utf-8")
    (folder / "index.adj").write_text("short a 1 0 1 0 00000099\n", encoding="utf-8")
    return folder


def _corpus(tmp_path: Path, english: list[str]) -> Path:
    news = tmp_path / "newstest-fren-2008-2015"
    news.mkdir()
    for i, year in enumerate(of_heads.NEWSTEST):
        (news / f"{year}.fr").write_text("\n".join("x" for _ in english) if i == 0 else "", encoding="utf-8")
        (news / f"{year}.en").write_text("\n".join(english) if i == 0 else "", encoding="utf-8")
    potet = tmp_path / "potet-fren-postedit"
    potet.mkdir()
    (potet / "src.fr").write_text("", encoding="utf-8")
    (potet / "pe.en").write_text("", encoding="utf-8")
    return tmp_path


def test_rows_keep_lexicalised_compounds_and_drop_what_english_writes_with_of(tmp_path):
    data = _corpus(tmp_path, ["The rate of unemployment rose again in March."])
    rows = noun_compounds.build(data, _wordnet(tmp_path)).splitlines()
    written = {tuple(r.split("\t")[1:3]): r.split("\t")[3] for r in rows if r.startswith("W\t")}
    assert written[("snow", "storm")] == "snowstorm"
    assert ("coffee", "cup") not in written  # a measure head
    assert ("police", "chief") not in written  # a person head
    assert ("unemployment", "rate") not in written  # the human English writes "rate of unemployment"
    assert ("cast", "rate") not in written  # "castrate" is no kind of rate
    assert written[("heat", "wave")] == "heat wave"
    assert ("dodge", "city") not in written  # a name: its one sense is an instance (Dodge City, Kansas)
    matter = {r.split("\t")[1] for r in rows if r.startswith("M\t")}
    assert {"lithium", "coffee"} <= matter and "persecution" not in matter
    assert "cup" in {r.split("\t")[1] for r in rows if r.startswith("P\t")}


def test_a_compound_whose_first_sense_is_no_kind_of_its_head_is_left_out_and_counted(tmp_path):
    data = _corpus(tmp_path, ["Nothing of note happened."])
    dropped: set[str] = set()
    rows = noun_compounds.build(data, _wordnet(tmp_path), dropped).splitlines()
    written = {tuple(r.split("\t")[1:3]): r.split("\t")[3] for r in rows if r.startswith("W\t")}
    assert ("fire", "wall") not in written and "firewall" in dropped  # "a wall of fire" is no firewall
    assert written[("snow", "storm")] == "snowstorm"  # a hypernym is a storm
    assert written[("heat", "wave")] == "heat wave"  # the gloss names a wave
    assert written[("corn", "field")] == "cornfield"  # the closed spelling over the open one WordNet also lists


def test_a_missing_input_is_one_line_and_exit_2(tmp_path, capsys):
    assert noun_compounds.main(["--data", str(tmp_path), "--wordnet", str(_wordnet(tmp_path)), "--check"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("noun_compounds: ") and "\n" not in err


@pytest.mark.parametrize("name, broken", [
    ("data.noun", "00000001 19 n 02 snow 0"),  # two words announced, one written, no pointer count
    ("data.noun", "00000001 19 n zz snow 0 000 | a gloss"),  # a word count that is no hex number
    ("data.noun", "00000001 19 n 01 snow 0 002 @ 00000002 n 0000 | a gloss"),  # two pointers announced, one
    ("index.noun", "snow n"),  # no sense count
    ("index.noun", "snow n 3 0 3 0 00000001"),  # three senses announced, one offset
])
def test_a_malformed_wordnet_line_is_one_line_naming_it_and_exit_2(tmp_path, capsys, name, broken):
    data = _corpus(tmp_path, ["Nothing of note happened."])
    wordnet = _wordnet(tmp_path)
    path = wordnet / name
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], broken] + lines[1:]) + "\n", encoding="utf-8")
    assert noun_compounds.main(["--data", str(data), "--wordnet", str(wordnet), "--check"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("noun_compounds: ") and "\n" not in err and f"{path}:2:" in err


@pytest.mark.skipif(not (SHARED.is_dir() and WORDNET.is_dir()), reason="the shared data or WordNet is absent")
def test_the_shipped_table_is_what_the_builder_makes():
    shipped = gzip.decompress(noun_compounds.OUT.read_bytes()).decode("utf-8")
    assert shipped == noun_compounds.build(SHARED, WORDNET)
