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
from typing import Iterable, NamedTuple, Optional

from mtqa.errors import DataError
from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import alternation, built_from, data_path, data_toml, pair_table

_SP = r"[ \u00a0]+"
_NAME_WORD = r"[A-Z][\w'’.-]*"


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
    found = language(lang).extra.get("title_article", {}).get("titles")
    if not isinstance(found, list) or not all(isinstance(t, str) and t.strip() for t in found):
        raise DataError(f"{data_path('langs', f'{lang}.toml')}: title_article.titles is not a list of titles")
    return tuple(sorted(dict.fromkeys(t.lower() for t in found), key=len, reverse=True))


@memoize(TABLES)
def nationality_adjectives(pair: str = "fr-en") -> tuple[str, ...]:
    """The English nationality and region adjectives of the pair's demonym table (Turkish, South Korean), the
    prefixes left out: the adjective news may put before a title."""
    out = {row["english"] for row in pair_table("demonyms", pair)
           if row.get("kind") in ("nationality", "region") and (row.get("english") or "")[:1].isupper()}
    return tuple(sorted(out, key=len, reverse=True))


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
    extra = profile.extra.get("title_article", {}).get("describing", [])
    return frozenset(w.lower() for w in (*profile.extra.get("reporting_inversion", {}).get("determiners", []),
                                         *profile.extra.get("more_determiners", []), *extra))


@memoize(TABLES)
@built_from("case_style.toml")
def _name_heads(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the nouns that end an institution's name, ``case_style.toml`` name_heads; the language's day and month
    names, ``numbers/<lang>.toml``): the words that show capitalised words after a title are no person's name."""
    from mtqa.numbers import conventions

    return frozenset(data_toml("case_style.toml")["name_heads"]), frozenset(conventions(lang).calendar_names)


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
    if first.lower() not in profile.first_names_folded and profile.is_common_word(first):
        return False
    return not any(w.lower().strip(".,") in heads for w in words[1:])


def uses(text: str, lang: str = "en", pair: str = "fr-en") -> Iterable[TitleUse]:
    """The titles of the profile before a person's name in ``text``, each with its shape."""
    describing = _describing(lang)
    for m in _pattern(lang, pair).finditer(text):
        if not is_person(m.group("name"), lang):
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
    return out


@memoize(TABLES)
def bare_titles(lang: str = "en") -> frozenset[str]:
    """The titles the learned table says English writes bare before a name (``flagged`` = yes)."""
    path = data_path("names", f"title_articles.{lang}.tsv")
    if not path.is_file():
        return frozenset()
    out = set()
    header: Optional[list[str]] = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header) or cells[-1] not in ("yes", "no"):
            raise DataError(f"{path}:{number}: expected {len(header)} tab-separated cells ending in yes or no")
        if cells[-1] == "yes":
            out.add(cells[0])
    return frozenset(out)
