"""What holds mtqa's memory after a run: every bounded cache with its entries, bound and deep size.

Usage:
    .venv/bin/python bench/memory_census.py [--pairs 10000] [--data DIR] [--file FILE] [--rows 40]
        [--min-kb 64] [--tracemalloc 0] [--at PAIRS,PAIRS,...]

Runs ``mtqa check FILE --format jsonl`` in this process (the report goes to a temporary file, removed
after), then lists what the run left in memory, largest first:

* every ``functools.lru_cache`` of an mtqa function (those :func:`mtqa.langs.cache.memoize` makes);
* every :class:`~mtqa.langs.cache.TwoGenerations` table (:func:`~mtqa.langs.cache.word_memo`) and every
  other dict subclass of mtqa's found on the heap (the run's :class:`~mtqa.words.Splits`);
* every kind of :meth:`~mtqa.langs.cache.RunCache.memo` table and every run resource;
* every module-level container of an mtqa module (a table read from data, a module's own memo) of at least
  ``--min-kb``.

Each row gives the entries held, the bound (the LRU's ``maxsize``, the table's size, the memo kind's bound:
the largest any caller passed), the deep size (``sys.getsizeof`` of every object reachable from the cache,
each counted once within the cache; types, modules, functions, the languages and the run context are not
walked) and ``new``: what it holds that no row above it already counted (objects shared between caches, such
as a source text keyed in twenty memo tables, count once, in the first row that holds them). The ``new``
column adds up to what the caches hold together.

Why in-process and after the run: the caches are the run's state, and ``ru_maxrss`` (printed too) says how
large the process grew, not what grew it. ``--tracemalloc N`` also traces allocations with N frames (the run
is 2-3 times slower and larger) and prints the allocation sites that hold the most at the end.

``--at 30000,60000,...`` also takes the census while the run reads on (between two documents), each time its
input passes the next of those pairs: one run's rows at several sizes, to diff what still grows once the bounded
caches are full (stop 67: a run of 250,000 growing pairs with a census every ~15,000 named
``regnal_forms._titled_names``, a whole source document an entry at ~5.9 kB, still filling towards its 1,024,
and the lexical model's stem weights, one unbounded dict). Each census walks every cache, so the peak
printed after the first one is the census's, not the run's.

Without ``--file`` the corpus is :func:`startup_memory.corpus`'s growing one of ``--pairs`` pairs (made from
the WMT14 data under ../shared/data on first use), the corpus whose caches fill as a long run of news does.
"""
from __future__ import annotations

import argparse
import functools
import gc
import os
import resource
import sys
import tempfile
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import mtqa.langs.cache as cache  # noqa: E402

_LRU = type(functools.lru_cache(maxsize=1)(len))
_NOT_WALKED = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType,
               types.CodeType, types.FrameType, functools.partial, _LRU, property, classmethod, staticmethod)
"""Shared program objects, not data a cache holds: a value that refers to one does not own it."""
_ATOMS = (str, bytes, int, float, complex, bool, type(None))

run_caches: list[cache.RunCache] = []
memo_bounds: dict[str, int] = {}


def _recording_init(self, real=cache.RunCache.__init__):
    real(self)
    run_caches.append(self)


def _recording_memo(self, kind, key, factory, bound=cache.RUN_MEMO, args=(), real=cache.RunCache.memo):
    if memo_bounds.get(kind, 0) < bound:
        memo_bounds[kind] = bound
    return real(self, kind, key, factory, bound, args=args)


def deep_size(roots, seen: set, stop: set) -> tuple[int, int]:
    """(bytes, objects) reachable from ``roots`` and not in ``seen`` (updated) nor ``stop`` (the roots themselves
    are walked even when in ``stop``: it holds every cache's own table, so that one cache held inside another,
    as the run's splits inside the evidence, is counted as itself, not as a part of its holder); an object's
    referents are what the collector sees (``gc.get_referents``), so slots and C containers are walked too."""
    size = count = 0
    stack = list(roots)
    own = {id(r) for r in roots}
    getsizeof, referents = sys.getsizeof, gc.get_referents
    while stack:
        obj = stack.pop()
        key = id(obj)
        if key in seen or (key in stop and key not in own) or isinstance(obj, _NOT_WALKED):
            continue
        seen.add(key)
        size += getsizeof(obj)
        count += 1
        if not isinstance(obj, _ATOMS):
            stack.extend(referents(obj))
            if isinstance(obj, dict):  # the collector does not visit a dict's keys when all are strings
                stack.extend(obj)
    return size, count


def _lru_roots(wrapper) -> list:
    """What an LRU cache holds: its table (keys and link objects) and each link's key and value, as the
    collector sees them; not the function it wraps nor the wrapper's attributes."""
    return [r for r in gc.get_referents(wrapper)
            if not isinstance(r, _NOT_WALKED) and not (type(r) is dict and "__wrapped__" in r)
            and type(r) is not object]


def _name(fn) -> str:
    fn = getattr(fn, "__func__", fn)
    if isinstance(fn, functools.partial):
        return _name(fn.func) + "(partial)"
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn)[:40])}"


def census() -> tuple[list[tuple[str, str, int, object, list]], set]:
    """(kind, name, entries, bound, roots) of every cache and large module-level container."""
    from mtqa.context import Context
    from mtqa.langs import Language, LanguagePair

    rows = []
    for obj in gc.get_objects():
        if type(obj) is _LRU:
            if not getattr(obj, "__module__", "").startswith("mtqa"):
                continue
            info = obj.cache_info()
            rows.append(("lru", _name(obj), info.currsize, info.maxsize, _lru_roots(obj)))
        elif isinstance(obj, cache.TwoGenerations):
            rows.append(("two", _name(obj.compute), obj.held(), obj.half * 2, [obj]))
        elif (isinstance(obj, dict) and type(obj) is not dict and type(obj).__module__.startswith("mtqa")
              and not isinstance(obj, cache.TwoGenerations)):
            held = len(obj) + len(getattr(obj, "_old", ()))
            bound = getattr(sys.modules.get(type(obj).__module__), "GENERATION", None)
            rows.append(("dict", f"{type(obj).__module__}.{type(obj).__qualname__}", held,
                         2 * bound if bound else "-", [obj]))
    for k, run in enumerate(run_caches):
        tag = f"run{k}." if len(run_caches) > 1 else ""
        for kind, table in run._memo.items():
            rows.append(("memo", tag + kind, len(table), memo_bounds.get(kind, "?"), [table]))
        for key, value in run._resources.items():
            if not isinstance(value, dict) or type(value) is dict:  # a dict subclass is listed above
                rows.append(("res", tag + str(key), len(value) if hasattr(value, "__len__") else 1, "-", [value]))
    listed = {id(r) for row in rows for r in row[4]}
    for name, module in list(sys.modules.items()):
        if not name.startswith("mtqa") or module is None:
            continue
        for attr, value in vars(module).items():
            if isinstance(value, (dict, list, set, frozenset, tuple)) and id(value) not in listed:
                listed.add(id(value))
                rows.append(("module", f"{name}.{attr}", len(value), "-", [value]))
    stop = {id(o) for o in gc.get_objects() if isinstance(o, (Context, Language, LanguagePair, cache.RunCache))}
    stop.add(id(run_caches))
    stop.update(id(root) for row in rows for root in row[4])  # each cache is its own row
    for run in run_caches:
        stop.update((id(run._memo), id(run._resources)))
    return rows, stop


def report(rows, stop: set, top: int, min_bytes: int) -> None:
    sized = []
    for kind, name, entries, bound, roots in rows:
        size, count = deep_size(roots, set(), stop)
        sized.append((size, count, kind, name, entries, bound, roots))
    sized.sort(key=lambda r: -r[0])
    seen: set = set()
    total = shown = 0
    print(f"{'deep MB':>8s} {'new MB':>7s} {'objects':>9s} {'entries':>8s} {'bound':>7s}  kind   name")
    for size, count, kind, name, entries, bound, roots in sized:
        new, _ = deep_size(roots, seen, stop)
        total += new
        if size < min_bytes or shown >= top:
            continue
        shown += 1
        print(f"{size / 1e6:8.2f} {new / 1e6:7.2f} {count:9d} {entries:8d} {str(bound):>7s}  {kind:6s} {name}")
    print(f"{len(sized)} caches and tables; {shown} listed (>= {min_bytes // 1024} kB); "
          f"together {total / 1e6:.1f} MB counted once")


def detail(rows, stop: set, part: str) -> None:
    """The parts of each row whose name holds ``part``: an object's attributes, a table's keys and values
    (with the first entry's types), each part's deep size counted once in that order."""
    for kind, name, entries, bound, roots in rows:
        if part not in name:
            continue
        print(f"\n{kind} {name}: {entries} entries")
        seen: set = set()
        root = roots[0]
        if kind == "lru":
            table = next((r for r in roots if type(r) is dict), {})
            keys = {id(k) for k in table}
            parts = {"keys": list(table), "links": list(table.values()),
                     "values": [r for r in roots if r is not table and id(r) not in keys]}
        elif isinstance(root, dict):
            parts = {"keys": list(root), "values": list(root.values())}
            old = getattr(root, "_old", getattr(root, "old", None))
            if isinstance(old, dict):
                parts.update({"old keys": list(old), "old values": list(old.values())})
        else:
            slots = [a for c in type(root).__mro__ for a in getattr(c, "__slots__", ())]
            parts = {a: [getattr(root, a)] for a in slots if hasattr(root, a)}
            parts.update((a, [v]) for a, v in getattr(root, "__dict__", {}).items())
        seen.update(id(p) for p in parts.values())  # the lists made here are not the cache's
        for label, objs in sorted(parts.items(), key=lambda kv: -deep_size(kv[1], set(seen), stop)[0]):
            size, count = deep_size(objs, seen, stop)
            first = objs[0] if objs else None
            shape = type(first).__name__
            if isinstance(first, tuple):
                shape += "(" + ", ".join(type(x).__name__ for x in first[:6]) + ")"
            print(f"  {size / 1e6:8.2f} MB {count:9d} objects  {label:24s} {shape[:60]}")


def rss_mb() -> tuple[float, float]:
    """(resident MB now, peak resident MB) of this process."""
    with open("/proc/self/status") as fh:
        now = next(int(line.split()[1]) for line in fh if line.startswith("VmRSS"))
    return now / 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_check(path: Path) -> float:
    """``mtqa check PATH --format jsonl`` in this process, to a temporary report; its wall seconds."""
    import mtqa.cli as cli

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        try:
            cli.main(["check", str(path), "--format", "jsonl", "-o", str(Path(tmp) / "report.jsonl"),
                      "--no-progress"], standalone_mode=False)
        except SystemExit as exc:
            if exc.code not in (0, 1, None):
                raise
        return time.perf_counter() - start


def _checkpoints(path: Path, pairs: list[int], args):
    """A ``RunCache.new_document`` that takes the census (between two documents, in the run's own thread, so
    no table changes under it) each time the run's input has passed the next of ``pairs``: the rows of one
    run at several sizes, to diff what still grows once the bounded caches are full. Where the input is is
    read from the open file's offset (``/proc/self/fdinfo``), mapped to pairs by the file's line offsets."""
    import bisect

    starts, at = [], 0
    with open(path, "rb") as fh:
        for line in fh:
            starts.append(at)
            at += len(line)
    todo = list(pairs)
    calls = [0]

    def offset() -> int:
        for fd in os.listdir("/proc/self/fd"):
            try:
                if os.readlink(f"/proc/self/fd/{fd}") == str(path.resolve()):
                    with open(f"/proc/self/fdinfo/{fd}") as info:
                        return int(info.readline().split()[1])
            except OSError:
                continue
        return 0

    def new_document(self) -> None:
        calls[0] += 1
        if not todo or calls[0] % 50:
            return
        read = bisect.bisect_right(starts, offset())
        if read < todo[0]:
            return
        while todo and read >= todo[0]:
            todo.pop(0)
        now, peak = rss_mb()
        print(f"\n== at ~{read} pairs read (of {len(starts)}): resident {now:.0f} MB, peak {peak:.0f} MB", flush=True)
        rows, stop = census()
        report(rows, stop, args.rows, args.min_kb * 1024)
        for part in args.detail:
            detail(rows, stop, part)
        sys.stdout.flush()

    return new_document


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pairs", type=int, default=10_000, help="pairs of the growing corpus (without --file)")
    ap.add_argument("--data", help="the WMT data folder (default ../shared/data)")
    ap.add_argument("--file", help="check this file instead of the growing corpus")
    ap.add_argument("--rows", type=int, default=40, help="list at most this many rows")
    ap.add_argument("--min-kb", type=int, default=64, help="list rows of at least this size")
    ap.add_argument("--detail", action="append", default=[], metavar="NAME",
                    help="also break down the rows whose name holds NAME (repeatable)")
    ap.add_argument("--at", default="", metavar="PAIRS,...",
                    help="also take the census while the run reads on, once its input passes each of these pairs")
    ap.add_argument("--tracemalloc", type=int, default=0, metavar="FRAMES",
                    help="also trace allocations with this many frames and list the top sites")
    args = ap.parse_args(argv)
    if args.file:
        path = Path(args.file)
    else:
        import startup_memory
        from wmt14 import data_dir

        path = startup_memory.corpus(data_dir(args.data), args.pairs, "growing")
    real = cache.RunCache.__init__, cache.RunCache.memo, cache.RunCache.new_document
    if args.at:
        cache.RunCache.new_document = _checkpoints(path, sorted(int(n) for n in args.at.split(",")), args)
    run_caches.clear()
    memo_bounds.clear()
    cache.RunCache.__init__, cache.RunCache.memo = _recording_init, _recording_memo
    try:
        if args.tracemalloc:
            import tracemalloc

            tracemalloc.start(args.tracemalloc)
        secs = run_check(path)
        snapshot = tracemalloc.take_snapshot() if args.tracemalloc else None
    finally:  # the recording is this run's (a caller in the same process, a test, gets mtqa back as it was)
        cache.RunCache.__init__, cache.RunCache.memo, cache.RunCache.new_document = real
        if args.tracemalloc:
            tracemalloc.stop()
    now, peak = rss_mb()
    print(f"checked {path.name}: {secs:.0f} s; resident {now:.0f} MB, peak {peak:.0f} MB")
    rows, stop = census()
    report(rows, stop, args.rows, args.min_kb * 1024)
    for part in args.detail:
        detail(rows, stop, part)
    if args.tracemalloc:
        print("\nallocation sites holding the most at the end (tracemalloc):")
        for stat in snapshot.statistics("traceback")[: args.rows // 2 or 1]:
            print(f"{stat.size / 1e6:8.2f} MB {stat.count:9d} blocks  {stat.traceback[0]}")


if __name__ == "__main__":
    main()
