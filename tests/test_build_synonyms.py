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
    ]) + "\n", encoding="utf-8")
    (folder / "index.verb").write_text(HEADER + "hold v 1 0 1 1 00000010\nkeep v 1 0 1 1 00000010\n",
                                       encoding="utf-8")
    (folder / "index.adj").write_text(HEADER + "difficult a 1 0 1 1 00000020\ntough a 1 0 1 1 00000021\n",
                                      encoding="utf-8")
    (folder / "index.adv").write_text(HEADER, encoding="utf-8")
    # the satellite 00000021 ("tough") is "similar to" the head 00000020 ("difficult")
    (folder / "data.adj").write_text(HEADER + "00000020 00 a 01 difficult 0 001 & 00000021 s 0000 | not easy\n"
                                     "00000021 00 s 01 tough 0 001 & 00000020 a 0000 | hard to do\n", encoding="utf-8")
    (folder / "verb.exc").write_text("held hold\n", encoding="utf-8")
    return folder


def _lexmodel(path: Path, words: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("N\t10\n" + "".join(f"E\t{build_synonyms.stem(w, 'en')}\t5\t{w}\n" for w in words))
    return path


WORDS = ["facet", "aspect", "scene", "vista", "bank", "slope", "hold", "keep", "held", "difficult", "tough"]


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
