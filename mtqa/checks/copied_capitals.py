"""Capitalised source-language words copied into the translation (``the Etudiants``, ``the Community Andine``).

The untranslated-word check (A205) leaves capitalised words alone: a capital
mid-sentence usually starts a name, and names are not translated. Five
contexts say that a capitalised copied word is no name but a common word the
translation failed to translate:

* **a name rebuilt in the target language around it** (``the Community
  Andine``, ``the United Etats``, ``the Army Mexicaine``): every other word
  of the capitalised run is a common word of the target language that the
  aligned source does not have, so the translation translated them and left
  this one;
* **a word on its own that the aligned source writes in lower case only** (``a mountain
  Bourgade``, ``a Escadron``): the translation capitalised a common word of the source, which no name
  of the source would be, with no capitalised neighbour and no source-language function word beside;
* **a word the target language writes only inside a phrase it borrowed from the source, standing
  alone** (``the head of Etat``: English writes *état* only in coup d'état), even where the source
  capitalises it;
* **a plural common noun standing alone** (``the Etudiants``, ``commander of
  the Templiers``): a plural of the source language's dictionary whose
  singular is a common word too, with no capitalised neighbour and no
  source-language function word beside it (``Les Misérables``, ``Restos du
  Cœur`` are titles and names copied whole), even when the source capitalises it
  (``les Templiers``). People and places are rarely
  named with a plural common noun, so the plural is the evidence that the
  capital does not make a name.
* **a grammar word of the source opening a sentence the translation goes on in the target language**
  (``Malgré the rain``, ``Selon the police``): the capital is the sentence's, a language lends no grammar
  words, and the next word is a target-language word the source does not write; the source may set it at
  its own sentence's opening only (the common-use evidence below is not asked of a grammar word). A grammar
  word written with the source's accents (``Grâce to the police``, ``Voilà the result``) counts there even
  though the target's lists hold it as a loanword or, bare, as a name (Grace): a language borrows no grammar
  words (the same reading as A205's mid-sentence, :func:`mtqa.checks.source_leak.accented_loanword`).
  Adverbs count as grammar words (``Là``, ``Près``), an accented one from two letters. The sentence goes
  on in the target language where the word is set apart by a comma (``Là, he lost everything``: any
  target word may follow), where a figure stands between (``Près 500 people``), or where the next word
  is one the target writes only with a capital (``Dès Monday``), which no title kept whole explains.

Quoted speech is translated like the rest; a short quotation (a title, a cited word) or one copied whole
from the source is left alone. All five need the word to be copied from the aligned source (accents aside: MT
drops them on capitals, ``Etudiants``), to be a common word of the source
language's dictionary (its most used spelling that folds alike, so
``Etudiants`` is read as ``étudiants``), and to be no word of the target
language: below ``MAX_TARGET_ZIPF`` in its word frequencies (a word it writes only inside a phrase it
borrowed from the source, the ``état`` of coup d'état, counts as below), absent from its
dictionary as a common word, and no first name of either language. A word the target language does write
(in names, or in a borrowed phrase) counts only where the aligned source uses it as a common word at least
once (``de l'État``, ``chaque État``), not only as a name set after a common noun (``le parti Avenir``, ``la
chanteuse Blanche``: "the Avenir Party" keeps the name). Names the
name checks know (exonyms, nationalities) are theirs (see
:mod:`mtqa.checks.precedence`).
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from mtqa.checks.names import name_titles
from mtqa.evidence import Evidence, Token, in_title
from mtqa.segment import headline_like
from mtqa.langs import fold
from mtqa.langs.cache import RARE_SOURCES, RECENT_WORDS, memoize
from mtqa.langs.kept import pair_word_set
from mtqa.model import joined_sources, source_texts
from mtqa.words import LOWER_BEYOND_ASCII, UPPER

MAX_TARGET_ZIPF = 1.0
"""A capitalised word the target language writes this often or more (Zipf, as written or without accents) is
one of its own words or names (Lumières 1.3 in English: the brothers; Mayas 2.0)."""
SOURCE_MARGIN = 1.5
"""A capitalised word the source language writes this much more often (Zipf; some thirty times) than the
target does is the source's word even when the target meets it above ``MAX_TARGET_ZIPF`` (in names)."""
MIN_LETTERS = 4
MIN_ACCENTED_LETTERS = 2
"""An accented grammar word of the source (``Là``, ``Dès``) is told by its accent, not its length: the target
language writes no two-letter word with an accent but inside borrowed phrases."""
SINGULAR_MIN_ZIPF = 1.0
"""The singular of a plural must be a word the source language's writers use (Zipf), not only a dictionary
entry: ``crolle`` (0.0) is a rarity, so ``Crolles`` is the town, while ``étudiant`` (4.5), ``templier``
(2.4) and ``ouléma`` (1.4) are nouns."""
_RUN_JOIN = re.compile(r"[ \u00a0]*-?[ \u00a0]*")
_LETTERS = re.compile(r"[^\W\d_]+")


WHY = {
    "rebuilt": "inside a name the translation put into {target}",
    "lower": "the source writes it in lower case: no name",
    "plural": "a plural common noun, not a name",
    "phrase": "{target} writes it only inside a phrase borrowed from {source}",
    "opening": "a {source} grammar word that opens the sentence, which goes on in {target}: no name",
}
"""Why the capital makes no name, per context, for the message."""


class CopiedCapital(NamedTuple):
    start: int
    end: int
    word: str
    spelled: str
    """The source language's spelling of the word (``étudiants`` for ``Etudiants``)."""
    context: str
    """``rebuilt`` (inside a name the translation rebuilt), ``lower`` (on its own, written in lower case only
    by the source), ``plural`` (a plural noun on its own), ``phrase`` (on its own, a word the target writes
    only in a borrowed phrase: the Etat of coup d'état) or ``opening`` (a grammar word of the source opening a
    sentence the target language goes on with: Malgré the rain)."""


def _phrase_only_words(target, source) -> frozenset[str]:
    """Folded words of the phrases the target language borrowed from the source (``coup d'état``) that its
    dictionary does not know on their own (``etat``), with their source plurals (``etats``): their target
    frequency is the phrase's, so it says nothing about the word standing alone (``the Etat Department``).
    Words of at least ``MIN_LETTERS``. A constant of the installed data, kept compiled
    (:func:`mtqa.langs.kept.pair_word_set`: building it asks the dictionaries about words that are no plain
    entries, ``propos`` of "à propos", which built the English affix tables on every run)."""
    return pair_word_set("phrase-only", _built_phrase_only_words, target, source)


def _built_phrase_only_words(target, source) -> frozenset[str]:
    """:func:`_phrase_only_words`, built from the languages' data."""
    phrases = target.extra.get("borrowed_phrases", {}).get(source.code, ())
    words = {fold(w) for p in phrases for w in _LETTERS.findall(p)
             if len(w) >= MIN_LETTERS and not target.in_dictionary(w.lower()) and not target.in_dictionary(fold(w))}
    return frozenset(words | {p for w in words for p in source.plural_spellings(w) if not target.in_dictionary(p)})


def _target_frequent(word: str, target, phrase_only: frozenset[str], source=None) -> bool:
    """The target language writes ``word`` (as written or without accents) at least ``MAX_TARGET_ZIPF``, not
    counting a word it writes only inside a phrase borrowed from the source; with ``source``, nor one the
    source language writes ``SOURCE_MARGIN`` more (its common-word spelling: Energie 2.2 in English, énergie
    3.7 in French: the target meets it in names of the source's or a third language, ``EnBW Energie``)."""
    folded = fold(word)
    zipf = max(target.zipf(word), target.zipf(folded))
    if zipf < MAX_TARGET_ZIPF or folded in phrase_only:
        return False
    # a name the target's dictionary lists as written (Rennes, Limoges: towns named like French nouns), asked
    # first: the answer is the same, and a word the target lists (Monday) needs no look into the source's
    # dictionary, whose affix rules (French: 5,422) a one-line check otherwise read for it
    if target.in_dictionary(word):
        return True
    spelled = source.common_spelling(word) if source is not None else ""
    return not spelled or source.zipf(spelled) - zipf < SOURCE_MARGIN


def _target_meets(word: str, target) -> bool:
    """The target language writes ``word`` (as written or without accents) at least ``MAX_TARGET_ZIPF``: only a
    word it meets in names or in a borrowed phrase can still be the source's (``SOURCE_MARGIN``, ``phrase``)."""
    return max(target.zipf(word), target.zipf(fold(word))) >= MAX_TARGET_ZIPF


def _common_in_source(word: str, sources: list, ev: Evidence, ctx) -> bool:
    """The aligned source uses ``word`` as a common word or inside a longer name at least once: in lower case,
    elided or after one of its function words (``de l'Énergie``, ``chef d'État``, ``chaque État``), or after
    another capitalised word (``Petits États insulaires``). A word it only sets right after a lower-case word
    of content (a common noun: ``le parti Avenir``, ``la chanteuse Blanche``, ``les magasins Printemps``) or
    at a sentence's start is a name of its own there, which the target keeps. Each source text's such words
    are read once (memoised per text), not once per candidate word."""
    folded = fold(word)
    return any(folded in ctx.memo("A205.common_in_source", s.text, lambda s=s: _common_words(s.text, ev), bound=RARE_SOURCES)
               for s in sources)


def _common_words(text: str, ev: Evidence) -> frozenset[str]:
    """The folded words ``text`` uses as common words or inside a longer name (see :func:`_common_in_source`)."""
    tokens = ev.tokens(text)
    out = set()
    for i, t in enumerate(tokens):
        bare = t.text[len(t.elided) + 1:] if t.elided else t.text  # l'État: État after the elision
        if not t.capital or t.elided or (i and (tokens[i - 1].function or (
                tokens[i - 1].capital and not tokens[i - 1].initial))):
            out.add(fold(bare))
    return frozenset(out)


def _make_test(source, target, people: frozenset[str]):
    phrase_only = _phrase_only_words(target, source)

    @memoize(RECENT_WORDS)  # nearly every call is a new word: WMT14's 16,461 calls hold 15,826 words (+78 misses
    def copied_capital(word: str) -> str:  # at 1,024, of 16,461; the facts it reads keep their own word caches)
        """The source spelling of a capitalised word that is a source-language common word and no word or
        name of the target language ("" otherwise)."""
        if len(word) < MIN_LETTERS or not word[:1].isupper() or word.isupper() or not word.isalpha():
            return ""
        low, folded = word.lower(), fold(word)
        if _target_frequent(word, target, phrase_only, source) or target.in_dictionary(low) or target.in_dictionary(folded) or folded in people:
            return ""
        return source.common_spelling(word)

    return copied_capital


def _phrase_only(ctx) -> frozenset[str]:
    return ctx.resource("A205.phrase_only", lambda: _phrase_only_words(ctx.target, ctx.source))


def _test(ctx):
    return ctx.resource("A205.copied_capital", lambda: _make_test(ctx.source, ctx.target, ctx.pair.first_names_folded))


def _plural(spelled: str, ctx) -> bool:
    """A plural of the source language whose singular is a common word of it and no target word."""
    for stem in ctx.source.singulars(spelled):
        if len(stem) >= MIN_LETTERS - 1:
            singular = ctx.source.common_spelling(stem)
            if singular and ctx.source.zipf(singular) >= SINGULAR_MIN_ZIPF and not ctx.target.in_dictionary(singular) \
                    and (ctx.target.zipf(singular) < MAX_TARGET_ZIPF or fold(singular) in _phrase_only(ctx)):
                return True
    return False


def copied_capitals(segment, sources: list, ev: Evidence, ctx) -> Iterator[CopiedCapital]:
    """The capitalised source-language words of ``segment`` that are no names (see the module docstring).

    In a headline written in title case (``Charity Aubépine Plants Trees``) every word is capitalised, so the
    run of capitals is no name rebuilt in the target language: each word is judged as if on its own, beside
    the neighbours copied from the source."""
    text = segment.text
    if not sources:
        return
    test = _test(ctx)
    words = ev.select(text, ("A205.copied_capital", ctx.source.code, ctx.target.code, MAX_TARGET_ZIPF, SOURCE_MARGIN), test)
    # the pattern needs a lower-case letter past ASCII: an ASCII text (nine English translations in ten) is not searched
    accented = not text.isascii() and _ACCENTED_CAPITAL.search(text) is not None
    if not words and not accented:
        return
    source_words, source_lower, source_capital = _source_letters(source_texts(sources), ctx)
    if not accented and not any(fold(w) in source_words for w in words):
        return
    # the source's titles (a tokenisation of each source sentence) and the headline test are read on first
    # need: most translations that pass the screen have no word that gets that far (pure analyses, so the
    # same answers whenever read)
    in_titles = title_case = None
    tokens = ev.tokens(text)
    titles = name_titles(ctx.pair, "target")
    source_text = joined_sources(sources)
    for i, t in enumerate(tokens):
        grammar = ""
        if t.text not in words:
            grammar = t.initial and accented and _accented_grammar_word(t.text, ctx)
            if not grammar:
                continue
        if t.borrowed or t.elided or fold(t.text) not in source_words:
            continue
        if grammar:  # only where it opens a sentence: elsewhere the target's own loanword is A205's to judge
            if _grammar_opening(tokens, i, text, grammar, source_words, ctx):
                yield CopiedCapital(t.start, t.end, t.text, grammar, "opening")
            continue
        if in_titles is None:
            in_titles = ctx.memo("A205.after_capital_article", source_texts(sources),
                                 lambda: frozenset(_after_capital_article(sources, ev)), bound=RARE_SOURCES)
        if fold(t.text) in in_titles:
            continue  # the source's title or name (le film Les Choristes, le groupe Les Enfoirés)
        if t.quoted and in_title(text, t.start, source_text):
            continue  # a title or a cited word (« Etudiants »), or speech kept in the source language
        if t.initial and _grammar_opening(tokens, i, text, test(t.text), source_words, ctx):
            yield CopiedCapital(t.start, t.end, t.text, test(t.text), "opening")
            continue  # a grammar word, wherever the source sets it (Selon opening the source's sentence too)
        if _target_meets(t.text, ctx.target) and not _common_in_source(t.text, sources, ev, ctx):
            continue  # a name the source sets after a common noun (le parti Avenir, la chanteuse Blanche)
        others = _run(tokens, i, text, ctx)
        if title_case is None:
            title_case = headline_like(segment, ctx.target)
        if title_case:  # only neighbours copied from the source count: a name kept whole (Vieilles Charrues)
            others = [o for o in others if fold(o.text) in source_words]
        spelled = test(t.text)
        if others:
            if all(ctx.target.is_common_word(o.text.lower()) and fold(o.text) not in source_words and not o.elided
                   and not (o.end <= t.start and fold(o.text) in titles) for o in others):
                yield CopiedCapital(t.start, t.end, t.text, spelled, "rebuilt")
        elif t.initial or _source_function_beside(tokens, i) or _target_frequent(t.text, ctx.target, _phrase_only(ctx)):
            continue  # alone, a word the target meets in names (Molières, Indépendants) may be one
        elif fold(t.text) in source_lower and fold(t.text) not in source_capital:
            yield CopiedCapital(t.start, t.end, t.text, spelled, "lower")
        elif fold(t.text) in _phrase_only(ctx):
            yield CopiedCapital(t.start, t.end, t.text, spelled, "phrase")
        elif _plural(spelled, ctx):
            yield CopiedCapital(t.start, t.end, t.text, spelled, "plural")


def _source_letters(texts: tuple[str, ...], ctx) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The folded runs of letters of the source texts: all of them, those written in lower case, those
    capitalised. Kept per source (bounded like the other rarely asked source analyses,
    :data:`~mtqa.langs.cache.RARE_SOURCES`): every system's translation of a source sentence asks again, and the
    sets were built anew, three passes over the source, for each."""
    return ctx.memo("A205.source_letters", texts, lambda: _read_source_letters(texts), bound=RARE_SOURCES)


def _read_source_letters(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """:func:`_source_letters`, read."""
    every, lower, capital = set(), set(), set()
    for text in texts:
        for w in _LETTERS.findall(text):
            folded = fold(w)
            every.add(folded)
            if w[:1].islower():
                lower.add(folded)
            elif w[:1].isupper():
                capital.add(folded)
    return frozenset(every), frozenset(lower), frozenset(capital)


def _after_capital_article(sources: list, ev: Evidence) -> set[str]:
    """The words the source writes right after a capitalised function word inside a sentence (``le film Les
    Choristes``, ``le groupe Les Enfoirés``): the first words of a title or name, which its plural does not
    make a common noun."""
    out = set()
    for s in sources:
        tokens = ev.tokens(s.text)
        for before, t in zip(tokens, tokens[1:]):
            if before.function and before.capital and not before.initial and t.capital:
                out.add(fold(t.text))
    return out


def _run(tokens: list[Token], i: int, text: str, ctx) -> list[Token]:
    """The other capitalised words of the run of capitalised words around ``tokens[i]`` (joined by spaces or
    a hyphen), without target function words (``The``, ``In``: an article is no translated word of the name,
    ``in The Frauda``) or single letters. The run ends before a first name of either language's table
    after ``tokens[i]`` that another capitalised word follows: a person named after a title (``Secretary of
    Etat Hillary Clinton``) is no word of the title's name."""
    j = i
    while j > 0 and tokens[j - 1].capital and _RUN_JOIN.fullmatch(text, tokens[j - 1].end, tokens[j].start):
        j -= 1
    k = i
    people = ctx.pair.first_names_folded
    while k + 1 < len(tokens) and tokens[k + 1].capital and _RUN_JOIN.fullmatch(text, tokens[k].end, tokens[k + 1].start):
        if k + 2 < len(tokens) and tokens[k + 2].capital:
            if fold(tokens[k + 1].text) in people and _RUN_JOIN.fullmatch(text, tokens[k + 1].end, tokens[k + 2].start):
                break
        k += 1
    function = ctx.target.function_words
    return [tokens[x] for x in range(j, k + 1)
            if x != i and len(tokens[x].text) > 1 and tokens[x].text.lower() not in function]


def _grammar_opening(tokens: list[Token], i: int, text: str, spelled: str, source_words: frozenset[str],
                     ctx) -> bool:
    """``tokens[i]``, opening a sentence, is a grammar word of the source language's dictionary (a preposition,
    a conjunction: « Malgré », « Selon », « Lorsque ») and the sentence goes on, after a space, with a lower-case
    word of the target language that the source does not write ("Malgré the rain"). Why: the capital of a
    sentence's first word says nothing about names, a language lends no grammar words (see
    :func:`mtqa.checks.source_leak.accented_loanword`), and the next word shows the sentence was translated
    around it; a title or name kept whole goes on with capitals or source words (Selon Ses Propres Mots)."""
    if not spelled or not ctx.source.is_dictionary_grammar_word(spelled.lower()) or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    gap = text[tokens[i].end:after.start]
    if fold(after.text) in source_words or after.function or not ctx.target.in_dictionary(after.text):
        return False
    if gap.strip() == ",":  # "Là, he lost everything": a word set apart, any target word may follow
        return True
    if gap.strip() and not _FIGURE_GAP.fullmatch(gap):
        return False  # other marks between the two; a figure alone is read through ("Près 500 people")
    # a lower-case word, or one the target language writes with a capital only (Monday, January), which no
    # title kept whole explains ("Dès Monday")
    return after.text[:1].islower() or not ctx.target.in_dictionary(after.text.lower())


_FIGURE_GAP = re.compile(r"\s+\d[\d.,\u00a0\u202f]*\s+")
"""Between a grammar word and the next word: a figure (« Près de 500 personnes » -> "Près 500 people")."""


_ACCENTED_CAPITAL = re.compile(rf"(?<![^\W\d_])[{UPPER}][a-z]*[{LOWER_BEYOND_ASCII}]")
"""A capitalised word with an accented letter: the only words :func:`_accented_grammar_word` may take. Its
last letter is a lower-case letter past ASCII (:data:`mtqa.words.LOWER_BEYOND_ASCII`), so an ASCII text
(``str.isascii``, no scan) never holds one: searching every translation for it was ~0.5 % of a WMT14 run."""


def _accented_grammar_word(word: str, ctx) -> str:
    """``word`` in lower case when it is a grammar word of the source language's dictionary written with the
    accents the source gives it (``Grâce`` of « Grâce à », ``Voilà``, ``Là``), of ``MIN_ACCENTED_LETTERS`` or
    more; else "".

    Why: :func:`_make_test` rules out a word the target's dictionary lists, and English lists ``grâce``
    and ``voilà`` (from coup de grâce, a borrowed exclamation) and writes Grace as a name: opening a
    sentence, the capital hides nothing. A language borrows no grammar words, so the accented spelling of
    one, copied where the source opens its sentence with it and followed by a target-language word, is the
    source word left untranslated, as A205 reads it mid-sentence (:func:`accented_loanword`)."""
    low = word.lower()
    if len(word) < MIN_ACCENTED_LETTERS or not word.isalpha() or fold(word) == low \
            or not ctx.source.is_dictionary_grammar_word(low):
        return ""
    return low


def _source_function_beside(tokens: list[Token], i: int) -> bool:
    """A source-language function word right before or after: a title or name copied whole (Les Misérables)."""
    return (i > 0 and tokens[i - 1].function) or (i + 1 < len(tokens) and tokens[i + 1].function)
