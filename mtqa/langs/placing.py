"""Where a word stands in a segment, and which reading of the target renders which word of the source by place.

Two calque readings need it: A628 (a target "said herself" and the source's « se dire ») and A627 (a target
adverbial before an object and the source word in the same order). Both ask one thing: is the source's evidence in
the same place as the target's reading? A word the source holds elsewhere in the segment says nothing of an
English phrase that renders another part of it (« a décrété lundi jour férié ; lundi les écoles … »: the second
« lundi » opens a clause, the first is the object). One owner, so the two checks place words alike.
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple, Sequence


class Place(NamedTuple):
    text: str
    """The words as written (« s'est dite », "said herself")."""
    clause: int
    """The index of its clause in the segment (clauses end at ``_CLAUSE_END``)."""
    clauses: int
    """How many clauses the segment has."""
    at: float
    """Its start as a share of the segment's length (0 to 1)."""


_CLAUSE_END = re.compile(r"[;:.!?](?:\s|$)")
"""A clause's end in either language: a semicolon, a colon or a sentence's end."""


def place(text: str, start: int, end: int) -> Place:
    """Where ``text[start:end]`` stands: its clause, the segment's clauses, its relative start."""
    ends = [m.start() for m in _CLAUSE_END.finditer(text.rstrip())]
    return Place(text[start:end], sum(1 for e in ends if e < start), len(ends) + 1, start / max(len(text), 1))


ALIGN_SHARE = 0.3
"""The most the relative places of a target reading and the source words it renders may differ when the two
segments have different numbers of clauses (then the clause cannot be compared): a third of the segment, wider
than the reorderings of a sentence's parts between French and English news and narrower than the distance between
two clauses' verbs."""


def same_place(q: Place, p: Place) -> bool:
    """A target place ``q`` and a source place ``p`` may render each other: the same clause where both segments
    have as many, otherwise within :data:`ALIGN_SHARE` of the segment."""
    return q.clause == p.clause if q.clauses == p.clauses else abs(q.at - p.at) <= ALIGN_SHARE


def pair(targets: Sequence[Place], sources: Sequence[Place],
         fits: Callable[[int, int], bool] = lambda i, j: True) -> dict[int, int]:
    """Target index -> source index: each target place paired with a source place in the same place
    (:func:`same_place`) that ``fits`` it, each source place with one target place at most. The pairs are made
    nearest first over the whole segment, not target by target: an earlier target reading that lies farther from
    the only source word (one rendered by other words) must not take it from the one that stands beside it."""
    candidates = sorted((abs(q.at - p.at), i, j) for i, q in enumerate(targets) for j, p in enumerate(sources)
                        if same_place(q, p) and fits(i, j))
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in candidates:
        if i not in out and j not in taken:
            out[i] = j
            taken.add(j)
    return out
