"""Extend mtqa's first-name table (``mtqa/data/names/first_names.tsv``) from the French Hunspell dictionary.

Why: the table's hand-kept rows (the INSEE's most frequent given names and common foreign names) are a
recall aid that T103, A611, T105, T111, L301 and the mention finder lean on, and a given name missing from
it (Walid, Steve) leaves a person's name unread. Debian's ``hunspell-fr`` (Grammalecte's dictionary) tags
about 2,800 given names with the morphological field ``po:prn`` (the profile's
``dictionary_first_name_tag``): a general, reviewed list of French and foreign given names that ships on
the machine. It is read here, at build time, so a run does not read the 2.5 MB ``.dic`` file, and the
table stays the same whether or not the dictionary is installed.

A tagged name is left out when a check would misread it:

* ``common``: its lower-case form is a common word of the English or the French dictionaries
  (``Will``, ``Summer``, ``Constance``, ``Martin``: martin, the bird). The mention finder reads a common
  word as a name word only when it is a first name, and T103 reads the word after a first name: a common
  word taken for a first name would make a name of "Will Smith's" neighbours and of a sentence's
  opening word alike;
* ``shape``: a part not written as a given name is (a capital, then lower-case letters: ``YHWH``);
* ``date``: a month's name in either language (``April``, ``June``): "in June" is a date, and a first name
  there stopped T106 reading the word that replaced a lost name ("the June" for « les Mossos »);
* ``short``: fewer than three letters (``Al``, ``Jo``: ``Al`` opens Arabic names of bodies, Al Jazeera);
* ``exonym`` / ``regnal``: a key of the exonym table or of the regnal names (``Aristote``, ``Néron``):
  figures French names alone, in a French form T201 reports;
* ``dictionary``: a headword of FreeDict French-English (Debian ``dict-freedict-fra-eng``), which lists
  figures of myth, antiquity and the Bible with their English form (``Zeus``, ``Moïse``: Moses,
  ``Hannibal``) and hardly any living person's given name; the exonym checks read those entries, and a
  first name is screened out of them (``mtqa/names/exonym_forms.py``).

The hand-kept rows are kept as they are, above the marker line; the rows below it are this script's, and
running it again writes the same file (sorted, one name a line, the dictionary's spelling).

Usage: PYTHONPATH=. .venv/bin/python bench/build_first_names.py [--check] [--why]
  --check  exit 1 when the file differs from what the script would write (nothing written)
  --why    print each left-out name with its reason
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

MARKER = "# -- rows below: written by bench/build_first_names.py, do not edit by hand --"

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "mtqa" / "data" / "names" / "first_names.tsv"


def hand_part(text: str) -> list[str]:
    """The lines above the marker (the whole file when it has none), without trailing blank lines."""
    lines = text.splitlines()
    if MARKER in lines:
        lines = lines[: lines.index(MARKER)]
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def reason_left_out(name: str, fr, en, screens: dict) -> str:
    """Why the tagged name ``name`` stays out of the table ("" when it goes in)."""
    from mtqa.langs import fold

    low = name.lower()
    if len(name) < 3:
        return "short"
    if not all(part[:1].isupper() and part[1:].islower() for part in name.split("-")):
        return "shape"  # a given name is written as one: a capital, then lower case (not CyberSDF, YHWH)
    if any(lang.is_common_word(low) for lang in (en, fr)):
        return "common"  # a compound (Jean-Baptiste) is read whole: its parts may be words (jean, marie)
    if any(low in lang.numbers.months for lang in (en, fr)):
        return "date"  # a month's name (April, June): a date's word, which the date readers own
    key = fold(name).casefold()
    if key in screens["exonym"]:
        return "exonym"
    if key in screens["regnal"]:
        return "regnal"
    if screens["freedict"] is not None and screens["freedict"].translations(name):
        return "dictionary"
    return ""


def build() -> tuple[list[str], dict[str, str], int]:
    """(names added, left-out name -> reason, names the dictionary tags)."""
    from mtqa.langs import fold, freedict, hunspell, language, language_pair

    fr, en = language("fr"), language("en")
    tag = fr.extra.get("dictionary_first_name_tag")
    if not tag or not fr.has_dictionary or not en.has_dictionary:
        sys.exit("build_first_names: needs the French and English Hunspell dictionaries (hunspell-fr, hunspell-en-us)")
    db = freedict.database(freedict.pair_name("fr", "en"))
    if db is None:
        sys.exit("build_first_names: needs FreeDict French-English (dict-freedict-fra-eng)")
    pair = language_pair("fr", "en")
    screens = {
        "exonym": {fold(r["french"]).casefold() for r in pair.table("exonyms")},
        "regnal": set(pair.regnal_names),
        "freedict": db,
    }
    hand = {fold(line.strip()).casefold() for line in hand_part(TABLE.read_text(encoding="utf-8"))
            if line.strip() and not line.startswith("#")}
    tagged = sorted(hunspell.tagged_stems(fr.hunspell_names, tag))
    added, out = [], {}
    for name in tagged:
        if fold(name).casefold() in hand:
            continue
        why = reason_left_out(name, fr, en, screens)
        if why:
            out[name] = why
        else:
            added.append(name)
            hand.add(fold(name).casefold())
    return added, out, len(tagged)


def render(added: list[str], tagged: int) -> str:
    head = hand_part(TABLE.read_text(encoding="utf-8"))
    note = [MARKER,
            f"# {len(added)} given names of the French Hunspell dictionary (Debian hunspell-fr, field po:prn, {tagged} tagged),",
            "# less common words, months, names not written as given names are or under three letters, exonyms,",
            "# regnal names and FreeDict headwords (see the script's docstring; --why lists them).",
            ]
    return "\n".join(head + note + added) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the table is not what the script writes")
    ap.add_argument("--why", action="store_true", help="print the left-out names and their reasons")
    args = ap.parse_args(argv)
    added, left, tagged = build()
    text = render(added, tagged)
    if args.why:
        by: dict[str, list[str]] = {}
        for name, why in left.items():
            by.setdefault(why, []).append(name)
        for why, names in sorted(by.items()):
            print(f"{why} ({len(names)}): {' '.join(names)}")
    print(f"{tagged} tagged, {len(added)} added, {len(left)} left out", file=sys.stderr)
    if args.check:
        return 0 if TABLE.read_text(encoding="utf-8") == text else 1
    TABLE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
