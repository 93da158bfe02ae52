"""bench/build_synonyms.py: which WordNet relations become synonyms (on a WordNet of our own, a few lines)."""
from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import build_synonyms  # noqa: E402

HEADER = "  1 This is a licence line of the WordNet files.\n"


def _wordnet(folder: Path) -> Path:
    """index: lemma pos synset_cnt p_cnt [ptrs] sense_cnt tagsense_cnt offsets (most frequent sense first)."""
    folder.mkdir()
    (folder / "index.noun").write_text(HEADER + "\n".join([
        "facet n 1 0 1 1 00000001",
        "aspect n 3 0 3 3 00000001 00000002 00000003",
        "scene n 1 0 1 1 00000002",
        "vista n 1 0 1 1 00000003",  # aspect's third sense: too rare a sense of "aspect"
        "bank n 2 0 2 0 00000004 00000005",  # no tagged sense: the first only
        "slope n 1 0 1 1 00000005",
        "spring_roll n 1 0 1 1 00000001",  # several words: never kept
        "buy n 1 0 1 0 00000030",  # "a good buy", "a steal": a noun sense of two verbs, untagged for both
        "steal n 1 0 1 0 00000030",
        "dozen n 1 0 1 1 00000040",  # a quantity (noun.quantity, lexicographer file 23)
        "score n 1 0 1 1 00000040",
    ]) + "\n", encoding="utf-8")
    (folder / "data.noun").write_text(HEADER + "00000001 07 n 02 facet 0 aspect 0 000 | a side of a thing\n"
                                      "00000040 23 n 02 dozen 0 score 0 000 | a made-up quantity\n", encoding="utf-8")
    (folder / "index.verb").write_text(HEADER + "hold v 1 0 1 1 00000010\nkeep v 1 0 1 1 00000010\n"
                                       "buy v 1 0 1 1 00000031\npurchase v 1 0 1 1 00000031\n"
                                       "steal v 1 0 1 1 00000032\n", encoding="utf-8")
    (folder / "index.adj").write_text(HEADER + "difficult a 1 0 1 1 00000020\ntough a 1 0 1 1 00000021\n",
                                      encoding="utf-8")
    (folder / "index.adv").write_text(HEADER, encoding="utf-8")
    # the satellite 00000021 ("tough") is "similar to" the head 00000020 ("difficult")
    (folder / "data.adj").write_text(HEADER + "00000020 00 a 01 difficult 0 001 & 00000021 s 0000 | not easy\n"
                                     "00000021 00 s 01 tough 0 001 & 00000020 a 0000 | hard to do\n", encoding="utf-8")
    (folder / "verb.exc").write_text("held hold\nbought buy\nstole steal\n", encoding="utf-8")
    return folder


def _lexmodel(path: Path, words: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("N\t10\n" + "".join(f"E\t{build_synonyms.stem(w, 'en')}\t5\t{w}\n" for w in words))
    return path


WORDS = ["facet", "aspect", "scene", "vista", "bank", "slope", "hold", "keep", "held", "difficult", "tough",
         "buy", "bought", "purchase", "steal", "stole", "dozen", "score"]


def test_only_first_senses_synset_members_and_similar_adjectives(tmp_path):
    table = build_synonyms.build(_wordnet(tmp_path / "wn"), _lexmodel(tmp_path / "m.tsv.gz", WORDS), 2)
    of = {k: set(v) for k, v in table.items()}
    stem = lambda w: build_synonyms.stem(w, "en")  # noqa: E731
    assert stem("facet") in of[stem("aspect")] and stem("scene") in of[stem("aspect")]
    assert stem("vista") not in of.get(stem("aspect"), set())  # aspect's third sense, beyond --max-senses 2
    assert stem("slope") not in of.get(stem("bank"), set())  # bank's untagged second sense
    assert stem("tough") in of[stem("difficult")]  # "similar to"
    assert stem("keep") in of[stem("held")] and stem("held") in of[stem("keep")]  # an irregular form, both ways
    assert all(a in of[b] for a, bs in of.items() for b in bs)  # symmetric


def test_an_untagged_part_of_speech_of_a_word_tagged_in_another_gives_no_synonym(tmp_path):
    """"buy" and "steal" share only an untagged noun sense ("it was a steal"), while both are tagged as verbs:
    the noun is a rare use of each, and taking it would hide "bought" for "volé". An irregular verb form
    ("bought") joins its lemma's verb synonyms only."""
    table = build_synonyms.build(_wordnet(tmp_path / "wn"), _lexmodel(tmp_path / "m.tsv.gz", WORDS), 2)
    of = {k: set(v) for k, v in table.items()}
    stem = lambda w: build_synonyms.stem(w, "en")  # noqa: E731
    for word in ("buy", "bought"):
        assert not {stem("steal"), stem("stole")} & of.get(stem(word), set())
    assert stem("purchase") in of[stem("buy")] and stem("purchase") in of[stem("bought")]


def test_quantities_and_times_are_never_synonyms(tmp_path):
    """A number, a unit or a time must be rendered exactly: "a dozen" is not "a score", "thirty seconds" not
    "thirty minutes" (WordNet joins "second" and "minute" in a sense "a short while")."""
    table = build_synonyms.build(_wordnet(tmp_path / "wn"), _lexmodel(tmp_path / "m.tsv.gz", WORDS), 2)
    stem = lambda w: build_synonyms.stem(w, "en")  # noqa: E731
    assert stem("score") not in table.get(stem("dozen"), set())
    assert stem("aspect") in table[stem("facet")]  # a noun of another file is kept


def test_a_word_folding_into_a_negation_gives_the_negation_no_synonyms(tmp_path):
    """The stemmer folds "note" and "noted" into "not": their synonyms ("remark", "observe") would become the
    negation's, and "remarked" would stand for "not". Such a word is left out; its synonyms keep each other."""
    wordnet = _wordnet(tmp_path / "wn")
    with open(wordnet / "index.verb", "a", encoding="utf-8") as f:
        f.write("note v 1 0 1 1 00000060\nremark v 1 0 1 1 00000060\nobserve v 1 0 1 1 00000060\n")
    with open(wordnet / "verb.exc", "a", encoding="utf-8") as f:
        f.write("noted note\n")  # not irregular in WordNet; here to try the irregular-form path too
    words = WORDS + ["note", "noted", "not", "remark", "observe"]
    table = build_synonyms.build(wordnet, _lexmodel(tmp_path / "m.tsv.gz", words), 2)
    stem = lambda w: build_synonyms.stem(w, "en")  # noqa: E731
    assert stem("noted") == stem("not")  # the fold this guards against
    assert stem("not") not in table and all(stem("not") not in v for v in table.values())
    assert stem("observe") in table[stem("remark")]
    assert build_synonyms.folds_into_negation("noted") and not build_synonyms.folds_into_negation("not")
    assert not build_synonyms.folds_into_negation("knot")


def test_words_the_lexical_model_lacks_are_left_out(tmp_path):
    table = build_synonyms.build(_wordnet(tmp_path / "wn"), _lexmodel(tmp_path / "m.tsv.gz", ["facet", "hold"]), 2)
    assert not table  # neither has a synonym the model knows


def test_the_script_writes_the_table_and_refuses_a_missing_wordnet(tmp_path):
    out = tmp_path / "syn.tsv.gz"
    args = [sys.executable, str(BENCH / "build_synonyms.py"), "--lexmodel", str(_lexmodel(tmp_path / "m.tsv.gz", WORDS)),
            "--out", str(out)]
    run = subprocess.run(args + ["--wordnet", str(_wordnet(tmp_path / "wn"))], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    lines = gzip.open(out, "rt", encoding="utf-8").read().splitlines()
    assert lines[0].startswith("#") and any(line.startswith(build_synonyms.stem("facet", "en") + "\t") for line in lines)
    run = subprocess.run(args + ["--wordnet", str(tmp_path / "none")], capture_output=True, text=True)
    assert run.returncode == 2 and "Traceback" not in run.stderr and "no WordNet" in run.stderr


def test_the_wordnet_licence_is_reproduced_in_full_next_to_the_table():
    """WordNet's licence lets the table be distributed only with its notice and statements, the disclaimer
    included, on every copy: SOURCES.md carries them word for word (the header of WordNet's index files)."""
    text = (BENCH.parent / "mtqa" / "data" / "lexmodel" / "SOURCES.md").read_text(encoding="utf-8")
    sources = " ".join(" ".join(line.strip().lstrip(">") for line in text.splitlines()).split())  # quoted lines
    for statement in (
        "Permission to use, copy, modify and distribute this software and database and its documentation for any "
        "purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following "
        "copyright notice and statements, including the disclaimer",
        "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
        "BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF "
        "MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE",
        "The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to "
        "distribution of the software and/or database. Title to copyright in this software, database and any "
        "associated documentation shall at all times remain with Princeton University and LICENSEE agrees to "
        "preserve same.",
    ):
        assert " ".join(statement.split()) in sources, statement[:60]
