"""Figure words (A614): a number, fraction or month the source says in words that the translation lost.

The figure words of each language are ``mtqa/data/lexmodel/figure_words.toml``'s; a figure counts as rendered
when the target has it as a figure, in words, as an equal measure (a half as 50 per cent) or as a date.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, Optional

from mtqa.checks.registry import register
from mtqa.records import record
from mtqa.checks.wording import quoted
from mtqa.langs.lexmodel import figure_words
from mtqa.meaning.align import WordAlignment, target_anchor
from mtqa.model import DocumentPair, Issue, Segment, Severity, joined_sources
from mtqa.langs.cache import SOURCES, memoize
from mtqa.langs.data import alternation
from mtqa.numbers import conventions, full_name, quantities_of
from mtqa.checks.meaning.shared import MeaningCheck


def _leading(value: float, whole: bool = True) -> set:
    """A value and what is left of it when its thousands, millions... are said apart, as whole numbers: 3e9 is also
    3,000 and 3 ("three thousand million", "3 billion"); 2.5 is also 2 ("two and a half" read in two). With
    ``whole`` false a part keeps its fraction: the source's 2.5e6 (« deux millions et demi ») is 2,500 and 2.5
    million, never the 2 of "two million", which is the very loss of the half."""
    out = set()
    while value >= 1:
        out.add(float(int(value)) if whole else float(value))
        if value < 1000:
            break
        value /= 1000
    return out


def _held_fraction(table: dict, q) -> bool:
    """Whether the number words of ``q`` hold a fraction said after their unit (« deux ans et demi », « une heure
    et demie »: the number reader joins the half to its figure across the unit, so that the value is the sum and
    the text runs to the half). Such a figure is a measure by construction, never an article nor a bare count,
    and its whole part alone ("two years") is what a translation that lost the half says."""
    return (q.value >= 1 and not float(q.value).is_integer() and bool(q.measure)
            and not table["cardinal"].fullmatch(q.text))


def _scaled_fraction(table: dict, q, src_lang: str) -> bool:
    """Whether ``q`` is a cardinal whose last word is a fraction of its scale after a connector (« deux millions et
    demi », « trois mille et demi »: the number reader reads 2,500,000 and 3,500): a figure like the cardinal it
    extends, whose whole part alone ("two million") is the loss of the half (:func:`_leading` keeps the 2.5 of 2.5
    million). A cardinal that only goes on past its scale (« deux millions trois cent mille ») holds no fraction
    word: "about 2 million" rounds it, and nothing says a half was dropped, so it is no such figure."""
    words = q.text.lower().split()
    if len(words) < 3 or q.value < 1000:
        return False
    conv = conventions(src_lang)
    return (words[-1] in conv.lower_fractions and words[-2] in conv.lower_words.get("connectors", ())
            and bool(table["cardinal"].fullmatch(" ".join(q.text.split()[:-2]))))


def _scale_whole_rendered(table: dict, target_text: str, q, tgt_lang: str, src_lang: str) -> Optional[tuple]:
    """(start, end, suggestion) of the target's figure that says ``q`` (« deux millions et demi », 2,500,000)
    without the fraction of its scale ("two million", "2 million"), the suggestion saying it ("two and a half
    million", "2.5 million"); None when no target figure is that whole."""
    for t in quantities_of(target_text, tgt_lang, src_lang):
        if not isinstance(t.value, float) or not 0 < t.value < q.value:
            continue
        scale = next((s for s in (1e3, 1e6, 1e9, 1e12) if t.value >= s and (t.value / s).is_integer()
                      and int(q.value / s) == t.value / s and not (q.value / s).is_integer()), None)
        if scale is None:
            continue
        figure, _, rest = t.text.partition(" ")
        said = table["fractions"].get(q.value / scale - int(q.value / scale))
        if scale == 1e3:
            fix = _figure(q.value)  # "three and a half thousand" is no English way to write 3,500
        elif t.exact:
            fix = f"{_figure(q.value / scale)} {rest}" if rest else None
        else:
            fix = f"{figure} {said} {rest}" if said and rest else None
        return t.start, t.end, fix
    return None


@functools.lru_cache(maxsize=8)
def _fraction_tokens(words: frozenset) -> re.Pattern:
    """The words of a text and the fraction signs ``fraction_words`` lists ("½"): a sign added to the data is
    read without a list of signs here."""
    signs = sorted((w for w in words if not re.fullmatch(r"[^\W\d_]+", w)), key=len, reverse=True)
    return re.compile(r"[^\W\d_]+" + "".join(f"|{re.escape(w)}" for w in signs))


def _fraction_near(table: dict, target_text: str, start: int, end: int) -> bool:
    """Whether a fraction word ("half", "½": the target language's ``fraction_words``) stands within
    ``fraction_reach`` words of ``start``-``end`` ("two years and a half", "half of two years"): the held half may be
    said there, so the whole figure is not certainly alone."""
    reach = table["fraction_reach"]
    tokens = _fraction_tokens(table["fraction_words"])
    before = tokens.findall(target_text[:start].lower())[-reach:]
    after = tokens.findall(target_text[end:].lower())[:reach + 1]
    return bool(table["fraction_words"] & {*before, *after})


def _half_said(table: dict, target_text: str, found: list, q) -> bool:
    """Whether the target says the fraction ``q`` holds in a way its reader does not sum into one figure: "a
    kilometre and a half" (a fraction word, read alone; anywhere when no whole figure of the dimension is read,
    else near one), "two years and six months" (neighbouring amounts of one dimension adding up to the measure
    exactly), "seven thirty" for a time of day (the hour, then its minutes in words)."""
    dims = {dim for dim, _ in q.measure or ()}
    wholes = [t for t in found if t.value == float(int(q.value)) and
              any(dim in dims for dim, _ in t.measure or ())]
    if table["fraction_words"]:
        if not wholes and table["fraction_words"] & set(_fraction_tokens(table["fraction_words"]).findall(
                target_text.lower())):
            return True
        if any(_fraction_near(table, target_text, t.start, t.end) for t in wholes):
            return True
    for a, b in zip(found, found[1:]):
        between = target_text[a.end:b.start]
        if len(between.split()) <= 3 and not re.search(r"\d", between):
            if any(m[0] == n[0] == dim and _same_measure((dim, m[1] + n[1]), want, _ROUNDING)
                   for m in a.measure or () for n in b.measure or () for dim, _ in q.measure or ()
                   for want in q.measure or ()):
                return True  # "two years and six months"
            if re.fullmatch(r"[\s-]*", between) and any(
                    isinstance(t, tuple) and t[0] == "time" and t[2] == b.value and a.value in (t[1], t[1] % 12)
                    for t in q.alts):
                return True  # "seven thirty", "seven fifteen"
    return False


def _aligned(wa, q, others: list, candidates: list, reach: int = 3) -> list:
    """The one target figure among ``candidates`` that the word alignment gives ``q`` (a list of one, else empty).
    The lexicon links every « deux » to every "two", so the figure's own links cannot tell; its neighbours can:
    each candidate scores the content words within ``reach`` tokens of ``q`` whose renderings stand within
    ``reach`` tokens of it on the same side (« à Paris » after the figure → "in Paris" after it). The best candidate must be the only best, and no other
    source figure of the same whole value (``others``: « deux ans à Lyon ») may claim it as strongly, wherever
    the translation moved the phrases ("two years in Paris after two years in Lyon")."""
    if not wa.source or not wa.target:
        return []
    content = set(wa.source_content)

    def span(start: int, end: int, tokens) -> list:
        return [k for k, tok in enumerate(tokens) if start <= tok.start < end]

    def scores(x) -> list:
        own = span(x.start, x.end, wa.source)
        if not own:
            return [0] * len(candidates)
        near = [k for k in range(own[0] - reach, own[-1] + reach + 1)
                if 0 <= k < len(wa.source) and k not in own and k in content and not wa.source[k].is_number]
        out = []
        for t in candidates:
            mine = span(t.start, t.end + 1, wa.target) or [0]
            out.append(sum(1 for k in near if any(
                mine[0] - reach <= j < mine[0] if k < own[0] else mine[-1] < j <= mine[-1] + reach
                for j, _, _ in wa.links.get(k, ()))))
        return out

    score = scores(q)
    best = max(score, default=0)
    if best == 0 or score.count(best) > 1:
        return []
    k = score.index(best)
    if any(s[k] >= best for s in map(scores, others)):
        return []  # another source figure of that whole is as close to it: no telling whose it is
    return [candidates[k]]


_NEAR = 0.1
"""A measure said in other units is the same amount within a tenth of it (14 days for « quinze jours »)."""
_ROUNDING = 1e-3
"""A figure holding a fraction is only said by its whole measure, equal but for rounding (6 years is no 6.5, though
within a tenth of it)."""


def _same_measure(a: tuple, b: tuple, within: float = _NEAR) -> bool:
    """Two (dimension, value in the base unit) readings of one amount: the same dimension, and values apart by at
    most ``within`` of the larger (:data:`_NEAR`, or :data:`_ROUNDING` for a figure holding a fraction). Why one
    function: the two readings of "the same measure" differ only in how near is near enough."""
    return a[0] == b[0] and abs(a[1] - b[1]) <= within * max(abs(a[1]), abs(b[1]))


def _whole_rendered(table: dict, target_text: str, q, tgt_lang: str, src_lang: str, source_text: str,
                    wa) -> Optional[tuple]:
    """(start, end, suggestion) of the target's figure and unit that say the whole part of ``q`` alone ("two years"
    for « deux ans et demi »), the suggestion saying the fraction too ("two and a half years", "an hour and a half",
    "6.5 hours" after digits: the target language's ``fractions`` and ``fraction_after_unit``); None when no
    target figure of that value measures the same dimension; (None, None, None) when one does but the word
    alignment does not single out the one rendering ``q`` (« deux ans à Lyon et deux ans et demi à Paris »:
    Lyon's "two years" is no place for the half, and no suggestion is safe)."""
    fraction = float(q.value) - int(q.value)
    said = table["fractions"].get(fraction)
    dims = {dim for dim, _ in q.measure or ()}
    found = quantities_of(target_text, tgt_lang, src_lang)
    candidates = [t for t in found
                  if t.value == float(int(q.value)) and any(dim in dims for dim, _ in t.measure or ())]
    others = [o for o in quantities_of(source_text, src_lang, tgt_lang) if o.start != q.start and
              o.value == float(int(q.value)) and any(d in dims for d, _ in o.measure or ())]
    if len(candidates) > 1 or others:
        chosen = _aligned(wa, q, others, candidates)
        if candidates and not chosen:
            return None, None, None  # the whole is there, but whose it is cannot be told
        candidates = chosen
    if not candidates:
        return None
    t = candidates[0]
    figure, _, unit = t.text.partition(" ")
    end = t.end
    joined = False
    if not unit:
        after = re.match(r"[\s-]*([^\W\d_]+)", target_text[t.end:])
        if after is None:
            return None
        unit, end = after.group(1), t.end + after.end()
        joined = "-" in after.group(0)[:after.start(1)]
    added = any(o.start >= end and len(target_text[end:o.start].split()) <= 2 and
                any(dim in dims for dim, _ in o.measure or ()) for o in found)
    if added:
        fix = None  # "six years and five months": the fraction put back would add to the months, not replace them
    elif joined:
        fix = None  # "a two-year term": the figure and its unit are one adjective, which the fraction would break
    elif t.exact:
        fix = f"{_figure(q.value)} {unit}"
    elif said is None:
        fix = None
    elif figure.lower() in table["fraction_after_unit"]:
        fix = f"{figure} {unit} {said}"
    else:
        fix = f"{figure} {said} {unit}"
    return t.start, end, fix


def _overlapping(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    """The spans of every match of ``pattern``, overlapping ones included ("tous les deux ou trois ans" holds "tous
    les deux" and "deux ou trois")."""
    spans, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        spans.append(m.span())
        pos = m.start() + 1
    return spans


@record(frozen=True)
class _LostMonth:
    """A month of the source, with the words introducing it, that the target does not name."""

    start: int
    end: int
    text: str
    month: int
    """The month's number, or the day's (1 = Monday) when ``kind`` is "day"."""
    kind: str = "month"


_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
"""A date in figures ("20.12.2012"): it holds the month, whatever its order."""


@functools.lru_cache(maxsize=8)
def _month_reader(source: str, target: str, intro: Optional[re.Pattern]):
    """The source's month words as one pattern (a lookahead on their first letters keeps the search cheap), with
    each language's month -> number table (``numbers/*.toml`` [months]); None without an intro pattern."""
    if intro is None:
        return None
    src = dict(conventions(source).months)  # its own only, "sept." with its dot: "sept" alone is seven
    tgt = {k.rstrip("."): v for k, v in conventions(target, source).months.items()}
    firsts = "".join(sorted({w[0] for w in src}))
    pattern = re.compile(rf"(?i)\b(?=[{re.escape(firsts)}])(?:{alternation(src)})(?![^\W\d_])")
    return pattern, src, tgt


def _figure(value: float) -> str:
    """A value as an English-style figure: "30", "2,500,000", "2.5"."""
    return f"{int(value):,}" if value == int(value) else f"{value:,}"


@memoize(SOURCES)
def _figures_in_words(src_lang: str, tgt_lang: str, source_text: str) -> tuple:
    """:meth:`OmittedFigureWord.figures` of a source text, kept per text: every system's translation of one source
    asks again (on the 24k WMT14 pairs, 8 translations a source, this half was most of A614's CPU)."""
    table = figure_words(src_lang, tgt_lang)
    if table is None or not table["screen"].search(source_text):
        return ()  # no number word: most sentences
    return OmittedFigureWord.figures(table, source_text, src_lang, tgt_lang)


@memoize(SOURCES)
def _dated(src_lang: str, tgt_lang: str, source_text: str) -> tuple:
    """:meth:`OmittedFigureWord.dated` of a source text, kept per text like :func:`_figures_in_words`."""
    table = figure_words(src_lang, tgt_lang)
    return () if table is None else OmittedFigureWord.dated(table, source_text, src_lang, tgt_lang)


_SENTENCE_BREAK = re.compile(r"[.!?;:][\"»”’)]*\s+\S")
"""A sentence ending inside a text (a full stop, a question, a colon or semicolon before another word)."""


def _one_for_one(source_text: str, target_text: str, wa, lost: list, min_recall: float) -> bool:
    """A short pair plainly rendered one sentence for one: neither text holds a sentence break, and the source
    content words outside the lost figures' own words are rendered (their plain, unweighted mean link strength
    at least ``min_recall``; one such word at least). The gate this relaxes, ``wa.recall``, weighs each word by
    how much it tells (:func:`mtqa.meaning.align._estimate`); the alignment keeps no weights, so the few words of
    a short pair count alike here, against the same ``min_recall``. Why: A614's gate reads the sentence's recall, and a figure's words
    left out are unlinked words of it: in « Il a passé deux ans et demi en prison » -> "He spent 2 years in
    prison" the lost « demi » is half the content, and in a long figure in words (« quatre-vingt-dix-neuf
    kilomètres et demi » -> "99 kilometres") every number word the aligner links to no digit counts too. The
    rest of the sentence tells whether it was rewritten as a whole; only short sentences fall below the gate
    on their figure's words alone (the caller asks only for those, ``short_pair``), and a text of two sentences
    may be a split or a merge, not read here."""
    if _SENTENCE_BREAK.search(source_text.rstrip()) or _SENTENCE_BREAK.search(target_text.rstrip()):
        return False
    spans = [(q.start, q.end) for q in lost]
    rest = [wa.strength(i) for i in wa.source_content
            if not any(s <= wa.source[i].start < e for s, e in spans)]
    return bool(rest) and sum(rest) / len(rest) >= min_recall


@register
@record
class OmittedFigureWord(MeaningCheck):
    """A time, age, duration or amount the source writes in words, or a month, is missing from the translation.

    Why it matters: "depuis plus de trente ans" rendered "for years", "un adolescent de quinze ans" rendered
    "a teenager", "une aide de trois millions d'euros" rendered "aid": the sentence still reads well and has
    lost a fact. A402 compares figures written in digits; this reads the source's number words with the same
    number reader (so "trente ans" is matched by "thirty years", "30 years" and "three decades", "quinze ans" by
    "15-year-old") and reports one of at least ``min_value`` (data: ``lexmodel/figure_words.toml``) that no
    figure of the target sentence matches and no listed rendering of its value ("twice", "both", "dozen")
    accounts for, when the sentence is otherwise rendered (at least ``min_recall`` of the source content
    linked: a sentence rewritten as a whole is not read word by word; in a short sentence rendered one for one,
    at most ``short_pair`` content words, the lost figure's own words are left out of that share). A month introduced as a time phrase of
    its own ("depuis mars", "fin octobre", "au mois de mai") is read the same way: reported when the target
    names that month nowhere (its name or abbreviation from ``numbers/*.toml``, or a date in figures). Number words in fixed expressions
    ("tous les deux", "pour cent"), in names (capitalised inside the sentence) and bare counts with no unit
    or introducing word after or before them ("les six premiers": reworded too freely) are left alone. A lost figure is major; a lost "two" or "three" with
    no unit after it ("les trois hommes") is minor. A figure in words holding a fraction said after its unit
    (« deux ans et demi », « une heure et demie ») is its sum: "two years", "an hour" lost the half and are
    reported with it put back ("two and a half years", "an hour and a half"); "2.5 years", "30 months",
    "90 minutes", "two years and six months", a fraction word beside the whole ("a kilometre and a half") and,
    for a time of day, "half past ten" or "seven thirty" render it. Only the exact measure does (6 years is no
    6.5), and the whole is placed only on the target figure aligned to the source's. A half said after a scale
    is a half of the scale (« deux millions et demi » = 2,500,000): "two million" is reported with the half put
    back ("two and a half million"); "2.5 million" and "2,500,000" render it.

    Example:
        source: Le président, qui dirige le pays depuis plus de trente ans, a promis mardi de nouvelles élections.
        bad: The president, who has led the country for years, promised new elections on Tuesday.
        good: The president, who has led the country for more than thirty years, promised new elections on Tuesday.
    """

    code = "A614"
    name = "omitted-figure-word"
    category = "accuracy"
    subcategory = "omission"
    severity = Severity.MAJOR
    min_recall: float = 0.6
    minor_below: float = 4.0
    gap_reach: int = 6
    short_pair: int = 8
    """A source of at most this many content words, rendered one sentence for one, passes the recall gate on
    its words outside the lost figures (:func:`_one_for_one`): in a longer one the figure's words weigh too
    little to keep the sentence below the gate by themselves."""

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        table = figure_words(ctx.config.source_lang, ctx.config.target_lang)
        if table is None or pair.source is None:
            return
        src_lang, tgt_lang = ctx.config.source_lang, ctx.config.target_lang
        alignments = None
        for index, seg in enumerate(pair.target.segments):
            sources = pair.sources_of(index)
            if not sources:
                continue
            source_text = joined_sources(sources)
            lost = self.lost(table, source_text, seg.text, src_lang, tgt_lang)
            lost += self.lost_months(table, source_text, seg.text, src_lang, tgt_lang)
            if not lost:
                continue  # every figure rendered (nearly all): the word alignment is not needed
            if alignments is None:
                alignments = self.alignments(pair)
            wa = alignments.get(index)
            if wa is None or wa.adequacy is None:
                continue  # not aligned
            if wa.recall < self.min_recall and not (len(sources) == 1 and len(wa.source_content) <= self.short_pair
                                                    and _one_for_one(source_text, seg.text, wa, lost, self.min_recall)):
                continue  # rewritten as a whole: a number word there is no evidence of a cut
            for q in lost:
                yield self.report(ctx, table, seg, wa, source_text, q)

    def lost_months(self, table: dict, source_text: str, target_text: str, src_lang: str, tgt_lang: str) -> list:
        """The source's months introduced as a time phrase ("depuis mars", "fin octobre") and days after "depuis",
        "d'ici" ("depuis dimanche") whose month or day the target names nowhere (by its name or abbreviation; a
        month also in a date in figures)."""
        lost = []
        words = None
        for candidate, target_names in _dated(src_lang, tgt_lang, source_text):
            if words is None:
                words = {w.rstrip(".") for w in re.findall(r"[^\W\d_]+\.?", target_text.lower())}
            if any(target_names.get(w) == candidate.month for w in words) or \
                    (candidate.kind == "month" and _NUMERIC_DATE.search(target_text)):
                continue
            lost.append(candidate)
        return lost

    @staticmethod
    def dated(table: dict, source_text: str, src_lang: str, tgt_lang: str) -> tuple:
        """(month or day phrase, the target's names of months or days) of each month introduced as a time phrase
        and day after "depuis", "d'ici" in ``source_text``: the source's half of :meth:`lost_months`."""
        months = _month_reader(src_lang, tgt_lang, table["month_intro"])
        out = []
        for reader, intro_pattern, kind in ((months, table["month_intro"], "month"),
                                            (table["weekdays"], table["weekday_intro"], "day")):
            if reader is None or intro_pattern is None:
                continue
            pattern, source_names, target_names = reader
            for m in pattern.finditer(source_text):
                intro = intro_pattern.search(source_text[max(0, m.start() - 20):m.start()])
                if intro is None:
                    continue  # a month in a date ("le 3 mars": A402 reads its day), a name ("rue du 4-Septembre")
                number = source_names[m.group(0).lower()]
                start = m.start() - (min(20, m.start()) - intro.start())
                out.append((_LostMonth(start, m.end(), source_text[start:m.end()], number, kind), target_names))
        return tuple(out)

    def lost(self, table: dict, source_text: str, target_text: str, src_lang: str, tgt_lang: str) -> list:
        """The source's number-word figures that the target renders neither by a figure (the figure times a
        collective after it: "huit dizaines" is "eighty") nor by a listed word."""
        wanted = _figures_in_words(src_lang, tgt_lang, source_text)
        if not wanted:
            return []
        low = target_text.lower()
        words = set(re.findall(r"[^\W\d_]+", low)) | {w for w in ("%",) if w in low}
        number_words = conventions(tgt_lang, src_lang).words
        # each number word on its own, and each run of digits: the figure as nearly every translation writes it
        # ("three", "30"; also "three thousand million", which the reader takes for 1,003,000), known without
        # reading the target's quantities, which only the rest need (~0.3 s on the 24k pairs)
        plain_values = {float(number_words[w]) for w in words if w in number_words} | \
            {float(d) for d in re.findall(r"\d+", target_text)}
        found = None
        lost = []
        for q in wanted:
            held = _held_fraction(table, q)
            if held:
                figures = {float(q.value)}  # 2.5 only: a "two" alone is the very loss
            else:
                after = re.match(r"\s*([^\W\d_]+)", source_text[q.end:])
                factor = table["collectives"].get(after.group(1).lower(), 1.0) if after else 1.0
                # a half of the scale keeps its fraction (2.5 million, never the "two million" that lost it); any
                # other figure matches by its leading whole too ("2 million" rounds « deux millions trois cent mille »)
                whole = not _scaled_fraction(table, q, src_lang)
                figures = _leading(q.value, whole) | _leading(q.value * factor, whole)
            if figures & plain_values or table["renderings"].get(float(q.value), frozenset()) & words:
                continue
            if found is None:
                found = quantities_of(target_text, tgt_lang, src_lang)
                values = {v for t in found for a in (t.value, *t.alts) if isinstance(a, (int, float))
                          for v in _leading(a)} | {float(a) for t in found for a in (t.value, *t.alts)
                                                   if isinstance(a, (int, float))}
                times = {a for t in found for a in t.alts if isinstance(a, tuple) and a[0] == "time"}
                measures = [m for t in found for m in (t.measure or ())]
            if figures & values:
                continue  # the figure, however written ("3,000,000", "2.5 million" for "deux millions et demi")
            if held and any(isinstance(a, tuple) and a in times for a in q.alts):
                continue  # « dix heures et demie » as a time of day: "half past ten", "10:30"
            if held and (any(_same_measure(m, n, _ROUNDING) for m in q.measure for n in measures) or
                         _half_said(table, target_text, found, q)):
                continue  # "30 months", "a kilometre and a half", "two years and six months", "seven thirty"
            if not held and q.measure and any(_same_measure(m, n) for m in q.measure for n in measures):
                continue  # the same amount in another unit ("two weeks" for "quinze jours", "half a year")
            lost.append(q)
        return lost

    @staticmethod
    def figures(table: dict, source_text: str, src_lang: str, tgt_lang: str) -> tuple:
        """The source's figures written in words that state a fact (a unit after them, or a time, age or
        duration word before them), outside fixed expressions: the source's half of :meth:`lost`."""
        wanted = []
        for q in quantities_of(source_text, src_lang, tgt_lang):
            if q.kind != "word" or q.exact or not isinstance(q.value, (int, float)):
                continue
            held = _held_fraction(table, q)
            if q.value < table["min_value"] and not held:
                continue  # « une heure et demie » is a figure; a lone « un », « une » is an article
            if q.start > 0 and q.text[:1].isupper() and source_text[:q.start].rstrip()[-1:] not in ".!?:«\"'(—–-":
                continue  # a capitalised number word inside the sentence: a name ("Trois-Rivières")
            if not held and not table["cardinal"].fullmatch(q.text) and not _scaled_fraction(table, q, src_lang):
                continue  # an ordinal or derived word the number reader also reads
            if not held and not table["fact"].match(source_text, q.end) and \
                    OmittedFigureWord.introduced(table, source_text, q) is None:
                continue  # a bare count ("les six premiers"): reworded too freely to be evidence of a cut
            wanted.append(q)
        if wanted and table["skip"]:
            skipped = _overlapping(table["skip"], source_text)
            wanted = [q for q in wanted if not any(a <= q.start < b for a, b in skipped)]  # a fixed expression
        return tuple(wanted)

    @staticmethod
    def introduced(table: dict, source_text: str, q) -> Optional[int]:
        """Where the words introducing ``q`` as a time, age or duration ("depuis plus de", "âgé de") start, or
        None when none does."""
        if table["before"] is None:
            return None
        window = source_text[max(0, q.start - 40):q.start]
        intro = table["before"].search(window)
        return q.start - (len(window) - intro.start()) if intro else None

    def report(self, ctx, table: dict, seg: Segment, wa: WordAlignment, source_text: str, q) -> Issue:
        if isinstance(q, _LostMonth):
            start, end = self.gap(wa, q.start, q.end, len(seg.text))
            names = conventions(ctx.target.code).months if q.kind == "month" else table["weekdays"][2]
            name = full_name(names, q.month)
            return self.issue(
                seg, start, end,
                f"{quoted(q.text)} of the {ctx.source.name} has no counterpart in the {ctx.target.name}: the "
                f"{q.kind} ({name}) is missing", None)
        intro = self.introduced(table, source_text, q)
        start = q.start if intro is None else intro
        if _held_fraction(table, q):
            phrase = source_text[start:q.end].strip()
            whole = _whole_rendered(table, seg.text, q, ctx.target.code, ctx.source.code, source_text, wa)
            if whole is not None and whole[0] is None:  # no placement: the sentence, as when unaligned
                return self.issue(
                    seg, 0, len(seg.text),
                    f"{quoted(phrase)} of the {ctx.source.name} is said without its fraction in the "
                    f"{ctx.target.name}: the figure {_figure(q.value)} became {_figure(float(int(q.value)))}", None)
            if whole is not None:
                a, b, fix = whole
                return self.issue(
                    seg, a, b,
                    f"{quoted(phrase)} of the {ctx.source.name} is “{seg.text[a:b]}” in the {ctx.target.name}: the "
                    f"figure {_figure(q.value)} lost its fraction", fix)
            gap_start, gap_end = self.gap(wa, start, q.end, len(seg.text))
            return self.issue(
                seg, gap_start, gap_end,
                f"{quoted(phrase)} of the {ctx.source.name} has no counterpart in the {ctx.target.name}: the figure "
                f"{_figure(q.value)} is missing", None)
        if _scaled_fraction(table, q, ctx.source.code):
            whole = _scale_whole_rendered(table, seg.text, q, ctx.target.code, ctx.source.code)
            if whole is not None:
                a, b, fix = whole
                return self.issue(
                    seg, a, b,
                    f"{quoted(q.text)} of the {ctx.source.name} is “{seg.text[a:b]}” in the {ctx.target.name}: the "
                    f"figure {_figure(q.value)} lost the fraction of its scale", fix)
        after = re.match(r"\s*(?:d['’])?([^\W\d_]+(?:['’][^\W\d_]+)?)", source_text[q.end:])
        end = q.end + after.end() if after and (q.measure or q.scale != 1.0 or after.group(1).lower() in
                                                  ("fois", "ans", "millions", "milliards", "mille")) else q.end
        phrase = source_text[start:end].strip()
        minor = q.value < self.minor_below and not q.measure and q.scale == 1.0
        gap_start, gap_end = self.gap(wa, start, end, len(seg.text))
        return self.issue(
            seg, gap_start, gap_end,
            f"{quoted(phrase)} of the {ctx.source.name} has no counterpart in the {ctx.target.name}: the figure "
            f"{_figure(q.value)} is missing",
            None,
            severity=Severity.MINOR if minor else None,
        )

    def gap(self, wa: WordAlignment, source_start: int, source_end: int, length: int) -> tuple[int, int]:
        """Where the lost phrase (``source_start``-``source_end`` of the source) belonged in the target: from the
        rendering of the source word before it to the rendering of the next linked source word after it (the
        sentence's end when none follows), at most ``gap_reach`` target words on ("A boy, swept" for the lost « de
        douze ans », "such totals for years." for « depuis plus de cinquante ans »: the vague words that replaced
        it are inside); the whole sentence when the alignment cannot place it."""
        token = next((i for i, t in enumerate(wa.source) if t.start >= source_start), None)
        if token is None or not wa.target:
            return 0, length
        content = set(wa.source_content)
        # the nearest content word or figure before the phrase that has a rendering ("urgence" -> "emergency"), not
        # a grammar word's lone link (« de » -> "in" elsewhere in the sentence)
        prior = next((k for k in range(token - 1, -1, -1)
                      if wa.links.get(k) and (k in content or wa.source[k].is_number)), None)
        if prior is not None:
            scale = len(wa.target) / max(len(wa.source), 1)
            anchor = min((j for j, _, _ in wa.links[prior]), key=lambda j: abs(j - prior * scale)) + 1
        else:
            anchor = target_anchor(wa, token)
            if anchor is None:
                return 0, length
        anchor = min(anchor, len(wa.target) - 1)
        first = max(0, anchor - 1)
        nxt = next((k for k in range(len(wa.source)) if wa.source[k].start >= source_end and wa.links.get(k)), None)
        last = min(wa.links[nxt], key=lambda link: abs(link[0] - anchor))[0] if nxt is not None else len(wa.target) - 1
        last = last - 1 if nxt is not None and last > anchor else last  # up to the word before the next rendering
        last = min(max(last, anchor), first + self.gap_reach, len(wa.target) - 1)
        return wa.target[first].start, wa.target[last].end
