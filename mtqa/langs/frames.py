"""Verb frames of a language pair and how translators render a source verb inside each (``data/frames.toml``,
``data/lexmodel/frames.<pair>.tsv``): the owner of both.

A word's usual rendering holds out of context; inside some frames the language says it otherwise. French
« a indiqué que » reports speech, « a connu une crise » is an experience: the look-alike or the word-for-word
rendering ("affirmed that", "has known a crisis") is then a sense English news rarely gives. The patterns of the
frames are data of the pair (``frames.toml``); the renderings per frame are learned from the aligned parallel news
by ``bench/build_frames.py`` (the counts of sentences whose target holds each rendering in the target frame), so the
evidence is what translators wrote, not a list of traps.
"""
from __future__ import annotations

import re
from typing import Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import built_from, data_toml, read_rows
from mtqa.records import record


@record(frozen=True)
class Frame:
    """One frame: its name, a gloss for messages, the source patterns (alternatives) and the target pattern
    (group ``verb``)."""

    name: str
    gloss: str
    sources: tuple[re.Pattern, ...]
    target: re.Pattern

    def source_verbs(self, text: str) -> dict[str, str]:
        """The source verbs of ``text`` in this frame: stem -> the verb as written (lower case), each once."""
        from mtqa.meaning.tokens import stem

        verbs: dict[str, str] = {}
        for pattern in self.sources:
            for m in pattern.finditer(text):
                v = m.group("verb").lower()
                verbs.setdefault(stem(v, self.lang), v)
        return verbs

    lang: str = ""
    not_after: Optional[re.Pattern] = None
    """The target construction of the language's own before a slot (``target_not_after``, anchored at its end):
    English's existential "there", after which the verb's phrase is its subject ("there exists a solution")."""

    def own_construction(self, text: str, slot_start: int) -> bool:
        """True when the target text before ``slot_start`` ends with the frame's ``target_not_after``: the verb
        in the slot then renders the frame in the target language's own construction, not word for word."""
        return (self.not_after is not None
                and self.not_after.search(text, max(0, slot_start - 40), slot_start) is not None)


@record(frozen=True)
class FrameRenderings:
    """How often (sentences) the source verb stem was seen in the frame, and in how many of them the target held
    each rendering stem in the target frame."""

    seen: int
    renderings: dict
    spellings: dict
    usual: Optional[str] = None
    """The stem of the source verb's most probable rendering that is an English verb (the word-for-word choice)."""
    verbs: frozenset = frozenset()
    """The stems of the source verb's renderings in the lexical model that are English verbs: a frame's verb slot
    holds one of them or another verb, never "public" for « publié »."""

    def spelling(self, target_stem: str) -> str:
        """The rendering's most frequent written form in the frame (lower case)."""
        return self.spellings.get(target_stem, target_stem)

    def share(self, target_stem: str) -> float:
        return self.renderings.get(target_stem, 0) / self.seen if self.seen else 0.0

    def dominant(self) -> Optional[tuple[str, int]]:
        """The rendering held in most of the frame's sentences, with its count."""
        if not self.renderings:
            return None
        return max(self.renderings.items(), key=lambda kv: (kv[1], kv[0]))


@memoize(TABLES)
@built_from("frames.toml")
def frames(source: str, target: str) -> tuple[Frame, ...]:
    """The frames of ``source``-``target`` (none when the pair has no row)."""
    rows = data_toml("frames.toml").get(f"{source}-{target}") or []
    return tuple(Frame(r["name"], r["gloss"], tuple(re.compile(p, re.I) for p in r["source"]),
                       re.compile(r["target"], re.I), source,
                       re.compile(f"(?:{r['target_not_after']})$", re.I) if r.get("target_not_after") else None)
                 for r in rows)


def table_path(source: str, target: str):
    from mtqa.langs.data import data_path

    return data_path("lexmodel", f"frames.{source}-{target}.tsv")


_ROW_FIELDS = {"S": 6, "R": 6}
"""Fields of each kind of row of the learned table (see :func:`frame_renderings`)."""


@memoize(TABLES)
def frame_renderings(source: str, target: str) -> dict:
    """(frame name, source stem) -> :class:`FrameRenderings`, from the learned table (empty when absent).
    Rows: ``S frame source_stem sentences usual verb_links`` then
    ``R frame source_stem target_stem sentences spelling``."""
    path = table_path(source, target)
    if not path.is_file():
        return {}
    seen: dict = {}
    rend: dict = {}
    spelled: dict = {}

    def row(cols: list) -> None:
        if cols[0] not in _ROW_FIELDS or len(cols) != _ROW_FIELDS[cols[0]]:
            raise ValueError("expected an S row of 6 tab-separated fields or an R row of 6 "
                             "(kind, frame, source stem, ...)")
        if cols[0] == "S":
            seen[(cols[1], cols[2])] = (int(cols[3]), None if cols[4] == "-" else cols[4],
                                        frozenset() if cols[5] == "-" else frozenset(cols[5].split(",")))
        else:
            rend.setdefault((cols[1], cols[2]), {})[cols[3]] = int(cols[4])
            spelled.setdefault((cols[1], cols[2]), {})[cols[3]] = cols[5]

    read_rows(path, row)  # a fault of a $MTQA_DATA copy is a DataError naming the file and line
    return {k: FrameRenderings(n, rend.get(k, {}), spelled.get(k, {}), usual, verbs)
            for k, (n, usual, verbs) in seen.items()}
