"""Feed reader benchmark: pairing under reordering/removal, keyless pairing at scale, and throughput.

Usage:
    .venv/bin/python bench/feed_bench.py [--data DIR] [--items 10000] [--pairing-items 400]
        [--scale 2500,5000,10000] [--index auto|whole|indexed] [--variants 0,1,2] [--skip-check]
        [--skip-throughput]

Builds a French source feed and its English machine translation from the
Potet et al. news corpus in ../shared/data (src.fr and the Google MT output,
line-aligned): item k has sentence 3k as its title and sentences 3k+1, 3k+2
as its HTML body; past the corpus end (3,627 items) each pass starts one
sentence later, so items stay distinct. Feeds are written to bench/out/
(gitignored, never committed; created on a fresh clone).

1. Pairing: variants of a small feed pair where the target items were
   shuffled, some removed, and guids/links dropped or changed, checked
   against the ground truth known by construction; wall and CPU seconds of
   reading both feeds and pairing them with the fr-en length model, as
   ``mtqa check`` does (the last row through the item index).
2. Keyless pairing at scale (``--scale``): the same for feeds of 2,500,
   5,000 and 10,000 items with no guid or link, in the same order (1)
   untouched, (2) with 5 % of the items removed and 2 % added, (3) as (2)
   with 5 % of neighbours swapped; each row read and paired in a fresh child
   process, reading (both ``load_feed``) and pairing (``pair_items``) timed
   apart, accuracy = pairs right / pairable items, peak RSS of the child
   (``peak_mb``) and which feeds were read through the item index (feeds
   above ``INDEX_ABOVE`` bytes, as ``mtqa check`` reads them: from about
   8,000 items on; ``--index whole`` or ``indexed`` reads every size one way).
   The modules that reading and pairing import on first use (feedparser,
   defusedxml, the aligner, rapidfuzz) are imported before the clock starts,
   so the smallest size is not charged a constant. The exponents are the
   least-squares slopes of log CPU on log items, for reading, pairing and
   both, and of log peak RSS. Where the rows mix the two readings (``auto``
   across ``INDEX_ABOVE``), reading's and pairing's exponents mean little:
   a feed read through the index extracts its items' summaries and anchors
   as it reads, work that pairing does for a feed read whole, so CPU moves
   from one column to the other at the switch (stop 49's "reading exponent
   1.59" over 2,500-10,000 items was that). The bench then prints the
   exponents of each reading over its own sizes, and read + pair over all
   of them. Then the full
   ``mtqa check`` of the largest keyless pair (variant 2), wall and CPU
   (``--skip-check`` for sizes where it would take long: 100,000 items,
   ``--scale 10000,20000,50000,100000``).
3. Throughput: the real ``mtqa check`` CLI on the guid-keyed ``--items``
   pair in a child process (``--format jsonl`` to /dev/null), reading only
   (parse, pair, build documents) and the full check; items/s from wall
   time, peak memory from the child's own peak (VmHWM, as ``peak_mb``).
   Reading is measured twice: whole (feeds below ``INDEX_ABOVE``) and
   through the item index that feeds above it use (mtqa.readers.feed_index).

Wall seconds mean little on a shared machine: compare CPU seconds.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import subprocess
import sys
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DATA = Path(os.environ.get("MTQA_SHARED_DATA", ROOT.parent / "shared" / "data"))


def corpus(data: Path) -> tuple[list[str], list[str]]:
    folder = data / "potet-fren-postedit"
    fr = (folder / "src.fr").read_text(encoding="utf-8").splitlines()
    en = (folder / "mt-google.en").read_text(encoding="utf-8").splitlines()
    assert len(fr) == len(en), "src.fr and mt-google.en must be line-aligned"
    return fr, en


def items(lines: list[str], n: int) -> list[tuple[str, str]]:
    """``n`` (title, HTML body) items; past the corpus end each new pass starts one sentence later,
    so items stay distinct up to three passes (no two identical articles for pairing to confuse).

    Longer feeds (100k items and more: the corpus holds about 3,600 items a pass) need more than
    that: from the fourth pass on, an item's body sentences are taken further apart (one more
    sentence between them every third pass), and every digit is renamed through a permutation of
    the ten digits drawn for the pass (the same in both languages, so a translation's figures
    still match its source's). Items stay distinct, their figures recur no more often than in the
    first three passes, and their names recur every few thousand items, as in a long news feed."""
    out = []
    per_pass = len(lines) // 3
    for k in range(n):
        shift = k // per_pass
        spread = shift // 3  # 0 in the first three passes: the items of shorter feeds are unchanged
        s = [lines[(3 * k + shift + j * (1 + spread)) % len(lines)].strip() for j in range(3)]
        if spread:
            s = [x.translate(_digits(shift)) for x in s]
        out.append((s[0], f"<p>{s[1]}</p><p>{s[2]}</p>"))
    return out


def _digits(shift: int) -> dict:
    """A translation table renaming the ten digits, drawn for pass ``shift`` (the same every run)."""
    perm = list("0123456789")
    random.Random(shift).shuffle(perm)
    return str.maketrans("0123456789", "".join(perm))


def rss(entries: list[dict], lang: str) -> str:
    parts = ['<?xml version="1.0" encoding="utf-8"?>', '<rss version="2.0">', "<channel>",
             f"<title>Bench {lang}</title><link>https://example.org/{lang}/</link>",
             f"<description>bench</description><language>{lang}</language>"]
    for e in entries:
        parts.append("<item>")
        parts.append(f"<title>{escape(e['title'], quote=False)}</title>")
        if e.get("link"):
            parts.append(f"<link>{e['link']}</link>")
        if e.get("guid"):
            parts.append(f'<guid isPermaLink="false">{e["guid"]}</guid>')
        parts.append(f"<description><![CDATA[{e['body']}]]></description>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts) + "\n"


def feed_pair(fr, en, n, name: str) -> tuple[Path, Path]:
    src = [{"title": t, "body": b, "guid": f"item-{k}", "link": f"https://example.org/fr/{k}"}
           for k, (t, b) in enumerate(items(fr, n))]
    tgt = [{"title": t, "body": b, "guid": f"item-{k}", "link": f"https://example.org/en/{k}"}
           for k, (t, b) in enumerate(items(en, n))]
    OUT.mkdir(parents=True, exist_ok=True)
    s, t = OUT / f"{name}.fr.xml", OUT / f"{name}.en.xml"
    s.write_text(rss(src, "fr"), encoding="utf-8")
    t.write_text(rss(tgt, "en"), encoding="utf-8")
    return s, t


# --- 1. pairing --------------------------------------------------------------------

def variant(fr, en, n, *, keys: str, shuffle: float, remove: float, add: float, seed: int = 1,
            name: str = "pairing") -> tuple[Path, Path, dict]:
    """Write a source feed of ``n`` items and its translated feed with target items shuffled
    (``shuffle`` >= 1: all; below 1: that fraction of neighbours swapped), a fraction ``remove``
    removed, ``add`` * n added with no source, and keys as ``keys`` says; returns both paths and
    the ground truth (target position -> source index, the kept source indices, the added count)."""
    rng = random.Random(seed)
    src_items = items(fr, n)
    tgt_items = items(en, n + int(n * add) + 1)
    src = []
    for k, (t, b) in enumerate(src_items):
        e = {"title": t, "body": b}
        if keys in ("guid", "guid+foreign"):
            e["guid"] = f"g{k}"
        if keys == "link":
            e["link"] = f"https://example.org/a/{k}"
        src.append(e)
    kept = [k for k in range(n) if rng.random() >= remove]
    extra = list(range(n, n + int(n * add)))  # items with no source
    order = kept + extra
    if shuffle >= 1:
        rng.shuffle(order)
    elif shuffle > 0:  # local reordering: swap a fraction of neighbours
        for i in range(len(order) - 1):
            if rng.random() < shuffle:
                order[i], order[i + 1] = order[i + 1], order[i]
    tgt = []
    for k in order:
        t, b = tgt_items[k]
        e = {"title": t, "body": b}
        if keys == "guid":
            e["guid"] = f"g{k}"
        if keys == "guid+foreign":
            e["guid"] = f"en-{k}"  # the translation has its own id scheme
        if keys == "link":
            e["link"] = f"https://example.org/a/{k}"
        tgt.append(e)
    OUT.mkdir(parents=True, exist_ok=True)
    sp, tp = OUT / f"{name}.fr.xml", OUT / f"{name}.en.xml"
    sp.write_text(rss(src, "fr"), encoding="utf-8")
    tp.write_text(rss(tgt, "en"), encoding="utf-8")
    return sp, tp, {"order": order, "kept": set(kept), "n": n, "added": len(extra)}


def warm_imports() -> None:
    """Import what reading and pairing import on first use, so that no size is charged for it."""
    import feedparser  # noqa: F401
    import defusedxml.sax  # noqa: F401
    import rapidfuzz.fuzz  # noqa: F401

    import mtqa.align.anchors  # noqa: F401
    import mtqa.align.lengths  # noqa: F401
    import mtqa.readers.feed_index  # noqa: F401


def measure(sp: Path, tp: Path, truth: dict, *, indexed: bool | None = None) -> dict:
    """Read both feeds, then pair them (each timed apart, wall and CPU seconds), and score the
    pairing against ``truth`` (``indexed``: True, both feeds read through the item index that
    feeds above ``INDEX_ABOVE`` bytes use; False, both read whole; None, as ``mtqa check`` reads
    them)."""
    import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
    from mtqa.langs import language_pair
    from mtqa.readers import feed_index
    from mtqa.readers.feeds import load_feed, pair_items

    warm_imports()
    length = language_pair("fr", "en").length  # as read_feed pairs a fr->en feed
    above = feed_index.INDEX_ABOVE
    feed_index.INDEX_ABOVE = -1 if indexed is True else (1 << 62 if indexed is False else above)
    start, cpu = time.perf_counter(), time.process_time()
    try:
        source, target = load_feed(str(sp)), load_feed(str(tp))
        read_wall, read_cpu = time.perf_counter() - start, time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time()
        plan = pair_items(source, target, length)
    finally:
        feed_index.INDEX_ABOVE = above
    pair_wall, pair_cpu = time.perf_counter() - start, time.process_time() - cpu
    from mtqa.readers.feeds import IndexedFeed

    peak = peak_mb()
    indexed_sides = "+".join(side for side, feed in (("fr", source), ("en", target)) if isinstance(feed, IndexedFeed))
    order, kept, n = truth["order"], truth["kept"], truth["n"]
    right = wrong = missing_ok = missing_bad = unmatched_ok = unmatched_bad = 0
    for p in plan:
        if p.source and p.target:
            if order[p.target.index] == p.source.index:
                right += 1
            else:
                wrong += 1
        elif p.source:
            if p.source.index in kept:
                missing_bad += 1
            else:
                missing_ok += 1
        elif order[p.target.index] >= n:
            unmatched_ok += 1
        else:
            unmatched_bad += 1
    return {
        "removed": n - len(kept), "added": truth["added"],
        "pairs_right": right, "pairs_wrong": wrong, "pairable": len(kept),
        "missing_reported": missing_ok + missing_bad, "missing_true": n - len(kept),
        "unmatched_reported": unmatched_ok + unmatched_bad, "unmatched_true": truth["added"],
        "accuracy": round(right / len(kept), 4) if kept else 1.0,
        "seconds": round(read_wall + pair_wall, 2), "cpu_seconds": round(read_cpu + pair_cpu, 2),
        "read_cpu": round(read_cpu, 2), "read_pair_cpu": round(read_cpu + pair_cpu, 2), "pair_wall": round(pair_wall, 2), "pair_cpu": round(pair_cpu, 2),
        "peak_mb": round(peak), "indexed": indexed_sides or "-",
    }


def peak_mb() -> float:
    """Peak resident memory of this process, MB: the kernel's VmHWM, which starts afresh with the
    program. ``ru_maxrss`` does not: it keeps the largest resident set the process had before
    ``exec``, so a child started by a bench that holds a 100k-item feed reports the bench's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def scenario(fr, en, n, *, keys: str, shuffle: float, remove: float, add: float, seed: int = 1,
             indexed: bool | None = None):
    """Build a variant, read and pair it, and score the pairing against the truth."""
    sp, tp, truth = variant(fr, en, n, keys=keys, shuffle=shuffle, remove=remove, add=add, seed=seed)
    res = measure(sp, tp, truth, indexed=indexed)
    res.update(keys=keys + (" (indexed)" if indexed else ""), shuffle=shuffle)
    return res


SCENARIOS = [
    dict(keys="guid", shuffle=1.0, remove=0.05, add=0.02),
    dict(keys="link", shuffle=1.0, remove=0.05, add=0.02),
    dict(keys="none", shuffle=0.0, remove=0.0, add=0.0),
    dict(keys="none", shuffle=0.0, remove=0.05, add=0.0),
    dict(keys="none", shuffle=0.0, remove=0.05, add=0.02),
    dict(keys="guid+foreign", shuffle=0.0, remove=0.05, add=0.02),
    dict(keys="none", shuffle=0.05, remove=0.0, add=0.0),
    dict(keys="none", shuffle=1.0, remove=0.0, add=0.0),
    dict(keys="none", shuffle=0.0, remove=0.05, add=0.02, indexed=True),
]


SCALE_SIZES = (2500, 5000, 10_000)
SCALE_VARIANTS = [
    dict(keys="none", shuffle=0.0, remove=0.0, add=0.0),
    dict(keys="none", shuffle=0.0, remove=0.05, add=0.02),
    dict(keys="none", shuffle=0.05, remove=0.05, add=0.02),
]
"""Keyless pairing at scale: each size and variant is read and paired in a fresh child process
(no cache carried over from a smaller size)."""


INDEX_MODES = {"auto": None, "whole": False, "indexed": True}
"""``--index``: how the scale rows read their feeds (``measure``'s ``indexed``)."""


def measure_child(sp: Path, tp: Path, truth: dict, index: str = "auto") -> dict:
    path = OUT / f"{sp.name.split('.')[0]}.truth.json"
    path.write_text(json.dumps({**truth, "kept": sorted(truth["kept"])}), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--measure", str(sp), str(tp), str(path),
                           "--index", index],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if proc.returncode:
        raise SystemExit(f"child failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) on log(size)."""
    xs, ys = [math.log(n) for n in sizes], [math.log(max(s, 1e-3)) for s in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def exponent_lines(rows: list[dict]) -> list[str]:
    """The scaling exponents of the scale rows (``items``, ``read_cpu``, ``pair_cpu``, ``peak_mb``,
    ``indexed``), CPU summed over the variants of a size: reading, pairing and both over every
    size, and, where some sizes were read whole and others through the index, each reading's
    exponents over its own sizes (the switch moves the summaries' work from pairing to reading,
    so the exponents across it are not those of either code path)."""
    by_size: dict[int, list[dict]] = {}
    for row in rows:
        by_size.setdefault(row["items"], []).append(row)
    sizes = sorted(by_size)
    if len(sizes) < 2:
        return []

    def slopes(ns: list[int]) -> str:
        read = [sum(r["read_cpu"] for r in by_size[n]) for n in ns]
        pair = [sum(r["pair_cpu"] for r in by_size[n]) for n in ns]
        peak = [max(r["peak_mb"] for r in by_size[n]) for n in ns]
        return (f"reading {exponent(ns, read):.2f}, pairing {exponent(ns, pair):.2f}, "
                f"reading + pairing {exponent(ns, [a + b for a, b in zip(read, pair)]):.2f}; "
                f"peak RSS {exponent(ns, peak):.2f}")

    lines = [f"CPU exponents over {', '.join(map(str, sizes))} items (variants summed): {slopes(sizes)}"]
    kinds = {n: {r["indexed"] for r in by_size[n]} for n in sizes}
    whole = [n for n in sizes if kinds[n] == {"-"}]
    index = [n for n in sizes if kinds[n] == {"fr+en"}]
    if whole and index:
        lines.append(f"  the rows mix the two readings (read whole: {', '.join(map(str, whole)) or '-'}; through the "
                     f"index: {', '.join(map(str, index)) or '-'}): reading's and pairing's exponents above span the switch")
        for name, ns in (("read whole", whole), ("through the index", index)):
            if len(ns) > 1:
                lines.append(f"  {name}, over {', '.join(map(str, ns))}: {slopes(ns)}")
    return lines


# --- 2. throughput -----------------------------------------------------------------

PEAK_KB = """
def peak_kb():
    # the child's own peak (VmHWM); ru_maxrss keeps the bench's size from before exec (see peak_mb)
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

CHILD = """
import resource, sys, time
""" + PEAK_KB + """
sys.argv = ["mtqa"] + sys.argv[1:]
from mtqa.cli import main
start = time.perf_counter()
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code or 0
use = resource.getrusage(resource.RUSAGE_SELF)
sys.stderr.write("@@ %.3f %d %d %.2f\\n" % (time.perf_counter() - start, peak_kb(), code, use.ru_utime + use.ru_stime))
"""

READ_ONLY = """
import os, resource, sys, time
""" + PEAK_KB + """
from mtqa.config import Config
from mtqa.readers import feed_index, open_pairs
feed_index.INDEX_ABOVE = int(os.environ.get("BENCH_INDEX_ABOVE", feed_index.INDEX_ABOVE))
start = time.perf_counter()
n = segs = 0
for pair in open_pairs(sys.argv[1], Config(), source=sys.argv[2]):
    n += 1
    segs += len(pair.target.segments)
use = resource.getrusage(resource.RUSAGE_SELF)
sys.stderr.write("@@ %.3f %d %d %d %.2f\\n" % (time.perf_counter() - start, peak_kb(), n, segs, use.ru_utime + use.ru_stime))
"""


def child(code: str, *args: str, env: dict | None = None) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    line = next((l for l in proc.stderr.splitlines() if l.startswith("@@")), None)
    if line is None:
        raise SystemExit(f"child failed: {proc.stderr[-2000:]}")
    return line.split()[1:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--pairing-items", type=int, default=400)
    ap.add_argument("--skip-check", action="store_true", help="only the pairing and read-only measurements")
    ap.add_argument("--scale", default=",".join(map(str, SCALE_SIZES)),
                    help="feed sizes for keyless pairing at scale, comma-separated ('' skips it; default %(default)s)")
    ap.add_argument("--skip-throughput", action="store_true", help="skip the guid-keyed throughput section")
    ap.add_argument("--index", choices=tuple(INDEX_MODES), default="auto",
                    help="scale rows: read the feeds as mtqa check does (auto: through the item index above "
                         "INDEX_ABOVE bytes), all whole, or all through the index (default %(default)s)")
    ap.add_argument("--variants", default="0,1,2",
                    help="scale rows: which variants (0 untouched, 1 removed/added, 2 also swapped; default %(default)s)")
    ap.add_argument("--measure", nargs=3, metavar=("SOURCE", "TARGET", "TRUTH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.measure:  # child of the scale section: one reading and pairing, JSON on stdout
        sp, tp, path = args.measure
        truth = json.loads(Path(path).read_text(encoding="utf-8"))
        truth["kept"] = set(truth["kept"])
        print(json.dumps(measure(Path(sp), Path(tp), truth, indexed=INDEX_MODES[args.index])))
        return
    fr, en = corpus(args.data)

    print(f"## pairing ({args.pairing_items} source items)")
    cols = ["keys", "shuffle", "removed", "added", "pairs_right", "pairs_wrong", "pairable",
            "missing_reported", "missing_true", "unmatched_reported", "unmatched_true", "seconds", "cpu_seconds"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for sc in SCENARIOS:
        res = scenario(fr, en, args.pairing_items, **sc)
        print("| " + " | ".join(str(res[c]) for c in cols) + " |")

    sizes = [int(x) for x in args.scale.split(",") if x.strip()]
    if sizes:
        print(f"\n## keyless pairing at scale (no guids or links; read and pair in a child process per row; "
              f"--index {args.index})")
        cols = ["items", "shuffle", "removed", "added", "pairs_right", "pairs_wrong", "pairable", "accuracy",
                "missing_reported", "missing_true", "unmatched_reported", "unmatched_true",
                "read_cpu", "pair_wall", "pair_cpu", "read_pair_cpu", "peak_mb", "indexed"]
        print("| " + " | ".join(cols) + " |")
        print("|" + "---|" * len(cols))
        rows = []
        for sc in [SCALE_VARIANTS[int(v)] for v in args.variants.split(",")]:
            for n in sizes:
                sp, tp, truth = variant(fr, en, n, name=f"keyless{n}", **sc)
                res = measure_child(sp, tp, truth, args.index)
                res.update(items=n, shuffle=sc["shuffle"])
                rows.append(res)
                print("| " + " | ".join(str(res[c]) for c in cols) + " |", flush=True)
        for line in exponent_lines(rows):
            print(line)
        n = max(sizes)
        sp, tp, _ = variant(fr, en, n, name=f"keyless{n}", **SCALE_VARIANTS[1])
        if not args.skip_check:
            secs, rss_kb, code, cpu = child(CHILD, "check", str(tp), "--source", str(sp), "--format", "jsonl",
                                            "-o", os.devnull)
            print(f"full check of the {n}-item keyless pair (removed 5%, added 2%; jsonl to /dev/null, exit {code}): "
                  f"{float(secs):.1f} s wall, {float(cpu):.1f} s CPU, peak RSS {int(rss_kb) / 1024:.0f} MB")
    if args.skip_throughput:
        return
    src, tgt = feed_pair(fr, en, args.items, f"feed{args.items}")
    size = (src.stat().st_size + tgt.stat().st_size) / 1e6
    print(f"\n## throughput: {args.items} items per feed, {size:.1f} MB of XML (source + target)")
    for how, above in (("whole", None), ("indexed", "-1")):  # indexed: as a feed above INDEX_ABOVE is read
        secs, rss_kb, n, segs, cpu = child(READ_ONLY, str(tgt), str(src), env={"BENCH_INDEX_ABOVE": above} if above else {})
        print(f"read only, {how} (defusedxml pass, feedparser, pairing, documents): {n} items, {segs} target segments, "
              f"{float(secs):.1f} s wall, {float(cpu):.1f} s CPU, peak RSS {int(rss_kb) / 1024:.0f} MB")
    if not args.skip_check:
        secs, rss_kb, code, cpu = child(CHILD, "check", str(tgt), "--source", str(src), "--format", "jsonl",
                                        "-o", os.devnull)
        print(f"full check (all checks, jsonl to /dev/null, exit {code}): {float(secs):.1f} s, {float(cpu):.1f} s CPU, "
              f"{args.items / float(secs):.0f} items/s, peak RSS {int(rss_kb) / 1024:.0f} MB")
    (OUT / "feed_bench.json").write_text(json.dumps({"items": args.items}) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
