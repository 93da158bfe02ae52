"""Count, in the human English the project may learn from, the shapes A619-A621 read (:mod:`mtqa.langs.measures`).

Since stop 74 also A625's bare edge of a month or year and "since" + a duration (:mod:`mtqa.langs.time_phrases`),
read without the source, beside the number of French sources of the same files that hold the French shape.

The evidence behind ``measure_calques`` in ``mtqa/data/langs/en.toml``: how often the references of newstest
2008-2013 and Potet's post-edits (``bench/build_lexicon.training_files``; newstest 2014-2015 and all MT output are
held out), and among them the references of the newstest 2012-2013 documents written in English
(``bench/reporting_inversion.english_written``), write an adjective linked to its measure by "of" (A619), a person
given an age by "of <n> years" (A620), and "of which"/"of whom" with a figure and no verb (A621), each read exactly
as the checks read it (without the source: the English shape alone). A shape English writes itself would show
here; the shipped readings find none of A619, one of A620 in 27,454 sentences (newstest2011: "a gentleman of 50
years", « un monsieur de 50 ans » kept by the reference) and two of A621: "of which more than 41 billion" (a
calque kept), and "of whom approximately 20% suffer from ..." (a present verb no list holds: with its source,
whose « souffrent » is a verb, A621 is quiet); none in the documents written in English.

Usage: .venv/bin/python bench/measure_calques.py [--data ../shared/data] [--show]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_lexicon import DEFAULT_DATA  # noqa: E402
from reporting_inversion import english_lines, english_written  # noqa: E402
from build_lexicon import training_files  # noqa: E402
from mtqa.langs.measures import aged_nouns, measure_adjectives, parts_without_verb  # noqa: E402
from mtqa.langs.time_phrases import bare_periods, since_durations, source_durations, source_periods  # noqa: E402


def _periods(line: str) -> list[str]:
    """A625's bare edge of a month or year ("end 2028", "beginning July"), read without the source (stop 74)."""
    return [m.group() for m in bare_periods(line, "en")]


def _since_durations(line: str) -> list[str]:
    """A625's "since" + a duration ("since a century"), not a point in time ("since three years ago")."""
    return [m.group() for m in since_durations(line, "en")]


SHAPES = {
    "A619 adjective of a measure": lambda line: [m.adjective + " of " + m.measure for m in measure_adjectives(line, "en")],
    "A620 person of <n> years": lambda line: [f"{m.noun} of {m.age} years" for m in aged_nouns(line, "en")],
    "A621 part without a verb": lambda line: [f"{m.link} {m.part}" for m in parts_without_verb(line, "en")],
    "A625 bare edge of a period": _periods,
    "A625 since + a duration": _since_durations,
}

SOURCE_SHAPES = {
    "A625 bare edge of a period": lambda line: bool(source_periods(line, "fr")),
    "A625 since + a duration": lambda line: source_durations(line, "fr"),
}
"""The French a shape of SHAPES copies, counted in the sources of the same files: how often the references could
have kept the calque (stop 74)."""


def count(lines: list[str]) -> dict[str, list[str]]:
    """Each shape's finds in ``lines``, as the checks read them."""
    return {shape: [found for line in lines for found in read(line)] for shape, read in SHAPES.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--show", action="store_true", help="print every find")
    args = ap.parse_args(argv)
    lines = english_lines(Path(args.data))
    if not lines:
        print(f"no parallel news under {args.data}", file=sys.stderr)
        return 2
    written = english_written(Path(args.data))
    everywhere, english = count(lines), count(written)
    print(f"{len(lines)} English sentences ({len(written)} of English-written documents)")
    sources = [line for path in training_files(Path(args.data), "fr") if path.is_file()
               for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    print(f"{'shape':<30}{'all':>6}{'written':>9}{'French sources':>16}")
    for shape in SHAPES:
        french = sum(1 for line in sources if SOURCE_SHAPES[shape](line)) if shape in SOURCE_SHAPES else ""
        print(f"{shape:<30}{len(everywhere[shape]):>6}{len(english[shape]):>9}{french:>16}")
        if args.show:
            for found in everywhere[shape]:
                print(f"    {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
