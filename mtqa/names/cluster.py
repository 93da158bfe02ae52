"""Grouping the spellings of one entity within a document.

Two spellings are one entity when they agree once romanisation conventions
are undone: both map to the same English form (Chkaplerov and Shkaplerov
both give Shkaplerov), accents and case aside. Near misses (same key once
doubled letters and i/y are ignored, or a rapidfuzz ratio of at least 90)
are merged only when exactly one side is attested in English: Sarborough
is a misspelling of Scarborough, but Johnson and Johnston are two names and
two rare words that differ by an inflection (Crématisés, Crématisées) are
no evidence of one entity. A common word of the source language copied
with a capital (« l'ex-Première Ministre » -> "the ex-Première Minister")
is no spelling of a name: the target's frequency of it is a loanword's
(a film's première), and no spelling to suggest for its misspelt copy
(Premère).
"""
from __future__ import annotations

import re
from typing import Callable, Mapping

from mtqa.langs import fold
from mtqa.lazy import lazy_module
from mtqa.names.translit import FIRM_ENGLISH, Romanisation
from mtqa.records import record

fuzz = lazy_module("rapidfuzz.fuzz")  # imported by the first comparison (mtqa.lazy)

FUZZY_RATIO = 90.0
FUZZY_MIN_LEN = 6
ATTESTED = 1.0
"""A spelling this frequent in English (Zipf) is an established name in its own right."""
SOURCE_WORD_MARGIN = 1.0
"""A form the source language's dictionary lists in lower case, and whose source-language frequency (Zipf) is at
least this much above the target's, is the source's common word copied, not a name's spelling (première: French
5.7, English 2.2, as the film sense; not Moubarak, no French dictionary word, nor Poutine, which the
transliteration makes Putin)."""
_DOUBLE = re.compile(r"(.)\1+")
_NON_LETTER = re.compile(r"[^a-z]")


@record
class Cluster:
    """Spellings of one entity, with the one English usage supports."""

    forms: dict[str, int]
    """Spelling -> number of occurrences, in order of first appearance."""
    preferred: str
    why: str


def skeleton(text: str) -> str:
    """Comparison key: folded, letters only, y as i, doubled letters single."""
    key = _NON_LETTER.sub("", fold(text).replace("y", "i"))
    return _DOUBLE.sub(r"\1", key)


def clusters(occurrences: Mapping[str, list], romanised: Mapping[str, Romanisation],
             target_name: str, source_word: Callable[[str], bool] = lambda low: False) -> list[Cluster]:
    """Entities spelled more than one way (accents aside) among ``occurrences``. ``source_word(low)``: the
    source language's dictionary lists the lower-case form as a common word (see ``SOURCE_WORD_MARGIN``)."""
    groups: dict[str, list[str]] = {}
    for form in occurrences:
        r = romanised[form]
        if len(form) < 4 or form.isupper() or r.en_word >= FIRM_ENGLISH:
            continue
        if not r.changed and r.fr_word - r.en_word >= SOURCE_WORD_MARGIN and source_word(form.lower()):
            continue  # the source's common word copied (ex-Première Minister): no name to spell; a French
            # form the transliteration rewrites (Poutine -> Putin) is a name's, whatever the dictionary holds
        groups.setdefault(fold(r.english), []).append(form)
    skeletons = {k: skeleton(k) for k in groups}  # once per form, not once per pair of forms
    # Two keys can only merge when their skeletons start alike (equal, or the same first letter and
    # near), so the pairs are compared within groups of keys by first letter, in the same order as
    # over all pairs: a merge only changes the groups of its own letter.
    by_letter: dict[str, list[str]] = {}
    for k, sk in skeletons.items():
        by_letter.setdefault(sk[:1], []).append(k)
    for keys in by_letter.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if a not in groups or b not in groups:
                    continue
                ka, kb = skeletons[a], skeletons[b]
                if ka != kb and (min(len(ka), len(kb)) < FUZZY_MIN_LEN or ka[0] != kb[0]
                                 or fuzz.ratio(ka, kb) < FUZZY_RATIO):
                    continue
                # a variant of a known name (Sarborough, Scarborough), not two names or two rare words
                if _attested(groups[a], romanised) != _attested(groups[b], romanised):
                    groups[a].extend(groups.pop(b))
    found = []
    order = {form: n for n, form in enumerate(occurrences)}
    for forms in groups.values():
        forms[:] = _drop_inflections(forms, romanised)
        if len({fold(f) for f in forms}) < 2:
            continue
        forms.sort(key=order.__getitem__)
        counts = {f: len(occurrences[f]) for f in forms}
        preferred = max(forms, key=lambda f: (round(romanised[f].en_word, 1), not romanised[f].changed,
                                              counts[f], -order[f]))
        found.append(Cluster(counts, preferred, _why(preferred, forms, romanised, target_name)))
    return found


def _drop_inflections(forms: list[str], romanised: Mapping[str, Romanisation]) -> list[str]:
    """Keep one of two spellings where one is the other plus an ending (Hurston, Hurstons; Murcia, Murcian):
    an inflection or a derived word, not a second spelling. Transliteration variants (Rogozine,
    Rogozin) have the same English form and stay."""
    english = {f: fold(romanised[f].english) for f in forms}
    kept = []
    for f in forms:
        ef = english[f]
        if not any(ef != english[g] and ef.startswith(english[g]) and len(ef) - len(english[g]) <= 3 for g in forms):
            kept.append(f)
    return kept


def _attested(forms: list[str], romanised: Mapping[str, Romanisation]) -> bool:
    return any(romanised[f].en_word >= ATTESTED for f in forms)


def _why(preferred: str, forms: list[str], romanised: Mapping[str, Romanisation], target_name: str) -> str:
    r = romanised[preferred]
    if r.en_word > 0 and any(romanised[f].en_word < r.en_word for f in forms if f != preferred):
        return f"{target_name} usage supports “{preferred}” (word frequency {r.en_word:.1f})"
    if not r.changed and any(romanised[f].changed for f in forms if f != preferred):
        return f"“{preferred}” is the {target_name} transliteration"
    return f"“{preferred}” is the most frequent spelling in the document"
