"""French names of places, institutions and acronyms left in the English text.

English has its own names for many places (London, Beijing, Brussels) and
its own acronyms for international bodies (NATO, UN, IMF); the French forms
(Londres, Pékin, OTAN, Onu) are opaque to English readers. The tables are
``exonyms.<pair>.tsv`` and ``acronyms.<pair>.tsv`` in ``mtqa/data/names/``;
they leave out names English shares with French (Nice, Tours, Orange) and
forms that are also English words or names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from mtqa.limits import LOOKBACK
from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.model import Issue, Segment, Severity
from mtqa.langs import fold
from mtqa.names.mentions import segment_mentions, text_words
from mtqa.langs.cache import TABLES, WORDS, memoize
from mtqa.words import LETTERS_RE


UNACCENTED_MARGIN = 1.5
"""An unaccented spelling is matched only if English uses it this much (Zipf) less than the English name."""
SHARED_MARGIN = 0.3
"""A one-word French form English uses at least half as often (Zipf 0.3) as the English name is shared, not flagged
(Louvain beside Leuven): English writers use it too, so keeping it is no error."""


def _shared(pair, row: dict) -> bool:
    """English uses the one-word French form about as often as its English name (Louvain, Leuven).

    Forms with a space or hyphen are not judged: wordfreq splits them into words and the frequency of
    ``Le Cap`` is that of ``le`` and ``cap``, not of the name."""
    french = row["french"]
    if not french.isalpha():
        return False
    used = pair.target.zipf(french)
    return used > 0 and used >= pair.target.zipf(row["english"]) - SHARED_MARGIN


@memoize(TABLES)
def _exonyms(pair) -> tuple[dict[str, dict], Optional[re.Pattern]]:
    def build() -> dict[str, dict]:
        forms: dict[str, dict] = {}
        for row in pair.table("exonyms"):
            if _shared(pair, row):
                continue
            forms.setdefault(row["french"], row)
            bare = fold(row["french"], keep_case=True)  # Pékin -> Pekin: MT output and capitals often drop accents
            if bare != row["french"] and fold(bare) != fold(row["english"]) \
                    and pair.target.zipf(bare) < pair.target.zipf(row["english"]) - UNACCENTED_MARGIN:
                forms.setdefault(bare, row)  # Pekin, but not Genes (Gênes) or Teheran, which English writes
        return forms

    # kept compiled (mtqa.compiled): the multi-word English names go through wordfreq's tokenizer,
    # which would import wordfreq and build its table on every start
    from mtqa.compiled import cached
    from mtqa.langs.data import data_path
    from mtqa.langs.frequency import wordfreq_files

    source = data_path("names", f"exonyms.{pair.code}.tsv")
    forms = cached(f"exonyms-{pair.code}", [source, *wordfreq_files(pair.target.code)], build) \
        if source.is_file() else build()
    if not forms:
        return forms, None
    # a hyphenated name matches with its hyphen spaced too (tokenised MT: Mecklembourg - Poméranie)
    alts = "|".join(re.escape(f).replace(r"\-", _ANY_HYPHEN) for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(rf"(?<![\w-])(?:{alts})(?![\w]|-\w)")


_ANY_HYPHEN = r"[ \u00a0]*-[ \u00a0]*"
_SPACED_HYPHEN = re.compile(_ANY_HYPHEN)


@memoize(TABLES)
def _acronyms(pair) -> tuple[dict[str, dict], Optional[re.Pattern]]:
    forms: dict[str, dict] = {}
    for row in pair.table("acronyms"):
        forms[row["french"]] = row
        if row["titlecase"] == "yes":
            forms[row["french"].capitalize()] = row
    if not forms:
        return forms, None
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(rf"(?<![\w/@.-])(?:{alts})(?![\w/@]|-[a-z])")


_LETTER_RUN = LETTERS_RE


def first_runs(forms) -> Optional[frozenset[str]]:
    """The leading run of letters of every form (``Nouvelle`` of ``Nouvelle-Zélande``), or None if a
    form starts with something else."""
    runs = set()
    for form in forms:
        m = _LETTER_RUN.match(form)
        if m is None:
            return None
        runs.add(m.group(0))
    return frozenset(runs)


@memoize(TABLES)
def _exonym_runs(pair) -> Optional[frozenset[str]]:
    return first_runs(_exonyms(pair)[0])


@memoize(TABLES)
def _acronym_runs(pair) -> Optional[frozenset[str]]:
    return first_runs(_acronyms(pair)[0])


def may_match(text: str, runs: Optional[frozenset[str]], ctx) -> bool:
    """False when no form whose first runs of letters are ``runs`` can match in ``text`` (a screen
    before the big alternation).

    Both patterns put a form after a non-word character and end its first run
    of letters where the form's does, so that run is a whole run of letters of
    the text: a set lookup instead of trying every form at every position. When
    every one of ``runs`` has a capital letter, only the text's runs with one
    can be equal to it: those of the words the names' split found capitalised
    (:attr:`~mtqa.names.mentions.TextWords.capital_runs`), shared by T201 and T202;
    otherwise all its runs (:meth:`~mtqa.words.TextWords.runs`), from the same split.
    """
    if runs is None:
        return True
    split = text_words(text, ctx)
    return not runs.isdisjoint(split.capital_runs if _all_capitalised(runs) else split.runs())


@memoize(TABLES)
def _all_capitalised(runs: frozenset[str]) -> bool:
    return all(any(c.isupper() for c in run) for run in runs)


@register
@dataclass
class FrenchExonym(SegmentCheck):
    """A place or institution keeps its French name (Londres, Pékin, Moscou).

    Why it matters: English readers know London, Beijing and Moscow; the
    French exonym looks like a different place or an untranslated word. A
    form inside a longer name is left alone (the reporter Albert Londres,
    the bank Credit Suisse) unless it follows ``de`` (Anne d'Autriche is
    Anne of Austria), and names English shares with French (Nice,
    Tours, Orange, Paris) are not in the table. A form hyphenated to another
    word as the aligned source writes them is part of a French region's or
    department's name (Rhône-Alpes, Loire-Atlantique), which English keeps,
    also when tokenised MT spaces the hyphen.

    Example:
        source: Pêche\\n\\nLes ministres se sont vus à Londres, loin de la Loire-Atlantique.
        bad: Fishing\\n\\nThe ministers met in Londres, far from Loire-Atlantique.
        good: Fishing\\n\\nThe ministers met in London, far from Loire-Atlantique.
        good: Reporters\\n\\nHe worked like the great pre-war reporters, such as Albert Londres.
    """

    code = "T201"
    name = "french-exonym"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR

    @staticmethod
    def _after_name_word(text: str, start: int, ctx) -> bool:
        """A capitalised word other than a function word right before: a longer name (Credit Suisse),
        even at the start of a sentence where the mention finder cannot tell."""
        prev = _PREV_WORD.search(text[max(0, start - LOOKBACK):start])
        return bool(prev) and prev.group(1)[:1].isupper() and prev.group(1).lower() not in ctx.target.function_words

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        forms, pattern = _exonyms(ctx.pair)
        if pattern is None or not may_match(segment.text, _exonym_runs(ctx.pair), ctx):
            return
        text = segment.text
        found = None
        for m in pattern.finditer(text):
            if found is None:
                found = segment_mentions(text, ctx.target, ctx)
            if (_inside_longer_name(m.start(), m.end(), found) and not _of_place(text, m.start(), ctx)) \
                    or self._after_name_word(text, m.start(), ctx):
                continue
            start, row = _compound(text, m.start(), _SPACED_HYPHEN.sub("-", m.group(0)), forms)
            if start == m.start() and _hyphen_joined(text, m.start(), m.end(), sources, forms):
                continue
            yield self.issue(
                segment, start, m.end(),
                f"“{m.group(0)}” is the {ctx.source.name} name; {ctx.target.name} writes “{row['english']}”.",
                row["english"], confidence=0.9,
            )


_PREV_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]$")
_PREV_PART = re.compile(r"([^\W\d_]+)(?:[ \u00a0]*-[ \u00a0]*|[ \u00a0]+)$")


def _compound(text: str, start: int, form: str, forms: dict) -> tuple[int, dict]:
    """The longer table name a match ends, split by spaces or half translated (``Grande - Bretagne``,
    ``Great Bretagne`` are Great Britain, not Brittany): its start and row, else the match's own."""
    prev = _PREV_PART.search(text[:start])
    if prev:
        head = prev.group(1).lower()
        for key, row in forms.items():
            first, sep, last = key.rpartition("-") if "-" in key else key.rpartition(" ")
            if sep and last == form and head in (first.lower(), row["english"].split()[0].lower()):
                return prev.start(), row
    return start, forms[form]


_WORD_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+)[ \u00a0]*-[ \u00a0]*$")
_HYPHEN_BEFORE_WORD = re.compile(r"[ \u00a0]*-[ \u00a0]*([^\W\d_]+)")


def _hyphen_joined(text: str, start: int, end: int, sources, forms) -> bool:
    """The form is one part of a hyphenated name whose whole is not in the table and that the aligned
    source writes as one word: a French region or department (``Rhône-Alpes``, ``Loire-Atlantique``),
    which keeps its French name in English, even when tokenised MT spaces the hyphen
    (``Loire - Atlantique``). A dash between a name and the next clause is not in the source so, and
    two places of the table joined (``l'axe Moscou-Pékin``) are each still flagged."""
    form = text[start:end]
    joined = []
    before = _WORD_BEFORE_HYPHEN.search(text[max(0, start - LOOKBACK):start])
    if before and before.group(1) not in forms:
        joined.append(f"{before.group(1)}-{form}")
    after = _HYPHEN_BEFORE_WORD.match(text, end)
    if after and after.group(1) not in forms:
        joined.append(f"{form}-{after.group(1)}")
    return any(_in_source(j).search(s.text) for j in joined for s in sources)


_OF = re.compile(r"([^\W\d_]+)[ \u00a0]+(?:de[ \u00a0]+|d['’])$", re.IGNORECASE)


def _of_place(text: str, start: int, ctx) -> bool:
    """The place follows the particle ``de`` after a person's name: a place of origin or realm, which
    English translates with "of" (Rosario de Bulgarie -> Rosario of Bulgaria, Anne d'Autriche -> Anne of
    Austria); not a name that merely contains the word (Albert Londres), nor a title or institution whose
    word before ``de`` is a common word of the source language (Le Chemin de Damas, Banque de France)."""
    m = _OF.search(text, max(0, start - LOOKBACK), start)
    return bool(m) and m.group(1)[:1].isupper() and not ctx.source.is_common_word(m.group(1).lower())


def _inside_longer_name(start: int, end: int, found) -> bool:
    for mention in found:
        if mention.start < end and start < mention.end:
            return any(t.end <= start or t.start >= end for t in mention.tokens if len(t.text) > 1)
    return False


@memoize(WORDS)
def _in_source(acronym: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(acronym)}(?!\w)", re.IGNORECASE)


@register
@dataclass
class FrenchAcronym(SegmentCheck):
    """An organisation or term keeps its French acronym (OTAN, ONU, FMI, PIB).

    Why it matters: English readers know NATO, the UN, the IMF and GDP; the
    French letters mean nothing to them or something else. The capitalised
    French press forms (Otan, Onu) are caught too. Acronyms whose letters
    mean something else in English (BCE, Before Common Era) are flagged only
    when the aligned source has them; acronyms English keeps (SNCF, CGT) are
    not in the table.

    Example:
        bad: Alliance summit\\n\\nThe OTAN summit opens in Brussels on Thursday.
        bad: Alliance summit\\n\\nThe Otan summit opens in Brussels on Thursday.
        good: Alliance summit\\n\\nThe NATO summit opens in Brussels on Thursday.
        good: Rail strike\\n\\nThe SNCF cancelled half of its trains.
    """

    code = "T202"
    name = "french-acronym"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        forms, pattern = _acronyms(ctx.pair)
        if pattern is None or not may_match(segment.text, _acronym_runs(ctx.pair), ctx):
            return
        for m in pattern.finditer(segment.text):
            row = forms[m.group(0)]
            if row["source"] == "yes" and not any(_in_source(row["french"]).search(s.text) for s in sources):
                continue
            yield self.issue(
                segment, m.start(), m.end(),
                f"“{m.group(0)}” is the {ctx.source.name} acronym ({row['meaning']}); "
                f"{ctx.target.name} writes “{row['english']}”.",
                row["english"], confidence=0.9,
            )
