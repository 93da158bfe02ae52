"""Names of a place's inhabitants left in the source language's form.

French names the people of every town and region with a suffix
(``Clermontois``, ``Auvergnats``, ``Franciliens``, ``Toulousains``); most
have no English form, and English news writes "the people of Clermont" or
"Auvergne's people". Machine translation copies the French word, which an
English reader cannot parse. Two dictionaries tell such a word from a name
English uses too (Québécois, Basques, Lyonnais): the source language's
Hunspell dictionary knows it as a common word (French writes demonyms in
lower case as adjectives), the target language's does not, and the target
language barely uses it. The suffixes are language data
(``demonym_endings`` in ``mtqa/data/langs/<lang>.toml``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.evidence import quote_spans
from mtqa.langs import at_sentence_start, fold
from mtqa.model import Issue, Segment, Severity
from mtqa.names.mentions import text_words

_CAPITALISED = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][a-zà-ÿ]{3,})(?![\w'’-])")
_AFTER_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \u00a0]+([A-ZÀ-Þ][a-zà-ÿ]{3,})(?![\w'’-])")
_NEXT = re.compile(r"[ \u00a0]+([^\W\d_]+)[ \u00a0]+([A-ZÀ-Þ])")
_PREV = re.compile(r"([A-ZÀ-Þ][^\W\d_]*)[ \u00a0]+$")
MAX_TARGET_ZIPF = 2.0
"""A demonym the target language writes this often or more is one it uses (Québécois 2.4)."""


@register
@dataclass
class SourceFormDemonym(SegmentCheck):
    """The source language's name for the inhabitants of a place, copied (``the Clermontois``).

    Why it matters: English has no such word for most towns and regions;
    the reader of "the Clermontois believe" cannot tell who is meant.
    Reported when a capitalised word of the target is copied from the
    aligned source, where it names the inhabitants as a group (after a
    plural determiner, ``les Clermontois``; one person, ``le Lillois``, is
    often a sports player's nickname), ends with one of the source language's demonym
    suffixes, is a word of the source language's dictionary and is neither
    in the target language's dictionary nor frequent in it (below
    ``max_target_zipf``), and is named after a place: its stem, completed as
    place names are (``Clermont``, ``Auvergn-e``), is a name the source
    language writes often that is neither a common word nor a first name
    there. Quoted text is left alone. A demonym inside a longer name (``Olympique
    Lyonnais``, ``Girondins de Bordeaux``) is part of that name and stays.

    Example:
        source: Titre\\n\\nLes Clermontois aiment leur volcan.
        bad: Title\\n\\nThe Clermontois love their volcano.
        good: Title\\n\\nThe people of Clermont love their volcano.
        good: Title\\n\\nThe Québécois love their river.
    """

    code = "T109"
    name = "source-form-demonym"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MINOR
    requires_source = True
    max_target_zipf: float = MAX_TARGET_ZIPF

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        src, tgt = ctx.source, ctx.target
        endings = tuple(src.extra.get("demonym_endings", ()))
        if not endings or not src.has_dictionary or not sources:
            return
        text = segment.text
        source_words = ctx.memo("demonyms.groups", tuple(s.text for s in sources), lambda: _groups(sources, src))
        if not source_words:
            return  # the source names no group (les Clermontois): nothing can be copied from it
        if "×" not in text and "÷" not in text:
            # a match of _CAPITALISED is a whole word of the split (a run of letters that no letter,
            # apostrophe or hyphen touches) and a capitalised one, unless "×" or "÷" (in its classes) is there
            split = text_words(text, ctx)
            if source_words.isdisjoint(map(split.words.__getitem__, split.capital)):
                return
        particles = src.word_set("name_particles")
        for m in _CAPITALISED.finditer(text):
            word = m.group(1)
            low = word.lower()
            if not low.endswith(endings):
                continue
            if word not in source_words:
                continue  # not copied from the source, or one person there (« assure le Lillois »)
            if tgt.zipf(word) >= self.max_target_zipf or tgt.in_dictionary(low) or tgt.in_dictionary(word):
                continue  # a form the target language writes (Basques, Bretons)
            if not src.in_dictionary(low):
                continue  # not a common word of the source: a surname or a place (Dubois, Calais)
            if _in_longer_name(text, m.start(1), m.end(1), particles) or _quoted(text, m.start(1)):
                continue  # Girondins de Bordeaux; 'Un Américain à Paris'
            if not _place_of(word, endings, src):
                continue  # no place the word is named after (Libération, Tremplin, Pivoine)
            yield self.issue(
                segment, m.start(1), m.end(1),
                f"{quoted(word)} is the {ctx.source.name} name for the inhabitants of a place; "
                f"{ctx.target.name} says “the people of …” or uses its own form.",
                None, confidence=0.8,
            )


def _groups(sources: list[Segment], lang) -> frozenset[str]:
    """Capitalised words of the sources after a plural determiner (les Clermontois): the source's names of
    groups, once per source (a source is checked for every system that translated it)."""
    plural = lang.word_set("plural_determiners")
    return frozenset(m.group(2) for s in sources for m in _AFTER_WORD.finditer(s.text) if m.group(1).lower() in plural)


PLACE_ZIPF = 3.0
"""A place name the source language writes at least this often (Lille, Auvergne, Clermont)."""
_PLACE_ENDINGS = ("", "e", "ie", "ique")
"""What a place name adds to the stem its demonym keeps (Clermont-ois, Auvergn-e, Syr-ie, Améric-ique)."""


def _place_of(word: str, endings: tuple[str, ...], lang) -> bool:
    """The word is named after a place: its stem, completed as place names are, is a name the source
    language writes often and that is no common word nor first name there."""
    low = word.lower()
    for ending in endings:
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        stem = word[:len(word) - len(ending)]
        for tail in _PLACE_ENDINGS:
            place = stem + tail
            if (place.lower() != low and lang.zipf(place) >= PLACE_ZIPF and not lang.in_dictionary(place.lower())
                    and fold(place) not in lang.first_names_folded):
                return True
    return False


def _quoted(text: str, pos: int) -> bool:
    """Inside quotation marks (a title or a quotation in the source language)."""
    return any(a <= pos < b for a, b in quote_spans(text))


def _in_longer_name(text: str, start: int, end: int, particles: frozenset) -> bool:
    """Part of a longer name: after a capitalised word that does not open the sentence (Olympique
    Lyonnais), or before a name particle and a capitalised word (Girondins de Bordeaux)."""
    prev = _PREV.search(text, 0, start)
    if prev and not at_sentence_start(text, prev.start(1)):
        return True
    nxt = _NEXT.match(text, end)
    return bool(nxt and nxt.group(1).lower() in particles)
