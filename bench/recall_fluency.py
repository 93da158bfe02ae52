"""The reference's verdict on a fluency flag (F1 marks and spacing, F3 case, F4 repeats) for ``bench/recall_wmt.py``.

The verdict the bench gives the other families -- the reference writes the flagged text too, so the flag is a
false alarm -- says nothing about these: every reference writes "(" or "the", so an unpaired bracket the source
pairs was a "false alarm" (F1 precision 0.06 in stop 43, while all 25 sampled F105 rows of WMT12/13 were true
defects). Each code here asks the reference the question its check answers, from the reference's own writing:

- F101 (glued words): the reference writes the token as one word (a closed compound English writes): false; it
  writes the suggested words (``anti-German`` for ``antiGerman``): a hit.
- F102 (doubled space): the reference writes the same two words with the same spaces: false; else a hit.
- F103 (invisible character): the reference holds none of the flagged characters: a hit; one it holds too is the
  web page's, in both texts (the judged reference flags call it a defect of the reference): unjudged.
- F106 (a look-alike letter of another script inside a word): as F103, the reference does not write that same
  mixed word: a hit (a reference has no reason to spell ``the`` with a Greek tau); it writes it too: unjudged.
- F104 (spaced hyphen): the reference writes the parts joined (``jet-set``, ``Berlin-Marzahn``, ``prediabetes``):
  a hit; it writes them around a spaced dash: false (punctuation); neither source nor reference has a spaced
  dash anywhere (the MT's dash can only be a split compound): a hit.
- F105 (unbalanced marks): the reference pairs that kind of mark (or has none): a hit; the reference leaves a
  bracket unpaired the same way (a list's "1)"): false. A reference with an odd count of quotation marks is no
  verdict: of the 7 such rows of 2012/2013 read, 6 were the reference's own lost mark beside the output's.
- F301 (case): the reference writes the word, away from a sentence's or a quotation's opening, in the
  suggested form more often than in the flagged one: a hit; the other way round: false. Read in the line first,
  then in the document's other lines; a capital in a line without final punctuation (a headline) says nothing.
- F401 (repeated word): the reference writes the word twice in a row too ("had had"): false; else a hit.

Anything else is unjudged. The judge's own precision, read by hand on a sample of its verdicts (30 per family,
WMT12/13 only), is in ``HANDCHECK`` and printed beside the family precision: F1 28/30 (two curly opening marks
closed by a straight one, which the judge, like F105, called unpaired), F3 24/30 (a title, a headline's title
case, a numbered Article, a capital opening a sentence whose full stop was lost, a body's name: the reference
lower-cases the word elsewhere; and one planet "earth" the reference lower-cases by its own style), F4 28/30
(two grammatical doublings across a clause boundary the reference rewords).
"""
from __future__ import annotations

import collections
import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import Optional

import recall

HANDCHECK = Path(__file__).resolve().parent / "recall_wmt_handcheck.tsv"
"""Verdicts of this judge read by hand (year, system, line, code, verdict, agree yes/no, note; no corpus
text): 30 per family of the 2012/2013 flags the judge decided (hit or false), drawn with seed 44 from
``recall_wmt.fluency.tsv`` by ``recall_wmt.py`` (``recall_wmt.sample.fluency.tsv``, ``--sample``); the L1 rows
are ``recall_formats``' verdicts, drawn the same way from ``recall_wmt.formats.tsv``."""
FAMILIES = ("F1", "F3", "F4")
"""The families this judge decides (F2, non-words, is judged by the name and French classes)."""

Verdict = Optional[str]
"""hit, false, unjudged, or None (not a code of this judge)."""

_SPACED_DASH = re.compile(r"\s[-–—]\s")
_LETTER = re.compile(r"[^\W\d_]")
_FINAL = re.compile(r"[.!?…:;\"”»')\]]\s*$")


def _whole(text: str, flags: int = 0) -> re.Pattern:
    return re.compile(r"(?<![^\W\d_])" + re.escape(text) + r"(?![^\W\d_])", flags)


def _glued(flag, i, src, mt, ref, docs) -> str:
    token, fixed = flag[3], flag[4]
    if _whole(token, re.I).search(ref[i]):
        return "false"
    parts = recall.WORD.findall(fixed)
    if parts and re.search(r"(?<![^\W\d_])" + r"[\s-]*".join(map(re.escape, parts)) + r"(?![^\W\d_])", ref[i], re.I):
        return "hit"
    return "unjudged"


def _doubled_space(flag, i, src, mt, ref, docs) -> str:
    s, e = flag[1], flag[2]
    before = re.search(r"(\S+)$", mt[i][:s])
    after = re.match(r"\S+", mt[i][e:])
    if before and after and re.search(re.escape(before.group(1)) + re.escape(flag[3]) + re.escape(after.group()),
                                       ref[i]):
        return "false"
    return "hit"


def _invisible(flag, i, src, mt, ref, docs) -> str:
    return "unjudged" if any(ch in ref[i] for ch in flag[3]) else "hit"


def _mixed_script(flag, i, src, mt, ref, docs) -> str:
    return "unjudged" if flag[3] in ref[i] else "hit"


def _spaced_hyphen(flag, i, src, mt, ref, docs) -> str:
    parts = [p for p in re.split(r"\s+-\s+", flag[3]) if p]
    if len(parts) < 2:
        return "unjudged"
    joined = r"(?<![^\W\d_])" + r"-?".join(map(re.escape, parts)) + r"(?![^\W\d_])"
    if re.search(joined, ref[i], re.I):
        return "hit"
    dashed = r"(?<![^\W\d_])" + r"\s+[-–—]\s+".join(map(re.escape, parts)) + r"(?![^\W\d_])"
    if re.search(dashed, ref[i], re.I):
        return "false"
    if not _SPACED_DASH.search(src[i]) and not _SPACED_DASH.search(ref[i]):
        return "hit"
    return "unjudged"


_DOUBLE_QUOTES = '"“”«»„'
_SINGLE_QUOTES = "'‘’‹›"


def _quote_count(text: str, marks: str) -> int:
    """Quotation marks of ``marks`` in ``text``; a single mark between two letters or after a word's final
    s (an apostrophe: "don't", "the students' homes") is none."""
    n = 0
    for k, ch in enumerate(text):
        if ch not in marks:
            continue
        prev, nxt = text[k - 1:k], text[k + 1:k + 2]
        if ch in _SINGLE_QUOTES and _LETTER.match(prev or " ") and (_LETTER.match(nxt or " ") or prev in "sS"):
            continue
        n += 1
    return n


def _unbalanced(flag, i, src, mt, ref, docs) -> str:
    mark = flag[3]
    for opening, closing in ("()", "[]"):
        if mark in (opening, closing):
            delta = ref[i].count(opening) - ref[i].count(closing)
            if delta == 0:
                return "hit"
            return "false" if (delta > 0) == (mark == opening) else "unjudged"
    marks = _SINGLE_QUOTES if mark in _SINGLE_QUOTES else _DOUBLE_QUOTES
    return "hit" if _quote_count(ref[i], marks) % 2 == 0 else "unjudged"


def _case_votes(word: str, lines: list[str]) -> collections.Counter:
    """How the lines write ``word`` (case-insensitively found), away from a sentence's or a quotation's
    opening; a capitalised form in a line without final punctuation (a headline) is not counted."""
    votes: collections.Counter = collections.Counter()
    pattern = _whole(word, re.I)
    for line in lines:
        headline = not _FINAL.search(line)
        for m in pattern.finditer(line):
            if recall.OPENING.search(line, 0, m.start()) or (headline and not m.group().islower()):
                continue
            votes[m.group()] += 1
    return votes


def _case(flag, i, src, mt, ref, docs) -> str:
    flagged, wanted = flag[3], flag[4]
    if not wanted or flagged == wanted:
        return "unjudged"
    others = [ref[k] for k in range(len(ref)) if docs is not None and docs[k] == docs[i] and k != i]
    for lines in ([ref[i]], others):
        votes = _case_votes(flagged, lines)
        if votes[wanted] != votes[flagged]:
            return "hit" if votes[wanted] > votes[flagged] else "false"
        if votes[wanted]:
            return "unjudged"
    return "unjudged"


def _repeated(flag, i, src, mt, ref, docs) -> str:
    words = recall.WORD.findall(flag[3])
    if not words:
        return "unjudged"
    doubled = r"(?<![^\W\d_])" + re.escape(words[0]) + r"\s+" + re.escape(words[0]) + r"(?![^\W\d_])"
    return "false" if re.search(doubled, ref[i], re.I) else "hit"


JUDGES: dict[str, Callable[..., str]] = {
    "F101": _glued,
    "F102": _doubled_space,
    "F103": _invisible,
    "F104": _spaced_hyphen,
    "F106": _mixed_script,
    "F105": _unbalanced,
    "F301": _case,
    "F401": _repeated,
}
"""The reference's question per code: ``judge(flag, line, src, mt, ref, docs)`` -> hit, false or unjudged."""


def verdict(flag, i: int, src: list[str], mt: list[str], ref: list[str], docs) -> Verdict:
    """The reference's verdict on ``flag`` (code, start, end, text, suggestion, message) of line ``i``, or None
    when the code is no fluency code of this judge (the bench's usual verdict applies)."""
    judge = JUDGES.get(flag[0])
    return judge(flag, i, src, mt, ref, docs) if judge else None


def handcheck_precision() -> dict[str, tuple[int, int]]:
    """Per family: verdicts the hand-check agrees with, and verdicts read."""
    good, total = collections.Counter(), collections.Counter()
    if HANDCHECK.is_file():
        with open(HANDCHECK, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                total[row["code"][:2]] += 1
                good[row["code"][:2]] += row["agree"] == "yes"
    return {fam: (good[fam], total[fam]) for fam in total}
