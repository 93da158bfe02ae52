"""Glued words and spacing (F1xx): words run together, doubled or invisible spaces.

MT and CMS pipelines drop the space between two words (``AgencyRussian``,
``consultantEdward``) or insert doubled and zero-width spaces. The hard part
is staying quiet on names written in camel case (SpaceX, YouTube, iPhone,
McDonald's, PowerPoint, JPMorgan, GlaxoSmithKline): a token is called glued
only when every part is a frequent English word, nothing suggests it is a
name (wordfreq does not know the whole token, it does not occur in the
source text, the document does not write it the same way twice) and the
parts look like a broken phrase rather than a coined name: a word joined to
a proper noun or adjective (``AgencyRussian``) or to a function word
(``TheRussian``), or a lowercase word joined to a capitalised one
(``consultantEdward``). Names that join common words (PowerPoint,
MotorCity) or start with a surname particle (MacArthur, DiCaprio) are left
alone. A short list of known names backs this up; the mechanism does not
depend on it.
"""
from __future__ import annotations

import collections
import re
from typing import Iterator, Optional

from mtqa.checks.base import DocumentCheck, SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.evidence import Evidence
from mtqa.langs.cache import TABLES, WORDS, TwoGenerations, memoize
from mtqa.langs.data import built_from, char_class, data_toml
from mtqa.limits import MAX_TOKEN
from mtqa.model import DocumentPair, Issue, Segment, Severity
from mtqa.records import record
from mtqa.words import LETTERS_RE

TOKEN_RE = re.compile(r"(?<![\w'’.@/#-])[^\W\d_]+(?:['’]s)?(?![\w'’@/-]|\.[^\W\d_])")
_HEAD = LETTERS_RE
_PART_RE = re.compile(r"[A-Z]?[^\W\d_A-Z]+|[A-Z]+(?![^\W\d_A-Z])")


@memoize(TABLES)
@built_from("glued.toml")
def _data() -> dict:
    data = data_toml("glued.toml").copy()  # not dict(): a $MTQA_DATA copy keeps its fallback
    data["_names"] = frozenset(n.lower() for n in data["known_names"])
    data["_prefixes"] = frozenset(data["hyphen_prefixes"])
    data["_particles"] = frozenset(data["name_particles"])
    data["_closed_prefixes"] = tuple(data["hyphen_prefixes"]) + tuple(data["closed_prefixes"])
    data["_invisible_chars"] = tuple(dict.fromkeys("".join(data["invisible"].values())))
    data["_invisible_beyond_ascii"] = not any(c.isascii() for c in data["_invisible_chars"])
    data["_invisible_re"] = re.compile(f"{char_class(data['invisible'].values())}+")
    return data


def _has_invisible(text: str) -> bool:
    """F103's screen: ``text`` holds one of the invisible characters of ``glued.toml``. Why a screen: nearly no
    segment has one, and the check was called on every segment to find that out with a Python test per
    character (~24,000 generators on WMT14's 24,024 pairs). An ASCII text (most translations) holds none when
    every such character lies beyond ASCII (the shipped ones do): one C pass over the text, where a search of
    their class tried every position (on WMT14 ~1 % more instructions than the generators); any other text is
    searched for each character, in C."""
    data = _data()
    if data["_invisible_beyond_ascii"] and text.isascii():
        return False
    return any(map(text.__contains__, data["_invisible_chars"]))


def split_glued(token: str, lang, source, min_zipf: float = 3.0, max_whole_zipf: float = 1.5) -> Optional[str]:
    """The two-or-more-word reading of a glued token of language ``lang``, or None if it is not one.

    A long lowercase token frequent in the ``source`` language is a source
    word left untranslated, not a glued one.

    ``AgencyRussian`` -> ``Agency Russian``; ``nonAmerican`` -> ``non-American``;
    ``theirown`` -> ``their own``. Known words and names give None. Remembered per word
    (:func:`_glued_readings`).
    """
    return _glued_readings(lang, source, min_zipf, max_whole_zipf)[token]


@memoize(TABLES)
def _glued_readings(lang, source, min_zipf: float, max_whole_zipf: float) -> TwoGenerations:
    """:func:`split_glued`'s answers for one language pair and thresholds: a word table of :data:`WORDS`
    words in two generations (:func:`~mtqa.langs.cache.word_memo`'s table), not an LRU cache keyed by the
    token with the languages and thresholds. Why: nearly every token it is asked about is new (on 30,000 pairs
    of a growing vocabulary 37,466 distinct of 42,271 calls), so the table stays full on a long run, and an LRU
    entry held a 5-tuple key and a 56-byte link beside its slot (~4.2 MB at 16,384 tokens in a census of 30,000
    growing pairs, ``bench/memory_census.py``) where this holds the token and its slot. Replaying the key
    stream (``bench/memo_bounds.py``): 37,787 computes against the LRU's 37,702 on those pairs (+85)."""

    def reading(token: str) -> Optional[str]:
        return _split_glued(token, lang, source, min_zipf, max_whole_zipf)

    return TwoGenerations(WORDS, reading)


def _split_glued(token: str, lang, source, min_zipf: float, max_whole_zipf: float) -> Optional[str]:
    """:func:`split_glued`, computed."""
    if len(token) > MAX_TOKEN:
        return None  # longer than any word pair: not analysed (every cut costs a dictionary lookup)
    bare = re.sub(r"['’]s$", "", token)
    if len(bare) < 5 or bare.lower() in _data()["_names"] or lang.zipf(bare) >= max_whole_zipf or lang.in_dictionary(bare):
        return None
    parts = _PART_RE.findall(bare)
    if "".join(parts) != bare:
        return None
    if len(parts) >= 2:
        if any(len(p) < 2 or p.isupper() for p in parts):
            return None  # iPhone, JPMorgan, SpaceX: not two words
        head, rest = parts[0], parts[1:]
        if head.islower():
            if head in _data()["_prefixes"]:
                return head + "-" + "".join(rest) if all(lang.in_dictionary(p) for p in rest) else None
            # a lowercase word glued to a capitalised one: consultantEdward, cosmonautTwo
            if len(head) >= 3 and lang.is_common_word(head) and all(lang.in_dictionary(p) and len(p) >= 3 for p in rest):
                return " ".join(parts)
            return None
        if head in _data()["_particles"] or any(len(p) < 3 for p in parts):
            return None  # MacArthur, DiCaprio, LaGuardia, LinkedIn
        if not all(lang.in_dictionary(p) and lang.zipf(p) >= min_zipf for p in parts):
            return None
        # Camel-case names join common words (PowerPoint, MotorCity); a glued
        # phrase joins a word to a proper noun or adjective (AgencyRussian) or
        # to a function word (TheRussian, OfThe).
        if any(not lang.is_common_word(p) for p in rest) or any(lang.zipf(p) >= 6.0 for p in parts):
            return " ".join(parts)
        return None
    if not bare.islower() or len(bare) < 7 or source.zipf(bare) >= 2.0:
        return None  # a source word left untranslated is not a glued one
    if bare.startswith(_data()["_closed_prefixes"]):
        return None  # semipublic, overperformance: a prefix, not a second word
    best = None
    for i in range(3, len(bare) - 2):
        a, b = bare[:i], bare[i:]
        if lang.is_common_word(a) and lang.is_common_word(b):
            score = min(lang.zipf(a), lang.zipf(b))
            # one part a grammatical word (theirown, staffand): two content
            # words make a closed compound (trainmaker, ecotax), not a glue
            if score >= 4.0 and max(lang.zipf(a), lang.zipf(b)) >= 5.5 and (best is None or score > best[0]):
                best = (score, a, b)
    if best is None:
        return None
    function = lang.word_set("function_words")
    if lang.zipf(bare) > 0 and best[1] not in function and best[2] not in function:
        return None  # bodycare, eyecare: two content words the frequency list knows joined, a closed compound
    return f"{best[1]} {best[2]}"


def _token_forms(word: str) -> tuple[str, ...]:
    """The :data:`TOKEN_RE` tokens a word of :data:`mtqa.words.WORD_RE` can hold: its letters up to
    the first apostrophe, alone or with a possessive ``'s`` (``agency's`` of ``agency's``)."""
    head = _HEAD.match(word).group()
    tail = word[len(head):len(head) + 2]
    return (head, head + tail) if tail in ("'s", "’s") else (head,)


@register
@record
class GluedWords(DocumentCheck):
    """Two words run together into one token (``AgencyRussian``, ``consultantEdward``).

    Why it matters: the reader stumbles on a non-word and may not recover the
    phrase; it is a tell-tale of a broken MT or CMS pipeline. Names written
    in camel case are not glued words: the check needs every part to be a
    frequent English word, the whole to be unknown to wordfreq, absent from
    the source and written only once in the document, and not on the known
    names list (YouTube, PowerPoint, McDonald's, ...). A lower-case token
    read as two content words (no function word: ``groupresponsible``, not
    ``theirown``) that wordfreq lists at all is a closed compound English
    writes (``bodycare``, ``eyecare``), not a glue.

    Example:
        bad: The capsule landed, according to images broadcast by the Space AgencyRussian, Roscosmos.
        good: The capsule landed, according to images broadcast by the Russian Space Agency, Roscosmos.
        good: Roscosmos worked with SpaceX, YouTube, PowerPoint, McDonald's, JPMorgan and GlaxoSmithKline.
    """

    code = "F101"
    requires_dictionary = True
    name = "glued-words"
    category = "fluency"
    subcategory = "spelling"
    severity = Severity.MAJOR
    min_part_zipf: float = 3.0
    max_whole_zipf: float = 1.5

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        ev = Evidence.of(ctx)

        def may_glue(word: str) -> bool:
            return any(len(t) >= 5 and split_glued(t, ctx.target, ctx.source, self.min_part_zipf, self.max_whole_zipf)
                       is not None for t in _token_forms(word))

        # A screen on the evidence's words of each segment (shared with the other checks, each word
        # tested once per run): a document none of whose words can be read as glued (nearly all) is done.
        fact = ("F101.glued", self.min_part_zipf, self.max_whole_zipf, ctx.source.code, ctx.target.code)
        if not any(ev.select(seg.text, fact, may_glue) for seg in pair.target.segments):
            return
        tokens = [TOKEN_RE.findall(seg.text) for seg in pair.target.segments]
        counts: collections.Counter = collections.Counter()
        for words in tokens:
            counts.update(words)
        source_text = None
        # Tokens that are never glued words (too short, or split_glued says no): a segment made only of
        # them (the usual case) is passed with one set test. Bounded like the word caches.
        never = ctx.resource(f"F101.never.{self.min_part_zipf}.{self.max_whole_zipf}", set)
        if len(never) >= WORDS:
            never.clear()
        for seg, words in zip(pair.target.segments, tokens):
            if never.issuperset(words):
                continue
            for token in words:
                if token in never or counts[token] > 1:
                    continue  # a form written twice is a name
                fixed = None if len(token) < 5 else split_glued(  # split_glued needs five letters
                    token, ctx.target, ctx.source, self.min_part_zipf, self.max_whole_zipf)
                if fixed is None:
                    never.add(token)
                    continue
                if source_text is None:  # joined once, after the (cached) word test: few tokens get here
                    source_text = " ".join(s.text for s in pair.source.segments).lower() if pair.source else ""
                if source_text and token.lower() in source_text:
                    continue
                if token.endswith(("'s", "’s")) and not fixed.endswith(("'s", "’s")):
                    fixed += token[-2:]
                m = next(m for m in TOKEN_RE.finditer(seg.text) if m.group(0) == token)  # its only occurrence
                yield self.issue(seg, m.start(), m.end(), f"{quoted(token)} looks like words run together: {quoted(fixed)}.",
                                 fixed)


_DOUBLE_SPACE_RE = re.compile(r"(?<=\S) {2,}(?=\S)")


@register
@record
class DoubledSpace(SegmentCheck):
    """Two or more spaces between words (``very  few``).

    Why it matters: a doubled space is invisible in some renderings and a
    visible gap in others; it usually marks a deleted word or a join of two
    fragments, which deserves a look.

    Example:
        bad: The mayor said that very  few shops had opened on Sunday.
        good: The mayor said that very few shops had opened on Sunday.
    """

    code = "F102"
    name = "doubled-space"
    category = "fluency"
    subcategory = "punctuation"
    severity = Severity.MINOR
    screen = staticmethod(lambda text: "  " in text)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        if "  " not in segment.text:
            return
        for m in _DOUBLE_SPACE_RE.finditer(segment.text):
            yield self.issue(segment, m.start(), m.end(), f"{len(m.group(0))} spaces in a row.", " ")


@register
@record
class InvisibleCharacter(SegmentCheck):
    """An invisible format character inside the text (zero-width space, byte order mark).

    Why it matters: the reader sees nothing, but searches, spell checkers
    and word counts break on the word (``area of \\u200b\\u200bKrabi``); such
    characters are leftovers of the MT engine's web output. The soft hyphen,
    a legitimate hyphenation hint, is not reported.

    Example:
        bad: Google made \u200b\u200ban initial offer for the patents.
        good: Google made an initial offer for the patents.
    """

    code = "F103"
    name = "invisible-character"
    category = "fluency"
    subcategory = "character-encoding"
    severity = Severity.MINOR
    screen = staticmethod(_has_invisible)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        table = _data()["invisible"]
        for m in _data()["_invisible_re"].finditer(segment.text):
            names = sorted({n for n, c in table.items() if c in m.group(0)})
            yield self.issue(segment, m.start(), m.end(),
                             f"Invisible character ({', '.join(n.lower() for n in names)}).", "")
