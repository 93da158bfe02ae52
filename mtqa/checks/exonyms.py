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


@memoize(TABLES)
def _exonyms(pair) -> tuple[dict[str, dict], Optional[re.Pattern]]:
    def build() -> dict[str, dict]:
        forms: dict[str, dict] = {}
        for row in pair.table("exonyms"):
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
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(rf"(?<![\w-])(?:{alts})(?![\w]|-\w)")


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


def _first_runs(forms) -> Optional[frozenset[str]]:
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
    return _first_runs(_exonyms(pair)[0])


@memoize(TABLES)
def _acronym_runs(pair) -> Optional[frozenset[str]]:
    return _first_runs(_acronyms(pair)[0])


def _may_match(text: str, runs: Optional[frozenset[str]], ctx) -> bool:
    """False when no form whose first runs of letters are ``runs`` can match in ``text`` (a screen
    before the big alternation).

    Both patterns put a form after a non-word character and end its first run
    of letters where the form's does, so that run is a whole run of letters of
    the text: a set lookup instead of trying every form at every position. When
    every one of ``runs`` has a capital letter, only the text's runs with one
    can be equal to it: those of the words the names' split found capitalised
    (:attr:`~mtqa.names.mentions.TextWords.capital_runs`), shared by T201 and T202.
    """
    if runs is None:
        return True
    if _all_capitalised(runs):
        return not runs.isdisjoint(text_words(text, ctx).capital_runs)
    return not runs.isdisjoint(_LETTER_RUN.findall(text))


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
    the bank Credit Suisse), and names English shares with French (Nice,
    Tours, Orange, Paris) are not in the table.

    Example:
        bad: Talks in London\\n\\nThe ministers met in Londres on Monday.
        good: Talks in London\\n\\nThe ministers met in London on Monday.
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
        if pattern is None or not _may_match(segment.text, _exonym_runs(ctx.pair), ctx):
            return
        text = segment.text
        found = None
        for m in pattern.finditer(text):
            if found is None:
                found = segment_mentions(text, ctx.target, ctx)
            if _inside_longer_name(m.start(), m.end(), found) or self._after_name_word(text, m.start(), ctx):
                continue
            start, row = _compound(text, m.start(), m.group(0), forms)
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
        if pattern is None or not _may_match(segment.text, _acronym_runs(ctx.pair), ctx):
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
