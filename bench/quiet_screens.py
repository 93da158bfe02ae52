"""Which quiet test examples never reach the rule they claim to test: per test file with a ``QUIET`` list, the share of
its examples that the check's screen (the cheap test a check runs first and returns on) lets through.

Usage: ``.venv/bin/python bench/quiet_screens.py [--show]``

A quiet example whose text the screen rejects is quiet whatever the check's rules say, so it cannot fail when a rule
breaks (stop 69's last read: 21 of A507's quiet sentences held no "of"). The screen is the check class's ``screen``
attribute where it has one, else the trigger the check reads first, named here per code: F502's title words,
A622's "would", A623's trap words in the source, F503's listed plurals, A617's comma or closing quote; the stop-70
readings are screened by their patterns (``module:LIST`` names another list than QUIET): A617's after-speech
quiet list by the inversion pattern, A624's by its target pattern, A625's by its edge and night patterns. A test file whose QUIET rows are not
(source, target) pairs of one check is listed as unread.
"""
from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtqa.checks import registry  # noqa: E402


def _f502(source: str, target: str) -> bool:
    from mtqa.langs.title_articles import bare_titles
    last = {title.split()[-1] for title in bare_titles("en")}  # the check's triggers: a flagged title's last word
    return ("he" in target or "HE" in target) and bool(last & {w.lower() for w in re.findall(r"[\w-]+", target)})


def _a622(source: str, target: str) -> bool:
    from mtqa.langs.hearsay import target_reading
    return any(w in target.lower() for w in target_reading("en").conditional)


def _a623(source: str, target: str) -> bool:
    from mtqa.langs.lexmodel import fields
    words = {w for _, w in fields("fr", "en").traps}
    return bool(words & {w.rstrip("s") for w in re.findall(r"\w+", source.lower())} | words & set(
        re.findall(r"\w+", source.lower())))


def _f503(source: str, target: str) -> bool:
    from mtqa.langs.mass_nouns import mass_plurals
    return any(w.lower() in mass_plurals("en") for w in re.findall(r"[^\W\d_]+", target))


def _a617(source: str, target: str) -> bool:
    return any(mark in target for mark in (",", '"', "\u201d", "\u00bb"))  # the check's first test


def _a617_pattern(source: str, target: str) -> bool:
    from mtqa.langs.reporting import inversion_pattern
    return inversion_pattern("en").search(target) is not None  # the inversion reading's pattern, past the comma


def _a624(source: str, target: str) -> bool:
    from mtqa.langs.world_rank import target_pattern
    return target_pattern("en").search(target) is not None  # an ordinal before "world"/"global" and a word


def _a625(source: str, target: str) -> bool:
    from mtqa.langs.time_phrases import reads
    return reads(target, "en")  # an edge of a part of the day after a preposition, or a night between two days


TRIGGERS = {"F502": _f502, "A622": _a622, "A623": _a623, "F503": _f503, "A617": _a617,
            "A617-inversion": _a617_pattern, "A624": _a624, "A625": _a625}
"""The first test of checks that have no ``screen`` attribute, as each check's own code reads it."""

FILES = {  # test module -> the check its QUIET list is for
    "tests.checks.test_of_phrases": "A507",
    "tests.checks.test_title_articles": "F502",
    "tests.checks.test_hearsay": "A622",
    "tests.test_field_sense": "A623",
    "tests.checks.test_mass_plurals": "F503",
    "tests.checks.test_grammar_calques": "A617",
    "tests.checks.test_grammar_calques:QUIET_CQ70": "A617-inversion",
    "tests.checks.test_world_rank": "A624",
    "tests.checks.test_time_calques": "A625",
    "tests.checks.test_noun_compounds": "A626",
}


def screen_of(code: str):
    if code in TRIGGERS:
        return TRIGGERS[code]
    cls = registry.get(code)
    screen = getattr(cls, "screen", None)
    if screen is None:
        return None
    return lambda source, target: bool(screen(target))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true", help="print the examples the screen rejects")
    args = ap.parse_args()
    for module, code in FILES.items():
        name, _, attr = module.partition(":")
        quiet = getattr(importlib.import_module(name), attr or "QUIET")
        screen = screen_of(code)
        rows = [("", q) if isinstance(q, str) else (q[-2], q[-1]) for q in quiet]  # F502's rows are targets alone
        missed = [r for r in rows if not screen(*r)]
        print(f"{code}  {module:40s} quiet {len(rows):3d}  never past the screen {len(missed):3d}")
        if args.show:
            for source, target in missed:
                print(f"    {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
