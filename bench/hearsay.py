"""How human translators render the French conditional of hearsay: counts over the newstest references 2008-2013.

Usage: ``.venv/bin/python bench/hearsay.py [--present] [--show N]``

For every French source sentence of newstest 2008-2013 (``../shared/data/newstest-fren-2008-2015``) with a
conditional of hearsay as A622 reads it (:func:`mtqa.langs.hearsay.conditionals`; ``--present``: the present
conditional too, which the shipped profile leaves out), counts what the human reference writes: a hearsay marker
("reportedly", "allegedly", "said to", "according to": ``hearsay_rendering.markers`` of en.toml), "would" and no
marker, or neither (an indicative, a "may have", a rewording). The figures are in README (A622). 2014 and 2015
are held out: not read here. ``--show N`` prints N sentences of each class to read.

``--systems 12,13`` instead runs A622 over the WMT12/13 system outputs (``../shared/data/wmt1Y-fren/systems``), a
sentence at a time, and prints every flag with its source, to be read and judged (the rule's precision); ``14``
reads the read half of WMT14 (``recall_wmt.half_of``), the other half is held out.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILES = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011", "newstest2012",
         "newstest2013")


def main() -> None:
    from mtqa.langs.hearsay import conditionals, marked, source_reading, target_reading
    from mtqa.meaning.tokens import tokens

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--present", action="store_true", help="read the present conditional too")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--systems", default="", help="12,13[,14]: A622's flags on those years' system outputs")
    args = ap.parse_args()
    if args.systems:
        return systems(args.data, args.systems.split(","))
    folder = args.data / "newstest-fren-2008-2015"
    if not folder.is_dir():
        sys.exit(f"no newstest data in {folder}")
    src, tgt = source_reading("fr"), target_reading("en")
    if args.present:
        src = src._replace(present=True)
    counts = collections.Counter()
    shown = collections.defaultdict(list)
    sentences = 0
    for name in FILES:
        fr = (folder / f"{name}.fr").read_text(encoding="utf-8").splitlines()
        en = (folder / f"{name}.en").read_text(encoding="utf-8").splitlines()
        for f, e in zip(fr, en):
            sentences += 1
            found = conditionals(src, f, tokens(f, "fr"))
            if not found:
                continue
            for c in found:
                kind = ("past " if c.past else "present ")
                low = f" {e.lower()} "
                if marked(tgt, e):
                    cls = "marker"
                elif any(f" {w} " in low or f"{w} " in low for w in tgt.conditional):
                    cls = "would"
                else:
                    cls = "other"
                counts[kind + cls] += 1
                counts[kind + "all"] += 1
                if len(shown[kind + cls]) < args.show:
                    shown[kind + cls].append((name, f, e))
    print(f"newstest 2008-2013: {sentences} sentence pairs")
    for kind in ("past", "present"):
        n = counts[f"{kind} all"]
        if not n:
            continue
        print(f"{kind} conditional of hearsay: {n}; the reference writes a marker {counts[kind + ' marker']}, "
              f"'would' and no marker {counts[kind + ' would']}, neither {counts[kind + ' other']}")
    for key, rows in sorted(shown.items()):
        print(f"\n== {key}")
        for name, f, e in rows:
            print(f"[{name}] {f}\n    -> {e}")


def systems(data: Path, years: list) -> None:
    """Every A622 flag on the system outputs of ``years`` (sentences whose source has a conditional of hearsay
    and whose translation has "would": the others cannot be flagged)."""
    import warnings

    from mtqa.api import check_texts
    from mtqa.config import Config
    from mtqa.context import Context
    from mtqa.langs.hearsay import conditionals, source_reading, target_reading
    from mtqa.meaning.tokens import tokens

    src, tgt = source_reading("fr"), target_reading("en")
    ctx = Context(Config(select=("A622",), preview=True))  # A622 is in preview
    total = 0
    for year in years:
        folder = data / f"wmt{year}-fren"
        name = {"12": "newstest2012", "13": "newstest2013", "14": "newstest2014"}[year]
        source = (folder / f"{name}.fr-en.src.fr").read_text(encoding="utf-8").splitlines()
        keep = set(range(len(source)))
        if year == "14":
            import csv

            from bench.recall_wmt import half_of
            with open(folder / f"{name}.fr-en.docs.tsv", encoding="utf-8") as fh:
                keep = {int(r["line"]) - 1 for r in csv.DictReader(fh, delimiter="\t") if half_of(r["docid"]) == "r"}
        wanted = {i for i in keep if conditionals(src, source[i], tokens(source[i], "fr"))}
        for path in sorted((folder / "systems").iterdir()):
            lines = path.read_text(encoding="utf-8").splitlines()
            for i in sorted(wanted):
                if i >= len(lines) or not any(w in lines[i].lower() for w in tgt.conditional):
                    continue
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    issues = check_texts(lines[i], source=source[i], ctx=ctx).issues
                for issue in issues:
                    total += 1
                    print(f"{year}\t{path.name}\t{i + 1}\t{issue.text}\t{issue.suggestion}\t{lines[i]}\t{source[i]}")
        print(f"# wmt{year}: {len(wanted)} sources with a conditional of hearsay", file=sys.stderr)
    print(f"# {total} flags", file=sys.stderr)


if __name__ == "__main__":
    main()
