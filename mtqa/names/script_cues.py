"""Names of a country named in the source, spelt by the French transliteration of that country's script.

The French press writes Arabic, Persian, Amharic, Central Asian and Japanese names by French spelling rules
(Oualid Haddadine, Kermanchah, Habtamou, Gouliston, Tsounoda); English writes Walid Haddadin, Kermanshah,
Habtamu, Guliston, Tsunoda. Letters alone do not tell such a name from a French one (Bouchard, Chevalier write
ou and ch too), so the evidence is the article's: its source headline names a country whose names come through
that script (the pair's ``transliteration.scripts``, with the demonyms and capitals the pair's tables tie to the
country: « jordanien », « Amman »). A name of such an article with one of that script's marks is read the
English way (every choice of the marks' English letters, the form English writes most kept) and flagged when

* English writes the reading and not the spelling (``STRONG_MIN_EN`` and ``STRONG_MARGIN`` over it), and French
  writes the spelling as much as English or more, and at least ``UNSEEN_EN`` (Achraf: Ashraf 3.0 against 1.1;
  two counts of about nought prove no French usage: Kermanchah, Choubert are left to the next rule): a major
  issue; or
* neither language writes the spelling (a rare name, under ``UNSEEN_EN`` in both) and it does not end as French
  surnames do (``Script.native_endings``: Brouchet): a minor one, the English letters proposed as the marks give
  them (Habtamou: Habtamu).

A reading English writes must be a name English writes more than French, not a word of its dictionary
(Rouch read as "rush"; Coutou as "Coutu", which French writes more): frequency alone counts common words and
names both languages share.

A name French writes itself (a given name or word of its dictionary, a letter only French writes: Chevalier,
Idriss) and one with a sign only English romanisation writes (sh, zh) are left alone.
"""
from __future__ import annotations

import itertools
import re
from typing import Optional

from mtqa.langs import language, language_pair
from mtqa.langs.cache import TABLES, memoize
from mtqa.records import record

MAX_SPANS = 5
"""Places of a word the marks may rewrite; each keeps its letters or takes one English rendering."""
_VOWELS = frozenset("aeiouyéèêëïîôöüâà")
_ALPHA = re.compile(r"^[^\W\d_]+$")


@record(frozen=True)
class Script:
    """One script's cue words (lower case) and marks ((French, (English, ...), where), longest first)."""

    name: str
    cues: frozenset[str]
    marks: tuple[tuple[str, tuple[str, ...], str], ...]
    shared: frozenset[str] = frozenset()
    """French letters of marks English romanisation of the script writes too (ch): frequency evidence only."""
    native_endings: tuple[str, ...] = ()
    """Endings French surnames write (the pair's ``transliteration.script_native_endings``: Brouchet, Choubert):
    a rare spelling with one is no evidence of the script by its letters alone."""


WHERE = ("any", "initial", "final", "between_vowels", "initial_before_vowel")
"""The places a mark may stand (``_where_ok``); any other is a data error, not a mark silently switched off."""


def _marks(rows, script: str, path) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """The marks of ``script`` checked: each [French letters, English letters (|), where], longest first.

    Why checked here: a two-item mark ended a run in an IndexError naming no file, and a misspelt ``where``
    switched the mark off without a word; a user correcting their own ``$MTQA_DATA`` copy learns which file."""
    from mtqa.errors import DataError

    out = []
    for m in rows:
        if not (isinstance(m, list) and len(m) == 3 and all(isinstance(x, str) and x for x in m)):
            raise DataError(f"{path}: transliteration.scripts.{script}.marks: {m!r} is not "
                            "[French letters, English letters, where]")
        if m[2] not in WHERE:
            raise DataError(f"{path}: transliteration.scripts.{script}.marks: where {m[2]!r} of {m!r} is not one of "
                            + ", ".join(WHERE))
        out.append((m[0], tuple(m[1].split("|")), m[2]))
    return tuple(sorted(out, key=lambda m: -len(m[0])))


@memoize(TABLES)
def scripts(source: str, target: str) -> tuple[Script, ...]:
    """The pair's scripts (``transliteration.scripts``), each with its countries' cue words: the countries as the
    source writes them, the demonyms (``demonyms`` table, masculine and feminine, singular and plural) and capitals
    (``capitals`` table) the tables tie to them through the exonyms table's English country names. A country is
    listed by the tables' own full name (« Arabie saoudite », « Émirats arabes unis »), which ties Riyad and
    « saoudien » to it; a cue of several words (« Le Caire », « Addis-Abeba ») is matched as a phrase
    (:func:`cued_scripts`)."""
    from mtqa.langs.data import data_path

    pair = language_pair(source, target)
    path = data_path("pairs", f"{source}-{target}.toml")
    endings = tuple(pair.transliteration.get("script_native_endings", ()))
    rows = pair.transliteration.get("scripts", {})
    english_of = {r["french"]: r["english"] for r in pair.table("exonyms")}
    out = []
    for name, row in rows.items():
        countries = tuple(row.get("countries", ()))
        english = {english_of.get(c, c) for c in countries} | set(countries)
        cues = {c.lower() for c in countries}
        for r in pair.table("demonyms"):
            if r.get("country") in english:
                cues |= {w.lower() + s for w in (r["masculine"], r["feminine"]) if w for s in ("", "" if w[-1:] in "sx" else "s")}
        cues |= {r["french"].lower() for r in pair.table("capitals") if r["country"] in countries}
        marks = _marks(row.get("marks", ()), name, path)
        out.append(Script(name, frozenset(cues), marks, frozenset(row.get("shared", ())), endings))
    return tuple(out)


def cued_scripts(headline: str, source: str, target: str) -> tuple[Script, ...]:
    """The scripts whose countries ``headline`` (the source's headline text) names, a cue of several words or a
    hyphen (« Le Caire », « Addis-Abeba ») as a phrase, each cue standing whole (no letter either side)."""
    if not headline:
        return ()
    text = headline.lower()
    return tuple(s for s in scripts(source, target) if _cue_finder(s.cues).search(text))


@memoize(TABLES)
def _cue_finder(cues: frozenset[str]) -> re.Pattern:
    """One pattern for ``cues`` (lower case), each a phrase with its spaces matching any run of spaces."""
    from mtqa.langs.data import alternation

    phrase = alternation(cues, lambda c: r"\s+".join(map(re.escape, c.split())))
    return re.compile(rf"(?<![^\W\d_])(?:{phrase})(?![^\W\d_])")


def _where_ok(where: str, w: str, a: int, b: int) -> bool:
    before = w[a - 1] if a > 0 else ""
    after = w[b] if b < len(w) else ""
    if where == "initial":
        return a == 0
    if where == "final":
        return b == len(w)
    if where == "between_vowels":
        return before in _VOWELS and after in _VOWELS
    if where == "initial_before_vowel":
        return a == 0 and after in _VOWELS
    return where == "any"


def _spans(word: str, script: Script) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """The places of ``word`` (lower case) a mark of ``script`` rewrites, left to right, one mark a place."""
    spans, i = [], 0
    while i < len(word) and len(spans) < MAX_SPANS:
        for french, english, where in script.marks:
            if word.startswith(french, i) and _where_ok(where, word, i, i + len(french)):
                alts = tuple(e for f, es, wh in script.marks if f == french and _where_ok(wh, word, i, i + len(f))
                             for e in es)
                spans.append((i, i + len(french), french, tuple(dict.fromkeys(alts))))
                i += len(french)
                break
        else:
            i += 1
    return spans


@record(frozen=True)
class Reading:
    """The English form of a spelling by a script's marks, and the evidence."""

    english: str
    marks: tuple[str, ...]
    en_english: float
    attested: bool
    """English writes the form (else it is the marks' letters, all rewritten: no evidence)."""
    french: frozenset[str] = frozenset()
    """The French letters of the marks used."""


def english_reading(word: str, script: Script, target: str) -> Optional[Reading]:
    """The form of ``word`` English writes most among every choice of ``script``'s English letters for its
    marks (a place may also keep its letters), or with every mark rewritten (the first English letters) when
    English writes none of them; None when no mark is in the word."""
    if not _ALPHA.match(word):
        return None
    low = word.lower()
    spans = _spans(low, script)
    if not spans:
        return None
    tgt = language(target)
    best = None
    for choice in itertools.product(*[(None, *alts) for _, _, _, alts in spans]):
        if all(c is None for c in choice):
            continue
        out, last, used, french_used = [], 0, [], set()
        for (a, b, french, _), c in zip(spans, choice):
            if c is not None:
                out.append(low[last:a] + c)
                used.append(f"{french} for {c}")
                french_used.add(french)
                last = b
        form = "".join(out) + low[last:]
        z = tgt.zipf(form)
        if best is None or z > best[0]:
            best = (z, form, tuple(used), frozenset(french_used))
    if best[0] > 0:
        return Reading(_case_like(best[1], word), best[2], best[0], True, best[3])
    form = "".join(low[last:a] + alts[0] for (last, _), (a, _, _, alts) in
                   zip([(0, 0)] + [(b, 0) for _, b, _, _ in spans[:-1]], spans)) + low[spans[-1][1]:]
    used = tuple(f"{french} for {alts[0]}" for _, _, french, alts in spans)
    return Reading(_case_like(form, word), used, 0.0, False, frozenset(f for _, _, f, _ in spans))


def _case_like(form: str, model: str) -> str:
    return form[:1].upper() + form[1:] if model[:1].isupper() else form

