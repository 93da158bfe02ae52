"""An adverbial put between a verb and its direct object in the French order: the one owner of ``object_order``
in ``mtqa/data/langs/<lang>.toml``.

French puts a time or measure adverbial wherever the sentence flows, between a verb and its object included
(« a annoncé mardi un moratoire », « relève de 45 % le prix »); English keeps the verb and its object together and
writes the adverbial before the verb or after the object ("on Tuesday announced a moratorium", "raises the price by
45%"). Machine translation keeps the French place ("announced Tuesday a moratorium"). Why a rule of grammar and not
a list of phrases: the order is the same whatever the verb, the day or the figure.

The English alone is not enough: "declared Monday a public holiday" has Monday as its object, and "ruled in August
the city violated the law" a clause whose "that" English drops. So the target's reading (:func:`target_orders`)
is kept only where the source writes the same order (:func:`source_orders`): the source word that the adverbial
renders (the same day or month by its number, the same figure, or a word the lexical model renders so) followed by
a determiner that opens the object.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from mtqa.langs import language
from mtqa.langs.cache import SOURCES, TABLES, memoize
from mtqa.langs.data import DataError, alternation as _alt, data_path, profile_word_list
from mtqa.langs.measures import approximations
from mtqa.langs.placing import Place, pair, place
from mtqa.langs.wordtrie import trie_alternation

_TARGET_KEYS = {"day_prepositions": list, "parts_of_day": list, "date_prepositions": list, "time_words": list,
                "time_quantifiers": list, "time_units": list, "figure_prepositions": list, "percent_words": list,
                "object_openers": list, "not_objects": list, "past_ending": str, "past_min": int, "past_forms": list, "not_after": list,
                "present_ending": str, "adverb_ending": str, "not_adverbs": list}
_SOURCE_KEYS = {"not_openers": list, "measure_words": list}
"""The source side's own keys: its openers are the profile's ``determiners`` but ``not_openers``, its parts of the day
``time_phrases.parts``' and the numbers data's words for noon (:func:`_opener`): one owner of each list."""


_NOT_YEAR = r"(?!(?:1[89]|20)\d\d(?![\d.,]))"
"""Before a figure: not one shaped as a year (1800-2099, no more digits or a decimal after), which ends the date
before it ("sent in December 2008 showed") rather than counting an object."""


@memoize(TABLES)
def _table(lang: str, side: str) -> Optional[dict]:
    """``lang``'s ``object_order`` for ``side`` ("target" or "source"), its keys checked (a DataError naming
    ``<lang>.toml`` for a missing key or one of the wrong type), word lists in lower case; None when the language
    has none or only the other side's keys (English is read as a target, French as a source)."""
    table = language(lang).extra.get("object_order")
    keys = _TARGET_KEYS if side == "target" else _SOURCE_KEYS
    marker = "past_forms" if side == "target" else "measure_words"
    if not table or marker not in table:
        return None
    out = {}
    for key, kind in keys.items():
        value = table.get(key)
        if kind is list:  # the one reader of a profile's lists of words: a blank word is named, not read
            out[key] = [v.lower() for v in profile_word_list(value, lang, f"object_order.{key}", empty=True)]
            continue
        if not isinstance(value, kind) or isinstance(value, bool) or (kind is str and not value):
            raise DataError(f"{data_path('langs', f'{lang}.toml')}: object_order.{key} is missing or not "
                            f"a {kind.__name__}")
        out[key] = value
    return out


def _months(long_months: list[str], months: list[str]) -> str:
    """The month names as a pattern: the long ones in any case, the short ones ("May") as written."""
    short = [m for m in months if m not in long_months]
    return _alt([f"(?i:{trie_alternation(long_months, ignorecase=True)})"] + ([trie_alternation(short)] if short else []),
                form=str)


@memoize(TABLES)
def _pattern(lang: str) -> Optional[re.Pattern]:
    """Verb, adverbial (named groups ``day``, ``month``, ``year``, ``word``, ``figure``), object opener and the
    object's first word, built from the data (``lang``'s calendar names from numbers/<lang>.toml).

    Each word list is written as a prefix trie (:func:`~mtqa.langs.wordtrie.trie_alternation`: the same matches as
    the flat alternation). Why: the adverbial's branches are tried after every word of a translation, and the
    flat lists made the engine try each weekday and month (case-blind: no cheap skip on the first letter), each
    preposition and opener in turn; factored, the pattern reads WMT14's 24,024 translations ~15 % faster
    (0.28 -> 0.24 s of CPU), the same matches."""
    from mtqa.numbers import conventions

    t = _table(lang, "target")
    if t is None:
        return None
    cal = conventions(lang)
    days = [w for w in cal.weekdays if len(w) > 3 and w.isalpha()]
    # a month name is read after a date preposition or beside a day's number only, where a short one ("May") is
    # no modal verb; a short one must be capitalised there too ("in may" is no date)
    long_months = [w for w in cal.months if len(w) > 3 and w.isalpha()]
    months = long_months + [w.capitalize() for w in cal.months if len(w) <= 3 and w.isalpha()]
    year = r"(?P<year>(?:1[89]|20)\d\d)"
    parts = rf"(?:\s+(?:{trie_alternation(t['parts_of_day'])}))?"
    adverbial = _alt([
        rf"(?:(?:{trie_alternation(t['day_prepositions'])})\s+)?(?P<day>(?i:{trie_alternation(days, ignorecase=True)}))"
        rf"{parts}" if days else r"(?!)",
        rf"(?:{trie_alternation(t['date_prepositions'])})\s+(?:(?P<month>{_months(long_months, months)})(?:\s+{year})?"
        rf"|(?P<year2>(?:1[89]|20)\d\d))"
        if months else r"(?!)",
        rf"(?:(?:{trie_alternation(t['day_prepositions'])})\s+)?(?:(?P<dmonth>{_months(long_months, months)})\s+\d{{1,2}}|\d{{1,2}}\s+"
        rf"(?P<dmonth2>{_months(long_months, months)}))(?:,?\s+{year.replace('year', 'dyear')})?"
        if months else r"(?!)",
        rf"(?P<word>{trie_alternation(t['time_words'])})",
        rf"(?P<quant>{trie_alternation(t['time_quantifiers'])})\s+(?P<unit>{trie_alternation(t['time_units'])})",
        rf"(?P<adverb>[a-z]{{3,}}(?:{_alt([t['adverb_ending']])}))",
        rf"(?:{trie_alternation(t['figure_prepositions'])})\s+(?P<figure>\d+(?:[.,]\d+)*)(?:\s?(?:{trie_alternation(t['percent_words'])}))?",
    ], form=str, ordered=True)
    # the verb's letters possessive (``++``): a space must follow them, so giving one back never helps, and the
    # engine no longer tries every shorter verb at each word where the adverbial fails (stop 76)
    return re.compile(rf"(?<![\w'’-])(?P<verb>[a-z]++)\s+(?P<adv>{adverbial})\s+(?P<det>{trie_alternation(t['object_openers'])}"
                      rf"|(?P<amount>{_amounts(lang)}))\s+(?P<first>[\w'’-]+)")


@memoize(TABLES)
def openers(lang: str) -> Optional[str]:
    """What opens an object in ``lang`` as a pattern: one of ``object_openers`` or a quantity (:func:`_amounts`);
    None when the language has no ``object_order``. Shared with the causative reading (:mod:`mtqa.langs.causative`):
    one definition of an object's start."""
    t = _table(lang, "target")
    if t is None:
        return None
    return f"{_alt(t['object_openers'])}|{_amounts(lang)}"


def _amounts(lang: str) -> str:
    """A quantity that opens a noun phrase as a determiner does: a figure ("96 billion", "3,000 jobs"; not one
    shaped as a year, which ends the date before it: "sent in December 2008 showed"), a cardinal
    or a plural scale or approximate word and "of" ("two villages", "thousands of visitors", "dozens of homes"), or
    one of the profile's ``more_determiners`` ("several villages", "many homes"); an approximation before it or
    not (:func:`mtqa.langs.measures.approximations`: "more than 11,000 shops"). Read from their owners (the
    numbers data, the profile, the measures), no list of its own: a French determiner of quantity (« plusieurs », « des
    milliers de », « 96 milliards ») is copied into the English as these (issue 12, h15's misses)."""
    from mtqa.numbers import conventions

    cal = conventions(lang)
    plural = [w for w in (*cal.lower_scales, *cal.lower_approximate) if w.endswith("s")]
    cardinals = [w for w in cal.lower_cardinals if cal.lower_cardinals[w] > 1 and not w.endswith("s")]
    more = sorted(language(lang).word_set("more_determiners"))
    # an approximation before the figure or the cardinal ("more than 11,000 shops", "nearly thirty workers")
    approx = approximations(lang)
    before = rf"(?:(?:{_alt(approx)})\s+)?" if approx else ""
    figure = rf"{_NOT_YEAR}\d+(?:[.,\u00a0\u202f ]\d{{3}}(?!\d))*(?:[.,]\d+)?"  # "11 000": spaced groups too
    return before + "(?:" + _alt([figure, rf"(?:{_alt(plural)})\s+of", f"(?:{_alt(cardinals)})", f"(?:{_alt(more)})"],
                                 form=str, ordered=True) + ")"


class Order(NamedTuple):
    start: int
    """The verb's start."""
    end: int
    """The adverbial's end."""
    verb: str
    adverbial: str
    obj: str
    """The object's opener and first word ("a two-year")."""
    anchors: tuple[str, ...]
    """What the source's word must render: a day or month number ("day:2"), a figure's digits ("fig:45"), or a
    target word ("word:yesterday")."""
    suggestion: Optional[str]
    source: str = ""
    """The source's words the adverbial renders, followed there by the object (« mardi »)."""


class SourceOrder(NamedTuple):
    keys: frozenset
    """The anchors the source word gives (``day:2``, ``fig:45``, ``word:yesterday`` …)."""
    written: str
    """The source's words as written (« mardi », « 4,5 % »)."""
    place: Place
    """Where the word stands in the source (:mod:`mtqa.langs.placing`)."""


_END = re.compile(r"[,;:.!?()\[\]\"“”«»]")


def _is_verb(verb: str, before: str, t: dict, lang: str) -> str:
    """"past" for a past form (the data's irregular ones, or a word with the past ending), "present" for a base
    with the present ending; "" otherwise, and after one of ``not_after``: an article (a noun), a form of "be" (a
    passive, with no object) or "as" (« comme l'indiquait hier la radio »: an inverted subject). A base form
    after "to" or a modal is not read (see ``object_order`` in en.toml)."""
    from mtqa.langs.reporting import verb_base

    prev = [w.strip("\"“”«»'‘’(") for w in before.split()[-1:]]
    if prev and prev[0].lower() in t["not_after"]:
        return ""
    if verb in t["past_forms"] or (verb.endswith(t["past_ending"]) and len(verb) > t["past_min"]):
        return "past"
    end = t["present_ending"]
    # a short -s form is read too ("cuts", "sets"): its base, of three letters or more, must be a verb of the
    # dictionaries, and the word no function word ("this": "th" + -ing is "thing", a word of the dictionaries)
    if verb.endswith(end) and verb not in language(lang).function_words and any(
            len(verb) - k >= 3 and verb_base(verb[:len(verb) - k], lang) for k in (len(end), len(end) + 1)):
        return "present"
    return ""


def _clause(np: list[str], finite: set, t: dict, grammar: frozenset) -> bool:
    """The words after the opener (``np``, up to the next punctuation) hold a finite verb past their first word: one
    of ``reporting_inversion.finite_words`` ("the city had violated"), or a past form after a word that is no
    function word ("the city violated"; not "on exported tea", a participle used as an adjective). The first word
    after the opener is the noun phrase's own ("a cut", "the hit"), never its verb."""
    for prev, w in zip(np, np[1:]):
        low = w.lower()
        if low in finite:
            return True
        if low.endswith(t["past_ending"]) and w.islower() and len(w) > t["past_min"] and prev.lower() not in grammar:
            return True
    return False


def _inverted(before: str, np: list[str], lang: str) -> bool:
    """A reporting verb's noun phrase is its inverted subject, no object: the verb follows a comma or a closing
    quotation mark (an auxiliary between or not: "…, has explained Thursday the president"), or the noun phrase
    opens with a capitalised word or a noun English makes the subject of reporting verbs (the counts of
    :mod:`mtqa.langs.reporting`: "the agency", "the president"), read in its head noun group ("the death of three
    gendarmes": "death"). Function words are no evidence: the counts hold "the" and "of" as often as the nouns."""
    from mtqa.langs.reporting import SUBJECT_MIN, counts

    extra = language(lang).extra.get("reporting_inversion", {})
    words = before.split()
    if words and words[-1].lower() in extra.get("auxiliaries", ()):
        words = words[:-1]
    if words and words[-1][-1:] in (",", '"', "”", "»"):
        return True
    table = counts(lang)
    # the noun phrase's first content words, up to the function word after them (its head noun group: "the
    # death" of "the death of three gendarmes"): a function word ("the", "of") opens objects as often as subjects,
    # and its count in the reporting table says nothing of the phrase
    grammar = language(lang).function_words
    head: list[str] = []
    for w in (w.lower().strip(".'’,;:") for w in np[:4]):
        if w and w not in grammar:
            head.append(w)
        elif head:
            break
    # counts() never answers None: a language without its counts file is a DataError naming the file (exit 2)
    return any(w[:1].isupper() for w in np[:3]) or any(table.subjects.get(w, 0) >= SUBJECT_MIN for w in head)


def target_orders(text: str, lang: str) -> list[Order]:
    """Each verb, adverbial and object of ``text`` in the French order (the shapes of the profile's
    ``object_order``), its object no time phrase and opening no reported clause."""
    pattern = _pattern(lang)
    if pattern is None:
        return []
    from mtqa.numbers import conventions

    t = _table(lang, "target")
    time_nouns, finite = _target_words(lang)
    reporting = language(lang).word_set("reporting_verbs")
    grammar = language(lang).function_words
    cal = conventions(lang)
    out = []
    for m in pattern.finditer(text):
        verb = m.group("verb")
        before = text[:m.start()]
        form = _is_verb(verb, before, t, lang)
        if not form or m.group("first").lower() in time_nouns:
            continue
        if m.group("adverb") and m.group("adverb") in t["not_adverbs"]:
            continue
        if m.group("first").lower() in t["not_objects"] or (m.group("amount") and m.group("first").lower() in cal.months):
            continue  # "wounded Thursday 31 October": a figure before a month is the day's date, no object
        rest = _END.split(text[m.end():], maxsplit=1)[0].split()
        tail = [m.group("first")] + rest
        if verb in reporting and _inverted(before, tail, lang):
            continue
        if verb.lower() in reporting and m.group("day") and \
                m.group("adv").lower().startswith(tuple(p + " " for p in t["day_prepositions"])):
            continue  # "announced on Wednesday the discovery of …": English news's own order (A501's entry leaves
            # reporting verbs before a day alone too); the bare day ("announced Tuesday a moratorium") is French
        if _clause(tail, finite, t, grammar):
            continue  # the noun phrase is the subject of a clause ("ruled in August the city violated ...")
        anchors = []
        if m.group("day"):
            anchors.append(f"day:{cal.weekdays[m.group('day').lower()]}")
        for g in ("month", "dmonth", "dmonth2"):
            if m.group(g):
                anchors.append(f"month:{cal.months[m.group(g).lower()]}")
        for g in ("year", "year2", "dyear", "figure"):
            if m.group(g):
                anchors.append(f"fig:{re.sub(r'[^0-9]', '', m.group(g))}")
        for g in ("word", "quant", "unit", "adverb"):
            if m.group(g):
                anchors.append(f"word:{m.group(g).lower()}")
        adverbial = m.group("adv")
        suggestion = None
        if form == "past" and not m.group("figure") and not m.group("adverb") \
                and not (before.split()[-1:] and before.split()[-1].lower() in finite):
            moved = adverbial
            if (m.group("day") or m.group("dmonth") or m.group("dmonth2")) \
                    and not adverbial.lower().startswith(tuple(p + " " for p in t["day_prepositions"])):
                moved = f"{t['day_prepositions'][0]} {adverbial}" if t["day_prepositions"] else adverbial
            suggestion = f"{moved} {verb}"
        out.append(Order(m.start("verb"), m.end("adv"), verb, adverbial, f"{m.group('det')} {m.group('first')}",
                         tuple(anchors), suggestion))
    return out


@memoize(TABLES)
def _opener(lang: str) -> re.Pattern:
    """What must follow the source word for the French order: a determiner opening the object (the profile's
    ``determiners`` but ``object_order.not_openers``: « au », « aux » open an indirect complement), a part of the
    day (:func:`mtqa.langs.time_phrases.parts_of_day`, and the numbers data's ``noon``: « jeudi soir », « lundi
    midi ») and one of ``measure_words`` before it or not. Built once per language, not per source. Why read
    from their owners: the determiners and the parts of the day were copied here, and a word added to one list
    (a determiner, a part) was missed by the other."""
    from mtqa.langs.time_phrases import parts_of_day
    from mtqa.numbers import conventions

    s = _table(lang, "source")
    profile = language(lang)
    openers = profile.word_set("determiners") - set(s["not_openers"])
    cal = conventions(lang)
    parts = (*parts_of_day(lang), *cal.words_of("noon"))
    # a quantity opens the object as a determiner does (« plusieurs villages » is a determiner already): a figure
    # (« 96 milliards »; not a year, which ends a date: « en février 1994 une enquête »), a cardinal above one (« deux villages »; « un » is the article)
    cardinals = [w for w, v in cal.lower_cardinals.items() if v > 1]
    hedges = cal.words_of("ambiguous_scale_amount_hedges")  # « plus de 11 000 boutiques »
    hedge = rf"(?:\s+(?:{_alt(hedges)}))?" if hedges else ""
    return re.compile(rf"(?:\s+(?:{_alt(parts)}))?(?P<measure>\s*(?:{_alt(s['measure_words'])}))?"
                      rf"\s*(?:(?:{_alt(openers)})(?:\b|['’])|(?P<count>(?:{_alt(cardinals)})\b|{hedge}(?<!\d)\s{_NOT_YEAR}\d+(?:[.,]\d+)*\s+(?P<next>\w+)))",
                      re.IGNORECASE)


@memoize(TABLES)
def _target_words(lang: str) -> tuple[frozenset, frozenset]:
    """``reporting_inversion``'s time nouns and finite words of ``lang`` in lower case, read once per language
    (:func:`target_orders` asked for them on every call)."""
    extra = language(lang).extra.get("reporting_inversion", {})
    return (frozenset(w.lower() for w in extra.get("time_nouns", ())),
            frozenset(w.lower() for w in extra.get("finite_words", ())))


@memoize(SOURCES)
def source_orders(source_text: str, langs: tuple[str, str]) -> tuple[SourceOrder, ...]:
    """Each source word followed by a determiner opening a noun phrase (at most one part of the day and one
    of ``measure_words`` between: « jeudi soir un homme », « de 10 % sa production »), with its anchors (as
    :class:`Order` writes them) and its place: the French order the English may copy. Kept per source: every
    system's translation of one source asks again."""
    s = _table(langs[0], "source")
    if s is None:
        return ()
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import tokens
    from mtqa.numbers import conventions

    opener = _opener(langs[0])
    cal = conventions(langs[0])
    model = load_lexmodel(*langs)
    out: list[SourceOrder] = []
    toks = tokens(source_text, langs[0])
    for i, tok in enumerate(toks):
        end = tok.end
        if tok.is_number:  # a figure with decimals is several tokens: « 5,1 » -> 5 , 1
            j = i
            while j + 1 < len(toks) and toks[j + 1].is_number and source_text[toks[j].end:toks[j + 1].start] in ",.":
                j += 1
            end = toks[j].end
        found = opener.match(source_text, end)
        if not found or (found.group("count") and (tok.is_number or (found.group("next") or "").lower() in cal.months)):
            continue  # a quantity after a figure is one figure (« 9 cents »), a figure before a month a date
        low, written = tok.lower, source_text[tok.start:found.end("measure") if found.group("measure") else end]
        keys = []
        if low in cal.weekdays:
            keys.append(f"day:{cal.weekdays[low]}")
        if low in cal.months:
            keys.append(f"month:{cal.months[low]}")
        if tok.is_number:
            keys += [f"fig:{re.sub(r'[^0-9]', '', written)}", f"fig:{re.sub(r'[^0-9]', '', tok.text)}"]
        if model is not None:
            keys += [f"word:{c.stem}" for c in model.translations(tok.stem)]
        if keys:
            out.append(SourceOrder(frozenset(keys), written, place(source_text, tok.start, tok.end)))
    return tuple(out)


def calques(source_text: str, target_text: str, langs: tuple[str, str]) -> list[Order]:
    """The target's French-order adverbials (:func:`target_orders`) each paired with a source word in the same
    order (:func:`source_orders`) that it renders (a shared anchor) and that stands in the same place
    (:func:`mtqa.langs.placing.pair`: the same clause, or near the same share of the segment), each source word
    with one adverbial at most. Why by place: a source word elsewhere in the segment is evidence for another
    part of the sentence (« a décrété lundi jour férié ; lundi les écoles … »: the first « lundi » is the
    object, the second opens a clause), and the message quotes the word paired."""
    found = target_orders(target_text, langs[1])
    if not found:
        return []
    sources = source_orders(source_text, langs)
    if not sources:
        return []
    from mtqa.meaning.tokens import stem

    keys = [{a if not a.startswith("word:") else f"word:{stem(a[5:], langs[1])}" for a in o.anchors} for o in found]
    paired = pair([place(target_text, o.start, o.end) for o in found], [p.place for p in sources],
                  lambda i, j: not keys[i].isdisjoint(sources[j].keys))
    return [o._replace(source=sources[paired[i]].written) for i, o in enumerate(found) if i in paired]
