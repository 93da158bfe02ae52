"""The generic definite article: French « les/le/la/l' + N » rendered "the N" where English writes the noun bare.

The owner of what F505 (:mod:`mtqa.checks.generic_articles`) and its counter (``bench/generic_articles.py``) read
the same way: where the source holds an article before a noun with no restrictive follower
(:func:`fr_article_nouns`), how an English rendering is used (:func:`english_use`), and the learned table of nouns
English writes bare (``data/lexmodel/generic_articles.<lang>.tsv``, :func:`bare_nouns`). The word lists are the
profiles' ``generic_article`` sections.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator, Optional

from mtqa.langs import language
from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import data_path, read_rows

POSITIONS = ("subject", "prep", "complement", "other", "of")
"""The positions of a French article :func:`fr_article_nouns` tells apart, in the table's column order."""
_FR_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]*)?|[-]\w+|\S")


def _fr_tokens(text: str) -> list[str]:
    """The lower-case words of a French text with an elided article kept apart (« l'inflation »: « l' »,
    « inflation »), and each punctuation mark as a token (so a sentence's end is seen)."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # a decomposed « é » is two code points, the mark no letter
    out = []
    for tok in _FR_WORD.findall(text.lower()):
        m = re.match(r"^([ldjnmstc]|qu)(['’])(.+)$", tok)
        if m:
            out += [m.group(1) + m.group(2), m.group(3)]
        else:
            out.append(tok)
    return out


_SOURCE_KEYS = ("articles", "restrictive", "prepositions", "complement_links", "quantity_links",
                "passive_auxiliaries", "passive_participles", "contrastive_pronouns")
"""The ``generic_article`` lists :func:`fr_article_nouns` reads, in the order it unpacks them."""
_TARGET_KEYS = ("restrictive", "determiners", "verb_markers", "reaction_verbs", "event_nouns")
"""The ``generic_article`` lists :func:`english_use` reads, in the order it unpacks them."""


@memoize(TABLES)
def _word_sets(lang: str, keys: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The profile's ``generic_article.<key>`` lists of ``lang`` as sets, built once per language and keys: the
    readers run per source and per English candidate, and the lists never change within a run."""
    profile = language(lang)
    return tuple(frozenset(profile.profile_words("generic_article", key)) for key in keys)


def fr_article_nouns(text: str, lang: str = "fr", of: bool = False) -> Iterator[tuple[str, str, str]]:
    """(article, noun, position) for every definite article of the profile right before a word with no restrictive
    follower; position is ``subject`` at the sentence's start, ``prep`` after a preposition of the profile,
    ``complement`` after « de » (the complement of another noun: « le ministère de l'Agriculture », which English
    may make a premodifier, "the agriculture ministry"), ``other`` elsewhere (after a verb mostly). With ``of``,
    the nouns followed by « de » (the profile's ``quantity_links``: « la moitié des réserves ») are given instead,
    at position ``of``: for a quantity English writes no article before its "of" either ("half of the reefs"),
    which only the translators' counts can tell from "the economists of the bank".

    Two followers make a subject specific however bare its noun could be: a passive with « été » (« les femmes
    ont été libérées », « les vols ont été annulés »: news reports what befell the people or things of its story,
    and the translators keep "the"), and a contrastive pronoun after a comma (« les femmes, elles, restent... »:
    a group set against another of the story)."""
    (articles, restrictive, preps, links, quantity, auxiliaries, passive,
     contrastive) = _word_sets(lang, _SOURCE_KEYS)
    words = _fr_tokens(text)
    for i, word in enumerate(words[:-1]):
        if word not in articles:
            continue
        noun = words[i + 1]
        if not noun.isalpha() or len(noun) < 3:
            continue
        nxt = words[i + 2] if i + 2 < len(words) else ""
        if of:
            if nxt in quantity:
                yield word, noun, "of"
            continue
        if nxt in restrictive or (nxt.isalpha() and i + 3 < len(words) and words[i + 3] in restrictive):
            continue  # « les économistes de la banque », « les ménages endettés qui » : specific
        after = words[i + 2:i + 5]
        if any(a in auxiliaries and b in passive for a, b in zip(after, after[1:])):
            continue  # « les familles ont été relogées », « les vols, eux, ont été annulés »: what befell them
        if nxt == "," and len(after) > 1 and after[1] in contrastive:
            continue  # « les femmes, elles, restent... »: set against another group of the story
        prev = words[i - 1] if i else ""
        position = "subject" if not prev or prev in {".", "!", "?", "«", "\"", ":"} else \
            "prep" if prev in preps else "complement" if prev in links else "other"
        yield word, noun, position


def english_use(words: list[str], at: int, lang, of: bool = False) -> Optional[str]:
    """How the English word at ``at`` of ``words`` (the text split on spaces) is used: ``kept`` after "the" (or
    "the" and one word: "the French economists"), ``dropped`` with no determiner, None when another determiner
    stands before it or a restrictive word follows it ("the economists of the bank"). With ``of`` the word must be
    followed by "of" (a French « N de »: "half of", "the half of"), and None otherwise."""
    restrictive, dets, verb_markers, reactions, events = _word_sets(lang.code, _TARGET_KEYS)
    word = words[at]
    if word.rstrip(".,;:!?\"”)") != word:
        nxt = ""  # the clause ends with the noun
    else:
        nxt = words[at + 1].lower().strip("\"“(") if at + 1 < len(words) else ""
    if (nxt != "of") if of else (nxt in restrictive):
        return None
    if not of and _restricted_after(words, at, nxt, lang):
        return None
    before = [w.lower().strip("\"“(") for w in words[max(0, at - 2):at]]
    if len(before) == 2 and before[1] == "the" and before[0] in reactions and \
            word.lower().rstrip(".,;:!?\"”)") in events:
        return None  # "condemned the violence", "confirmed the death": the event the story reports
    if before and before[-1].endswith(("'s", "’s", "s'")):
        return None
    if before and before[-1] in verb_markers:
        return None  # "to know", "will see": the French « le/la » was a pronoun (« le savoir », « la voir »)
    if before and before[-1] == "the":
        return "kept"
    if before and before[-1] in dets:
        return None
    if len(before) == 2 and before[0] == "the" and before[1].isalpha():
        return "kept"
    if len(before) == 2 and before[0] in dets:
        return None
    return "dropped"


def _restricted_after(words: list[str], at: int, nxt: str, lang) -> bool:
    """Whether what follows the noun at ``at`` makes it specific beyond the profile's restrictive words: a name in
    apposition ("the economists Ian Goldin and Geoffrey Cameron") or a participle with its agent ("the economists
    polled by Reuters", "the growth forecast by the ministry"; not "rose by 5%", a measure)."""
    if not nxt:
        return False
    raw = words[at + 1].rstrip(",")
    if raw[:1].isupper() and raw.isalpha() and raw.lower() not in lang.function_words:
        return True
    agents = _word_sets(lang.code, ("agent_links",))[0]
    if at + 3 < len(words) and nxt.isalpha() and words[at + 1] == nxt and words[at + 2].lower() in agents:
        return not words[at + 3][:1].isdigit()
    return False


def _counts(cell: str, position: str) -> tuple[int, int]:
    """A position's cell of the learned table, "dropped/kept" (``3/0``); a ValueError saying what the cell must
    hold otherwise, which :func:`~mtqa.langs.data.read_rows` reports with the file and line."""
    parts = cell.split("/")
    if len(parts) != 2 or not all(part.isdigit() for part in parts):
        raise ValueError(f"the {position} cell {cell!r} must be two counts joined by '/', dropped/kept (3/0)")
    return int(parts[0]), int(parts[1])


@memoize(TABLES)
def bare_nouns(lang: str = "en") -> dict[str, frozenset[str]]:
    """The English nouns of the learned table, each with the French positions (:data:`POSITIONS`) where the human
    translators wrote it bare more often than with "the" (empty when no table is shipped). A row of another shape
    is a DataError naming file and line."""
    path = data_path("lexmodel", f"generic_articles.{lang}.tsv")
    if not path.is_file():
        return {}
    rows: dict[str, frozenset[str]] = {}

    def row(cells: list) -> None:
        if cells and cells[0] == "noun":
            return
        if len(cells) != 4 + len(POSITIONS) or not cells[0].isalpha():
            raise ValueError(f"expected {4 + len(POSITIONS)} tab-separated cells, a noun first")
        counts = [_counts(cell, position) for position, cell in zip(POSITIONS, cells[4:])]
        rows[cells[0]] = frozenset(p for p, (dropped, kept) in zip(POSITIONS, counts) if dropped > kept)

    read_rows(path, row)
    return rows
