"""Does machine translation write a false friend, and do translators? Measured before an A501 entry is added.

Usage: ``.venv/bin/python bench/false_friend_candidates.py [--lexicon TOML] [--ids a,b] [--show N] [--data DIR]``

For each entry of ``--lexicon`` (default: ``mtqa/data/false_friends.toml``; a draft file of the same schema reads
candidates before they are added), over the lines whose French source holds the entry's trigger (``source`` and not
``unless_source``):

* the newstest references 2008-2013 (the design years): how many of those lines the entry fires on, the trap
  written by a human translator: a false alarm unless read and judged otherwise, and the evidence of whether
  English uses the cognate in that sense;
* the WMT12 and WMT13 systems and WMT14's read half (:func:`recall_wmt.half_of`): how many system lines it fires on.

An entry whose trap the systems write and the references do not (a rate on the references near zero) is worth
adding; one the references write as often is English, not a false friend. ``--show`` prints that many lines of each
to read and judge. Reporting years (newstest2014/2015, WMT14's other half) are not read.
"""
from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mtqa.langs import false_friend_lexicon as ffl  # noqa: E402

DESIGN_REFS = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011", "newstest2012",
               "newstest2013")


def entries(path: Path, ids):
    """The entries of the TOML file at ``path`` (all, or those of ``ids``), compiled as the lexicon compiles them."""
    raws = [raw for raw in ffl.read_entries(path) if not ids or raw["id"] in ids]
    return ffl.compile_entries(raws)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def references(data: Path):
    news = data / "newstest-fren-2008-2015"
    for name in DESIGN_REFS:
        for i, (s, e) in enumerate(zip(lines(news / f"{name}.fr"), lines(news / f"{name}.en"))):
            yield f"{name}:{i + 1}", s, e


def systems(data: Path):
    import recall_wmt

    for year in ("2012", "2013"):
        folder = data / f"wmt{year[2:]}-fren"
        src = lines(folder / f"newstest{year}.fr-en.src.fr")
        for path in sorted((folder / "systems").glob("*.en")):
            name = path.name.split(".")[2]
            for i, (s, mt) in enumerate(zip(src, lines(path))):
                yield f"wmt{year[2:]}/{name}:{i + 1}", s, mt
    folder = data / "wmt14-fren"
    src = lines(folder / "newstest2014.fr-en.src.fr")
    with open(folder / "newstest2014.fr-en.docs.tsv", encoding="utf-8") as f:
        docids = [row["docid"] for row in csv.DictReader(f, delimiter="\t")]
    for path in sorted((folder / "systems").glob("*.en")):
        name = path.name.split(".")[2]
        for i, (s, mt) in enumerate(zip(src, lines(path))):
            if recall_wmt.half_of(docids[i]) == "r":
                yield f"wmt14r/{name}:{i + 1}", s, mt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lexicon", default=str(ROOT / "mtqa" / "data" / "false_friends.toml"))
    ap.add_argument("--ids", default="", help="comma-separated entry ids (default: every entry)")
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("--data", default=str(ROOT / ".." / "shared" / "data"))
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "newstest-fren-2008-2015").is_dir():
        sys.exit(f"no WMT data under {data}")
    ids = {x for x in args.ids.split(",") if x}
    chosen = list(entries(Path(args.lexicon), ids))
    counts = {e.id: collections.Counter() for e in chosen}
    shown = collections.defaultdict(list)
    for side, rows in (("ref", references(data)), ("sys", systems(data))):
        for rid, s, t in rows:
            for e in chosen:
                if not e.source.search(s) or (e.unless_source and e.unless_source.search(s)):
                    continue
                counts[e.id][side + "_lines"] += 1
                hits = [t[a:b] for a, b, _, _ in e.matches(t, s)]
                if hits:
                    counts[e.id][side] += 1
                    if len(shown[e.id, side]) < args.show:
                        shown[e.id, side].append(f"    {side} {rid}\t{hits[0]}\t{t[:200]}")
    print(f"{'entry':26}{'ref lines':>10}{'ref hits':>9}{'ref %':>7}{'sys lines':>10}{'sys hits':>9}{'sys %':>7}")
    for e in chosen:
        c = counts[e.id]
        rr = 100 * c["ref"] / c["ref_lines"] if c["ref_lines"] else 0
        sr = 100 * c["sys"] / c["sys_lines"] if c["sys_lines"] else 0
        print(f"{e.id:26}{c['ref_lines']:>10}{c['ref']:>9}{rr:>7.1f}{c['sys_lines']:>10}{c['sys']:>9}{sr:>7.1f}")
        for side in ("ref", "sys"):
            for line in shown[e.id, side]:
                print(line)


if __name__ == "__main__":
    main()
