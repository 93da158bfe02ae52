"""Hunspell's answers for a language's frequent word forms, prebuilt: one lookup instead of an affix analysis.

A :class:`~mtqa.langs.language.Language` asks its dictionaries two questions of nearly every new word of a
run: is this form a word of the dictionaries (:func:`~mtqa.langs.hunspell.in_dictionary`, with Hunspell's
case rules), and is its lower-case form a common word (:func:`~mtqa.langs.hunspell.is_common_word`). Each
first asking of a word strips every affix rule that fits its ending and looks the bases up in the stems'
packed table (~40 us on a slow core, more for a word no rule explains); a long run asks some 15,000 words
(WMT14's 24,024 pairs: ~0.7 s of CPU with the tables open). Most of them are among the commonest words of
the run's two languages, so both answers for the first :data:`ANSWERED_WORDS` words of each language's
frequency list and of the languages it was paired with (lower case and capitalised, the forms the checks
ask) are computed once into a table of the compiled cache (:func:`mtqa.compiled.table`), and a word of the
table costs one lookup in its mapped packed copy. Any other word is analysed as before.

The same answers: each is the answer of the functions themselves, and the table is keyed by everything
they read (the dictionaries' files, the code of :mod:`mtqa.langs.hunspell` and of what it calls, found by
:func:`mtqa.compiled.code_files`), so an updated dictionary or a mended parser gets a new table. Not keyed by
the whole package (as :meth:`~mtqa.evidence.Evidence._prebuilt_facts` is, whose facts may read any code):
building costs ~13 s of CPU on a slow core, once per change of what it depends on, not once per change of
any check. A short run never opens it (:data:`STORED_AFTER`), nor builds it (:data:`BUILT_AFTER`);
without a cache folder that can keep it, nothing is built. Nothing is downloaded: the words are the
frequency lists wordfreq ships.
"""
from __future__ import annotations

import itertools
from typing import Optional

from mtqa.compiled import building

ANSWERED_WORDS = 30_000
"""Words of each frequency list whose forms are answered. Measured on WMT14's 24,024 pairs (tables open, per
word the CPU of both answers): the forms of 10,000 words a list hold 0.23 s of the run's 0.68 s, of 20,000
0.29 s, of 30,000 0.33 s, of 50,000 0.37 s (171,554 forms for two lists, ~22 s to build): the rest are
names, typos and rare compounds that no list of frequent words holds."""
STORED_AFTER = 500
"""First askings (both questions together) after which a table an earlier run stored is opened (keying and
opening a table costs 13-17 ms, more than a short article asks in all); as the evidence's tables do."""
BUILT_AFTER = 3_000
"""First askings after which the table is built when no run stored it yet: only a long run pays for it."""

IN_DICTIONARY = 1
"""Bit of a form's answer: :func:`~mtqa.langs.hunspell.in_dictionary` holds for it."""
COMMON_WORD = 2
"""Bit of a form's answer: :func:`~mtqa.langs.hunspell.is_common_word` holds for it."""


class Answered:
    """One language's prebuilt answers, opened when the run has asked enough words (see the module).

    :meth:`get` is a form's answer bits, or None where the table does not hold the form (or there is no
    table yet, or none to be had): the caller then analyses the word itself."""

    __slots__ = ("language", "_table", "_asked", "_probed")

    def __init__(self, language) -> None:
        self.language = language
        self._table = None  # the table once opened; False: none to be had
        self._asked = 0  # first askings before the table was opened
        self._probed = False  # a stored table was looked for (STORED_AFTER)

    def get(self, word: str) -> Optional[int]:
        """The form's answer bits, or None (see the class). Askings made while a table of the compiled cache
        is being built (:func:`mtqa.compiled.building`) are not counted: a builder's scan of thousands of words
        is not a long run, and must not build this table on a cold cache."""
        table = self._table
        if table is None:
            if building():  # a table's builder asking, once, for its own table: not the run's demand
                return None
            self._asked += 1
            if self._asked > BUILT_AFTER:
                table = self._table = self._open(stored_only=False) or False
            elif self._asked > STORED_AFTER and not self._probed:
                self._probed = True
                table = self._open(stored_only=True)
                if table is not None:
                    self._table = table
            if not table:
                return None
        return table.get(word) if table else None

    def lists(self) -> tuple[str, ...]:
        """The languages whose frequency lists give the forms: this one and those it was paired with
        (:meth:`~mtqa.langs.language.Language.paired_with`), in order of their codes. Why the partner's too:
        a run asks a target's dictionaries about the source's words (a word left untranslated, a name's
        spelling): on WMT14 the French list's forms hold 0.09 s of the 0.33 s the two lists hold."""
        return tuple(sorted({self.language.code, *self.language.partners}))

    def _open(self, stored_only: bool):
        """The table (a :class:`~mtqa.compiled.DiskTable` answering from its packed copy), or None."""
        from mtqa.compiled import code_files, table
        from mtqa.langs import frequency, hunspell

        language = self.language
        dicts = language.dictionaries
        if not dicts:
            return None
        names, lists = language.hunspell_names, self.lists()
        try:
            sources = [*hunspell.files(names), *(f for code in lists for f in frequency.wordfreq_files(code)),
                       *code_files(hunspell.in_dictionary, hunspell.is_common_word, hunspell.dictionaries,
                                   frequency.wordfreq_rows, answers)]
        except (OSError, AttributeError, TypeError):  # no wordfreq data found: nothing prebuilt
            return None

        def rows():
            return answers(dicts, forms(lists))

        try:
            found = table(f"hunspell-answers-{'-'.join(names)}-{'-'.join(lists)}-{ANSWERED_WORDS}", sources,
                          lambda: dict(rows()), rows=rows, optional=True, stored_only=stored_only)
        except Exception:  # a dictionary failing on a word this run may never meet: no table, words analysed
            return None
        if found is None or not hasattr(found, "pack"):  # none, or a dict the cache could not take: not kept
            return None
        found.pack()  # asked only by a long run, about thousands of words
        return found


def forms(lists: tuple[str, ...]):
    """The forms answered: the first :data:`ANSWERED_WORDS` words of each language's frequency list as listed
    (lower case) and capitalised, each once, in the lists' order."""
    from mtqa.langs import frequency

    seen: set = set()
    for code in lists:
        for word, _ in itertools.islice(frequency.wordfreq_rows(code), ANSWERED_WORDS):
            for form in (word, word[:1].upper() + word[1:]):
                if form not in seen:
                    seen.add(form)
                    yield form


def answers(dicts, words):
    """(word, its answer bits) for each of ``words``, by the dictionaries ``dicts`` themselves."""
    from mtqa.langs.hunspell import in_dictionary, is_common_word

    for word in words:
        yield word, (IN_DICTIONARY if in_dictionary(dicts, word) else 0) | (
            COMMON_WORD if is_common_word(dicts, word) else 0)
