"""Where do rare look-alikes (A509) fire: human references against systems, per threshold.

Usage: ``.venv/bin/python bench/rare_look_alikes.py [--max-zipf 2.0] [--gap 1.5] [--show 40] [--data DIR]``

Reads what :func:`mtqa.checks.false_friends.rare_look_alikes` finds on the newstest references 2008-2013 (the design
years; a human translator's look-alike is a false alarm unless read and judged a defect of the reference) and on the
WMT12/13 systems and WMT14's read half (bench/false_friend_candidates.py's lines), per 100 lines, and prints the
(source word, look-alike) pairs of each side, most frequent first, to read. Reporting years are not read.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import false_friend_candidates as fc  # noqa: E402
from mtqa.checks.false_friends import rare_look_alikes  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-zipf", type=float, default=2.0)
    ap.add_argument("--gap", type=float, default=1.5)
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--data", default=str(ROOT / ".." / "shared" / "data"))
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "newstest-fren-2008-2015").is_dir():
        sys.exit(f"no WMT data under {data}")
    for side, rows in (("ref", fc.references(data)), ("sys", fc.systems(data))):
        lines, pairs, first = 0, collections.Counter(), {}
        for rid, s, t in rows:
            lines += 1
            for _, _, trap, word, suggestion in rare_look_alikes(s, t, "fr", "en", args.max_zipf, args.gap):
                pairs[word, trap] += 1
                first.setdefault((word, trap), (rid, suggestion))
        total = sum(pairs.values())
        print(f"{side}: {lines} lines, {total} flags, {100 * total / max(lines, 1):.2f} per 100")
        for (word, trap), n in pairs.most_common(args.show if side == "sys" else None):
            rid, suggestion = first[word, trap]
            print(f"    {side} {n:3} « {word} » -> {trap!r}  ({rid}; suggests {suggestion or '-'})")


if __name__ == "__main__":
    main()
