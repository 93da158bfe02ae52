"""« devoir » of a plan, read as grammar: the owner of ``plan_modal`` (a source language's profile,
``mtqa/data/langs/fr.toml``) and ``plan_modal_rendering`` (a target language's, ``en.toml``).

French writes a schedule or a forecast with « devoir » + infinitive: « le chantier doit créer 3 000 emplois »
(is expected to create), « les sirènes doivent être testées samedi » (are due to be tested). The same verb is
also the obligation (« les entreprises doivent déclarer leurs comptes »: must), and English keeps the two apart:
"must" read on a plan turns a forecast into a duty. Nothing in the verb tells them apart; its frame does. A plan
points at a time still to come (« samedi », « d'ici 2030 », « l'an prochain ») or sets a figure to reach
(« créer 3 000 emplois »); a rule has no date, and a sentence that explains a constraint (« car », « puisque »),
insists (« absolument », « impérativement ») or addresses everyone (« chaque », « quiconque ») is a duty. The
profile lists those words, so another source language is data only.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import DataError, alternation, built_from, data_path

_WORD = r"[^\W\d_]+"
_EDGE_BEFORE = r"(?<![\w'’-])"
_EDGE_AFTER = r"(?![\w'’-])"


class PlanFrame(NamedTuple):
    """One « devoir » of a plan in a source sentence."""

    start: int
    end: int
    """The span of the modal and its infinitive (« doivent être », « doit créer »)."""
    plural: bool
    evidence: str
    """What makes it a plan: the time phrase or the figure (quoted in the message)."""


class SourceReading(NamedTuple):
    modal: re.Pattern
    """a modal form, an optional negation before it, up to ``reach`` words, and an infinitive (group ``verb``)"""
    plural: frozenset
    time: re.Pattern
    """a time still to come, read in the modal's own clause after it"""
    figure: re.Pattern
    """a figure right after the infinitive (« créer 3 000 emplois », « produire plus de 2 millions »)"""
    duty: re.Pattern
    """a word anywhere in the sentence that makes « devoir » a duty or a constraint"""
    obligations: re.Pattern
    """every form of the language's verbs of obligation: a sentence with one outside the frames is left alone"""
    clause_end: re.Pattern


class TargetReading(NamedTuple):
    obligation: re.Pattern
    """the target's modal of obligation ("must"), not followed by a word that makes it another sense"""
    singular: str
    plural: str


def _words(table: dict, key: str, lang: str, name: str) -> list:
    """``table[key]``: a list of one or more non-empty strings, else a DataError naming the file."""
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: {name}.{key} is missing or not a list of words "
                        f"(one or more)")
    return value


def _phrases(items: list) -> str:
    """Phrases as an alternation, a space matching any run of white space and both apostrophes alike."""
    return alternation(items, lambda p: re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]"))


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def source_reading(lang: str) -> Optional[SourceReading]:
    """The reading of ``lang``'s ``plan_modal`` (None: the language has none)."""
    table = language(lang).extra.get("plan_modal")
    if not table:
        return None
    name = "plan_modal"
    forms = _words(table, "forms", lang, name)
    reach = table.get("reach")
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: {name}.reach should be a whole number of words "
                        f"(0 or more), not {reach!r}")
    endings = alternation(_words(table, "infinitive_endings", lang, name))
    negations = _phrases(_words(table, "negations", lang, name))
    modal = re.compile(
        rf"(?i){_EDGE_BEFORE}(?P<neg>(?:{negations})\s*(?:{_WORD}['’]?\s*)?)?(?P<modal>{_phrases(forms)})\s+"
        rf"(?:{_WORD}\s+){{0,{reach}}}?(?P<verb>{_WORD}(?:{endings})){_EDGE_AFTER}")
    years = _phrases(_words(table, "year_leads", lang, name))
    # the year first: « d'ici à 2030 » is quoted whole, not as « d'ici »
    time = re.compile(rf"(?i){_EDGE_BEFORE}(?:(?:{years})\s*(?:[^\W\d_]+\s+)?(?:19|20)\d\d|"
                      rf"{_phrases(_words(table, 'time_words', lang, name))}){_EDGE_AFTER}")
    figure = re.compile(rf"(?i)\s+(?:(?:{_phrases(_words(table, 'figure_leads', lang, name))})\s+)?\d")
    duty = re.compile(rf"(?i){_EDGE_BEFORE}(?:{_phrases(_words(table, 'duty_words', lang, name))}){_EDGE_AFTER}")
    obligations = re.compile(
        rf"(?i){_EDGE_BEFORE}(?:{_phrases(_words(table, 'obligation_forms', lang, name))}){_EDGE_AFTER}")
    clause_end = re.compile(f"[{re.escape(''.join(_words(table, 'clause_marks', lang, name)))}]")
    return SourceReading(modal, frozenset(w.lower() for w in _words(table, "plural_forms", lang, name)), time,
                         figure, duty, obligations, clause_end)


@memoize(TABLES)
@built_from(lambda lang: ("langs", f"{lang}.toml"))
def target_reading(lang: str) -> Optional[TargetReading]:
    """The reading of ``lang``'s ``plan_modal_rendering`` (None: the language has none)."""
    table = language(lang).extra.get("plan_modal_rendering")
    if not table:
        return None
    name = "plan_modal_rendering"
    modal = _phrases(_words(table, "obligation", lang, name))
    other = _phrases(_words(table, "other_senses", lang, name))
    suggestions = {}
    for key in ("singular", "plural"):
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise DataError(f"{data_path('langs', f'{lang}.toml')}: {name}.{key} should be the words of a plan, "
                            f"not {value!r}")
        suggestions[key] = value
    return TargetReading(re.compile(rf"(?i){_EDGE_BEFORE}(?:{modal}){_EDGE_AFTER}(?!\s+(?:{other}){_EDGE_AFTER})"),
                         suggestions["singular"], suggestions["plural"])


def plan_frames(reading: SourceReading, text: str) -> Optional[list[PlanFrame]]:
    """The « devoir » of a plan in ``text``; None when the sentence holds an obligation that is no plan (a duty
    word, a negated modal, a form of obligation outside the frames), so that a "must" of the target may render
    it; [] when it holds neither."""
    if reading.duty.search(text):
        return None  # « car l'Italie doit placer », « chaque candidat doit »: a constraint or a rule
    frames, covered = [], []
    for m in reading.modal.finditer(text):
        if m.group("neg"):
            return None  # « ne doit pas »: a prohibition, which "must not" renders
        rest = text[m.end():]
        clause = reading.clause_end.split(rest, 1)[0]
        evidence = reading.time.search(clause)
        if evidence is None:
            evidence = reading.figure.match(rest)
            if evidence is not None:
                evidence = re.match(r"\s*(\S+(?:\s+\S+){0,2})", rest)
        if evidence is None:
            continue
        frames.append(PlanFrame(m.start("modal"), m.end(), m.group("modal").lower() in reading.plural,
                                evidence.group().strip() if evidence.re is reading.time else evidence.group(1)))
        covered.append((m.start("modal"), m.end("modal")))
    if not frames:
        return []
    for o in reading.obligations.finditer(text):
        if not any(s <= o.start() < e for s, e in covered):
            return None  # another « devoir » or « falloir » of the sentence may be the target's "must"
    return frames


def obligations(reading: TargetReading, text: str) -> list[re.Match]:
    """The target's modals of obligation ("must"), not those of another sense ("must have": a deduction)."""
    return list(reading.obligation.finditer(text))
