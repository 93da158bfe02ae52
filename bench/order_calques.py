"""Build and measure A503 (word-order-calque): French word order copied into English word pairs.

Usage (from the repository root):

* ``.venv/bin/python bench/order_calques.py build`` writes ``mtqa/data/lexmodel/word_order.fr-en.tsv.gz``
  from the human references of newstest 2008-2013 in ``../shared/data`` (deterministic given its inputs);
* ``.venv/bin/python bench/order_calques.py hits --pairs SRC.fr TGT.en [--label L] [--out TSV]``: A503's
  reading on a file pair, one row per hit (label, line, reading, French unit, English span, suggestion,
  same/reversed counts, sentence), and the hits per 100 segments;
* ``.venv/bin/python bench/order_calques.py articles``: the same on ``bench/articles/*`` (target and clean).

What the table holds (counts only, no sentence): for each French unit of a reference's source (two adjacent
content words, or ``X de [article] Y``; :func:`mtqa.checks.word_order.source_units`), whether the reference
renders its two words (their usual renderings in the lexical model) in the same order (``a b``, ``a of
[the] b``) or reversed (``b a``); the same summed by the unit's first and by its second word; and the
English side's word pairs and ``a of b`` phrases, kept when they or their reversal were seen at least
twice (the only counts the check's test can read). Why the references: they are what human news
translators write for the same French structures, which no list of phrases written from a few articles
can say.
"""
from __future__ import annotations

import argparse
import collections
import csv
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtqa.checks.word_order import TARGET_MIN, order_calques, source_renderings, source_units, target_of  # noqa: E402
from mtqa.meaning.align import function_stems  # noqa: E402
from mtqa.meaning.tokens import tokens  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
NEWS = DATA / "newstest-fren-2008-2015"
TRAIN_YEARS = ("2008", "sc2009", "2009", "2010", "2011", "2012", "2013")
"""The references the table is built from; 2014 and 2015 are held out (the honest measure)."""
OUT = ROOT / "mtqa" / "data" / "lexmodel" / "word_order.fr-en.tsv.gz"
LANGS = ("fr", "en")
OF, ARTICLE = target_of(LANGS[1])  # "of", "the": the target language profile's, as the check reads them


def news_pair(year: str) -> tuple[Path, Path]:
    stem = "news-test2008" if year == "2008" else ("newssyscomb2009" if year == "sc2009" else f"newstest{year}")
    return NEWS / f"{stem}.fr", NEWS / f"{stem}.en"


def unit_counts(years) -> tuple[collections.Counter, collections.Counter]:
    """(same order, reversed) counts of each French unit over the references of ``years``."""
    fsrc, _ = function_stems(*LANGS)
    same: collections.Counter = collections.Counter()
    rev: collections.Counter = collections.Counter()
    for year in years:
        fr, en = news_pair(year)
        for s, t in zip(fr.read_text(encoding="utf-8").splitlines(), en.read_text(encoding="utf-8").splitlines()):
            st, tt = tokens(s, "fr"), tokens(t, "en")
            pos: dict[str, list[int]] = collections.defaultdict(list)
            for j, tok in enumerate(tt):
                pos[tok.stem].append(j)
            for key, i, k in source_units(st, s, fsrc, "fr"):
                jx = {j for r in source_renderings(LANGS, st[i].stem) for j in pos.get(r, ())}
                jy = {j for r in source_renderings(LANGS, st[k].stem) for j in pos.get(r, ())}
                if not jx or not jy:
                    continue
                if key.startswith("order"):
                    kept = any(j + 1 in jy for j in jx)
                else:
                    kept = any(tt[j + 1].lower == OF and (j + 2 in jy or j + 3 in jy and tt[j + 2].lower == ARTICLE)
                               for j in jx if j + 1 < len(tt))
                if kept:
                    same[key] += 1
                elif any(j - 1 in jy for j in jx):
                    rev[key] += 1
    return same, rev


def english_counts(years) -> collections.Counter:
    """Lower-case word pairs and "a of b" (with "a of the b") of the references' English, within stretches
    without punctuation."""
    c: collections.Counter = collections.Counter()
    for year in years:
        _, en = news_pair(year)
        for line in en.read_text(encoding="utf-8").splitlines():
            for chunk in re.split(r"[^\w\s']+", line.lower()):
                ws = chunk.split()
                for k in range(len(ws) - 1):
                    c[f"{ws[k]} {ws[k + 1]}"] += 1
                    if ws[k + 1] == OF and k + 2 < len(ws):
                        c[f"{ws[k]} {OF} {ws[k + 2]}"] += 1
                        if ws[k + 2] == ARTICLE and k + 3 < len(ws):
                            c[f"{ws[k]} {OF} {ws[k + 3]}"] += 1
    return c


def build(out: Path) -> None:
    same, rev = unit_counts(TRAIN_YEARS)
    rows = []
    by_word: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for key in set(same) | set(rev):
        kind, x, y = key.split()
        s, r = same[key], rev[key]
        for k in (f"{kind} {x} *", f"{kind} * {y}"):
            by_word[k][0] += s
            by_word[k][1] += r
        if s + r >= 2:  # a unit seen once decides nothing (the check reads its second word's counts)
            rows.append(("unit", key, s, r))
    rows.extend(("unit", k, s, r) for k, (s, r) in by_word.items())
    eng = english_counts(TRAIN_YEARS)
    for phrase, n in eng.items():
        ws = phrase.split()
        reverse = eng.get(f"{ws[-1]} {ws[0]}", 0)
        if reverse >= TARGET_MIN or (len(ws) == 2 and n >= TARGET_MIN):
            rows.append(("target", phrase, n))
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(out, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as gz:
        gz.write("".join("\t".join(map(str, r)) + "\n" for r in rows).encode("utf-8"))  # same bytes every build
    print(f"{out}: {sum(r[0] == 'unit' for r in rows)} unit rows, {sum(r[0] == 'target' for r in rows)} target rows")


def hits(src_lines, tgt_lines, label) -> list[tuple]:
    rows = []
    for n, (s, t) in enumerate(zip(src_lines, tgt_lines), 1):
        for c in order_calques(s, t, LANGS):
            rows.append((label, n, c.kind, c.source, t[c.start:c.end], c.suggestion, f"{c.same}/{c.reversed}{' by word' if c.by_word else ''}", t))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("build", "hits", "articles"))
    ap.add_argument("--pairs", nargs=2)
    ap.add_argument("--label", default="")
    ap.add_argument("--out")
    args = ap.parse_args()
    if args.mode == "build":
        build(Path(args.out) if args.out else OUT)
        return
    if args.mode == "hits":
        fr, en = (Path(p).read_text(encoding="utf-8").splitlines() for p in args.pairs)
        rows = hits(fr, en, args.label)
        print(f"{args.label}\tsegments {len(fr)}\thits {len(rows)}\tper100 {100 * len(rows) / max(1, len(fr)):.2f}")
    else:
        rows = []
        for folder in sorted((ROOT / "bench" / "articles").iterdir()):
            src = (folder / "source.fr.txt").read_text(encoding="utf-8").splitlines()
            for kind in ("target.en.txt", "clean.en.txt"):
                if (folder / kind).exists():
                    tgt = (folder / kind).read_text(encoding="utf-8").splitlines()
                    rows += hits(src, tgt, f"{folder.name}/{kind}")
        print(f"articles hits {len(rows)}")
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows)
    else:
        for r in rows:
            print("\t".join(map(str, r)))


if __name__ == "__main__":
    main()
