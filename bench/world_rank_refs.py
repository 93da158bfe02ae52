"""What the English references write for a French world rank (« deuxième agence mondiale », « premier
exportateur mondial »), counted per French noun over newstest 2008-2013 fr-en (the years engineers may read).

A624 suggests "the world's Nth-largest X" only for a noun the references rank by size. For every source
sentence where an ordinal and « mondial(e)(s) » are bound to the same noun (the reading of
:func:`mtqa.langs.world_rank.source_ranks`), the reference is sorted into: ``size`` (a superlative of size
"largest", "biggest": "the world's third biggest economic power", "the third largest market"), ``other`` (any
other rendering: "the leading world power"). A noun whose size share is at least one half is listed as
``sized``. The second table counts the English heads the references rank by size anywhere ("the third largest
market", "the biggest banks"); the ``sized`` list of fr.toml's ``world_rank`` cites both.

    PYTHONPATH=. .venv/bin/python bench/world_rank_refs.py [--data ../shared/data/newstest-fren-2008-2015]
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import checkout  # noqa: F401  (this checkout's mtqa first: bench/checkout.py)
from mtqa.langs.world_rank import source_ranks_bound

FILES = {"2008": "news-test2008", "2009": "newstest2009", "2010": "newstest2010", "2011": "newstest2011",
         "2012": "newstest2012", "2013": "newstest2013"}
SIZE = re.compile(r"(?i)\b(?:largest|biggest)\b")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/data/newstest-fren-2008-2015")
    args = ap.parse_args()
    size, other = Counter(), Counter()
    for year, stem in FILES.items():
        fr, en = Path(args.data, f"{stem}.fr"), Path(args.data, f"{stem}.en")
        if not fr.exists() or not en.exists():
            print(f"# {year}: missing, skipped")
            continue
        for src, ref in zip(fr.read_text(encoding="utf-8").splitlines(), en.read_text(encoding="utf-8").splitlines()):
            for rank in source_ranks_bound(src, "fr"):
                noun = rank.noun.lower()
                (size if SIZE.search(ref) else other)[noun] += 1
                print(f"# {year} {rank.rank} {noun}: {ref[:100]}")
    print("noun\tsize\tother\tsized")
    for noun in sorted(set(size) | set(other), key=lambda n: -(size[n] + other[n])):
        n = size[noun] + other[noun]
        print(f"{noun}\t{size[noun]}\t{other[noun]}\t{'yes' if size[noun] * 2 >= n else 'no'}")
    # the English side: the nouns the references rank by size anywhere ("the third largest market", "the
    # biggest banks"): the first word after the superlative and its modifiers that is no function word
    from mtqa.langs import language

    function = language("en").function_words
    heads = Counter()
    for year, stem in FILES.items():
        en = Path(args.data, f"{stem}.en")
        if en.exists():
            for m in re.finditer(r"(?i)\b(?:largest|biggest)((?:\s+[a-z][a-z-]*){1,4})", en.read_text(encoding="utf-8")):
                words = m.group(1).lower().split()
                cut = next((i for i, w in enumerate(words) if w in function), len(words))
                if cut:
                    heads[words[cut - 1]] += 1
    print("\n# English heads after largest/biggest (newstest 2008-2013), count >= 1:")
    print(", ".join(f"{w} {n}" for w, n in heads.most_common() if n >= 1))


if __name__ == "__main__":
    main()
