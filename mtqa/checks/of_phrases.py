"""A507: a French « N1 de N2 » carried into English as "N1 of the N2" where English writes another form.

The evidence is :mod:`mtqa.langs.of_phrases` (counted by ``bench/of_phrases.py`` in English not translated from
French: heads English follows with "for", never "of"; compounds English writes whose head it rarely builds with
"of"); the French side is read through the lexical model (:func:`mtqa.langs.lexmodel.load_lexmodel`): the
source must hold the « N1' de N2' » the English phrase renders word for word, so an English "of" of the
translator's own choosing is never read.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.checks.wording import quoted
from mtqa.langs import language
from mtqa.langs.cache import SOURCES, TABLES, memoize
from mtqa.langs.data import alternation
from mtqa.langs.wordtrie import trie_alternation
from mtqa.langs.lexmodel import load_lexmodel
from mtqa.langs.measures import article_agreed
from mtqa.langs.literal_expressions import closed_class
from mtqa.langs.of_phrases import (OfTable, head_table, measure_frames, measure_table, measures, name_complements,
                                  noun_compounds, of_table)
from mtqa.meaning.tokens import tokens
from mtqa.model import Severity, joined_sources
from mtqa.numbers import conventions
from mtqa.records import record

_OF = re.compile(r"\b([A-Za-z][a-z]+) of ((?:the|a|an) )?([A-Za-z][\w'\u2019-]*)((?: [A-Za-z][\w'\u2019-]*){0,3})")
"""A head (lower case, or capitalised when it is a person head: "Spokesman of the government Olivier Véran"),
"of", an optional article, the first word after it and up to three more (the phrase's
noun may stand behind adjectives: "of the Chinese coast guards")."""
_LAST_WORD = re.compile(r"(?<![\w'\u2019-])[A-Za-z][a-z]+$")
"""The word ending just before " of " (a word joined by a hyphen or an apostrophe is no head here)."""
_NAME_RUN = re.compile(r"(?: [A-Z][\w'\u2019-]*)*")
"""The capitalised words that continue a name after its first word ("Le| Monde", "White| House")."""
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+$")
"""An acronym: two or more capitals ("TSA", "CBSA"); it names a body, and the two languages often spell it
differently (« l'ASFC », "the CBSA")."""
_HEAD_MAX = 40
"""Characters looked back for a head: longer than any English noun the table holds."""
BEFORE = 2
"""Source words read before « de » for the head: the head itself or the head and one adjective (« âge légal
de »)."""
AFTER = 4
"""Source words read after « de » for the complement: an article, adjectives, the noun."""


class SourceOf(NamedTuple):
    heads: frozenset[str]
    """English stems rendering a French word standing just before « de »."""
    tails: frozenset[str]
    """English stems rendering a French word standing just after « de », and those words as written (names)."""
    acronym: bool = False
    """An acronym stands just after a « de »: an English acronym in the same place renders it, though the letters
    differ (« de l'ASFC », "of the CBSA")."""


@memoize(SOURCES)
def source_of(source_text: str, langs: tuple[str, str]) -> SourceOf:
    """The renderings of the words around every « de » (the profile's ``complement_words``) of the source, kept
    per source: every system's translation of one source asks again."""
    model = load_lexmodel(*langs)
    de = language(langs[0]).word_set("complement_words")
    toks = tokens(source_text, langs[0])
    heads: set[str] = set()
    tails: set[str] = set()
    acronym = False
    if model is None:
        return SourceOf(frozenset(), frozenset())
    for i, tok in enumerate(toks):
        if tok.lower not in de:
            continue
        for t in toks[max(0, i - BEFORE):i]:
            heads.update(c.stem for c in model.translations(t.stem))
        for t in toks[i + 1:i + 1 + AFTER]:
            tails.update(c.stem for c in model.translations(t.stem))
            tails.add(t.lower)
            acronym = acronym or bool(_ACRONYM.match(t.text))
    return SourceOf(frozenset(heads), frozenset(tails), acronym)


@memoize(4096)
def _stem(word: str, lang: str) -> str:
    """A target word's stem as the lexical model writes its renderings (the heads and complements are compared
    with those), kept: the same few heads come back in every system's translation."""
    toks = tokens(word, lang)
    return toks[0].stem if toks else word.lower()


def _singulars(word: str) -> tuple[str, ...]:
    """``word`` and the singulars English spelling may give it ("guards" -> "guard", "spokesmen" ->
    "spokesman", "industries" -> "industry"), most likely first."""
    out = [word]
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return tuple(out)


class Found(NamedTuple):
    start: int
    end: int
    head: str
    kind: str
    """"for": English writes "head for"; "compound": English writes "modifier head"; "chain": a « N1 de N2 de N3 »
    carried over as "E1 of E2 of ...", which English rarely writes on this head (no compound is known for it);
    "name": "E1 of Name" on a head the translators never wrote with "of" before a name; "name-adjective": the same
    read through an adjective between the head and « de », which the translators wrote with "of" once in 9."""
    suggestion: Optional[str]


def _candidates(text: str, table: OfTable) -> Iterator[re.Match]:
    """The "N1 of ..." phrases of ``text`` whose head is a table head (in a form :func:`_singulars` reads).

    Why not one search of :data:`_OF` over the text: most "of"s of a translation follow a head the table does
    not hold ("the end of", "one of"), and a pattern tried at every position of every segment was most of the
    check's cost; the word before each " of " is looked up first and the pattern is only matched there."""
    at = text.find(" of ")
    while at != -1:
        word = _LAST_WORD.search(text, max(0, at - _HEAD_MAX), at)
        if word and any(s in table.heads or s in table.pair_heads for s in _singulars(word.group().lower())):
            m = _OF.match(text, word.start())
            if m:
                yield m
        at = text.find(" of ", at + 4)


def _names_a_body(article: str, words: list[str], table: OfTable) -> bool:
    """Whether the complement after a person head can be whom the person acts for, so that English writes "for":
    a name or an acronym ("of Renamo", "of the TSA", "of the Chinese coast guards"), or an article and a noun
    that names no quality, state, measure or time ("of the army"; not "of long standing", "of rare courage",
    "of the year award", "of pre-war type": there "of" is English's own)."""
    first = words[0]
    if first[:1].isupper():
        return True
    return bool(article) and not any(s in table.qualities for s in _singulars(first.lower()))


def _compound(n2: str, after: str, head: str, table: OfTable) -> Optional[str]:
    """The compound's modifier when the complement is one common noun English writes before ``head`` (a table
    row) and nothing after it continues the noun phrase: the next word is no noun of the table ("of the company
    were stolen" and "of the company leaked" are read alike; "of car batteries" is not "car")."""
    if not n2.islower() or any(s in table.nouns for s in _singulars(after.lower())):
        return None
    return next((s for s in _singulars(n2) if (s, head) in table.compounds), None)


def of_phrases(source_text: str, target_text: str, langs: tuple[str, str], table: OfTable) -> list[Found]:
    """The "N1 of [the] N2" phrases of the target that a table row marks and whose French « N1' de N2' » stands in
    the source (N1 a rendering of a word just before « de », N2 of a word just after it, or an acronym where the
    source has one)."""
    if " of " not in target_text:
        return []
    pair_heads = table.pair_heads
    grammar = closed_class(langs[1])
    out: list[Found] = []
    src: Optional[SourceOf] = None
    for m in _candidates(target_text, table):
        n1, article, n2 = m.group(1), m.group(2) or "", m.group(3)
        low = n1.lower()
        singles = _singulars(low)
        head = next((s for s in singles if s in table.heads), None)
        pair_head = next((s for s in singles if s in pair_heads), None)
        if head is None and (pair_head is None or n1 != low):
            continue  # a capitalised head is read only as a person head: "Bank of England" is a name
        if src is None:
            src = source_of(source_text, langs)
        if _stem(low, langs[1]) not in src.heads:
            continue
        rest = m.group(4).split()
        words = [n2] + rest
        if not (any(_stem(w, langs[1]) in src.tails or w.lower() in src.tails for w in words)
                or (src.acronym and _ACRONYM.match(n2))):
            continue
        compound = None
        if pair_head and n2.lower() not in grammar:
            mod = _compound(n2, rest[0] if rest else "", pair_head, table)
            if mod is not None:
                starts = not target_text[:m.start(1)].strip(" \"'\u201c\u00ab")
                compound = f"{mod.capitalize()} {low}" if n1 != low and starts else f"{mod} {low}"
        if compound:
            out.append(Found(m.start(1), m.end(3), n1, "compound", compound))
        elif head is not None and n2.lower() not in grammar and _names_a_body(article, words, table):
            end = m.end(3)
            if n2[:1].isupper():  # a name runs on over its capitalised words: "of Le Monde", "of the White House"
                end = _NAME_RUN.match(target_text, end).end()
            out.append(Found(m.start(1), end, n1, "for", f"{n1} for {article}{target_text[m.start(3):end]}"))
    return out


@register
@record
class OfPhraseCalque(SegmentCheck):
    """A French « N1 de N2 » is carried over as "N1 of the N2" where English writes a compound or "for".

    Why it matters: French joins nouns with « de » (« la porte-parole du
    gouvernement », « l'industrie du tabac »); English writes
    "the government spokeswoman" or "the spokeswoman for the government",
    and "the tobacco industry". An engine that keeps every « de » as "of" writes
    "the spokeswoman of the government", which reads as translated. Nothing
    here is a list of phrases: ``bench/of_phrases.py`` counts, in English
    not translated from French (symspellpy's word-pair list and the newstest
    2012-2013 references of documents from outlets that do not write in
    French), the person nouns English follows with "for" but not with "of",
    and the compounds English writes whose head it rarely builds with "of"
    (both words common by wordfreq, no name by Hunspell's case, the compound
    witnessed in the news English or listed by WordNet: "tobacco industry",
    "money laundering", "police spokesman"). "For" is suggested only when
    the complement can be a body the person acts for (a name, an acronym,
    an article and a noun of no quality or time: "a reporter of rare
    courage" is English). A capitalised person head is read ("Spokesman of
    the government Olivier Véran"), and an acronym renders the source's
    acronym though the letters differ (« de l'ASFC », "of the CBSA"). The French source
    must hold the matching « N1' de N2' » (the lexical model's renderings),
    so an "of" the translator chose is never read, and names (a capitalised
    head that is no person head: "the Bank of England") are left alone. The
    suggestion is the compound when the table holds it, else "N1 for".

    Example:
        source: La porte-parole du gouvernement a démenti l'information.
        bad: The spokeswoman of the government denied the report.
        good: The government spokeswoman denied the report.
    """

    code = "A507"
    name = "of-phrase-calque"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    requires_source = True

    screen = staticmethod(lambda text: " of " in text)

    def check(self, segment, sources, ctx) -> Iterator:
        if not sources or " of " not in segment.text:
            return
        langs = (ctx.source.code, ctx.target.code)
        table = of_table(langs[1])
        if table is None:
            return
        for f in of_phrases(joined_sources(sources), segment.text, langs, table):
            text = segment.text[f.start:f.end]
            if f.kind == "compound":
                why = (f"English writes the compound {quoted(f.suggestion)} and rarely builds "
                       f"{quoted(f.head)} with \"of\"")
            else:
                why = f"English writes {quoted(f.head + ' for')}, not {quoted(f.head + ' of')}"
            yield self.issue(
                segment, f.start, f.end,
                f"{quoted(text)} carries the {ctx.source.name} « … de … » over word for word: {why}",
                f.suggestion)


_LETTERS = r"[^\W\d_]"
"""A letter of any alphabet: the head and its complement are read in the target language's own letters."""


@memoize(TABLES)
def _bare_of(lang: str) -> Optional[tuple[re.Pattern, re.Pattern, tuple[str, ...]]]:
    """The bare "N1 of N2" of A626 in ``lang``: a head, the profile's ``complement_words`` ("of") and one word with
    no article between (the cases are tested by :func:`compound_calques`: a capitalised head is a name's, "Bank of
    England", unless it opens the sentence); the coordination after N2 (``noun_coordinators``, or a comma and a
    complement word: "of control and search", "of lighting, of heating"; the word after the coordinator is
    named ``word``, a determiner there opens another noun phrase: :func:`_coordinated_complement`); and the
    screen's strings (" of ").
    None when the profile lists no complement word."""
    profile = language(lang)
    of = sorted(profile.word_set("complement_words"))
    if not of:
        return None
    joined = alternation(of)
    pair = re.compile(rf"(?<!{_LETTERS})({_LETTERS}+) (?:{joined}) ({_LETTERS}+)\b(?![-'\u2019])")
    ands = alternation(profile.word_set("noun_coordinators"))
    coordinated = re.compile(rf"(?:\s+(?:{ands})\s+(?P<of>(?:{joined})\s+)?(?P<word>{_LETTERS}+)|\s*,\s*(?:{joined})\b"
                             rf"|(?:\s*,\s*{_LETTERS}+)+\s*,?\s+(?:{ands})\b)")
    return pair, coordinated, tuple(f" {w} " for w in of)


def _coordinated_complement(coordinated: re.Pattern, text: str, end: int,
                            grammar: frozenset[str]) -> Optional[re.Match]:
    """The coordination after a bare "N1 of N2" ending at ``end`` (:func:`_bare_of`'s second pattern) when it
    coordinates another complement ("of control and search", "of lighting, of heating", "and of the police"),
    None when there is none or when the word after the coordinator is a closed-class word with no complement word
    before it: a determiner there opens another noun phrase ("storms of snow and the wind closed the roads": the
    wind is the verb's second subject, "snow" ends the first), so "N1 of N2" is whole. Both A626 routes read
    it, so a phrase is whole or runs on alike for them."""
    joined = coordinated.match(text, end)
    if joined and not joined["of"] and joined["word"] and joined["word"].lower() in grammar:
        return None
    return joined


def bare_of_screen(text: str, lang: str) -> bool:
    """Whether ``text`` holds the complement word between spaces (" of "), the data's word: A626's screen."""
    found = _bare_of(lang)
    return found is not None and any(w in text for w in found[2])


_NEXT_WORD = re.compile(rf"\s*({_LETTERS}+)?")


_LETTER = re.compile(_LETTERS)
_WORD = re.compile(rf"{_LETTERS}+")


def _before_complements(pattern: re.Pattern, text: str, complements: tuple[str, ...],
                        overlapping: bool = False) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern that opens with a look-behind that no letter passes and a word (a run
    of letters), then one of ``complements`` between spaces (" of "): the same matches, the pattern tried only at
    the start of the word right before each complement.

    Why: such a match can open only there (its word is the whole run of letters before " of "), and the pattern's
    look-behind made the engine try it at every character of the text; each match ends past the complement, so
    one that opens before the last one's end is skipped, as ``finditer`` resumes there (A626 and its name route:
    1.5-1.7x faster on the WMT14 translations holding " of ").

    ``overlapping``: every complement's word is tried, none skipped (A626's compound routes): in a chain "the risk
    of storms of snow" the first match ends on "storms", but "storms of snow" is a phrase of its own, which
    ``finditer`` never sees."""
    at = sorted({i for c in complements for i in _occurrences(text, c)})
    bound = 0  # the start of the letters a word may open after: the last match's end unless overlapping
    for i in at:
        start = max(text.rfind(" ", bound, i) + 1, bound)  # most words open after a space: one test of the word
        if start == i:
            continue  # no letter before the complement: no word for the pattern to open with
        if _WORD.fullmatch(text, start, i) is None:  # another character inside: the letters right before it
            start = i
            while start > bound and _LETTER.match(text, start - 1):
                start -= 1
            if start == i:
                continue
        m = pattern.match(text, start)  # the look-behind reads the text before ``start`` as finditer does
        if m is not None:
            bound = 0 if overlapping else m.end()
            yield m


def _occurrences(text: str, sub: str) -> Iterator[int]:
    """Each index where ``sub`` starts in ``text``, overlapping ones too."""
    i = text.find(sub)
    while i != -1:
        yield i
        i = text.find(sub, i + 1)


@memoize(SOURCES)
def compound_sources(source_text: str, langs: tuple[str, str]) -> tuple[tuple[frozenset, frozenset, frozenset, str,
                                                                              bool], ...]:
    """(renderings of N1, renderings of N2, those of N2 human translators wrote, the one they wrote most often,
    whether a bare « de » and a lower-case word follow N2: a chain « N1 de N2 de N3 ») of
    every bare « N1 de N2 » of the source
    whose head is a compounding head of the table (N2 in lower case, a noun of the dictionaries, no determiner
    and no figure), kept per source: every system's translation of one source asks again. N2 must be a noun:
    « le temps de prendre » is « de » + an infinitive, no noun complement ("the time of taking" is no "taking
    time"). The written renderings are those with a forward probability (counted in the parallel news, not
    only listed by the dictionary); the suggestion keeps N2's word when the translators wrote it, and takes the
    most frequent one's compound when they never did (« services de renseignement »: "information" is a
    dictionary sense only, the translators wrote "intelligence")."""
    table, model = head_table(*langs), load_lexmodel(*langs)
    if table is None or model is None:
        return ()
    source = language(langs[0])
    de, determiners = source.word_set("bare_complement_words"), source.word_set("determiners")
    toks = tokens(source_text, langs[0])
    out = []
    for i, n1, n2 in _bare_complements(toks, source, lambda n1, n2: n1.stem in table.heads):
        renderings = model.translations(n2.stem)
        usual = max(renderings, key=lambda c: c.p_forward, default=None)
        chained = i + 3 < len(toks) and toks[i + 2].lower in de and toks[i + 3].text.islower() \
            and not toks[i + 3].is_number and toks[i + 3].lower not in determiners \
            and not _quantity_word(n2.lower, langs[0])  # « des données de centaines de millions d'utilisateurs »
        out.append((frozenset(c.stem for c in model.translations(n1.stem)),
                    frozenset(c.stem for c in renderings),
                    frozenset(c.stem for c in renderings if c.p_forward > 0),
                    usual.stem if usual is not None and usual.p_forward > 0 else "",
                    chained))
    return tuple(out)


def _quantity_word(word: str, lang: str) -> bool:
    """Whether a lower-case word is a number word of ``lang``'s conventions, or its plural (« centaines »,
    « milliers », « millions »: :meth:`~mtqa.langs.language.Language.singulars`): « N de centaines de N3 » is a quantity, no chain of
    nouns."""
    words = conventions(lang).number_words
    return word in words or any(s in words for s in language(lang).singulars(word))


def compound_calques(source_text: str, target_text: str, langs: tuple[str, str]) -> list[Found]:
    """The bare "E1 of E2" phrases of the target that render a source « N1 de N2 » whose head human translators
    compound (:func:`compound_sources`), where the human English never writes that "E1 of E2" (the table's
    vetoes) and E2 ends the noun phrase (the next word is no head of the table's compounds: "rate of
    unemployment insurance" is no "unemployment rate"). A pair A507's table holds is left to A507."""
    table, bare = head_table(*langs), _bare_of(langs[1])
    if table is None or bare is None or not bare_of_screen(target_text, langs[1]):
        return []
    pattern, coordinated, screen = bare
    of_words = {w.strip() for w in screen}
    grammar = closed_class(langs[1])
    # the target's candidates first: a head no compound of the table ends with is never suggested, and the source
    # is only read when one is left (most "of"s follow "one", "end", "number")
    candidates = [(m, _head(m, target_text)) for m in _before_complements(pattern, target_text, screen, True)]
    candidates = [(m, e1) for m, e1 in candidates
                  if _compound_head(e1, table) and m.group(2).islower() and m.group(2) not in grammar]
    if not candidates:
        return []
    found = compound_sources(source_text, langs)
    if not found:
        return []
    a507 = of_table(langs[1])
    out: list[Found] = []
    for m, e1 in candidates:
        e2 = m.group(2)
        after = _NEXT_WORD.match(target_text, m.end()).group(1)
        if after and after.islower() and after in table.compounds:
            continue  # the noun phrase runs on: "rate of unemployment insurance" is no "unemployment rate"
        joined = _coordinated_complement(coordinated, target_text, m.end(), grammar)
        if joined and not joined["of"]:
            continue  # "system of control and search": the compound would take "control" alone
        # "and of the ..." repeats the complement word: a second complement of this head ("services of intelligence
        # and of the police") or of a head before it ("reforms of the immigration, of the public care of health and
        # of the closing"); the "of" is the calque either way, but "intelligence services and of the police" is no
        # sentence: flagged without a suggestion
        second = bool(joined and joined["of"])
        s1, s2 = _stem(e1, langs[1]), _stem(e2, langs[1])
        if s2 in table.vetoes.get(s1, ()):
            continue
        pairs = [(w, u, c) for t1, t2, w, u, c in found if s1 in t1 and s2 in t2]
        if not pairs:
            continue
        # the source phrase whose N2 the translators write as this word first: « services d'information » is
        # "information services" even when « services de renseignement » (also linked to "information") comes first
        pair = next((p for p in pairs if p[0] and s2 in p[0]), pairs[0])
        written, usual, chained = pair
        if a507 is not None and any((s, h) in a507.compounds for s in _singulars(e2) for h in _singulars(e1)):
            continue
        forms = (e2,) if e2 in table.modifiers else _singulars(e2)  # "goods" is no plural of "good" here
        known = table.compounds[_compound_head(e1, table)]
        modifier = next((s for s in forms if s in known), None)
        kind = "compound"
        if modifier is None:
            if chained and after in of_words:  # "a complex of production of green hydrogen": a chain the
                out.append(Found(m.start(), m.end(), e1, "chain", None))  # references write once in 56 readings
                continue
            following = _NEXT_WORD.match(target_text, _NEXT_WORD.match(target_text, m.end()).end()).group(1)
            if not (written and s2 in written and _coinable(e1, e2, after, following, langs[1], grammar)):
                continue  # English writes no such compound ("team of volunteers"): its "of" is English's own
            modifier, kind = e2, "coined"
        if written and s2 not in written:  # a sense of N2 the translators never wrote: their usual one's compound
            modifier = next((w for w in sorted(known) if _stem(w, langs[1]) == usual), None)
        suggestion = None
        if modifier is not None and not second:
            suggestion = f"{modifier} {e1}"
            if m.group(1) != e1:  # the sentence's first word
                suggestion = suggestion[:1].upper() + suggestion[1:]
        out.append(Found(m.start(), m.end(), e1, kind, suggestion))
    return out


def _compound_head(e1: str, table) -> str:
    """The ``C`` row that answers for English head ``e1``: its own, or its singular's ("producers" is read
    by "producer"'s row: a compound's head takes the plural its phrase needs, "tea producers"); "" for none."""
    if e1 in table.compounds:
        return e1
    return next((s for s in _singulars(e1)[1:] if s in table.compounds), "")


def _coinable(e1: str, e2: str, after: Optional[str], following: Optional[str], lang: str,
              grammar: frozenset) -> bool:
    """Whether the complement of a compounding head can go before it though no word list holds the pair: a noun
    of matter (:func:`mtqa.langs.of_phrases.noun_compounds`: "lithium", "coffee"; a complement naming an act or a
    state keeps "of" as often as not, "a campaign of persecution", "the initial stage of destruction"), in the
    singular (English puts a modifier in the singular: "team of volunteers" has no "volunteers team"), the noun
    phrase ending with it (:func:`_runs_on`: "contract of lithium mining" may be a "lithium mining contract"); and
    the head no measure of matter (``partitive``: "a sheet of paper", "a cup of coffee" are English's own)."""
    found = noun_compounds(lang)
    if found is None or e2 not in found.matter or language(lang).is_plural_noun(e2) \
            or any(h in found.partitive for h in _singulars(e1)):
        return False
    return not _runs_on(e1, e2, after, following, lang, found, grammar)


def _runs_on(e1: str, e2: str, after: Optional[str], following: Optional[str], lang: str, found,
             grammar: frozenset) -> bool:
    """Whether the word after "E1 of E2" continues the noun phrase: a lower-case noun of the compounds' table or its
    plural (:class:`mtqa.langs.of_phrases.NounCompounds`: "of heat records", "of lithium mining"), no grammar word
    and no verb of the clause (:func:`_verb_after`: "a wave of heat hits France", "storms of snow left ten dead"),
    unless E2 and that word are themselves a listed compound ("a wave of heat pumps"); a preposition after it ("of
    lithium with") ends it too."""
    if not after or not after.islower() or after in grammar or not any(w in found.nouns for w in _singulars(after)):
        return False
    if any((m, w) in found.written for m in _singulars(e2) for w in _singulars(after)):
        return True
    return not _verb_after(e1, after, following, lang)


def _verb_after(e1: str, word: str, following: Optional[str], lang: str) -> bool:
    """Whether ``word``, right after "E1 of E2", reads as the clause's verb rather than a noun of the phrase, by the
    language's verb inflection (:func:`mtqa.langs.inflection.inflection`, :func:`mtqa.langs.reporting.verb_base`):
    a past ("left", "swept", "paralysed": no noun of the table takes those forms); or a present that agrees with E1
    (an -s form after a singular E1, "a wave of heat hits"; a base after a plural one, "storms of snow cause")
    whose next word is no verb (a noun the phrase ends with is followed by its own verb: "a wave of heat records
    has been broken"). An -ing form stays a noun ("of lithium mining"): English's gerunds compound."""
    from mtqa.langs.inflection import inflection
    from mtqa.langs.reporting import verb_base

    verbs = inflection(lang)
    if verbs is None:
        return False
    form = verbs.irregular_form(word)
    if form in ("past", "participle") or (word.endswith("ed") and any(
            verb_base(b, lang) for b in verbs.regular_bases(word, "past"))):
        return True
    plural = language(lang).is_plural_noun(e1)
    if plural:
        present = word in verbs.irregular or (verbs.base(word) is None and verb_base(word, lang))
    else:
        present = form == "s" or (word.endswith("s") and verbs.base(word) is None
                                  and any(verb_base(b, lang) for b in verbs.regular_bases(word, "s")))
    if not present:
        return False
    low = (following or "").lower()
    return not (low and (verbs.base(low) is not None or low in verbs.modals))


@memoize(SOURCES)
def bare_pairs(source_text: str, langs: tuple[str, str]) -> tuple[tuple[frozenset, frozenset], ...]:
    """(renderings of N1, written renderings of N2) of every bare « N1 de N2 » of the source whatever its head (N1
    and N2 lower-case words, N2 a noun of the dictionaries, no determiner, no figure, no number word: « des
    centaines de millions »), kept per source: the lexicalised compounds (:func:`lexical_calques`) need no head
    counted in the parallel news. N2's renderings are those the translators wrote (a forward probability)."""
    model = load_lexmodel(*langs)
    if model is None:
        return ()
    source = language(langs[0])
    toks = tokens(source_text, langs[0])
    out = []
    def keep(n1, n2) -> bool:  # any lower-case N1; N2 no number word (« des centaines de millions »)
        return n1.text.isalpha() and n1.text.islower() and not _quantity_word(n2.lower, langs[0])

    for _, n1, n2 in _bare_complements(toks, source, keep):
        out.append((frozenset(c.stem for c in model.translations(n1.stem)),
                    frozenset(c.stem for c in model.translations(n2.stem) if c.p_forward > 0)))
    return tuple(out)


def _bare_complements(toks, source, keep):
    """(i, N1, N2) of every bare « N1 de N2 » of ``toks`` (``toks[i]`` a word of the profile's
    ``bare_complement_words``; N2 a lower-case word, no figure, no determiner, a noun of the source dictionary in
    either number) for which ``keep(N1, N2)`` holds. Why one reader: the counted-head route
    (:func:`compound_sources`) and the dictionary route (:func:`bare_pairs`) read the same frame and differ only in
    what they ask of N1 (a counted head; any lower-case word) and of N2 (no quantity word), which ``keep`` says;
    ``keep`` is asked before the dictionary, which is opened only when a frame gets that far."""
    de, determiners = source.word_set("bare_complement_words"), source.word_set("determiners")
    nouns = None
    for i in range(1, len(toks) - 1):
        n1, n2 = toks[i - 1], toks[i + 1]
        if toks[i].lower not in de or not n2.text.islower() or n2.is_number or n2.lower in determiners \
                or not keep(n1, n2):
            continue
        nouns = source.dictionary_nouns if nouns is None else nouns
        if nouns and n2.lower not in nouns and n2.lower.rstrip("sx") not in nouns:
            continue  # « de » + an infinitive or an adjective: no noun complement
        yield i, n1, n2


def _lexicalised(e1: str, e2: str, written: dict) -> Optional[str]:
    """The compound English writes for the bare "e1 of e2" (a row of ``written``, read through the singulars of both
    words), in e1's number: "storms of snow" -> "snowstorms", "a wave of heat" -> "heat wave"; None for none."""
    for head in _singulars(e1):
        for mod in _singulars(e2):
            compound = written.get((mod, head))
            if compound is not None:
                # the compound's own head gives way to e1 as written: "stories" keeps its plural ("love stories"),
                # whatever spelling the plural takes (-ies, -ves, -men)
                return compound[:-len(head)] + e1 if compound.endswith(head) else compound
    return None


def lexical_calques(source_text: str, target_text: str, langs: tuple[str, str]) -> list[Found]:
    """The bare "E1 of E2" phrases of the target for which English lists the compound as one noun ("storms of snow":
    "snowstorm", "a wave of heat": "heat wave"; :func:`mtqa.langs.of_phrases.noun_compounds`) and that render a
    bare « N1 de N2 » of the source (E1 a rendering of N1, E2 one the translators wrote for N2), whatever N1:
    evidence beyond the heads counted in the parallel news (:func:`compound_calques`). The noun phrase must end
    with E2 (:func:`_runs_on`: "the wave of heat records" is no heat wave) and not run on into a second
    complement ("storms of snow and ice"). A pair A507's table holds is left to A507."""
    found, bare = noun_compounds(langs[1]), _bare_of(langs[1])
    if found is None or bare is None or not bare_of_screen(target_text, langs[1]):
        return []
    pattern, coordinated, screen = bare
    grammar = closed_class(langs[1])
    candidates = []
    for m in _before_complements(pattern, target_text, screen, True):  # every " of ": "risk of storms of snow"
        e1, e2 = _head(m, target_text), m.group(2)
        if not e1 or not e2.islower() or e2 in grammar:
            continue
        compound = _lexicalised(e1, e2, found.written)
        if compound is not None:
            candidates.append((m, e1, compound))
    if not candidates:
        return []
    pairs = bare_pairs(source_text, langs)
    a507 = of_table(langs[1])
    out: list[Found] = []
    for m, e1, compound in candidates:
        e2 = m.group(2)
        nxt = _NEXT_WORD.match(target_text, m.end())
        after, following = nxt.group(1), _NEXT_WORD.match(target_text, nxt.end()).group(1)
        if _runs_on(e1, e2, after, following, langs[1], found, grammar) \
                or _coordinated_complement(coordinated, target_text, m.end(), grammar):
            continue  # "storms of snow and ice" (but "storms of snow and the wind" ends the phrase on "snow")
        s1, s2 = _stem(e1, langs[1]), _stem(e2, langs[1])
        if not any(s1 in t1 and s2 in t2 for t1, t2 in pairs):
            continue
        if a507 is not None and any((s, h) in a507.compounds for s in _singulars(e2) for h in _singulars(e1)):
            continue
        suggestion = compound[:1].upper() + compound[1:] if m.group(1) != e1 else compound
        out.append(Found(m.start(), m.end(), e1, "lexical", suggestion))
    return out


@memoize(TABLES)
def _name_of(lang: str) -> Optional[re.Pattern]:
    """A head (its case tested by :func:`name_calques`), a complement word of the profile ("of"), an optional
    definite article ("the") and a name: its capitalised words ("of Mombasa", "of the Copperbelt", "of New York").
    The words are the profile's, as :func:`bare_of_screen` reads them; None when it lists no complement word."""
    profile = language(lang)
    of = profile.word_set("complement_words")
    if not of:
        return None
    the = profile.word_set("definite_articles")
    article = rf"(?:(?:{alternation(sorted(the))}) )?" if the else ""
    return re.compile(rf"(?<![\w'\u2019-])({_LETTERS}+) (?:{alternation(sorted(of))}) {article}"
                      rf"([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*)")


_NAME_RUN_WORDS = re.compile(r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*")
"""A name's capitalised words in the source, read as :func:`_name_of` reads them in the target."""
_NAME_JOINED = re.compile(r"(?:,| and| or) [A-Z]")
"""A second name joined to the first ("of Barajas and El Prat"): both would go before the head, flagged with no
suggestion."""
_NAME_FORMS = ("before", "possessive", "in", "at")
"""How the translators wrote a « N1 de Name » other than "N1 of Name", in the order of the ``N`` row's counts."""


@memoize(SOURCES)
def name_sources(source_text: str, langs: tuple[str, str]) -> tuple[tuple[frozenset, tuple, str, frozenset, bool],
                                                                     ...]:
    """(renderings of N1, the name's capitalised words as written, the form the translators wrote most: "before", "possessive", "in"
    or "at", renderings of an adjective standing between N1 and « de », whether the phrase was read through that
    adjective) of every « N1 de [article] Name » of the
    source whose head is a ``N`` row of the table (the translators put the name first or after "in", never "N1 of
    Name"), kept per source. The phrases are those ``bench/of_heads.py`` counted, read by the same
    :func:`mtqa.langs.of_phrases.name_complements`; and the same phrases with one lower-case adjective after the
    head (« l'aéroport international d'Ilulissat », « la gare centrale de Cologne »), which the reader sees as a
    « N1 de Name » headed by the adjective: French puts the adjective after its noun, and in the same references
    such a phrase kept the table's order (the name first 6 times, "in" twice, "of" once in 9, on the table's
    heads; recounted at stop 76), so the head's row answers for it and English moves the adjective with the head
    ("the Ilulissat international airport"). An adjective of rank (the profile's ``rank_adjectives``: « principal »,
    « seul », « premier ») is not read: English gives a ranked head the possessive or keeps "of" ("Nadi's main
    airport", "the main airport of Nadi"), never the name first."""
    table, model = head_table(*langs), load_lexmodel(*langs)
    if table is None or model is None or not table.names:
        return ()
    toks = tokens(source_text, langs[0])
    ranks = language(langs[0]).word_set("rank_adjectives")
    out = []
    for h, k in name_complements(toks, langs[0]):
        n1, name, adjective, through = toks[h], toks[k].text, frozenset(), False
        counts = table.names.get(n1.lower)
        if counts is None and h >= 1 and toks[h - 1].text.isalpha() and toks[h - 1].text.islower() \
                and n1.text.isalpha() and n1.lower not in ranks:  # « l'aéroport principal de Nadi » is "Nadi's
            # main airport" or "the main airport of Nadi", never "Nadi main airport": no row answers for it
            counts = table.names.get(toks[h - 1].lower)  # « aéroport international de »: the head before its adjective
            if counts is not None:
                adjective = frozenset(c.stem for c in model.translations(n1.stem))
                n1, through = toks[h - 1], True
        if counts is None:
            continue
        form = max(range(len(_NAME_FORMS)), key=lambda f: (counts[f], -f))
        words = _NAME_RUN_WORDS.match(source_text, toks[k].start)  # its capitalised words, a space apart, as the
        # English pattern reads them (a full stop ends the name; « M'hamed » is one word); « Élysée » is no match
        # of that pattern and is read alone
        run = words.group().split() if words else [name]
        out.append((frozenset(c.stem for c in model.translations(n1.stem)), tuple(run or [name]), _NAME_FORMS[form],
                    adjective, through))
    return tuple(out)


def name_calques(source_text: str, target_text: str, langs: tuple[str, str]) -> list[Found]:
    """The "E1 of [the] Name" phrases of the target that render a source « N1 de Name » whose head human
    translators write with the name first (:func:`name_sources`): E1 in lower case, a rendering of N1, the name's
    first word written as the source's. The suggestion is the translators' most frequent form: "Name E1" ("the
    Istanbul exchange"), "Name's E1" (over the determiner before the head, the profile's ``possessive_replaces``: "the"
    or "a strategy of Obama" -> "Obama's strategy"), or "E1 in Name"; a
    modifier of the table's compounds just before E1 goes with it ("the stock exchange of Istanbul" -> "the
    Istanbul stock exchange")."""
    name_of = _name_of(langs[1])
    if name_of is None or not bare_of_screen(target_text, langs[1]):
        return []
    found, table, target = None, head_table(*langs), language(langs[1])
    the, replaced = target.word_set("definite_articles"), target.word_set("possessive_replaces")
    out: list[Found] = []
    for m in _before_complements(name_of, target_text, _bare_of(langs[1])[2]):
        e1, name = m.group(1), m.group(2)
        if not e1.islower():
            continue
        if found is None:
            found = name_sources(source_text, langs)
            if not found:
                return []
        first, s1 = name.split()[0], _stem(e1, langs[1])
        run = next(((n, f, a, t) for t1, n, f, a, t in found if n[0] == first and s1 in t1), None)
        if run is None:
            continue
        source_name, form, adjective, through = run
        kind = "name-adjective" if through else "name"  # the message tells the two routes' counts apart
        words = name.split()
        same = next((i for i, (a, b) in enumerate(zip(words, source_name)) if a != b), min(len(words), len(source_name)))
        name = " ".join(words[:max(1, same)])  # the name ends where the source's does: "of the Old Bailey News" is
        # the name and the next sentence's first word
        start, head = m.start(1), e1
        modifier = re.search(r"(?<![\w'\u2019-])([a-z]+) $", target_text[:start])
        if modifier and modifier.group(1) not in the and (modifier.group(1) in table.modifiers
                                                          or _stem(modifier.group(1), langs[1]) in adjective):
            start, head = modifier.start(1), f"{modifier.group(1)} {e1}"  # the English head is a compound: "the
            # copper mine of Mufulira" is "the Mufulira copper mine", not "the copper Mufulira mine"; so is the
            # head with the source's adjective rendered before it ("the Ilulissat international airport")
        end = m.start(2) + len(name)
        if _NAME_JOINED.match(target_text, end):  # "the airports of Barajas and El Prat": the suggestion would
            out.append(Found(start, end, e1, kind, None))  # take the first name alone
            continue
        if form == "possessive":
            before = re.search(r"(?<![\w'\u2019-])(\w+) $", target_text[:start])
            if before and before.group(1).lower() in replaced:  # the possessive takes the determiner's place:
                start = before.start(1)  # "a strategy of Obama" is "Obama's strategy", never "a Obama's strategy"
            suggestion = f"{name}'s {head}"
        elif form in ("in", "at"):
            suggestion = f"{head} {form} {name}"
        else:
            suggestion = f"{name} {head}"
        out.append(Found(start, end, e1, kind, suggestion))
    return out


def _head(m: re.Match, text: str) -> str:
    """The head of a bare "N1 of N2" as the table writes it (lower case): a lower-case head, or a capitalised one
    that opens the sentence ("Rate of participation reached 61%"); "" for a name's capital ("Bank of England")."""
    head = m.group(1)
    if head.islower():
        return head
    if head[:1].isupper() and head[1:].islower() and not text[:m.start()].strip(" \"'\u201c\u00ab\u2018"):
        return head.lower()
    return ""


_NO_BREAK_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
"""The no-break spaces (plain, narrow, figure) a text may set between two words: read as the space they stand for."""


def plain_reading(text: str) -> tuple[str, bool]:
    """(``text`` as A626's compound routes read it, whether it is written in capitals): no-break spaces between the
    words read as spaces ("Storms\u00a0of\u00a0snow"), and a text whose letters are all capitals (a headline, a
    wire slug) read in lower case, so "STORMS OF SNOW" is the "storms of snow" it spells. Every offset is the text's own
    (one character for one; a capital whose lower case is longer leaves the text as written), so a span found in
    the reading is the span of the text. Why: both are typography, not wording; the patterns and the tables are
    written in plain spaces and lower case, and read nothing else."""
    read = text.translate(_NO_BREAK_SPACES)
    capitals = read.isupper()
    if capitals:
        low = read.lower()
        if len(low) == len(read):
            return low, True
        capitals = False
    return read, capitals


@register
@record
class NounCompoundCalque(SegmentCheck):
    """A bare French « N1 de N2 » carried over as "N1 of N2" where human translators write the compound "N2 N1".

    Why it matters: French joins two nouns with a bare « de » (« taux de chômage », « fonds de stabilisation »,
    « procédure de destitution »); English puts the second noun first ("unemployment rate", "stabilisation
    fund", "impeachment procedure"). "Rate of unemployment" and "fund of stabilisation" read as translated. No
    list of phrases: ``bench/of_heads.py`` counts, in the human translations of French news (newstest 2008-2013
    references, Potet's post-edits), for each French head of a bare « N1 de N2 », how often the translator wrote
    the compound and how often "N1 of N2"; a head compounded at least 4 times and in 3 of 4 readings is read
    (144 heads: « taux », « système », « banque »; not « nombre », « type », « question »). The flag needs the
    source's bare « N1 de N2 » (not « du », « des ») rendered word for word (the lexical model's renderings of
    both nouns), the English "N1 of N2" bare (no article: "the price of the oil" is another phrase) and in lower
    case (no name: "Bank of England"), N2 ending the noun phrase, the compound "N2 N1" written in English
    (symspellpy's word pairs, or the references after a determiner: "team of volunteers" has no "volunteers
    team" and is quiet), and the pair never written "N1 of N2" by the human English ("price of oil", "plan of
    action", "rate of interest" are English's own and quiet). A chain « N1 de N2 de N3 » carried over as "E1 of E2
    of ..." is flagged without that compound (and with no suggestion): on a compounding head the same references
    write such a chain once in 56 readings ("a complex of production of green hydrogen"); a quantity (« de
    centaines de millions de ») is no chain.

    Two routes need no head counted in the parallel news (``bench/noun_compounds.py``, from WordNet 3.0). A bare
    "E1 of E2" whose compound WordNet lists as one noun ("storms of snow": "snowstorm"; "a wave of heat": "heat
    wave") is flagged whatever the French head, when the source's bare « N1 de N2 » renders it (the suggestion
    keeps E1's number: "snowstorms"; it is WordNet's spelling, closed where it has both, "cornfield"; a compound
    whose first sense is no kind of its head is no row: "a wall of fire" is no "firewall"). Not read: a head that measures out matter ("a cup of coffee", "a sheet of
    paper": a ``noun.quantity`` sense, or a "head of matter" WordNet lists), a person head ("chief of police" is
    an English title), a compound whose "head of modifier" WordNet lists or the calibration years' human English
    writes ("point of departure", "rate of unemployment"). And on a compounding head, a noun of matter (first
    WordNet sense a substance, food, plant or animal: "lithium", "tea") goes before the head though no word list
    holds the pair ("contract of lithium" -> "lithium contract"); a complement naming an act or a state is not
    read so ("a campaign of persecution", "the initial stage of destruction": the newstest 2014 reference writes
    both). Every suggestion takes the indefinite article its first word needs ("an agreement of lithium" -> "a
    lithium agreement"); no-break spaces read as spaces and a text in capitals as lower case (suggested in
    capitals).

    A « N1 de Name » is read the same way (:func:`name_calques`): ``bench/of_heads.py`` counts how the same human
    translators render a French head before a capitalised name, and keeps the heads they put the name first
    ("the Gomel court"), gave its possessive ("Obama's strategy") or set after "in" ("a court in Gomel") at least 5
    times and never wrote "N1 of Name" (« tribunal », « gare », « hôpital », « stratégie »; not « ville »,
    « maire », « université »: "the city of Lyon" is English's own; not « fondateur »: "the founder of Wikileaks" is
    written too). The English "N1 of [the] Name" must render the source's head and keep its name as written; the
    suggestion is the translators' most frequent form ("a court of Gomel" -> "Gomel court"), none when a second
    name is joined ("the courts of Gomel and Minsk"). A lower-case adjective French puts between such a head
    and « de » (« l'aéroport international de Nadi ») leaves the head's row answering, and the adjective,
    rendered before the English head, goes before the name with it ("the international airport of Nadi" ->
    "Nadi international airport"); the same references wrote such a phrase with "of" once in 9, and the message
    says "rarely". An adjective of rank (the profile's ``rank_adjectives``: « principal », « seul », « premier »)
    is not read so: "the main airport of Nadi" is English ("Nadi's main airport" too), never "Nadi main airport".

    Example:
        source: Le taux de participation a atteint 61 % dimanche. Le vol a atterri à l'aéroport international de Nadi. Des tempêtes de neige ont fermé les routes.
        bad: The rate of participation reached 61% on Sunday. The flight landed at Nadi international airport. The roads were closed by snowstorms.
        bad: The participation rate reached 61% on Sunday. The flight landed at the international airport of Nadi. The roads were closed by snowstorms.
        bad: The participation rate reached 61% on Sunday. The flight landed at Nadi international airport. The roads were closed by storms of snow.
        good: The participation rate reached 61% on Sunday. The flight landed at Nadi international airport. The roads were closed by snowstorms.
    """

    code = "A626"
    name = "noun-compound-calque"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    requires_source = True


    def check(self, segment, sources, ctx) -> Iterator:
        langs = (ctx.source.code, ctx.target.code)
        read, capitals = plain_reading(segment.text)
        if not sources or not bare_of_screen(read, langs[1]):
            return
        source = joined_sources(sources)
        found = compound_calques(source, read, langs)
        spans = {(f.start, f.end) for f in found}
        found += [f for f in lexical_calques(source, read, langs) if (f.start, f.end) not in spans]
        for f in found:
            text = segment.text[f.start:f.end]
            start, suggestion = f.start, f.suggestion
            if suggestion:
                # the article is agreed on the lower-case reading ("A"/"AN" mid-sentence in capitals is the
                # article, not a letter naming a plan) and written back in the text's capitals
                start, suggestion = article_agreed(read, f.start, suggestion, langs[1])
                suggestion = suggestion.upper() if capitals else suggestion
            if f.kind == "chain":  # why it fired: the chain, not a compound English writes for this pair
                yield self.issue(
                    segment, f.start, f.end,
                    f"{quoted(text)} opens a chain of {ctx.source.name} « … de … de … » carried over word for word "
                    f"as “… of … of …”: on this head human translators almost never keep the chain (once in 56 "
                    f"readings); they fold a noun into a compound or recast the phrase", None)
                continue
            if f.kind == "lexical":  # why it fired: the dictionary lists the compound; no translator counted this head
                yield self.issue(
                    segment, start, f.end,
                    f"{quoted(text)} carries the {ctx.source.name} « … de … » over word for word: "
                    f"{ctx.target.name} writes it as one compound noun, "
                    f"{quoted(f.suggestion.upper() if capitals else f.suggestion)}, which its dictionary lists",
                    suggestion)
                continue
            shown = f.suggestion.upper() if capitals and f.suggestion else f.suggestion
            how = (f"write this head as a compound, {quoted(shown)}" if f.suggestion else
                   "write this head as a compound, with the complement's usual rendering before it")
            yield self.issue(
                segment, start, f.end,
                f"{quoted(text)} carries the {ctx.source.name} « … de … » over word for word: human translators "
                f"{how}",
                suggestion)
        for f in name_calques(source, segment.text, langs):
            text = segment.text[f.start:f.end]
            how = (f"write {quoted(f.suggestion)}" if f.suggestion else
                   "put the names before this head or after \"in\"")
            # each route's own count: the head's row was never written with "of"; read through an adjective
            # (« l'aéroport international de Nadi ») the same references wrote "of" once in 9
            often = ("rarely write (once in 9 such phrases)" if f.kind == "name-adjective" else "never write")
            yield self.issue(
                segment, f.start, f.end,
                f"{quoted(text)} carries the {ctx.source.name} « … de … » before a name over word for word: human "
                f"translators {often} {quoted(f.head + ' of')} a name here; they {how}",
                f.suggestion)


class MeasureSources(NamedTuple):
    heads: tuple[frozenset, ...]
    """The renderings (stems) of every head of a source « N1 de [hedge] NUM UNIT » that is an ``M`` row."""
    complements: tuple[tuple[frozenset, str], ...]
    """(renderings of N2, the translators' most frequent words after the unit) of every source « NUM UNIT de N2 »
    that is a ``T`` row."""


@memoize(SOURCES)
def measure_sources(source_text: str, langs: tuple[str, str]) -> MeasureSources:
    """The measure frames of the source whose noun the table holds (:func:`mtqa.langs.of_phrases.measure_frames`,
    the reader ``bench/of_measures.py`` counted with), kept per source: every system's translation asks again."""
    table, model = measure_table(*langs), load_lexmodel(*langs)
    if table is None or model is None:
        return MeasureSources((), ())
    toks = tokens(source_text, langs[0])
    heads, complements = [], []
    for kind, n in measure_frames(toks, langs[0]):
        word = toks[n]
        renders = frozenset(c.stem for c in model.translations(word.stem))
        if kind == "M" and word.lower in table.heads:
            heads.append(renders)
        elif kind == "T" and word.lower in table.complements:
            complements.append((renders, table.complements[word.lower][2]))
    return MeasureSources(tuple(heads), tuple(complements))


_GAP = "[ \u00a0\u202f]"
"""A space between the words of a measure phrase: a no-break space (U+00A0, U+202F) often ties a figure to its unit
("4\u00a0400\u00a0metres of altitude"), and it is a space to the reader."""


@memoize(TABLES)
def _measure_of(lang: str) -> Optional[tuple[re.Pattern, re.Pattern]]:
    """The target's two measure phrases with the profile's complement word ("of"): a head, "of", an optional hedge
    of the number conventions ("almost"), a figure or a cardinal word, a unit ("a man of 45 years", "a debate of
    almost ten hours"); and a figure or cardinal word, at most one word, a unit, "of", an optional definite
    article and a word ("five years of prison", "180 nautical miles of delay"). None when the profile lists no
    complement word or the conventions no unit."""
    profile, m = language(lang), measures(lang)
    of = profile.word_set("complement_words")
    if not of or not m.units:
        return None
    # the case-blind word lists as prefix tries (:func:`trie_alternation`: the flat lists' matches): the tail
    # pattern is tried at every word start, and a flat case-blind list is tried word by word there (stop 76);
    # the head's letters possessive (``++``): a space follows them, so giving one back never helps
    units, the = trie_alternation(m.units, ignorecase=True), profile.word_set("definite_articles")
    hedge = trie_alternation([" ".join(h) for h in m.hedges], ignorecase=True) if m.hedges else None
    figure = rf"(?:\d[\d.,]*|{trie_alternation(m.cardinals, ignorecase=True)})"
    joined = alternation(sorted(of))
    head = re.compile(rf"(?<![\w'\u2019-])({_LETTERS}++){_GAP}(?:{joined}){_GAP}"
                      rf"{rf'(?:(?:{hedge}){_GAP})?' if hedge else ''}{figure}(?:{_GAP}|-)(?:{units})\b", re.I)
    article = rf"(?:(?:{alternation(sorted(the))}){_GAP})?" if the else ""
    tail = re.compile(rf"(?<![\w'\u2019-]){figure}(?:{_GAP}{_LETTERS}+)?(?:{_GAP}|-)((?:{units}){_GAP}(?:{joined})"
                      rf"{_GAP}{article}({_LETTERS}+))\b", re.I)
    return head, tail


def measure_calques(source_text: str, target_text: str, langs: tuple[str, str]) -> list[Found]:
    """The "E1 of [hedge] NUM UNIT" and "NUM UNIT of E2" phrases of the target whose source frame's noun the human
    translators never (or once in ten readings) wrote with "of" (:func:`measure_sources`): E1 or E2 a rendering of
    that noun. A "UNIT of E2" is suggested as the unit and the translators' most frequent words after it ("years
    in prison"); a head's measure goes before it, as a compound whose form (a hyphenated adjective, "-old" for an
    age) the check does not build: no suggestion."""
    patterns = _measure_of(langs[1])
    if patterns is None or not bare_of_screen(target_text, langs[1]):
        return []
    head_re, tail_re = patterns
    heads = [m for m in head_re.finditer(target_text) if m.group(1).islower()]
    tails = list(tail_re.finditer(target_text))
    if not heads and not tails:
        return []
    found = measure_sources(source_text, langs)
    out: list[Found] = []
    for m in heads:
        s1 = _stem(m.group(1).lower(), langs[1])
        if any(s1 in renders for renders in found.heads):
            out.append(Found(m.start(1), m.end(), m.group(1), "measure-head", None))
    for m in tails:
        s2 = _stem(m.group(2).lower(), langs[1])
        words = next((w for renders, w in found.complements if s2 in renders), None)
        if words is None:
            continue
        unit = m.group(1).split()[0]
        out.append(Found(m.start(1), m.end(2), m.group(2), "measure-tail",
                         f"{unit} {words}" if words else None))
    return out


@register
@record
class MeasureOfCalque(SegmentCheck):
    """A French « N1 de NUM UNIT » or « NUM UNIT de N2 » carried over with "of" where human translators never write it.

    Why it matters: French ties a measure to a noun with « de » on either side (« un homme de 45 ans », « cinq ans
    de prison », « 800 mètres d'altitude »); English puts the measure before the noun or links it another way ("a
    45-year-old man", "five years in prison", "800 metres above sea level"), and "a man of 45 years" or "five
    years of prison" read as translated. But "a period of two years", "a distance of 3 km" and "ten years of war"
    are English's own, so nothing here is a rule of grammar: ``bench/of_measures.py`` counts, in the human
    translations of French news (newstest 2008-2013 references, Potet's post-edits), how each French noun of such
    a frame was rendered, and keeps the nouns read at least 3 times and with "of" in at most one reading in ten
    (« homme », « femme », « fils », « prison », « altitude »; not « période », « peine », « distance »,
    « diamètre », « guerre »), and a complement only when one form of the translators leads (a tie, « emprisonnement »
    "imprisonment" 2 / "in prison" 2, is no evidence against "three years of imprisonment"). The measure is a figure or a cardinal word and a unit of the number conventions,
    after an optional hedge (« près de », "almost"). The flag needs the source's frame with that noun and the
    English "of" phrase rendering it (the lexical model's renderings); the suggestion, for a measure before its
    noun, is the unit and the words the translators most often wrote after it ("years in prison"); a noun after
    its measure gets none (the compound's form, "45-year-old", is not built).

    A measure phrase that A501's entries or A619/A620 already report (« cinq ans de prison », "a man of fifty
    years") is theirs: this check gives way on that span (``precedence.py``), so one defect is one issue. A no-break
    space between the figure and its unit is a space.

    Example:
        source: Le refuge se trouve à 2 400 mètres d'altitude, au pied du glacier.
        bad: The hut stands at 2,400 metres of altitude, at the foot of the glacier.
        good: The hut stands at 2,400 metres above sea level, at the foot of the glacier.
    """

    code = "A632"
    name = "measure-of-calque"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MINOR
    requires_source = True

    def check(self, segment, sources, ctx) -> Iterator:
        langs = (ctx.source.code, ctx.target.code)
        if not sources or not bare_of_screen(segment.text, langs[1]):
            return
        for f in measure_calques(joined_sources(sources), segment.text, langs):
            text = segment.text[f.start:f.end]
            if f.kind == "measure-head":
                how = "put the measure before this noun or after another word (\"a 45-year-old man\", \"a debate " \
                      "lasting ten hours\")"
            else:
                how = f"write {quoted(f.suggestion)}" if f.suggestion else "write no \"of\" after this measure"
            yield self.issue(
                segment, f.start, f.end,
                f"{quoted(text)} carries the {ctx.source.name} « … de … » of a measure over word for word: human "
                f"translators (nearly) never write {quoted(f.head)} with \"of\" here; they {how}",
                f.suggestion)
