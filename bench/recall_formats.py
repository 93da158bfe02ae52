"""The reference's verdict on a number-format flag (L1: L101-L106) for ``bench/recall_wmt.py``.

The bench's usual verdict on L1 flags came from the post-edit benchmark: a hit only where the number-format
oracle found a French figure the judge rewrote, a false alarm only where the judge wrote the very flagged
characters. A WMT reference is a translation written afresh, so it rarely rewrites the output's figure in the
oracle's sense, and most L1 flags of WMT12/13 stayed unjudged: the family's precision on data it was not tuned
on could not be read. Each L1 flag claims a reading of a figure (``3.000`` is three thousand, write ``3,000``;
``4,5`` is four and a half, write ``4.5``); this judge asks the source and the reference about that reading:

- the source writes the flagged digits only as another figure (« 3,125 % » while the flag reads ``3.125`` as
  three thousand one hundred and twenty-five): false, whatever the reference writes;
- the reference writes the flagged form itself: false when that form is one English writes too (``40,000``,
  ``3.125``, ``25/10/2013``, ``the 5 October``); unjudged when only French typography writes it (``4,5``,
  ``3 000``, ``3.000``, ``22h00``, ``18 %``, ``$ 70``): the reference copied the source's format, a defect of
  the reference (the judged sample of newstest reference flags labels such forms ``defect``), no verdict;
- the reference writes the flag's value in an English figure (``3,000``, ``3000``, ``4.5``, ``3 million`` for
  ``3 000 000``, ``€70`` or ``70 euros`` for ``70 €``), or, for a clock time, the same time the English way
  (``22:00``, ``10 p.m.``, ``10pm``), or, for a date, the same day and month in English order: a hit;
- anything else is unjudged.

The judge's own precision, read by hand on a sample of its decided verdicts (WMT12/13 only, seed 44), is in
``recall_wmt_handcheck.tsv`` beside the fluency families' (rows whose code starts with L1).
"""
from __future__ import annotations

import re
from typing import Optional

import recall

FAMILIES = ("L1",)
"""The families this judge decides."""

EN_FIGURE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d]|[.,]\d)")
"""A figure in English notation: comma thousands, decimal point, or bare digits."""
FIGURE = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")
"""Any run of digits with its grouping or decimal marks, spaces included (``3 000``, ``1.234,5``)."""
SCALE_AFTER = re.compile(r"\s?(?:(million|billion|thousand|trillion)s?\b|(m|bn|k|tn)\b)", re.I)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9,
          "tn": 1e12}
FRENCH_SHAPE = re.compile(
    r"\d+,\d{1,2}"                          # a decimal comma with one or two decimals: 4,5
    r"|\d+,\d{4,}"                          # ... or four and more: 0,1234
    r"|\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?"  # thousands grouped by spaces or dots: 3 000, 3.000, 1.234,5
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d"    # a dotted date: 05.10.2021
)
"""Figures only French notation writes (not English's): a reference that copies one copied the source."""
FRENCH_ONLY_FORM = re.compile(
    r"\d{1,2} ?h ?\d{2}"                   # a French clock time: 22h00, 14 h 30
    r"|[$€£¥] +\d+(?:[.,]\d+)*"             # a currency symbol spaced from its amount: $ 70
    r"|\d+(?:[.,]\d+)* +[$€£¥]"             # an amount before its currency symbol: 70 €
    r"|\d+(?:[.,]\d+)? +%"                  # a space before the percent sign: 18 %
)
"""Number formats only French typography writes besides the figures of :data:`FRENCH_SHAPE`, each shape
independent of mtqa's own patterns; held here, the one owner of the number-format shapes, and read alone by
``recall_wmt.french_form_kept_by_reference`` (the rule ``recall.evaluate`` applies when no judge is given),
which leaves out dotted or spaced thousands and decimal commas on purpose (L101/L102, judged there by the
English figure the reference writes instead). Numeric dates are in neither (25/10/2013 is British too)."""
CLOCK = re.compile(r"(?<![\d.,:])(\d{1,2}) ?[hH] ?(\d\d)?(?!\d)")
EN_CLOCK = re.compile(
    r"(?<![\d.,:])(\d{1,2})(?:[:.](\d\d))?\s?(?:([ap])\.?\s?m\b\.?|o['’]clock)"  # 10 p.m., 10.30am, 5 o'clock
    r"|(?<![\d.,:])(\d{1,2})[:.](\d\d)(?!\d)"                                    # 22:00, 10.30
    r"|(?<![\d.,:])([01]\d|2[0-3])([0-5]\d) ?(?:GMT|hours|hrs|h\b)",              # 2200 GMT
    re.I)
MONTHS = ("january february march april may june july august september october november december").split()
DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?: of)? (" + "|".join(MONTHS) + r")\b", re.I)
MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})(?:st|nd|rd|th)?(?!\d)", re.I)
NUMERIC_DATE = re.compile(r"(?<![\d])(\d{1,2})[./-](\d{1,2})[./-](?:19|20)?\d\d(?!\d)")


def _bounded(text: str) -> re.Pattern:
    """``text`` as a whole figure: no digit, letter or grouping mark of a larger figure around it."""
    return re.compile(r"(?<![\w.,])" + re.escape(text) + r"(?![\w]|[.,]\d)")


def french_value(tok: str) -> Optional[float]:
    """The value a French reader gives a figure: a comma is decimal; dots and spaces group thousands, except a
    single dot before one, two or four and more digits (``3.5``, English notation a French text also writes)."""
    tok = re.sub(r"[ \u00a0\u202f]", "", tok)
    if "," in tok:
        tok = tok.replace(".", "").replace(",", ".", 1)
    elif tok.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", tok):
        tok = tok.replace(".", "")
    try:
        return float(tok)
    except ValueError:
        return None


CURRENCY = re.compile(r"[$€£¥]\s?$|^\s?(?:(?:million|billion|thousand|trillion|m|bn)\s)?(?:[A-Z]{0,3}[$€£¥]|"
                      r"(?:US |Canadian |Australian |Hong Kong )?(?:dollars?|euros?|pounds?|yen|francs?|crowns?|"
                      r"roubles?|rubles?|shekels?|yuan|pesos?|rupees?|zlotys?)\b)", re.I)
"""A currency beside an amount: a symbol glued before it, or a currency after it (``220 billion dollars``)."""


def english_values(text: str, beside: Optional[re.Pattern] = None) -> set[float]:
    """Every value ``text`` writes as an English figure, alone and times a scale word after it, and the numbers
    it spells (``seventy``); with ``beside``, only the figures that pattern finds right before (the text before
    the figure, searched) or right after them (the text after, matched): an amount must be written as money."""
    out: set[float] = set()
    for m in EN_FIGURE.finditer(text):
        value = recall.english_value(m.group())
        if value is None:
            continue
        if beside is not None and not (beside.search(text[max(0, m.start() - 4):m.start()])
                                       or beside.match(text[m.end():m.end() + 40])):
            continue
        out.add(value)
        scale = SCALE_AFTER.match(text, m.end())
        if scale:
            out.add(round(value * SCALES[(scale.group(1) or scale.group(2)).lower()], 3))
    if beside is not None:
        return out
    for w in recall.WORD.findall(text.lower()):
        if w in recall.NUMBER_WORDS and recall.NUMBER_WORDS[w] >= 1 and w not in ("un", "une", "once", "first",
                                                                                  "second"):
            out.add(float(recall.NUMBER_WORDS[w]))
    return out


def claimed_values(suggestion: str) -> set[float]:
    """The values the flag's suggestion gives the flagged figure (``3,000`` -> 3000; ``$900 million`` -> 900)."""
    return {v for m in EN_FIGURE.finditer(suggestion) if (v := recall.english_value(m.group())) is not None}


def source_misread(text: str, claimed: set[float], src: str) -> bool:
    """The source writes the flagged figure's digits, never with a value the flag claims, and with another: the
    flag misread a figure the source says what it is (« 3,125 % » for ``3.125``, flagged as 3,125)."""
    digits = re.sub(r"\D", "", text)
    if not digits or not claimed:
        return False
    same = [french_value(m.group()) for m in FIGURE.finditer(src) if re.sub(r"\D", "", m.group()) == digits]
    same = [v for v in same if v is not None]
    return bool(same) and not set(same) & claimed


def french_only(text: str) -> bool:
    """A form only French typography writes: a French figure, clock time, spaced percent or currency."""
    text = text.strip()
    figure = re.sub(r"%$", "", text)  # a glued percent sign is English's too: 47,3% is French by its comma
    return FRENCH_SHAPE.fullmatch(figure) is not None or FRENCH_ONLY_FORM.fullmatch(text) is not None \
        or re.fullmatch(r"\d+(?:[.,]\d+)* ?(?:M|Md|G|k)?[$€£¥]", text) is not None


def _time_hit(text: str, ref: str) -> bool:
    m = CLOCK.search(text)
    if not m:
        return False
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    for e in EN_CLOCK.finditer(ref):
        if e.group(1):
            h, mi, half = int(e.group(1)), int(e.group(2) or 0), (e.group(3) or "").lower()
            h24 = h % 12 + (12 if half == "p" else 0)
            if mi == minute and (h24 == hour % 24 or (not half and h % 12 == hour % 12)):
                return True
        elif e.group(4):
            if int(e.group(5)) == minute and int(e.group(4)) % 12 == hour % 12:
                return True
        elif int(e.group(6)) == hour and int(e.group(7)) == minute:
            return True
    # a duration: "2 hours 45 minutes", "24 hours"
    hours = re.search(rf"(?<!\d){hour} ?(?:hours?|hrs?)\b", ref, re.I)
    return bool(hours) and (not m.group(2) or re.search(rf"(?<!\d){minute} ?min", ref, re.I) is not None)


def _date_hit(text: str, ref: str) -> bool:
    m = DAY_MONTH.search(text)
    day_month = None
    if m:
        day_month = (int(m.group(1)), m.group(2).lower())
    else:
        n = NUMERIC_DATE.search(text)
        if n and 1 <= int(n.group(2)) <= 12:
            day_month = (int(n.group(1)), MONTHS[int(n.group(2)) - 1])
    if not day_month:
        return False
    day, month = day_month
    for r in MONTH_DAY.finditer(ref):
        if r.group(1).lower() == month and int(r.group(2)) == day:
            return True
    for r in DAY_MONTH.finditer(ref):
        # "the 21st of December" is English; "the 21 December" is the flagged shape
        english = ref[max(0, r.start() - 4):r.start()].lower() != "the " or not r.group(0)[len(r.group(1))].isspace() \
            or " of " in r.group(0)
        if r.group(2).lower() == month and int(r.group(1)) == day and english:
            return True
    return False


def verdict(flag, i: int, src: list[str], mt: list[str], ref: list[str], docs) -> Optional[str]:
    """The verdict on an L1 ``flag`` (code, start, end, text, suggestion, message) of line ``i``: hit, false or
    unjudged; None for a flag of another family."""
    code, text, suggestion = flag[0], flag[3].strip(), (flag[4] or "").strip()
    if not code.startswith("L1"):
        return None
    claimed = claimed_values(suggestion) if code in ("L101", "L102") else set()
    if source_misread(text, claimed, src[i]):
        return "false"
    if _bounded(text).search(ref[i]):
        return "unjudged" if french_only(text) else "false"
    if code == "L104":
        return "hit" if _time_hit(text, ref[i]) else "unjudged"
    if code == "L105":
        return "hit" if _date_hit(text, ref[i]) else "unjudged"
    wanted = claimed_values(suggestion)
    scale = SCALE_AFTER.match(mt[i], flag[2])  # "1,36 billion" is 1.36 billion, which "1,360 million" writes too
    if scale:
        wanted |= {round(v * SCALES[(scale.group(1) or scale.group(2)).lower()], 3) for v in wanted}
    if code == "L106":
        return "hit" if wanted & english_values(ref[i], CURRENCY) else "unjudged"
    if wanted and wanted & english_values(ref[i]):
        return "hit"
    return "unjudged"
