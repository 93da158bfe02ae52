"""Name mentions of two versions of ``mtqa/names/mentions.py``, compared on every distinct text, and timed.

Usage: .venv/bin/python bench/mentions_ab.py --base OTHER_TREE FILE.jsonl... [--rounds N] [--no-exact] [--whole-run]

Loads this tree's ``mtqa.names.mentions`` and OTHER_TREE's copy of the same file (as a second module over this
tree's ``mtqa``: both read the same tables), then, for every distinct source (French) and target (English)
text of the FILEs: checks that the mentions a name check reads (``text_mentions(text, lang, abbreviations)``, or
in a version without it ``mentions(text, lang, name_words(text, abbreviations))``) are the same (their tokens'
texts, offsets and sentence-start marks) in both; and times them in the two versions alternately, round by
round (thread CPU), printing each round's seconds and the median ratio new/old. A version with the split
reader ``name_words`` is timed with the text's split made in the timing, as its run's first reader makes it.

``--whole-run`` then times whole runs of the first FILE (every default check, a fresh run context each, after a
warm-up): the mentions ``segment_mentions`` keeps made by this tree's reader and by OTHER_TREE's alternately, in
this one process, the other version reading the run's shared split of the text as it did in its own tree. Why:
what a run saves is more than the reader's own time (fewer objects for the collector, the split left to the
checks that need it), and whole-process runs of two trees on a loaded host differ by more than that.

Why: an exact proof of a change to the name tokeniser needs every text, not a sample, and the whole-run
ratios of a loaded host are noise below ~5 %, while the tokeniser is a few per cent of a run.
"""
from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import statistics
import sys
import time

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.langs import language
from mtqa.names import mentions as new
from mtqa.words import TextWords


def _load_other(tree: str):
    spec = importlib.util.spec_from_file_location("mentions_other", f"{tree}/mtqa/names/mentions.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _texts(files: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"fr": set(), "en": set()}
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                out["fr"].add(row["source"])
                out["en"].add(row["target"])
    return out


def _shape(found) -> list:
    return [(m.text, [(t.text, t.start, t.end, t.initial) for t in m.tokens]) for m in found]


def _reader(module, split=TextWords):
    """The function from (text, lang, abbreviations) to the mentions segment_mentions reads in ``module``
    (``split(text)``: the text's split, for a version that reads one)."""
    if hasattr(module, "text_mentions"):
        return module.text_mentions
    return lambda text, lang, abbreviations: module.mentions(
        text, lang, module.name_words(text, abbreviations, split(text)))


def _whole_runs(path: str, old, rounds: int) -> None:
    """Print the thread CPU of whole runs of ``path`` with this tree's mention reader and ``old``'s, alternately
    (see the module's docstring), and the median ratio new/old."""
    from mtqa.api import run
    from mtqa.compiled import freeze_loaded_tables
    from mtqa.config import Config
    from mtqa.context import Context
    from mtqa.readers.jsonl import read_jsonl
    from mtqa.words import text_words

    mine = new.text_mentions
    for _ in run(itertools.islice(read_jsonl(path, source_lang="fr", target_lang="en"), 200), Context(Config())):
        pass  # warm-up (200 documents, as bench/swap_costs.py): tables loaded and compiled
    freeze_loaded_tables()
    ratios = []
    try:
        for r in range(rounds):
            spent = {}
            for label in ("old", "new") if r % 2 else ("new", "old"):
                ctx = Context(Config())
                new.text_mentions = mine if label == "new" else _reader(old, lambda text: text_words(text, ctx))
                start = time.thread_time()
                for _ in run(read_jsonl(path, source_lang="fr", target_lang="en"), ctx):
                    pass
                spent[label] = time.thread_time() - start
            ratios.append(spent["new"] / spent["old"])
            print(f"whole run {r + 1}: old {spent['old']:.2f} s new {spent['new']:.2f} s ratio {ratios[-1]:.3f}",
                  flush=True)
    finally:
        new.text_mentions = mine
    print(f"whole run: median ratio new/old {statistics.median(ratios):.3f}")


def _run(module, texts, lang, abbreviations):
    read = _reader(module)
    for text in texts:
        read(text, lang, abbreviations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--base", required=True, help="the other tree (its mtqa/names/mentions.py)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-exact", action="store_true", help="only time")
    parser.add_argument("--whole-run", action="store_true", help="then time whole runs of the first FILE, each reader")
    args = parser.parse_args()
    old = _load_other(args.base)
    corpus = _texts(args.files)
    for lang, texts in corpus.items():
        texts = sorted(texts)
        abbreviations = language(lang).abbreviations
        if not args.no_exact:
            differ = 0
            for text in texts:
                a = _shape(_reader(new)(text, lang, abbreviations))
                b = _shape(_reader(old)(text, lang, abbreviations))
                if a != b:
                    differ += 1
                    if differ <= 5:
                        print(f"DIFFER {lang}: {text[:120]!r}\n  new {a}\n  old {b}")
            print(f"{lang}: {len(texts):,} distinct texts, {differ} differ")
        ratios = []
        for r in range(args.rounds):
            spent = {}
            for label, module in (("old", old), ("new", new)) if r % 2 else (("new", new), ("old", old)):
                start = time.thread_time()
                _run(module, texts, lang, abbreviations)
                spent[label] = time.thread_time() - start
            ratios.append(spent["new"] / spent["old"])
            print(f"{lang} round {r + 1}: old {spent['old']:.3f} s new {spent['new']:.3f} s "
                  f"ratio {ratios[-1]:.3f}", flush=True)
        print(f"{lang}: median ratio new/old {statistics.median(ratios):.3f}")
    if args.whole_run:
        _whole_runs(args.files[0], old, args.rounds)


if __name__ == "__main__":
    main()
