"""« devoir » of a plan, read as grammar: the owner of ``plan_modal`` (a source language's profile,
``mtqa/data/langs/fr.toml``) and ``plan_modal_rendering`` (a target language's, ``en.toml``).

French writes a schedule or a forecast with « devoir » + infinitive: « le chantier doit créer 3 000 emplois »
(is expected to create), « les sirènes doivent être testées samedi » (are due to be tested). The same verb is
also the obligation (« les entreprises doivent déclarer leurs comptes »: must), and English keeps the two apart:
"must" read on a plan turns a forecast into a duty. Nothing in the verb tells them apart; its frame does. A plan
points at a time still to come (« samedi », « en mars », « le 12 juin », « l'an prochain ») or sets a figure to
reach (« créer 3 000 emplois »); a deadline (« d'ici 2030 », « avant le 12 juin ») is what a duty sets, not a
schedule, and is no evidence. A rule has no date, and a sentence that explains a constraint (« car », « puisque »),
insists (« absolument », « impérativement »), addresses everyone (« chaque », « quiconque ») or gives the purpose
the act is needed for (« doit gagner samedi pour se qualifier », « afin de boucler son budget ») is a duty. The
profile lists those words, so another source language is data only.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import DataError, alternation, built_from, data_path, profile_word_list

_WORD = r"[^\W\d_]+"
_EDGE_BEFORE = r"(?<![\w'’-])"
_EDGE_AFTER = r"(?![\w'’-])"


class PlanFrame(NamedTuple):
    """One « devoir » of a plan in a source sentence."""

    start: int
    end: int
    """The span of the modal and its infinitive (« doivent être », « doit créer »)."""
    evidence: str
    """What makes it a plan: the time phrase or the figure (quoted in the message)."""


class SourceReading(NamedTuple):
    modal: re.Pattern
    """a modal form, an optional negation before it, up to ``reach`` words, and an infinitive (group ``verb``)"""
    time: re.Pattern
    """a time still to come, read in the modal's own clause after it"""
    figure: re.Pattern
    """a figure right after the infinitive (« créer 3 000 emplois », « produire plus de 2 millions »)"""
    duty: re.Pattern
    """a word anywhere in the sentence that makes « devoir » a duty or a constraint"""
    purpose: re.Pattern
    """a purpose clause (« pour » / « afin de » + infinitive): what the act is needed for, so an obligation"""
    deadline: re.Pattern
    """a deadline's lead ending the text before a time (« d'ici », « avant le »): the time is then no plan's"""
    figure_phrase: re.Pattern
    """the whole figure quoted as evidence (« plus de 10 000 emplois »): its lead, every group of digits, a word"""
    money: re.Pattern
    """a figure that is a sum of money (« 20 000 euros », « 500 millions d'euros », « 3 000 € »)"""
    paying: frozenset
    """the verbs of paying (« verser », « rembourser »): their figure is a sum owed"""
    obligations: re.Pattern
    """every form of the language's verbs of obligation: a sentence with one outside the frames is left alone"""
    clause_end: re.Pattern
    lemma: str
    """the modal verb as a dictionary names it (« devoir »), for the message"""


class TargetReading(NamedTuple):
    obligation: re.Pattern
    """the target's modal of obligation ("must"), not followed by a word that makes it another sense"""
    singular: str
    plural: str
    bare: str
    """the plan's words without the form of "be", for a subject whose number is not read"""
    singular_pronouns: frozenset
    plural_pronouns: frozenset
    adverbs: re.Pattern
    """an adverb between the subject and the modal, read off the end of the text before it"""
    subject_starts: frozenset
    head_ends: frozenset
    lang: str
    deadline: Optional[re.Pattern] = None
    """a deadline the translation sets in the modal's clause ("by June 2010", "before 1 March"): the translator read
    « devoir » as an obligation with a date the law or a rule sets, which the source frame cannot refute"""
    clause_end: Optional[re.Pattern] = None
    """the end of the modal's clause, where a deadline stops being the modal's: a mark, a comma, or a word that
    starts another clause (``subject_starts`` but the deadline's leads: "must open in March, and the tunnel will be
    finished by 2012", "... according to the mayor, who will stand before June 2012" set no date on "must")"""


def _words(table: dict, key: str, lang: str, name: str) -> list:
    """``table[key]``: a list of one or more words, none blank, else a DataError naming the file
    (:func:`~mtqa.langs.data.profile_word_list`)."""
    return profile_word_list(table.get(key), lang, f"{name}.{key}")


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
        rf"(?:{_WORD}\s+){{0,{reach}}}?(?P<verb>(?:[^\W\d_]{{1,2}}['’])?{_WORD}(?:{endings})){_EDGE_AFTER}")
    years = _phrases(_words(table, "year_leads", lang, name))
    months = _phrases(_words(table, "months", lang, name))
    # the year first: « à partir de 2030 » is quoted whole, not as « à partir »; a month after a lead (« en mars »,
    # « fin juin ») or a day (« le 12 juin », « 1er juillet »), with its year if it has one
    day_articles = _phrases(_words(table, "day_articles", lang, name))
    first_days = _phrases(_words(table, "first_days", lang, name))
    time = re.compile(rf"(?i){_EDGE_BEFORE}(?:(?:{years})\s*(?:[^\W\d_]+\s+)?(?:19|20)\d\d|"
                      rf"(?:(?:{years})\s*|(?:(?:{day_articles})\s*)?(?:[1-9]|[12]\d|3[01]|{first_days})\s+)"
                      rf"(?:{months})(?:\s+(?:19|20)\d\d)?|"
                      rf"{_phrases(_words(table, 'time_words', lang, name))}){_EDGE_AFTER}")
    leads = _phrases(_words(table, "figure_leads", lang, name))
    figure = re.compile(rf"(?i)\s+(?:(?:{leads})\s+)?\d")
    # the figure's noun may take one complement (« millions d'unités »), not a deadline's lead that begins like the
    # complement word (« d'ici »)
    link_words = _words(table, "figure_links", lang, name)
    deadline_leads = _words(table, "deadline_leads", lang, name)
    not_leads = sorted({lead[len(link):].strip() for link in link_words for lead in deadline_leads
                        if lead.lower().startswith(link.lower()) and lead[len(link):].strip()})
    not_lead = rf"(?!(?:{_phrases(not_leads)}){_EDGE_AFTER})" if not_leads else ""
    figure_phrase = re.compile(
        rf"(?i)\s*((?:(?:{leads})\s+)?\d+(?:[\s\u00a0\u202f]\d{{3}}(?!\d))*(?:[.,]\d+)?"
        rf"(?:\s*%|\s+{_WORD}(?:\s+(?:{_phrases(link_words)}){not_lead}{_WORD})?)?)")
    # a sum of money: the figure, a scale word and its link (« millions de », « milliards d' ») if any, then a
    # currency; any other word between them makes the currency word something else (« 25 000 emplois francs »)
    money = re.compile(
        rf"(?i)\s*(?:(?:{leads})\s+)?\d[\d\s\u00a0\u202f.,]*"
        rf"(?:(?:{_phrases(_words(table, 'money_scales', lang, name))})\s*)*"
        rf"(?:{_phrases(_words(table, 'money_words', lang, name))})(?![\w'’-])")
    purpose = re.compile(
        rf"(?i){_EDGE_BEFORE}(?:{_phrases(_words(table, 'purpose_leads', lang, name))})\s*"
        rf"(?:(?:{_phrases(_words(table, 'purpose_clitics', lang, name))})\s*)*{_WORD}(?:{endings}){_EDGE_AFTER}")
    deadline = re.compile(
        rf"(?i){_EDGE_BEFORE}(?:{_phrases(deadline_leads)})\s*"
        rf"(?:(?:{_phrases(_words(table, 'deadline_articles', lang, name))})\s*)?$")
    duty = re.compile(rf"(?i){_EDGE_BEFORE}(?:{_phrases(_words(table, 'duty_words', lang, name))}){_EDGE_AFTER}")
    obligations = re.compile(
        rf"(?i){_EDGE_BEFORE}(?:{_phrases(_words(table, 'obligation_forms', lang, name))}){_EDGE_AFTER}")
    clause_end = re.compile(f"[{re.escape(''.join(_words(table, 'clause_marks', lang, name)))}]")
    return SourceReading(modal, time,
                         figure, duty, purpose, deadline, figure_phrase,
                         money, frozenset(w.lower() for w in _words(table, "paying_verbs", lang, name)),
                         obligations, clause_end, str(table.get("lemma") or forms[0]))


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
    for key in ("singular", "plural", "bare"):
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise DataError(f"{data_path('langs', f'{lang}.toml')}: {name}.{key} should be the words of a plan, "
                            f"not {value!r}")
        suggestions[key] = value
    low = lambda key: frozenset(w.lower() for w in _words(table, key, lang, name))  # noqa: E731
    adverbs = re.compile(rf"(?i)(?:\s+(?:{_phrases(_words(table, 'adverbs', lang, name))}|{_WORD}ly))+\s*$")
    return TargetReading(re.compile(rf"(?i){_EDGE_BEFORE}(?:{modal}){_EDGE_AFTER}(?!\s+(?:{other}){_EDGE_AFTER})"),
                         suggestions["singular"], suggestions["plural"], suggestions["bare"],
                         low("singular_pronouns"), low("plural_pronouns"), adverbs, low("subject_starts"),
                         low("head_ends"), lang, _deadline(table, lang, name),
                         _clause_end(low("subject_starts"), table, lang, name))


def _clause_end(starts: frozenset, table: dict, lang: str, name: str) -> Optional[re.Pattern]:
    """Where the modal's clause ends for its deadline (:attr:`TargetReading.clause_end`): a mark or a comma, a
    dash between spaces, or a word of ``starts`` that is no deadline lead ("before" leads "before June 2012" and
    also starts a clause: it is kept as the lead it is in a deadline)."""
    if "deadline_leads" not in table:
        return None
    leads = {w.lower() for w in _words(table, "deadline_leads", lang, name)}
    words = sorted(starts - leads)
    between = rf"|(?i:{_EDGE_BEFORE}(?:{_phrases(words)}){_EDGE_AFTER})" if words else ""
    return re.compile(rf"[,.;:!?()\[\]\"“”«»]|\s[-–—]\s{between}")


def _deadline(table: dict, lang: str, name: str) -> Optional[re.Pattern]:
    """``deadline_leads`` (optional) before a point of the calendar, with up to ``deadline_reach`` of
    ``deadline_fillers`` or a day's number between: a month, a weekday (the language's calendar,
    ``numbers/<lang>.toml``) or a year ("by June 2010", "before 1 March", "no later than the end of 2012"), read in
    the modal's clause after it. The lead alone is no deadline: "by" also brings a passive's agent ("must be approved
    by parliament in March": no filler, so no deadline)."""
    if "deadline_leads" not in table:
        return None
    from mtqa.numbers import conventions

    cal = conventions(lang)
    points = alternation([*cal.month_names.values(), *cal.weekday_names.values()])
    reach = table.get("deadline_reach", 3)
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: {name}.deadline_reach should be a number of words, "
                        f"not {reach!r}")
    leads = _phrases(_words(table, "deadline_leads", lang, name))
    fillers = profile_word_list(table.get("deadline_fillers"), lang, f"{name}.deadline_fillers", empty=True)
    filler = f"{_phrases(fillers)}|" if fillers else ""  # none: only a day's number between the lead and the point
    return re.compile(rf"(?i){_EDGE_BEFORE}(?:{leads})\s+(?:(?:{filler}\d{{1,2}}(?:{_WORD})?)\s+){{0,{reach}}}"
                      rf"(?:(?-i:{points})|(?P<year>\d{{4}})){_EDGE_AFTER}")


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
        if reading.purpose.search(rest):
            return None  # « doit gagner samedi pour se qualifier »: what the act is needed for, a duty
        clause = reading.clause_end.split(rest, 1)[0]
        evidence = _point_in_time(reading, clause)
        if evidence is None and reading.figure.match(rest) and not _owed(reading, m.group("verb"), rest):
            evidence = reading.figure_phrase.match(rest).group(1)
        if evidence is None:
            continue
        frames.append(PlanFrame(m.start("modal"), m.end(), evidence))
        covered.append((m.start("modal"), m.end("modal")))
    if not frames:
        return []
    for o in reading.obligations.finditer(text):
        if not any(s <= o.start() < e for s, e in covered):
            return None  # another « devoir » or « falloir » of the sentence may be the target's "must"
    return frames


def _owed(reading: SourceReading, verb: str, rest: str) -> bool:
    """Whether the figure after the infinitive is a sum owed, which an obligation sets as often as a plan
    (« le condamné doit verser 20 000 euros à la victime »: must pay): a verb of paying, or a currency after the
    figure."""
    return re.split(r"['’]", verb.lower())[-1] in reading.paying or reading.money.match(rest) is not None


def _point_in_time(reading: SourceReading, clause: str) -> Optional[str]:
    """The first time of ``clause`` still to come that no deadline leads: « d'ici lundi prochain » is one deadline
    (its « prochain » too, the time words that follow it with only a space between), « en mars » a point."""
    deadline_end = None
    for t in reading.time.finditer(clause):
        before = clause[:t.start()]
        if reading.deadline.search(before) or (deadline_end is not None and not before[deadline_end:].strip()):
            deadline_end = t.end()
            continue
        return t.group().strip()
    return None


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|^[\"“«‘'(]\s*|[.!?]\s*[\"”»’']\s+)$")


def plan_wording(reading: TargetReading, text: str, match: re.Match) -> str:
    """The plan's words to put for ``match`` (a "must" of ``text``): "is" or "are expected to" by the number of
    the English subject before it, the bare "expected to" when the subject is not read; capitalised at the start of
    a sentence. Why the English subject, not the French verb: the suggestion replaces an English verb, which
    agrees with its own subject (« la police doit » -> "the police are", « les travaux doivent » -> "the work
    is")."""
    before = text[:match.start()]
    number = _subject_number(reading, before)
    words = reading.bare if number is None else reading.plural if number else reading.singular
    if _SENTENCE_START.search(before):
        words = words[:1].upper() + words[1:]
    return words


def _subject_number(reading: TargetReading, before: str) -> Optional[bool]:
    """True for a plural subject ending ``before``, False for a singular one, None when it cannot be read."""
    adverbs = reading.adverbs.search(before)
    if adverbs:
        before = before[:adverbs.start()]
    clause = re.split(r"[,;:.!?()\"“”«»]", before)[-1]
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*", clause)
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in reading.subject_starts:
            words = words[i + 1:]
            break
    if not words:
        return None
    for i, w in enumerate(words):
        if i and w.lower() in reading.head_ends:
            words = words[:i]
            break
    head = words[-1]
    low = head.lower()
    if low in reading.singular_pronouns:
        return False
    if low in reading.plural_pronouns:
        return True
    if head[:1].isupper() and len(words) > 1 or head.isupper():
        return None if low.endswith("s") else False  # a name: "France" is singular, "the Netherlands" either
    return language(reading.lang).is_plural_noun(low)


def obligations(reading: TargetReading, text: str) -> list[re.Match]:
    """The target's modals of obligation ("must"), not those of another sense ("must have": a deduction), nor one
    whose clause (to :attr:`TargetReading.clause_end`) sets a deadline (:attr:`TargetReading.deadline`: "must be
    held by June 2010")."""
    found = []
    for m in reading.obligation.finditer(text):
        if reading.deadline is not None:
            clause = reading.clause_end.split(text[m.end():], maxsplit=1)[0]
            if any(_is_deadline(reading, clause, d) for d in reading.deadline.finditer(clause)):
                continue
        found.append(m)
    return found


def _is_deadline(reading: TargetReading, clause: str, match: re.Match) -> bool:
    """Whether a deadline ``match`` of ``clause`` is one: four digits that count the word after them are no year
    ("must be opened in March by 2000 guests": a passive's agent), read by the one number reader
    (:func:`mtqa.numbers.counts_next`: a plural noun, not "by 2012 at the latest")."""
    if match.group("year") is None:
        return True
    from mtqa.numbers import counts_next

    return not counts_next(clause, match.start("year"), match.end("year"), reading.lang)
