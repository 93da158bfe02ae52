"""Count how human translators render a French measure joined to a noun by « de »: writes
``mtqa/data/lexmodel/of_measures.fr-en.tsv`` for A632 (measure-of-calque).

Usage: ``.venv/bin/python bench/of_measures.py [--data DIR] [--check]``

French ties a measure to a noun with « de » on either side: « un homme de 45 ans », « un débat de près de dix
heures » (the noun, then its measure), « cinq ans de prison », « deux heures de retard » (the measure, then what
it measures). An engine that keeps every « de » as "of" writes "a man of 45 years" and "five years of prison",
where English writes "a 45-year-old man" and "five years in prison"; but "a period of two years", "a delay of
three hours" and "ten years of work" are English's own. Which nouns take which is not listed by hand: it is
counted in the human translations of French news (the newstest 2008-2013 references and Potet's post-edits, as
``bench/of_heads.py``; newstest 2014-2015 and every MT output held out). A measure is a figure or a cardinal word of
``numbers/fr.toml`` and one of its ``units`` or ``word_units``, optionally after a hedge of its
``ambiguous_scale_amount_hedges`` or ``range_approximators`` (« près de », « plus de »;
:func:`mtqa.langs.of_phrases.measures`). Rows (tab-separated):

* ``M word of compound other``: a French head N1 of « N1 de [hedge] NUM UNIT » (as written, lower case, a noun
  of the French dictionary) and how its reference renders it: "E1 of [hedge] NUM UNIT" (``of``; E1 a rendering
  of N1 by the lexical model), the measure before E1 within three words ("a 45-year-old man", "a ten-hour
  debate": ``compound``), or E1 with the measure elsewhere ("a debate lasting ten hours", "a man aged 45":
  ``other``). Kept when read at least ``MIN_READINGS`` times and with "of" in at most ``OF_SHARE_MAX`` of them
  (one translator's slip in ten: « homme » 1 "of" against 16).
* ``T word of compound continuation count``: a French complement N2 of « NUM UNIT de N2 » and how its reference
  renders it: an English unit after a figure followed by "of" and a rendering of N2 within three words
  (``of``), followed at once by a rendering (``compound``: "ten metres high", "a five-year prison sentence"), or
  followed by other words and a rendering ("five years in prison"); the most frequent words after the unit, up
  to the rendering and the noun it modifies ("in prison", "high", "above sea level"), and their count. Kept as
  ``M``, and only when one form leads: when two tie the translators name no form of their own, and a few readings
  without "of" are no evidence against English's own "of" (« emprisonnement »: "three years of imprisonment").

``--check`` compares with the shipped file (exit 1 when it differs); a missing input is one line and exit 2.
Deterministic given its inputs. No sentence is stored.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "of_measures.fr-en.tsv"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
MIN_READINGS = 3
"""Readings a noun needs: at 2, nouns of one story came in (two sentences of one article on one trial)."""
OF_SHARE_MAX = 0.1
"""The share of a noun's readings that may be "of": one slip of a translator in ten is tolerated (« homme »: 15
measures before "man", one "a man of 45 years"), two or more in ten is English's own ("a period of two years",
"a sentence of five years", "a distance of 3 km")."""
WINDOW = 3
"""English words read before a head for the measure of its compound ("a 45 - year - old man": the tokens split
at hyphens, so "45", "year", "old" stand before "man")."""


class Missing(Exception):
    """An input file is missing: the table would differ."""


def english_readings(pairs) -> tuple[dict, dict, dict]:
    """(heads, complements, words): French word -> Counter of how the reference renders its frame (``of``,
    ``compound``, ``other``); and, for complements, French word -> Counter of the other words after the English
    unit."""
    from mtqa.langs import language
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.langs.literal_expressions import closed_class
    from mtqa.langs.of_phrases import after_hedge, measure_frames, measures
    from mtqa.meaning.tokens import tokens

    model = load_lexmodel("fr", "en")
    nouns, grammar, english_grammar = language("fr").dictionary_nouns, closed_class("fr"), closed_class("en")
    en = measures("en")
    renders: dict[str, set] = {}

    def rendered(stem: str) -> set:
        if stem not in renders:
            renders[stem] = {c.stem for c in model.translations(stem)}
        return renders[stem]

    heads: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    complements: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    words: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for fr, ref in pairs:
        ft = tokens(fr, "fr")
        et = None
        for kind, n in measure_frames(ft, "fr"):
            noun = ft[n]
            if noun.lower in grammar or (noun.lower not in nouns and noun.lower.rstrip("sx") not in nouns):
                continue
            targets = rendered(noun.stem)
            if not targets:
                continue
            if et is None:
                et = tokens(ref, "en")
                lows, stems = [t.lower for t in et], [t.stem for t in et]
                figures = [t.is_number or t.lower in en.cardinals for t in et]
            how = None
            if kind == "M":
                for j, s in enumerate(stems):
                    if s not in targets:
                        continue
                    if j + 1 < len(et) and lows[j + 1] == "of":
                        k = after_hedge(lows, j + 2, en.hedges)
                        if k + 1 < len(et) and figures[k] and lows[k + 1] in en.units:
                            how = "of"
                            break
                    if any(figures[b] and b + 1 < j and lows[b + 1] in en.units for b in range(max(0, j - WINDOW - 1), j)):
                        how = "compound"
                        break
                if how is None and any(s in targets for s in stems) and any(
                        figures[b] and b + 1 < len(et) and lows[b + 1] in en.units for b in range(len(et))):
                    how = "other"
                if how:
                    heads[noun.lower][how] += 1
                continue
            for u in range(1, len(et) - 1):  # the first English unit after a figure that a rendering follows
                if lows[u] not in en.units or not figures[u - 1]:
                    continue
                ahead = [v for v in range(u + 1, min(len(et), u + 1 + WINDOW)) if stems[v] in targets]
                if lows[u + 1] == "of":
                    how = "of" if ahead else None  # "of" and no rendering: another phrase, not this one's reading
                elif stems[u + 1] in targets:
                    how = "compound"
                    words[noun.lower][et[u + 1].text] += 1  # "ten metres high", "a five-year prison sentence"
                elif ahead:
                    end = ahead[0] + 1
                    while end < len(et) and stems[end] in targets:  # every rendering in a row
                        end += 1
                    if end < len(et) and et[end].text.isalpha() and et[end].text.islower() \
                            and lows[end] not in english_grammar:  # and the noun it modifies: "above sea level"
                        end += 1
                    how = "other"
                    words[noun.lower][" ".join(t.text for t in et[u + 1:end])] += 1
                if how:
                    complements[noun.lower][how] += 1
                    break
    return heads, complements, words


def kept(counts: collections.Counter) -> bool:
    """Whether a noun's readings make a row: at least ``MIN_READINGS``, "of" in at most ``OF_SHARE_MAX`` of them."""
    total = sum(counts.values())
    return total >= MIN_READINGS and counts["of"] <= OF_SHARE_MAX * total


def build(data: Path) -> str:
    from of_heads import parallel, Missing as HeadsMissing

    try:
        pairs = parallel(data)
    except HeadsMissing as exc:
        raise Missing(str(exc)) from exc
    heads, complements, words = english_readings(pairs)
    lines = ["# A632 (measure-of-calque): made by bench/of_measures.py; see mtqa/data/lexmodel/SOURCES.md"]
    for w in sorted(heads):
        c = heads[w]
        if kept(c):
            lines.append(f"M\t{w}\t{c['of']}\t{c['compound']}\t{c['other']}")
    for w in sorted(complements):
        c = complements[w]
        if kept(c):
            best = sorted(words[w].items(), key=lambda kv: (-kv[1], kv[0]))
            text, n = best[0] if best else ("", 0)
            if not best or (len(best) > 1 and best[1][1] == n):
                # a tie (« emprisonnement »: "imprisonment" 2, "in prison" 2): the translators name no form of their
                # own, and a few readings without "of" are then no evidence against English's own "of" ("three
                # years of imprisonment" is standard): no row
                continue
            lines.append(f"T\t{w}\t{c['of']}\t{c['compound']}\t{text}\t{n}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", action="store_true", help="print every counted noun, kept or not")
    args = ap.parse_args(argv)
    try:
        if args.show:
            from of_heads import Missing as HeadsMissing, parallel
            try:
                pairs = parallel(args.data)
            except HeadsMissing as exc:
                raise Missing(str(exc)) from exc
            heads, complements, words = english_readings(pairs)
            for name, table in (("M", heads), ("T", complements)):
                for w, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
                    print(name, w, dict(c), dict(words.get(w, {})) if name == "T" else "")
            return 0
        text = build(args.data)
    except Missing as exc:
        print(f"of_measures: {exc}", file=sys.stderr)
        return 2
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("same" if same else f"{OUT} differs from a fresh build")
        return 0 if same else 1
    from mtqa.output import atomic_output

    with atomic_output(str(OUT), what="the table") as handle:  # whole or untouched, never half written
        handle.write(text)
    print(f"{OUT}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
