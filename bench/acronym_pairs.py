"""What human translators of French news do with French acronyms: the facts T202 and T203 read.

Usage: ``.venv/bin/python bench/acronym_pairs.py [--data DIR] [--check] [--show]``

Reads the French sources and human English translations of news-test2008, newssyscomb2009, newstest2009-2013
(``DIR/newstest-fren-2008-2015``) and Potet's source and post-edit (``DIR/potet-fren-postedit``); newstest2014
and 2015 are held out. In every sentence pair it takes the acronyms (2-7 capitals, a whole word) of each side; a French sentence seen
before (Potet's sources repeat newstest's, with other spacing) is read once, with its first translation.

* An acronym of the source that the translation writes too is **kept**; written in the translation of at least
  ``MIN_KEPT`` pairs (of any set: the table only keeps T203 quiet) and in at least ``KEPT_SHARE`` of
  the pairs whose source has it, English keeps its letters (UMP, CGT, SNCF): ``acronyms_kept.fr-en.tsv``, which
  T203 reads as acronyms it leaves alone.
* An acronym of the source missing from the translation, where the translation writes an acronym the source
  does not, is a candidate **rendering** (VIH -> HIV). The pair is kept when seen in at least ``MIN_PAIRS``
  sentence pairs of ``MIN_SETS`` sets, in at least ``RENDERED_SHARE`` of the pairs where the French acronym is
  missing from the translation and of those where the English one is new, the French acronym kept in at most
  ``MAX_KEPT_SHARE`` of its pairs, and the two share all their letters but one (an acronym and its English
  counterpart spell the same words' initials: IDE and FDI, not IBM and a misspelt IMB, nor two unrelated
  acronyms of one sentence). Pairs the hand-compiled ``acronyms.fr-en.tsv`` already has are left out;
  the others go to ``acronyms_learned.fr-en.tsv``, which T202 reads as rows the aligned source must confirm.

The output is deterministic given its inputs; no sentence is stored, only acronyms and counts. ``--check``
compares with the files in the repository instead of writing them; ``--show`` prints every candidate and why it
is in or out.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data"
NAMES = ROOT / "mtqa" / "data" / "names"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_lexicon import TRAIN_SETS as SETS  # noqa: E402  (the lexical model's training sets, one owner)
ACRONYM = re.compile(r"(?<![\w&.-])[A-Z]{2,7}(?![\w&-])")
_NOT_LETTERS = re.compile(r"[\W\d_]+")

MIN_KEPT = 3
KEPT_SHARE = 0.5
MIN_PAIRS = 3
MIN_SETS = 2
RENDERED_SHARE = 0.6
MAX_KEPT_SHARE = 0.25

KEPT_HEADER = """\
# French acronyms that human translators of French news keep in English (the translation writes the same
# letters): T203 (mtqa/checks/acronyms.py) leaves them alone even where the translation renders their name in
# English (the Union for a Popular Movement, UMP). Built by bench/acronym_pairs.py from the French sources and
# human English translations of news-test2008, newssyscomb2009, newstest2009-2013 and Potet's post-edits (kept
# in at least {min_kept} sentence pairs, and in at least {share:.0%} of the pairs whose source has them); `pairs`:
# pairs whose source has the acronym, `kept`: those whose translation keeps it. Acronyms the hand-compiled
# acronym_bodies.fr-en.tsv gives another English acronym (OIT: ILO) are left out: that table owns them.
french\tpairs\tkept
"""

LEARNED_HEADER = """\
# French acronyms that human translators of French news render by another English acronym, beside the
# hand-compiled acronyms.fr-en.tsv (whose pairs are left out here). Read by T202 (mtqa/checks/acronyms.py) as rows
# the aligned source must confirm. Built by bench/acronym_pairs.py from the French sources and human English
# translations of news-test2008, newssyscomb2009, newstest2009-2013 and Potet's post-edits: seen in at least
# {min_pairs} sentence pairs of at least {min_sets} sets, in at least {share:.0%} of the pairs where the French
# acronym is missing from the translation and of those where the English one is new, the French one kept in at
# most {kept:.0%} of its pairs, the two sharing all their letters but one. `pairs`: sentence pairs where the
# translation renders the French acronym so; `sets`: in how many test sets.
french\tenglish\tpairs\tsets
"""


def sentence_pairs(data: Path):
    """(set name, French, English) of every calibration sentence pair."""
    news = data / "newstest-fren-2008-2015"
    for name in SETS:
        fr = (news / f"{name}.fr").read_text(encoding="utf-8").splitlines()
        en = (news / f"{name}.en").read_text(encoding="utf-8").splitlines()
        yield from ((name, f, e) for f, e in zip(fr, en))
    potet = data / "potet-fren-postedit"
    fr = (potet / "src.fr").read_text(encoding="utf-8").splitlines()
    en = (potet / "pe.en").read_text(encoding="utf-8").splitlines()
    yield from (("potet", f, e) for f, e in zip(fr, en))


def count(pairs):
    seen, kept, missing, new = (collections.Counter() for _ in range(4))
    kept_sets, together, together_sets = collections.defaultdict(set), collections.Counter(), collections.defaultdict(set)
    done = set()
    for name, fr, en in pairs:
        key = _NOT_LETTERS.sub("", fr.lower())
        if key in done:
            continue  # the same sentence in another set (Potet's sources repeat newstest's): one translator's say
        done.add(key)
        xs, ys = set(ACRONYM.findall(fr)), set(ACRONYM.findall(en))
        for x in xs:
            seen[x] += 1
            if x in ys:
                kept[x] += 1
                kept_sets[x].add(name)
            else:
                missing[x] += 1
        for y in ys - xs:
            new[y] += 1
            for x in xs - ys:
                together[x, y] += 1
                together_sets[x, y].add(name)
    return seen, kept, kept_sets, missing, new, together, together_sets


def _related(x: str, y: str) -> bool:
    """All letters but one shared (as multisets): VIH/HIV, IDE/FDI, BASD/ADB."""
    common = sum((collections.Counter(x) & collections.Counter(y)).values())
    return common >= min(len(x), len(y)) - 1 and common >= 1


def build(data: Path, show: bool = False) -> tuple[str, str]:
    from mtqa.langs.data import pair_table

    seen, kept, kept_sets, missing, new, together, together_sets = count(sentence_pairs(data))
    listed = {(r["french"], r["english"]) for r in pair_table("acronyms", "fr-en")}
    listed_french = {r["french"] for r in pair_table("acronyms", "fr-en")}
    # one owner per acronym: a body the hand-compiled table gives English letters of its own is the table's
    # (a few human translations keeping OIT do not make the ILO's French letters English)
    renamed = {r["french"] for r in pair_table("acronym_bodies", "fr-en") if r["english"] != r["french"]}
    kept_rows = []
    for x in sorted(seen):
        ok = kept[x] >= MIN_KEPT and kept[x] >= KEPT_SHARE * seen[x] and x not in renamed
        if show and kept[x] >= MIN_KEPT:
            print(f"kept {'IN ' if ok else 'out'} {x} seen {seen[x]} kept {kept[x]} sets {len(kept_sets[x])}")
        if ok:
            kept_rows.append(f"{x}\t{seen[x]}\t{kept[x]}\n")
    learned_rows = []
    for (x, y), n in sorted(together.items()):
        if n < MIN_PAIRS:
            continue
        why = ("sets" if len(together_sets[x, y]) < MIN_SETS else
               "share" if n < RENDERED_SHARE * missing[x] or n < RENDERED_SHARE * new[y] else
               "kept" if kept[x] > MAX_KEPT_SHARE * seen[x] else
               "letters" if not _related(x, y) else
               "listed" if (x, y) in listed or x in listed_french else "")
        if show:
            print(f"pair {'IN ' if not why else 'out'} {x}->{y} {n} (missing {missing[x]}, new {new[y]}, "
                  f"kept {kept[x]}/{seen[x]}, sets {len(together_sets[x, y])}) {why}")
        if not why:
            learned_rows.append(f"{x}\t{y}\t{n}\t{len(together_sets[x, y])}\n")
    kept_text = KEPT_HEADER.format(min_kept=MIN_KEPT, share=KEPT_SHARE) + "".join(kept_rows)
    learned_text = LEARNED_HEADER.format(min_pairs=MIN_PAIRS, min_sets=MIN_SETS, share=RENDERED_SHARE,
                                         kept=MAX_KEPT_SHARE) + "".join(learned_rows)
    return kept_text, learned_text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--check", action="store_true", help="compare with the repository's files, write nothing")
    ap.add_argument("--show", action="store_true", help="print every candidate and why it is in or out")
    args = ap.parse_args(argv)
    kept_text, learned_text = build(args.data, args.show)
    outputs = {NAMES / "acronyms_kept.fr-en.tsv": kept_text, NAMES / "acronyms_learned.fr-en.tsv": learned_text}
    if args.check:
        stale = [p.name for p, text in outputs.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        print("stale: " + ", ".join(stale) if stale else "current")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {text.count(chr(10)) - text.count(chr(10) + '#') - 2} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
