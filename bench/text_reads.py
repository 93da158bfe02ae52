"""How often the checks read a segment's text again: lower-casing, splitting and regex scans per segment, by caller.

Usage: .venv/bin/python bench/text_reads.py FILE.jsonl [--top 40]

Runs every default check over FILE (French source, English target) in this process, with a profile hook
(``sys.setprofile``) that counts each call of the C functions that read a text again (``str.lower``,
``str.split``, ``str.casefold``, ``str.translate`` and the scans of a compiled pattern: ``search``, ``match``,
``fullmatch``, ``finditer``, ``findall``, ``split``, ``sub``), charged to the Python function that made it, and
counts the word splits the run makes (:class:`mtqa.words.TextWords`, the shared split every word reader asks for)
against the pairs. It prints the calls per segment of each kind, then of each (kind, caller).

Why: issue 14 asks for one pass of shared analysis per segment; this says which readings are still made again
by a check of its own and how often, which a CPU profile does not (a C call is charged to its caller's line,
whatever text it read). The counts cover a word's lowering as much as a whole segment's: read a caller's code
before calling its count repeated work. The hook slows the run several times: use a slice (one system output,
3,003 pairs, is plenty); the report itself is the run's (the hook only counts).
"""
from __future__ import annotations

import argparse
import collections
import sys

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.api import run
from mtqa.config import Config
from mtqa.context import Context
from mtqa.readers.jsonl import read_jsonl
import mtqa.words as words

WATCHED = frozenset({"str.lower", "str.split", "str.casefold", "str.translate", "Pattern.search", "Pattern.match",
                     "Pattern.fullmatch", "Pattern.finditer", "Pattern.findall", "Pattern.split", "Pattern.sub"})
"""The C functions counted (``__qualname__`` of the called builtin)."""


def _caller(code) -> str:
    path = code.co_filename.replace("\\", "/")
    short = path.split("/mtqa/", 1)[-1] if "/mtqa/" in path else path.rsplit("/", 1)[-1]
    return f"{short}:{code.co_name}"


def count(path: str) -> tuple[int, int, collections.Counter, collections.Counter]:
    """(segments, splits made, calls per kind, calls per (kind, caller)) of one run over ``path``."""
    kinds: collections.Counter = collections.Counter()
    sites: collections.Counter = collections.Counter()
    made = [0]
    split_init = words.TextWords.__init__

    def counted_init(self, text, shared=None):
        made[0] += 1
        split_init(self, text, shared)

    def hook(frame, event, arg):
        if event == "c_call":
            name = getattr(arg, "__qualname__", "")
            if name in WATCHED:
                kinds[name] += 1
                sites[(name, _caller(frame.f_code))] += 1

    ctx = Context(Config())
    pairs = list(read_jsonl(path, source_lang="fr", target_lang="en"))
    words.TextWords.__init__ = counted_init
    sys.setprofile(hook)
    try:
        segments = sum(len(r.pair.target.segments) for r in run(pairs, ctx))
    finally:
        sys.setprofile(None)
        words.TextWords.__init__ = split_init
    return segments, made[0], kinds, sites


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    segments, made, kinds, sites = count(args.file)
    per = max(segments, 1)
    print(f"{segments:,} segments: {made:,} word splits made ({made / per:.2f} a segment)")
    for name, n in kinds.most_common():
        print(f"{name:<18} {n / per:8.2f} a segment")
    for (name, caller), n in sites.most_common(args.top):
        print(f"{n / per:8.2f}  {name:<18} {caller}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
