"""Folding text for comparison: one definition of "the same letters".

A name or word is often written with and without its accents (``Pékin`` /
``Pekin``, ``États`` / ``Etats``), in other case (``GERARD``), with a ligature
(``cœur`` / ``coeur``) or a compatibility form (``ﬁ``, ``²``). Every service
that compares words folds them with :func:`fold`, so two modules never
disagree on whether two spellings meet.
"""
from __future__ import annotations

import unicodedata

from mtqa.langs.cache import WORDS, memoize

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})


@memoize(WORDS)
def fold(text: str, keep_case: bool = False) -> str:
    """``text`` without diacritics or ligatures, case-folded unless ``keep_case``.

    ``Fédérateur`` -> ``federateur``, ``cœur`` -> ``coeur``; with
    ``keep_case`` ``Pékin`` -> ``Pekin``. Compatibility forms are decomposed
    (NFKD) and combining marks dropped.
    """
    if text.isascii():
        return text if keep_case else text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare if keep_case else bare.casefold()


_OPENERS = "\"'“‘«‹([{¿¡*•–—-"


def at_sentence_start(text: str, start: int) -> bool:
    """True when the word at ``start`` begins a sentence, a quotation, a bracket or a list item.

    Such a word is capitalised whatever it is, so its case says nothing.
    """
    i = min(start, len(text))
    while i > 0 and text[i - 1].isspace():  # the last character before the word that is not a space
        i -= 1
    if not i:
        return True
    return text[i - 1] in _OPENERS or text[i - 1] in ".!?:…\n"
