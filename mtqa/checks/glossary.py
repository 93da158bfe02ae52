"""Client terminology: a glossary of required translations and a do-not-translate list.

A newsroom fixes how some terms are translated (Assemblée nationale ->
National Assembly) and which must never be translated (brand names, titles
of works, Le Monde). Both lists are files named in the configuration
(``glossary``, ``do_not_translate``) or, for small lists, a check option
``terms``. They are read once per run; a malformed line stops the run with
the file and line named.

Glossary file: one entry per line, ``source<TAB>target`` (``.csv``:
``source,target``); several accepted targets are separated by ``|``; ``#``
starts a comment; an optional header ``source, target`` is skipped.
Do-not-translate file: one term per line, ``#`` comments.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from mtqa.checks.base import SegmentCheck
from mtqa.checks.registry import register
from mtqa.errors import ConfigError
from mtqa.model import Issue, Segment, Severity, joined_sources
from mtqa.langs import fold
from mtqa.records import record


@record(frozen=True)
class Entry:
    source: str
    targets: tuple[str, ...]
    line: int = 0


def _read(path: str) -> str:
    from mtqa.safefile import read_setting_file

    return read_setting_file(path, "terminology file", missing="terminology file not found")


def parse_glossary(text: str, path: str) -> tuple[Entry, ...]:
    """Entries of a glossary file; :class:`ConfigError` naming the line when one is malformed."""
    import csv  # only a run with a glossary reads one
    import io

    delimiter = "," if path.lower().endswith(".csv") else "\t"
    entries = []
    for n, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if n == 1 and [c.lower() for c in cells[:2]] == ["source", "target"]:
            continue
        if len(cells) < 2 or not cells[0] or not cells[1] or any(cells[2:]):
            sep = "comma" if delimiter == "," else "tab"
            raise ConfigError(f"expected two {sep}-separated columns: source term, target term", path, n)
        targets = tuple(t.strip() for t in cells[1].split("|") if t.strip())
        entries.append(Entry(cells[0], targets, n))
    return tuple(entries)


def parse_terms(text: str, path: str) -> tuple[str, ...]:
    """Terms of a do-not-translate file, one per line."""
    terms = []
    for n, line in enumerate(text.splitlines(), 1):
        term = line.strip()
        if not term or term.startswith("#"):
            continue
        if "\t" in term:
            raise ConfigError("one term per line expected (found a tab)", path, n)
        terms.append(term)
    return tuple(terms)


def _inline_glossary(spec: str) -> tuple[Entry, ...]:
    entries = []
    for item in spec.split(";"):
        src, sep, tgt = item.partition("=")
        if not sep or not src.strip() or not tgt.strip():
            raise ConfigError(f"glossary option 'terms': expected 'source=target' entries separated by ';', got {item!r}")
        entries.append(Entry(src.strip(), tuple(t.strip() for t in tgt.split("|") if t.strip())))
    return tuple(entries)


def _term_pattern(term: str, flags: int = 0) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", flags)


def _contains(text: str, term: str, *, exact: bool) -> bool:
    if exact:
        return bool(_term_pattern(term).search(text))
    return bool(_term_pattern(fold(term)).search(fold(text)))


@register
@record
class GlossaryTermMissing(SegmentCheck):
    """A source term of the glossary is not translated by its required English term.

    Why it matters: a newsroom's glossary fixes house terminology (the
    National Assembly, not the National Assembly of France or the
    Parliament); a translation that ignores it is inconsistent with every
    other article. The check looks at aligned pairs: the source has the
    term (case- and accent-insensitive, whole words) and the target has
    none of its accepted translations. The glossary file is the config's
    ``glossary``; the ``terms`` option holds a small inline one
    (``source=target`` entries separated by ``;``).

    Example:
        source: L'Assemblée nationale a voté le texte.
        bad: The French parliament passed the bill.
        good: The National Assembly passed the bill.
        config: terms=Assemblée nationale=National Assembly
    """

    code = "T301"
    name = "glossary-term-missing"
    category = "terminology"
    subcategory = "inconsistent-with-termbase"
    severity = Severity.MAJOR
    requires_source = True
    terms: str = ""

    def runs(self, config) -> bool:
        return bool(self.terms or config.glossary)  # nothing to look for without a glossary

    def entries(self, ctx) -> tuple[Entry, ...]:
        path = ctx.config.glossary
        key = f"glossary:{path}:{self.terms}"

        def load():
            found = _inline_glossary(self.terms) if self.terms else ()
            if path:
                found += parse_glossary(_read(path), path)
            return tuple((e, _term_pattern(fold(e.source))) for e in found)

        return ctx.resource(key, load)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        entries = self.entries(ctx)
        if not entries:
            return
        source = fold(joined_sources(sources))
        missing = []
        for entry, pattern in entries:
            if pattern.search(source) and not any(_contains(segment.text, t, exact=False) for t in entry.targets):
                wanted = " or ".join(f"“{t}”" for t in entry.targets)
                missing.append(f"“{entry.source}” requires {wanted}")
        if missing:  # one issue per segment: the span is the whole segment either way
            yield self.issue(
                segment, 0, len(segment.text),
                f"Glossary terms of the source are not translated as required: {'; '.join(missing)}.",
                None, confidence=0.8,
            )


@register
@record
class DoNotTranslateTermAltered(SegmentCheck):
    """A do-not-translate term of the source is missing or altered in the translation.

    Why it matters: brand names, titles of works and newspaper names (Le
    Monde, Les Misérables) must appear exactly as in the source; machine
    translation turns them into words (The World) or changes their case or
    accents. When the term is present but altered, the altered span is
    flagged with the exact term as suggestion; when it is gone, the segment
    is. The list is the config's ``do_not_translate`` file; the ``terms``
    option holds a small inline one (separated by ``;``).

    Example:
        source: Selon Le Monde, le projet est abandonné.
        bad: According to The World, the project is abandoned.
        good: According to Le Monde, the project is abandoned.
        config: terms=Le Monde
    """

    code = "T302"
    name = "do-not-translate-term-altered"
    category = "terminology"
    subcategory = "inconsistent-with-termbase"
    severity = Severity.MAJOR
    requires_source = True
    terms: str = ""

    def runs(self, config) -> bool:
        return bool(self.terms or config.do_not_translate)  # nothing to look for without a list

    def entries(self, ctx) -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
        path = ctx.config.do_not_translate
        key = f"dnt:{path}:{self.terms}"

        def load():
            found = tuple(t.strip() for t in self.terms.split(";") if t.strip())
            if path:
                found += parse_terms(_read(path), path)
            return tuple((t, _term_pattern(t), _term_pattern(fold(t))) for t in dict.fromkeys(found))

        return ctx.resource(key, load)

    def check(self, segment: Segment, sources: list[Segment], ctx) -> Iterator[Issue]:
        entries = self.entries(ctx)
        if not entries:
            return
        source = joined_sources(sources)
        folded_target: Optional[str] = None
        gone = []
        for term, exact, loose in entries:
            if not exact.search(source) or exact.search(segment.text):
                continue
            folded_target = folded_target if folded_target is not None else fold(segment.text)
            # offsets of the folded text match the original only when folding kept the length
            near = loose.search(folded_target) if len(folded_target) == len(segment.text) else None
            if near:
                start, end = near.span()
                yield self.issue(segment, start, end,
                                 f"The do-not-translate term “{term}” is altered (“{segment.text[start:end]}”).",
                                 term, confidence=0.85)
            else:
                gone.append(f"“{term}”")
        if gone:  # one issue for the segment: the span is the whole segment either way
            yield self.issue(segment, 0, len(segment.text),
                             f"Do-not-translate terms of the source are missing from the translation: "
                             f"{', '.join(gone)}.", None, confidence=0.85)
