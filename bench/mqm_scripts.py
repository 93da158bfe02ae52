"""Span-level recall and precision of A207/A208 (foreign-script text) on Google's expert MQM annotations.

Usage: ``.venv/bin/python bench/mqm_scripts.py [--data DIR] [--tag T]``

The Chinese->English files of ``DIR/wmt-mqm`` (see its SOURCE.md: WMT23 general MT, 10 systems, 3 raters
per segment; WMT21 TED talks) hold English MT output whose errors expert raters marked with ``<v>...</v>``
spans and MQM categories. The gold spans are those of the untranslated categories (``Accuracy/Source
language fragment``, ``Non-translation!``, ``Accuracy/Untranslated text``), of any rater. The pair is not
French-English, so only the target side is checked (the English text, tags removed, with no source), with
only A207 and A208 selected: what those checks see of a translation is its letters.

Reported per file: gold spans and how many a flag overlaps (recall), flags and how many overlap a gold span
(precision), the gold spans that hold a letter of a script English is not written in (``script``: all a
script test can see) and how many of those a flag overlaps, the same at segment level, and the flags'
severities. The false alarms and the misses go to
``bench/out/mqm_scripts[.TAG].{false_alarms,misses}.tsv`` to be read. This data is held out: it is never
read to design or tune a rule (the brief of stop 44). Without the data the bench says so and exits 0.
"""
from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
from pathlib import Path

FILES = ("generalMT2023/zhen/sxs_mqm_generalMT2023_zhen.3ratingsPerSegment.no-metadata.tsv",
         "ted/zhen/mqm_ted_zhen.tsv")
GOLD = frozenset({"Accuracy/Source language fragment", "Non-translation!", "Accuracy/Untranslated text"})
CODES = ("A207", "A208")
TAG = re.compile(r"</?v>")


def plain(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with its ``<v>`` tags removed, and the marked spans' offsets in it."""
    out, spans, start, pos = [], [], None, 0
    for m in TAG.finditer(marked):
        out.append(marked[pos:m.start()])
        here = sum(map(len, out))
        if m.group() == "<v>":
            start = here
        elif start is not None:
            spans.append((start, here))
            start = None
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if start is not None:  # an unclosed tag: the span runs to the end
        spans.append((start, len(text)))
    return text, spans


def read(path: Path):
    """{(system, segment key): (text, [gold spans])} of a file; segments with no gold span included."""
    segs: dict[tuple, list] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        head = next(rows)
        col = {name: i for i, name in enumerate(head)}
        seg_col = col.get("globalSegId", col.get("seg_id"))
        skipped = 0
        for row in rows:
            if len(row) < len(head) - (1 if "comment" in col else 0):
                skipped += 1
                continue
            key = (row[col["system"]], row[col["doc"]], row[seg_col])
            text, spans = plain(row[col["target"]])
            entry = segs.setdefault(key, [text, []])
            if row[col["category"]] in GOLD:
                entry[1].extend(spans if spans else [(0, len(text))])
    return segs, skipped


def flags(text: str, ctx) -> list:
    from mtqa.api import check_texts

    return [i for i in check_texts(text, ctx=ctx).issues if i.code in CODES]


def foreign_letter(span: str) -> bool:
    """Whether a gold span holds a letter of a script English is not written in (what A207/A208 can see)."""
    from mtqa.langs import language
    from mtqa.langs.scripts import script_of

    written = language("en").scripts
    return any(script_of(ch) not in written for ch in span if script_of(ch))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1] or a == b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--tag")
    args = ap.parse_args()
    folder = Path(args.data) / "wmt-mqm"
    present = [f for f in FILES if (folder / f).is_file()]
    if not present:
        print(f"bench: no Chinese-English MQM files under {folder}: nothing measured")
        return
    from mtqa.config import Config
    from mtqa.context import Context

    ctx = Context(Config(select=CODES, target_lang="en", source_lang="zh"))
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    suffix = f".{args.tag}" if args.tag else ""
    fa_rows, miss_rows = [], []
    print("held out: never read to design or tune a rule\n")
    print(f"{'file':<16} {'segs':>6} {'gold':>5} {'found':>5} {'recall':>6}  {'script':>6} {'found':>5}  "
          f"{'flags':>5} {'true':>5} "
          f"{'prec':>5}  {'gold segs':>9} {'found':>5} {'flag segs':>9} {'true':>5}  severities")
    for name in present:
        segs, skipped = read(folder / name)
        gold = found = n_flags = true = gold_segs = found_segs = flag_segs = true_segs = 0
        reach = reach_found = 0
        sev = collections.Counter()
        for (system, doc, seg), (text, spans) in segs.items():
            spans = sorted(set(spans))
            issues = flags(text, ctx)
            got = [(i.seg_start, i.seg_end) for i in issues]
            gold += len(spans)
            hit = [s for s in spans if any(overlaps(s, g) for g in got)]
            found += len(hit)
            reachable = [s for s in spans if foreign_letter(text[s[0]:s[1]])]
            reach += len(reachable)
            reach_found += sum(s in hit for s in reachable)
            n_flags += len(got)
            good = [g for g in got if any(overlaps(s, g) for s in spans)]
            true += len(good)
            sev.update(f"{i.code} {i.severity.value}" for i in issues)
            gold_segs += bool(spans)
            found_segs += bool(spans and good)
            flag_segs += bool(got)
            true_segs += bool(got and spans)
            for i in issues:
                if not any(overlaps(s, (i.seg_start, i.seg_end)) for s in spans):
                    fa_rows.append((name.split("/")[0], system, doc, seg, i.code, i.text, text))
            for s in spans:
                if s not in hit:
                    miss_rows.append((name.split("/")[0], system, doc, seg, text[s[0]:s[1]], text))
        label = name.split("/")[0]
        print(f"{label:<16} {len(segs):>6} {gold:>5} {found:>5} {found / max(gold, 1):>6.2f}  {reach:>6} {reach_found:>5}  "
              f"{n_flags:>5} "
              f"{true:>5} {true / max(n_flags, 1):>5.2f}  {gold_segs:>9} {found_segs:>5} {flag_segs:>9} "
              f"{true_segs:>5}  {', '.join(f'{k} {v}' for k, v in sorted(sev.items()))}"
              + (f"  ({skipped} irregular rows skipped)" if skipped else ""))
    for kind, rows in (("false_alarms", fa_rows), ("misses", miss_rows)):
        with (out / f"mqm_scripts{suffix}.{kind}.tsv").open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows)
    print(f"\nfalse alarms: {len(fa_rows)}, misses: {len(miss_rows)} (bench/out/mqm_scripts{suffix}.*.tsv)")


if __name__ == "__main__":
    sys.exit(main())
