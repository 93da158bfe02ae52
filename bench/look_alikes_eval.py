"""What A506 (look-alike-in-frame) finds on WMT data, by itself: a reading aid for its thresholds.

Usage: ``.venv/bin/python bench/look_alikes_eval.py [--data DIR] [--wmt14 JSONL] [--show N]``

Reads the newstest French sources and human references 2008-2015 (every hit there is a false alarm unless read and
judged otherwise; the table was learned on 2008-2013 and Potet, so 2014 and 2015 are out of sample), every WMT12
and WMT13 system output, and with ``--wmt14`` (the 24k pairs' JSONL: id, doc, source, target) the read half of
WMT14 (:func:`recall_wmt.half_of`). Prints the hits per reference year and the system hits, each with its line.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from mtqa.checks.false_friends import look_alikes_in_frame  # noqa: E402

REFS = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011", "newstest2012",
        "newstest2013", "newstest2014", "newsdiscusstest2015")


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def hits(src: str, mt: str) -> list[tuple]:
    return [(w, frame, t, word, round(share, 2), round(usual, 2))
            for _, _, t, w, frame, word, share, usual in look_alikes_in_frame(src, mt, "fr", "en")]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT / ".." / "shared" / "data"))
    ap.add_argument("--wmt14", default="")
    ap.add_argument("--show", type=int, default=40, help="print this many system hits of each set")
    args = ap.parse_args()
    data = Path(args.data)
    news = data / "newstest-fren-2008-2015"
    if not news.is_dir():
        sys.exit(f"no {news}")
    for name in REFS:
        src, ref = lines(news / f"{name}.fr"), lines(news / f"{name}.en")
        found = [(i, h) for i, (s, e) in enumerate(zip(src, ref)) for h in hits(s, e)]
        print(f"reference {name}: {len(found)} in {len(src)} lines ({100 * len(found) / len(src):.2f}/100)")
        for i, h in found:
            print(f"  {name}:{i + 1}", *h, ref[i], sep="\t")
    sets = []
    for year in ("2012", "2013"):
        folder = data / f"wmt{year[2:]}-fren"
        src = lines(folder / f"newstest{year}.fr-en.src.fr")
        sets.append((f"WMT{year[2:]}", [(p.name, i, s, mt) for p in sorted((folder / "systems").glob("*.en"))
                                         for i, (s, mt) in enumerate(zip(src, lines(p)))]))
    if args.wmt14:
        from recall_wmt import half_of

        rows = [json.loads(x) for x in lines(Path(args.wmt14))]
        sets.append(("WMT14r", [("wmt14", r["id"], r["source"], r["target"]) for r in rows
                                if half_of(r["doc"].split("/", 1)[-1]) == "r"]))
    for name, items in sets:
        counts: collections.Counter = collections.Counter()
        shown = 0
        for sysname, i, s, mt in items:
            for h in hits(s, mt):
                counts[h[:4]] += 1
                if shown < args.show:
                    shown += 1
                    print(f"  {name} {sysname}:{i + 1}", *h, mt, sep="\t")
        print(f"{name}: {sum(counts.values())} hits in {len(items)} lines, {len(counts)} distinct")
        for key, n in counts.most_common(30):
            print(f"  {n}", *key, sep="\t")


if __name__ == "__main__":
    main()
