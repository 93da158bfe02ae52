"""How much evidence the parallel news holds for a word's sense decided by its construction or its story's field.

Why this exists (stop 73, issues 12 and 13): round 1 (mt73) sorted the mistranslation and false-friend rows the
calibration articles miss, and found most of them a word rendered in a real news sense of it that its
construction or its story's field rules out (« estimer que » -> "estimate that" for "believe", « assurer que »
-> "assured that" for "said", « rappeler que » -> "recall that" for "point out", « saisir » a court -> "seize",
« campagne » of a harvest -> "campaign", « réseau » of the power grid -> "network", « bâtiment » of a navy ->
"building"). Two general mechanisms could catch them: (a) a construction table learned from the parallel news
(per verb and frame, pooled over the verb's forms, the renderings translators write; a rendering the frame
rarely gets, with enough sentences, is flagged) and (b) field cues (A623's learned fields, extended). Both need
the parallel news to hold the frame or field often, and its human references to avoid the trap rendering there.
This script measures both before anything is built.

For each probe (a French frame or field, as a pattern over the source sentence, with the English trap
rendering and the renderings a careful translator writes) it counts, in the training sentences of
:mod:`bench.build_lexicon` (newstest 2008-2013 and Potet's post-edits; never newstest 2014), the sentences in
the frame, how many of their references write the trap and how many write an expected rendering; then the same
on newstest 2012 and 2013 split by the story's original language, read from the document id's news site (a
French site: the English is a direct translation; an English site: the English is the original and the
French its translation; any other: both sides are translations of a third language, where calques of the
third language's verb pass into both). A frame qualifies for a learned "rarely seen" rule when it has
``--min-sentences`` sentences or more and the trap is ``--max-share`` of them or less.

The probes are the constructions and fields of round 1's sort, written as patterns here because this is a
measurement of them, not a check: nothing here is shipped or read by mtqa.

Usage: python bench/sense_evidence.py [--data ../shared/data] [--min-sentences 20] [--max-share 0.05]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_lexicon import DEFAULT_DATA, corpus  # noqa: E402

# (name, kind, French frame, English trap, English renderings expected in the frame)
PROBES: tuple[tuple[str, str, str, str, str], ...] = (
    ("estimer que", "construction", r"\bestim\w*\s+qu", r"\bestimat", r"\b(believ|consider|think|thought|said|say|feel|felt|view)"),
    ("assurer que", "construction", r"\bassur\w*\s+qu", r"\bassur\w*\s+that", r"\b(said|say|insist|maintain|state|promis|stress)"),
    ("rappeler que", "construction", r"\brappel\w*\s+qu", r"\brecall", r"\b(point\w* out|not\w*|remind|stress|underlin)"),
    ("saisir + court", "construction",
     r"\bsaisi\w*\s+(?:la|le|les)\s+(?:justice|tribunal|tribunaux|cour|conseil|commission|juge)", r"\bseiz",
     r"\b(refer|brought|bring|took|take|fil|appeal)"),
    ("mené + score", "construction", r"\bmené(?:e|s|es)?\s+(?:au\s+score|de\s+\d|\d+\s+à\s+\d|d'un)", r"\bled\b",
     r"\b(trail|behind|down)"),
    ("campagne + farming", "field", r"\bcampagnes?\b.*\b(?:récolte|agricole|céréal|vendange|betterave|blé|cacao)",
     r"\bcampaign", r"\b(season|harvest|crop year|marketing year)"),
    ("bâtiment + navy", "field", r"\bbâtiments?\b.*\b(?:marine|navires?|garde-côtes|flotte|naval)", r"\bbuilding",
     r"\b(ship|vessel)"),
    ("réseau + power", "field", r"\bréseaux?\s+(?:électrique|de\s+distribution|d'électricité)", r"\bnetwork",
     r"\bgrid"),
    ("dispositif + security", "field", r"\bdispositifs?\s+(?:de\s+sécurité|policier|militaire|sécuritaire)",
     r"\bdevice", r"\b(operation|deploy|measure|arrangement|presence)"),
    ("usine + plant", "field", r"\busines?\s+(?:de\s+dessalement|électrique|de\s+traitement|d'épuration|nucléaire)",
     r"\bfactor", r"\bplant"),
    ("professeur + school", "field", r"\bprofesseur\w*\b.*\b(?:école|collège|lycée|élèves)", r"\bprofessor",
     r"\bteacher"),
)

# The news sites of newstest 2012/2013 document ids, by the language their stories were written in (facts read
# from the sites' names; the ids are "site/..." or "site-date-number.html").
FRENCH_SITES = ("liberation", "lesechos", "lemondefr", "lefigaro", "ledevoir", "croix", "canoe", "equipe",
                "cyberpresse")
ENGLISH_SITES = ("washpost", "timemagazine", "nytimes", "newsweek", "latimes", "bbc", "cnn", "telegraph",
                 "guardian", "economist")
ORIGINS = ("fr", "en", "other")


def origin(docid: str) -> str:
    site = docid.split("/")[0]
    if site.startswith(FRENCH_SITES):
        return "fr"
    if site.startswith(ENGLISH_SITES):
        return "en"
    return "other"


def by_origin(data: Path) -> list[tuple[str, str, str]]:
    """(origin, French, English) of newstest 2012 and 2013, the two years whose document ids are shipped."""
    rows = []
    for year in ("2012", "2013"):
        stem = data / f"wmt{year[2:]}-fren" / f"newstest{year}.fr-en"
        lines = Path(f"{stem}.docs.tsv").read_text(encoding="utf-8").splitlines()[1:]
        docs = [line.split("\t")[1] for line in lines]
        src = Path(f"{stem}.src.fr").read_text(encoding="utf-8").splitlines()
        ref = Path(f"{stem}.ref.en").read_text(encoding="utf-8").splitlines()
        if not len(docs) == len(src) == len(ref):
            sys.exit(f"{stem}: documents, sources and references differ in length")
        rows += [(origin(d), s, r) for d, s, r in zip(docs, src, ref)]
    return rows


def count(pairs, frame: str, trap: str, expected: str) -> tuple[int, int, int]:
    f, t, e = (re.compile(p, re.I) for p in (frame, trap, expected))
    n = traps = good = 0
    for fr, en in pairs:
        if f.search(fr):
            n += 1
            traps += bool(t.search(en))
            good += bool(e.search(en))
    return n, traps, good


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-sentences", type=int, default=20)
    parser.add_argument("--max-share", type=float, default=0.05)
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"{args.data}: no such data folder")
    training = corpus(args.data)
    rows = by_origin(args.data)
    sizes = collections.Counter(o for o, _, _ in rows)
    print(f"training sentences: {len(training)}; newstest 2012+2013 by origin: "
          + ", ".join(f"{o} {sizes[o]}" for o in ORIGINS))
    print("probe\tkind\ttraining: sentences trap expected\t" + "\t".join(f"{o}: n trap" for o in ORIGINS)
          + "\tlearnable rule")
    for name, kind, frame, trap, expected in PROBES:
        n, traps, good = count(training, frame, trap, expected)
        split = [count([(s, r) for o, s, r in rows if o == which], frame, trap, expected) for which in ORIGINS]
        ok = n >= args.min_sentences and traps <= args.max_share * n
        why = "yes" if ok else (f"no: {n} sentences" if n < args.min_sentences
                                 else f"no: references write the trap in {traps / n:.0%}")
        print(f"{name}\t{kind}\t{n} {traps} {good}\t" + "\t".join(f"{m} {t}" for m, t, _ in split) + f"\t{why}")


if __name__ == "__main__":
    main()
