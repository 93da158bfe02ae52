"""Which check gives way to which: one explicit table (like ruff's incompatible rules).

Some defects explain others. A segment left in the source language
(A201, A204) also has "non-words", "foreign quotation marks" and
"source-language names"; reporting them all would bury the one fix (translate
the segment) under consequences of it. Every such relation is a row of
:data:`GIVES_WAY`, read in three places and nowhere else:

* ``SEGMENT``: the issue is dropped when a winner reported an issue on the
  same target segment (:func:`mtqa.api.check_pair`, after all checks ran);
* ``OVERLAP``: the same, but only when the winner's span overlaps the issue's
  (a source phrase reported in one clause says nothing of a word elsewhere);
* ``HEAD``: the same, but only when the winner's span covers the issue's first
  character, the word the issue is about (an inverted reporting verb's verb:
  A501 naming the verb's false friend explains the inversion, A501 naming a
  false friend inside its subject, "Spatial Research", does not). Per code
  only: an A501 entry that would read the same verb otherwise (its next noun
  phrase an object, or only its preposition: ``yields_to_subject`` in
  ``false_friends.toml``) declines where A617 reads a subject, so that the
  grammar's reading is the one reported;
* ``SPAN``: within one family analysed together (the L1xx formats), a finding
  is dropped when it overlaps a winner's finding, which already rewrites the
  span (:func:`mtqa.checks.formats.resolve`); rows go both ways for checks of
  equal rank, and then the first finding reported wins;
* ``SELECTED``: the check leaves part of its cases to the winners whenever
  they are selected for the run, because the winner reports them better
  (:mod:`mtqa.checks.transliteration`).

A winner that is not selected never silences anything.
"""
from __future__ import annotations

from typing import NamedTuple

SEGMENT, OVERLAP, HEAD, SPAN, SELECTED = "segment", "overlap", "head", "span", "selected"


class GiveWay(NamedTuple):
    check: str
    winners: tuple[str, ...]
    where: str
    why: str


_UNTRANSLATED = ("A201", "A204", "A207")
_WHY_UNTRANSLATED = "the segment is untranslated source text: its other defects follow from that"

GIVES_WAY: tuple[GiveWay, ...] = (
    # -- a whole segment left in the source language explains the rest ----------------
    GiveWay("A201", ("A204",), SEGMENT, "a segment copied from the source is reported once, as a copy"),
    GiveWay("A208", ("A204",), SEGMENT, "a foreign-script phrase inside a copied segment is part of the copy"),
    GiveWay("A208", ("F106",), OVERLAP,
            "a look-alike letter inside a Latin word (Moscоw's Cyrillic o) is a wrong character, not a word left "
            "untranslated"),
    GiveWay("A202", _UNTRANSLATED, SEGMENT, "a source phrase inside an untranslated segment adds nothing"),
    GiveWay("A203", ("A201", "A202", "A204"), SEGMENT, "the elision is part of source text already reported"),
    GiveWay("A205", _UNTRANSLATED, SEGMENT, "the word is part of source text already reported"),
    GiveWay("A205", ("A202",), OVERLAP, "the word is part of a source phrase already reported"),
    GiveWay("A205", ("F201",), OVERLAP, "a source word that is no target word is reported once, as a non-word"),
    GiveWay("A205", ("T109", "T201"), OVERLAP, "a copied name of a place or people is reported with its target name"),
    GiveWay("A205", ("L106",), OVERLAP,
            "a currency's French plural after an amount (« yuans ») is reported once, with the English name (yuan)"),
    GiveWay("A205", ("A206",), OVERLAP,
            "the word is reported whole with the French joined to it (a subject pronoun, a -là tail, a compound)"),
    GiveWay("A205", ("F503",), OVERLAP,
            "a French plural of an English mass noun (« informations ») is reported once, with the English singular"),
    GiveWay("A206", _UNTRANSLATED, SEGMENT, "the grain is part of source text already reported"),
    GiveWay("A206", ("T109", "T201"), OVERLAP, "a copied name of a place or people is reported with its target name"),
    GiveWay("A402", ("A204", "A207"), SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("A403", ("A204", "A207"), SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("F101", _UNTRANSLATED, SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("F201", _UNTRANSLATED, SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("F502", _UNTRANSLATED, SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("F503", _UNTRANSLATED, SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("F301", _UNTRANSLATED, SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("L201", _UNTRANSLATED, SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("L202", _UNTRANSLATED, SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("L301", ("A201",), SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("T101", ("A201",), SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("T102", ("A201",), SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("T103", ("A201",), SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("T104", ("A201",), SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("T201", ("A201",), SEGMENT, _WHY_UNTRANSLATED),
    GiveWay("T202", ("A201",), SEGMENT, _WHY_UNTRANSLATED),
    # -- structure: a duplicate or a dropped segment explains the length ---------------
    GiveWay("A102", ("A101",), SEGMENT, "a repeated headline is reported as such, not as a repeated segment"),
    GiveWay("A302", ("A101", "A102", "A204"), SEGMENT, "an extra segment that repeats another is a duplicate"),
    GiveWay("A303", ("A204", "A207", "A301"), SEGMENT, "a segment too short because a sentence is missing: the omission"),
    GiveWay("A304", ("A204", "A207", "A302"), SEGMENT, "a segment too long because a sentence was added: the addition"),
    # -- number and date formats: the first rewrite of a span wins --------------------
    GiveWay("L101", ("L102", "L106"), SPAN, "the currency rewrite or the other number rewrite already covers it"),
    GiveWay("L102", ("L101", "L106"), SPAN, "the currency rewrite or the other number rewrite already covers it"),
    GiveWay("L103", ("L101", "L102", "L106"), SPAN, "the number's rewrite already places the percent sign"),
    GiveWay("L104", ("L101", "L102", "L103", "L106"), SPAN, "the span is a number, not a time"),
    GiveWay("L105", ("L101", "L102", "L103", "L104", "L106"), SPAN, "the span is a number or time, not a date"),
    GiveWay("L107", ("L106",), SPAN, "the currency rewrite already writes the scale word in the singular"),
    # -- names: the better-informed check takes the case --------------------------------
    GiveWay("T105", ("T104",), OVERLAP,
            "a first name given its English equivalent is one defect: T104 names the equivalent, and the "
            "dictionary also lists the equivalent as a word (Benoît: Benedict)"),
    GiveWay("T103", ("T105", "T106"), OVERLAP,
            "a surname lost to a common word is reported once, by the check that reads why the word stands there "
            "(T105: the surname's own translation, Laurent Blanc -> \"Laurent white\"; T106: a word in the "
            "name's aligned place), not again as an altered surname on the same word"),
    GiveWay("F201", ("A205",), SELECTED,
            "a source name copied in lower case is reported once, by A205, which gives the target's form of it "
            "(poméranie: Pomerania), not by both"),
    GiveWay("T102", ("T101", "T201"), SELECTED,
            "a spelling the document writes better elsewhere is T101's; a place with an exonym is T201's"),
    GiveWay("T106", ("T105",), OVERLAP,
            "a name read as a verb and translated (Gaza: \"Gassed\") is one defect: T105 names the reading, "
            "where the replaced-name check sees only a word in the lost name's place"),
    GiveWay("T112", ("T105", "T106", "T110"), OVERLAP,
            "a lower-case word in a lost name's place is reported once: T105 names the name's translation, T106 "
            "and T110 read the word as the name replaced (\"Vladimir air.\"), T112 only where they are silent"),
    GiveWay("T110", ("T105",), OVERLAP,
            "a name read as a verb and translated is T105's, not a second name put for the lost one"),
    GiveWay("A508", ("A628",), OVERLAP,
            "« se dire » + an attribute (\"said himself ready\") is reported once, by the check that reads it"),
    GiveWay("A508", ("A501",), OVERLAP,
            "a pronominal verb A501's entries name (« se tenir » -> \"held itself\") is reported once, with the "
            "entry's English verb"),
    GiveWay("A503", ("A501",), OVERLAP,
            "a calque A501 names (its entry says the English phrase) is not reported again as a word order"),
    GiveWay("A618", ("A501",), HEAD,
            "an inverted reporting verb A501's entries name (its false friend or its phrase) is reported once, "
            "with A501's English word; a false friend inside the subject is a second defect"),
    GiveWay("A617", ("A501",), HEAD,
            "an inverted reporting verb A501's entries name (its false friend or its phrase) is reported once, "
            "with A501's English word; a false friend inside the subject is a second defect. A501's entries that "
            "read the verb's next noun phrase as an object or name only its preposition give way to A617 per "
            "entry instead (false_friends.Entry.yields_to_subject)"),
    GiveWay("A620", ("A501",), OVERLAP,
            "a person's age A501's entries name (« homme de 40 ans » -> \"man of 40 years\") is reported once, "
            "with A501's English phrase"),
    GiveWay("A619", ("A501",), OVERLAP,
            "a measure A501's entries name is reported once, with A501's English phrase"),
    GiveWay("A621", ("A501",), OVERLAP,
            "a part A501's entries name is reported once, with A501's English phrase"),
    GiveWay("A632", ("A501", "A619", "A620"), OVERLAP,
            "a measure carried over with \"of\" that A501's entries name (« cinq ans de prison » -> \"five years "
            "of prison\") or A619/A620 read by grammar (\"a man of fifty years\") is one defect, reported once by "
            "the check that says it with its English phrase, not again as a calque read off the translators' counts"),
    GiveWay("A504", ("A501",), OVERLAP,
            "a calque A501 names (its entry says the English phrase) is not reported again as a learned expression"),
    GiveWay("A627", ("A617", "A618"), OVERLAP,
            "a reporting verb with an adverbial and a noun phrase after it is read once: where A617/A618 read the "
            "noun phrase as the inverted subject, it is no object"),
    GiveWay("A627", ("A501", "A504"), OVERLAP,
            "a verb A501 or A504 names as a calque is reported once, with their English phrase"),
    GiveWay("A501", ("A631",), HEAD,
            "a verb of opinion rendered in its figure sense (« estiment que » -> \"estimate that\") is reported "
            "once, by the check that reads the source's clause and the translators' counts; A501's listed entry "
            "speaks where A631 does not read the frame (« estime même que »). HEAD, not OVERLAP: a calque that "
            "starts before the verb (\"one estimates\") is a second defect"),
    GiveWay("A503", ("A504",), OVERLAP,
            "a fixed expression rendered word for word is reported once, with the translators' rendering, "
            "not again as a word order"),
)


def _index(where: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in GIVES_WAY:
        if row.where == where:
            out.setdefault(row.check, set()).update(row.winners)
    return {code: frozenset(winners) for code, winners in out.items()}


_BY_SCOPE = {where: _index(where) for where in (SEGMENT, OVERLAP, HEAD, SPAN, SELECTED)}


def winners(code: str, where: str) -> frozenset[str]:
    """The codes ``code`` gives way to in scope ``where`` (empty if none)."""
    return _BY_SCOPE[where].get(code, frozenset())


def selected(ctx) -> frozenset[str]:
    """The codes of the checks that run in this context (only they can win)."""
    return ctx.resource("precedence.selected", lambda: frozenset(c.code for c in ctx.checks))


def selected_winners(code: str, ctx) -> frozenset[str]:
    """The ``SELECTED`` winners of ``code`` that run in this context."""
    return winners(code, SELECTED) & selected(ctx)
