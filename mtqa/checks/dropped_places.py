"""Places and nationalities the translation dropped: « la Chine, l'Inde et le Japon » -> "China and India".

A country, city or region whose English name differs from the French one (the exonym table), or a
nationality written as a capitalised noun (« le Kényan Kelvin Kiptum », the demonym table), is a fact of
the story. A translation that keeps the sentence but writes no English form of it (the name, its people or
adjective, the French form itself) lost that fact, and nothing in the English shows it. The name checks
(A611) read rare names only, unknown to the dictionaries; these names are known words, so no other check
compares them across the sentence. The tables already name the English forms, so the evidence is a plain
lookup: no English form in the aligned target sentences, nor in the one before or after them (a
translator who splits or joins sentences may move the name), means the name is gone.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Iterator

from mtqa.checks.base import DocumentCheck
from mtqa.checks.registry import register
from mtqa.langs import fold, language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import alternation
from mtqa.model import DocumentPair, Issue, Severity
from mtqa.records import record

from mtqa.checks.omission import MIN_LINK_CONFIDENCE

PLACE_KINDS = ("country", "city", "region", "islands")
"""Exonym rows that name a place; persons, feasts, eras and institutions are reworded too freely."""


def _people_forms(pair, row: dict) -> set[str]:
    """A nationality's English forms: the demonym table's adjective and plural, and the nouns of its people the
    target language's ``people_nouns`` gives (Briton, Dane), each with its plural."""
    nouns = pair.target.profile_words("people_nouns", row["english"], lower=False) if row["english"] else ()
    plurals = [n[:-3] + "men" if n.endswith("man") else n + "s" for n in nouns]
    return {w for w in (row["english"], row["plural"], *nouns, *plurals) if w}


def _without_the(name: str) -> str:
    """The demonym table's country without its article ("the Czech Republic"), as the capitals table writes it."""
    return name[4:] if name.startswith("the ") else name


def _plural(form: str) -> str:
    return form if form[-1:] in "sxz" else form + "s"


@memoize(TABLES)
def place_forms(pair) -> dict[str, tuple[str, frozenset[str], bool]]:
    """Source form (as the source writes it, capitalised) -> (the English name, every folded lower-case English
    form that renders it: the name, its people's adjective and plural, and its capital's English name where the
    capitals table has it, since "Beijing" stands for « la Chine » in news English, and the names of the other
    places with that capital, since England, Britain and the UK stand for one another there; the exonym table's
    ``also`` names besides, the other English names of the place). A nationality's capitalised
    noun forms (« Kényan », « Kényanes ») map to the nationality's English forms and its country. The third item
    says whether the form is a place (True) or a nationality."""
    people: dict[str, set[str]] = {}
    for row in pair.table("demonyms"):
        if row["kind"] == "nationality" and row.get("country"):
            people.setdefault(_without_the(row["country"]), set()).update(_people_forms(pair, row))
    exonym_english = {row["french"]: row["english"] for row in pair.table("exonyms")}
    names: dict[str, set[str]] = {}  # a country as the source writes it -> its English names and capital's
    for row in pair.table("capitals"):
        names.setdefault(row["country"], set()).update(
            {row["english"], row["french"], exonym_english.get(row["french"], "")} - {""})
    by_english: dict[str, set[str]] = {}
    for french, english in names.items():
        for name in english:
            by_english.setdefault(name, set()).update(english)

    def accepted_of(english: set[str]) -> frozenset[str]:
        every = set(english)
        for name in english:
            every |= people.get(name, set()) | by_english.get(name, set())
        for name in list(every):
            every |= people.get(name, set())
        folded = {_folded(w) for w in every if w}
        return frozenset(folded | {w.replace(" ", "") for w in folded})  # "SouthKorea" glued is T's, no omission

    forms: dict[str, tuple[str, frozenset[str], bool]] = {}
    for row in pair.table("exonyms"):
        if row["kind"] not in PLACE_KINDS:
            continue
        also = [w.strip() for w in row.get("also", "").split(";") if w.strip()]  # Puglia for Apulia
        english = {row["english"], *also, row["french"], *names.get(row["french"], ())}
        forms[row["french"]] = (row["english"], accepted_of(english), True)
    for row in pair.table("demonyms"):
        if row["kind"] != "nationality" or not row.get("country"):
            continue
        accepted = accepted_of({*_people_forms(pair, row), _without_the(row["country"])})
        for base in (row["masculine"], row["feminine"]):
            if not base:
                continue
            for form in (base, _plural(base)):
                capital = form[:1].upper() + form[1:]
                forms.setdefault(capital, (row["english"], accepted, False))
    return forms


@memoize(TABLES)
def _source_pattern(pair) -> re.Pattern:
    return re.compile(r"(?<![\w-])(" + alternation(place_forms(pair)) + r")(?![\w-])")


def _folded(text: str) -> str:
    """``text`` as folded lower-case words one space apart, dotted initials one word ("U.S." and "US" -> "us"),
    the way :func:`_words` reads it."""
    text = _INITIALS.sub(lambda m: m.group().replace(".", ""), text)
    return " ".join(re.findall(r"[^\W\d_]+", fold(text).lower()))


_INITIALS = re.compile(r"\b(?:[^\W\d_]\.){2,}")


def _words(text: str) -> set[str]:
    """Folded lower-case words and word runs of up to four words of ``text`` (for "United States")."""
    tokens = _folded(text).split()
    return {" ".join(tokens[i:i + n]) for n in (1, 2, 3, 4) for i in range(len(tokens) - n + 1)}


_WORD_BEFORE = re.compile(r"(^|[.!?:;«\"“(]\s*|\S)?\s*\b([^\W\d_][\w'’]*) $")


_CAPITAL_AFTER = re.compile(r" [^\W\d_a-zà-ÿ]")
"""A capitalised word right after a place (« l'Allemagne Centrale »): a longer name. Not read after a
nationality, which stands before the person's name (« le Kényan Kelvin Kiptum »)."""


def _in_brackets(text: str, start: int) -> bool:
    """The name stands inside brackets (« Bob Goodlatte (Virginie) », « (organe radio de Rhénanie-Palatinat) »):
    a gloss for the French reader, which a translator may leave out or abbreviate ("R-Va.")."""
    return text.count("(", 0, start) > text.count(")", 0, start)


def _in_longer_name(text: str, start: int) -> bool:
    """A capitalised word right before the place name, not the sentence's first: the name is part of a longer one
    (« en Grande Bretagne », « la Nouvelle Angleterre »), whose English form is not the part's."""
    m = _WORD_BEFORE.search(text, 0, start)
    if m is None or not m.group(2)[:1].isupper():
        return False
    opener = m.group(1)
    return not (opener is None or opener == "" or opener.strip() in {".", "!", "?", ":", ";", "«", '"', "“", "("})


SIBLING_REACH = 40
"""Characters between two places of one source sentence for them to be read as one list (« la Chine, l'Inde et
le Japon »): the rendered ones mark where the lost one stood."""


@memoize(TABLES)
def _feature_before(lang_code: str):
    """A pattern that matches a feature noun and « de » right before a place (``place_feature_nouns`` of the
    source language's data: « golfe de Gascogne »), or None."""
    nouns = language(lang_code).word_set("place_feature_nouns")
    if not nouns:
        return None
    return re.compile(r"\b(?:" + alternation(nouns) + r")\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+)$")


KIN_PREFIX = 5
"""Letters a capitalised target word shares at its start with an English form to be read as that form's kin
("Frenchman" for French, "Serbians" for Serbian, "Calabrese" for Calabria, "Swabian" for Swabia): the tables
give one adjective and one plural, and English writes the people's nouns and the region's adjectives too."""
KIN_SIMILARITY = 0.85
"""Or the share of letters the two have in common (difflib's ratio): the endonym English writes too
("Hannover" for Hanover)."""


def _capitalised(text: str) -> set[str]:
    return {fold(w).lower() for w in re.findall(r"\b[^\W\d_a-z][^\W\d_]+", text) if w[:1].isupper()}


def _kin(accepted: frozenset[str], words: set[str], common) -> bool:
    """A capitalised target word of the same family as one of the ``accepted`` forms (see KIN_PREFIX), or as a
    word of a form of several that is no common word ("Palatinate" of Rhineland-Palatinate, "Herzegovina"; not
    "Central" of Central Europe: ``common`` says which)."""
    singles = {f for f in accepted if " " not in f}
    singles |= {w for f in accepted if " " in f for w in f.split() if len(w) >= KIN_PREFIX and not common(w)}
    for form in singles:
        if len(form) < 4:
            continue
        for w in words:
            if len(w) >= 4 and (w[:KIN_PREFIX] == form[:KIN_PREFIX] and min(len(w), len(form)) >= KIN_PREFIX
                                or SequenceMatcher(None, w, form).ratio() >= KIN_SIMILARITY):
                return True
    return False


def _in_shared_noun_list(accepted: frozenset[str], text: str, lang_code: str) -> bool:
    """A multiword English form ("red sea") whose words before its noun stand capitalised as an item of a list
    whose last item carries the noun in the plural ("the Mediterranean, Red, and Dead Seas" renders both the Red
    Sea and the Dead Sea): English writes the shared noun once, so the place is rendered though its full name is
    nowhere. The items are joined by commas and the target language's ``place_list_coordinators``."""
    coordinators = language(lang_code).word_set("place_list_coordinators")
    forms = [f.split() for f in accepted if " " in f]
    if not coordinators or not forms:
        return False
    folded = fold(text, keep_case=True)  # accents off, capitals kept: the list's items are capitalised
    for words in forms:
        head = " ".join(w[:1].upper() + w[1:] for w in words[:-1])
        noun = _plural(words[-1])
        joint = _joint(tuple(sorted(coordinators)))
        for m in _shared_noun_list(tuple(sorted(coordinators)), noun[:1].upper() + noun[1:]).finditer(folded):
            items = [" ".join(item.split()) for item in joint.split(m.group("items"))]
            if any(item == head or item.endswith(" " + head) for item in items):  # "The Red and Dead Seas"
                return True
    return False


@memoize(TABLES)
def _joint(coordinators: tuple[str, ...]) -> re.Pattern:
    """What joins two items of a list: a comma, a coordinator, or both ("Red, and Dead")."""
    words = alternation(coordinators)
    return re.compile(r"\s*,\s*(?:(?:" + words + r")\s+)?|\s+(?:" + words + r")\s+")


@memoize(TABLES)
def _shared_noun_list(coordinators: tuple[str, ...], noun: str) -> re.Pattern:
    """Two or more capitalised items joined by :func:`_joint`, then ``noun`` (capitalised, plural) after the last."""
    item = r"[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*)*?"
    joint = _joint(coordinators).pattern
    return re.compile(r"(?<![\w-])(?P<items>" + item + r"(?:(?:" + joint + r")" + item + r")+)\s+"
                      + re.escape(noun) + r"\b")


@register
@record
class DroppedPlace(DocumentCheck):
    """A country, city, region or nationality of the source has no English form in the translated sentence.

    Why it matters: « la Chine, l'Inde et le Japon » rendered "China and India" reads well and loses a
    creditor; « par le Kényan Kelvin Kiptum » rendered "by Kelvin Kiptum" loses the runner's country. The
    source names are those of the exonym table (places English names differently: Japon, Inde, Pékin) and the
    nationalities of the demonym table written as capitalised nouns (« le Kényan »; lower-case adjectives are
    often folded into another word and are not read). A name is reported when its aligned target sentences
    (a confident link, the translation no copy of the source) and the target sentence before and after them
    write none of its English forms: the name or another English name of it ("Puglia" for Apulia), its people
    ("Japanese"), its capital ("Tokyo" for Japan) and the places sharing it ("Britain" for England), the French
    form (kept untranslated is T201's), or its leading words in a list sharing its noun ("the Red and Dead
    Seas"). Minor: the place may be implied by the story.

    Example:
        source: Dette\\n\\nLe pays a signé un accord avec ses créanciers, dont la Chine, l'Inde et le Japon.
        bad: Debt\\n\\nThe country signed a deal with its creditors, including China and India.
        good: Debt\\n\\nThe country signed a deal with its creditors, including China, India and Japan.
    """

    code = "A635"
    name = "dropped-place"
    category = "accuracy"
    subcategory = "omission"
    severity = Severity.MINOR
    requires_source = True
    window: int = 1
    lone: bool = False

    def check(self, pair: DocumentPair, ctx) -> Iterator[Issue]:
        if pair.source is None or pair.source_title_only:
            return
        forms = place_forms(ctx.pair)
        pattern = _source_pattern(ctx.pair)
        features = _feature_before(ctx.source.code)
        n_targets = len(pair.target.segments)
        common = ctx.pair.target.is_common_word
        for link in pair.links:
            if not link.source or not link.target or link.confidence < MIN_LINK_CONFIDENCE:
                continue
            sources = [pair.source.segments[i] for i in link.source]
            targets = [pair.target.segments[i] for i in link.target]
            if [s.text.strip() for s in sources] == [t.text.strip() for t in targets]:
                continue
            found = [(n, m.span(), m.group(1), bool(_CAPITAL_AFTER.match(s.text, m.end())))
                     for n, s in enumerate(sources) for m in pattern.finditer(s.text)
                     if not _in_longer_name(s.text, m.start()) and not _in_brackets(s.text, m.start())
                     and not (forms[m.group(1)][2] and _CAPITAL_AFTER.match(s.text, m.end()))
                     and not (features and features.search(s.text, 0, m.start()))]
            if not found:
                continue
            lo, hi = max(link.target[0] - self.window, 0), min(link.target[-1] + self.window, n_targets - 1)
            around = " ".join(pair.target.segments[i].text for i in range(lo, hi + 1))
            near, capitals = _words(around), _capitalised(around)
            kept = {f for _, _, f, _ in found if forms[f][1] & near or _kin(forms[f][1], capitals, common)
                    or _in_shared_noun_list(forms[f][1], around, ctx.target.code)}
            lost = [(n, at, f, named) for n, at, f, named in found if f not in kept]
            for f in dict.fromkeys(f for _, _, f, _ in lost):
                n, at, named = next((n, at, named) for n, at, g, named in lost if g == f)
                siblings = [forms[g][1] for g in self._list_of(found, n, at, sources[n].text, ctx.source.code)
                            if g in kept]
                if not (self.lone or siblings or (named and not forms[f][2])):
                    continue  # neither a list's item nor a person's nationality: see ``lone``
                seg, start, end = self._place(targets, siblings)
                yield self.issue(seg, start, end,
                                 f"The source names « {f} » here; this translation writes no English form of it "
                                 f"(“{forms[f][0]}”) in this sentence or the next.", None)

    @classmethod
    def _list_of(cls, found: list, n: int, at: tuple[int, int], text: str, lang_code: str) -> list[str]:
        """The other names of the list the name at ``at`` of source sentence ``n`` stands in: the chain of names
        each :meth:`_listed` with the next."""
        spans = sorted((q, g) for m, q, g, _ in found if m == n)
        k = next(i for i, (q, _) in enumerate(spans) if q == at)
        lo = hi = k
        while lo > 0 and cls._listed(text, spans[lo - 1][0], spans[lo][0], lang_code):
            lo -= 1
        while hi + 1 < len(spans) and cls._listed(text, spans[hi][0], spans[hi + 1][0], lang_code):
            hi += 1
        return [g for i, (_, g) in enumerate(spans[lo:hi + 1], lo) if i != k]

    @staticmethod
    def _listed(text: str, one: tuple[int, int], other: tuple[int, int], lang_code: str) -> bool:
        """The two names stand in one list: between them a comma or a coordinator (``place_list_coordinators`` of
        the source language) and nothing else but the grammar words of a place (``place_list_links``: « la Chine,
        l'Inde et le Japon », « de Campanie et des Pouilles »; not « le cheval de Troie de la Flandre »)."""
        (_, end), (start, _) = sorted((one, other))
        between = text[end:start]
        if len(between) > SIBLING_REACH:
            return False
        lang = language(lang_code)
        links, coordinators = lang.word_set("place_list_links"), lang.word_set("place_list_coordinators")
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", between)]
        return bool(links) and all(w in links or w in coordinators for w in words) \
            and ("," in between or any(w in coordinators for w in words))

    @staticmethod
    def _place(targets, siblings: list[frozenset[str]]):
        """Where the lost name belongs: the span of the renderings of the places listed beside it in the source
        (« la Chine, l'Inde et le Japon » -> "China and India"), else the whole first target sentence."""
        for seg in targets:
            spans = []
            for accepted in siblings:
                hit = min((m.span() for form in accepted
                           for m in re.finditer(r"\b" + r"\W+".join(map(re.escape, form.split())) + r"\b",
                                                fold(seg.text).lower())), default=None)
                if hit:
                    spans.append(hit)
            if spans and len(fold(seg.text)) == len(seg.text):
                return seg, min(s for s, _ in spans), max(e for _, e in spans)
        return targets[0], 0, len(targets[0].text)
