"""Build the senses of rare English words (mtqa/data/lexmodel/rare_senses.en.tsv.gz) from WordNet, for A509.

A509 (rare-look-alike) flags a rare English word that copies a French one. Some such words are the English word
for the same thing, if formal ("convoke" a synod, "communiques", "the brain hallucinates"); others are the rare
variant of a commoner English word of the same stem ("traumatism" for trauma, "exportations" for exports). This
table gives A509 both facts for each rare word WordNet knows:

* its *sense neighbours*: the members of each of its synsets and of the synsets one hypernym up, kept only when
  the lexical model has the stem on its English side (a neighbour the model never gives as a rendering can match
  nothing). A509 reads the word as meaning what the source word means when one of the model's (or FreeDict's)
  renderings of the source word is among them ("convoke": "summon", a hypernym, renders « convoquer »);
* its *sibling*: a synonym in one of its synsets that shares its first ``--prefix`` letters, is no longer and is
  ``--gap`` Zipf or more more frequent ("export" for "exportation", "thermal" for "thermic"): the everyday form
  of the same word, which makes the rare one a slip whatever the sense. A spelling variant (one letter changed:
  "internationalize" beside "internationalise") is no sibling.

Only words under ``--max-zipf`` (above A509's own bar of 2, so a change of that bar keeps its rows) and of one
word are kept. Keyed by the stems of :mod:`mtqa.meaning.tokens`, as A509 reads its words. Deterministic given
WordNet 3.0 (Debian ``wordnet-base``), wordfreq's English list and the lexical model; the run time never reads
WordNet.

Usage: ``.venv/bin/python bench/build_rare_senses.py [--wordnet /usr/share/wordnet] [--out PATH]``
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_synonyms import english_stems  # noqa: E402
from mtqa.langs import language  # noqa: E402
from mtqa.meaning.tokens import stem  # noqa: E402

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "rare_senses.en.tsv.gz"
LEXMODEL = ROOT / "mtqa" / "data" / "lexmodel" / "fr-en.tsv.gz"
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
FILE_OF = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
NEIGHBOUR_POINTERS = {"@", "@i"}
"""Hypernym and instance hypernym. Derivations ("+": "hydrogenate" -> hydrogen, "arbitrate" -> arbiter) and "similar
to" ("&") were tried and left out: on the WMT12/13 systems they quieted a verb written for a noun ("the
hydrogenates", "the arbitrates") and rare variants ("preparative")."""


def read_synsets(wordnet: Path) -> dict[tuple[str, str], tuple[list[str], list[tuple[str, str, str, str]]]]:
    """(pos file, offset) -> (member words lower-cased, pointers (symbol, offset, pos, source/target))."""
    out = {}
    for name in POS:
        with open(wordnet / f"data.{name}", encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                rec = line.split(" | ")[0].split()
                offset, n = rec[0], int(rec[3], 16)
                words = [rec[4 + 2 * i].lower() for i in range(n)]
                i = 4 + 2 * n
                pointers = [tuple(rec[i + 1 + 4 * j: i + 5 + 4 * j]) for j in range(int(rec[i]))]
                out[name, offset] = (words, pointers)
    return out


def read_index(wordnet: Path) -> dict[str, list[tuple[str, str]]]:
    """lemma -> its synsets (pos file, offset), most frequent sense first."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in POS:
        with open(wordnet / f"index.{name}", encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                rec = line.split()
                n_senses, n_ptr = int(rec[2]), int(rec[3])
                offsets = rec[6 + n_ptr: 6 + n_ptr + n_senses]
                out[rec[0]].extend((name, o) for o in offsets)
    return out


def neighbours(lemma: str, synsets, index) -> set[str]:
    """The words of ``lemma``'s synsets and of the synsets its neighbour pointers reach (a lexical pointer: only
    the word it names)."""
    found: set[str] = set()
    for key in index.get(lemma, ()):
        words, pointers = synsets[key]
        found.update(words)
        me = words.index(lemma) + 1 if lemma in words else 0
        for symbol, offset, pos, st in pointers:
            if symbol not in NEIGHBOUR_POINTERS:
                continue
            source, target = int(st[:2], 16), int(st[2:], 16)
            if source and source != me:
                continue  # a pointer of another member of the synset
            other = synsets.get((FILE_OF[pos], offset))
            if other is None:
                continue
            found.update([other[0][target - 1]] if target else other[0])
    found.discard(lemma)
    return {w for w in found if "_" not in w and "-" not in w}


def sibling(lemma: str, synsets, index, prefix: int, gap: float, en) -> str:
    """A synonym of ``lemma`` with its first ``prefix`` letters, no longer, ``gap`` Zipf or more more frequent, and
    not a spelling of it (one letter changed: "internationalize" for "internationalise")."""
    best, best_z = "", en.zipf(lemma) + gap
    for key in index.get(lemma, ()):
        for w in synsets[key][0]:
            if "_" in w or len(w) > len(lemma) or w[:prefix] != lemma[:prefix] or _one_letter_changed(w, lemma):
                continue
            z = en.zipf(w)
            if z >= best_z:
                best, best_z = w, z
    return best


def _one_letter_changed(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def build(wordnet: Path, lexmodel: Path, max_zipf: float, prefix: int, gap: float) -> dict[str, tuple[set[str], str]]:
    """Stem of a rare word -> (its neighbours' stems the model knows, its sibling)."""
    en = language("en")
    known = english_stems(lexmodel)
    synsets, index = read_synsets(wordnet), read_index(wordnet)
    table: dict[str, tuple[set[str], str]] = {}
    for lemma in sorted(index):
        if not lemma.isalpha() or not lemma.islower() or en.zipf(lemma) >= max_zipf:
            continue
        key = stem(lemma, "en")
        near = {stem(w, "en") for w in neighbours(lemma, synsets, index)} & known
        near.discard(key)
        sib = sibling(lemma, synsets, index, prefix, gap, en)
        if not near and not sib:
            continue
        old_near, old_sib = table.get(key, (set(), ""))
        table[key] = (old_near | near, old_sib or sib)
    return table


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--max-zipf", type=float, default=3.0)
    ap.add_argument("--prefix", type=int, default=5)
    ap.add_argument("--gap", type=float, default=1.0)
    args = ap.parse_args()
    wordnet = Path(args.wordnet)
    if not (wordnet / "data.noun").is_file():
        sys.exit(f"no WordNet under {wordnet} (apt-get install wordnet-base)")
    table = build(wordnet, LEXMODEL, args.max_zipf, args.prefix, args.gap)
    out = Path(args.out)
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(f"# Rare English words' sense neighbours and siblings from WordNet 3.0 (bench/build_rare_senses.py "
                 f"--max-zipf {args.max_zipf} --prefix {args.prefix} --gap {args.gap}): "
                 f"stem<TAB>neighbour stems<TAB>sibling\n".encode())
        for key in sorted(table):
            near, sib = table[key]
            gz.write(f"{key}\t{' '.join(sorted(near))}\t{sib}\n".encode())
    siblings = sum(1 for _, s in table.values() if s)
    print(f"{len(table)} stems ({siblings} with a sibling), {out.stat().st_size:,} bytes -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
