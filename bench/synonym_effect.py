"""What the English thesaurus (``synonyms`` option) does to the meaning checks' flags, per WMT year.

For WMT12, WMT13 and WMT14, every system of the year is judged as ``mtqa compare``
judges it (A609/A610, every other system a peer, clones apart) and every system is
checked alone for A603 (likely mistranslation, a preview check), each twice: with the
checks' ``synonyms`` option off (the lexical model alone) and on (a close synonym of one
of the model's translations of the source word is a rendering). Prints the counts per
check and writes every flag of either run to ``bench/out/synonyms.TAG.YEAR.tsv`` with
its status (``removed``: only without the thesaurus; ``remaining``: in both; ``added``:
only with it), the source, the translation and the human reference, for reading. The
thesaurus's effect on ranking is measured by ``bench/meaning.py`` and
``bench/compare_human.py`` (the shipped default is on).

``--synonym-window N`` runs A609/A610 with their ``synonym_window`` option (a synonym counts only within N
words of where the source word belongs; 0, the shipped default, anywhere in the translation).

Usage: .venv/bin/python bench/synonym_effect.py [--data DIR] [--years 12,13,14] [--tag T] [--synonym-window N]
       [--sample N --seed S]
"""
from __future__ import annotations

import argparse
import collections
import csv
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from meaning import DEFAULT_DATA, read_lines, write_jsonl, year_files, year_list  # noqa: E402

OUT = ROOT / "bench" / "out"


def cross_flags(files: dict, synonyms: bool, synonym_window: int = 0) -> set[tuple]:
    """(line, system, code, source word, stand-in, renderings, source token) of A609/A610 over all systems of a year
    (``synonym_window``: the checks' option, 0 = a synonym anywhere in the translation)."""
    from mtqa.checks.cross_system import CrossSystemMistranslation, CrossSystemOmission
    from mtqa.scoring.consensus import clones, source_key

    checks = [CrossSystemOmission(synonyms=synonyms, synonym_window=synonym_window),
              CrossSystemMistranslation(synonyms=synonyms, synonym_window=synonym_window)]
    src = read_lines(files["src"])
    outputs = {n: read_lines(p) for n, p in files["systems"].items()}
    by_key: dict[str, list] = collections.defaultdict(list)
    lines: dict[str, list[int]] = collections.defaultdict(list)
    first: dict[str, str] = {}
    for n, out in outputs.items():
        for line, (s, t) in enumerate(zip(src, out), 1):
            by_key[source_key(s)].append((n, t))
            lines[source_key(s)].append(line)
            first.setdefault(source_key(s), s)
    apart = clones(by_key)
    found = set()
    for key, entries in by_key.items():
        for check in checks:
            for f in check.judge(first[key], entries, "fr", "en", apart):
                found.add((lines[key][f.entry], entries[f.entry][0], check.code, f.word, f.stand_in or "",
                           "/".join(f.shown[:3]), f.token))
    return found


def a603_flags(files: dict, tmp: Path) -> dict[bool, set[tuple]]:
    """{synonyms: (line, system, code, message, flagged text, suggestion, start)} of A603 over every system alone."""
    from mtqa.api import run
    from mtqa.checks.meaning.senses import LikelyMistranslation
    from mtqa.config import Config
    from mtqa.context import Context
    from mtqa.readers.jsonl import read_jsonl

    ctx = Context(Config(select=("A603",), preview=True))
    variants = {False: LikelyMistranslation(synonyms=False), True: LikelyMistranslation(synonyms=True)}
    src = read_lines(files["src"])
    found: dict[bool, set[tuple]] = {False: set(), True: set()}
    for name, path in files["systems"].items():
        jsonl = tmp / f"synonyms.{os.getpid()}.{name}.jsonl"
        write_jsonl(jsonl, src, read_lines(path), files["docs"])
        try:
            for result in run(read_jsonl(str(jsonl), source_lang="fr", target_lang="en"), ctx):
                segments = {s.index: s for s in result.pair.target.segments}
                for on, check in variants.items():
                    for issue in check.check(result.pair, ctx):
                        seg = segments[issue.segment]
                        found[on].add((seg.line, name, "A603", issue.message, seg.text[issue.start:issue.end],
                                       issue.suggestion or "", issue.start))
        finally:
            jsonl.unlink()
    return found


def _words(text: str) -> int:
    """A count of words, 0 or more (a usage error otherwise)."""
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"a count of words (0 or more), not {text!r}")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--years", default="12,13,14", type=year_list)
    ap.add_argument("--tag", default="syn")
    ap.add_argument("--no-a603", action="store_true", help="only the cross-system checks")
    ap.add_argument("--sample", type=int, default=0, metavar="N",
                    help="print N random removed and N random remaining flags (every code) of the last year, for reading")
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--synonym-window", type=_words, default=0, metavar="N",
                    help="A609/A610's synonym_window: a synonym counts within N words only (0: anywhere, the default)")
    args = ap.parse_args()
    data = Path(args.data)
    OUT.mkdir(parents=True, exist_ok=True)
    print("| year | check | without thesaurus | with | removed | added |")
    print("|---|---|---|---|---|---|")
    for year in args.years:
        files = year_files(data, year)
        t0 = time.process_time()
        flags = {on: cross_flags(files, on, args.synonym_window) for on in (False, True)}
        if not args.no_a603:
            for on, found in a603_flags(files, OUT).items():
                flags[on] |= found
        src, ref = read_lines(files["src"]), read_lines(files["ref"])
        outputs = {n: read_lines(p) for n, p in files["systems"].items()}
        rows = []
        for status, group in (("removed", flags[False] - flags[True]), ("remaining", flags[False] & flags[True]),
                              ("added", flags[True] - flags[False])):
            for f in sorted(group):
                line, system = f[0], f[1]
                rows.append((status, *f[:6], src[line - 1], outputs[system][line - 1], ref[line - 1]))
        path = OUT / f"synonyms.{args.tag}.{year}.tsv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            out = csv.writer(fh, delimiter="\t")
            out.writerow(["status", "line", "system", "code", "word", "stand_in", "expected", "source",
                          "translation", "reference"])
            out.writerows(rows)
        for code in ("A609", "A610", "A603"):
            before = sum(1 for f in flags[False] if f[2] == code)
            after = sum(1 for f in flags[True] if f[2] == code)
            gone = sum(1 for r in rows if r[0] == "removed" and r[3] == code)
            new = sum(1 for r in rows if r[0] == "added" and r[3] == code)
            print(f"| WMT{year} | {code} | {before} | {after} | {gone} | {new} |")
        print(f"WMT{year}: {time.process_time() - t0:.0f} CPU s, flags in {path}", file=sys.stderr)
    if args.sample:
        rng = random.Random(args.seed)
        for status in ("removed", "remaining"):
            pool = [r for r in rows if r[0] == status]
            print(f"\n## {status} flags, WMT{args.years[-1]}: {min(args.sample, len(pool))} of {len(pool)} "
                  f"(seed {args.seed})")
            for k, r in enumerate(rng.sample(pool, min(args.sample, len(pool))), 1):
                print(f"{k}. {r[1]} {r[2]} {r[3]}: {r[4]!r} -> {r[5]!r} (expected: {r[6]})\n   SRC {r[7]}\n"
                      f"   MT  {r[8]}\n   REF {r[9]}")


if __name__ == "__main__":
    main()
