"""A saint's name whose title the translation rendered as a common word: ``Saint-Denis`` -> "Holy denis".

French names places, churches and institutions after saints with a hyphenated title and the saint's given
name (``Saint-Denis``, ``Saint-Étienne``, ``l'oratoire Saint-Joseph``). English keeps the title as a title
(Saint-Denis, Saint Denis, St Denis, St Joseph's Oratory). A system that reads the title as the adjective
*saint* ("holy") and keeps the given name writes "Holy denis", "the Holy oratorical joseph": a place or
saint no reader can find. The same title before a common noun is a different name that English does
translate (``Sainte-Croix`` -> Holy Cross, ``Saint-Sépulcre`` -> Holy Sepulchre, ``Saint-Esprit`` ->
Holy Spirit): there the noun is translated too, so the given name kept beside the translated title is
the evidence.

The words are the languages' data (``saint_titles`` of each profile: the source's titles, the target's
ways of writing the title); the common-word renderings of the title are the bilingual dictionary's
(FreeDict: saint -> holy, sacred), less the target's titles. Read by T105
(:class:`mtqa.checks.name_swaps.translated_as_words.NameTranslatedAsWords`).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from mtqa.langs import fold
from mtqa.langs.cache import SOURCE_MEMO, TABLES, memoize
from mtqa.langs.data import alternation
from mtqa.model import Segment, joined_sources
from mtqa.words import LETTERS, LETTERS_RE, UPPER

GAP_WORDS = 1
"""Words a system may put between the rendered title and the given name it kept (``Saint-Joseph`` ->
"the Holy oratorical joseph": the generic word before the name moved inside it)."""

_GAP = re.compile(r"[ \u00a0\-‐‑]*")
"""What may stand between two words of one rendered name: spaces and hyphens, no clause mark."""


@memoize(TABLES)
def _source_pattern(titles: frozenset[str]) -> Optional[re.Pattern]:
    """A source title, a hyphen and a capitalised word (``Saint-Denis``, ``Sainte-Julienne``,
    ``St-Pierre``); the word may go on with another hyphenated part (``Saint-Germain-en-Laye``)."""
    if not titles:
        return None
    return re.compile(rf"(?<![\w'’-])((?i:{alternation(titles)}))-([{UPPER}]{LETTERS})")


@memoize(TABLES)
def _renderings(pair) -> frozenset[str]:
    """The common words the bilingual dictionary renders the source's titles by that are no way the target
    writes the title (holy, sacred; not saint)."""
    from mtqa.langs import freedict

    src_titles, tgt_titles = pair.source.word_set("saint_titles"), pair.target.word_set("saint_titles")
    name = freedict.pair_name(pair.source.code, pair.target.code)
    return frozenset(t.lower() for w in src_titles for t in freedict.lookup(w, name)
                     if " " not in t and t.lower() not in tgt_titles)


def _saint_names(src_text: str, ctx) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, the source's whole title-and-name, the given name folded) of each saint's name of the source whose
    name is a given name of either language's table (Denis, Étienne, Joseph; not Croix, Esprit). Kept per
    source text (run memo)."""
    def build() -> tuple:
        pattern = _source_pattern(ctx.source.word_set("saint_titles"))
        if pattern is None or "-" not in src_text:
            return ()
        first_names = ctx.pair.first_names_folded
        return tuple((m.start(), m.end(), m.group(), fold(m.group(2))) for m in pattern.finditer(src_text)
                     if fold(m.group(2)) in first_names)

    return ctx.memo("T105.saint_names", (src_text, ctx.source.code, ctx.target.code), build, bound=SOURCE_MEMO)


def saint_titles_translated(segment: Segment, sources: list[Segment], ctx) -> Iterator[tuple[int, int, str, Optional[str]]]:
    """(start, end, the source's saint's name, suggestion) where the translation keeps the given name of a
    saint's name of the source (:func:`_saint_names`, in any case: "denis") and writes, right before it or
    :data:`GAP_WORDS` word before it with only spaces and hyphens between, a common-word rendering of the
    title (:func:`_renderings`). The span runs from the rendering to the given name; the suggestion is the
    source's name (the French place as English writes it) where nothing stands between them, else none."""
    src_text = joined_sources(sources)
    names = _saint_names(src_text, ctx)
    if not names:
        return
    renderings = _renderings(ctx.pair)
    if not renderings:
        return
    text = segment.text
    words = [(m.start(), m.end(), m.group()) for m in LETTERS_RE.finditer(text)]
    for _, _, whole, given in names:
        for k, (s, e, w) in enumerate(words):
            if fold(w) != given:
                continue
            for back in range(1, GAP_WORDS + 2):
                if k - back < 0:
                    break
                j = k - back
                if not _GAP.fullmatch(text[words[j][1]:words[j + 1][0]]):
                    break
                if words[j][2].lower() in renderings:
                    yield words[j][0], e, whole, whole if back == 1 else None
                    break


def saint_names_lost(segment: Segment, sources: list[Segment], ctx) -> list[tuple[int, int, str]]:
    """(start, end, name) in the joined source text of each saint's name of the source (:func:`_saint_names`)
    whose given name the translation ``segment`` writes nowhere, in any case: a place the translation may
    have left out (« mon passage à Saint-Etienne, » -> "during my visit,"). The replaced-name checks do not
    read these names (their given name is a first name, their title a common word), so the omitted-name
    check (A611) asks here, and reads the name's place as it reads any other."""
    names = _saint_names(joined_sources(sources), ctx)
    if not names:
        return []
    written = {fold(m.group()) for m in LETTERS_RE.finditer(segment.text)}
    return [(start, end, whole) for start, end, whole, given in names if given not in written]
