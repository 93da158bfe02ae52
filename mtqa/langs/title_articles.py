"""A title right before a person's name with an article, read and counted (F502, ``bench/title_articles.py``).

French writes an article before a title that opens a name (« le président turc Recep Tayyip Erdogan », « le
Premier ministre Denys Chmyhal »); English news writes the title bare and capitalised before the name ("Turkish
President Recep Tayyip Erdogan") or sets the name off by commas ("the Turkish president, Recep Tayyip Erdogan,").
This module owns the reading both the counter and the check use, so that the table decides on the same shapes
the check reads: the titles (``title_article.titles`` of the language profile), the nationality adjectives (the
pair's demonym table, the names owner's), the name after them, and the learned table
``data/names/title_articles.<lang>.tsv`` (which titles English writes bare).
"""
from __future__ import annotations

import collections
import re
from types import MappingProxyType
from typing import Iterable, Mapping, NamedTuple, Optional

from mtqa.errors import DataError
from mtqa.langs import language
from mtqa.langs.cache import SOURCES, TABLES, memoize
from mtqa.langs.data import alternation, built_from, data_path, data_toml, pair_table, profile_word_list, read_rows
from mtqa.langs.text import fold

_SP = r"[ \u00a0]+"
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper() and c.isalpha())
"""The capital letters of the Latin alphabets, accented ones too (Édouard, Ólafur, Łukasz): a name's first letter."""
_NAME_WORD = rf"[{_CAPITALS}](?:[\w'’-]|\.(?=[\w'’-]))*\.?"


class TitleUse(NamedTuple):
    """One title before a capitalised word: the shape it has and where its parts are."""

    shape: str
    """``article`` ("the Turkish president Erdogan"), ``bare`` ("Turkish President Erdogan") or ``comma``."""
    title: str
    """The title as the profile lists it, in lower case (``prime minister``)."""
    start: int
    title_start: int
    title_end: int
    name_start: int
    adjective: str
    name: str
    """The capitalised words after the title (Recep Tayyip Erdogan)."""


@memoize(TABLES)
def titles(lang: str = "en") -> tuple[str, ...]:
    """The profile's ``title_article.titles``, longest first (``foreign minister`` before ``minister``)."""
    found = profile_word_list(language(lang).extra.get("title_article", {}).get("titles"), lang,
                              "title_article.titles", empty=True)
    return tuple(sorted(dict.fromkeys(t.lower() for t in found), key=len, reverse=True))


@memoize(TABLES)
def nationality_adjectives(pair: str = "fr-en") -> tuple[str, ...]:
    """The English nationality and region adjectives of the pair's demonym table (Turkish, South Korean), the
    prefixes left out: the adjective news may put before a title."""
    out = {row["english"] for row in pair_table("demonyms", pair)
           if row.get("kind") in ("nationality", "region") and (row.get("english") or "")[:1].isupper()}
    out.update(_words("en", "adjectives", lower=False))
    return tuple(sorted(out, key=len, reverse=True))


def _words(lang: str, key: str, lower: bool = True) -> tuple[str, ...]:
    """The profile's ``title_article.<key>`` (:meth:`Language.profile_words`: checked, and read once, as a title
    use asks up to five of them)."""
    return language(lang).profile_words("title_article", key, lower)


@memoize(TABLES)
def _pattern(lang: str, pair: str) -> re.Pattern:
    adjectives = alternation(nationality_adjectives(pair), lambda a: re.escape(a).replace(r"\ ", _SP))
    title_alts = alternation(titles(lang), lambda t: re.escape(t).replace(r"\ ", _SP).replace(r"\-", "[ -]"))
    return re.compile(
        rf"(?<![\w'’-])(?P<the>[Tt]he{_SP})?(?:(?P<adj>{adjectives}){_SP})?(?P<title>(?i:{title_alts}))"
        rf"(?P<comma>,)?{_SP}(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD})*)")


@memoize(TABLES)
def _describing(lang: str) -> frozenset[str]:
    """The words after which a title is described, not bare: the profile's determiners and the words of
    ``title_article.describing`` ("former", "late", "then")."""
    profile = language(lang)
    return frozenset(w.lower() for w in (*profile.extra.get("reporting_inversion", {}).get("determiners", []),
                                         *profile.extra.get("more_determiners", []), *_words(lang, "describing")))


@memoize(TABLES)
@built_from("case_style.toml")
def _name_heads(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the nouns that end an institution's name, ``case_style.toml`` name_heads; the language's day and month
    names, ``numbers/<lang>.toml``): the words that show capitalised words after a title are no person's name."""
    from mtqa.numbers import conventions

    return (frozenset(data_toml("case_style.toml")["name_heads"]) | frozenset(_words(lang, "name_heads")),
            frozenset(conventions(lang).calendar_names))


def is_person(name: str, lang: str) -> bool:
    """Whether the capitalised words after a title open a person's name: the first is a first name of the
    profile or no common word of its dictionary, nor a day or month (Recep, Denys, Erdogan; not Assembly, Motors: "the General
    Assembly", "the General Motors plant"), and no word of them heads an institution's name ("the Prince
    Albert Foundation", "the King Abdullah University": ``case_style.toml`` name_heads)."""
    profile = language(lang)
    heads, calendar = _name_heads(lang)
    words = name.split()
    first = words[0].strip(".'’")
    if not first or first.lower() in profile.function_words or first.isupper() and len(first) > 1 \
            or first in calendar:
        return False  # "the judge Friday", "the president The ...", "the President NATO": no name
    if any(w.lower().strip(".,") in heads for w in words[1:]):
        return False
    if first.lower() not in profile.first_names_folded and profile.is_common_word(first):
        # a surname-first or dictionary-word name ("Li Keqiang", "Park Geun-hye", "Rand Paul"): a person when
        # the next word is a first name, hyphenated, or no common word; alone ("Bush", "Brown") it may be anything
        if len(words) < 2:
            return False
        second = words[1].strip(".,'’")
        return second.lower() in profile.first_names_folded or "-" in second or not profile.is_common_word(second)
    return True


def _after_name(text: str, end: int, lang: str, names: int = 1) -> bool:
    """Whether what follows the name shows the article is not the title's (F502 and its counter skip the use):

    * a common noun the name premodifies, whose the article is ("the President Obama administration", "the King
      Kong remake"): a lower-case word right after the name that is no function word, no irregular verb form
      (said, met), no regular past or -s form and no -ly adverb, the shapes a name's verb takes, nor a past
      spelt as its base before an object (:func:`_past_before_object`: "set a record"; after ``names`` joined by
      "and", any word before an object: "complete the podium"), and is followed by a
      grammar word or a verb's -s or -ed form ("administration has", "assassination remains");
    * a relative clause with no pronoun, whose subject follows the name ("the Prime Minister David Cameron we
      knew", "the President Mandela many remember": ``title_article.relative_subjects``);
    * a past verb right before a copula: the relative clause's verb, its object the title's holder ("the
      senator Harry Reid thanked was Mr Kerry");
    * a time that defines which holder is meant ("the King Juan Carlos of 2014": "of" and a number).
    Why: in these the "the" is the head noun's or a defining one, and English writes it."""
    from mtqa.langs.inflection import inflection

    rest = text[end:]
    if text[:end].endswith(("'s", "’s", "s'", "s’")):
        return False  # "the Saudi King Abdullah's death": the possessive is the title's phrase, "the" its
    m = re.match(r"[ \u00a0]+([^\W\d_]+)(?![\w'’-])(?:[ \u00a0]+(\S+))?", rest)
    if not m:
        return False  # punctuation, a capital, or a word joined to more ("al-Assad"): no head noun
    word, nxt = m.group(1), m.group(2) or ""
    low = word.lower()
    profile = language(lang)
    if low in _words(lang, "relative_subjects"):
        return True
    if low == "of" and nxt[:1].isdigit():
        return True
    from mtqa.langs.inflection import inflection as _inflection

    _verbs = _inflection(lang)
    if nxt.lower() in _words(lang, "copulas") and low not in language(lang).function_words and (low.endswith("ed") or (
            _verbs is not None and _verbs.irregular_form(low) == "past")):
        return True  # "the senator Harry Reid thanked was Mr Kerry": a past verb with its object gone, then a copula
    if not word.islower() or low in profile.function_words or low.endswith(("ed", "s", "ly")) \
            or low in _words(lang, "name_particles"):
        return False
    verbs = inflection(lang)
    if verbs is not None and verbs.irregular_form(low):
        return False
    if verbs is not None and _past_before_object(low, nxt, verbs, profile, names > 1):
        return False  # "the Swiss Lara Gut set a record": the name's verb, its object after it
    # the head noun is itself followed by its clause's verb or a grammar word ("administration has", "remake
    # was", "assassination remains", "portrait by"); "Chris Murphy last week" is a time phrase after the name
    follow = nxt.lower()
    return bool(follow) and follow[:1].isalpha() and (follow in profile.function_words or (
        follow.endswith(("s", "ed")) and not follow.endswith("ss")))


def _past_before_object(word: str, nxt: str, verbs, profile, plural: bool = False) -> bool:
    """``word`` is a past form an irregular verb spells as its base (set, put, hit, cut, beat, quit: the past
    forms of ``inflection.toml``) and the word after it opens an object: a central determiner
    (``possessive_replaces`` of the profile: "a", "the", "his", "this"...) or a figure. Why: such a word is a
    noun too ("the President Obama tax cut was"), and alone it does not say which; the sentence does. A person's
    name is singular, so the base form is no present verb after it ("the Swiss Lara Gut set" is past), and a
    head noun the name premodifies is followed by its own clause's verb or a preposition, not by an object's
    determiner ("the King Kong remake was"). After names joined by "and" (``plural``) any such word before an
    object is the names' verb in the present ("the Austrians Katharina Huber and Anna Berger complete the
    podium"), which is the base form."""
    forms = verbs.irregular.get(word)
    if not plural and (not forms or word not in forms[0]):
        return False
    follow = nxt.strip("\"“‘'’(").lower()
    return follow[:1].isdigit() or follow in profile.word_set("possessive_replaces")


def _defining(text: str, start: int, lang: str) -> bool:
    """Whether the "the" follows a copula ("It is the President Putin we have come to know", "is not the Russian
    president Boris Yeltsin was", "Who was the president Obama defeated"): a predicate "the" that defines which
    holder is meant (``title_article.copulas``), which English writes."""
    before = text[:start].split()
    return bool(before) and before[-1].lower() in _words(lang, "copulas") or (
        len(before) > 1 and before[-1].lower() == "not" and before[-2].lower() in _words(lang, "copulas"))


def uses(text: str, lang: str = "en", pair: str = "fr-en") -> Iterable[TitleUse]:
    """The titles of the profile before a person's name in ``text``, each with its shape."""
    describing = _describing(lang)
    for m in _pattern(lang, pair).finditer(text):
        if not is_person(m.group("name"), lang) or _after_name(text, m.end("name"), lang) or (
                m.group("the") and _defining(text, m.start(), lang)):
            continue
        title = " ".join(m.group("title").lower().replace("-", " - ").split()).replace(" - ", "-")
        if title not in titles(lang):
            title = next((t for t in titles(lang) if t.replace("-", " ") == title.replace("-", " ")), title)
        if m.group("the"):
            shape = "comma" if m.group("comma") else "article"
        else:
            if m.group("comma") or not m.group("title")[:1].isupper():
                continue
            before = text[:m.start()].split()
            previous = before[-1].lower().strip("\"“(") if before else ""
            if previous in describing or (before and before[-1][:1].isupper() and not before[-1].endswith(
                    (".", ",", ":", ";"))):
                continue  # "his Prime Minister X", "former President X", "Labour Party Leader X": described
            shape = "bare"
        yield TitleUse(shape, title, m.start(), m.start("title"), m.end("title") + (1 if m.group("comma") else 0),
                       m.start("name"), m.group("adj") or "", m.group("name").rstrip("."))


def count_shapes(lines: Iterable[str], lang: str = "en") -> dict[str, collections.Counter]:
    """Per title, the uses of each shape in ``lines`` (``bench/title_articles.py``)."""
    out: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in lines:
        for use in uses(line, lang):
            out[use.title][use.shape] += 1
            if use.shape == "article" and line[use.title_start:use.title_start + 1].isupper():
                out[use.title]["capital"] += 1  # "the German Chancellor Angela Merkel": of the article uses
    return out


def bare_titles(lang: str = "en") -> frozenset[str]:
    """The titles the learned table says English writes bare before a name (``flagged`` = yes)."""
    return _flagged(lang)[0]


def capital_titles(lang: str = "en") -> frozenset[str]:
    """Of :func:`bare_titles`, those whose capitalised form after the article ("the German Chancellor Angela
    Merkel") the table flags too (``capital`` = yes): English as written (the English-original documents) does
    not write it so. A flagged title not among them is read in lower case only ("the German chancellor Angela
    Merkel")."""
    return _flagged(lang)[1]


@memoize(TABLES)
def _flagged(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(``flagged`` = yes, ``capital`` = yes) of the learned table, read by the one reader of learned tables
    (:func:`mtqa.langs.data.read_rows`): a row of another shape, or whose two last cells are not yes or no, is a
    DataError naming the file and line."""
    path = data_path("names", f"title_articles.{lang}.tsv")
    if not path.is_file():
        return frozenset(), frozenset()
    bare, capital = set(), set()
    header: list[int] = []

    def row(cells: list) -> None:
        if not header:
            header.append(len(cells))
        elif len(cells) != header[0] or cells[-1] not in ("yes", "no") or cells[-2] not in ("yes", "no"):
            raise ValueError(f"expected {header[0]} tab-separated cells ending in two cells of yes or no")
        elif cells[-1] == "yes":
            bare.add(cells[0])
            if cells[-2] == "yes":
                capital.add(cells[0])

    read_rows(path, row)
    return frozenset(bare), frozenset(capital)


def profile_words(lang: str, key: str) -> tuple[str, ...]:
    """The profile's ``title_article.<key>`` in lower case (a DataError when it is no list of words)."""
    return _words(lang, key)


class NationalityUse(NamedTuple):
    """"the" and a nationality adjective right before a person's name ("the Kenyan Daniel Kiprono")."""

    start: int
    adjective_end: int
    adjective: str
    """The English adjective of the demonym table (Kenyan), also for a plural noun the target writes (Kenyans)."""
    name: str
    plural: str = ""
    """The plural noun of people the target writes in the adjective's place ("the Kenyans Daniel Kiprono and Eliud
    Kipchoge"), else empty."""


@memoize(TABLES)
def nationality_plurals(pair: str) -> dict[str, str]:
    """The English plural noun of people of the pair's demonym table -> its adjective (Kenyans -> Kenyan), where
    the two differ (Swiss and Dutch are both): the noun a target writes after "the" before two names ("the
    Kenyans Daniel Kiprono and Eliud Kipchoge")."""
    return {row["plural"]: row["english"] for row in pair_table("demonyms", pair)
            if row.get("kind") == "nationality" and (row.get("english") or "")[:1].isupper()
            and row.get("plural") and row["plural"] != row["english"]}


@memoize(TABLES)
def _nationality_pattern(lang: str, pair: str) -> re.Pattern:
    words = set(nationality_adjectives(pair)) | set(nationality_plurals(pair))
    adjectives = alternation(sorted(words, key=len, reverse=True), lambda a: re.escape(a).replace(r"\ ", _SP))
    return re.compile(rf"(?<![\w'’-])[Tt]he{_SP}(?P<adj>{adjectives}){_SP}"
                      rf"(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD})*)")


@memoize(TABLES)
def _more_names(lang: str) -> re.Pattern:
    """A further name joined to a name by a comma or a coordinator of the profile (``noun_coordinators``: and,
    or): "Daniel Kiprono and Eliud Kipchoge", the people a plural noun of nationality names."""
    joins = alternation(language(lang).word_set("noun_coordinators"), re.escape)
    return re.compile(rf"(?:,{_SP}|{_SP}(?:{joins}){_SP})(?P<name>{_NAME_WORD}(?:{_SP}{_NAME_WORD})*)")


def nationality_uses(text: str, lang: str = "en", pair: str = "fr-en") -> Iterable[NationalityUse]:
    """Each "the" + nationality adjective + person's name in ``text`` (F504's reading). Not a title after the
    adjective ("the Turkish President Erdogan": F502's), nor a name that is no person's (:func:`is_person`: "the
    British Museum", "the Chinese CBC"), nor a "the" that belongs to a noun after the name or to a predicate
    (:func:`_after_name`, :func:`_defining`: "the American Bill Gates Foundation", "it is the Italian Dante
    we read")."""
    title_set = titles(lang)
    plurals = nationality_plurals(pair)
    for m in _nationality_pattern(lang, pair).finditer(text):
        name, end = m.group("name"), m.end("name")
        word = " ".join(m.group("adj").split())
        plural = word if word in plurals else ""
        if plural:
            # a plural noun names more people than one: the names joined to the first are theirs ("the Kenyans
            # Daniel Kiprono and Eliud Kipchoge"), read up to the last, whose verb follows; a plural noun before a
            # single name is no shape English or French writes, and is left alone
            more = _more_names(lang)
            joined = more.match(text, end)
            while joined and is_person(joined.group("name"), lang):
                end = joined.end("name")
                joined = more.match(text, end)
            if end == m.end("name"):
                continue
            name = text[m.start("name"):end]
        if any(" ".join(name.lower().split()[:len(t.split())]) == t for t in title_set) \
                or not is_person(m.group("name"), lang) or _after_name(text, end, lang, 2 if plural else 1) \
                or _defining(text, m.start(), lang):
            continue
        yield NationalityUse(m.start(), m.end("adj"), plurals.get(word, m.group("adj")), name.rstrip("."), plural)


@memoize(TABLES)
def source_nationality_nouns(pair: str) -> dict[str, str]:
    """The pair's demonym table read as nouns of people, accents folded (« Kényan », « Kenyane », « Italienne »,
    « Suissesse »: masculine and feminine forms and a ``feminine_noun`` that differs from the adjective's
    feminine, each in its source plural too: « les Kényans ») -> their English adjective (Kenyan, Italian, Swiss). Folded because the French press writes some
    with and some without the accent (« le Kényan », « le Kenyan »); no two rows share a folded form."""
    out: dict[str, str] = {}
    source = language(pair.split("-")[0])
    for row in pair_table("demonyms", pair):
        english = row.get("english") or ""
        if row.get("kind") != "nationality" or not english[:1].isupper():
            continue
        for form in (row.get("masculine"), row.get("feminine"), row.get("feminine_noun")):
            if form:
                out[fold(form)] = english
                out[fold(source.plural(form))] = english  # « les Kényans Daniel Kiprono et Eliud Kipchoge »
    return out


@memoize(TABLES)
def nationality_countries(pair: str) -> dict[str, str]:
    """The English nationality adjective -> the country's English name (``country`` of the pair's demonym table:
    Kenyan -> Kenya, Dutch -> the Netherlands), for the possessive English news writes before a name ("Kenya's
    Daniel Kiprono"); an adjective no one country answers (Congolese, Korean) has none."""
    return {row["english"]: row["country"] for row in pair_table("demonyms", pair)
            if row.get("kind") == "nationality" and row.get("country") and row.get("english")}


def possessive(country: str) -> str:
    """The country in the possessive: "Kenya's", "Honduras'" (a name ending in s takes the apostrophe alone)."""
    return country + ("'" if country.endswith("s") else "'s")


@memoize(TABLES)
def _named_national_pattern(src_lang: str, pair: str):
    """(the pattern of an article, a capitalised noun and a capitalised name in ``src_lang``'s text, the pair's
    nationality nouns, the source's articles), built once per language pair: the articles and the nouns are
    tables, so neither changes between segments. None without nouns or articles."""
    nouns = source_nationality_nouns(pair)
    profile = language(src_lang)
    articles = profile.word_set("definite_articles") | profile.word_set("contracted_articles")
    if not nouns or not articles:
        return None
    name = rf"[{_CAPITALS}][\w-]*"
    pattern = re.compile(rf"(?<![\w-])(\w+)(?:['’]|{_SP})([{_CAPITALS}][\w-]*){_SP}({name}(?:{_SP}{name})*)")
    return pattern, nouns, articles


_QUOTE_WORD = re.compile(r"[\w-]+")


def source_quote_to_name(quote: str, target_name: str) -> str:
    """The part of a source place :func:`source_named_nationals` kept (article, noun of nationality, a run of
    capitalised words) that names the person of ``target_name``: up to the source word that is the target name's
    last word (accents and case folded: « du Kényan Eliud Kipchoge Dimanche » -> « du Kényan Eliud Kipchoge »), else
    as many words of the run as the target name has. Why: the run has no end of its own (a capitalised word after a
    name, « Dimanche », a place, reads as more name), and F504's message quotes the source's shape of the name the
    target reads, no more."""
    words = list(_QUOTE_WORD.finditer(quote))
    if len(words) < 3:
        return quote
    run, wanted = words[2:], target_name.split()
    if not wanted:
        return quote
    last = fold(wanted[-1]).lower()
    ends = [w.end() for w in run if fold(w.group(0)).lower() == last]
    end = ends[-1] if ends else run[min(len(wanted), len(run)) - 1].end()
    return quote[:end]


@memoize(SOURCES)
def source_named_nationals(source: str, src_lang: str, pair: str) -> Mapping[str, str]:
    """The English adjectives of the nationality nouns the source puts between a definite article and a
    capitalised word (« l'Italienne Giulia Moretti », « le Kényan Kiprono » -> Italian, Kenyan), each with the
    source's own words for it (article, noun and name, the first such place), which F504's message quotes: the
    French shape a target "the Italian Giulia Moretti" copies. The articles are the source profile's
    ``definite_articles`` and ``contracted_articles`` (« au Kényan X », « la victoire du Kényan X »); the noun
    must be capitalised (« le chinois CBC » is an adjective before a firm). Kept per source text (bounded, as
    :func:`mtqa.checks.of_phrases.name_sources` is): a source sentence is read once for the eight systems that
    translate it, and the pattern is compiled once per pair (:func:`_named_national_pattern`)."""
    built = _named_national_pattern(src_lang, pair)
    if built is None:
        return MappingProxyType({})
    pattern, nouns, articles = built
    found: dict[str, str] = {}
    for m in pattern.finditer(source):
        if m.group(1).lower() in articles:
            english = nouns.get(fold(m.group(2)))
            if english and english not in found:
                found[english] = m.group(0)
    return MappingProxyType(found)  # kept for every later caller: read-only
