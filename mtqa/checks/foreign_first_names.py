"""First names of foreign people left in the source language's form.

French writes many foreign people's first names the French way (Alexandre
Soljenitsyne, Georges Bush, André Sakharov); English news gives the same
people their own first name (Alexander Solzhenitsyn, George Bush, Andrei
Sakharov). A French person keeps a French first name (T104 guards that), so
the evidence is the surname next to it: a Slavic surname, or one that the
target language writes more often than the source language (a name of the
target language's world). The surname spelling itself is T102's.
"""
from __future__ import annotations

import difflib
import re
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.wording import quoted
from mtqa.checks.registry import register
from mtqa.langs import fold
from mtqa.langs.text import word_before, word_pair_spans, word_starts
from mtqa.langs.cache import TABLES, memoize
from mtqa.model import Issue, Segment, Severity
from mtqa.names.foreign_forms import foreign_forms, foreign_surname
from mtqa.names.mentions import text_words
from mtqa.records import record
from mtqa.words import UPPER

_PAIR = re.compile(rf"(?<![\w'’-])([{UPPER}][^\W\d_]+)(?=[ \u00a0]+([{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?))")
"""A capitalised word and the capitalised word after it (a lookahead: "President Georges Bush" has two pairs)."""
SAME_SURNAME = 0.6
"""Folded similarity from which the target surname renders the source one (Loukachenko, Lukashenko)."""


# _could_pair: a first word of _PAIR starts with a capital at a run of letters that no letter, digit,
# apostrophe or hyphen precedes, and runs to that run's end: it is one of the text's capitalised runs
# (TextWords.capital_runs: every run with a letter str.isupper() accepts, as every letter of UPPER is).


class _SourceSurnames:
    """The surnames the sources write after one first name, read once per segment, and the one a target
    surname renders: the same folded spelling, else the first (in source order) with a difflib ratio of
    the folded spellings of at least ``SAME_SURNAME``.

    Why: a segment naming many people with one first name ("Pierre Zaaa, Pierre Zaab, ...") compared each
    of its surnames with every surname of the source, each by difflib, in time growing with the square of
    its length. Each folded spelling is now kept once (its first spelling, the one a search in source order
    meets first), the search stops at the first alike, and difflib's two cheap upper bounds of the ratio
    (lengths, then letter counts) skip the pairs that cannot reach ``SAME_SURNAME`` before the full ratio."""

    def __init__(self, surnames: list[str]):
        self._written: dict[str, str] = {}
        for s in surnames:
            self._written.setdefault(fold(s), s)
        self._matchers: dict[str, difflib.SequenceMatcher] = {}

    def alike(self, surname: str) -> Optional[str]:
        """The source surname ``surname`` renders: its own spelling where the source writes it, else the
        first similar one, or None. The source's own spelling comes first: a similar surname earlier in
        the source (Hernandes, a Belgian, before Hernández) is another person's."""
        key = fold(surname)
        exact = self._written.get(key)
        if exact is not None:
            return exact
        for folded, spelling in self._written.items():
            matcher = self._matchers.get(folded)
            if matcher is None:  # the source side is difflib's indexed one
                matcher = self._matchers[folded] = difflib.SequenceMatcher(None, "", folded)
            matcher.set_seq1(key)
            if matcher.real_quick_ratio() >= SAME_SURNAME and matcher.quick_ratio() >= SAME_SURNAME \
                    and matcher.ratio() >= SAME_SURNAME:
                return spelling
        return None


_WORDS = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[.!?;:«»\"“”()]")


@memoize(TABLES)
def _home_nationalities(pair) -> frozenset[str]:
    """Lower-case forms (every gender, singular and the source language's regular plural) of the demonym
    table's nationalities and regions where the source language is spoken (``home``: français, belge,
    québécoise, sénégalais)."""
    out = set()
    for r in pair.table("demonyms"):
        if r.get("home") == "yes" and r["kind"] != "group":
            for base in (r["masculine"], r["feminine"]):
                if base:
                    out.update({base.lower(), pair.source.plural(base.lower())})
    return frozenset(out)


def _said_home(first: str, surname: str, sources: list[Segment], ctx) -> bool:
    """The source describes the person by a nationality where the source language is spoken, in
    apposition to the name: right before it (``le chef français Laurent Muñoz``, ``le Belge Luc
    Ibáñez``) or heading an aside set off after it by a comma or bracket, alone or after one of the
    source language's ``apposition_articles`` (``Luc Hernández, Belge de 30 ans``, ``Luc Hernández, un
    Belge``). A French first name is then the person's own, whatever the surname's letters say (a
    Spanish or Hungarian surname does not make a Lyon chef Spanish). A nationality that qualifies another word (``le gouvernement français invite X``, ``X, ami du
    prince belge``), names a language (``X parle français``, ``X, qui parle français``) or another person
    (``X, vainqueur du Français Y``, ``X, le Français Y``) says nothing of X."""
    home = _home_nationalities(ctx.pair)
    if not home:
        return False
    articles = ctx.source.word_set("apposition_articles")
    for s in sources:
        for start, end in word_pair_spans(s.text, first, surname):
            before = word_before(s.text, start, 80)
            if before and before in home:
                return True
            aside = _APPOSITION.match(s.text, end)
            if aside is None:
                continue
            after = _CLAUSE_END.split(s.text[aside.end():aside.end() + 80])[0]
            words = [w.group() for w in _WORDS.finditer(after)]  # whole: the word after the head counts too
            n = 1 if words and words[0].lower() in articles else 0  # the aside's head: un Belge, l'Ivoirien
            named = n + 1 < len(words) and words[n + 1][0].isupper()  # le Français Yves Dupont: another person
            if n < len(words) and words[n].lower() in home and not named:
                return True
    return False


_CAPITAL_AFTER = re.compile(rf"[ \u00a0]+([{UPPER}][^\W\d_]+)")
"""The capitalised word after a first name: its surname."""
_APPOSITION = re.compile(r"[ \u00a0]*[,(]")
"""An apposition opens after a name with a comma or a bracket (``Luc Ibáñez, un Belge``)."""


@register
@record
class SourceFormForeignFirstName(SegmentCheck):
    """A foreign person's first name is left in the source language's form (``Georges Bush``).

    Why it matters: the reader meets a person English news never names
    that way (Alexandre Lukashenko, Georges Bush) and cannot search for
    them. Reported when a first name of ``foreign_first_names.<pair>.tsv``
    stands in the target before a surname, the aligned source writes the
    same first name before the same surname (or its source-language
    spelling), and the surname is foreign: Slavic by its ending for the
    Slavic rows, written more often in the target language than in the
    source language for the ``any`` rows, or spelt with letters of another
    language's orthography that the source language does not use for the
    rows of that language (``spanish``: Hernández, Bayón; the suggestion is
    the person's own first name, Leonardo). French people keep their first
    names (Georges Pompidou, Alexandre Dumas: French surnames), and so does
    a person the source describes by a nationality where the source
    language is spoken, in apposition to the name (le chef français
    Laurent Muñoz, Luc Ibáñez, un Belge), not by one of another word
    (le jury français a primé Luc Ibáñez).

    Example:
        source: Titre\\n\\nLe président Georges Bush a parlé mardi. Le torero Léonard Hernández a annulé la corrida. Le chef belge Luc Ibáñez a ouvert.
        bad: Title\\n\\nPresident Georges Bush spoke on Tuesday. The bullfighter Leonardo Hernández cancelled the bullfight. The Belgian chef Luc Ibáñez opened.
        bad: Title\\n\\nPresident George Bush spoke on Tuesday. The bullfighter Léonard Hernández cancelled the bullfight. The Belgian chef Luc Ibáñez opened.
        good: Title\\n\\nPresident George Bush spoke on Tuesday. The bullfighter Leonardo Hernández cancelled the bullfight. The Belgian chef Luc Ibáñez opened.
        good: Title\\n\\nPresident Georges Pompidou spoke on Tuesday. The bullfighter Leonardo Hernández cancelled the bullfight. The Belgian chef Luc Ibáñez opened.
    """

    code = "T108"
    name = "source-form-foreign-first-name"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MINOR
    requires_source = True

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        forms = foreign_forms(ctx.config.pair)
        if not forms:
            return
        if forms.keys().isdisjoint(
                map(fold, text_words(segment.text, ctx).capital_runs)):
            return  # no capitalised run of letters is a first name of the table (see _could_pair)
        # one answer per name: the source is read for each name, so a segment naming one person at every
        # word ("Pierre Pierre Pierre ...") read it once a mention, in time growing with the square of its length
        answers: dict[tuple[str, str], Optional[str]] = {}
        written: dict[str, _SourceSurnames] = {}  # first name -> the source's surnames after it
        for m in _PAIR.finditer(segment.text):
            first, surname = m.group(1), m.group(2)
            if (first, surname) not in answers:
                answers[first, surname] = self._english(first, surname, forms, sources, ctx, written)
            english = answers[first, surname]
            if english is None:
                continue
            yield self.issue(
                segment, m.start(1), m.end(1),
                f"{quoted(first)} is the {ctx.source.name} form of the first name of {first} {surname}; "
                f"{ctx.target.name} writes {quoted(english + ' ' + surname)}.",
                english, confidence=0.8,
            )

    def _english(self, first: str, surname: str, forms: dict, sources: list[Segment], ctx,
                 written: dict[str, _SourceSurnames]) -> Optional[str]:
        """The English form of ``first`` to suggest for this person, or None when there is none to suggest.
        ``written`` keeps the segment's source surnames per first name, read on first need."""
        rows = forms.get(fold(first))
        if rows is None:
            return None
        if first not in written:
            written[first] = _SourceSurnames(self._source_surnames(first, sources))
        source_surname = written[first].alike(surname)
        if source_surname is None:
            return None  # the source does not write this person so: no evidence of a copied French form
        if _said_home(first, source_surname, sources, ctx):
            return None  # "le chef français Laurent Muñoz": the person's own first name is the source form
        # a surname's own letters (Hernández) say more than its frequency: those rows are tried first
        lettered = ctx.pair.surname_letters
        return next((e for e, partner in sorted(rows, key=lambda r: r[1] not in lettered)
                     if fold(e) != fold(first) and foreign_surname(surname, source_surname, partner, ctx)), None)

    @staticmethod
    def _source_surnames(first: str, sources: list[Segment]) -> list[str]:
        return [m.group(1) for s in sources for i in word_starts(s.text, first)
                if (m := _CAPITAL_AFTER.match(s.text, i + len(first)))]
