"""Calibration: flags per 100 segments per check on WMT14 reference vs systems.

Usage: .venv/bin/python bench/wmt_flags.py [--select A,L1] [--systems reference,rbmt1] [--tag T]
       .venv/bin/python bench/wmt_flags.py --newstest [--years 2008,2013] [--tag T]

Runs mtqa over the human reference and the 8 systems of newstest2014 fr-en
(3,003 segments each, with sources), prints one row per check with flags
per 100 segments for each, and writes every flag to bench/out/flags[.TAG].<name>.tsv
so they can be read and judged. The human reference should draw almost none.

With ``--newstest`` it runs instead over the human reference of every newstest
year 2008-2015 (../shared/data/newstest-fren-2008-2015) and prints flags per 100
segments per year, overall and per check family, then per code. Those files
carry no document ids: 2012-2014 take theirs from the wmt12/13/14 copies (same
sentences); the other years are cut into blocks of BLOCK consecutive lines (the
usual length of a newstest document), so the first line of each block is read
as a headline. Flags go to bench/out/flags[.TAG].newstestYEAR.tsv.

``--judged bench/judged.tsv`` adds, per year, the estimated false alarms per
100 segments from the hand-judged sample (see bench/judged.py), lists the
judged flags that are gone and the flags the sample does not cover (new since
the draw, or a code never judged on that year), the label counts per code, and
the held-out check: false alarms observed in the held-out draw against the
number the estimate predicted, and the held-out false share (Wilson 95 %).
``--draw-judged FILE`` writes a fresh stratified sample of this run's flags to
FILE, to be read and labelled. With ``--heldout N --judged J`` it writes instead
N flags J has never labelled (a held-out draw, ``--seed``), with their texts, to
read; ``--merge-judged FILE --judged J`` then copies the labels read into J
(reason suffix ``(held-out SEED)``), and the ``--judged`` report scores each
held-out draw against the estimate from the labels read before it.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
import time
from pathlib import Path

import judged
from wmt14 import OUT, data_dir, systems, write_jsonl

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.api import run
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers.jsonl import read_jsonl


def evaluate(name: str, path, config: Config, tag: str = ""):
    ctx = Context(config)
    counts: collections.Counter = collections.Counter()
    serious = 0
    segments = 0
    t0 = time.perf_counter()
    with open(OUT / f"flags.{tag + '.' if tag else ''}{name}.tsv", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t")
        out.writerow(["line", "code", "severity", "text", "suggestion", "message", "target", "source"])
        for result in run(read_jsonl(str(path), source_lang="fr", target_lang="en"), ctx):
            segments += len(result.pair.target.segments)
            for issue in result.issues:
                counts[issue.code] += 1
                serious += issue.severity.value != "minor"
                seg = result.pair.target.segments[issue.segment]
                src = result.pair.sources_of(issue.segment)
                out.writerow([issue.line, issue.code, issue.severity.value, issue.text, issue.suggestion or "",
                              issue.message, seg.text, src[0].text if src else ""])
    elapsed = time.perf_counter() - t0
    return counts, serious, segments, elapsed, ctx.stats


NEWSTEST = {"2008": "news-test2008", "2009": "newstest2009", "syscomb2009": "newssyscomb2009",
            "2010": "newstest2010", "2011": "newstest2011", "2012": "newstest2012", "2013": "newstest2013",
            "2014": "newstest2014", "2015": "newsdiscusstest2015"}
BLOCK = 20


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def newstest_jsonl(data: Path, year: str, tag: str) -> Path:
    """One JSON-lines file for a year's human reference, with document ids (real where known)."""
    if year in ("2012", "2013", "2014"):  # the wmt copies carry doc ids (2014 in the systems' line order)
        folder = data / f"wmt{year[2:]}-fren"
        src = _lines(folder / f"newstest{year}.fr-en.src.fr")
        ref = _lines(folder / f"newstest{year}.fr-en.ref.en")
        with open(folder / f"newstest{year}.fr-en.docs.tsv", encoding="utf-8") as f:
            docs = [row["docid"] for row in csv.DictReader(f, delimiter="\t")]
    else:
        stem = data / "newstest-fren-2008-2015" / NEWSTEST[year]
        src, ref = _lines(stem.with_suffix(".fr")), _lines(stem.with_suffix(".en"))
        docs = [f"block{i // BLOCK}" for i in range(len(src))]
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"newstest{year}{'.' + tag if tag else ''}.ref.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, (s, t) in enumerate(zip(src, ref)):
            f.write(json.dumps({"id": i + 1, "doc": docs[i], "source": s, "target": t}, ensure_ascii=False) + "\n")
    return path


HELD_OUT = frozenset({"newstest2015"})
"""Sets kept out of sight while rules are designed (README's measuring rule): their figures are printed, their
rows only on request."""


def newstest(data: Path, years: list[str], config: Config, tag: str) -> dict:
    table = {}
    for year in years:
        counts, serious, segments, elapsed, _ = evaluate(f"newstest{year}", newstest_jsonl(data, year, tag), config, tag)
        table[year] = (counts, segments)
        print(f"newstest{year:12s} {segments:5d} segs  flags/100 {100 * sum(counts.values()) / segments:5.2f}"
              f"  major+critical/100 {100 * serious / segments:5.2f}  ({elapsed:.0f} s)", flush=True)
    for title, key in (("family", lambda c: c[:2]), ("code", lambda c: c)):
        keys = sorted({key(c) for counts, _ in table.values() for c in counts})
        print(f"\nflags per 100 segments by {title}")
        print(f"{title:7s} " + " ".join(f"{y[-4:] if y[0] == '2' else 'sc09':>6s}" for y in table))
        for k in keys:
            print(f"{k:7s} " + " ".join(
                f"{100 * sum(v for c, v in counts.items() if key(c) == k) / segs:6.2f}" for counts, segs in table.values()))
        print(f"{'all':7s} " + " ".join(f"{100 * sum(counts.values()) / segs:6.2f}" for counts, segs in table.values()))
    return table


def _set_flags(years, tag: str) -> dict[str, list[dict]]:
    return {f"newstest{y}": judged.read_flags(OUT / f"flags.{tag + '.' if tag else ''}newstest{y}.tsv") for y in years}


def judged_report(path: Path, table: dict, tag: str, show_held_out: bool = False) -> None:
    """Raw and estimated-false flags per 100 segments per year, from the judged sample in PATH.

    The rows of a held-out set (``HELD_OUT``) are counted, not printed: whoever tails this report while tuning a
    rule would otherwise read the very lines the measuring rule keeps out of sight."""
    try:
        labels, population = judged.load(path)
    except (OSError, ValueError) as exc:
        sys.exit(f"wmt_flags: {exc}")
    flags = _set_flags(table, tag)
    report = judged.estimate(flags, {f"newstest{y}": segs for y, (_, segs) in table.items()}, labels, population)
    print(f"\njudged sample {path} ({len(labels)} labelled flags)")
    print(f"{'set':22s} {'segs':>5s} {'flags':>5s} {'judged':>6s} {'raw/100':>8s} {'false/100':>9s}  95 % interval")
    for name, r in report.items():
        print(f"{name:22s} {r['segments']:5d} {r['flags']:5d} {r['judged']:6d} {r['raw']:8.2f} {r['false']:9.2f}"
              f"  [{r['low']:.2f}, {r['high']:.2f}]")
    counts = judged.label_counts(labels)
    print("\nlabels per code: " + "  ".join(
        f"{code} " + "/".join(str(c[label]) for label in judged.LABELS) for code, c in sorted(counts.items()))
        + "   (defect/pair/false)")
    for seed in judged.heldout_draws(labels):
        _heldout_report(flags, table, labels, population, seed)
    _combined_report(flags, table, labels)
    for name, r in report.items():
        if name in HELD_OUT and not show_held_out:
            rows = len(r["gone"]) + len(r["new"]) + sum(1 for row in r["unjudged_strata"] if row not in r["new"])
            print(f"{name}: {rows} row(s) gone since the draw or without a label, not printed (held out; "
                  f"--show-held-out prints them)")
            continue
        for (_, line, code, span), (label, reason) in r["gone"]:
            print(f"gone since the draw  {name} {line} {code} {span!r}: was {label} ({reason})")
        for row in r["new"]:
            print(f"label missing (new)  {name} {row['line']} {row['code']} {judged.span_key(row['text'])!r}")
        for row in r["unjudged_strata"]:
            if row not in r["new"]:
                print(f"label missing (code not judged on this set)  {name} {row['line']} {row['code']} "
                      f"{judged.span_key(row['text'])!r}")


def _heldout_report(flags, table, labels, population, seed: int) -> None:
    """One held-out draw against the estimate from the labels read before it."""
    held = judged.heldout_check(flags, {f"newstest{y}": segs for y, (_, segs) in table.items()}, labels, population, seed)
    pooled = held.pop("pooled")
    if not pooled["n"]:
        return
    print(f"\nheld-out draw, seed {seed}, against the estimate from the labels read before it")
    print(f"{'set':22s} {'held':>4s} {'false':>5s} {'predicted':>9s} {'raw/100':>8s} {'raw x held-out false share':>27s}")
    for name, h in held.items():
        if h["n"]:
            print(f"{name:22s} {h['n']:4d} {h['false']:5d} {h['predicted']:9.1f} {h['raw']:8.2f} {h['false100']:27.2f}")
    print(f"{'pooled':22s} {pooled['n']:4d} {pooled['false']:5d} {pooled['predicted']:9.1f}   held-out false share "
          f"{pooled['share']:.3f} [{pooled['low']:.3f}, {pooled['high']:.3f}] (Wilson 95 %)")


def _combined_report(flags, table, labels) -> None:
    """Known false alarms plus the latest held-out draw's share (as read) of the never-judged flags."""
    if not judged.heldout_draws(labels):
        return
    c = judged.combined(flags, {f"newstest{y}": segs for y, (_, segs) in table.items()}, labels)
    print(f"\nfalse alarms/100 = (judged false still raised + never-judged x held-out share) / segments; "
          f"held-out draw {c['seed']} as read: {c['false']}/{c['n']} false = {c['share']:.3f} "
          f"[{c['low']:.3f}, {c['high']:.3f}]")
    print(f"{'set':22s} {'flags':>5s} {'known false':>11s} {'never judged':>12s} {'false/100':>9s}  95 % interval")
    for name, r in c["sets"].items():
        print(f"{name:22s} {r['flags']:5d} {r['known_false']:11d} {r['never']:12d} {r['est']:9.2f}"
              f"  [{r['low']:.2f}, {r['high']:.2f}]")


def heldout_sheet(path: Path, judged_path: Path, table: dict, tag: str, n: int, seed: int) -> None:
    """Draw N never-judged flags of this run (also those new since the judged file's run) and write them
    with their texts to PATH, to be read and labelled, then merged with ``--merge-judged``."""
    try:
        labels, population = judged.load(judged_path)
    except (OSError, ValueError) as exc:
        sys.exit(f"wmt_flags: {exc}")
    flags = _set_flags(table, tag)
    keys = judged.draw_heldout(flags, labels, population, n, seed, new=True)
    judged.reading_sheet(path, flags, keys, seed)
    print(f"\nheld-out draw: {len(keys)} never-judged flags (seed {seed}) written to {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--select", default="")
    ap.add_argument("--ignore", default="")
    ap.add_argument("--systems", default="")
    ap.add_argument("--tag", default="", help="prefix for the flags files (bench/out/flags.TAG.NAME.tsv)")
    ap.add_argument("--newstest", action="store_true", help="every newstest human reference 2008-2015 instead")
    ap.add_argument("--years", default="", help="with --newstest: only these (2008,2009,syscomb2009,...,2015)")
    ap.add_argument("--judged", help="with --newstest: judged sample (bench/judged.tsv): estimated false alarms/100")
    ap.add_argument("--draw-judged", help="with --newstest: write a fresh stratified sample of the flags to this file")
    ap.add_argument("--share", type=float, default=0.13, help="with --draw-judged: share drawn in each stratum")
    ap.add_argument("--seed", type=int, default=19, help="with --draw-judged: seed")
    ap.add_argument("--heldout", type=int, default=0, metavar="N",
                    help="with --draw-judged FILE and --judged: FILE gets N never-judged flags with their texts, to read")
    ap.add_argument("--show-held-out", action="store_true",
                    help="with --judged: print the held-out sets' changed rows too (read once, at the end)")
    ap.add_argument("--merge-judged", metavar="SHEET", help="copy the labels of a read held-out sheet into --judged's file")
    args = ap.parse_args()
    if args.merge_judged:
        if not args.judged:
            sys.exit("wmt_flags: --merge-judged needs --judged (the file to merge into)")
        try:
            print(f"merged {judged.merge(Path(args.judged), Path(args.merge_judged))} labels into {args.judged}")
        except (OSError, ValueError) as exc:
            sys.exit(f"wmt_flags: {exc}")
        return
    wmt = data_dir(args.data)
    wanted = [s for s in args.systems.split(",") if s]
    config = Config(select=tuple(c for c in args.select.split(",") if c),
                    ignore=tuple(c for c in args.ignore.split(",") if c))
    if args.newstest:
        table = newstest(wmt.parent, [y for y in (args.years.split(",") if args.years else NEWSTEST) if y], config, args.tag)
        if args.draw_judged and args.heldout:
            if not args.judged:
                sys.exit("wmt_flags: --heldout draws among the flags --judged's file has not labelled: give --judged")
            heldout_sheet(Path(args.draw_judged), Path(args.judged), table, args.tag, args.heldout, args.seed)
        elif args.draw_judged:
            flags = _set_flags(table, args.tag)
            judged.write(Path(args.draw_judged), flags, judged.draw(flags, args.share, args.seed))
        if args.judged:
            judged_report(Path(args.judged), table, args.tag, args.show_held_out)
        return
    table = {}
    for name, target in systems(wmt).items():
        if wanted and name not in wanted:
            continue
        path = write_jsonl(wmt, name, target)
        counts, serious, segments, elapsed, stats = evaluate(name, path, config, args.tag)
        table[name] = (counts, serious, segments)
        print(f"{name:22s} {segments} segs  {segments / elapsed:8.0f} seg/s  "
              f"flags/100 {100 * sum(counts.values()) / segments:6.2f}  major+critical/100 {100 * serious / segments:6.2f}"
              f"  langid share {stats['langid_calls'] / max(segments, 1):.3f}", flush=True)
    codes = sorted({c for counts, _, _ in table.values() for c in counts})
    names = list(table)
    print("\nflags per 100 segments")
    print(f"{'code':6s} " + " ".join(f"{n[:9]:>9s}" for n in names))
    for code in codes:
        print(f"{code:6s} " + " ".join(f"{100 * table[n][0][code] / table[n][2]:9.2f}" for n in names))


if __name__ == "__main__":
    main()
