"""Recall of French name forms an MT could copy, on human translations never used by the other name benchmarks.

Usage: ``.venv/bin/python bench/names_copy.py [--data DIR] [--years 2008,2009,...] [--tag T]``

``bench/recall.py`` (Potet) and ``bench/recall_wmt.py`` (WMT12-14 systems)
count only the French forms real systems happened to copy, so both see few
distinct names. This script asks the wider question on the newstest sources
and human references of 2008-2011 and 2015 (``newstest-fren-2008-2015``;
2012-2014 are left to ``recall_wmt.py``, and 2014 is its held-out year): for
every source name the reference writes differently in a similar-looking
form (the ``name-form`` oracle of ``recall.py`` with the source itself as the
candidate: Moscou beside Moscow, Zaouahiri beside Zawahiri), it builds the
translation an MT would give by copying the name, i.e. the reference with
that English form replaced by the source form, runs mtqa over those
documents, and counts the copies a name flag (T1/T2, or F2/A2 as
``recall.py`` counts them) covers.

Calibration: 2008-2011 (their misses may be read to design rules); held out:
2015 (news discussions; its misses are not read). Misses go to
``bench/out/names_copy[.TAG].misses.tsv`` (year, line, French form, English
form, codes of the flags on the line, source, synthetic translation).
"""
from __future__ import annotations

import argparse
import collections
import csv
import difflib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import recall  # noqa: E402

from mtqa.langs import fold  # noqa: E402

FILES = {"2008": "news-test2008", "2009": "newstest2009", "syscomb2009": "newssyscomb2009",
         "2010": "newstest2010", "2011": "newstest2011", "2015": "newsdiscusstest2015"}
CALIBRATION = ("2008", "2009", "syscomb2009", "2010", "2011")
BLOCK = 20
"""Lines per document (the files carry no document ids; ``bench/wmt_flags.py`` cuts them the same way)."""


def copies(src: str, ref: str) -> list[tuple[str, str]]:
    """(French form, English form) pairs: source names the reference writes in a similar, different form."""
    out = []
    pe_caps = [w for _, _, w in recall.capitalised(ref)]
    for _, _, w in recall.oracle_name_form(src, src, ref):
        similar = [p for p in pe_caps if p != w and fold(p) != fold(w)]
        if similar:
            best = max(similar, key=lambda p: difflib.SequenceMatcher(None, fold(w), fold(p)).ratio())
            out.append((w, best))
    return out


def synthetic(ref: str, pairs: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The reference with each English form (first occurrence) replaced by its French form, and the spans."""
    text, spans = ref, []
    for fr, en in pairs:
        for s, e, w in recall.capitalised(text):
            if w == en:
                text = text[:s] + fr + text[e:]
                spans = [(a + (len(fr) - len(en) if a > s else 0), b + (len(fr) - len(en) if a > s else 0), f, g)
                         for a, b, f, g in spans]
                spans.append((s, s + len(fr), fr, en))
                break
    return text, spans


def run_year(data: Path, year: str, tag: str, config) -> list[tuple]:
    stem = data / "newstest-fren-2008-2015" / FILES[year]
    src, ref = recall.read_lines(stem.with_suffix(".fr")), recall.read_lines(stem.with_suffix(".en"))
    mt, spans = [], []
    for s, r in zip(src, ref):
        text, found = synthetic(r, copies(s, r))
        mt.append(text)
        spans.append(found)
    docs = [i // BLOCK for i in range(len(src))]
    flags = recall.flags_of(recall.write_jsonl(f"names_copy{year}", src, mt, docs, tag), recall.Context(config))
    rows = []
    for i, found in enumerate(spans):
        for a, b, fr, en in found:
            by = sorted({f[0] for f in flags.get(i, []) if f[0].startswith(recall.CLASSES["name-form"])
                         and recall.covers(f, (a, b))})
            rows.append((year, i + 1, fr, en, " ".join(by), src[i], mt[i]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--years", default=",".join(FILES), type=recall.listed(FILES))
    ap.add_argument("--tag", default="")
    args = ap.parse_args()
    t0 = time.perf_counter()
    data = recall.potet_dir(args.data).parent
    config = recall.Config()
    rows = []
    for year in args.years:
        rows += run_year(data, year, args.tag, config)
        print(f"{year}: {time.perf_counter() - t0:.0f} s", flush=True)
    views = collections.OrderedDict((y, [y]) for y in dict.fromkeys(r[0] for r in rows))
    views["calibration"] = [y for y in views if y in CALIBRATION]
    views["held-out"] = [y for y in views if y not in CALIBRATION and y != "calibration"]
    print(f"\nCopied French name forms flagged (calibration: {', '.join(CALIBRATION)})")
    for view, years in views.items():
        mine = [r for r in rows if r[0] in years]
        caught = sum(1 for r in mine if r[4])
        kinds = len({r[2] for r in mine})
        print(f"{view:12s} {caught:5d}/{len(mine):5d} {caught / max(len(mine), 1):5.2f}   ({kinds} distinct forms)")
    recall.OUT.mkdir(parents=True, exist_ok=True)
    tag = "." + args.tag if args.tag else ""
    with open(recall.OUT / f"names_copy{tag}.misses.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["year", "line", "french", "english", "flags", "src", "mt"])
        w.writerows(r for r in rows if not r[4])
    print(f"total {time.perf_counter() - t0:.0f} s; misses in {recall.OUT}/names_copy{tag}.misses.tsv")


if __name__ == "__main__":
    main()
