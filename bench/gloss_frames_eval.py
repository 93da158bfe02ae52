"""Measure A630 (gloss-out-of-frame) alone: its flags on the articles (gold rows covered, false alarms, flags on
the clean translations), on the newstest references 2008-2015 (flags/100 per year) and on system output (WMT12,
WMT13 and the read half of WMT14), each flag written to ``bench/out/gloss_frames.<TAG>.<what>.tsv`` to be read.

Usage: .venv/bin/python bench/gloss_frames_eval.py [articles|refs|systems ...] [--tag T] [--select CODES]
"""
from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

OUT = ROOT / "bench" / "out"
DATA = ROOT.parent / "shared" / "data"
WMT14 = Path("/work/notes/data/wmt14.systems8.jsonl")
REF_YEARS = (("2008", "news-test2008"), ("syscomb2009", "newssyscomb2009"), ("2009", "newstest2009"),
             ("2010", "newstest2010"), ("2011", "newstest2011"), ("2012", "newstest2012"),
             ("2013", "newstest2013"), ("2014", "newstest2014"), ("2015", "newsdiscusstest2015"))


def _ctx(select):
    from mtqa.config import Config
    from mtqa.context import Context

    return Context(Config(preview=True, select=tuple(select)))


def _issues(ctx, target: str, source: str, doc: str):
    from mtqa.api import check_texts

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return check_texts(target, source=source, ctx=ctx, doc_id=doc).issues


def _pairs_checked(ctx, pairs, doc: str):
    """Issues of line-aligned (source, target) pairs, checked as one document of lines."""
    src = "\n".join(s.replace("\n", " ") for s, _ in pairs)
    tgt = "\n".join(t.replace("\n", " ") for _, t in pairs)
    return _issues(ctx, tgt, src, doc)


def articles(ctx, tag: str) -> None:
    from articles import articles as folders, assign, read_gold

    rows, clean_flags = [], 0
    covered = {}
    for f in folders([ROOT / "bench" / "articles"]):
        source = (f / "source.fr.txt").read_text(encoding="utf-8")
        target = (f / "target.en.txt").read_text(encoding="utf-8")
        split, gold = read_gold(f, target.split("\n"))
        issues = _issues(ctx, target, source, f.name)
        hit = assign(issues, gold)
        owners = {id(i): k for k, got in hit.items() for i in got}
        for i in issues:
            k = owners.get(id(i))
            fam = gold[k]["family"] if k is not None else "FALSE"
            covered.setdefault((split, fam), 0)
            covered[split, fam] += 1
            rows.append((split, f.name, i.line, i.code, i.text, i.suggestion or "", fam, i.message))
        clean = f / "clean.en.txt"
        if clean.exists():
            for i in _issues(ctx, clean.read_text(encoding="utf-8"), source, f.name + "/clean"):
                clean_flags += 1
                rows.append((split, f.name + "/clean", i.line, i.code, i.text, i.suggestion or "", "CLEAN", i.message))
    for key in sorted(covered):
        print("articles", *key, covered[key])
    print("articles clean flags", clean_flags)
    _write(tag, "articles", rows)


def refs(ctx, tag: str) -> None:
    from build_lexicon import read_lines

    rows = []
    for year, name in REF_YEARS:
        folder = DATA / "newstest-fren-2008-2015"
        src, ref = folder / f"{name}.fr", folder / f"{name}.en"
        if not src.exists():
            print("refs", year, "absent")
            continue
        pairs = list(zip(read_lines(src), read_lines(ref)))
        issues = _pairs_checked(ctx, pairs, name)
        for i in issues:
            rows.append((year, i.line, i.code, i.text, i.suggestion or "", pairs[i.line - 1][0], pairs[i.line - 1][1],
                         i.message))
        print(f"refs {year}: {len(issues)} flags on {len(pairs)} lines, {100 * len(issues) / len(pairs):.2f}/100")
    _write(tag, "refs", rows)


def systems(ctx, tag: str) -> None:
    from build_lexicon import read_lines
    from recall_wmt import half_of

    rows = []
    for year in ("12", "13"):
        folder = DATA / f"wmt{year}-fren"
        if not folder.exists():
            continue
        src = read_lines(folder / f"newstest20{year}.fr-en.src.fr")
        for p in sorted((folder / "systems").glob("*.en")):
            pairs = list(zip(src, read_lines(p)))
            issues = _pairs_checked(ctx, pairs, p.name)
            for i in issues:
                rows.append((f"wmt{year}", p.name, i.line, i.code, i.text, i.suggestion or "", pairs[i.line - 1][0],
                             pairs[i.line - 1][1], i.message))
            print(f"systems wmt{year} {p.name}: {len(issues)} flags on {len(pairs)}")
    if WMT14.exists():
        by_sys: dict = {}
        for line in WMT14.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            by_sys.setdefault(r["doc"].split("/")[0], []).append(r)
        total = read = 0
        for name, recs in sorted(by_sys.items()):
            pairs = [(r["source"], r["target"]) for r in recs]
            issues = _pairs_checked(ctx, pairs, name)
            total += len(issues)
            for i in issues:
                r = recs[i.line - 1]
                half = half_of(r["doc"].split("/", 1)[1])
                read += half == "r"
                rows.append((f"wmt14{half}", name, i.line, i.code, i.text, i.suggestion or "", r["source"],
                             r["target"], i.message))
        print(f"systems wmt14: {total} flags on {sum(len(v) for v in by_sys.values())} ({read} on the read half)")
    _write(tag, "systems", rows)


def _write(tag: str, what: str, rows: list) -> None:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"gloss_frames.{tag}.{what}.tsv"
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in r) + "\n")
    print(f"{len(rows)} rows -> {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", nargs="*", default=["articles", "refs", "systems"])
    ap.add_argument("--tag", default="run")
    ap.add_argument("--select", default="A630")
    args = ap.parse_args()
    ctx = _ctx(args.select.split(","))
    for what in args.what:
        {"articles": articles, "refs": refs, "systems": systems}[what](ctx, args.tag)


if __name__ == "__main__":
    main()
