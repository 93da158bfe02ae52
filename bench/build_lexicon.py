"""Build mtqa's French->English lexical model (mtqa/data/lexmodel/fr-en.tsv.gz) reproducibly.

Inputs (outside the repository, see ../shared/data/*/SOURCE.md and the Debian package):

* parallel news: newstest 2008-2013 sources and human references
  (``newstest-fren-2008-2015``: news-test2008, newssyscomb2009, newstest2009 ...
  newstest2013) and the Potet corpus's French sources with their human
  post-edits (``potet-fren-postedit/src.fr`` + ``pe.en``). newstest2014,
  newsdiscusstest2015 and every MT output are left out: WMT14 is held out for
  evaluation and MT output is not a translation to learn from;
* FreeDict French-English (Debian ``dict-freedict-fra-eng``,
  ``/usr/share/dictd/freedict-fra-eng.dict.dz``), read directly.

Method: both sides are tokenized and stemmed with :mod:`mtqa.meaning.tokens`
(the same code the aligner runs), word-aligned in both directions with
eflomal (Östling & Tiedemann 2016, a Bayesian IBM-model aligner with HMM
distortion and fertility, ``pip install eflomal``), and every link counts
half per direction, so links both directions agree on count 1. Translation
probabilities are relative link frequencies, p(e|f) = c(f,e)/c(f) and
p(f|e) = c(f,e)/c(e); pairs seen fewer than ``--min-count`` times are
dropped unless FreeDict lists them or
they are seen once (both directions agreeing) with both probabilities >= ``--mutual-prob``. FreeDict entries (single-word headwords;
content words of multi-word glosses) are added with a dictionary flag. Stem
frequencies of both sides are kept for word weights.

Output: a gzip TSV, one record per line:
``T fr en count p(e|f) p(f|e) dict`` | ``F fr count spelling`` | ``E en count spelling`` | ``N pairs``.

Usage: .venv/bin/python bench/build_lexicon.py [--data DIR] [--out PATH] [--min-count 2]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtqa.meaning.tokens import tokens  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "mtqa" / "data" / "lexmodel" / "fr-en.tsv.gz"
FREEDICT = Path("/usr/share/dictd/freedict-fra-eng.dict.dz")
TRAIN_SETS = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011",
              "newstest2012", "newstest2013")


def read_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


POTET = {"fr": "src.fr", "en": "pe.en"}
"""Potet's files of each side: the French sources and their human post-edits."""


def training_files(data: Path, side: str, leave_out: frozenset[str] = frozenset()) -> list[Path]:
    """The files of one side (``fr`` or ``en``) of the training sentences, in :func:`corpus`'s order: the newstest
    sets of :data:`TRAIN_SETS` (less ``leave_out``), then Potet's. The one list of them: the builders and counters
    that read one side (``bench/valency_counts.py``: the English) ask here."""
    folder = data / "newstest-fren-2008-2015"
    return [folder / f"{stem}.{side}" for stem in TRAIN_SETS if stem not in leave_out] + \
        [data / "potet-fren-postedit" / POTET[side]]


def corpus(data: Path, leave_out: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """The (French, English) training sentences; ``leave_out`` names newstest sets to skip (a diagnostic model)."""
    pairs = []
    for fr, en in zip(training_files(data, "fr", leave_out), training_files(data, "en", leave_out)):
        pairs += zip(read_lines(fr), read_lines(en))
    return [(f, e) for f, e in pairs if f.strip() and e.strip()]


def freedict(path: Path) -> list[tuple[str, list[str]]]:
    """(headword, English glosses) from the dictd text: a headword line, then gloss lines."""
    import gzip as gz

    text = gz.open(path, "rt", encoding="utf-8").read()
    entries = []
    head_re = re.compile(r"^(?P<head>[^/<]+?)\s*(?:/[^/]*/)?\s*(?:<[^>]*>)?\s*$")
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        if not line or line.startswith((" ", "\t", "00")) or "/" not in line:
            continue
        m = head_re.match(line)
        gloss = lines[i + 1].strip()
        if not m or not gloss or "/" in gloss:
            continue
        entries.append((m.group("head").strip(), [g.strip() for g in re.split(r"[,;]", gloss) if g.strip()]))
    return entries


def aligned(pairs: list[tuple[str, str]]) -> tuple[list[list[str]], list[list[str]], list[str], list[str]]:
    """The stems of both sides of the sentence pairs that have words on both, with eflomal's forward and reverse
    links (``i-j`` per line), kept in ``bench/out/lexicon`` and reused while the stemmed text is unchanged: the
    lexicon and the sense table (``bench/build_senses.py``) read the same alignment."""
    src = [[t.stem for t in tokens(f, "fr")] for f, _ in pairs]
    tgt = [[t.stem for t in tokens(e, "en")] for _, e in pairs]
    keep = [i for i in range(len(pairs)) if src[i] and tgt[i]]
    src, tgt = [src[i] for i in keep], [tgt[i] for i in keep]
    print(f"{len(src)} sentence pairs", file=sys.stderr)
    work = ROOT / "bench" / "out" / "lexicon"
    work.mkdir(parents=True, exist_ok=True)
    fwd, rev, text = work / "links.fwd", work / "links.rev", work / "corpus.txt"
    joined = "\n".join(" ".join(s) + " ||| " + " ".join(t) for s, t in zip(src, tgt))
    if not (fwd.exists() and rev.exists() and text.exists() and text.read_text("utf-8") == joined):
        from eflomal import Aligner

        Aligner().align([" ".join(s) for s in src], [" ".join(t) for t in tgt],
                        links_filename_fwd=str(fwd), links_filename_rev=str(rev), quiet=True)
        text.write_text(joined, "utf-8")
    return src, tgt, read_lines(fwd), read_lines(rev)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-count", type=float, default=2.0)
    ap.add_argument("--min-prob", type=float, default=0.01)
    ap.add_argument("--max-per-word", type=int, default=12)
    ap.add_argument("--mutual-prob", type=float, default=0.2,
                    help="keep a pair seen once when both p(e|f) and p(f|e) reach this")
    ap.add_argument("--leave-out", default="",
                    help="comma-separated newstest sets to leave out of training (a diagnostic model, with --out; "
                         "e.g. newstest2012,newstest2013 for a lexicon that has not read WMT12/13's references)")
    args = ap.parse_args()
    leave_out = frozenset(s for s in args.leave_out.split(",") if s)
    problem = None
    if leave_out - set(TRAIN_SETS):
        problem = f"--leave-out: not a training set: {', '.join(sorted(leave_out - set(TRAIN_SETS)))}"
    elif leave_out and Path(args.out).resolve() == OUT.resolve():
        problem = f"--leave-out builds a diagnostic lexicon: give --out PATH (it would replace the shipped {OUT.name})"
    if problem:
        print(f"build_lexicon: {problem}", file=sys.stderr)
        sys.exit(2)
    t0 = time.perf_counter()
    pairs = corpus(Path(args.data), leave_out)
    src, tgt, links_f, links_r = aligned(pairs)
    print(f"aligned in {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    pair_count: collections.Counter = collections.Counter()
    fr_count: collections.Counter = collections.Counter()
    en_count: collections.Counter = collections.Counter()
    spelling: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    src_spelling: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for fr, e in pairs:
        for tok in tokens(e, "en"):
            if tok.stem != tok.lower:
                spelling[tok.stem][tok.lower] += 1
        for tok in tokens(fr, "fr"):
            if tok.stem != tok.lower:
                src_spelling[tok.stem][tok.lower] += 1
    for s, t, lf, lr in zip(src, tgt, links_f, links_r):
        fr_count.update(s)
        en_count.update(t)
        for links in (lf, lr):
            for link in links.split():
                i, j = link.split("-")
                pair_count[s[int(i)], t[int(j)]] += 0.5

    dictionary = set()
    for head, glosses in freedict(FREEDICT):
        ftoks = tokens(head, "fr")
        if len(ftoks) != 1:
            continue
        for gloss in glosses:
            etoks = [t.stem for t in tokens(gloss, "en") if len(t.lower) > 2]
            if len(etoks) == 1 or (etoks and len(etoks) <= 3):
                for e in etoks:
                    dictionary.add((ftoks[0].stem, e))

    def wanted(word: str) -> bool:
        return len(word) > 1 and not word[0].isdigit()

    by_fr: dict[str, list] = collections.defaultdict(list)
    for (f, e), c in pair_count.items():
        if not (wanted(f) and wanted(e)):
            continue
        in_dict = (f, e) in dictionary
        pef, pfe = c / fr_count[f], c / en_count[e]
        rare_but_mutual = c >= 1 and min(pef, pfe) >= args.mutual_prob
        if (c >= args.min_count and max(pef, pfe) >= args.min_prob) or rare_but_mutual or in_dict:
            by_fr[f].append((e, c, pef, pfe, in_dict))
    for f, e in dictionary:
        if not any(x[0] == e for x in by_fr.get(f, ())):
            by_fr[f].append((e, 0.0, 0.0, 0.0, True))

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    entries = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"N\t{len(src)}\n")
        for word, c in sorted(fr_count.items()):
            if c >= 2 and wanted(word):
                form = src_spelling[word].most_common(1)[0][0] if src_spelling.get(word) else word
                f.write(f"F\t{word}\t{c}\t{form}\n")
        for word, c in sorted(en_count.items()):
            if c >= 2 and wanted(word):
                form = spelling[word].most_common(1)[0][0] if spelling.get(word) else word
                f.write(f"E\t{word}\t{c}\t{form}\n")
        for fr in sorted(by_fr):
            cands = sorted(by_fr[fr], key=lambda x: (-x[2], x[0]))  # most probable first (the loader relies on it)
            ranked = [x for x in cands if x[1] > 0][: args.max_per_word] + [x for x in cands if x[1] == 0]
            for e, c, pef, pfe, in_dict in ranked:
                f.write(f"T\t{fr}\t{e}\t{c:g}\t{pef:.4f}\t{pfe:.4f}\t{int(in_dict)}\n")
                entries += 1
    print(f"{entries} translation entries for {len(by_fr)} French stems, {len(dictionary)} from FreeDict; "
          f"{out.stat().st_size / 1e6:.2f} MB -> {out} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
