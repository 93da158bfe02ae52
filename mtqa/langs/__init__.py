"""Language knowledge: one owner for what mtqa knows about languages.

Layout::

    langs/
      cache.py      the one cache policy (bounded, by kind of key)
      data.py       reading mtqa/data (TOML, name tables; $MTQA_DATA first)
      text.py       fold(): one definition of "the same letters"
      frequency.py  wordfreq Zipf frequencies (plain and accent-folded)
      hunspell.py   Hunspell dictionaries read for lookup
      answered.py   the dictionaries' answers for frequent forms, prebuilt (one lookup a word)
      language.py   Language: one object per code, built from data/langs/<code>.toml
      synonyms.py   Thesaurus: a language's close synonyms (WordNet, built as data)
      rare_senses.py  Rare words: their WordNet sense neighbours and commoner siblings (built as data; A509)
      pair.py       LanguagePair: facts of a pair, from data/pairs/<src>-<tgt>.toml
      kept.py       word sets of a pair that only the installed data decide, kept compiled

Adding a language means adding data files, not code. Checks, the aligner and
readers reach the objects through the run context (``ctx.source``,
``ctx.target``, ``ctx.pair``); code without a context (readers, the aligner)
asks :func:`language` or :func:`language_pair` for the document's languages.
"""
from __future__ import annotations

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import built_from, data_toml
from mtqa.langs.language import Language, load_language
from mtqa.langs.pair import LanguagePair, LengthModel
from mtqa.langs.text import at_sentence_start, fold, opens_sentence

__all__ = ["Language", "LanguagePair", "LengthModel", "language", "language_pair", "hyphen_prefixes", "fold",
           "at_sentence_start", "opens_sentence"]


@memoize(TABLES)
def language(code: str) -> Language:
    """The shared :class:`Language` for ``code`` (a bare one if no data file exists)."""
    return load_language(code)


@memoize(TABLES)
def language_pair(source: str, target: str) -> LanguagePair:
    """The shared :class:`LanguagePair` for ``source`` -> ``target``."""
    return LanguagePair(language(source), language(target))


@memoize(TABLES)
@built_from("glued.toml")
def hyphen_prefixes() -> frozenset[str]:
    """The prefixes English joins to a word with a hyphen that mark such a compound by themselves (anti-,
    non-, post-: ``glued.toml``'s ``hyphen_prefixes`` less its ``word_like_prefixes``, all, un, re, co).
    One owner for the checks that read a prefix before a hyphen (F104's split compound, T109's copied
    compound of nationalities), where each read another's private copy."""
    data = data_toml("glued.toml")
    return frozenset(data["hyphen_prefixes"]) - frozenset(data["word_like_prefixes"])
