"""Prove the dictionaries' prebuilt answers (:mod:`mtqa.langs.answered`) equal their analysis.

Usage: .venv/bin/python bench/answered_check.py [--source fr --target en] [FILE ...]

For each language of the pair, opens its prebuilt table (building it on a cold cache, ~7 s of CPU a language
on a slow core) and asks :func:`~mtqa.langs.hunspell.in_dictionary` and
:func:`~mtqa.langs.hunspell.is_common_word` again about every form it holds. Then, for every distinct word
of the FILEs (``.jsonl`` pairs: both texts; any other file: its lines) as written, in lower case and
capitalised, compares what the language answers (the table's answer for a form it holds, else the analysis)
with the analysis alone. Prints the counts and every difference; exits 1 on any.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.langs import hunspell, language_pair
from mtqa.langs.answered import COMMON_WORD, IN_DICTIONARY
from mtqa.words import WORD_RE


def texts(path: str):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if path.endswith(".jsonl"):
                row = json.loads(line)
                yield row.get("source") or ""
                yield row.get("target") or ""
            else:
                yield line


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--source", default="fr")
    ap.add_argument("--target", default="en")
    args = ap.parse_args()
    pair = language_pair(args.source, args.target)
    words: set[str] = set()
    for path in args.files:
        for text in texts(path):
            for m in WORD_RE.finditer(text):
                w = m.group()
                words.update((w, w.lower(), w[:1].upper() + w[1:].lower()))
    differ = 0
    for lang in (pair.source, pair.target):
        dicts = lang.dictionaries
        start = time.thread_time()
        table = lang._answered._open(stored_only=False)
        if table is None:
            print(f"{lang.code}: no table (no dictionaries, no wordfreq data, or no cache folder that keeps it)")
            return 1
        opened = time.thread_time() - start
        rows = list(table.items())
        wrong = [(w, bits) for w, bits in rows
                 if bits != ((IN_DICTIONARY if hunspell.in_dictionary(dicts, w) else 0)
                             | (COMMON_WORD if hunspell.is_common_word(dicts, w) else 0))]
        lang._answered._table = table
        held = sum(1 for w in words if table.get(w) is not None)
        asked = [(w, lang._in_dictionary(w), hunspell.in_dictionary(dicts, w),
                  lang._is_common_word(w), hunspell.is_common_word(dicts, w)) for w in sorted(words)]
        apart = [a for a in asked if a[1] != a[2] or a[3] != a[4]]
        print(f"{lang.code} ({'+'.join(lang.hunspell_names)}, lists {'+'.join(lang._answered.lists())}): "
              f"table {len(rows):,d} forms (opened/built in {opened:.2f} s), {len(wrong)} differ from the analysis; "
              f"files: {len(words):,d} distinct forms, {held:,d} held by the table, {len(apart)} answered otherwise")
        for w, bits in wrong[:20]:
            print("  table", repr(w), bits)
        for a in apart[:20]:
            print("  asked", a)
        differ += len(wrong) + len(apart)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
