"""Source names copied into the translation in lower case (``amiens-nord``, ``poméranie``, ``forêt-noire``).

A system that works on lower-cased, tokenised text and is not taught to restore the case copies a name it
cannot translate as it saw it: « à Amiens-Nord » becomes "in amiens-nord". The untranslated-word check's
other rules leave such a word alone (it is neither a common word of the source's dictionary nor
capitalised), and the name checks look for capitalised names. The copy is reported when it is:

* **a copy of a capitalised source name**: the aligned source writes the same letters, accents and hyphens
  with a capital (``Amiens-Nord``) and never in lower case (a source that writes ``amiens-nord``, a web
  address or a handle, asks for nothing else), and not only where a sentence begins if the source's dictionary
  lists it as a common word (« Névé et glacier … »: that capital is the sentence's, A205 reports the French
  word copied);
* **no word of the target language**: absent from its dictionary in lower case (« Nice » -> "nice",
  « Orange » -> "orange", « Marine » -> "marine" are English words the translation may well mean; its word
  frequencies count the name's capitalised uses, so they say nothing here);
* **in the source language by evidence**: one of the source language's own letters (``special_letters``
  but those it shares with names of other languages, ``shared_special_letters``: ``élisabeth``,
  ``mexico-américain``, not ``mölln``) and no letter it does not write (``krušné``), a part of a hyphenated name that is a common
  word of the source language and none of the target's (``nord`` of ``amiens-nord``, ``PART_MARGIN``), or a name the
  exonym table gives another target form (``poméranie``, Pomerania). A lower-cased
  name of a third language with no such evidence (``berlin-lichtenberg``) is no source-language word;
* **prose**: not part of a web address, an e-mail address, a user name or a hashtag (``#amiens-nord``),
  which the target writes in lower case by its own style.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from mtqa.langs.cache import FEW_SOURCES, SOURCES, TABLES, memoize
from mtqa.langs.text import capital_only_at_openings
from mtqa.model import source_texts

PART_MARGIN = 1.5
"""A part of a hyphenated name is the source language's common word when that language writes it this much
more often (Zipf, some thirty times) than the target does: ``nord`` (French 5.0, English 3.1, in names),
``sur`` of Boulogne-sur-Mer; not ``anglo`` (4.2 against 3.8) nor ``mont`` (4.5 against 3.5)."""
MIN_LETTERS = 4
_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+(?:['’][^\W\d_]+)?)*")
"""A word with its hyphenated parts; a part after a hyphen may carry an elided article (Côte-d'Ivoire,
Villeneuve-d'Ascq), so the name is read whole; an elision before the name (d'Amiens) stays apart."""
_ADDRESS_MARKS = "@#/.:_\\"
"""Characters that make a chunk of text an address, a handle or a hashtag, not prose."""


class LoweredName(NamedTuple):
    start: int
    end: int
    word: str
    name: str
    """The source's spelling (``Amiens-Nord``)."""
    suggestion: str
    """The target language's form of the name, :func:`mtqa.names.exonym_forms.target_form`'s (Pomerania, Montreal;
    the source's spelling where neither the exonym table nor the target's own usage gives another: Montérégie),
    so A205 suggests for ``montréal`` what A611 suggests for a lost Montréal."""
    evidence: str
    """``letter``, ``word`` or ``table``: what says the copy is the source language's."""


@memoize(TABLES)
def _table_forms(pair) -> dict[str, str]:
    """The exonym table's source forms with a different target form (``Poméranie`` -> ``Pomerania``)."""
    return {row["french"]: row["english"] for row in pair.table("exonyms")
            if row.get("french") and row.get("english") and row["french"] != row["english"]}


def in_prose(text: str, start: int, end: int) -> bool:
    """The word stands in prose: its whitespace-delimited chunk holds no address mark inside it, and no mark
    right before it (``#amiens-nord``, ``www.amiens-nord.fr``, ``@poméranie``)."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    chunk = text[left:right]
    inner = chunk.rstrip(".,;:!?)»\"'”’").lstrip("(«\"'“‘")
    return not any(m in inner for m in _ADDRESS_MARKS)


def _evidence(word: str, name: str, pair) -> str:
    """What says the lower-cased ``word`` is the source language's (``LoweredName.evidence``), or ""."""
    source, target = pair.source, pair.target
    if name in _table_forms(pair):
        return "table"
    special = frozenset(source.extra.get("special_letters", ""))
    own = special - frozenset(source.extra.get("shared_special_letters", ""))
    # an accent of the source's own (é, è, ê, ç, ï) in a word with no letter it does not write (č, š, á, ñ)
    if any(c in own for c in word) and all(c.isascii() or c in special for c in word):
        return "letter"
    if "-" in word:
        for part in word.split("-"):
            if len(part) >= 3 and source.is_common_word(part) and not target.in_dictionary(part) \
                    and source.zipf(part) - target.zipf(part) >= PART_MARGIN:
                return "word"
    return ""


_NONE: frozenset = frozenset()
"""The one empty set of lower-case names the memo keeps (an empty frozenset is a new object each time)."""


@memoize(FEW_SOURCES)
def _source_names(texts: tuple[str, ...]) -> tuple[dict[str, str], frozenset[str]]:
    """The source's capitalised names by their lower-case form, and those of them it also writes in lower case.
    Kept per source text for the few translations that ask again: :func:`_lowered_forms` (kept per source for
    every system) reads it once, and :func:`lowered_names` again only for a translation that holds one of those
    forms. Only the lower-case words that are also a name's form are kept (a word not in the first table is
    never looked up in the second): a source's every lower-case word, kept for 4,096 sources, held ~12 MB."""
    capital: dict[str, str] = {}
    lower: set[str] = set()
    for text in texts:
        for m in _NAME.finditer(text):
            w = m.group()
            if w.islower():
                lower.add(w)
            elif w[:1].isupper() and not w.isupper():
                capital.setdefault(w.lower(), w)
    lower.intersection_update(capital)
    return capital, frozenset(lower) if lower else _NONE


@memoize(SOURCES)
def _lowered_forms(texts: tuple[str, ...]) -> tuple[str, ...]:
    """The lower-case forms of the source's names that :func:`lowered_names` may report: of ``MIN_LETTERS``
    letters or more, and never written in lower case by the source. Why: a translation holds a reported word
    only if it holds one of these as a substring, a test in C per form, where splitting it into words
    (``_NAME.findall``) cost more than the rest of the check on the usual translation (no such copy); and
    most sources have none (their capitals are short words opening sentences, or no capital at all).
    Kept per source text, like :func:`_source_names`."""
    capital, lower = _source_names(texts)
    return tuple(form for form in capital if len(form) >= MIN_LETTERS and form not in lower)


def lowered_names(text: str, sources: list, pair) -> Iterator[LoweredName]:
    """The lower-case copies of capitalised source names in ``text`` that are the source language's (see the
    module docstring)."""
    if not sources:
        return
    texts = source_texts(sources)
    forms = _lowered_forms(texts)
    if not forms or not any(form in text for form in forms):
        return  # no name the loop below could report is in the text, even as a part of a word
    capital, lower = _source_names(texts)
    if capital.keys().isdisjoint(_NAME.findall(text)):
        return  # no word of the text is a source name's lower-case form: the usual case, screened in C
    target = pair.target
    for m in _NAME.finditer(text):
        word = m.group()
        if len(word) < MIN_LETTERS or not word.islower() or word not in capital or word in lower:
            continue
        if target.in_dictionary(word):
            continue  # nice, orange, marine: a word the translation may mean (its frequency is its names')
        if not in_prose(text, m.start(), m.end()):
            continue
        name = capital[word]
        if pair.source.is_common_word(word) and all(capital_only_at_openings(name, s.text) or name not in s.text
                                                    for s in sources):
            continue  # « Névé et glacier … »: a common word capitalised where its sentence begins, no name
        evidence = _evidence(word, name, pair)
        if evidence:
            from mtqa.names.exonym_forms import target_form  # the one owner of a name's target form (A611's too)
            yield LoweredName(m.start(), m.end(), word, name, target_form(pair, name), evidence)
