"""How translators render a source word by its look-alike, per frame (``data/lexmodel/look_alikes.toml``,
``data/lexmodel/look_alikes.<pair>.tsv``): the owner of both, read by A506 (look-alike-in-frame) and by
``bench/build_look_alikes.py``, which learns the table.

Why: a French word's English look-alike is often a real translation of it in one construction and not in
another. « estimé à 3 millions » is "estimated at", « estiment que » is "believe" or "say"; « société » is
"society" in a few sentences and "company" in most. The frame here is the class of the next source word (a
grammar word, a figure, punctuation, a content word; marked by the word before: an auxiliary, a determiner); the
table counts, per source word form and frame, the parallel
news sentences, the look-alike stems translators wrote and the three renderings they wrote most, so the evidence
reaches every word the parallel news holds, not a list.
"""
from __future__ import annotations

import re
from typing import Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import data_toml, read_rows
from mtqa.records import record

ALL = "*"
"""The frame of every sentence holding the word, whatever follows it."""

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


@record(frozen=True)
class FrameCounts:
    """One (source word, frame) of the table: the sentences seen, the most written renderings (target stem ->
    sentences, most first) and the look-alikes written (target stem -> sentences)."""
    seen: int
    renderings: tuple
    look_alikes: dict

    def look_share(self, target_stem: str) -> float:
        return self.look_alikes.get(target_stem, 0) / self.seen if self.seen else 0.0


@record(frozen=True)
class FrameClasses:
    """The pair's classes of the word after a source word (see ``look_alikes.toml``)."""
    groups: dict
    by_amount: frozenset
    grammar: frozenset
    auxiliaries: frozenset = frozenset()
    determiners: frozenset = frozenset()

    def before(self, tokens: list, i: int) -> str:
        """The mark of the word before ``tokens[i]`` (apostrophes skipped): "+" after a form of an auxiliary (a
        participle: « ont marché »), "^" after a determiner (a noun: « une personne ne »), else ""."""
        k = i - 1
        while k >= 0 and tokens[k] in ("'", "’"):
            k -= 1
        if k < 0:
            return ""
        if tokens[k] in self.auxiliaries:
            return "+"
        return "^" if tokens[k] in self.determiners else ""

    def frame(self, tokens: list, i: int) -> str:
        """The frame of ``tokens[i]`` (lower-case tokens of :func:`tokens`): the class of the token after it,
        marked by the word before it (:meth:`before`)."""
        return self.before(tokens, i) + self._next(tokens, i)

    def _next(self, tokens: list, i: int) -> str:
        if i + 1 >= len(tokens):
            return "."
        n = tokens[i + 1]
        if n[0].isdigit():
            return "num"
        if n in self.by_amount:
            k = i + 2
            while k < len(tokens) and tokens[k] in ("'", "’"):
                k += 1
            if k < len(tokens) and tokens[k][0].isdigit():
                return "de+num"
        if n in self.groups:
            return self.groups[n]
        if n in self.grammar:
            return n
        if not n[0].isalpha():
            return "."
        return "_"


def tokens(text: str) -> list:
    """The lower-case tokens of ``text`` (words, figures, single punctuation marks) with their starts."""
    return [(m.group().lower(), m.start()) for m in _TOKEN.finditer(text)]


@memoize(TABLES)
def frame_classes(source: str, target: str) -> Optional[FrameClasses]:
    """The pair's frame classes; None when the pair has no row."""
    from mtqa.langs import language

    row = data_toml("lexmodel", "look_alikes.toml").get(f"{source}-{target}")
    if not row:
        return None
    groups = {w: g[0] for g in row["groups"] for w in g[1:]}
    profile = language(source)
    grammar = profile.function_words | profile.word_set("more_prepositions") | profile.word_set("elisions")
    return FrameClasses(groups, frozenset(row.get("by_amount", ())), frozenset(grammar),
                        frozenset(row.get("auxiliaries", ())), frozenset(row.get("determiners", ())))


def every_frame(frame: str) -> str:
    """The frame of every sentence of a word with the same mark before it as ``frame`` ("*", "+*", "^*")."""
    return frame[0] + ALL if frame[:1] in ("+", "^") else ALL


def table_path(source: str, target: str):
    from mtqa.langs.data import data_path

    return data_path("lexmodel", f"look_alikes.{source}-{target}.tsv.gz")


def _pairs(field: str) -> tuple:
    if field == "-":
        return ()
    out = []
    for item in field.split(","):
        stem, _, n = item.rpartition(":")
        if not stem:
            raise ValueError(f"expected stem:count, got {item!r}")
        out.append((stem, int(n)))
    return tuple(out)


@memoize(TABLES)
def look_alike_table(source: str, target: str) -> dict:
    """(source word, frame) -> :class:`FrameCounts` from the learned table (empty when absent). Rows:
    ``source_word frame sentences renderings look_alikes``, the last two ``stem:count`` lists or ``-``."""
    path = table_path(source, target)
    if not path.is_file():
        return {}
    out: dict = {}

    def row(cols: list) -> None:
        if len(cols) != 5:
            raise ValueError("expected 5 tab-separated fields (source stem, frame, sentences, renderings, "
                             "look-alikes)")
        out[cols[0], cols[1]] = FrameCounts(int(cols[2]), _pairs(cols[3]), dict(_pairs(cols[4])))

    read_rows(path, row)  # a fault of a $MTQA_DATA copy is a DataError naming the file and line
    return out


@memoize(TABLES)
def table_stems(source: str, target: str) -> frozenset:
    """The source words (lower case, as written) the table holds a row of: a screen on the source's words."""
    return frozenset(s for s, _ in look_alike_table(source, target))
