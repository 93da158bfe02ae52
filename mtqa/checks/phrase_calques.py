"""A504: a French fixed expression rendered word by word, read off what human translators of the news do.

The evidence is :mod:`mtqa.langs.literal_expressions`: French expressions of two to four words whose human
renderings in the parallel news (nearly) never hold their word-by-word gloss. The source is screened first
(:func:`source_expressions`, one pass over its words, kept per source text): most sources hold none of the
expressions, and their translations are never read.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs import language
from mtqa.langs.cache import SOURCES, memoize
from mtqa.langs.data import alternation
from mtqa.langs.lexmodel import stem_rules
from mtqa.langs.literal_expressions import (COPY_ZIPF, Expression, closed_class, gloss_window, hyphen_joined,
                                            literal_expressions)
from mtqa.langs.text import without_ligatures
from mtqa.meaning.tokens import tokens
from mtqa.model import Issue, Severity, joined_sources
from mtqa.records import record

_JOIN = re.compile(r"^[\s'\u2019-]*$")
"""What may stand between two words of a source expression: spaces, an elision's apostrophe, a hyphen."""
_BREAK = re.compile(r"[.,;:!?()\[\]\"«»“”]")
"""A target span holding one of these is no phrase: its words belong to different clauses or quotes."""


class Found(NamedTuple):
    expression: Expression
    source: str
    """The expression as written in the source."""


@memoize(SOURCES)
def source_expressions(source_text: str, langs: tuple[str, str]) -> tuple[Found, ...]:
    """The learned expressions ``source_text`` holds, words adjacent (only spaces, apostrophes or hyphens
    between), none hyphen-joined to a word outside it, ligatures written out as the builder's keys are, kept per
    text: every system's translation of one source asks again."""
    table = literal_expressions(*langs)
    if not table or not _screen(langs).search(without_ligatures(source_text.lower())):
        return ()
    toks = tokens(source_text, langs[0])
    st = [without_ligatures(t.stem) for t in toks]  # the builder's keys: « main-d'œuvre » is « main-d'oeuvre »
    out = []
    for i, tok in enumerate(toks):
        if i > 0 and hyphen_joined(source_text[toks[i - 1].end:tok.start]):
            continue  # inside a compound (« quatre-vingt-dix »): the builder learned no piece of one
        for exp in table.get(st[i], ()):
            n = len(exp.stems)
            if i + n <= len(st) and all(st[i + k] == exp.stems[k] for k in range(1, n)) \
                    and all(_JOIN.match(source_text[toks[i + k - 1].end:toks[i + k].start]) for k in range(1, n)) \
                    and not (i + n < len(toks) and hyphen_joined(source_text[toks[i + n - 1].end:toks[i + n].start])):
                out.append(Found(exp, source_text[tok.start:toks[i + n - 1].end]))
    return tuple(out)


@memoize(8)
def _screen(langs: tuple[str, str]) -> re.Pattern:
    """Every expression as a pattern of words starting with what every word of each of its stems holds (the stem
    less the text a stem rule appends, ``lexmodel/stems.toml``: « verbaux » -> "verbal" holds "verba"), joined as
    :data:`_JOIN` joins them, searched in the source with its ligatures written out (the table's stems are):
    a source matching none holds no expression and is not tokenised (most sources; their words were the check's
    cost)."""
    table = literal_expressions(*langs) or {}
    appended = sorted({r for _, r in stem_rules(langs[0])[1] if r}, key=lambda r: (-len(r), r))

    def held(stem: str) -> str:
        cut = next((r for r in appended if stem.endswith(r)), "")
        return re.escape(stem[: len(stem) - len(cut)] if cut else stem)

    patterns = {"\\w*[\\s'\u2019-]+".join(held(st) for st in exp.stems)
                for entries in table.values() for exp in entries}
    return re.compile(f"(?<!\\w)(?:{alternation(sorted(patterns), form=str)})")


class Rendered(NamedTuple):
    found: Found
    start: int
    end: int
    replaceable: bool
    """The span holds nothing but the gloss's words, grammar and words of the human rendering: the rendering can
    replace it whole ("make disappear" -> "remove"; "gases of greenhouse effect" -> "greenhouse gases"); not when
    another content word stands inside ("make the evidence disappear": replacing the span would lose
    "evidence")."""


@memoize(256)
def _stems_of(text: str, lang: str) -> tuple[str, ...]:
    """The stems of a human rendering, read as the target's are (a rendering is found word for word, never inside
    another word: "press" is not in "pressure")."""
    return tuple(t.stem for t in tokens(text, lang))


DERIVED_MIN = 4
"""A target word whose stem is a rendering word's stem of at least this many letters plus at most
``DERIVED_EXTRA`` letters renders it too: a one-letter suffix keeps the sense ("Romanian origin" holds the
rendering "romania"), a longer one makes another word ("pressure", stem "pressur", does not hold "press")."""
DERIVED_EXTRA = 1


def _holds(stems: list[str], seq: tuple[str, ...]) -> bool:
    """``seq`` stands in ``stems`` as consecutive words, each word the rendering's or derived from it."""
    n = len(seq)

    def same(word: str, wanted: str) -> bool:
        return word == wanted or (len(wanted) >= DERIVED_MIN and word.startswith(wanted)
                                  and len(word) - len(wanted) <= DERIVED_EXTRA)
    return n > 0 and any(all(same(w, r) for w, r in zip(stems[i:i + n], seq)) for i in range(len(stems) - n + 1))


def literal_renderings(source_text: str, target_text: str, langs: tuple[str, str]) -> list[Rendered]:
    """(expression, start, end, replaceable) of each source expression whose word-by-word gloss stands in the
    target (a word of each of its slots within a short window,
    :func:`~mtqa.langs.literal_expressions.gloss_window`), unless the target also writes a human rendering of it
    (its words, whole) or the span crosses a clause or quotation mark."""
    found = source_expressions(source_text, langs)
    if not found:
        return []
    tt = tokens(target_text, langs[1])
    stems = [t.stem for t in tt]
    target = language(langs[1])
    grammar = closed_class(langs[1])
    out = []
    for f in found:
        window = gloss_window(f.expression.slots, stems)
        if window is None:
            continue
        start, end = tt[window[0]].start, tt[window[1]].end
        if _BREAK.search(target_text[start:end]):
            continue
        copied = {w for w in re.findall(r"\w+", f.source.lower())}
        if any(t.lower in copied and target.zipf(t.lower) < COPY_ZIPF for t in tt[window[0]:window[1] + 1]):
            continue  # a source word left as it was ("hors-ligne", "claqué the door"): untranslated, not calqued
        if any(_holds(stems, _stems_of(r, langs[1])) for r in f.expression.renderings):
            continue  # the human rendering is there: the gloss's words say something else
        slots = f.expression.slots
        kept = set(_stems_of(f.expression.renderings[0], langs[1])) if f.expression.renderings else set()
        replaceable = all(t.lower in grammar or t.stem in kept or any(t.stem in slot for slot in slots)
                          for t in tt[window[0]:window[1] + 1])
        out.append(Rendered(f, start, end, replaceable))
    return out


@register
@record
class LiteralExpression(SegmentCheck):
    """A French fixed expression is rendered word for word.

    Why it matters: « reconnu coupable » is "convicted", « peu probable » is
    "unlikely", « porte-parole » is a "spokesman": an engine that renders
    each word alone writes "recognized guilty", "little probable",
    "door-word", which an English reader has to decode back into French.
    Nothing here is a list of phrases: the expressions are learned from the
    parallel news (newstest 2008-2013 and Potet's post-edits, word-aligned
    with eflomal) by ``bench/literal_expressions.py``: an expression seen in
    at least four sentences of two sets is kept when its human translations
    (nearly) never hold a word that renders each of its words alone, when
    they agree on a rendering of their own (or, seen in eight sentences or
    more, never write the gloss while paraphrasing it each their own way:
    « mis en examen » is "charged", "placed under investigation"), and when
    the word-by-word gloss is no English phrase elsewhere (WordNet's
    multiword lemmas, frequent web bigrams). The suggestion is the
    translators' most frequent rendering, given only when the flagged span
    holds no other content word (none for an expression they paraphrase).
    A source word merely copied into the span is left to the
    untranslated-word checks.

    Example:
        source: L'ancien maire a été reconnu coupable de corruption.
        bad: The former mayor was recognized guilty of corruption.
        good: The former mayor was convicted of corruption.
    """

    code = "A504"
    name = "literal-expression"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    requires_source = True

    def check(self, segment, sources, ctx) -> Iterator[Issue]:
        if not sources:
            return
        langs = (ctx.config.source_lang, ctx.config.target_lang)
        if not literal_expressions(*langs):
            return
        for f, start, end, replaceable in literal_renderings(joined_sources(sources), segment.text, langs):
            exp = f.expression
            suggestion = exp.renderings[0] if exp.renderings and replaceable else None
            if suggestion:  # in the trap's case, by the A50x checks' one case rule (a headline in capitals)
                from mtqa.langs.trap_forms import cased

                suggestion = cased(suggestion, segment.text[start:end], segment.text, ctx.target.code)
            human = ("write " + " or ".join(quoted(r) for r in exp.renderings) if exp.renderings
                     else "paraphrase it in words of their own, with no usual rendering")
            yield self.issue(
                segment, start, end,
                f"« {f.source} » is a fixed {ctx.source.name} expression rendered word for word as "
                f"{quoted(segment.text[start:end])}; news translators {human} (the word-by-word "
                f"gloss in {exp.literal} of {exp.seen} human translations)",
                suggestion)
