"""French acronyms left in the English text (T202) and acronyms whose letters stay French after their name is
put into English (T203).

English has its own acronyms for international bodies (NATO, UN, IMF); the French forms (OTAN, Onu) are opaque
to English readers. The table is ``acronyms.<pair>.tsv`` in ``mtqa/data/names/``, read by
:mod:`mtqa.names.exonym_forms`; it leaves out acronyms English keeps (SNCF, CGT).
"""
from __future__ import annotations

import re
from typing import Callable, Iterator, Optional

from mtqa.checks.base import DocumentCheck, SegmentCheck
from mtqa.checks.registry import register
from mtqa.langs.cache import SOURCES, WORDS, memoize
from mtqa.langs.text import fold
from mtqa.model import Issue, Segment, Severity
from mtqa.names.exonym_forms import acronym_runs, acronym_table, may_match, standalone_in
from mtqa.records import record
from mtqa.regexcache import transient


@register
@record
class FrenchAcronym(SegmentCheck):
    """An organisation or term keeps its French acronym (OTAN, ONU, FMI, PIB).

    Why it matters: English readers know NATO, the UN, the IMF and GDP; the
    French letters mean nothing to them or something else. The capitalised
    French press forms (Otan, Onu) are caught too. Acronyms whose letters
    mean something else in English (BCE, Before Common Era) are flagged only
    when the aligned source has them; letters another body spells too (AMA:
    the antidoping agency and the American Medical Association) only when the
    aligned source names the body as well. Acronyms English keeps (SNCF, CGT)
    are not in the table. Rows learned from human translations of French news
    (``acronyms_learned``: VIH -> HIV) are flagged only where the aligned
    source has them.

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
        forms, pattern = acronym_table(ctx.pair)
        if pattern is None or not may_match(segment.text, acronym_runs(ctx.pair), ctx):
            return
        for m in pattern.finditer(segment.text):
            row = forms[m.group(0)]
            if row["source"] in ("yes", "named") and not any(standalone_in(row["french"]).search(s.text)
                                                             for s in sources):
                continue
            if row["source"] == "named" and not any(_names(row["meaning"], s.text) for s in sources):
                continue
            yield self.issue(
                segment, m.start(), m.end(),
                f"“{m.group(0)}” is the {ctx.source.name} acronym ({row['meaning']}); "
                f"{ctx.target.name} writes “{row['english']}”.",
                row["english"], confidence=0.9,
            )


@register
@record
class FrenchAcronymLetters(DocumentCheck):
    """An acronym whose letters are the French name's initials, kept after the name is put into English.

    Why it matters: an acronym spells its name's initials in its own language's word order. French
    defines « le Conseil de coopération du Golfe (CCG) »; a translation that writes "the Gulf
    Cooperation Council (CCG)" gives English readers letters that match neither the name beside them
    nor the acronym they know (GCC). No list can hold every body the news names, so the check reads the
    document: the source defines the acronym after a name whose initials spell it (French letters,
    not a foreign acronym French copies: « l'Union chrétienne-démocrate (CDU) »), and the translation
    renders that name word for word as an English name whose capitals spell something else, as many
    letters (the suggestion: those initials), and copies the French acronym after it or writes that
    English acronym there and copies the French one elsewhere. Then every copy of the French acronym
    in the translation where the aligned source has it too is reported, the headline's included.

    English keeps the letters of most bodies' own acronyms, so the evidence must say English has its
    own: the French name is a body above the nations (international, mondial, a continent or a region
    of several nations: Golfe, Afrique, africaine; ``acronym_scope`` table and the demonyms table's
    regions), or of a nation whose names French renders with letters of its own (« Armée syrienne
    libre », ASL: English's FSA; « Association du football de la République tchèque », AFRT: FACR), or
    names a place inside a name otherwise in lower case (« Organisation de coopération de Shanghai »);
    not one nation's (national, or a nationality whose institutions are named in French or another
    Romance language: the Fédération sénégalaise de football keeps FSF, the Spanish PSOE its letters),
    nor a body whose name says neither (« Ligue des droits de l'homme », LDH); English text writes the
    English initials, and more often than the French letters (a Mozambican party keeps MDM, and the
    Paris-based OIE its letters, as FIFA does). Left
    alone too: acronyms the parallel news shows human translators keeping (``acronyms_kept``, built by
    ``bench/acronym_pairs.py``: UMP, CGT, FIFA), an English name that spells the same letters, a name
    the translation copies in French, and the acronyms T202's table names.

    The table of known bodies (``acronym_bodies``) is asked first: where the translation writes the body's
    English name, whose initials are the table's English acronym ("the Royal Canadian Mounted Police (GRC)",
    "the Economic Community of West African States (CEDEAO)"), the French letters are flagged with that
    acronym whatever the lengths of the two and without the scope and frequency gates (the table is that
    evidence); a body English calls by its French letters (CAF, AES) is left alone. Otherwise the French name's
    words must be rendered one by one (as many initials as letters) and pass the gates above, and the
    English name's initials are the suggestion only with evidence that they are the body's acronym: the
    table's row for the body (« Gendarmerie royale du Canada (GRC) » rendered "the royal Police Force of the
    Canada": RCMP), or the translation writing those initials itself. Their frequency in English text is no such evidence: it is also a
    word's (ASS for the Alliance of Sahel States) or another body's (AFC, the Asian confederation, for the African
    one), and a word-for-word rendering spells letters of no body (PFC, "Police Force of the Canada"). Without it
    the flag is minor and suggests nothing: the letters are still French, but English may keep them.

    Example:
        source: Sommet\\n\\nLes dirigeants du Conseil de coopération du Golfe (CCG) se sont réunis à Doha.\\n\\nLe CCG veut une trêve.
        bad: Summit\\n\\nThe leaders of the Gulf Cooperation Council (CCG) met in Doha.\\n\\nThe CCG wants a truce.
        good: Summit\\n\\nThe leaders of the Gulf Cooperation Council (GCC) met in Doha.\\n\\nThe GCC wants a truce.
    """

    code = "T203"
    name = "french-acronym-letters"
    category = "terminology"
    subcategory = "wrong-term"
    severity = Severity.MAJOR
    requires_source = True

    def check(self, pair, ctx) -> Iterator[Issue]:
        from mtqa.names.acronym_letters import (NAME_CHARS, copied_name, definitions, kept_acronyms, known_body, scope,
                                                target_name)

        if pair.source is None or pair.source_title_only:
            return
        if not any("(" in s.text for s in pair.source.segments):
            return
        defined = definitions((s.text for s in pair.source.segments), ctx.source.function_words, ctx.pair)
        if not defined:
            return
        skip = kept_acronyms(ctx.pair) | acronym_table(ctx.pair)[0].keys()
        english: dict[str, tuple[str, str, Optional[str]]] = {}
        for seg in pair.target.segments:
            for m in _DEFINED_IN_TARGET.finditer(seg.text):
                acronym = m.group(1)
                d = defined.get(acronym)
                if d is None:
                    # the translation's own acronym where the aligned source defines a French one ("the Gulf
                    # Cooperation Council (GCC)" for « (CCG) »): a copy of the French letters elsewhere is French
                    acronym = _rendered_acronym(acronym, seg, pair, defined, english,
                                                lambda a: known_body(ctx.pair, a, defined[a].name))
                    d = defined.get(acronym)
                if d is None or acronym in skip or acronym in english:
                    continue
                named = target_name(seg.text[max(0, m.start() - NAME_CHARS):m.start()], ctx.target.function_words)
                if named is None:
                    continue
                name, capitals = named
                known = known_body(ctx.pair, acronym, d.name)
                if capitals == acronym or known == acronym:
                    skip = skip | {acronym}  # the English name spells the same letters: English's acronym
                elif known is not None and known in (capitals, _every_initial(name)):
                    # the table asked first: the translation writes the body's English name (the Royal Canadian
                    # Mounted Police, RCMP) and keeps its French letters (GRC), whatever their lengths
                    english[acronym] = (name, capitals, known)
                elif len(capitals) != len(acronym):
                    continue  # not the French name's words rendered one by one: a longer name around it
                    # (the Crimes Group of Operating Central Office) or the body's own English name (the
                    # World Organisation for Animal Health, OIE), whose letters English may keep
                elif copied_name(name, d.name) or scope(d.name, ctx.pair) not in ("beyond", "proper"):
                    skip = skip | {acronym}
                elif _english_letters(capitals, acronym, ctx):
                    # the reading's gates decide the flag, the table only its suggestion: a human translation
                    # that writes "Royal Gendarmerie of Canada (GRC)" spells initials English does not write
                    english[acronym] = (name, capitals, known)
        english = {a: v for a, v in english.items() if a not in skip}
        if not english:
            return
        written = _written_acronyms(pair.target.segments, {capitals for _, capitals, _ in english.values()})
        for seg in pair.target.segments:
            found = [(m, english[m.group(0)]) for m in _UPPER_WORD.finditer(seg.text) if m.group(0) in english]
            if not found:
                continue
            sources = pair.sources_of(seg.index)
            for m, (name, capitals, known) in found:
                acronym = m.group(0)
                if not any(_in_source_exactly(acronym).search(s.text) for s in sources):
                    continue
                message = (f"“{acronym}” spells the {ctx.source.name} name « {defined[acronym].name} »; the "
                           f"translation calls it “{name}”, whose initials are “{capitals}”")
                if known:
                    said = "" if known == capitals else f"; English calls the body “{known}”"
                    yield self.issue(seg, m.start(), m.end(), message + said + ".", known, confidence=0.8)
                elif capitals in written:
                    yield self.issue(seg, m.start(), m.end(), message + ", the acronym it writes elsewhere.",
                                     capitals, confidence=0.8)
                else:
                    yield self.issue(
                        seg, m.start(), m.end(),
                        message + ", letters neither the translation nor mtqa's table of bodies gives as its acronym (an "
                        "English name's initials may be a word or another body's): use the body's English acronym, "
                        "or spell out its name.",
                        severity=Severity.MINOR, confidence=0.6,
                    )


def _every_initial(name: str) -> str:
    """The initials of every word of ``name``, function words included (the Economic Community of West African
    States: ECOWAS, where the capitals spell ECWAS): some bodies' English acronyms take a preposition's letter."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", name)).upper()


def _written_acronyms(segments, candidates: set[str]) -> frozenset[str]:
    """The English initials among ``candidates`` that the translation writes as a word of its own somewhere ("the
    African Union (AU)", "the AU"). Why: the initials of a word-for-word English name are an acronym only when the
    body has one by those letters; their frequency in English text is also an ordinary word's (ASS for the Alliance
    of Sahel States, which English calls AES) or another body's (AFC, the Asian confederation, for the African CAF;
    PFC for a "Police Force of the Canada", the RCMP), so a suggestion of them would put wrong letters in. Written
    by the translation itself, they are the letters its writer knows the body by."""
    found = set()
    for seg in segments:
        found.update(m.group(0) for m in _UPPER_WORD.finditer(seg.text) if m.group(0) in candidates)
    return frozenset(found)


def _rendered_acronym(written: str, seg: Segment, pair, defined: dict, english: dict,
                      known: Callable[[str], Optional[str]]) -> Optional[str]:
    """The French acronym the source aligned to ``seg`` defines, one of as many letters or one whose English
    acronym is ``written`` by the table of known bodies (``known``: CEDEAO for ECOWAS), that ``seg`` renders by
    the bracketed acronym ``written`` and does not copy; None when there is none or more than one."""
    sources = pair.sources_of(seg.index)
    found = [a for a in defined if a not in english and (len(a) == len(written) or known(a) == written)
             and a != written
             and any(f"({a})" in s.text for s in sources) and not _in_source_exactly(a).search(seg.text)]
    return found[0] if len(found) == 1 else None


MIN_ENGLISH_ACRONYM_ZIPF = 1.0
"""The English initials must be written in English text at least this often (wordfreq Zipf): an acronym
English uses (GCC 3.0, ICTY 2.1), not letters no English text writes (NSMC for Spain's CNMV, which
English keeps)."""


def _english_letters(capitals: str, acronym: str, ctx) -> bool:
    """English text writes the English name's initials, and more often than the French letters (GCC 3.0 against
    CCG 2.6; not IOE 2.0 against OIE 2.1: the Paris-based body English calls the OIE, as it calls FIFA by French
    letters). A French acronym that is an English word (CAN) counts as unwritten: its frequency is the word's."""
    english = ctx.target.zipf(capitals.lower())
    if english < MIN_ENGLISH_ACRONYM_ZIPF:
        return False
    french = 0.0 if ctx.target.in_dictionary(acronym.lower()) else ctx.target.zipf(acronym.lower())
    return english > french


_DEFINED_IN_TARGET = re.compile(r"\(\s*([A-Z]{2,7})\s*\)")


_UPPER_WORD = re.compile(r"(?<![\w&.-])[A-Z]{2,7}(?![\w&-])")


@memoize(SOURCES)
def _names(meaning: str, text: str) -> bool:
    """Whether ``text`` writes the body ``meaning`` names (« Agence mondiale antidopage »), accents, case, spaces
    and apostrophes aside. Why: for letters another body spells too (« l'Association médicale américaine (AMA) »),
    the acronym in the source says nothing of which body it is; its name does."""
    def flat(t: str) -> str:
        return " ".join(re.sub(r"[\W_]+", " ", fold(t)).split())

    return f" {flat(meaning)} " in f" {flat(text)} "


@memoize(WORDS)
def _in_source_exactly(acronym: str) -> re.Pattern:
    return transient(rf"(?<!\w){re.escape(acronym)}(?!\w)")
