"""False friends and calques (A5xx): an English look-alike of the French word.

``actuellement`` is not "actually", ``assister à`` is not "assist", ``dans
l'espace`` is not "in the space". These are accuracy errors: the English is
grammatical and says something else. Most of the English traps are ordinary
English in other contexts, so an entry of ``data/false_friends.toml`` fires
only when the aligned French has the trigger *and* the English has the
trap. When no source is aligned, only entries with a high-precision English
pattern (``in the space to``, ``restore ... coat of arms``, ``in full`` +
noun) fire, at minor severity.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.lexicon import data_toml
from mtqa.model import Issue, Segment, Severity


@dataclass(frozen=True)
class Entry:
    """One false friend or calque of the lexicon, with its patterns compiled."""

    id: str
    kind: str
    source: re.Pattern
    target: re.Pattern
    suggestion: str
    note: str
    unless_source: Optional[re.Pattern] = None
    unless_target: Optional[re.Pattern] = None
    without_source: Optional[re.Pattern] = None

    def matches(self, target: str, source: Optional[str]) -> Iterator[tuple[int, int, str]]:
        """(start, end, suggestion) of each trap in ``target``; ``source`` None means no source."""
        if source is None:
            if self.without_source is None:
                return
            regex = self.without_source
        else:
            if not self.source.search(source) or (self.unless_source and self.unless_source.search(source)):
                return
            regex = self.target
        if self.unless_target and self.unless_target.search(target):
            return
        for m in regex.finditer(target):
            span = "trap" if "trap" in regex.groupindex and m.group("trap") else 0
            start, end = m.start(span), m.end(span)
            text = target[start:end]
            suggestion = self.suggestion.format(**{k: v or "" for k, v in m.groupdict().items()})
            if " " not in suggestion and " " not in text and _plural(text) and not suggestion.endswith("s"):
                suggestion += "s"  # militants -> activists, pretends -> claims
            if text[:1].isupper():
                suggestion = suggestion[:1].upper() + suggestion[1:]
            yield start, end, suggestion


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _compile(pattern: Optional[str]) -> Optional[re.Pattern]:
    return re.compile(pattern, re.IGNORECASE) if pattern else None


@functools.lru_cache(maxsize=None)
def lexicon() -> tuple[Entry, ...]:
    """The entries of ``data/false_friends.toml``, compiled once."""
    entries = []
    for raw in data_toml("false_friends.toml")["entry"]:
        entries.append(Entry(
            id=raw["id"], kind=raw["kind"], source=_compile(raw["source"]), target=_compile(raw["target"]),
            suggestion=raw["suggestion"], note=raw["note"],
            unless_source=_compile(raw.get("unless_source")), unless_target=_compile(raw.get("unless_target")),
            without_source=re.compile(raw["without_source"]) if raw.get("without_source") else None,
        ))
    return tuple(entries)


@register
@dataclass
class FalseFriend(SegmentCheck):
    """A French false friend or calque rendered word for word (``actuellement`` -> "actually").

    Why it matters: the sentence reads as English but means something else
    ("the actual president" for *le président actuel*, "in the space" for
    *dans l'espace*), so the reader is misinformed without noticing. Entries
    fire when the aligned French has the trigger and the English the trap;
    without a source only high-precision patterns fire, at minor severity.

    Example:
        source: Deux cosmonautes russes actuellement en poste sur l'ISS apparaîtront dans le film.
        bad: Two Russian cosmonauts actually stationed on the ISS will appear in the film.
        good: Two Russian cosmonauts currently stationed on the ISS will appear in the film.
    """

    code = "A501"
    name = "false-friend"
    category = "accuracy"
    subcategory = "mistranslation"
    severity = Severity.MAJOR

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        source = " ".join(s.text for s in sources) if sources else None
        seen: set[tuple[int, int]] = set()
        for entry in lexicon():
            for start, end, suggestion in entry.matches(segment.text, source):
                if any(start < b and a < end for a, b in seen):
                    continue
                seen.add((start, end))
                yield self.issue(
                    segment, start, end,
                    f"{entry.kind.capitalize()}: {entry.note}.",
                    suggestion,
                    severity=None if source is not None else Severity.MINOR,
                    confidence=1.0 if source is not None else 0.7,
                )
