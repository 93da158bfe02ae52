"""Source-language grains and detokenisation artefacts that whole-word checks miss.

Statistical and neural MT of the 2000s-2010s works on tokenised text: it
splits hyphenated compounds (``celle-ci`` -> ``celle - ci``), detaches
punctuation, then detokenises badly. What is left in the English are pieces
a word-level check cannot see as words: a French word glued to a digit, a
currency sign, a hyphen, a closing quotation mark or the next word (``20 $au``,
``avait30``, ``américain-``, ``"Smarter Commerce"qui``, ``àManchester``, ``Ils'agit``), one half of a split French
compound (``those - ci``), and English compounds with spaced hyphens
(``Middle - East``), sometimes in the source's word order (``States -
United`` for ``États-Unis``).

Two pieces of evidence make a grain French rather than an odd English token:
the aligned source contains it (glued grains) or a hyphenated compound
containing it (split halves), and it is a word of the source language's
Hunspell dictionary (Debian ``hunspell-fr``; word frequencies when it is not
installed) that the target language does not have. Without the source
dictionary and frequencies for the source language the check is silent.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, NamedTuple, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.evidence import (Evidence, in_address, in_source_name, quote_copied, quote_spans,
                           source_person_particles)
from mtqa.langs import at_sentence_start, fold, hyphen_prefixes, language
from mtqa.langs.cache import FEW_SOURCES, RARE_SOURCES
from mtqa.langs.data import alternation, pair_table
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.records import record
from mtqa.words import LETTERS_RE, LOWER, NEXT_WORD_RE, UPPER

_RUN = LETTERS_RE
_CURRENCY = "$€£¥"
_DASHES = "-–—"
# A word glued to an elided word: Ils'agit (Il + s'agit), fusilsd'assaut (fusils + d'assaut).
_GLUED_ELISION = re.compile(r"(?<![^\W\d_])([^\W\d_]+?)(qu|[dlsnmjtc])['’]([^\W\d_]{2,})")
_SPACED = re.compile(r"(?<![^\W\d_])([^\W\d_]+)((?: - [^\W\d_]+)+)(?![^\W\d_])")
_HYPHENATED = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)+")  # tried at a run's start only: faster, same matches
# A lower-case elided word glued to a capitalised one (l'Estonie, qu'Hurston).
_ELIDED_NAME = re.compile(rf"(?<![^\W\d_'’])([{LOWER}]{{1,7}})['’](?=[{UPPER}])[^\W\d_]+")
_PREV = re.compile(r"([^\W\d_]+)[ \u00a0]*$")
# An elided word cut from its word by a space, as tokenised MT leaves it (jusqu' to, qu' il, d' autres): after a
# space, an opening bracket or quotation mark or a dash, never after a letter or another apostrophe ('n').
# A format character (Unicode Cf: the soft hyphen, zero-width spaces and joiners) that web output leaves
# between an elided word and its apostrophe (qu\u00ad' il) is invisible to the reader and read through.
_FORMAT_CHARS = "\u00ad\u200b-\u200d\u2060\ufeff"
_SPACED_ELISION = re.compile(
    rf"(?<![^\s(\[«\"“—–-])([^\W\d_]{{1,7}})[{_FORMAT_CHARS}]*['’](?=[ \u00a0]+([^\W\d_]+))")
_SOURCE_ELIDED = re.compile(rf"(?<![^\W\d_])([^\W\d_]{{1,7}})[{_FORMAT_CHARS}]*['’]([^\W\d_]+)")
_LONE_QUOTE = re.compile(r"(?<![^\W\d_])['‘’](?=[^\W\d_])|(?<=[^\W\d_])['’](?![^\W\d_])")
"""A single quotation mark, opening (a letter after it only) or closing (a letter before it only)."""
_CUT = "cut from its word by a space"
_INVERTED = "with its subject pronoun after it"
"""How an inversion (``ajouta-t-il``) is left in the text: the grain is the verb and its pronoun."""
_COPIED = "in a hyphenated compound copied from the source"
"""How a part of a source compound copied whole is left (``anti-histoire``, ``rond-de-cuir``)."""
_DEMONSTRATIVE = "with a demonstrative tail"
"""How a word is left with ``-là`` or ``-ci`` (``bosons-là``): the grain is the word and its tail."""
_PARTICLES = frozenset({"d", "l"})
"""Elided particles that belong to names after a capitalised word (Côte d'Ivoire, Palme d'Or)."""


def _named(text: str, start: int, parts: list[str]) -> bool:
    """A capitalised part that does not merely open the sentence: a place name (Clichy - la - Garenne)."""
    return any(p[:1].isupper() and not (k == 0 and at_sentence_start(text, start)) for k, p in enumerate(parts))


def _target_compound(word: str, target: str) -> bool:
    """A hyphenated word the target language's dictionary has (cul-de-sac, tête-à-tête)."""
    return language(target).in_dictionary(word.lower())  # frequencies would combine the parts' own


def _quoted(text: str, pos: int) -> bool:
    """An odd number of quotation marks before ``pos`` on the line: inside a quotation."""
    before = text[:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”") or before.count("«") > before.count("»") \
        or len(re.findall(r"(?<![^\W\d_])'|'(?![^\W\d_])", before)) % 2 == 1


_QUOTES = "\"'“”«»‘’"


def _cited(text: str, start: int, end: int) -> bool:
    """The word stands alone between quotation marks (``the "savoir-être" of the elite``): a term cited
    in the source language on purpose, not a word of a quoted sentence left untranslated."""
    return text[start - 1:start].strip() in _QUOTES and text[end:end + 1].strip() in _QUOTES \
        and bool(text[start - 1:start].strip()) and bool(text[end:end + 1].strip())


def _copied_quotation(text: str, pos: int, source: str) -> bool:
    """Inside a quotation the source holds word for word: a title or speech kept in the source language
    on purpose (Brel's "Ces gens-là"), which the untranslated-text checks judge as a whole. A quotation
    the translation began to translate (``until "the mi-novembre"``) is no such thing."""
    for a, b in quote_spans(text):
        if a <= pos < b:
            return quote_copied(text[a:b], source)
    return False


def _same_elision(source: str, found: str) -> bool:
    """The source has the same elided word before the same name (``l'Estonie``)."""
    return found.replace("’", "'").lower() in source.replace("’", "'").lower()

# Zipf thresholds: a source-language word is "not target" when the target
# language's frequency stays below both this ceiling and the source's minus
# the gap (``ci`` 3.5 in English, 5.5 in French). Calibrated on the Google
# half of bench/recall.py.
MAX_TARGET_ZIPF = 4.0
MIN_GAP = 1.0
MIN_SOURCE_ZIPF = 2.5


def source_word(word: str, source: str, target: str, function_words: frozenset = frozenset()) -> bool:
    """A word of the source language that the target language does not use.

    ``function_words``: source function words the target does not share (``à``, ``du``),
    source evidence whatever dictionaries say of them.
    """
    low = word.lower()
    if low in function_words:
        return True
    if len(low) < 2 and low.isascii():
        return False
    src, tgt = language(source), language(target)
    src_zipf, tgt_zipf = src.zipf(low), tgt.zipf(low)
    if tgt_zipf >= MAX_TARGET_ZIPF or tgt_zipf > src_zipf - MIN_GAP or tgt.is_common_word(low):
        return False
    if src.has_dictionary:
        return src.in_dictionary(low)
    return src_zipf >= MIN_SOURCE_ZIPF


def pieces(text: str) -> Iterator[tuple[int, int]]:
    """Letter runs cut where a lower-case letter meets a capital (``avecWillard`` -> avec, Willard)."""
    for m in _RUN.finditer(text):
        run, base = m.group(), m.start()
        cut = 0
        for k in range(1, len(run)):
            if run[k - 1].islower() and run[k].isupper():
                yield base + cut, base + k
                cut = k
        yield base + cut, m.end()


_CLOSING = "\"”»"
"""Quotation marks that may close a quotation (a straight one closes when an odd number stand before it)."""
_EDGE = re.compile(r"[\d$€£¥\-–—\"”»]")  # _CURRENCY, _DASHES and _CLOSING
r"""The characters next to a letter run that make it a grain (a run's neighbours are never letters, so
``str.isdigit`` there is ``\d``)."""


_CAMEL_ASCII = re.compile(r"[a-z][A-Z]")


def _plain(run: str) -> bool:
    """No lower-case letter before a capital: the run is one piece (``house``, ``NASA``, ``Paris``)."""
    return bool(run[1:].islower() or run.isupper() or len(run) == 1)


def _candidate_runs(text: str) -> list[tuple[str, int]]:
    """(run, start) of the letter runs that may hold a grain: with a lower-case letter before a capital
    (cut in two pieces), or next to an edge character.

    Found from those places rather than by walking every run: the runs
    beside an :data:`_EDGE` character, and the runs holding a case cut. Every
    other run yields nothing in :func:`grains` (one piece whose neighbours are
    no figure, currency sign, dash or closing quotation mark), however it is
    cased (``NASA``, ``中文``). The places are searched for in the text's
    shapes (:func:`_shapes`) with ``find``, no regex step per character.
    """
    shapes, (cut, edge, gap) = _shapes(text)
    n = len(text)

    def run_start(k: int) -> int:  # the start of the run holding the letter before offset k
        return max(shapes.rfind(gap, 0, k), shapes.rfind(edge, 0, k)) + 1

    def run_end(k: int) -> int:  # the end of the run starting at k
        ends = [e for e in (shapes.find(gap, k), shapes.find(edge, k)) if e >= 0]
        return min(ends) if ends else n

    found: dict[int, int] = {}
    p = shapes.find(edge)
    while p >= 0:
        if p and shapes[p - 1:p] not in (gap, edge):
            found[run_start(p)] = p
        if p + 1 < n and shapes[p + 1:p + 2] not in (gap, edge):
            found[p + 1] = run_end(p + 1)
        p = shapes.find(edge, p + 1)
    k = shapes.find(cut)
    while k >= 0:
        start = run_start(k + 1)
        if start not in found:
            found[start] = run_end(start)
        k = shapes.find(cut, k + 1)
    return [(text[a:b], a) for a, b in sorted(found.items())]


def _may_hold_run_grain(text: str, ctx) -> bool:
    """False when no grain of :func:`_run_grains` can be reported in ``text``: none of its words holds a letter
    run whose first piece opens in lower case and is a source-language word (:func:`_first_piece_is_source_word`).

    Why it is exact: a reported grain opens with a lower-case letter and is a :func:`source_word`; such a grain
    opens its letter run (a piece after a case cut opens with a capital) and is the run's first piece (the
    whole run, or the run up to its first case cut), and every letter run of the text lies inside one word
    of the text's split, between its apostrophes. Each word is tested once per run, its answer shared by
    every text holding it (:meth:`~mtqa.evidence.Evidence.select`), so a translation with no such word (most)
    is settled by one set operation instead of reading its shapes and grains (~2 % of a WMT14 run)."""
    src, tgt = ctx.source.code, ctx.target.code
    function = _source_only_function_words(ctx)
    return bool(Evidence.of(ctx).select(text, ("A206.source_piece", src, tgt, MAX_TARGET_ZIPF, MIN_GAP, MIN_SOURCE_ZIPF),
                                        lambda word: _first_piece_is_source_word(word, src, tgt, function)))


def _source_only_function_words(ctx) -> frozenset[str]:
    """The source's function words the target does not share (``à``, ``du``): source evidence whatever the
    dictionaries say (:func:`source_word`)."""
    return ctx.resource("A206.function_words", lambda: ctx.source.word_set("function_words")
                        - ctx.target.word_set("function_words"))


def _first_piece_is_source_word(word: str, source: str, target: str, function: frozenset[str]) -> bool:
    """A letter run of ``word`` (its parts between apostrophes) opens in lower case and its first piece (the
    run, or the run up to its first case cut, as :func:`_run_grains` cuts it) is a :func:`source_word`."""
    for run in _RUN.findall(word) if ("'" in word or "’" in word) else (word,):
        if run[:1].islower():
            end = len(run) if _plain(run) else next(
                (k for k in range(1, len(run)) if run[k - 1].islower() and run[k].isupper()), len(run))
            if source_word(run[:end], source, target, function):
                return True
    return False



def _shape(ch: str) -> str:
    r"""``a`` for a lower-case letter, ``A`` for a capital, ``b`` for another letter of a run
    (``[^\W\d_]``: the regex engine's word character, ``str.isalnum``, that is no decimal digit), ``!`` for
    an :data:`_EDGE` character, a space for anything else. A cased character is always a letter of a run."""
    if ch.islower():
        return "a"
    if ch.isupper():
        return "A"
    if _EDGE.match(ch):
        return "!"
    return "b" if ch.isalnum() and not ch.isdecimal() and ch != "_" else " "


_ASCII_SHAPES = bytes(ord(_shape(chr(i))) for i in range(128)) + b" " * 128
"""Each ASCII character's :func:`_shape`, as a byte table."""
_ASCII_MARKS = (b"aA", b"!", b" ")
_MARKS = ("aA", "!", " ")


class _ShapeTable(dict):
    """Code point -> :func:`_shape`, filled as characters are met (``str.translate`` looks each one up; a
    character is asked its shape once per run). A run of news meets a few hundred characters; past
    ``SHAPES`` (a text of some large script) the table starts again."""

    def __missing__(self, point: int) -> str:
        if len(self) >= SHAPES:
            self.clear()
        shape = self[point] = _shape(chr(point))
        return shape


SHAPES = 8_192
_SHAPE_TABLE = _ShapeTable()


def _shapes(text: str):
    """The text with each character replaced by its :func:`_shape`, offsets kept, and the strings to find in it
    (a case cut, an edge, a gap): an ASCII text through a byte table, another through :data:`_SHAPE_TABLE`
    (one C pass either way)."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_SHAPES), _ASCII_MARKS
    return text.translate(_SHAPE_TABLE), _MARKS


def _closes(text: str, q: int) -> bool:
    """The quotation mark at ``q`` closes a quotation (``the "Smarter Commerce"qui helps``: detokenised MT
    glued the source's next word to it): a closing mark, or a straight one after a non-space with an odd
    number of straight ones before it. An opening mark glued to its first word is how quotations are written."""
    mark = text[q]
    if mark != '"':
        return True
    return q > 0 and not text[q - 1].isspace() and text.count('"', 0, q) % 2 == 1


def grains(text: str) -> Iterator[tuple[int, int, str]]:
    """Letter runs glued to something English keeps apart: (start, end, how)."""
    yield from _run_grains(text)
    yield from _elision_grains(text)


def _run_grains(text: str) -> Iterator[tuple[int, int, str]]:
    """The grains of :func:`grains` that are pieces of a letter run (all but the elisions')."""
    for run, base in _candidate_runs(text):
        if _plain(run):
            cuts = [0, len(run)]
        else:
            cuts = [0] + [k for k in range(1, len(run)) if run[k - 1].islower() and run[k].isupper()] + [len(run)]
        for a, b in zip(cuts, cuts[1:]):
            s, e = base + a, base + b
            left, right = text[s - 1:s], text[e:e + 1]
            after = text[e + 1:e + 2]
            if len(cuts) > 2:
                yield s, e, "glued to the next word" if b < len(run) else "glued to the previous word"
            elif left.isdigit() or right.isdigit():
                yield s, e, "glued to a figure"
            elif (left and left in _CURRENCY) or (right and right in _CURRENCY):
                yield s, e, "glued to a currency sign"
            elif right and right in _DASHES and not after.isalpha():
                yield s, e, "glued to a dash"
            elif left and left in _DASHES and not text[s - 2:s - 1].isalnum():
                yield s, e, "glued to a dash"
            elif left and left in _CLOSING and _closes(text, s - 1):
                yield s, e, "glued to a closing quotation mark"


def _elision_grains(text: str) -> Iterator[tuple[int, int, str]]:
    """The grains of :func:`grains` glued to an elided word (``Ils'agit``)."""
    for m in (_GLUED_ELISION.finditer(text) if "'" in text or "’" in text else ()):
        head = m.group(1) + m.group(2)
        if len(m.group(1)) >= 2 or head[0].isupper():
            yield m.start(1), m.end(1), "glued to an elided word"
            yield m.start(3), m.end(3), "glued to an elided word"


@register
@record
class SourceWordFragment(SegmentCheck):
    """A source-language word glued to other text or split out of a source compound.

    Why it matters: tokenised MT leaves pieces of the source the reader
    cannot read and a word-level check does not see: a word glued to a
    figure, a currency sign, a dash, a closing quotation mark or the next
    word (``avait30``, ``20 $au``, ``américain-``, ``"Smarter
    Commerce"qui``, ``àManchester``), or one half of a French
    hyphenated compound split by spaces (``those - ci`` for ``ceux-ci``). A
    grain is reported when the aligned source has it (or a hyphenated
    compound containing it) and it is a word of the source language's
    dictionary that the target language does not use. A verb copied with
    the subject pronoun French puts after it (``said déclaré-t-il``) is
    reported whole, as one grain (see :func:`_inversions`), and so is a
    word copied with the tail French hyphenates to point near or far
    (``these bosons-là``, see :func:`_demonstratives`). A compound copied
    whole from the source (``anti-histoire``, ``rond-de-cuir``) has its
    source-language parts reported unless English borrowed it
    (``avant-garde``), it is cited between quotation marks as a term, or a
    capitalised part makes it a name (``FO-pénitentiaire``, or
    ``pont-de-buis`` where the source writes ``Pont-de-Buis``). A French
    elided word a space cuts from its word (``jusqu' to``, ``lorsqu' he``,
    ``d' autres``) is reported, naming the source's word, when the aligned
    source elides it (see :func:`_spaced_elisions`; English apostrophes and
    quotation marks are not read as elisions), unless the source writes it
    as the particle of a person's family name (``acknowledges d' Arenberg``
    for « la princesse d'Arenberg »: :func:`mtqa.evidence.person_particles`).

    Example:
        source: Titre\\n\\nIl y avait 30 journalistes sous-payés dans la salle jusqu'à minuit, parmi lesquels celles-ci, ajouta-t-il.
        bad: Title\\n\\nThere avait30 underpaid journalists in the room until midnight, among them those - ci, he added.
        bad: Title\\n\\nThere were 30 underpaid journalists in the room until midnight, among them these, ajouta-t-il.
        bad: Title\\n\\nThere were 30 underpaid journalists in the room until midnight, among them celles-ci, he added.
        bad: Title\\n\\nThere were 30 sous-payés journalists in the room until midnight, among them these, he added.
        bad: Title\\n\\nThere were 30 underpaid journalists in the room jusqu' to midnight, among them these, he added.
        good: Title\\n\\nThere were 30 underpaid journalists in the room until midnight, among them these, he added.
    """

    code = "A206"
    name = "source-word-fragment"
    category = "accuracy"
    subcategory = "untranslated"
    severity = Severity.MINOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        src_text = joined_sources(sources)
        src, tgt = ctx.source.code, ctx.target.code
        function = _source_only_function_words(ctx)
        found: dict[tuple[int, int], str] = {}
        src_words = None
        for s, e, how in (grains(text) if _may_hold_run_grain(text, ctx) else _elision_grains(text)):
            if src_words is None:
                src_words = ctx.memo("fragments.pieces", src_text,
                                     lambda: {src_text[a:b].lower() for a, b in pieces(src_text)}, bound=RARE_SOURCES)
            word = text[s:e]
            if word[:1].islower() and word.lower() in src_words and source_word(word, src, tgt, function):
                found.setdefault((s, e), how)
        compounds = ctx.memo("fragments.compounds", src_text,
                             lambda: [c.lower() for c in _HYPHENATED.findall(src_text)], bound=FEW_SOURCES) if "-" in text else None
        if compounds:  # a part is reported only when a source compound holds it
            whole = set(compounds)
            joined = [(m, m.group().split("-")) for m in _HYPHENATED.finditer(text)]
            spaced = [(m, [m.group(1)] + m.group(2).split(" - ")[1:]) for m in _SPACED.finditer(text)]
            borrowed = Evidence.of(ctx).borrowed_spans(text)
            for m, parts in spaced + joined:
                if _named(text, m.start(), parts) or _target_compound("-".join(parts), tgt):
                    continue  # Clichy - la - Garenne is a name (F104's); cul - de - sac is English
                copied = m.re is _HYPHENATED and m.group().lower() in whole
                if copied and (any(a <= m.start() < b for a, b in borrowed) or _cited(text, m.start(), m.end())
                               or any(p[:1].isupper() for p in parts) or m.group() not in src_text
                               or in_address(text, m.start(), m.end()) or _copied_quotation(text, m.start(), src_text)
                               or in_source_name(text, m.start(), m.group(), src_text)):
                    continue  # avant-garde: borrowed; "savoir-être": cited as a term; FO-pénitentiaire, and
                    # pont-de-buis for the source's Pont-de-Buis: a name, however the translation cased it;
                    # www.saint-denis.fr, #aix-en-provence: an address or a tag, spelt as it is; a title
                    # copied whole ("Messieurs les ronds-de-cuir", quoted or not), as A205 leaves a source name
                how = _COPIED if copied else "split out of a hyphenated compound"
                offsets = _offsets(m.start(), parts, 3 if m.re is _SPACED else 1)
                for part, (s, e) in zip(parts, offsets):
                    low = part.lower()
                    if part[:1].islower() and any(low in c.split("-") for c in compounds) \
                            and source_word(part, src, tgt, function):
                        found.setdefault((s, e), how)
        elisions = ctx.source.word_set("elisions")
        if elisions and ("'" in text or "’" in text):
            borrowed = None
            for m in _ELIDED_NAME.finditer(text):
                head = m.group(1)
                if head not in elisions or not _same_elision(src_text, m.group()):
                    continue
                if borrowed is None:
                    borrowed = Evidence.of(ctx).borrowed_spans(text)
                if any(a <= m.start() < b for a, b in borrowed):
                    continue  # the coup d'Etat: a phrase the target language borrowed, however capitalised
                prev = _PREV.search(text, 0, m.start())
                if head in _PARTICLES and prev and (prev.group(1)[:1].isupper() or prev.group(1) in function
                                                    or prev.group(1).lower() in ctx.source.word_set("address_words")):
                    continue  # Côte d'Ivoire, Marina d'Or, Cité de l'Énergie, rue d'Ulm: the particle of a name
                if re.match(r"[^\W\d_]-", text[max(0, m.start() - 2):m.start()]) or _quoted(text, m.start()):
                    continue  # Val-d'Oise; a quoted title
                if m.group().replace("’", "'").lower() in source_person_particles(ctx, src_text):
                    continue  # "modeuse d'Arenberg" for « Patricia della Giovampaola d'Arenberg »: a family name
                nxt = _RUN.search(text, m.end())
                if nxt and text[m.end():nxt.start()].strip(" ") == "" and (
                        nxt.group()[:1].isupper() or nxt.group().lower() in function
                        or source_word(nxt.group(), src, tgt, function)):
                    continue  # l'Observatoire syrien, l'Institut de Recherche: a source-language name kept whole
                found.setdefault((m.start(), m.start() + len(head) + 1), "glued to a name")
        if elisions and ("'" in text or "’" in text):
            for s, e, cited in _spaced_elisions(text, src_text, elisions, ctx):
                after = NEXT_WORD_RE.match(text, e)
                if after and f"{text[s:e - 1]}'{after.group(1)}".lower() in source_person_particles(ctx, src_text):
                    continue  # "d' Arenberg": the source's family name, spaced by tokenised MT
                found.setdefault((s, e), f"{_CUT} (the source's “{cited}”)")
        if "-" in text:
            tails = [(s, e, _INVERTED) for s, e in _inversions(text, src_text, ctx, function)]
            tails += [(s, e, _DEMONSTRATIVE) for s, e in _demonstratives(text, src_text, ctx)]
            for s, e, how in tails:
                if _copied_quotation(text, s, src_text):
                    continue  # Brel's "Ces gens-là", Trenet's "Que reste-t-il de nos amours": titles
                for k in [k for k in found if s <= k[0] and k[1] <= e]:
                    del found[k]  # a piece of the word with its tail: reported with it
                found.setdefault((s, e), how)
        for (s, e), how in sorted(found.items()):
            word = text[s:e]
            gloss = _gloss(word.rstrip("'’"), src, tgt)
            meaning = f" (“{gloss}”)" if gloss else ""
            kind = {"glued to a name": "elision", _INVERTED: "verb"}.get(how, "elision" if how.startswith(_CUT)
                                                                         else "word")
            said = f"“{word}”{meaning} is a {ctx.source.name} {kind} {how}"
            if how == _DEMONSTRATIVE:  # the head may be a word of the target ("birds-là"): the tail is the French
                said = f"“{word}” carries the {ctx.source.name} demonstrative tail “{word[word.rfind('-'):]}”"
            yield self.issue(segment, s, e, f"{said}, left in the {ctx.target.name} text.", None)


def _spaced_elisions(text: str, source: str, elisions: frozenset, ctx) -> list[tuple[int, int, str]]:
    """French elided words a space cuts from their word (``jusqu' to``, ``lorsqu' he``, ``d' autres``):
    tokenised MT detaches the elision, then translates or keeps the word after it. (start, end, the
    source's elided word it comes from: the one before the same word when there is one, else the first).

    The head must be an elision of the source language (``elisions``) that the aligned source elides,
    in lower case or opening a sentence. English apostrophes are not read: a possessive (``the players'
    union``) has a longer head, ``'n'`` (rock 'n' roll) and ``'tis`` have an apostrophe before it, and a
    closing quotation mark after a one-letter word (``the 'd' sound``) follows an opening one. A
    capitalised word after the elision is a name's when a capitalised word precedes the particle (Côte
    d' Ivoire) or the elision opens the sentence (D' Angelo)."""
    found = []
    by_head = None
    for m in _SPACED_ELISION.finditer(text):
        head, nxt = m.group(1), m.group(2)
        low = head.lower()
        if low not in elisions or not (head.islower() or (head[0].isupper() and head[1:] == head[1:].lower()
                                                           and at_sentence_start(text, m.start()))):
            continue
        if by_head is None:
            by_head = ctx.memo("A206.elided", source, lambda: _elided_words(source))
        if low not in by_head:
            continue
        last = None
        for q in _LONE_QUOTE.finditer(text, 0, m.start()):
            last = q
        if last is not None and last.group() != "’" and text[last.end():last.end() + 1].isalpha() \
                and not text[last.start() - 1:last.start()].isalpha():
            continue  # the 'd' sound: the apostrophe closes a quotation opened before
        if nxt[:1].isupper():
            prev = _PREV.search(text, 0, m.start())
            if head[0].isupper() or (low in _PARTICLES and prev and prev.group(1)[:1].isupper()):
                continue  # D' Angelo, Côte d' Ivoire: a name's particle, spaced
        words = by_head[low]
        cited = next((w for w in words if w.split("'", 1)[1].lower() == nxt.lower()), words[0])
        found.append((m.start(), m.end(), cited))
    return found


def _elided_words(source: str) -> dict[str, list[str]]:
    """The source's elided words by their lower-cased head (``jusqu`` -> ["jusqu'à"]), apostrophes made straight."""
    out: dict[str, list[str]] = {}
    for m in _SOURCE_ELIDED.finditer(source):
        out.setdefault(m.group(1).lower(), []).append(f"{m.group(1)}'{m.group(2)}")
    return out


class _HyphenTail(NamedTuple):
    """A pattern of words hyphen-joined to a tail of a closed list (an inverted pronoun, a demonstrative
    tail), and its screen: the hyphen and the tail alone, ending where the pattern's match ends.

    Why: the pattern opens with a run of letters and a lookbehind, so it is tried at every character of
    the text; a text with a hyphen (one WMT14 translation in nine) was read that way twice for A206, ~11 us
    a pattern. The screen starts with a hyphen, which the regex engine finds by its fast search for a
    literal, and every match of the pattern ends with a match of the screen (the same hyphen, tail and
    lookahead): a text the screen does not match has no match of the pattern."""

    screen: re.Pattern
    pattern: re.Pattern

    def finditer(self, text: str):
        """``pattern.finditer(text)``, not run where the screen proves there is no match."""
        return self.pattern.finditer(text) if self.screen.search(text) is not None else iter(())


def _hyphen_tail(head: str, tails: str) -> _HyphenTail:
    """:class:`_HyphenTail` of ``head`` (the pattern up to the tail's hyphen) and the ``tails`` alternation."""
    end = rf"-({tails})(?![^\W\d_-])"
    return _HyphenTail(re.compile(rf"-(?:{tails})(?![^\W\d_-])"), re.compile(head + end))


def _inversion_re(lang) -> Optional[_HyphenTail]:
    """A lower-case word, an optional link letter and an inverted subject pronoun, hyphen-joined
    (``détailla-t-il``, ``dit-elle``): the language's ``inverted_subjects`` and ``inversion_links``."""
    pronouns, links = lang.word_set("inverted_subjects"), lang.word_set("inversion_links")
    if not any(pronouns):
        return None
    return _hyphen_tail(rf"(?<![^\W\d_])([^\W\d_]+)((?:-(?:{alternation(links)}))?)", alternation(pronouns))


def _inversions(text: str, source: str, ctx, function: frozenset) -> list[tuple[int, int]]:
    """French verb-subject inversions copied into the translation (``said détailla-t-il``).

    MT that cannot translate ``a-t-il déclaré`` or ``ajouta-t-elle`` after a quotation passes the
    hyphenated whole through: the pronoun is as French as the verb, and a word-level check cannot see
    either. One is reported when the source inverts the same pronoun after a lower-case word, and the
    target's verb is joined to it by the link letter (``rapelle-t-il``, a misspelt verb) or is itself
    a source word the target language does not use (``répondit-il``); ``add-on`` or ``hands-on`` after a
    French ``un add-on`` has neither, and capitalised heads (``Kim Jong-il``) are names."""
    pattern = ctx.resource("A206.inversion", lambda: _inversion_re(ctx.source))
    if pattern is None:
        return []
    found = []
    src_inverted = None
    for m in pattern.finditer(text):
        head, link, pronoun = m.groups()
        if not head[:1].islower() or not pronoun.islower():
            continue
        if src_inverted is None:
            src_inverted = {p.group(3).lower() for p in pattern.finditer(source) if p.group(1)[:1].islower()}
        if pronoun.lower() not in src_inverted:
            continue
        if link or source_word(head, ctx.source.code, ctx.target.code, function):
            found.append((m.start(), m.end()))
    return found


def _tail_re(lang) -> Optional[_HyphenTail]:
    """A word with a demonstrative tail of the language's ``demonstrative_tails`` (``oiseaux-là``)."""
    tails = lang.word_set("demonstrative_tails")
    if not any(tails):
        return None
    return _hyphen_tail(r"(?<![^\W\d_-])([^\W\d_]+)", alternation(tails))


def _demonstratives(text: str, source: str, ctx) -> list[tuple[int, int]]:
    """Words copied with the tail French hyphenates to point near or far (``these bosons-là``,
    ``this Thèse-ci``) where the source has a word with the same tail: the tail is French whatever the
    head is (an English noun, a French one, a capitalised sentence opener: ``Ceux-ci accounted``).
    The whole word is the grain, since the English is the head alone or a demonstrative before it."""
    pattern = ctx.resource("A206.demonstrative", lambda: _tail_re(ctx.source))
    if pattern is None:
        return []
    found = []
    src_tails = None
    for m in pattern.finditer(text):
        if src_tails is None:
            src_tails = {p.group(2).lower() for p in pattern.finditer(source)}
        if m.group(2).islower() and m.group(2) in src_tails:
            found.append((m.start(), m.end()))
    return found


def _offsets(start: int, parts: list[str], gap: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for part in parts:
        out.append((pos, pos + len(part)))
        pos += len(part) + gap
    return out


def _gloss(word: str, source: str, target: str) -> Optional[str]:
    """A dictionary translation of the word, when a bilingual dictionary is installed."""
    from mtqa.langs import freedict

    found = freedict.lookup(word.lower(), freedict.pair_name(source, target))
    return found[0] if found else None




@functools.lru_cache(maxsize=None)
def _compound_names(pair: str) -> dict[str, str]:
    """Hyphenated names of the exonym table, folded, with their target form (États-Unis -> United States)."""
    return {fold(row["french"]): row["english"] for row in pair_table("exonyms", pair) if "-" in row["french"]}


@register
@record
class SpacedHyphen(SegmentCheck):
    """A compound written with a spaced hyphen (``Middle - East``, ``sub - Saharan``).

    Why it matters: tokenised MT splits compounds at the hyphen and does not
    join them again; the English looks machine-made and ``States - United``
    (the parts of ``États-Unis`` in French order) is not even the name. A
    spaced hyphen is reported between two capitalised words (``Wal - Mart``;
    not between two names of four letters or more that are no common words,
    as in a route ``Rousínov - Slavkov``, where it stands for a dash),
    after a prefix English hyphenates (``sub - Saharan``, ``anti - war``),
    or where the aligned source has a hyphenated compound with as many
    parts; the suggestion closes it up, or gives the target name of the
    source compound when the place-name table knows it. A dash beside a word
    the source writes beside its own dash or bracket (``the wind - ouille! -``
    for « le vent (ouille!) »), or between two words the source separates by
    a comma (``BERLIN ONLINE - Anna`` for « BERLIN-ONLINE, Anna »), is that
    punctuation, not a split compound.

    Example:
        source: Les États-Unis soutiennent l'accord.
        bad: The States - United support the agreement.
        good: The United States support the agreement.
        bad: Food prices rose in sub - Saharan Africa.
        good: Food prices rose in sub-Saharan Africa - and beyond.
    """

    code = "F104"
    name = "spaced-hyphen"
    category = "fluency"
    subcategory = "punctuation"
    severity = Severity.MINOR
    screen = staticmethod(lambda text: " - " in text)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        text = segment.text
        if " - " not in text:
            return

        src_text = joined_sources(sources)
        compounds = _HYPHENATED.findall(src_text)
        src_dashes = None
        names = _compound_names(ctx.config.pair)
        prefixes = hyphen_prefixes()
        function = ctx.target.word_set("function_words")
        for m in _SPACED.finditer(text):
            parts = [m.group(1)] + m.group(2).split(" - ")[1:]
            if _sentence_dash(text, m.start()) or "-" in (text[m.start() - 1:m.start()], text[m.end():m.end() + 1]):
                continue  # a dash after a sentence mark, or after or before a compound (Tel-Aviv - in Jaffa,
                # riots - anti-terrorist measures): the compound beside it is whole, the dash is punctuation
            if any(p.lower() in function for p in parts):
                continue  # "Aviv - in": a dash before a function word is punctuation
            if src_dashes is None:
                src_dashes = _dash_neighbours(src_text)
            if fold(parts[0]) in src_dashes[0] or fold(parts[-1]) in src_dashes[1]:
                continue  # "or non - in exchange" for « ou non - en échange »: the source's own dash, copied
            if (fold(parts[0]), fold(parts[-1])) in src_dashes[2]:
                continue  # "SPIEGEL ONLINE - Josef" for « SPIEGEL-ONLINE, Josef »: the dash stands for the comma
            if len(parts) == 2 and all(_place_like(p, ctx.target) for p in parts):
                continue  # "Rousínov - Slavkov": a dash between two names (a route, a pairing)
            folded = [fold(p) for p in parts]
            prefixed = len(parts) == 2 and folded[0] in prefixes and parts[1][:1].isalpha()
            suggestion = None
            for c in compounds:
                pieces = fold(c).split("-")
                name = names.get(fold(c))
                if len(pieces) != len(parts):
                    continue
                if name and set(folded) <= set(fold(name).split()):
                    suggestion = name  # States - United: the parts of États-Unis in source order
                    break
                if any(p in pieces for p in folded):
                    suggestion = "-".join(parts)  # Wal - Mart, Latino - American: the source compound
                    break
            else:
                if not prefixed:
                    continue
                suggestion = "-".join(parts)
            yield self.issue(
                segment, m.start(), m.end(),
                f"“{m.group()}” is a compound split by a spaced hyphen, a tokenisation artefact.",
                suggestion,
            )


_SOURCE_DASH = re.compile(r"([^\W\d_]+)[ \u00a0]+[-–—][ \u00a0]+([^\W\d_]+)")
_ASIDE_OPENS = re.compile(r"[(\[][ \u00a0]*([^\W\d_]+)")
_ASIDE_CLOSES = re.compile(r"([^\W\d_]+)[ \u00a0]*[!?.]?[ \u00a0]*[)\]]")
_SOURCE_MARK = re.compile(r"([^\W\d_]+)[ \u00a0]*[,;:][ \u00a0]*([^\W\d_]+)")


def _dash_neighbours(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
    """The words the source writes right before and right after a spaced dash (folded): a target word kept
    beside a dash of its own (``non - ``) copied the source's punctuation, not a split compound. Brackets set
    off an aside as a pair of dashes does, and MT writes one for the other: a word the source writes right
    after an opening bracket counts as one after a dash (``the seriousness - oups! -`` for « la gravité
    (oups!) »), one right before a closing bracket as one before a dash. The third set holds the pairs of
    words the source writes on either side of a comma, colon or semicolon: an output dash between the same two
    words stands for that mark (``SPIEGEL ONLINE - Josef`` for « SPIEGEL-ONLINE, Josef »), though one of them
    is a source compound's piece."""
    if " " not in text:
        return frozenset(), frozenset(), frozenset()
    pairs = [(fold(a), fold(b)) for a, b in _SOURCE_DASH.findall(text)]
    before = {a for a, _ in pairs}
    after = {b for _, b in pairs}
    if "(" in text or "[" in text:
        after.update(fold(w) for w in _ASIDE_OPENS.findall(text))
        before.update(fold(w) for w in _ASIDE_CLOSES.findall(text))
    marks = frozenset((fold(a), fold(b)) for a, b in _SOURCE_MARK.findall(text))
    return frozenset(before), frozenset(after), marks


def _place_like(word: str, lang) -> bool:
    """A name on its own: capitalised, not all capitals, four letters or more, not a common word."""
    return len(word) >= 4 and word[:1].isupper() and not word.isupper() and not lang.is_common_word(word)


def _sentence_dash(text: str, start: int) -> bool:
    """A dash opening an aside after a sentence mark is punctuation, not a split compound."""
    return bool(re.search(r"[.!?:;]\s*$", text[:start]))

