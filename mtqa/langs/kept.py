"""Word sets of a language pair that only the installed data decide, kept compiled (:mod:`mtqa.compiled`).

Some checks start from a set of words that depends on nothing but the two languages' profiles, dictionaries
and word frequencies: the words English writes only inside a phrase it borrowed from French (``état`` of
coup d'état), the French particles that are no English word (``du``, ``des``). Built, such a set asks the
dictionaries about words that are no plain entries, and the first such question builds a dictionary's
affix tables (:class:`~mtqa.langs.hunspell.Hunspell`): on a one-line check both English dictionaries' tables
were built for these sets alone, and the sets' lookups and tables were some 28 ms of a 0.21 s run. Kept in
the compiled cache, a later run reads the set back without a lookup; it is built again whenever a file it
was read from changes (:func:`mtqa.compiled.fingerprint`).
"""
from __future__ import annotations

from typing import Callable

from mtqa.langs.cache import TABLES, memoize


@memoize(TABLES)
def pair_word_set(name: str, build: Callable, target, source) -> frozenset[str]:
    """``build(target, source)`` as a frozenset of strings, read from the compiled cache under ``name`` while
    its inputs are unchanged: both languages' profiles (``langs/<code>.toml``, a ``$MTQA_DATA`` copy too), their
    installed dictionaries, their word frequencies and the code ``build`` runs (:func:`mtqa.compiled.code_files`,
    the :class:`~mtqa.langs.language.Language` methods included).

    ``build`` may read the two languages' profiles, dictionaries and frequencies, nothing else (their name
    tables, a pair's table or the input are not in the key)."""
    from mtqa.compiled import cached, code_files
    from mtqa.langs import hunspell
    from mtqa.langs.data import data_files
    from mtqa.langs.frequency import wordfreq_files

    inputs = [*data_files("langs", f"{target.code}.toml"), *data_files("langs", f"{source.code}.toml"),
              *hunspell.files(target.hunspell_names), *hunspell.files(source.hunspell_names),
              *wordfreq_files(target.code), *wordfreq_files(source.code),
              *code_files(build, type(target), type(source))]
    return frozenset(cached(f"{name}-{source.code}-{target.code}", inputs,
                            lambda: frozenset(build(target, source))))
