"""Tokens and stems shared by the lexical model's builder and the aligner.

One tokenizer and one stemmer on both sides of the model: the build script
(``bench/build_lexicon.py``) and the run-time aligner must cut and fold words
the same way, or entries would never be found. Words are lower-cased and
split at apostrophes and hyphens (``l'homme`` -> ``l``, ``homme``); numbers are
kept whole with their separators and keyed by their digits (``4,1`` and ``4.1``
share the key ``41``, an anchor either way); stems come from the suffix rules of
``mtqa/data/lexmodel/stems.toml`` (read by :func:`mtqa.langs.lexmodel.stem_rules`).
"""
from __future__ import annotations

import re
import unicodedata

from mtqa.langs.cache import TABLES, WORDS, TwoGenerations, memoize, word_memo
from mtqa.langs.lexmodel import stem_rules
from mtqa.records import record

TOKEN_RE = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|[^\W\d_]+")


@record(slots=True)
class Token:
    """A word of a segment: its text, lower-cased form, stem and span."""

    text: str
    lower: str
    stem: str
    start: int
    end: int
    is_number: bool = False

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


def stem(word: str, lang: str) -> str:
    """The stem of a lower-case word under ``lang``'s suffix rules (the word itself if none applies),
    remembered per language (:func:`_stems`)."""
    return _stems(lang)[word]


def stem_table(lang: str) -> TwoGenerations:
    """``lang``'s table of :func:`stem` answers, read with ``[]`` (``map(table.__getitem__, words)``): a caller
    stemming every word of a text maps it in C, with no Python call per word; the same answers as :func:`stem`."""
    return _stems(lang)


@memoize(TABLES)
def _stems(lang: str) -> TwoGenerations:
    """:func:`stem`'s answers in ``lang``: a word table of :data:`~mtqa.langs.cache.WORDS` words (the words of a
    year of news outnumber any bound: mtqa's one word-cache size) in two generations
    (:func:`~mtqa.langs.cache.word_memo`'s table), not an LRU cache keyed by (word, language). Why: a fact of every
    token fills its bound on a long run, and an LRU entry held a 2-tuple key and a 56-byte link beside its slot
    (4.4 MB at 16,384 words in a census of 30,000 growing pairs, ``bench/memory_census.py``). Replaying the key
    stream (``bench/memo_bounds.py``): on WMT14's 24,024 pairs the same 4,985 computes (its distinct words); on
    30,000 growing pairs 46,937 against the LRU's 43,706 of 271,574 calls (+3,231 suffix-rule scans of a few
    microseconds each)."""

    def stem_of(word: str) -> str:
        return _stem(word, lang)

    return TwoGenerations(WORDS, stem_of)


def _stem(word: str, lang: str) -> str:
    """:func:`stem`, computed."""
    min_stem, rules = stem_rules(lang)
    for suffix, repl in rules:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            return word[: len(word) - len(suffix)] + repl
    return word


def tokens(text: str, lang: str) -> list[Token]:
    """The words and numbers of ``text`` with their stems, split once per text and language
    (:func:`_token_table`). The list and its tokens are shared: a caller reads them, never changes them."""
    return _token_table(lang)[text]


RECENT_TEXTS = 64
"""Texts whose :func:`tokens` a language's table keeps (:func:`_token_table`)."""


@memoize(TABLES)
def _token_table(lang: str) -> TwoGenerations:
    """``lang``'s :func:`tokens` answers, at most :data:`RECENT_TEXTS` texts in two generations. Why: the
    readers of one pair's source (A631's frames, the order calques, the "of" phrases, the phrase calques, the
    aligner) each split it again: on WMT14's 24,024 pairs 8,139 asks made 8,139 splits, now 7,100 (6,006 of its
    pairs: 4,847, now 3,930; 16 texts kept: 4,289). The repeats come within a pair, so a few dozen texts keep
    them; a source read again one system output later, 3,003 pairs on, is split again (keeping a pass, ~6,000
    texts at ~5 kB a split, would cost ~30 MB for 8 % fewer: 3,604 splits on 6,006 pairs). The answers are the same:
    a split is a pure function of its text and language."""

    def split(text: str) -> list[Token]:
        return _tokens(text, lang)

    return TwoGenerations(RECENT_TEXTS, split)


def _tokens(text: str, lang: str) -> list[Token]:
    """:func:`tokens`, computed: the stems read from the language's table (:func:`stem_table`) with no call
    per word, a number keyed by its digits."""
    stems = _stems(lang)
    out = []
    append = out.append
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        low = word.lower()
        if word[0].isdigit():
            append(Token(word, low, "".join(filter(str.isdigit, low)), m.start(), m.end(), True))
        else:
            append(Token(word, low, stems[low], m.start(), m.end(), False))
    return out


@word_memo(WORDS)  # the words of a year of news outnumber any bound: mtqa's one word-cache size
def plain(word: str) -> str:
    """Lower case without accents, for cognate comparison (``économie`` -> ``economie``)."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def in_compound(text: str, tok: Token) -> bool:
    """The token is part of a hyphenated word (« quatre-vingt-dix », « porte-monnaie »): the whole takes a sense of
    its own that the part's senses do not tell (A616, A623 leave it alone)."""
    return (tok.start > 0 and text[tok.start - 1] == "-") or (tok.end < len(text) and text[tok.end] == "-")


def source_word(text: str, tok: Token) -> str:
    """The whole written word around ``tok`` (``aujourd'hui``, ``peut-être``), for the message."""
    start, end = tok.start, tok.end
    while end + 1 < len(text) and text[end] in "'’-" and text[end + 1].isalpha():
        end += 1
        while end < len(text) and text[end].isalpha():
            end += 1
    return text[start:end]
