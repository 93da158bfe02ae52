"""What A502's lexical reading (mtqa.checks.false_friends.lexical_false_friends) finds on WMT data, by itself.

Usage: ``.venv/bin/python bench/lexical_false_friends.py [--data DIR] [--show N]``

Reads the line-aligned newstest French sources and human references 2008-2014 (every hit there is a false alarm
unless read and judged otherwise; the lexical model was learned on 2008-2013, so 2014 is the held-out one) and
every WMT12 and WMT13 system output. Prints the hits per reference year and on the systems, and the yardstick:
of the lines where A501's table (``data/false_friends.toml``, a one-word trap) fires on a system output, how many
the lexical reading flags on the same word without having read the table. newstest2015 and WMT14 are not read.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mtqa.checks.false_friends import lexical_false_friends  # noqa: E402
from mtqa.langs.false_friend_lexicon import lexicon  # noqa: E402

REFS = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011", "newstest2012",
        "newstest2013", "newstest2014")


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def hits(src: str, mt: str) -> list[tuple[str, str, str, float]]:
    return [(s, t, word, round(p, 2)) for _, _, t, s, word, p in lexical_false_friends(src, mt, "fr", "en")]


def table_traps(src: str, mt: str) -> set[str]:
    out = set()
    for entry in lexicon():
        for start, end, _, _ in entry.matches(mt, src):
            if " " not in mt[start:end]:
                out.add(mt[start:end].lower())
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
    ap.add_argument("--show", type=int, default=0, help="print this many system hits")
    args = ap.parse_args()
    data = Path(args.data)
    news = data / "newstest-fren-2008-2015"
    if not news.is_dir():
        sys.exit(f"no {news}")
    for name in REFS:
        found = [(i, h) for i, (s, e) in enumerate(zip(lines(news / f"{name}.fr"), lines(news / f"{name}.en")))
                 for h in hits(s, e)]
        print(f"reference {name}: {len(found)}")
        for i, h in found:
            print(f"  {name}:{i + 1}", *h, sep="\t")
    counts: collections.Counter = collections.Counter()
    shown = 0
    table_lines = found_by_lexical = 0
    for year in ("2012", "2013"):
        folder = data / f"wmt{year[2:]}-fren"
        src = lines(folder / f"newstest{year}.fr-en.src.fr")
        for path in sorted((folder / "systems").glob("*.en")):
            for i, (s, mt) in enumerate(zip(src, lines(path))):
                found = hits(s, mt)
                for h in found:
                    counts[h[:3]] += 1
                    if shown < args.show:
                        shown += 1
                        print(f"  {path.name}:{i + 1}", *h, mt, sep="\t")
                traps = table_traps(s, mt)
                if traps:
                    table_lines += 1
                    found_by_lexical += bool(traps & {h[1] for h in found})
    print(f"systems WMT12+13: {sum(counts.values())} hits, {len(counts)} distinct (source, target, suggestion)")
    for key, n in counts.most_common(40):
        print(f"  {n}", *key, sep="\t")
    print(f"yardstick: table one-word traps on {table_lines} system lines; lexical reading flags the same word "
          f"on {found_by_lexical}")


if __name__ == "__main__":
    main()
