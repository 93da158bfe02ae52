"""The reference's verdict on a name flag (T1: T101-T110, T2: T201-T202) for ``bench/recall_wmt.py``.

Before this judge, a name flag was a hit only where the name-form oracle found a French-looking name the
reference wrote otherwise (at the flag's place), and false only where the reference kept every flagged word.
A reference is written afresh: it often writes the name elsewhere in the sentence, or rewords around it, so
half of WMT12/13's T1/T2 flags got no verdict and "no false alarm" said little. Each name flag claims a form:
the flagged text is wrong and the suggestion (an English exonym, an English acronym, the source's own name) is
right. This judge asks the reference which of the two it writes:

- it writes the suggestion (every word of it, as spelt or without its accents) and not the flagged form: a hit;
- it writes neither, but writes a capitalised word that looks like a suggestion word (``Tymoshenko`` for the
  suggested ``Timoshenko``, ``Netanyahu`` for ``Netanyahou``) and is not a flagged word nor a source word: a hit
  (another English form of the same name);
- it writes the flagged form and not the suggestion:
  - false when the reference chose that form against the source (the source does not write it: the output's
    ``London`` for « Londres », flagged as a changed name, is what the reference writes too);
  - false when the reference copied the source's form and English writes that form at least as often as French
    does (word frequencies: ``Holland``, ``Carlsbad``);
  - unjudged when the reference copied a form only French writes (``Bachar``, ``PIB``, ``Sinaï``): that is a
    defect of the reference, as ``bench/judged.tsv`` labels such forms on the newstest references (defect
    french-acronym, french-romanisation, french-place-name), not a verdict on the flag;
  - unjudged when the reference writes the suggestion in another line of the document and the flagged form in
    no other: it contradicts itself (``recall.judge_writes_it_elsewhere``);
- anything else (both forms, or neither): unjudged.

The hand-check of a sample of the decided verdicts is in ``recall_wmt_handcheck.tsv`` (codes starting T1, T2).
"""
from __future__ import annotations

import difflib
import re
from typing import Optional

import recall

FAMILIES = ("T1", "T2")
"""The families this judge decides."""

LOOKALIKE = 0.8
"""How alike (``difflib`` ratio, case and accents folded) a reference word and a suggestion word must be to be
two spellings of one name: ``Tymoshenko``/``Timoshenko`` 0.9, ``Netanyahu``/``Netanyahou`` 0.95; two names of a
sentence rarely come this close (``Holland``/``Hollande`` 0.93 is why flagged and source words never count)."""


def _writes(form: str, text: str) -> bool:
    """``text`` writes ``form`` as whole words, in its case (a name's capital is part of its form), with any run of
    spaces or hyphens where ``form`` has one (``Abu Dhabi``, ``Abu-Dhabi``)."""
    words = recall.WORD.findall(form)
    if not words:
        return False
    body = r"[\s\-‐]+".join(map(re.escape, words)) if len(words) > 1 else re.escape(words[0])
    return re.search(r"(?<![^\W\d_])" + body + r"(?![^\W\d_])", text) is not None


def _fold(word: str) -> str:
    return recall.fold(word.lower())


def writes_suggestion(suggestion: str, flagged: str, ref: str) -> bool:
    """The reference writes the suggestion, as spelt or without its accents (``Michoacan``, ``Garzon`` for a source
    name the output replaced: an English text often drops them), unless the flagged form is the suggestion less its
    accents: then only the exact spelling counts."""
    if _writes(suggestion, ref):
        return True
    return recall.fold(suggestion) != recall.fold(flagged) and _writes(
        recall.fold(suggestion, keep_case=True), recall.fold(ref, keep_case=True))


def writes_lookalike(suggestion: str, flagged: str, ref: str, src: str) -> bool:
    """The reference writes a capitalised word like one of the suggestion's (:data:`LOOKALIKE`) that is neither a
    flagged word nor a word of the source: another English spelling of the suggested name."""
    wanted = [_fold(w) for w in recall.WORD.findall(suggestion) if len(w) > 3 and w[:1].isupper()]
    if not wanted:
        return False
    barred = {_fold(w) for w in recall.WORD.findall(flagged) + recall.WORD.findall(src)}
    for w in recall.WORD.findall(ref):
        if not w[:1].isupper() or len(w) <= 3:
            continue
        f = _fold(w)
        if f in barred:
            continue
        if any(difflib.SequenceMatcher(None, f, s).ratio() >= LOOKALIKE for s in wanted):
            return True
    return False


def english_usage(form: str) -> bool:
    """English writes ``form`` at least as often as French does (word frequencies), and writes it at all."""
    en, fr = recall.zipf(form, "en"), recall.zipf(form, "fr")
    return en > 0 and en >= fr


def verdict(flag, i: int, src: list[str], mt: list[str], ref: list[str], docs) -> Optional[str]:
    """"hit", "false" or "unjudged" for a T1/T2 flag on line ``i``; None for a flag of another family."""
    code, text, suggestion = flag[0], flag[3], flag[4]
    if code[:2] not in FAMILIES:
        return None
    r, s = ref[i], src[i]
    if not text or not suggestion or not recall.WORD.search(text):
        return "unjudged"
    kept, fixed = _writes(text, r), writes_suggestion(suggestion, text, r)
    if fixed and not kept:
        return "hit"
    if not kept:
        return "hit" if writes_lookalike(suggestion, text, r, s) else "unjudged"
    if fixed:
        return "unjudged"
    if recall.judge_writes_it_elsewhere(text, suggestion, i, ref, docs, {}):
        return "unjudged"
    if not _writes(text, s) or english_usage(text):
        return "false"
    return "unjudged"
