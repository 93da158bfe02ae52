"""T107: a regnal or titled name left in its source form (``Jean-Paul II`` for "John Paul II", ``Charles
Quint``), with the readings only it uses: titles, epithets and family names around the name, and the pair's
conventions for such names.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck
from mtqa.checks.name_swaps.name_words import PREV_CAPITAL_WORD
from mtqa.checks.names import name_titles
from mtqa.checks.registry import register
from mtqa.langs import fold
from mtqa.langs.cache import RARE_SOURCES, SEGMENTS, TABLES, memoize
from mtqa.langs.data import alternation
from mtqa.limits import LOOKBACK
from mtqa.model import DocumentPair, Issue, Segment, Severity
from mtqa.names.exonym_forms import exonym_places
from mtqa.names.mentions import text_words
from mtqa.numbers import regnal_words
from mtqa.records import record
from mtqa.regexcache import transient
from mtqa.words import LOWER, ONE_APOSTROPHE_WORD_RE as _WORD, UPPER


OWN_FORM_ZIPF = 3.0
"""A first name this frequent in the target language is a form it uses itself (Louis XIV stays Louis)."""
_ROMAN_AFTER = re.compile(r"[ \u00a0]+(?P<num>[IVXL]{1,6})(?![\w])")
ACCENT_MARGIN = 1.0
"""How much less (Zipf) the target language writes a first name with the source's accents than the table's
target form for the accented spelling to be the source's (Napoléon beside Napoleon, Léopold beside Leopold):
:func:`_target_spelling`."""


def _target_spelling(word: str, english: str, target) -> bool:
    """``word`` is the target language's own spelling of the table's ``english``: the same letters, or the
    same up to accents the target language writes about as often (a regnal row whose two forms differ only
    by an accent, Napoléon: Napoleon). There the accents fold alike, and only the target language's usage
    tells the copied source form (Napoléon III, which English news writes Napoleon III) from its own."""
    if word == english:
        return True
    return fold(word) == fold(english) and target.zipf(word) > target.zipf(english) - ACCENT_MARGIN


@register
@record
class SourceFormRegnalName(DocumentCheck):
    """A pope, monarch or saint keeps the source language's form of the first name (``Édouard VII``).

    Why it matters: English writes Edward VII, Benedict XVI and Pope
    Francis; the French form looks like another person. People keep their
    own first names (T104), but popes, monarchs and saints take the
    target-language form, which a regnal number after the name (a Roman
    numeral, or the source language's "the First": Élisabeth Ire) or, in the
    aligned source, a title before it (``le pape``, ``la reine``) or an
    epithet after it (``Alexandre le Grand``, ``Guillaume le Conquérant``:
    ``regnal_epithets`` of the source language) shows. The equivalents come
    from ``given_names.<pair>.tsv`` and, for names English writes its own
    way only for monarchs and ancient figures (Alexandre: Alexander the
    Great, but Alexandre Dumas), from ``regnal_names.<pair>.tsv``. Where
    that table's two forms differ only by an accent (Napoléon: Napoleon,
    Léopold: Leopold), the target's own spelling is the one it writes about
    as often as the table's form: Napoleon III is English, Napoléon III the
    copied French form. A
    family name after the first name in the target (``le prince Edouard de
    Ligne`` -> "Prince Edouard de Ligne", or in the source when the
    translation breaks it: "Prince Edouard of Line") names a person, not a monarch,
    unless the title is one whose bearers English names in its own form
    even so (the titles table's ``family_name`` column: saint François de
    Sales is St Francis de Sales, le roi Étienne Báthory Stephen Báthory).
    A first name English often writes in the source form (Louis, Henri,
    François) is left alone, as English's own for these bearers too (Louis
    XIV), except after a title whose bearers English always names in its
    form (the titles table's ``frequent_form`` column: le pape François is
    Pope Francis, although English news writes François Hollande). Such a
    bearer keeps the English form when the source later names him by the
    first name alone (« François a choisi ces cardinaux », after « le pape
    François » in the same document): the check reads the whole document.
    A title before that name in either text (le cardinal François, brother
    François) names another bearer, who keeps the first name, as does a
    name the source also writes without the title in the same sentence (le
    pape François a béni un enfant nommé François) unless the target puts a
    title before it, or an aside after it that introduces a person (« dit
    François, 45 ans », « François, un pèlerin »). A hyphenated first name is read whole (le pape
    Jean-Paul II is Pope John Paul II).

    Example:
        source: Titre\\n\\nLa statue d'Édouard VII, près de celle d'Alexandre le Grand et de Napoléon III, a été restaurée.
        bad: Title\\n\\nThe statue of Édouard VII, near that of Alexander the Great and Napoleon III, was restored.
        bad: Title\\n\\nThe statue of Edward VII, near that of Alexandre the Great and Napoleon III, was restored.
        bad: Title\\n\\nThe statue of Edward VII, near that of Alexander the Great and Napoléon III, was restored.
        good: Title\\n\\nThe statue of Edward VII, near that of Alexander the Great and Napoleon III, was restored.
        good: Title\\n\\nÉdouard Baer hosted the evening.
    """

    code = "T107"
    name = "source-form-regnal-name"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        titled = None
        keys = _regnal_keys(ctx.pair)
        for segment in pair.target.segments:
            split = text_words(segment.text, ctx)
            if not split.chained and keys.isdisjoint(map(fold, map(split.words.__getitem__, split.capital))):
                # no capitalised word of the translation is a first name of either table: :meth:`_segment`
                # reads only those (a text _WORD reads otherwise, ``chained``, is read there whole). Why: most
                # translations have none, and each was read there word by word, its sources looked up first
                continue
            sources = pair.sources_of(segment.index)
            if sources:
                if titled is None:
                    titled = _TitledInDocument(pair, ctx.config.pair)
                yield from self._segment(segment, sources, ctx, titled)

    def _segment(self, segment: Segment, sources: list[Segment], ctx, titled: "_TitledInDocument") -> Iterator[Issue]:
        given = ctx.pair.given_names
        regnal_only = ctx.pair.regnal_names
        text = segment.text
        split = text_words(text, ctx)
        if split.chained:  # _WORD reads this text otherwise than the split
            words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        else:  # the words _WORD finds; only the capitalised ones can be first names of the table, and
            # only those whose folded form is a key of either table get past the first test below
            keys, found, offs = _regnal_keys(ctx.pair), split.words, split.offsets
            words = [(offs[2 * k], offs[2 * k + 1], found[k]) for k in split.capital if fold(found[k]) in keys]
        conventions = None
        covered = 0
        for start, end, word in words:
            if start < covered:
                continue  # the second part of a hyphenated first name read whole (Paul of Jean-Paul)
            joined = _JOINED_NAME.match(text, end)
            if joined and fold(text[start:joined.end()]) in _regnal_keys(ctx.pair):
                end, word = joined.end(), text[start:joined.end()]  # Jean-Paul II: John Paul, not John-Paul
            covered = end
            english = given.get(fold(word)) if word[:1].isupper() else None
            own = english is not None and fold(english) != fold(word)
            # a pope named by the first name alone after the source named him with the title earlier in the
            # document (François, after « le pape François »): no surname after it in either text
            # and no title before it in either text, which names a bearer of that title (le cardinal
            # François, frère François: Cardinal François, brother François)
            alone = own and fold(word) in titled.names() and not _SURNAME_AFTER.match(text, end) \
                and not any(_after_title(s.text, word, titled.titles) for s in sources) \
                and not _title_before(text, start, name_titles(ctx.pair, "target")) \
                and any(_standing_alone(s.text, word, name_titles(ctx.pair, "source"), ctx.source.function_words)
                        and not _introduced(s.text, word, ctx.source.word_set("apposition_articles"), titled.titles)
                        for s in sources)
            # a form English often writes is its own for kings and saints too (Louis XIV), not for popes
            frequent = own and not alone and ctx.target.zipf(word) >= OWN_FORM_ZIPF \
                and not any(_after_title(s.text, word, titled.titles) for s in sources)
            if english is None or fold(english) == fold(word) or frequent:
                # Louis XIV, Henri IV: English writes these forms itself; the regnal-only table's names
                # (Alexandre) are frequent in English for living bearers, not for monarchs. A pope's
                # name is always the English one, however often English writes the form for others
                # (le pape François: Pope Francis, though François Hollande makes François frequent)
                english = regnal_only.get(fold(word)) if word[:1].isupper() else None
                if english is None or _target_spelling(word, english, ctx.target):
                    continue  # Napoleon III: the target's own spelling of a row that folds like it
            regnal = _ROMAN_AFTER.match(text, end) or _first_after(ctx.source).match(text, end)
            if not regnal and not alone:
                if (_family_name_after(text, end, ctx) or _family_name_in_sources(word, sources, text, ctx)) and not any(
                        _after_title(s.text, word, _conventions(ctx.config.pair, "translated")) for s in sources):
                    continue  # le prince Edouard de Ligne: a noble's own name (saint François de Sales is not)
                if conventions is None:
                    conventions = _conventions(ctx.config.pair)
                if _untitled_namesake(text, end, word, sources, conventions):
                    continue  # le pape François a reçu François Hollande: the second François is Hollande
                if _untitled_beside_titled(text, start, word, sources, conventions, name_titles(ctx.pair, "target")):
                    continue  # le pape François a béni un enfant nommé François: the child keeps his name
                epithet = _epithet_after(ctx.source)
                # a surname after the word (Alexandre Dumas) names someone else than the source's
                # Alexandre le Grand: the epithet marks only the bearer it follows
                marked = not _SURNAME_AFTER.match(text, end)
                if not any(_after_title(s.text, word, conventions)
                           or marked and epithet.search(s.text) and _named_before(s.text, word, epithet)
                           for s in sources):
                    continue
            yield self.issue(
                segment, start, end,
                f"“{word}” is the {ctx.source.name} form; {ctx.target.name} names this pope, monarch "
                f"or saint “{english}”.",
                english, confidence=0.9,
            )


class _TitledInDocument:
    """The first names a document's source writes after a title whose bearers the target always names in
    its own form (``frequent_form`` titles: le pape François), read once per document on first use."""

    __slots__ = ("pair", "titles", "_names")

    def __init__(self, pair: DocumentPair, pair_code: str):
        self.pair = pair
        self.titles = _conventions(pair_code, frequent_form="translated")
        self._names: Optional[frozenset[str]] = None

    def names(self) -> frozenset[str]:
        if self._names is None:
            source = self.pair.source
            self._names = _titled_names(tuple(seg.text for seg in (source.segments if source is not None else ())),
                                        self.titles)
        return self._names


@memoize(RARE_SOURCES)
def _titled_names(texts: tuple[str, ...], titles: frozenset[str]) -> frozenset[str]:
    """The folded names ``texts`` write after one of ``titles`` (:meth:`_TitledInDocument.names`): a function of
    the source document's texts, remembered for the last documents, since a source document comes back for every
    system that translated it (the search tries every word of the document: ~0.5 % of the CPU of WMT14's 24k
    pairs, read eight times).

    Kept for :data:`~mtqa.langs.cache.RARE_SOURCES` documents, not :data:`~mtqa.langs.cache.FEW_SOURCES`: a key
    is a whole source document (~5.9 kB an entry with its texts), asked only for a document whose translation
    needs it, so the table filled slowly and was still growing past 100,000 pairs of a growing vocabulary (147
    entries at ~60,000, 176 at ~75,000: ~1.2 MB a 100,000 pairs towards ~6 MB at 1,024; ``bench/memory_census.py
    --at``). Replaying its key stream (``bench/memo_bounds.py``): on WMT14's 24,024 pairs 226 calls for 32
    documents, the same 32 misses at 256 as at 1,024."""
    return frozenset(fold(m.group(2)) for text in texts for m in _TITLE_THEN_NAME.finditer(text)
                     if fold(m.group(1)) in titles)


_TITLE_THEN_NAME = re.compile(rf"(?<![\w'’-])([^\W\d_]+)[ \u00a0]+([{UPPER}][^\W\d_]*(?:-[{UPPER}][^\W\d_]*)*)")
"""A word and the capitalised word after it (le pape Jean-Paul): a title and the name it calls."""


@memoize(SEGMENTS)
def _standing_alone(source: str, name: str, titles: frozenset[str], function_words: frozenset[str]) -> bool:
    """``name`` occurs in ``source`` with no capitalised word after it (a surname: François Hollande) nor
    before it (another name or a title whose word is capitalised: Jean-François is one word anyway; not a
    function word opening the sentence: « Mais François a refusé »), nor one of ``titles`` (folded) before
    it in lower case (le cardinal François: the cardinal's name)."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", source):
        prev = PREV_CAPITAL_WORD.search(source, max(0, m.start() - LOOKBACK), m.start())
        if not _SURNAME_AFTER.match(source, m.end()) and not (prev and prev.group(1).lower() not in function_words) \
                and not _title_before(source, m.start(), titles):
            return True
    return False


@memoize(SEGMENTS)
def _introduced(source: str, name: str, articles: frozenset[str], titles: frozenset[str]) -> bool:
    """``name`` is followed in ``source`` by an aside that introduces its bearer: an age or another figure
    (« François, 45 ans, venu de Lyon ») or a noun after one of ``articles`` (« François, un pèlerin »),
    as news introduces a person it quotes, not a pope it named before; an aside naming one of ``titles``
    (« François, le pape argentin ») is the pope's."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}[ \u00a0]*,[ \u00a0]*", source):
        aside = _ASIDE.match(source, m.end())
        if aside and (aside.group("article") is None
                      or aside.group("article").lower() in articles and fold(aside.group("noun")) not in titles):
            return True
    return False


_ASIDE = re.compile(r"\d|(?P<article>[^\W\d_]+)(?:['’][ \u00a0]*|[ \u00a0]+)(?P<noun>[^\W\d_]+)")


def _title_before(text: str, start: int, titles: frozenset[str]) -> bool:
    """The word right before ``start`` in ``text`` is one of ``titles`` (folded): the name after it is
    that title's bearer's (Cardinal François, brother François)."""
    prev = _PREV_NAME_WORD.search(text, max(0, start - LOOKBACK), start)
    return prev is not None and fold(prev.group(1)) in titles


_PREV_NAME_WORD = re.compile(r"(?<![\w-])([^\W\d_]+)\.?[ \u00a0]+$")


def _untitled_namesake(text: str, end: int, word: str, sources, titles: frozenset[str]) -> bool:
    """The target's first name has a surname after it (François Hollande) that follows the same first name
    in the source where no title stands before it: that bearer is a person, whatever title another bearer
    of the name has in the sentence (le pape François a reçu François Hollande). Saint Étienne Harding,
    whose surname follows the titled name in the source, is not one."""
    after = _SURNAME_AFTER.match(text, end)
    if after is None:
        return False
    pattern = transient(rf"(?<![^\W\d_])([^\W\d_]+[ \u00a0]+)?{re.escape(word)}[ \u00a0]+"
                        rf"{re.escape(after.group().strip())}(?![\w])")
    return any(m.group(1) is None or fold(m.group(1).strip()) not in titles
               for s in sources for m in pattern.finditer(s.text))


def _untitled_beside_titled(text: str, start: int, word: str, sources, titles: frozenset[str],
                            target_titles: frozenset[str]) -> bool:
    """The source writes the first name both after one of ``titles`` and without one (le pape François a
    béni un enfant nommé François), and the target's name has no title before it (a child named
    François): it may be the untitled bearer, who keeps the name, so only the name after a title in the
    target (Pope François) is the titled bearer's."""
    if _title_before(text, start, target_titles):
        return False
    kinds = {kind for s in sources for kind in _title_kinds(s.text, word, titles)}
    return kinds == {True, False}


@memoize(SEGMENTS)
def _title_kinds(source: str, name: str, titles: frozenset[str]) -> frozenset[bool]:
    """Whether ``name``'s occurrences in ``source`` follow one of ``titles`` (True) or not (False)."""
    return frozenset(_title_before(source, m.start(), titles)
                     for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", source))


_JOINED_NAME = re.compile(rf"-[{UPPER}][^\W\d_]*(?![\w-])")
"""A capitalised word hyphenated after a first name: with it, a compound first name (Jean-Paul)."""


_SURNAME_AFTER = re.compile(rf"[ \u00a0]+[{UPPER}][^\W\d_]*[{LOWER}]")
"""A capitalised word after a first name (Alexandre Dumas): a surname, not a monarch's epithet."""


_AFTER_NAME = re.compile(r"[ \u00a0]+(?:(?P<particle>[^\W\d_]+)[ \u00a0]+)?"
                         rf"(?P<word>[{UPPER}][^\W\d_]*[{LOWER}][^\W\d_]*)")


def _family_name_after(text: str, end: int, ctx) -> bool:
    """A family name follows the first name ending at ``end`` of the target: a capitalised word that is no
    first name (Jean Paul is one person's two first names), right after it or after a name particle of
    the source language kept untranslated (``Prince Edouard de Ligne``, ``Prince Edouard Line``). An
    elided particle is not read: before a vowel it mostly opens a monarch's place (Guillaume d'Orange,
    William of Orange), which the target must translate.

    Why: a pope, monarch or saint is named by the first name and a regnal number, an epithet or "of" and
    a place (William of Orange), never by a family name; a title before a first name and a surname
    (le prince Edouard de Ligne, a Belgian noble) names a person, whose first name English keeps. A
    particle that also opens an epithet of the source language (le Grand, l'Ancien) is left out: there it
    is the epithet's article, not a family's particle; so is a particle before a place of the exonym table
    (Prince Frédéric de Danemark, de Denmark): a place English names its own way is a realm, no family. The
    places are :func:`~mtqa.names.exonym_forms.exonym_places`, which read island groups too since stop 77
    (``PLACE_KINDS``); the shipped table writes every island group in two words or more (îles Féroé), never the
    one word read here, so only a ``$MTQA_DATA`` copy with a one-word island row is read differently."""
    m = _AFTER_NAME.match(text, end)
    if m is None or fold(m.group("word")) in ctx.pair.first_names_folded:
        return False
    particle = m.group("particle")
    if particle is None:
        return True
    if fold(m.group("word")) in exonym_places(ctx.pair):
        return False  # Prince Frédéric de Danemark: the exonym table's country is a monarch's "of Denmark"
    epithet_articles = {f.split()[0].lower() for f in ctx.source.extra.get("regnal_epithets", ())}
    return particle.lower() in ctx.source.word_set("name_particles") - epithet_articles


def _family_name_in_sources(word: str, sources: list[Segment], target: str, ctx) -> bool:
    """Every occurrence of the first name ``word`` (folded) in the aligned source has a family name after
    it, as ``_family_name_after`` reads one (le prince Edouard de Ligne), which the target ``target`` no
    longer writes.

    Why: the translation may break or translate the family name ("Prince Edouard, Line)", "Prince Edouard
    of Line"), so the target alone no longer shows it; the source still names a person, whose first
    name English keeps. Every occurrence must: a source that also names the first name alone (le roi
    Édouard … Édouard de Ligne) may mean a monarch by it. A target that keeps the word after an English
    "of" (le prince Guillaume de Cambridge -> "Prince Guillaume of Cambridge") has read it as a royal's
    territorial title, not broken a family name: its own reading stands, and English writes William."""
    key = fold(word)
    kept = {fold(w) for w in _WORD.findall(target)}
    found = False
    for src in sources:
        for m in _WORD.finditer(src.text):
            if fold(m.group()) != key:
                continue
            after = _AFTER_NAME.match(src.text, m.end())
            if not _family_name_after(src.text, m.end(), ctx) or fold(after.group("word")) in kept:
                return False
            found = True
    return found


@memoize(TABLES)
def _regnal_keys(pair) -> frozenset[str]:
    """The folded first names of both tables T107 reads: a word whose folded form is not one of them
    has no target form in either."""
    return frozenset(pair.given_names).union(pair.regnal_names)


@memoize(TABLES)
def _epithet_after(lang) -> re.Pattern:
    """The source language's epithets of monarchs and ancient figures (le Grand, le Conquérant), after a
    capitalised word: the name they follow is a monarch's or a figure's, like one with a regnal number."""
    alts = alternation(lang.extra.get("regnal_epithets", ()), lambda f: re.escape(f).replace("'", "['’]"))
    return re.compile(rf"(?P<name>[{UPPER}][^\W\d_]*)[ \u00a0]+(?:{alts})(?![\w])")


def _named_before(source: str, name: str, epithet: re.Pattern) -> bool:
    """``name`` stands right before an epithet in ``source`` (Alexandre le Grand)."""
    return any(fold(m.group("name")) == fold(name) for m in epithet.finditer(source))


@memoize(TABLES)
def _first_after(lang) -> re.Pattern:
    """The source language's "the First" or an old ordinal after a regnal name (François Ier, Sixte Quint:
    :func:`mtqa.numbers.regnal_words`), copied into the target."""
    alts = alternation(regnal_words(lang))
    return re.compile(rf"[ \u00a0]+(?P<num>{alts})(?![\w])")


@functools.lru_cache(maxsize=None)
def _conventions(pair: str, family_name: Optional[str] = None,
                 frequent_form: Optional[str] = None) -> frozenset[str]:
    """Source titles after which the target uses its own form of a first name (pape, roi, reine); with
    ``family_name``, only those whose table row says so of a bearer named with a family name ("translated":
    saint, pape, whose bearers' first names English translates even before one: St Francis de Sales); with
    ``frequent_form``, only those whose row says so of a first name the target often writes in the source
    form for other people ("translated": pape, Pope Francis although English writes François Hollande)."""
    from mtqa.langs.data import pair_table

    return frozenset(fold(r["word"]) for r in pair_table("titles", pair)
                     if r["side"] == "source" and r.get("kind") == "convention"
                     and (family_name is None or r.get("family_name") == family_name)
                     and (frequent_form is None or r.get("frequent_form") == frequent_form))


@memoize(SEGMENTS)
def _after_title(source: str, name: str, titles: frozenset[str]) -> bool:
    """The source writes the name after a title that calls for the target form (le pape Benoît)."""
    for m in transient(rf"([^\W\d_]+)[ \u00a0]+{re.escape(name)}(?![\w])").finditer(source):
        if fold(m.group(1)) in titles:
            return True
    return False
