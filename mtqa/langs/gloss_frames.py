"""Which of a source word's usual glosses translators do not write next to a given neighbour
(``data/lexmodel/gloss_frames.toml``, ``data/lexmodel/gloss_frames.<pair>.tsv.gz``): the owner of both, read by
A630 (gloss-out-of-frame) and by ``bench/build_gloss_frames.py``, which learns the table.

Why: an engine that does not read context writes a French word's usual gloss everywhere; the neighbour often
rules it out (« la société civile » is civil society, not a company; « 2 245 voix » are votes, not voices; « la
Chambre » capitalised is the House, not a room: rows of the shipped table). The parallel news says, per neighbour, what translators wrote, so
the evidence reaches every word and neighbour the news holds, not a list.
"""
from __future__ import annotations

from typing import Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import data_path, data_toml, read_rows
from mtqa.records import record

ALL = "*"
"""The frame of every sentence holding the word."""
CAPITAL = "Cap"
"""The frame of a capitalised word inside a sentence."""
FIGURE = "#"
"""A figure as neighbour (« 14 », « 2,5 »)."""
CLOCK = "#h"
"""A time of day as neighbour (« 22h00 », « 15 heures »); read, though no row of the shipped fr-en table has one
(« vers » before a clock time is too rare in the training news to rule out "towards")."""


@record(frozen=True)
class FrameReader:
    """The pair's frames of a source word (see ``gloss_frames.toml``)."""
    min_length: int
    skip: frozenset
    opening: frozenset
    grammar: frozenset = frozenset()
    clock: frozenset = frozenset()

    def _figure(self, toks: list, k: int) -> str:
        """The class of the figure ``toks[k]``: a time of day (the figure glued to or followed by a clock unit:
        « 22h00 », « 15 h », « 8 heures ») or another figure."""
        word = toks[k][0]
        unit = word.lstrip("0123456789")
        if unit and unit.rstrip("0123456789") in self.clock:
            return CLOCK
        if not unit and k + 1 < len(toks) and toks[k + 1][0] in self.clock:
            return CLOCK
        return FIGURE

    @staticmethod
    def _in_name(text: str, toks: list, i: int) -> bool:
        """A capitalised word that is part of a longer name: hyphen-joined (« Pont-de-Buis », a place) or followed
        by a hyphen-joined capitalised name (« le Pont Jacques-Cartier »): the name is written as its own English
        name ("Pont-de-Buis", "the Jacques Cartier Bridge"), which is no sense of the common noun. A capitalised
        adjective after it is no such name (« le Stade National », « la Chambre Nationale de l'Industrie »: "the
        national stage", "the National Room" are the errors the capital frame is for)."""
        start, word = toks[i][1], toks[i][0]
        end = start + len(word)
        if text[end:end + 1] == "-" or (start > 0 and text[start - 1] == "-"):
            return True
        if i + 1 < len(toks):
            after, nxt = toks[i + 1]
            tail = nxt + len(after)
            return (text[nxt:nxt + 1].isupper() and nxt == end + 1 and text[tail:tail + 1] == "-"
                    and text[tail + 1:tail + 2].isupper())
        return False

    def candidate(self, word: str) -> bool:
        """A lower-case token read as a word of the table."""
        return len(word) >= self.min_length and word.isalpha()

    def _neighbour(self, toks: list, i: int, step: int) -> Optional[int]:
        k = i + step
        while 0 <= k < len(toks) and toks[k][0] in self.skip:
            k += step
        return k if 0 <= k < len(toks) else None

    def frames(self, text: str, toks: list, i: int) -> tuple:
        """The frames of ``toks[i]`` (``(lower-case token, start)`` of
        :func:`mtqa.langs.look_alikes.tokens` over ``text``)."""
        out = []
        for mark, step in (("<", -1), (">", 1)):
            k = self._neighbour(toks, i, step)
            if k is None:
                continue
            n = toks[k][0]
            if n[0].isdigit():
                out.append(mark + self._figure(toks, k))
            elif n[0].isalpha() and n not in self.grammar:
                out.append(mark + n)  # a grammar word (« de », « la », « ses ») says nothing of a sense
        start = toks[i][1]
        if text[start].isupper() and not text[start + 1:start + 2].isupper() and not self._in_name(text, toks, i):
            before = self._neighbour(toks, i, -1)
            if before is not None and toks[before][0] not in self.opening:
                out.append(CAPITAL)
        return tuple(out)


@memoize(TABLES)
def frame_reader(source: str, target: str) -> Optional[FrameReader]:
    """The pair's frame reader; None when the pair has no row."""
    from mtqa.langs import language

    row = data_toml("lexmodel", "gloss_frames.toml").get(f"{source}-{target}")
    if not row:
        return None
    profile = language(source)
    grammar = profile.function_words | profile.word_set("more_prepositions") | profile.word_set("elisions")
    return FrameReader(int(row.get("min_length", 3)), frozenset(row.get("skip", ())),
                       frozenset(row.get("opening", ())), frozenset(grammar),
                       frozenset(row.get("clock", ())))


@record(frozen=True)
class GlossFrame:
    """One (source word, frame) of the table: the sentences seen, the traps (usual glosses of the word the frame's
    sentences hold rarely: target stem -> sentences), the frame's renderings (target stem, sentences), most
    written first, and the spelling translators wrote most for the first."""
    seen: int
    traps: dict
    renderings: tuple
    spelling: str = ""

    def share(self, count: int) -> float:
        return count / self.seen if self.seen else 0.0


def table_path(source: str, target: str):
    return data_path("lexmodel", f"gloss_frames.{source}-{target}.tsv.gz")


def _pairs(field: str) -> tuple:
    if field == "-":
        return ()
    out = []
    for item in field.split(","):
        stem, _, n = item.rpartition(":")
        if not stem or not n.isdigit():
            raise ValueError(f"expected stem:count, got {item!r}")
        out.append((stem, int(n)))
    return tuple(out)


@memoize(TABLES)
def gloss_frame_table(source: str, target: str) -> dict:
    """source word -> {frame: :class:`GlossFrame`} from the learned table (empty when absent). Rows:
    ``source_word frame sentences traps renderings spelling``: two ``stem:count`` lists and the spelling of the
    first rendering."""
    path = table_path(source, target)
    if not path.is_file():
        return {}
    out: dict = {}

    def row(cols: list) -> None:
        if len(cols) != 6 or not cols[2].isdigit():
            raise ValueError("expected 6 tab-separated fields (source word, frame, sentences, traps, renderings, "
                             "spelling)")
        renderings = _pairs(cols[4])
        if not renderings:
            raise ValueError("a frame without a rendering")
        out.setdefault(cols[0], {})[cols[1]] = GlossFrame(int(cols[2]), dict(_pairs(cols[3])), renderings, cols[5])

    read_rows(path, row)  # a fault of a $MTQA_DATA copy is a DataError naming the file and line
    return out
