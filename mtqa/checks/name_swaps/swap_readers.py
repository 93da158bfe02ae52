"""The readings that T106 (:mod:`~mtqa.checks.name_swaps.replaced`) and T110
(:mod:`~mtqa.checks.name_swaps.replaced_throughout`) share: the new capitalised target words nothing in the
source accounts for, paired with the names the target lost (:func:`replacements`), read in the lost name's
place by a word alignment (:func:`name_alignment`, also used by A611) or beside a kept part of the name.
"""
from __future__ import annotations

import difflib
import functools
import re
from typing import Iterator, Optional

from mtqa.checks.name_swaps.likeness import SIMILAR, FoldedWords, ReadText, name_present, read_text
from mtqa.checks.name_swaps.lost_names import (BRACKET_WORD, UNKNOWN_ZIPF, beyond_latin1, in_target_language_name,
                                               is_name_beside_name, lost_of, name_slots, names_written, other_names,
                                               places_alone, target_language_name_word, unknown_names)
from mtqa.checks.name_swaps.name_words import capital_neighbours, english_place_names, name_runs, name_words, next_to
from mtqa.checks.names import name_titles
from mtqa.langs import at_sentence_start, fold
from mtqa.langs.cache import FEW_SOURCES, RARE_SOURCES, TRANSLATION_MEMO
from mtqa.model import Role, Segment, joined_sources
from mtqa.names.translit import same_first_name, same_name_romanised, transliterator
from mtqa.words import LETTERS_RE, ONE_APOSTROPHE_WORD_RE as _WORD, UPPER
from mtqa.lazy import lazy_module as _lazy_module

_FUZZ = _lazy_module("rapidfuzz.fuzz")  # imported by the first use (mtqa.lazy), never by two threads at once


KNOWN_ZIPF = 1.0
"""A replacing name is one the target language knows (Patel, Darwin, Marx): systems swap a rare
name for a frequent one of their training data, not for another rare one."""


POSSESSIVE = re.compile(r"['’]s?$")


def place_or_people(word: str, places: dict[str, str], pair: str) -> bool:
    """``word`` (possessive ending aside: "Hungary's") is the target form of a place of the exonym table
    or an adjective or noun of the demonym table (Catalan, Hungarians).

    Why: a system that loses a name does not put a country or a people in its place; a translation
    that writes one renders the sentence otherwise ("les six pour cent hongrois" -> "Hungary's six
    percent", "le président de la Generalitat" -> "the president of the Catalan government"), so
    neither is paired with a lost name as its replacement."""
    folded = fold(POSSESSIVE.sub("", word))
    return folded in places.values() or folded in _peoples(pair)


@functools.lru_cache(maxsize=None)
def _peoples(pair: str) -> frozenset[str]:
    """Folded target adjectives and plural nouns of the demonym table (catalan, hungarians)."""
    from mtqa.langs.data import pair_table

    return frozenset(fold(r[col]) for r in pair_table("demonyms", pair) for col in ("english", "plural") if r.get(col))


def _other_name_of(word: str, alone: frozenset[str], target_words: FoldedWords, pair: str) -> bool:
    """Target ``word`` is another name of a place the source names on its own (``alone``: Brixen for
    Bressanone, not Lviv for the judge Michael Lemberg) and the target does not write under that name
    itself: no new name. Where it does ("Gdansk et Szczecin" -> "Gdansk and Danzig"), the source's Gdansk
    is rendered already and Danzig stands for another name (Szczecin)."""
    places = english_place_names(pair)
    own = fold(word)
    for form in other_names(pair).get(own, ()):
        if own in form:
            continue
        if all(w in alone or any(places.get(x) == w for x in alone) for w in form) \
                and not all(name_present(w, target_words) for w in form):
            return True
    return False


def replacements(segment: Segment, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, str, bool]]:
    """(start, end, word, name, paired) of each replaced name T106 reports in ``segment``: the new names paired
    in order with as many lost ones (``paired``: Andik -> Ahmad), else the words standing in a lost name's
    place (:func:`_replaced_in_place`). T110's second reading asks too, so as not to report a span again.

    Both readings find nothing where every source name is written in the translation (:func:`names_written`),
    as in most segments (WMT14's 24,024 pairs: 21,283): that one answer is asked first, once, instead of by
    each reading after joining the source texts again."""
    if names_written(segment.text, joined_sources(sources), ctx):
        return
    swaps = swaps_of(segment, sources, ctx)
    if swaps is not None:
        new, _, lost_names = swaps
        if len(new) == len(lost_names):  # as many new names as lost ones, paired in order (Andik -> Ahmad)
            paired = list(paired_names(new, lost_names))
            if paired:
                for (s, e, word), name in paired:
                    yield s, e, word, name, True
                return
    for s, e, word, name in _replaced_in_place(segment, sources, ctx):
        yield s, e, word, name, False


def paired_names(new: list, lost_names: list) -> Iterator[tuple[tuple[int, int, str], str]]:
    """New target names and lost source names paired in order, but for a new word that is the head of
    the lost name (Weser for Weserbergland: the same name shortened)."""
    for (s, e, word), (*_, name) in zip(new, lost_names):
        if len(word) >= 4 and fold(name).startswith(fold(word)):
            continue
        yield (s, e, word), name


def swaps_of(segment: Segment, sources: list[Segment], ctx) -> Optional[tuple[list, list, list]]:
    """What a replaced name leaves in one segment: the new names of the target that T106 may pair (known
    to the target language, or rare beside a kept part of the lost name), the other new words rarer than
    ``KNOWN_ZIPF`` (which only a document's repeated pairing vouches for, T110), and the source's lost
    names; None when no name can have been replaced. Once per (translation, source) text: T106 and T110
    both ask, and the answer is theirs to read, not to change."""
    src_text = joined_sources(sources)
    if names_written(segment.text, src_text, ctx):
        return None  # what _read_swaps answers when no name is lost, without reading the source's names
    return ctx.memo("swaps.segment", (segment.text, src_text, ctx.source.code, ctx.target.code),
                    lambda: _read_swaps(segment, src_text, ctx), bound=TRANSLATION_MEMO)


def _read_swaps(segment: Segment, src_text: str, ctx) -> Optional[tuple[list, list, list]]:
    """:func:`swaps_of` for a translation and its source's text."""
    src, tgt = ctx.source, ctx.target
    target_words = read_text(segment.text, ctx, ctx.target.code)
    target_caps = target_words.caps  # mid-sentence: a headline's first word may be an exonym
    if not target_caps and not segment.text.lstrip(" \"'“«(")[:1].isupper():
        return None
    unknown = ctx.memo("swaps.unknown", (src_text, src.code, tgt.code), lambda: unknown_names(src_text, src, tgt), bound=FEW_SOURCES)
    places = english_place_names(ctx.config.pair)
    # Tchéquie -> Czech: translated; Gdansk -> Danzig: the same place's other name; Kirill -> Kyrylo
    alone = places_alone(src_text, ctx)
    src_words = read_text(src_text, ctx, src.code)
    lost = lost_of(unknown, target_words, src_text, alone, src_words, ctx)
    lost_names = list({name: (s, e, name) for s, e, name in name_runs(lost, src_text)}.values())
    if not lost_names:
        return _replaced_beside_kept(segment, src_text, target_words, ctx)
    if len(lost_names) > MAX_SWAPS:
        return None
    if lost_names[0][0] == _first_word(src_text) and (openers := _openers(segment.text, tgt)):
        # « Mercandelli a dénoncé » -> "Marx denounced": a lost name opening the source segment
        # may be replaced by the word opening the target's (never a headline's place:
        # Karlovy Vary -> Carlsbad stands mid-sentence in its source)
        target_caps = sorted(target_caps + openers)
    if any(_BRACKETED.match(src_text, s) for s, _, _ in lost_names) and (inside := _bracketed(segment.text, tgt)):
        # « Yohan (Cabaye) » -> "Yohan (Torres)": a name a bracket opens, lost, against the target's
        target_caps = sorted(set(target_caps + inside))
    text = segment.text
    src_folded = src_words.folded
    kept_parts = _kept_parts(src_text, src, lost)
    new, rare = [], []
    for s, e, w in target_caps:
        if name_present(w, src_words) or tgt.is_common_word(w) or _other_name_of(w, alone, target_words, ctx.config.pair):
            continue
        zipf = tgt.zipf(w)
        if not place_or_people(w, places, ctx.config.pair) and KNOWN_ZIPF <= zipf < UNKNOWN_ZIPF + 1.5 \
                or _first_name_before_name(text, e, w, tgt, src_folded):
            new.append((s, e, w))
        elif zipf < KNOWN_ZIPF and not beyond_latin1(w, frozenset()):
            (new if kept_parts and next_to(text, s, e, kept_parts) else rare).append((s, e, w))
    new, rare = ([n for n in {w: (s, e, w) for s, e, w in found}.values() if not translates_source(n[2], src_words, ctx)]
                 for found in (new, rare))
    return new, rare, lost_names


def _replaced_in_place(segment: Segment, sources: list[Segment], ctx) -> list[tuple[int, int, str, str]]:
    """(start, end, target word, source name) for each name of the source that the target lost (at most
    ``MAX_SWAPS``, each read on its own by :func:`_in_name_place`; the span opens at a new first name written
    before the word, and the source name holds a first name lost beside it: the suggestion replaces the
    whole person) which has,
    in the word alignment (:mod:`mtqa.meaning.align`), a single target word in its very place, and that
    word is a word or a name of the target language which no source word accounts for (``a déclaré
    Restall.`` -> "said Berg.", ``Vladimir Sychev.`` -> "Vladimir air.", ``ajoute Havard.`` -> "adds
    Hansen.").

    The place is the evidence: the source words on both sides of the name are linked to the target words
    on both sides of the candidate (or the name and the candidate both end, or both open, their segment),
    so the candidate is what the system wrote for the name. The candidate must be an English word of the
    dictionary or a name the target language knows (``KNOWN_ZIPF``), or a word no language of the pair
    knows whose letters are unlike the name's (:func:`_unlike`: not a respelling of it). A word any
    source word translates (the
    bilingual dictionary or the alignment's links), a function word, a title, the name's own first-name
    equivalent or exonym, and the lost name's dictionary translations are no replacement."""
    src, tgt = ctx.source, ctx.target
    src_text = joined_sources(sources)
    if names_written(segment.text, src_text, ctx):
        return []  # no name of the source is lost (its slots are among the names tested there)
    target_words = read_text(segment.text, ctx, tgt.code)
    slots = ctx.memo("swaps.slots", (src_text, src.code, tgt.code), lambda: name_slots(src_text, src, tgt), bound=FEW_SOURCES)
    alone = places_alone(src_text, ctx)
    src_words = read_text(src_text, ctx, src.code)
    lost = lost_of(slots, target_words, src_text, alone, src_words, ctx)
    runs = name_runs(lost, src_text)
    if not runs or len(runs) > MAX_SWAPS:
        return []
    wa = given = None
    found = []
    for start, end, name in runs:
        title = _ABBREVIATED_BEFORE.match(src_text, end)
        if title and fold(title.group(1)) in target_words.folded:
            continue  # an abbreviated title before a kept name (Melle. Nathiri -> Miss. Nathiri), not a name
        if wa is None:
            wa = name_alignment(src_text, segment.text, ctx)
            if wa is None:
                return []
            given = _new_first_names(wa, ctx.pair.first_names_folded)  # the sentence's, for each lost name
        found += _in_name_place(segment, wa, given, start, end, name, src_text, src_words, ctx)
    return found


ALIGNMENTS = 64
"""Word alignments kept by :func:`name_alignment`: a translation's is asked again by the omitted-name check
after the segment checks of its document have run, so the reuse distance is a document's segments that lost a
name (WMT14's 24,024 pairs: 291 alignments asked, the most of one document far below this)."""


def name_alignment(src_text: str, text: str, ctx):
    """:func:`~mtqa.meaning.align.segment_alignment` of a source text and a translation that lost a name,
    shared by the checks that read a lost name's place: T106 (:func:`_replaced_in_place`) and the
    omitted-name check (:mod:`mtqa.checks.omitted_names`), which aligned the same texts again (218 of WMT14's
    291 such alignments were computed twice). Readers must not change it. Kept for the last
    :data:`ALIGNMENTS` texts."""
    from mtqa.meaning.align import segment_alignment

    src, tgt = ctx.source.code, ctx.target.code
    return ctx.memo("swaps.alignment", (src_text, text, src, tgt), lambda: segment_alignment(src_text, text, src, tgt),
                    bound=ALIGNMENTS)


def _in_name_place(segment: Segment, wa, given: frozenset[int], start: int, end: int, name: str, src_text: str,
                   src_words: FoldedWords, ctx) -> list[tuple[int, int, str, str]]:
    """:func:`_replaced_in_place` for one lost name ``name`` at ``start:end`` of the source: the one target
    word in its place that replaces it, or nothing. Each lost name of a sentence is read on its own
    (``ont déclaré Ravanelli et Moratoki`` -> "said Berg and Hansen" has two): its place is its own
    neighbours' links, which another lost name elsewhere in the sentence does not move. ``given``: the
    target's new first names (:func:`_new_first_names`), read once for the sentence."""
    from mtqa.meaning.align import function_stems

    src, tgt = ctx.source, ctx.target
    inside = [i for i, t in enumerate(wa.source) if start <= t.start < end]
    if not inside:
        return []
    before, after = inside[0] - 1, inside[-1] + 1
    first_names = ctx.pair.first_names_folded
    written = read_text(segment.text, ctx, tgt.code).folded
    while before >= 0 and not wa.links.get(before) and (fold(wa.source[before].text) in first_names
                                                         or _name_part_lost(wa, before, src_text, written)):
        before -= 1  # the person's first name, lost with the surname (« Arnaud Montebourg » -> "Jean-Luc Mélenchon")
    # the suggestion is the whole person the source names, its lost first name too (« Laurent Fabius » opening
    # the sentence, whose first name is no name slot), and it replaces the new first name with the surname
    # ("Jean-Marc Ayrault"): only the surname replaced would read "Jean-Marc Laurent Fabius"
    lost = src_text[wa.source[before + 1].start:end] if before + 1 < inside[0] else name
    function = function_stems(src.code, tgt.code)[1]
    name_marks = _marks(src_text, start, end)
    sides = _Sides(wa, tgt)
    replaced: dict[int, bool] = {}  # target token -> _replacement's answer (it reads neither neighbours nor marks)
    headline = segment.role is Role.HEADLINE
    # the neighbours themselves first; then past function words the translation left unrendered (the
    # auxiliary of ``la chute de Goma a amené`` -> "the fall of Gummed brought")
    for left, right in dict.fromkeys([(before, after), _rendered_neighbours(wa, before, after, src)]):
        # as many grammar words of the target as the source's passed on each side (``à Cuba`` -> "to Gauged":
        # « à » is unlinked, the words before « à » and "to" are linked)
        passed = (_grammar_run(wa, before, left), _grammar_run(wa, after, right))
        # each target token's two sides read once for both passes (:class:`_Sides`)
        placed = [(sides.left(_past_first_names(j, given), left, passed[0]), sides.right(j, right, passed[1]))
                  for j in range(len(wa.target))]
        for marks in (None, name_marks):  # both neighbours linked first; a clause mark for one only if none is
            hits = []
            for j, tok in enumerate(wa.target):
                at_left, at_right = placed[j]
                if not (at_left and at_right):  # one side (not both) may be the same clause mark instead
                    if marks is None or not (at_left or at_right):
                        continue
                    word_marks = _marks(segment.text, tok.start, tok.end)
                    if not (at_left and marks[1] and marks[1] == word_marks[1]
                            or at_right and marks[0] and marks[0] == word_marks[0]):
                        continue
                found = replaced.get(j)
                if found is None:  # the token's answer, whichever neighbours placed it
                    found = replaced[j] = _replacement(tok.text, name, j, wa, src_words, function, ctx, headline)
                if found:
                    hits.append((wa.target[_past_first_names(j, given)].start, tok.end, tok.text, lost))
            if hits:
                return hits if len(hits) == 1 else []
    return []


def _name_part_lost(wa, i: int, src_text: str, written: frozenset[str]) -> bool:
    """Source token ``i``, which the alignment leaves unlinked, is a capitalised word written mid-sentence right
    before the next token, one space apart, and the translation does not write it (``written``: its folded
    words): the head of the same name, lost with it (« les communes de General Zarvento, Tula » -> "the
    municipalities of Australia, Tula": General is no first name, but Australia stands for both words).

    Why: a name's place is its rendered neighbours' (:func:`_in_name_place`); a head of the name that went with
    it has no rendering, so the place must open before it, as before a lost first name. A head the
    translation writes (Commission, President) or renders (linked) stays the neighbour."""
    tok, nxt = wa.source[i], wa.source[i + 1]
    word = tok.text
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() and src_text[tok.end:nxt.start] == " " \
        and not at_sentence_start(src_text, tok.start) and fold(word) not in written


def _grammar_run(wa, neighbour: int, rendered: int) -> int:
    """How many source tokens :func:`_rendered_neighbours` passed between a lost name's ``neighbour`` and
    the ``rendered`` one it moved to (0 where it moved none, or to the segment's edge: the target's edge
    needs no grammar word passed)."""
    if rendered < 0 or rendered >= len(wa.source):
        return 0
    return abs(neighbour - rendered)


def _rendered_neighbours(wa, before: int, after: int, lang) -> tuple[int, int]:
    """Source tokens ``before`` and ``after`` of a lost name, each moved outwards past the grammar words
    (:attr:`~mtqa.langs.language.Language.grammar_zipf` of the source language ``lang``) the alignment leaves unlinked, to the nearest word
    it renders (or the segment's edge).

    Why: a grammar word a translation does not render word for word (the auxiliary of a compound tense:
    ``Goma a amené`` -> "Gummed brought") has no place in the target to show where the name went, while
    the word past it does. Only unlinked grammar words are passed: a content word the alignment missed
    still ends the search, as before."""
    def grammar(i: int) -> bool:
        return not wa.links.get(i) and lang.zipf(wa.source[i].text.lower()) >= lang.grammar_zipf

    while before >= 0 and grammar(before):
        before -= 1
    while after < len(wa.source) and grammar(after):
        after += 1
    return before, after


_ABBREVIATED_BEFORE = re.compile(rf"\.[ \u00a0]+([{UPPER}][^\W\d_]+)")
"""A period and a capitalised word right after a source word: the word may be an abbreviated title
(``Melle. Nathiri``, ``Maj. Fein``) when the target has the next word as it is, not the end of a sentence
(``Restall. Il a souri`` -> "Berg. He smiled")."""


_CLAUSE_MARKS = frozenset(",;:()")
"""Punctuation that closes or opens a clause: the same mark on the same side of a lost name and of a target
word puts the word in the name's place as surely as a linked neighbour (``l'oeuvre de Michaux, s'est
imposée`` -> "the work of Midwhitewash, has dominated": the pronoun after the comma has no link)."""


def _marks(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause marks (``_CLAUSE_MARKS``) right before ``start`` and right after ``end`` in ``text``
    (spaces skipped), "" where there is none."""
    before, after = text[:start].rstrip()[-1:], text[end:].lstrip()[:1]
    return (before if before in _CLAUSE_MARKS else "", after if after in _CLAUSE_MARKS else "")


def _new_first_names(wa, first_names: frozenset[str]) -> frozenset[int]:
    """The target tokens that are first names no source word is linked to, capitalised or the lower-case
    second half of a hyphenated one (``Jean-luc``): the first name a translation writes before the
    surname that replaces a lost name."""
    out: set[int] = set()
    for k, tok in enumerate(wa.target):
        if k not in wa.target_linked and fold(tok.text) in first_names and (tok.text[:1].isupper() or k - 1 in out):
            out.add(k)
    return frozenset(out)


def _past_first_names(j: int, given: frozenset[int]) -> int:
    """The first of the target tokens in ``given`` (:func:`_new_first_names`) that run up to token ``j``:
    where a name written with a new first name opens."""
    while j - 1 in given:
        j -= 1
    return j


class _Sides:
    """The two sides :func:`_in_name_place` tests, for the target tokens of one word alignment ``wa``: each source
    token's linked target tokens as a set and each target token's grammar-word answer, read once and kept.
    Why: :func:`_in_name_place` tests every target token, twice (both neighbours linked; then a clause mark
    for one), and each test scanned the neighbour's links again for each token and asked the target
    language's frequency of the same words again."""

    __slots__ = ("wa", "lang", "_linked", "_grammar")

    def __init__(self, wa, lang):
        self.wa, self.lang = wa, lang
        self._linked: dict[int, frozenset[int]] = {}
        self._grammar: dict[int, bool] = {}

    def linked(self, i: int) -> frozenset[int]:
        """The target tokens source token ``i`` is linked to."""
        found = self._linked.get(i)
        if found is None:
            found = self._linked[i] = frozenset(t for t, _, _ in self.wa.links.get(i, ()))
        return found

    def grammar(self, k: int) -> bool:
        """Target token ``k`` is a grammar word of the target language (linked or not: the aligner links a
        frequent "to" to any « au » of the sentence)."""
        found = self._grammar.get(k)
        if found is None:
            lang = self.lang
            found = self._grammar[k] = lang.zipf(self.wa.target[k].text.lower()) >= lang.grammar_zipf
        return found

    def left(self, j: int, before: int, passed: int) -> bool:
        """Target token ``j`` follows the rendering of source token ``before`` (-1: opens the segment), past at
        most ``passed`` grammar words."""
        if before < 0:
            return j == 0
        linked = self.linked(before)
        return any(j - 1 - d >= 0 and j - 1 - d in linked and all(map(self.grammar, range(j - d, j)))
                   for d in range(passed + 1))

    def right(self, end: int, after: int, passed: int) -> bool:
        """Target token ``end`` comes before the rendering of source token ``after`` (past the source's end:
        closes the segment), past at most ``passed`` grammar words."""
        n = len(self.wa.target)
        if after >= len(self.wa.source):
            return end == n - 1
        linked = self.linked(after)
        return any(end + 1 + d < n and end + 1 + d in linked and all(map(self.grammar, range(end + 1, end + 1 + d)))
                   for d in range(passed + 1))


def _replacement(word: str, name: str, j: int, wa, src_words: FoldedWords, function: frozenset[str], ctx,
                 headline: bool = False) -> bool:
    """``word``, target token ``j`` of ``wa``, can only be another word or name written for the lost ``name``:
    no source word is linked to it or spelt like it or translates to it, it is no function word, title,
    first name or English form of a place (Isabel -> Elizabeth, Deutschland -> Germany: a translator's
    rendering; not for a rare name that has none, :func:`_no_place_known`), no dictionary translation of the name itself (Pierre -> stone: T105's), and it is an
    English word or a name English knows. A name the source's dictionary lists as a proper noun (a
    capital, a country, an institution, a brand everyone knows) may be rendered by another name of the
    same thing in a professional translation: a capital for its country (``les relations avec Ottawa``
    -> "relations with Canada"), a country's other or newer name (Myanmar -> Burma, Swaziland ->
    Eswatini); a first name French news uses alone for a leader (``a ajouté Bachar``) is rendered by the
    surname English uses ("added Assad"); the other name must be one in English (:func:`_named_otherwise`).
    A lower-case word in the place of such a name is reported (``la sortie Hoeilaart`` -> "the exit drive"),
    and so is a lower-case English word capitalised bare (``au nord de Goma`` -> "north of Gummed"). A
    frequent name (a brand: ``le Honda Jazz`` -> "the previous Jazz") may give way to a lower-case word in a
    free translation; only another name replaces it, or a lower-case string no language knows whose letters
    are unlike the name's (:func:`_unlike`: ``ajoute Havard.`` -> "adds rlnd."), which renders nothing. In a
    ``headline``, which drops the article that shows a
    description in running text ("The actor becomes"), a common noun that is no name (no proper stem in the
    target dictionary) is the headline's description of the person (``Depardieu devient russe`` -> "Actor
    becomes Russian", ``Kerviel condamné en appel`` -> "Trader convicted on appeal"); a name (Berg, Smith)
    is still a replacement there."""
    from mtqa.langs import freedict

    src, tgt = ctx.source, ctx.target
    folded = fold(word)
    if j in wa.target_linked or wa.target[j].stem in function or len(word) < 3 or word.isupper():
        return False
    # a lower-case string no language knows, unlike the name, is no free rendering of it ("adds rlnd" for
    # « ajoute Havard »), however frequent the name
    unlike = _unlike(word, name, ctx) if word[:1].isupper() or word.isalpha() else False
    if not word[:1].isupper() and not unlike and max(src.zipf(name), tgt.zipf(name)) >= UNKNOWN_ZIPF \
            or folded in ctx.pair.first_names_folded \
            or folded in english_place_names(ctx.config.pair).values() and not _no_place_known(name, folded, ctx) \
            or folded in name_titles(ctx.pair, "target") or folded == fold(ctx.pair.given_names.get(fold(name), "\0")):
        return False
    if name_present(word, src_words) and not _like_rendered_words_only(word, wa, ctx) \
            and not _like_grammar_words_only(word, src_words, ctx) \
            or translates_source(word, src_words, ctx):
        return False
    if word[:1].isupper() and not unlike and (src.in_dictionary(name) or fold(name) in ctx.pair.first_names_folded) \
            and _named_otherwise(word, j, wa, tgt):
        return False  # a well-known name (Ottawa -> Canada) or a first name (Bachar -> Assad) named otherwise
    pair = freedict.pair_name(src.code, tgt.code)
    if word.lower() in {t.lower() for t in freedict.lookup(name.lower(), pair)}:
        return False
    english = tgt.in_dictionary(word.lower()) or tgt.in_dictionary(word) or tgt.is_common_word(word.lower())
    if headline and english and not tgt.has_proper_stem(word):
        return False
    return english or unlike or word[:1].isupper() and tgt.zipf(word) >= KNOWN_ZIPF


def _no_place_known(name: str, place: str, ctx) -> bool:
    """The lost ``name`` is rare in both languages (below ``UNKNOWN_ZIPF``), no place of the exonym table
    (:func:`english_place_names`) and spelt unlike the English ``place`` (folded) in its very place and unlike the
    table's source forms of that place: a name with no English form of its own, so the place English knows
    there is another place (« communes de General Zarvento, Tula » -> "municipalities of Australia, Tula"),
    not the name's English form (Tchéquie -> Czechia, a frequent endonym -> its exonym: a translator's
    rendering) nor a rarer spelling's (« Slovéquie » for Slovaquie -> Slovakia). Why: a translator gives a
    place its English name where it has one; a rare town or district has none but its own, and a place of
    the other end of the world in its slot is a system's substitution. A rare endonym the table lacks
    (Österreich for Austria) is read as another place too, as a place outside the table (Köln -> Cologne)
    always was: the alternate names' table is where such pairs belong."""
    if max(ctx.source.zipf(name), ctx.target.zipf(name)) >= UNKNOWN_ZIPF or fold(name) in english_place_names(ctx.config.pair):
        return False
    forms = FoldedWords([place, *_place_sources(ctx.config.pair).get(place, ())])
    return not name_present(name, forms)


@functools.lru_cache(maxsize=None)
def _place_sources(pair: str) -> dict[str, tuple[str, ...]]:
    """Folded target form of a place of the exonym table -> its folded source forms (czechia -> tchequie)."""
    out: dict[str, list[str]] = {}
    for source, target in english_place_names(pair).items():
        out.setdefault(target, []).append(source)
    return {target: tuple(sources) for target, sources in out.items()}


def _like_rendered_words_only(word: str, wa, ctx) -> bool:
    """``word`` is a word neither language knows (below ``KNOWN_ZIPF``), no source word's copy, and the
    source words spelt like it (``name_present``'s ``SIMILAR``) are all rendered elsewhere in the target by the
    alignment (``d'Abdel-Malik Djermoune, son fondateur`` -> "Abdel-Malik Donedat, its founder": Donedat
    looks like fondateur, which "founder" renders). A known word spelt like a source word may be that
    word's cognate rendering (interdit, Interior) even where the alignment links the source word elsewhere,
    so it keeps the look-alike rule.

    Why: a respelling of a source word stands for that word, so ``_replacement`` takes no word spelt like
    one for a replacing name; but a source word the translation rendered elsewhere has its rendering, and
    the look-alike in the lost name's place is written for the name. A source word spelt like it and left
    unlinked (the name itself, respelt) still accounts for it, as does a word copied as it is."""
    if max(ctx.source.zipf(word), ctx.target.zipf(word)) >= KNOWN_ZIPF:
        return False
    key = fold(word)
    alike = [i for i, tok in enumerate(wa.source)
             if difflib.SequenceMatcher(None, key, fold(tok.text)).ratio() >= SIMILAR]
    return bool(alike) and all(fold(wa.source[i].text) != key and wa.links.get(i) for i in alike)


def _like_grammar_words_only(word: str, src_words: FoldedWords, ctx) -> bool:
    """``word``, no copy of a source word, is spelt like source words (``name_present``'s ``SIMILAR``) that are all
    grammar words of the source language (:attr:`~mtqa.langs.language.Language.grammar_zipf` or more:
    ``avec``, ``s'est``): ``à Dallas en ce jour`` -> "to Paved in this day" looks like « avec » only.

    Why: the look-alike rule keeps a word spelt like a source word as that word's rendering (a cognate:
    interdit, Interior), but a grammar word has no capitalised cognate that could stand in a name's place,
    so such a likeness accounts for nothing and the word was written for the name."""
    src = ctx.source
    key = fold(word)
    if key in src_words.folded:
        return False
    alike = [w for w in dict.fromkeys(src_words.words)
             if difflib.SequenceMatcher(None, key, fold(w)).ratio() >= SIMILAR]
    return bool(alike) and all(src.zipf(w.lower()) >= src.grammar_zipf for w in alike)


def _named_otherwise(word: str, j: int, wa, tgt) -> bool:
    """``word``, capitalised at target token ``j`` of ``wa``, is what English writes for a name or an
    institution, so it may stand for a well-known name the translator named otherwise: a proper noun of the
    target dictionary (Canada, Burma, Assad), a word English does not know in lower case (Netanyahu,
    Eswatini), or a capitalised common noun after the article English writes before an institution's name
    (``place_articles``: "said the Presidency", "the Ministry"). A word English writes in lower case,
    capitalised bare in the name's place, is a word the system wrote for the name, not a name
    (``ont occupé Goma`` -> "occupied Gummed": Goma read as a verb)."""
    if tgt.has_proper_stem(word) or not tgt.is_common_word(word):
        return True
    return j > 0 and wa.target[j - 1].text.lower() in tgt.word_set("place_articles")


UNLIKE = 55
"""A word the target does not know in a lost name's very place replaces it when its letters and the name's
share less than this (rapidfuzz ``ratio``, 0-100, folded), the name read as written and as English would
romanise it: a respelling or transliteration of the same name shares far more (Tcheliabinsk / Chelyabinsk 87,
Kadhafi / Gaddafi 71, Sychev / Sichev 83, Ioujine / Yuzhin 100 once romanised, 46 as written), another name
far less (Zubizarreta / Ascasibar 30, Djermoune / Donedat 50)."""


def _unlike(word: str, name: str, ctx) -> bool:
    """``word``, capitalised in a lost name's place, is a name of its own rather than the lost one's
    spelling: no word of either language (below ``KNOWN_ZIPF`` in both), Latin-1 letters (a Czech or
    Polish spelling may be the target's form of a Central European name), four letters or more, and
    letters unlike the name's (``UNLIKE``). The place is the alignment's evidence that the system wrote it
    for the name (``d'Abdel-Malik Djermoune, son fondateur`` -> "of Abdel-Malik Donedat, its founder");
    the letters rule out a spelling of the name itself, which T102 and T108 read. French romanises Russian
    names its own way (j for zh, ou for u, initial i for y), so the name is also compared in the English
    form :mod:`mtqa.names.translit` gives it: ``Ioujine`` -> "Yuzhin" is the same name. A name of several
    words is also compared word by word (those of four letters or more): a translator may give the surname
    alone (``a déclaré Iouri Ioujine`` -> "said Yuzhin")."""
    fuzz = _FUZZ  # imported under mtqa.lazy's lock: threads of a Dask worker

    if len(word) < 4 or max(ctx.source.zipf(word), ctx.target.zipf(word)) >= KNOWN_ZIPF \
            or beyond_latin1(word, frozenset()):
        return False
    english = transliterator(ctx.source.code, ctx.target.code).english_form
    parts = {name} | {part for part in LETTERS_RE.findall(name) if len(part) >= 4}
    return max(fuzz.ratio(fold(word), fold(form)) for part in parts for form in (part, english(part).english)) \
        < UNLIKE


def _replaced_beside_kept(segment: Segment, src_text: str, target_words: ReadText, ctx) -> Optional[tuple]:
    """:func:`swaps_of` for a sentence that lost no rare name: a name word frequent enough to be a word
    somewhere (Kirill, Charbonneau: ``UNKNOWN_ZIPF`` or more in one language) is lost too when a part of
    its name stays and a word the target language does not know at all stands beside that part in its
    place (``Kirill Miller`` -> "Meerov Miller", ``la Commission Charbonneau`` -> "the Commission
    Hozapfel"). A known word there may be the name's own rendering (Cyril, Yury), an unknown one is
    not; a name with no part kept is left alone (its rendering may be any word)."""
    src, tgt = ctx.source, ctx.target
    named = ctx.memo("swaps.beside", (src_text, src.code, tgt.code), lambda: _names_beside_names(src_text, src, tgt), bound=FEW_SOURCES)
    alone = places_alone(src_text, ctx)
    src_words = read_text(src_text, ctx, src.code)
    # each word's answer kept with the segment's (:func:`lost_of`): the name slots share most of these words
    lost = lost_of(named, target_words, src_text, alone, src_words, ctx)
    if not lost:  # nearly every sentence: no name beside a name was lost, no need to read the source's names
        return None
    kept_parts = _kept_parts(src_text, src, lost)
    if not kept_parts:
        return None
    # beside a kept part of a name word the source quotes in the target language (Europa Press), any word
    # but a title stands in its place: the system translated the quoted word as one of its own (Europa Close);
    # a title in place of a first name (Peter Englund -> Mr. Englund) is how English names the person again
    caps = name_words(src_text, src)
    english_run = {caps[k][0] for k in range(len(caps)) if in_target_language_name(caps, k, src, tgt, src_text)}
    quoted = _kept_parts(src_text, src, [c for c in lost if target_language_name_word(c[2], src, tgt)
                                         or c[0] in english_run])
    text = segment.text
    firsts = [w for _, _, w in lost if _target_first_name(w, ctx)]
    new = [(s, e, w) for s, e, w in target_words.caps
           if not name_present(w, src_words) and not beyond_latin1(w, frozenset()) and (
               not tgt.is_common_word(w) and tgt.zipf(w) < KNOWN_ZIPF and next_to(text, s, e, kept_parts)
               or quoted and next_to(text, s, e, quoted) and fold(w) not in name_titles(ctx.pair, "target")
               or firsts and _other_first_name(w, firsts, ctx) and next_to(text, s, _compound_end(text, e), kept_parts))
           and not translates_source(w, src_words, ctx)]
    lost_names = list({name: (s, e, name) for s, e, name in name_runs(lost, src_text)}.values())
    if not new or len(lost_names) > MAX_SWAPS:
        return None
    return list({w: (s, e, w) for s, e, w in new}.values()), [], lost_names


def _other_first_name(word: str, firsts: list[str], ctx) -> bool:
    """``word``, capitalised in the translation beside a kept part of a name, is a first name of either
    language's table, no common word of the target language, and no form of the lost first names ``firsts``
    (none of the ``given_names`` table's English forms of one, its regnal form, the same Russian first name
    full or diminutive, another romanisation of it): another person's first name before the kept surname
    (« Stephanie Vartoki » -> "Monica Vartoki"). The caller has ruled out a word spelt like a source word
    (Kiril, Stefanie) and kept lost first names the target language writes as they are
    (:func:`_target_first_name`). Why: a known word beside the kept part may be the name's own rendering
    (Kirill -> Cyril, Étienne -> Stephen), so only an unknown one was read there; but a first name English
    itself gives has no other English form, and another first name in its place names someone else."""
    pair = ctx.pair
    folded = fold(word)
    if folded not in pair.first_names_folded or ctx.target.is_common_word(word):
        return False
    forms = _given_forms(ctx.config.pair)
    src, tgt = ctx.source.code, ctx.target.code
    return not any(folded in forms.get(fold(n), ()) or folded == fold(pair.regnal_names.get(fold(n), "\0"))
                   or same_first_name(n, word, src, tgt) or same_name_romanised(n, word) for n in firsts)


TARGET_FIRST_NAME_ZIPF = 3.0
"""A first name of the tables this frequent in the target language, and more frequent there than in the
source language, is one the target language gives itself (Stephanie 3.8 in English, 3.2 in French; Monica,
Kevin, Jennifer): a translation writes it as it is. Below it, or more frequent in the source, a first name may
have a target form the tables do not list (Kirill 2.5, English Cyril; Pierre 5.3 in French, English Peter)."""


def _target_first_name(word: str, ctx) -> bool:
    """``word``, a lost name word beside a kept part of its name, is a first name of the tables that the target
    language gives itself (``TARGET_FIRST_NAME_ZIPF``): the only names :func:`_other_first_name` reads
    another first name in the place of."""
    target = ctx.target.zipf(word)
    return fold(word) in ctx.pair.first_names_folded and target >= TARGET_FIRST_NAME_ZIPF \
        and target > ctx.source.zipf(word)


@functools.lru_cache(maxsize=None)
def _given_forms(pair: str) -> dict[str, frozenset[str]]:
    """Folded source first name -> every folded target form the ``given_names`` table lists for it (Étienne:
    stephen, steven, steve), not only the first (:attr:`~mtqa.langs.pair.LanguagePair.given_names`)."""
    from mtqa.langs.data import pair_table

    out: dict[str, set[str]] = {}
    for row in pair_table("given_names", pair):
        out.setdefault(fold(row["french"]), set()).add(fold(row["english"]))
    return {name: frozenset(forms) for name, forms in out.items()}


_HYPHENED_PARTS = re.compile(rf"(?:[-‐‑][{UPPER}][^\W\d_]*)*")
"""Capitalised words joined by hyphens after a word: the rest of a compound first name (Jean-Marc)."""


def _compound_end(text: str, end: int) -> int:
    """Where the compound name whose first word ends at ``end`` ends (``end`` itself for a single word)."""
    return _HYPHENED_PARTS.match(text, end).end()


def _names_beside_names(src_text: str, src, tgt) -> list[tuple[int, int, str]]:
    """The source's name words (:func:`name_words`) that :func:`unknown_names` leaves out for being
    frequent in a language, but are no word of either (not in the source dictionary, not a common word
    of either language) and stand beside another name word: a first name, a surname, a name's head. A
    common word of the target language only (:func:`target_language_name_word`: ``Press`` of Europa Press)
    is such a name word too: the source quotes it."""
    caps = name_words(src_text, src)
    own_letters = frozenset(src.extra.get("special_letters", ""))
    return [caps[k] for k in range(len(caps)) if is_name_beside_name(src_text, caps, k, src, tgt, own_letters)]


def _kept_parts(src_text: str, src, lost: list[tuple[int, int, str]]) -> list[str]:
    """The capitalised words the source writes right beside a lost name word, one space or hyphen apart,
    that are not lost themselves: the parts of the same name the target kept (Kent of ``Kent Craver``,
    Chemical of ``Freudenberg Chemical Specialities``). A word the target language does not know that
    stands beside one of them took the lost word's place (``Kent Walld``), however rare it is."""
    caps = name_words(src_text, src)
    at = {c[0]: k for k, c in enumerate(caps)}
    lost_starts = {s for s, _, _ in lost}
    return [w for s, _, _ in lost if s in at for w in capital_neighbours(src_text, caps, at[s])
            if src_text.find(w) not in lost_starts]


_NEXT_NAME = re.compile(rf" ([{UPPER}][^\W\d_]+)")


def _first_name_before_name(text: str, end: int, word: str, lang, source_words: set[str]) -> bool:
    """A first name of the language's table right before another capitalised word that the source does
    not have: a new person's name, however frequent the word is alone (``Jordan Martin``: not the
    country). When the surname is the source's (``James Pérez`` for ``Jacobo Pérez``) the first name
    is a rendering of that person's, not another person."""
    nxt = _NEXT_NAME.match(text, end)
    return fold(word) in lang.first_names_folded and nxt is not None and fold(nxt.group(1)) not in source_words


def _first_word(text: str) -> int:
    """Where the first word of a segment starts (after opening quotes and brackets), or -1."""
    m = _WORD.search(text)
    return m.start() if m and not any(c.isalnum() for c in text[:m.start()]) else -1


def _openers(text: str, lang) -> list[tuple[int, int, str]]:
    """The word opening the segment when it is capitalised and the language's dictionary does not know
    it as a word (``"Marx was then...``): a name whatever its position."""
    m = _WORD.search(text)
    if m is None or m.start() != _first_word(text):
        return []
    w = m.group()
    if w[:1].isupper() and not w.isupper() and len(w) > 1 and not lang.in_dictionary(w.lower()) \
            and not lang.is_common_word(w.lower()):
        return [(m.start(), m.end(), w)]
    return []


_BRACKETED = re.compile(r"(?<=\()")
"""Matches at a position right after an opening bracket (searched with ``match(text, start)``)."""


def _bracketed(text: str, lang) -> list[tuple[int, int, str]]:
    """The capitalised words alone in brackets that the language's dictionary does not know as words: a bracket opens
    them, so :func:`~mtqa.checks.name_swaps.likeness._capitalised` (which reads a capital there as the bracket's, like a
    sentence's) leaves them out, but a word alone in brackets after a first name (``Yohan (Torres)``, a team sheet's
    surnames) is a name wherever it stands, as the segment's first word is (:func:`_openers`). Read only where a lost
    source name stands in brackets too."""
    return [(m.start(1), m.end(1), w) for m in BRACKET_WORD.finditer(text)
            if not (w := m.group(1)).isupper() and not lang.in_dictionary(w.lower()) and not lang.is_common_word(w.lower())]


def translates_source(word: str, source_words: FoldedWords, ctx) -> bool:
    """The bilingual dictionary gives ``word`` for a source word (tchèque -> Czech, hongrois ->
    Hungarian): a translation, not a replacing name."""
    return word.lower() in ctx.memo("swaps.translations", (tuple(source_words.words), ctx.config.pair),
                                    lambda: _translations(source_words.words, ctx), bound=RARE_SOURCES)


def _translations(source_words: list[str], ctx) -> frozenset[str]:
    """Every lower-cased dictionary translation of the source words longer than two letters."""
    from mtqa.langs import freedict

    pair = freedict.pair_name(ctx.source.code, ctx.target.code)
    return frozenset(t.lower() for w in dict.fromkeys(source_words) if len(w) > 2
                     for t in freedict.lookup(w.lower(), pair))


MAX_SWAPS = 2
"""At most this many names replaced in one sentence: more lost and new names are a garbled sentence."""
