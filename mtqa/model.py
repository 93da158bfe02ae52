"""Pure data: documents, segments, alignment links and issues.

Nothing here reads files or runs checks. Readers build these objects, the
aligner links them, checks emit :class:`Issue` objects, renderers read them.
Keeping the model free of I/O lets every layer be tested with objects built
by hand.
"""
from __future__ import annotations

import enum
from collections import deque
from dataclasses import field
from dataclasses import fields as dataclass_fields
from itertools import repeat
from operator import attrgetter
from typing import Optional

from mtqa.records import record



class Severity(str, enum.Enum):
    """MQM severity levels, ordered from least to most serious."""

    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls(value.lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (expected minor, major or critical)") from None


_SEVERITY_RANK = {Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}

_FIELD_GETTERS: dict[type, attrgetter] = {}


def _fields_of(cls: type) -> attrgetter:
    """A getter of every field of the dataclass ``cls`` as one tuple, in declaration order (built once per
    class from :func:`dataclasses.fields`, the class's own list: a field added there is carried everywhere)."""
    getter = _FIELD_GETTERS.get(cls)
    if getter is None:
        names = [f.name for f in dataclass_fields(cls)]
        getter = attrgetter(*names) if len(names) > 1 else (lambda obj, _get=attrgetter(*names): (_get(obj),))
        _FIELD_GETTERS[cls] = getter
    return getter


class Role(str, enum.Enum):
    """Where a segment sits in a news item."""

    HEADLINE = "headline"
    BODY = "body"


@record(frozen=True, slots=True)
class Segment:
    """One sentence (or headline) of one side of a document.

    ``text`` is a verbatim slice of the input: ``line``/``col`` give the
    1-based input line and 0-based column where it starts. When
    ``multiline`` is true the text may run over several physical lines
    (a hard-wrapped paragraph) and :meth:`locate` follows the newlines;
    when false (a JSONL record) every offset stays on the record's line.
    """

    index: int
    text: str
    role: Role = Role.BODY
    paragraph: int = 0
    line: int = 1
    col: int = 0
    multiline: bool = True

    def fields(self) -> tuple:
        """Every field's value, in the order the class (a subclass's too) declares them: what a pickle
        (:meth:`__reduce__`) and the cross-system checks' store (:func:`mtqa.checks.cross_system._packed`)
        carry, and ``type(self)(*fields)`` rebuilds. Why one owner: each of them listed the seven fields by
        hand, so a field added to the class would have been dropped on the way without a word, and a
        subclass's own fields were (a :class:`~mtqa.readers.positions.MappedSegment` sent to a worker arrived
        as a plain Segment, its offset maps and line table gone)."""
        return _fields_of(type(self))(self)

    def with_text(self, text: str) -> "Segment":
        """A copy of the segment (of its own class, every other field kept) holding ``text``, which must be of
        the same length: a reading of the same words another way (a dateline's capitals in title case,
        :mod:`mtqa.names.datelines`), whose offsets are the segment's own. Another length is refused
        (ValueError): every issue found on the copy would point at the wrong characters of the input."""
        if len(text) != len(self.text):
            raise ValueError(f"with_text: {len(text)} characters for a segment of {len(self.text)}")
        values = list(self.fields())
        values[1] = text
        return type(self)(*values)

    def __reduce__(self):  # for workers: a tuple of the fields, 3x cheaper to pickle than the dataclass default
        cls = type(self)
        getter = _FIELD_GETTERS.get(cls) or _fields_of(cls)  # the lookup inline: this runs once per segment sent
        return cls, getter(self)

    def locate(self, offset: int) -> tuple[int, int]:
        """Map an offset within ``text`` to (input line, column in that line)."""
        offset = max(0, min(offset, len(self.text)))
        if not self.multiline:
            return self.line, self.col + offset
        head = self.text[:offset]
        breaks = head.count("\n")
        if not breaks:
            return self.line, self.col + offset
        return self.line + breaks, offset - head.rfind("\n") - 1

    @property
    def words(self) -> int:
        return len(self.text.split())


@record(slots=True)
class Document:
    """One language side of a news item: its segments in reading order."""

    id: str
    path: Optional[str]
    lang: str
    segments: list[Segment] = field(default_factory=list)
    lines: dict[int, str] = field(default_factory=dict)
    """Physical input lines by number, so spans can be reported per line."""
    meta: dict = field(default_factory=dict)

    def __reduce__(self):
        """Its fields from the class's own list (:func:`_fields_of`), as Segment's; its segments as columns when
        they are all plain :class:`Segment` objects (:func:`_columns`), else one by one."""
        cls = type(self)
        values = (_FIELD_GETTERS.get(cls) or _fields_of(cls))(self)
        columns = _columns(self.segments)
        if columns is None:
            return cls, values
        at = _segments_at(cls)
        return _with_rows, (cls, values[:at] + (None,) + values[at + 1:], at, columns)

    @property
    def words(self) -> int:
        return sum(s.words for s in self.segments)

    def paragraphs(self) -> list[list[Segment]]:
        """Segments grouped by paragraph, in order."""
        groups: dict[int, list[Segment]] = {}
        for seg in self.segments:
            groups.setdefault(seg.paragraph, []).append(seg)
        return [groups[k] for k in sorted(groups)]


class LinkKind(str, enum.Enum):
    """Alignment bead types, named source-target (``1-0`` is an omission)."""

    ONE_ONE = "1-1"
    ONE_TWO = "1-2"
    TWO_ONE = "2-1"
    ONE_ZERO = "1-0"
    ZERO_ONE = "0-1"
    OTHER = "n-m"


@record(frozen=True, slots=True)
class Link:
    """Source segment indices <-> target segment indices, with a confidence in [0, 1]."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    confidence: float = 1.0

    def __reduce__(self):  # as Segment's
        cls = type(self)
        return cls, (_FIELD_GETTERS.get(cls) or _fields_of(cls))(self)

    @property
    def kind(self) -> LinkKind:
        key = f"{min(len(self.source), 2)}-{min(len(self.target), 2)}"
        try:
            return LinkKind(key)
        except ValueError:
            return LinkKind.OTHER


@record(slots=True)
class PairMeta:
    """What a reader learnt about a pair: typed facts, never caches.

    The fields the pipeline acts on are typed: ``prealigned`` (the reader
    linked source and target itself, so the aligner stays out), ``missing``
    (why there is nothing to check: the document fails), ``unmatched`` (why a
    translated item has no source), ``ignore`` (codes suppressed for this item
    by markers or an ``ignore`` field), ``paired_by`` (how a feed item found
    its source), ``warnings`` (printed on stderr as the document streams),
    ``title`` (the item's headline, for reports) and ``baselined`` (set by a
    baseline run). Facts that only go into reports as they are (record ids,
    feed guid and link, XLIFF notes...) sit in ``facts``. Analyses that checks
    compute once per pair live in :attr:`DocumentPair.cache`, not here, so
    this object is exactly what a worker process needs to know and what the
    JSON ``meta`` object says.
    """

    prealigned: bool = False
    missing: Optional[str] = None
    unmatched: Optional[str] = None
    ignore: tuple[str, ...] = ()
    paired_by: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    title: Optional[str] = None
    baselined: Optional[object] = None
    facts: dict = field(default_factory=dict)

    _TYPED = ("prealigned", "missing", "unmatched", "ignore", "paired_by", "warnings", "title", "baselined")

    @classmethod
    def of(cls, values: Optional[dict] = None, **more) -> "PairMeta":
        """Typed meta from a mapping: known keys become fields, the rest ``facts``."""
        meta = cls()
        for key, value in {**(values or {}), **more}.items():
            meta.set(key, value)
        return meta

    def set(self, key: str, value) -> None:
        """Record one reader fact (a typed field when ``key`` names one)."""
        if key in self._TYPED:
            setattr(self, key, tuple(value) if key == "ignore" else list(value) if key == "warnings" else value)
        else:
            self.facts[key] = value

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def to_dict(self) -> dict:
        """The report's ``meta`` object: facts first, then the typed fields that are set."""
        out = dict(self.facts)
        for key in self._TYPED:
            value = getattr(self, key)
            if key == "prealigned" or value is None or (key in ("ignore", "warnings") and not value):
                continue
            out[key] = list(value) if key == "ignore" else value
        return out


@record(slots=True)
class DocumentPair:
    """What the checks see: the target, and whatever source evidence exists.

    ``source`` is a full source document, or a one-segment document holding
    only the source headline (``source_title_only``), or ``None``.
    ``links`` aligns them; ``reference`` is a human translation if given.
    ``meta`` holds the reader's facts (a :class:`PairMeta`; a plain mapping
    given to the constructor is converted); ``cache`` holds analyses that
    checks compute once per pair (never reported, never sent between processes).
    """

    id: str
    target: Document
    source: Optional[Document] = None
    reference: Optional[Document] = None
    links: list[Link] = field(default_factory=list)
    source_title_only: bool = False
    meta: PairMeta = field(default_factory=PairMeta)
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.meta, PairMeta):
            self.meta = PairMeta.of(self.meta)

    def __getstate__(self):  # caches stay in the process that computed them; links as columns (_columns)
        state = {name: ({} if name == "cache" else getattr(self, name)) for name in self.__slots__}
        columns = _columns(self.links)
        if columns is not None:
            state["links"] = _Rows(columns)
        return state

    def __setstate__(self, state) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, _rows(*value.columns) if type(value) is _Rows else value)

    def sources_of(self, target_index: int) -> list[Segment]:
        """Source segments aligned to a target segment (empty if none), as :class:`Sources`: their texts
        joined once (:func:`joined_sources`). The same list for every caller (readers must not change it).

        Why kept: a run asks it ~126,000 times on WMT14's 24,024 pairs (the segment loop once per segment,
        then the document checks that walk the segments again), and each ask built the list anew, and each
        check joined its texts again (~330,000 joins)."""
        source = self.source
        if source is None:
            return []
        cached = self.cache.get("sources_by_target")
        if cached is None or cached[0] is not self.links or cached[1] is not source \
                or cached[2] is not source.segments:  # a view of the pair (capped texts) shares its cache dict
            cached = (self.links, source, source.segments, {})
            self.cache["sources_by_target"] = cached
        found = cached[3].get(target_index)
        if found is None:
            found = _EMPTY_SOURCES
            segments = source.segments
            for link in self._by_target().get(target_index, ()):
                found = Sources([segments[i] for i in link.source])
                break
            cached[3][target_index] = found
        return found if found else []

    def _by_target(self) -> dict[int, list[Link]]:
        cached = self.cache.get("links_by_target")
        if cached is None or cached[0] is not self.links:
            index: dict[int, list[Link]] = {}
            for link in self.links:
                for t in link.target:
                    index.setdefault(t, []).append(link)
            cached = (self.links, index)
            self.cache["links_by_target"] = cached
        return cached[1]


class Sources(list):
    """The source segments aligned to one target segment (:meth:`DocumentPair.sources_of`), with their texts
    read once: ``texts``, one per segment (:func:`source_texts`), and ``text``, those joined by a space
    (:func:`joined_sources`), what the checks key their source analyses by. Not to be changed: both are
    read when it is made."""

    __slots__ = ("text", "texts")

    def __init__(self, segments: list[Segment]) -> None:
        super().__init__(segments)
        self.texts: tuple[str, ...] = tuple(s.text for s in segments)
        """The segments' texts, in order."""
        self.text: str = " ".join(self.texts)
        """The segments' texts joined by a space."""


_EMPTY_SOURCES = Sources([])
"""A target segment that no link aligns: stands in the cache for "asked, none" (:meth:`DocumentPair.sources_of`
answers a new empty list)."""


def source_texts(sources: list[Segment]) -> tuple[str, ...]:
    """The texts of ``sources``, in order: read once when they are :class:`Sources` (what a run hands the
    checks), else read here."""
    try:
        return sources.texts
    except AttributeError:
        return tuple(s.text for s in sources)


def joined_sources(sources: list[Segment]) -> str:
    """The texts of ``sources`` joined by a space: joined once when they are :class:`Sources` (what a run
    hands the checks), else joined here (a list a caller built)."""
    try:
        return sources.text
    except AttributeError:
        return " ".join(s.text for s in sources)


@record(frozen=True, slots=True)
class Issue:
    """One defect at one place.

    ``start``/``end`` are offsets in the *input line* ``line`` (the JSON
    contract); ``seg_start``/``seg_end`` the same span within the segment.
    """

    code: str
    name: str
    category: str
    subcategory: str
    severity: Severity
    segment: int
    seg_start: int
    seg_end: int
    line: int
    start: int
    end: int
    text: str
    message: str
    suggestion: Optional[str] = None
    confidence: float = 1.0
    side: str = "target"

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "subcategory": self.subcategory,
            "severity": self.severity.value,
            "line": self.line,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "segment": self.segment,
            "confidence": round(self.confidence, 3),
        }


@record(slots=True)
class DocumentResult:
    """A checked document: its issues, score and verdict."""

    pair: DocumentPair
    issues: list[Issue]
    penalty: float
    words: int
    score: float
    passed: bool
    metrics: dict = field(default_factory=lambda: {"bleu": None, "chrf": None, "ter": None})
    suppressed: int = 0
    metric_stats: Optional[tuple] = None
    """(segments, summed sacrebleu statistics) behind ``metrics``, so corpus totals need not recompute them."""
    suppressed_issues: list[tuple[str, Issue]] = field(default_factory=list)
    """(reason, issue) of the issues not counted because of a marker or a more specific check."""
    baselined_issues: list[tuple[str, Issue]] = field(default_factory=list)
    """(reason, issue) of the issues not counted because a baseline records them."""
    adequacy: dict = field(default_factory=dict)
    """Target segment index -> adequacy estimate in [0, 1] (segments with an aligned source only)."""
    consensus: dict = field(default_factory=dict)
    """Target segment index -> agreement in [0, 1] with other systems' translations of the same source
    (runs with ``consensus_weight`` above 0 and 3 or more systems; mtqa/scoring/consensus.py)."""
    tie_break: float = 0.0
    """The tie-breaker's part of ``penalty`` (:func:`mtqa.api.tie_break`), kept when a baseline recomputes the rest."""
    utilities: dict = field(default_factory=dict)
    """Target segment index -> learned quality utility (:func:`mtqa.scoring.quality.segment_utilities` of the
    capped pair), when the run computed them for its score (the tie-breaker or ``quality_weight``); ``mtqa
    compare`` reads them instead of computing them again."""


# --- sending pairs to worker processes --------------------------------------------------------------------

_new = object.__new__
_exhaust = deque(maxlen=0).extend
_SLOTS: dict[type, tuple] = {}
_SEGMENTS_AT: dict[type, int] = {}


def _slots(cls: type) -> tuple:
    """(a getter, a setter) of each field of ``cls`` (a slotted dataclass), in declaration order."""
    pair = _SLOTS.get(cls)
    if pair is None:
        names = [f.name for f in dataclass_fields(cls)]
        pair = _SLOTS[cls] = (tuple(map(attrgetter, names)), tuple(getattr(cls, name).__set__ for name in names))
    return pair


def _columns(items: list) -> Optional[tuple]:
    """``(class, one list per field)`` of ``items`` when they are all of one class of :data:`_BY_COLUMNS`, else
    None (they then pickle one by one, each by its own ``__reduce__``).

    Why: the parent pickles every document it sends a worker and the worker unpickles it, and a segment or a
    link pickled as an object costs a Python call each way (its ``__reduce__``, then the frozen dataclass's
    ``__init__``, which sets each field through ``object.__setattr__``). A column per field is read with one
    getter over the whole list and written back with one slot setter over it (:func:`_rows`), in C loops: on
    the 24,024 WMT14 pairs, in batches as the router cuts them, pickling 0.72x and unpickling 0.81x the time
    (medians of 7 in-process rounds), every object equal to the one sent. A segment shared by two documents
    arrives as two equal segments (readers share none)."""
    if not items:
        return None
    kinds = set(map(type, items))
    if len(kinds) != 1:
        return None
    cls = kinds.pop()
    if cls not in _BY_COLUMNS:
        return None
    return cls, [list(map(get, items)) for get in _slots(cls)[0]]


def _rows(cls: type, columns: list) -> list:
    """The objects of :func:`_columns`' ``columns``, built without ``__init__``: each field's slot is set as the
    frozen dataclass's ``__init__`` sets it, for classes that have no ``__post_init__`` (:data:`_BY_COLUMNS`)."""
    objects = list(map(_new, repeat(cls, len(columns[0]))))
    for setter, column in zip(_slots(cls)[1], columns):
        _exhaust(map(setter, objects, column))
    return objects


def _with_rows(cls: type, values: tuple, at: int, columns: tuple):
    """A :class:`Document` (or subclass) unpickled: its segments, field number ``at``, rebuilt from columns."""
    return cls(*values[:at], _rows(*columns), *values[at + 1:])


def _segments_at(cls: type) -> int:
    at = _SEGMENTS_AT.get(cls)
    if at is None:
        at = _SEGMENTS_AT[cls] = [f.name for f in dataclass_fields(cls)].index("segments")
    return at


class _Rows:
    """A pair's links as columns in its pickled state (:meth:`DocumentPair.__getstate__`)."""

    __slots__ = ("columns",)

    def __init__(self, columns: tuple):
        self.columns = columns

    def __reduce__(self):
        return _Rows, (self.columns,)


_BY_COLUMNS = frozenset(cls for cls in (Segment, Link) if not hasattr(cls, "__post_init__"))
"""The classes sent as columns: built without ``__init__`` (:func:`_rows`), so only those whose ``__init__`` only
sets their fields. Exact classes: a subclass (a feed's :class:`~mtqa.readers.positions.MappedSegment`) pickles
by its own ``__reduce__``."""
