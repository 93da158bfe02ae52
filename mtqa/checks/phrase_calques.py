"""A504: a French fixed expression rendered word by word, read off what human translators of the news do.

The evidence is :mod:`mtqa.langs.literal_expressions`: French expressions of two to four words whose human
renderings in the parallel news (nearly) never hold their word-by-word gloss. The source is screened first
(:func:`source_expressions`, one pass over its words, kept per source text): most sources hold none of the
expressions, and their translations are never read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs import language
from mtqa.langs.cache import SOURCES, memoize
from mtqa.langs.data import alternation
from mtqa.langs.lexmodel import stem_rules
from mtqa.langs.literal_expressions import Expression, gloss_window, literal_expressions
from mtqa.meaning.tokens import tokens
from mtqa.model import Issue, Severity, joined_sources

_JOIN = re.compile(r"^[\s'\u2019-]*$")
"""What may stand between two words of a source expression: spaces, an elision's apostrophe, a hyphen."""
_BREAK = re.compile(r"[.,;:!?()\[\]\"«»“”]")
"""A target span holding one of these is no phrase: its words belong to different clauses or quotes."""


COPY_ZIPF = 3.0
"""A source word copied into the span and rarer than this in the target language is left untranslated (the
untranslated-word checks report it), not rendered word for word; "transports in common" keeps its calque."""


class Found(NamedTuple):
    expression: Expression
    source: str
    """The expression as written in the source."""


@memoize(SOURCES)
def source_expressions(source_text: str, langs: tuple[str, str]) -> tuple[Found, ...]:
    """The learned expressions ``source_text`` holds, words adjacent (only spaces, apostrophes or hyphens
    between), kept per text: every system's translation of one source asks again."""
    table = literal_expressions(*langs)
    if not table or not _screen(langs).search(source_text.lower()):
        return ()
    st = tokens(source_text, langs[0])
    out = []
    for i, tok in enumerate(st):
        for exp in table.get(tok.stem, ()):
            n = len(exp.stems)
            if i + n <= len(st) and all(st[i + k].stem == exp.stems[k] for k in range(1, n)) \
                    and all(_JOIN.match(source_text[st[i + k - 1].end:st[i + k].start]) for k in range(1, n)):
                out.append(Found(exp, source_text[tok.start:st[i + n - 1].end]))
    return tuple(out)


@memoize(8)
def _screen(langs: tuple[str, str]) -> re.Pattern:
    """Every expression as a pattern of words starting with what every word of each of its stems holds (the stem
    less the text a stem rule appends, ``lexmodel/stems.toml``: « verbaux » -> "verbal" holds "verba"), joined as
    :data:`_JOIN` joins them: a source matching none holds no expression and is not tokenised (most sources;
    their words were the check's cost)."""
    table = literal_expressions(*langs) or {}
    appended = sorted({r for _, r in stem_rules(langs[0])[1] if r}, key=lambda r: (-len(r), r))

    def held(stem: str) -> str:
        cut = next((r for r in appended if stem.endswith(r)), "")
        return re.escape(stem[: len(stem) - len(cut)] if cut else stem)

    patterns = {"\\w*[\\s'\u2019-]+".join(held(st) for st in exp.stems)
                for entries in table.values() for exp in entries}
    return re.compile(f"(?<!\\w)(?:{alternation(sorted(patterns), form=str)})")


def literal_renderings(source_text: str, target_text: str, langs: tuple[str, str]) -> list[tuple[Found, int, int]]:
    """(expression, start, end) of each source expression whose word-by-word gloss stands in the target (a
    word of each of its slots within a short window, :func:`~mtqa.langs.literal_expressions.gloss_window`),
    unless the target also writes a human rendering of it or the span crosses a clause or quotation mark."""
    found = source_expressions(source_text, langs)
    if not found:
        return []
    tt = tokens(target_text, langs[1])
    stems = [t.stem for t in tt]
    low = target_text.lower()
    target = language(langs[1])
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
        if any(r in low for r in f.expression.renderings):
            continue  # the human rendering is there: the gloss's words say something else
        out.append((f, start, end))
    return out


@register
@dataclass
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
    they agree on a rendering of their own, and when the word-by-word gloss
    is no English phrase elsewhere (WordNet's multiword lemmas, frequent web
    bigrams). The suggestion is the translators' most frequent rendering.
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
        for f, start, end in literal_renderings(joined_sources(sources), segment.text, langs):
            exp = f.expression
            suggestion = exp.renderings[0] if exp.renderings else None
            human = " or ".join(quoted(r) for r in exp.renderings)
            yield self.issue(
                segment, start, end,
                f"« {f.source} » is a fixed {ctx.source.name} expression rendered word for word as "
                f"{quoted(segment.text[start:end])}; news translators write {human} (the word-by-word "
                f"gloss in {exp.literal} of {exp.seen} human translations)",
                suggestion)
