"""Source names a WMT system lost, judged by the reference and the other systems (calibration years only).

Usage: ``.venv/bin/python bench/names_lost.py [--data DIR] [--years 2012,2013,2014r] [--tag T]``

``bench/recall_wmt.py``'s name-altered oracle counts a lost name only where the output has a new unknown
capitalised word or a dictionary translation of it in the line. This listing is wider, to find what mtqa misses
and group it by mechanism: a capitalised source name (not opening the segment, or unknown to the French
dictionary) that the reference writes letter for letter, and that the system's output does not write nor
spells alike (``difflib`` ratio >= 0.6, accents and case folded). Each such loss is put in one group by what the
output writes instead:

- ``translated``: a dictionary translation of the name (``Pierre`` -> stone);
- ``new-name``: a capitalised word mid-sentence that neither the source nor the reference has and that is not
  a common English word (Canacintra -> "Aroq");
- ``new-word``: a capitalised common word neither the source nor the reference has (Renoir -> "Reblack" would be
  new-name; Thurn -> "Mail-coaches" capitalised would be new-word);
- ``dropped``: none of those.

Each row also says how many other systems of the year keep the name (write it or a look-alike) and whether
mtqa flagged the line with a name, meaning or omission family (``T1``, ``T2``, ``A5``, ``A6``). The rows go to
``bench/out/names_lost[.TAG].tsv``; the report prints the counts per group, caught or not. Only the calibration
years are accepted: WMT12, WMT13 and WMT14's read half (``2014r``, ``recall_wmt.half_of``).
"""
from __future__ import annotations

import argparse
import collections
import csv
import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import recall  # noqa: E402
import recall_wmt  # noqa: E402

YEARS = ("2012", "2013", "2014r")
CAUGHT_BY = ("T1", "T2", "A5", "A6")
SIMILAR = 0.6


def _similar(name: str, words: list[str]) -> bool:
    f = recall.fold(name)
    return any(difflib.SequenceMatcher(None, f, recall.fold(w)).ratio() >= SIMILAR for w in words)


def lost_names(src: str, mt: str, ref: str) -> list[tuple[str, str, str]]:
    """(name, group, what stands instead) for each source name the reference keeps and ``mt`` lost."""
    ref_caps = {w for _, _, w in recall.capitalised(ref)}
    mt_words = [w for _, _, w in recall.words(mt)]
    mt_low = {w.lower() for w in mt_words}
    src_low = {w.lower() for _, _, w in recall.words(src)}
    ref_low = {w.lower() for _, _, w in recall.words(ref)}
    out, seen = [], set()
    for s, _, w in recall.capitalised(src):
        if w in seen or w not in ref_caps or (s == 0 and recall.in_dictionary(w.lower(), "fr")):
            continue
        seen.add(w)
        if w.lower() in mt_low or _similar(w, mt_words):
            continue
        translations = {t.lower() for t in recall.english_of(w.lower()) if " " not in t} & mt_low
        new = [c for cs, _, c in recall.capitalised(mt) if cs > 0 and c.lower() not in src_low
               and c.lower() not in ref_low]
        if translations:
            out.append((w, "translated", " ".join(sorted(translations))))
        elif [c for c in new if not recall.is_common_word(c.lower())]:
            out.append((w, "new-name", " ".join(c for c in new if not recall.is_common_word(c.lower()))))
        elif new:
            out.append((w, "new-word", " ".join(new)))
        else:
            out.append((w, "dropped", ""))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--years", default=",".join(YEARS), type=recall.listed(YEARS))
    ap.add_argument("--tag", default="")
    args = ap.parse_args()
    data = recall.potet_dir(args.data).parent
    ctx = recall.Context(recall.Config())
    rows = []
    for key in args.years:
        year = key[:4]
        folder = data / f"wmt{year[2:]}-fren"
        if not folder.is_dir():
            print(f"{folder}: missing, year {key} skipped", file=sys.stderr)
            continue
        src, ref, docids, docs = recall_wmt.read_year(folder, year)
        keep = [key == year or year + recall_wmt.half_of(d) == key for d in docids]
        outputs = {}
        for name, path in recall_wmt.systems(folder, year):
            mt = recall.read_lines(path)
            if len(mt) != len(src):
                print(f"{key} {name}: {len(mt)} lines for {len(src)} source lines, skipped", file=sys.stderr)
                continue
            outputs[name] = mt
        for name, mt in outputs.items():
            flags = recall.flags_of(recall.write_jsonl(f"lost{year}.{name}", src, mt, docs, args.tag), ctx)
            for i in (i for i in range(len(src)) if keep[i]):
                for w, group, instead in lost_names(src[i], mt[i], ref[i]):
                    others = sum(1 for n, o in outputs.items() if n != name
                                 and (w.lower() in o[i].lower() or _similar(w, [x for _, _, x in recall.words(o[i])])))
                    codes = sorted({f[0] for f in flags.get(i, ()) if f[0].startswith(CAUGHT_BY)})
                    rows.append((key, name, i + 1, w, group, instead, others, len(outputs) - 1, " ".join(codes),
                                 mt[i], ref[i], src[i]))
        print(f"{key}: {len(outputs)} systems", flush=True)
    recall.OUT.mkdir(parents=True, exist_ok=True)
    tag = "." + args.tag if args.tag else ""
    with open(recall.OUT / f"names_lost{tag}.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["year", "system", "line", "name", "group", "instead", "others_keep", "others", "flags",
                    "mt", "ref", "src"])
        w.writerows(rows)
    count = collections.Counter((r[4], bool(r[8])) for r in rows)
    print(f"\n{'group':12s} {'caught':>7s} {'missed':>7s}")
    for g in ("translated", "new-name", "new-word", "dropped"):
        print(f"{g:12s} {count[g, True]:7d} {count[g, False]:7d}")


if __name__ == "__main__":
    main()
