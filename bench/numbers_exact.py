"""Exactness proof and in-process A/B for a change of ``mtqa/numbers.py``: old (a git revision) vs this tree.

Usage:
    .venv/bin/python bench/numbers_exact.py [--base REV] [--rounds N] [--time] [--profile]

Loads ``mtqa/numbers.py`` as it stands at ``--base`` (default 2318e51) as a second module beside the tree's,
reads every distinct text of the French-English data (WMT12/13/14 sources, references and system outputs,
the newstest sources and references 2008-2015, Potet's source, outputs and post-edits: ``../shared/data``),
and compares ``find_quantities`` of both on each: French texts read as ("fr", "en"), English ones as
("en", "fr") alone and, for a system output or reference, with its source sentence (the ``source`` the
numbers check passes). Prints the texts compared and the mismatches (a held-out text's is counted, never
printed). With ``--time``: old and new called alternately on the texts with a digit, thread CPU per round,
the median ratio new/old over ``--rounds``. With ``--profile``: the tree's passes timed one by one.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import mtqa.numbers as new  # noqa: E402

DATA = ROOT / "../shared/data"
HELD_OUT = ("2015",)  # newstest2015 (whole) and Potet's second half: counted, never printed


def load_old(rev: str):
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:mtqa/numbers.py"], check=True,
                            capture_output=True, text=True).stdout
    spec = importlib.util.spec_from_loader("mtqa._numbers_base", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__file__ = str(ROOT / "mtqa/numbers.py")
    sys.modules[spec.name] = module
    exec(compile(source, f"<{rev}:mtqa/numbers.py>", "exec"), module.__dict__)
    return module


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1] if path.exists() else []


def corpus() -> tuple[dict, set]:
    """{(text, lang, source or None): held_out} for every reading the numbers check asks for."""
    items: dict = {}

    def add(text, lang, source=None, held=False):
        key = (text, lang, source)
        items[key] = items.get(key, True) and held

    for year in ("12", "13", "14"):
        d = DATA / f"wmt{year}-fren"
        src = _lines(d / f"newstest20{year}.fr-en.src.fr")
        for s in src:
            add(s, "fr")
        outputs = [d / f"newstest20{year}.fr-en.ref.en", *sorted((d / "systems").iterdir())]
        for f in outputs:
            for s, t in zip(src, _lines(f)):
                add(t, "en")
                add(t, "en", s)
    nt = DATA / "newstest-fren-2008-2015"
    for fr in sorted(nt.glob("*.fr")):
        held = any(h in fr.name for h in HELD_OUT)
        src, ref = _lines(fr), _lines(fr.with_suffix(".en"))
        for s in src:
            add(s, "fr", held=held)
        for s, t in zip(src, ref):
            add(t, "en", held=held)
            add(t, "en", s, held=held)
    pd = DATA / "potet-fren-postedit"
    src = _lines(pd / "src.fr")
    half = len(src) // 2
    for i, s in enumerate(src):
        add(s, "fr", held=i >= half)
    for name in ("mt-bing.en", "mt-google.en", "mt-moses.en", "pe.en"):
        for i, (s, t) in enumerate(zip(src, _lines(pd / name))):
            add(t, "en", held=i >= half)
            add(t, "en", s, held=i >= half)
    return items


FALLBACK = {"fr": "en", "en": "fr"}


def _call(module, text, lang, source):
    return module.find_quantities(text, lang, FALLBACK[lang], source)


def exactness(old, items) -> int:
    bad = 0
    for (text, lang, source), held in items.items():
        a, b = _call(old, text, lang, source), _call(new, text, lang, source)
        if repr(a) != repr(b):
            bad += 1
            if not held and bad <= 10:
                print("MISMATCH", lang, repr(text)[:300], "\n  old", a, "\n  new", b, file=sys.stderr)
    return bad


def timing(old, items, rounds: int, sample: int = 0) -> None:
    texts = [(t, lang, s) for (t, lang, s) in items if s is None and new.has_digit(t)]
    if sample:
        texts = random.Random(1).sample(texts, min(sample, len(texts)))
    ratios = []
    for r in range(rounds):
        pair = []
        for module in ((old, new) if r % 2 == 0 else (new, old)):
            t0 = time.thread_time()
            for text, lang, source in texts:
                _call(module, text, lang, source)
            pair.append((module, time.thread_time() - t0))
        times = dict((m.__name__, t) for m, t in pair)
        ratios.append(times[new.__name__] / times[old.__name__])
        print(f"round {r}: old {times[old.__name__]:.2f}s new {times[new.__name__]:.2f}s "
              f"({1e6 * times[old.__name__] / len(texts):.0f} -> {1e6 * times[new.__name__] / len(texts):.0f} us/text)"
              f" ratio {ratios[-1]:.3f}", flush=True)
    print(f"{len(texts)} texts with a digit; median ratio new/old {statistics.median(ratios):.3f}")


def profile(items, sample: int = 0) -> None:
    """Each pass of the tree's ``find_quantities`` timed alone, wrapped in place."""
    import functools

    spent: dict = {}
    for name in [n for n in dir(new) if n.startswith("_") and callable(getattr(new, n))]:
        fn = getattr(new, name)
        if getattr(fn, "__module__", None) != new.__name__ or isinstance(fn, type):
            continue
        if name not in ("_times", "_fractions", "_feet_inches", "_dates", "_numerals", "_ranges", "_compounds",
                        "_elliptical_scales", "_unit_fractions", "_romans", "_article_spans", "_words", "_noon",
                        "_clock_words", "_half_day_minutes", "_spoken_clock", "_oclock", "_past_to",
                        "_spoken_parts", "_soften_conversions", "_Scan"):
            continue

        def timed(*a, __fn=fn, __name=name, **kw):
            t0 = time.thread_time()
            try:
                return __fn(*a, **kw)
            finally:
                spent[__name] = spent.get(__name, 0.0) + time.thread_time() - t0
        setattr(new, name, functools.wraps(fn)(timed) if not isinstance(fn, type) else fn)
    texts = [(t, lang, s) for (t, lang, s) in items if s is None and new.has_digit(t)]
    if sample:
        texts = random.Random(1).sample(texts, min(sample, len(texts)))
    for text, lang, source in texts:
        _call(new, text, lang, source)
    spent.clear()
    t0 = time.thread_time()
    for _ in range(3):
        for text, lang, source in texts:
            _call(new, text, lang, source)
    total = time.thread_time() - t0
    print(f"total {1e6 * total / 3 / len(texts):.0f} us/text")
    for name, s in sorted(spent.items(), key=lambda x: -x[1]):
        print(f"{name:22s} {100 * s / total:5.1f} %  {1e6 * s / 3 / len(texts):6.1f} us/text")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="2318e51")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--time", action="store_true")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-exact", action="store_true")
    ap.add_argument("--sample", type=int, default=0, help="time this many texts with a digit (0: all)")
    ap.add_argument("--part", default="0/1", help="I/N: compare the readings whose rank is I modulo N (one of N runs)")
    args = ap.parse_args()
    items = corpus()
    part, parts = map(int, args.part.split("/"))
    if parts > 1:
        items = {key: held for k, (key, held) in enumerate(items.items()) if k % parts == part}
    if args.profile:
        profile(items, args.sample)
        return
    old = load_old(args.base)
    if not args.no_exact:
        bad = exactness(old, items)
        held = sum(items.values())
        print(f"{len(items)} readings ({len({t for t, _, _ in items})} distinct texts, {held} held out): "
              f"{bad} differ")
    if args.time:
        timing(old, items, args.rounds, args.sample)


if __name__ == "__main__":
    main()
