"""A503: French word order copied into an English word pair, read off counts rather than a list of phrases.

The evidence is :mod:`mtqa.langs.word_order` (what human translators do with a French pair's order, what
English writes); the words are linked through the lexical model's usual renderings
(:func:`mtqa.meaning.align.usual_renderings`). :func:`order_calques` is the reading, shared with
``bench/order_calques.py``, which measured it.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.evidence import quote_spans
from mtqa.langs import language
from mtqa.langs.cache import SOURCES, memoize
from mtqa.langs.lexmodel import load_lexmodel, stem_rules
from mtqa.langs.word_order import has_counts, word_orders
from mtqa.meaning.align import function_stems, usual_renderings
from mtqa.meaning.tokens import Token, tokens
from mtqa.model import DocumentPair, Issue, Severity, joined_sources
from mtqa.records import record

def _of_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The source language's complement words and the articles that may follow them (« taux d'intérêt », « crise
    de la dette »): ``complement_words`` and ``definite_articles`` of its profile."""
    profile = language(lang)
    return profile.word_set("complement_words"), profile.word_set("definite_articles")


def target_of(lang: str) -> tuple[str, str]:
    """The target language's "of" and its article (the kept order of an ``of`` unit is "a of [the] b"): the first
    of its profile's ``complement_words`` and ``definite_articles``, ("", "") when it lists none."""
    profile = language(lang)
    of, article = profile.extra.get("complement_words", ()), profile.extra.get("definite_articles", ())
    return (of[0], article[0]) if of and article else ("", "")


UNIT_MIN = 2
"""A unit whose own counts (same + reversed) reach this decides by them; below, by its second word's."""
UNIT_RATIO = 3
"""Translators reorder the unit (or its second word) at least this many times as often as they keep it..."""
UNIT_REVERSED = 2
"""... and at least this often (``WORD_REVERSED`` for a second word's counts)."""
WORD_REVERSED = 5
UNIT_SURE = 5
"""A unit reordered this often is read even when its first word is usually kept in order."""
TARGET_MIN = 2
"""The target language writes the reversed pair at least this often in the references' English, and
``TARGET_RATIO`` times as often as the kept order."""
TARGET_RATIO = 3
NAME_ZIPF = 3.5
"""A capitalised source word copied unchanged that is this frequent in English is a name already English."""
_NOT_WORD = re.compile(r"[^\w\s']")


class Calque(NamedTuple):
    kind: str
    """``order`` (« politique étrangère » -> "policy foreign") or ``of`` (« taux d'intérêt » -> "rate of interest")."""
    source: str
    start: int
    end: int
    suggestion: str
    same: int
    reversed: int
    by_word: bool
    """The counts are the unit's second word's (the unit itself was not seen often enough)."""


def source_units(st: list[Token], text: str, fsrc: frozenset, lang: str) -> list[tuple[str, int, int]]:
    """(key, first token, last token) of each source unit: two adjacent content words (``order X Y``) and
    ``X de [article] Y`` (``of X Y``). Numbers, short words and words split by punctuation are left out."""
    of_words, articles = _of_words(lang)
    out = []
    n = len(st)
    for i in range(n - 1):
        x = st[i]
        if x.is_number or x.stem in fsrc or len(x.lower) < 3 or text[x.start - 1:x.start] == "-":
            continue  # a hyphenated compound's second half (« porte-parole ») is no word of its own
        y = st[i + 1]
        if not y.is_number and y.stem not in fsrc and len(y.lower) > 2 and not text[x.end:y.start].strip() \
                and text[y.end:y.end + 1] != "-":
            out.append((f"order {x.stem} {y.stem}", i, i + 1))
        if y.lower in of_words:
            k = i + 2
            if k < n and st[k].lower in articles:
                k += 1
            if k < n and not st[k].is_number and st[k].stem not in fsrc and len(st[k].lower) > 2 \
                    and not _NOT_WORD.search(text[x.end:st[k].start]) and text[st[k].end:st[k].end + 1] != "-":
                out.append((f"of {x.stem} {st[k].stem}", i, k))
    return out


def reordered(key: str, units: dict) -> Optional[tuple[int, int, bool]]:
    """(same, reversed, by its second word) when the references say translators reorder the unit: its own counts when it was seen
    often enough, else its second word's; None when they keep it, or its first word is usually kept in order
    (« ancien adjoint »: "former deputy"; « membres du comité »: "members of the committee" as often as
    "committee members") and the unit itself is not reordered often."""
    kind, x, y = key.split()
    s, r = units.get(key, (0, 0))
    sx, rx = units.get(f"{kind} {x} *", (0, 0))
    if 2 * sx > rx and r < UNIT_SURE:
        return None
    if s + r >= UNIT_MIN:
        return (s, r, False) if r >= UNIT_REVERSED and r >= UNIT_RATIO * max(s, 1) else None
    s, r = units.get(f"{kind} * {y}", (0, 0))
    return (s, r, True) if r >= WORD_REVERSED and r >= UNIT_RATIO * max(s, 1) else None


class Unit(NamedTuple):
    """A source unit translators reorder, with what the target needs to read it."""

    kind: str
    source: str
    first: tuple[str, ...]
    """The usual renderings of its first word (:func:`source_renderings`), and of its last word: ``last``."""
    last: tuple[str, ...]
    first_copy: Optional[str]
    """The first word's lower-case form when capitalised in the source (a name copied unchanged), else None;
    the last word's: ``last_copy``."""
    last_copy: Optional[str]
    evidence: tuple[int, int, bool]
    held: tuple[tuple[str, ...], tuple[str, ...]]
    """Text the target's words hold when they render the first word, and the last (:func:`_held`): a
    target without both, or without them adjacent (:func:`_adjacent`), is not tokenised."""


@memoize(SOURCES)
def reordered_units(source_text: str, langs: tuple[str, str]) -> tuple[Unit, ...]:
    """The units of ``source_text`` translators reorder, kept per text: every system's translation of one
    source asks again, and a sentence with none (most) is not read further."""
    st = tokens(source_text, langs[0])
    found = source_units(st, source_text, function_stems(*langs)[0], langs[0])
    orders = word_orders(*langs) if found else None  # loaded for the first source with a unit, not for every run
    if orders is None:
        return ()
    out = []
    for key, i, k in found:
        ev = reordered(key, orders.units)
        if ev is not None:
            first, last = source_renderings(langs, st[i].stem), source_renderings(langs, st[k].stem)
            kind = key.split()[0]
            out.append(Unit(kind, source_text[st[i].start:st[k].end], first, last,
                            st[i].lower if st[i].capitalised else None,
                            st[k].lower if st[k].capitalised else None, ev,
                            (_held(first, langs[1]), _held(last, langs[1]))))
    return tuple(out)


_WORD_PART = re.compile(r"[\w']*")
_GAP = re.compile(r"[\s']+")
"""What stands between the unit's two words in the target as the reading asks of its span (:func:`_adjacent`):
the rest of the first word, then spaces and apostrophes."""


def _gap_ends(low: str, start: int) -> Iterator[int]:
    r"""Every end of a run of spaces and apostrophes that starts at ``start`` (``[\s']+`` matched there, any length)."""
    m = _GAP.match(low, start)
    if m:
        yield from range(start + 1, m.end() + 1)


def _word_ends(low: str, start: int) -> Iterator[int]:
    r"""Every end of a match of ``[\w']*[\s']+`` at ``start``: the first word's rest (cut at one of its apostrophes,
    « l'état » read as two words, or whole) and then any length of the spaces and apostrophes after it."""
    whole = _WORD_PART.match(low, start).end()
    cut = low.find("'", start, whole)
    while cut >= 0:  # inside the word only an apostrophe can open the gap (every other character is a word's)
        yield from _gap_ends(low, cut)
        cut = low.find("'", cut + 1, whole)
    yield from _gap_ends(low, whole)


def _adjacent(low: str, kind: str, first: tuple[str, ...], last: tuple[str, ...], lang: str) -> bool:
    r"""Whether ``low`` (a lower-cased target) holds a word holding one of ``first``, then (``of``: the target's
    "of" and its article, if any) a word starting with one of ``last``, with only spaces and apostrophes between,
    as the reading asks of the span: every target the unit is read on does.

    The same answer as searching ``(?:first…)[\w']*[\s']+(?:last…)`` (``of``: ``…[\s']+of[\s']+(?:the[\s']+)?…``),
    found without a pattern of the unit's own words: each place where one of ``first`` ends, every end the gap's
    classes allow there, and ``str.startswith`` for ``last``. Why: that pattern was compiled for each unit, from the
    source's words (766 distinct units on WMT14's 24,024 pairs, ~0.13 ms each: ~0.1 s of CPU, as much as the check's
    whole reading of those pairs once compiled), and kept in a bounded table of compiled patterns (stop 66)."""
    first = tuple(w for w in first if w)  # an empty word matches nothing, as in a data list's alternation
    last = tuple(w for w in last if w)
    if not first or not last:
        return False
    of, article = target_of(lang) if kind != "order" else ("", "")
    for word in first:
        at = low.find(word)
        while at >= 0:
            for end in _word_ends(low, at + len(word)):
                if kind == "order":
                    if low.startswith(last, end):
                        return True
                elif low.startswith(of, end) and _after_of(low, end + len(of), article, last):
                    return True
            at = low.find(word, at + 1)
    return False


def _after_of(low: str, start: int, article: str, last: tuple[str, ...]) -> bool:
    r"""``[\s']+(?:article[\s']+)?`` then one of ``last`` at ``start`` (just after the target's "of")."""
    for end in _gap_ends(low, start):
        if low.startswith(last, end):
            return True
        if low.startswith(article, end) and any(low.startswith(last, e) for e in _gap_ends(low, end + len(article))):
            return True
    return False


def _held(stems: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """What the lower-cased text of a word with one of ``stems`` holds for certain: the stem less the text a
    stem rule appends (``lexmodel/stems.toml``: "policy" from "policies" holds "polic"). Why: most targets
    of a source with a unit hold none of its renderings, and tokenising them all was most of the check's CPU."""
    # longest first, so that the answer does not depend on a set's order when one appended text ends another
    appended = sorted({r for _, r in stem_rules(lang)[1] if r}, key=lambda r: (-len(r), r))
    out = []
    for s in stems:
        for r in appended:
            if s.endswith(r):
                s = s[: len(s) - len(r)]
                break
        out.append(s)
    return tuple(out)


def order_calques(source_text: str, target_text: str, langs: tuple[str, str]) -> list[Calque]:
    """Each source unit translators reorder whose two words' usual renderings stand in the target in the
    source's order, adjacent (``order``) or as "a of [the] b" (``of``), where the target language writes
    "b a": no hyphenated or punctuated span, no span inside quotation marks, no "Name of Name" and no
    capitalised source word copied unchanged that is an everyday target word (a name: "Casino Red")."""
    units = reordered_units(source_text, langs)
    if not units:
        return []
    low = target_text.lower()
    units = [u for u in units if any(h in low for h in u.held[0]) and any(h in low for h in u.held[1])
             and _adjacent(low, u.kind, *u.held, langs[1])]
    if not units:
        return []
    orders = word_orders(*langs)
    tt = tokens(target_text, langs[1])
    quotes = quote_spans(target_text)
    of, article = target_of(langs[1])
    target = language(langs[1])
    pos: dict[str, list[int]] = {}
    for j, tok in enumerate(tt):
        pos.setdefault(tok.stem, []).append(j)
    out: list[Calque] = []
    for unit in units:
        rx, ry = unit.first, unit.last
        jy = {j for r in ry for j in pos.get(r, ())}
        if not jy:
            continue
        for j in (j for r in rx for j in pos.get(r, ())):
            if unit.kind == "order":
                e = j + 1 if j + 1 in jy else None
            elif j + 1 < len(tt) and tt[j + 1].lower == of:
                e = j + 2 if j + 2 in jy else (j + 3 if j + 3 in jy and tt[j + 2].lower == article else None)
            else:
                e = None
            if e is None:
                continue
            a, b = tt[j], tt[e]
            span = target_text[a.start:b.end]
            if _NOT_WORD.search(span) or a.stem in ry or b.stem in rx:  # a hyphen is no word character either
                continue  # one target word could render either source word: the order says nothing
            if unit.kind == "of" and a.capitalised and b.capitalised:
                continue  # "Declaration of Lima", "University of Tehran": a name's own order
            if _english_name(unit.last_copy, b, target) or _english_name(unit.first_copy, a, target):
                continue
            if any(qs <= a.start < qe for qs, qe in quotes):
                continue  # a quotation keeps its speaker's words
            kept = orders.target.get(f"{a.lower} {b.lower}" if unit.kind == "order" else f"{a.lower} {of} {b.lower}", 0)
            rev = orders.target.get(f"{b.lower} {a.lower}", 0)
            if rev < TARGET_MIN or rev < TARGET_RATIO * kept:
                continue
            suggestion = f"{b.text} {a.text}"
            if a.capitalised and not a.text.isupper():
                if j == 0:  # "Transport public" opening a sentence: "Public transport"
                    suggestion = f"{b.text[:1].upper()}{b.text[1:]} {a.text.lower()}"
                else:  # a name's capitals: "League of the champions" -> "Champions League"
                    suggestion = f"{b.text[:1].upper()}{b.text[1:]} {a.text}"
            out.append(Calque(unit.kind, unit.source, a.start, b.end, suggestion, *unit.evidence))
            break
    return out


@memoize(SOURCES)
def source_renderings(langs: tuple[str, str], stem: str) -> tuple[str, ...]:
    """The usual target renderings of a source stem, the target's function words left out (« état »: "the"),
    and the stem itself (a word copied unchanged: "Otan")."""
    model, ftgt = load_lexmodel(*langs), function_stems(*langs)[1]
    found = usual_renderings(model, stem) if model is not None else ()
    return tuple(dict.fromkeys([t for t in found if t not in ftgt] + [stem]))


def _english_name(copy: Optional[str], t: Token, target) -> bool:
    """A capitalised source word (``copy``, its lower-case form) copied unchanged that is an everyday target
    word: part of a name already written in the target language ("Casino Red", "the group The Tap Tap")."""
    return copy is not None and copy == t.lower and target.zipf(t.lower) >= NAME_ZIPF


@register
@record
class WordOrderCalque(DocumentCheck):
    """Two words stand in the French order where English writes them the other way round.

    Why it matters: an engine that copies the French order word for word
    writes "the policy foreign", "the crisis of the debt", "the park
    Zuccotti": each word is right and the pair is not English. Nothing here
    is a list of phrases: the French pair must be one human translators of
    news reorder (counted over the newstest references 2008-2013, by pair, or
    by its second word for a pair never seen), its two words' usual
    renderings must stand in the target in the French order, and English must
    write the reversed pair (counted in the same references' English) several
    times as often as the kept one. Names that are already English, hyphenated
    compounds, figures and quotations are left alone.

    Example:
        source: La crise de la dette pèse sur les transports publics.
        bad: The crisis of the debt weighs on the transport public.
        good: The debt crisis weighs on public transport.
    """

    code = "A503"
    name = "word-order-calque"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    requires_source = True

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        if pair.source is None or pair.source_title_only:
            return
        langs = (ctx.config.source_lang, ctx.config.target_lang)
        if not has_counts(*langs) or load_lexmodel(*langs) is None:
            return
        for seg in pair.target.segments:
            sources = pair.sources_of(seg.index)
            if not sources:
                continue
            for c in order_calques(joined_sources(sources), seg.text, langs):
                src, tgt = ctx.source.name, ctx.target.name
                what = f"pairs ending like « {c.source.split()[-1]} »" if c.by_word else f"this {src} pair"
                yield self.issue(
                    seg, c.start, c.end,
                    f"{src} word order: « {c.source} » rendered {quoted(seg.text[c.start:c.end])} word for word; "
                    f"{tgt} writes {quoted(c.suggestion)} (news translators reorder {what} {c.reversed} times "
                    f"for {c.same} kept)",
                    c.suggestion)
