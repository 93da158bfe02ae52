"""Which system translated one source segment best: the segment preference of ``mtqa compare``.

Why a value of its own: the system order of ``mtqa compare`` must rank whole systems, and the signal that judges
two translations of one sentence best -- agreement with the other systems' translations of it (consensus,
:mod:`mtqa.scoring.consensus`) -- ranks whole systems badly (systems built alike agree with each other). So the
per-segment judgement lives beside the order, never in it: nothing here moves a score, a place or a verdict.

The model is a Bradley-Terry (logistic) model of human pairwise judgements,
``P(A beats B) = 1 / (1 + exp(-(v_A - v_B)))`` with ``v = w . f``, where ``f`` are the segment's

* ``consensus``: its consensus, 0-1 (needs 3 or more systems translating the source), each other translation of
  the source weighed as its pseudo-reference by that translation's place by quality utility among them
  (:func:`mtqa.scoring.consensus.segment_weights`: a vote counts as much as the sentence that casts it);
* ``utility``: the learned quality utility of (source, translation), :mod:`mtqa.scoring.quality`;
* ``penalty_per_word``: its MQM penalty (every issue in it, the cross-system checks' included) per word;
* ``log_words``: the natural log of its word count.

No intercept, so ``v`` is a value of each translation alone and the translation with the highest ``v`` is the
preferred one. The weights are shipped in ``data/score/<src>-<tgt>.preference.toml`` (fitted on WMT13's human
judgements only by ``bench/meaning.py --write-segment-model``; ``data/score/SOURCES.md``): one set with consensus
and one without, used for the translations of a source that fewer than 3 systems translated (or with
``--no-consensus``). Values are comparable only among the translations of one source segment.
"""
from __future__ import annotations

import contextlib
import math
import os
import sqlite3
from dataclasses import field
from functools import lru_cache
from typing import Optional

from mtqa.errors import DataError, RunFailure, did_you_mean
from mtqa.model import joined_sources
from mtqa.records import record

FEATURES = ("consensus", "utility", "penalty_per_word", "log_words")
"""What the model reads of one translated segment, in the order the bench script fits them."""
SETS = {"with_consensus": FEATURES, "without_consensus": FEATURES[1:3]}
"""The two weight tables of the file and the features each one weighs (without consensus, the length did not help
on WMT13's judgements: bench/meaning.py's SHIPPED)."""


class PreferenceModel:
    """The shipped weights: ``value(f) = sum_k w_k f_k`` over the features of one table of :data:`SETS`."""

    def __init__(self, data: dict, path: Optional[str]):
        self.weights: dict[str, dict[str, float]] = {}
        # read by name (``table[k]``), never copied: a $MTQA_DATA copy that leaves a weight out takes mtqa's own
        # (mtqa.langs.data._Partial), and one neither file has is a MissingKey naming the file
        for name, features in SETS.items():
            table = data[name]
            if not isinstance(table, dict):
                raise DataError(f"[model.{name}] must be a table of the weights of {', '.join(features)}", path=path)
            unknown = next((k for k in table if k not in features), None)
            if unknown is not None:
                raise DataError(f"unknown feature {unknown!r} in [model.{name}]{did_you_mean(unknown, features)}",
                                path=path)
            weights = {}
            for k in features:
                value = table[k]
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                    raise DataError(f"{k} in [model.{name}] must be a finite number, not {value!r}", path=path)
                weights[k] = float(value)
            self.weights[name] = weights

    def value(self, features: dict[str, float]) -> float:
        """The segment value: with consensus when ``features`` has it, else the other table's weights."""
        table = self.weights["with_consensus" if features.get("consensus") is not None else "without_consensus"]
        return sum(w * features[k] for k, w in table.items())


@lru_cache(maxsize=None)
def preference_model(source_lang: str, target_lang: str) -> Optional[PreferenceModel]:
    """The shipped model of a language pair (``data/score/<src>-<tgt>.preference.toml``), or None."""
    from mtqa.langs.data import data_path, data_toml

    parts = ("score", f"{source_lang}-{target_lang}.preference.toml")
    data = data_toml(*parts)
    if not data:
        return None
    model = data.get("model")
    if not isinstance(model, dict):
        raise DataError("no [model] table: the segment preference weights", path=str(data_path(*parts)))
    return PreferenceModel(model, str(data_path(*parts)))


def features(consensus: Optional[float], utility: float, penalty: float, words: int) -> dict[str, Optional[float]]:
    """:data:`FEATURES` of one translated segment (``words`` > 0)."""
    return {"consensus": consensus, "utility": utility, "penalty_per_word": penalty / words,
            "log_words": math.log(words)}


@record
class Entry:
    """One system's translation of one source segment, as the report shows it."""

    system: int
    """The system's place among the TARGETs given."""
    doc: str
    segment: int
    line: int
    words: int
    utility: float
    penalty: float = 0.0
    handle: Optional[int] = None
    """Its consensus handle (:class:`mtqa.scoring.consensus.RunConsensus`), None without consensus."""
    value: Optional[float] = None
    text: str = ""
    """The translation, whitespace collapsed: identical texts of a group share one value (see RunPreference.compute)."""
    row: int = 0
    """Its row in the run's store (RunPreference)."""


@record
class Group:
    """The translations of one source segment: the ``occurrence``-th time each system met this source text."""

    source: str
    entries: list = field(default_factory=list)
    preferred: Optional[int] = None
    """The system whose translation has the highest value (None: tied at the top)."""
    gid: int = 0
    """Its id in the run's store (RunPreference): its place in reading order, from 1."""


class RunPreference:
    """Every translated segment of a ``mtqa compare`` run, grouped by source segment; values once all are in.

    Segments are matched across systems as consensus matches them (the aligned source text, whitespace
    collapsed); a source text a system met twice (a repeated sentence) is two source segments, its first and
    its second occurrence.

    Why a database: a run holds one entry per translated segment until its last system is in, and a report reads
    them all again; kept as objects that was some 310 bytes per translated segment plus each source text, so the
    memory grew with the corpus (about 1.25 GB projected at a million segments of 4 systems). The entries live
    in SQLite's private temporary database instead (``sqlite3.connect("")``): SQLite keeps at most
    :data:`CACHE_KB` of it in memory and spills the rest to a file it deletes itself, at once on POSIX (so a
    killed run leaves nothing) and when :meth:`close` closes it. :meth:`compute` and the reports read it back a
    chunk of :data:`CHUNK` source segments at a time."""

    def __init__(self, model: PreferenceModel, source_lang: str, target_lang: str, weights: dict[str, float],
                 segment_cap: Optional[int]):
        from mtqa.scoring.quality import quality_model

        self.model = model
        self.quality = quality_model(source_lang, target_lang)
        self.weights = weights
        self.cap = segment_cap
        self.db = sqlite3.connect("")
        with _room():
            self.db.executescript(_SCHEMA.format(cache=CACHE_KB))
        self._groups = 0  # source segments (groups) so far: the next one's id
        self._computed = False
        self._indexed: set[str] = set()

    def close(self) -> None:
        """Close the store (SQLite deletes its temporary file); the groups can no longer be read."""
        self.db.close()

    def add(self, system: int, place: int, result, handles: Optional[dict[int, int]] = None,
            utilities: Optional[dict[int, float]] = None) -> None:
        """One document of one system (``place``: its place in the system's reading order); ``handles`` maps
        segment index to consensus handle; ``utilities``: :func:`mtqa.scoring.quality.segment_utilities` of the
        capped pair when the caller already computed them (the ranking's quality term does)."""
        from mtqa.checks.length_cap import capped
        from mtqa.scoring.quality import segment_utilities

        pair = result.pair
        if self.quality is None or pair.source is None or pair.source_title_only:
            return
        penalty: dict[int, float] = {}
        for issue in result.issues:
            penalty[issue.segment] = penalty.get(issue.segment, 0.0) + self.weights[issue.severity.value]
        lines = {s.index: s.line for s in result.pair.target.segments}
        pair = capped(pair, self.cap)  # the text the checks and the quality estimate read
        if utilities is None:
            utilities = segment_utilities(pair)
        with _room():
            self._store(system, place, pair, lines, utilities, penalty, handles or {}, str(result.pair.id))

    def _store(self, system, place, pair, lines, utilities, penalty, handles, doc) -> None:
        """:meth:`add`'s rows into the store (under :func:`_room`, which turns a full disk into one line)."""
        from mtqa.scoring.consensus import source_key

        db = self.db
        rows = []
        for segment in pair.target.segments:
            utility = utilities.get(segment.index)
            if utility is None:  # not aligned, no words, or no features
                continue
            index = segment.index
            key = source_key(joined_sources(pair.sources_of(index)))
            row = db.execute("SELECT texts.tid, seen.n FROM texts LEFT JOIN seen ON seen.system = ? AND seen.tid ="
                             " texts.tid WHERE texts.key = ?", (system, key)).fetchone()
            if row is None:  # a source text never met: its first group, this system's first occurrence
                tid, k = db.execute("INSERT INTO texts (key) VALUES (?)", (key,)).lastrowid, 0
                db.execute("INSERT INTO seen VALUES (?, ?, 1)", (system, tid))
                gid = None
            else:
                tid, k = row[0], row[1] or 0
                db.execute("INSERT OR REPLACE INTO seen VALUES (?, ?, ?)", (system, tid, k + 1))
                row = db.execute("SELECT gid FROM groups WHERE tid = ? AND k = ?", (tid, k)).fetchone()
                gid = row[0] if row else None
            if gid is None:
                self._groups += 1
                gid = self._groups
                db.execute("INSERT INTO groups VALUES (?, ?, ?)", (tid, k, gid))
            rows.append((gid, system, place, doc, index, lines.get(index, 0), segment.words, utility,
                         penalty.get(index, 0.0), handles.get(index), source_key(segment.text)))
        db.executemany("INSERT INTO entries (gid, system, place, doc, segment, line, words, utility, penalty, handle,"
                       " text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def add_issue(self, system: int, place: int, segment: int, weight: float) -> None:
        """A cross-system check's issue (counted in the segment's penalty, as in the system's)."""
        with _room():
            self._index("entries_place", "entries (system, place, segment)")
            self.db.execute("UPDATE entries SET penalty = penalty + ? WHERE system = ? AND place = ? AND segment = ?",
                            (weight, system, place, segment))

    def compute(self, consensus=None) -> "Groups":
        """The source segments two or more systems translated, each with its values and preferred system.

        ``consensus``: the run's :class:`~mtqa.scoring.consensus.RunConsensus` (None: no consensus). A source
        segment any of whose translations lacks a consensus is valued without it, all its translations alike.

        Identical translations of a source segment (whitespace collapsed) take one value, the highest any of them
        got, so they tie and neither is preferred over the other. Why: what differs between two copies of one
        text is not the text but its surroundings -- consensus does not let near-identical systems (clones) vote
        for each other, so a clone's copy loses the votes its twin's text would get from it, and a document can
        give one copy an issue of its context -- and a reader must never see system B preferred to system A for
        the very same sentence."""
        if self._computed:
            return Groups(self.db)
        self._computed = True
        if consensus is not None:
            consensus.compute()
        with _room():
            self._index("entries_gid", "entries (gid)")
            self._index("groups_gid", "groups (gid)")
            self._compute(consensus)
        return Groups(self.db)

    def _index(self, name: str, on: str) -> None:
        """Create a read index once it is first needed: built in one sorted pass over the rows then, not kept
        up to date insert by insert while the systems are read (that upkeep was most of the store's cost)."""
        if name not in self._indexed:
            self._indexed.add(name)
            self.db.execute(f"CREATE INDEX {name} ON {on}")

    def _compute(self, consensus) -> None:
        for group in _read_groups(self.db, ""):
            if len({e.system for e in group.entries}) < 2:
                continue
            # the consensus with each pseudo-reference weighed by its own quality utility (segment_weights)
            cons = [None if consensus is None or e.handle is None else consensus.pool.voted_value(e.handle)
                    for e in group.entries]
            if any(c is None for c in cons):
                cons = [None] * len(cons)
            for e, c in zip(group.entries, cons):
                e.value = self.model.value(features(c, e.utility, e.penalty, e.words))
            by_text: dict[str, float] = {}
            for e in group.entries:
                by_text[e.text] = max(e.value, by_text.get(e.text, e.value))
            for e in group.entries:
                e.value = by_text[e.text]
            best = max(e.value for e in group.entries)
            top = {e.system for e in group.entries if e.value == best}
            group.preferred = next(iter(top)) if len(top) == 1 else None
            self.db.execute("INSERT INTO kept VALUES (?, ?)", (group.gid, group.preferred))
            self.db.executemany("UPDATE entries SET value = ? WHERE rowid = ?",
                                [(e.value, e.row) for e in group.entries])


CACHE_KB = 8192
"""Kilobytes of the preference store SQLite keeps in memory (its page cache); the rest is in its temporary file."""
CHUNK = 1000
"""Source segments read back from the store at a time."""
_SCHEMA = """
PRAGMA cache_size = -{cache};
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE texts (tid INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE groups (tid INTEGER, k INTEGER, gid INTEGER, PRIMARY KEY (tid, k)) WITHOUT ROWID;
CREATE TABLE seen (system INTEGER, tid INTEGER, n INTEGER, PRIMARY KEY (system, tid)) WITHOUT ROWID;
CREATE TABLE entries (gid INTEGER, system INTEGER, place INTEGER, doc TEXT, segment INTEGER, line INTEGER,
                      words INTEGER, utility REAL, penalty REAL, handle INTEGER, text TEXT, value REAL);
CREATE TABLE kept (gid INTEGER PRIMARY KEY, preferred INTEGER);
"""


_FULL = {10: "disk I/O error", 13: "database or disk is full", 14: "unable to open database file"}
"""SQLite's result codes (the primary code, low byte) that say its temporary file could not be written, not that
mtqa asked something wrong: SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN."""


def temporary_folder() -> str:
    """The folder SQLite writes the store's temporary file in, found as SQLite's Unix build finds it: the first
    writable one of $SQLITE_TMPDIR, $TMPDIR, /var/tmp, /usr/tmp, /tmp and the current folder."""
    for folder in (os.environ.get("SQLITE_TMPDIR"), os.environ.get("TMPDIR"), "/var/tmp", "/usr/tmp", "/tmp"):
        if folder and os.path.isdir(folder) and os.access(folder, os.W_OK | os.X_OK):
            return folder
    return "."


_STORES = {"preference": ("the segment preference store", "set compare_segments = false"),
           "consensus": ("the consensus store", "use --no-consensus"),
           "cross": ("the cross-system checks' store", "leave them out (--ignore A609,A610)")}
"""The run's SQLite stores as :func:`_room` names them: what it is, and how a run does without it."""


@contextlib.contextmanager
def _room(store: str = "preference"):
    """SQLite out of room for a store (a full disk under its temporary file, an I/O error there) as a
    :class:`~mtqa.errors.RunFailure`: one line that names the folder and what to do, exit 2, not an "internal
    error" -- nothing in mtqa needs fixing, the machine needs space or another folder. ``store``: a key of
    :data:`_STORES`."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+; the message on 3.10
        if (code & 0xFF if code is not None else None) not in _FULL and str(exc) not in _FULL.values():
            raise
        what, without = _STORES[store]
        raise RunFailure(f"{what} could not write its temporary file in "
                         f"{temporary_folder()} ({exc}): free space there, point SQLITE_TMPDIR to a folder with "
                         f"room, or {without}") from None


def _read_groups(db, join: str, last: int = 0, size: Optional[int] = None):
    """The groups of the store in reading order (``join``: SQL restricting them to the computed ones) after gid
    ``last``, their entries in the order they were added; ``size`` (default :data:`CHUNK`) groups in memory at a
    time."""
    preferred = "kept.preferred" if join else "NULL"
    while True:
        with _room():
            rows, entries = _read_chunk(db, join, preferred, last, size or CHUNK)
        if not rows:
            return
        groups = {gid: Group(key, preferred=p, gid=gid) for gid, key, p in rows}
        last = rows[-1][0]
        for row in entries:
            group = groups.get(row[1])
            if group is not None:
                group.entries.append(Entry(row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[11],
                                           row[10], row=row[0]))
        yield from groups.values()


def _read_chunk(db, join: str, preferred: str, last: int, size: int) -> tuple[list, list]:
    """The next ``size`` groups after gid ``last`` (gid, key, preferred) and their entries' rows."""
    rows = db.execute(f"SELECT groups.gid, texts.key, {preferred} FROM groups JOIN texts ON texts.tid = groups.tid"
                      f" {join} WHERE groups.gid > ? "
                      "ORDER BY groups.gid LIMIT ?", (last, size)).fetchall()
    if not rows:
        return rows, []
    return rows, db.execute("SELECT rowid, gid, system, doc, segment, line, words, utility, penalty, handle, text,"
                            " value FROM entries WHERE gid >= ? AND gid <= ? ORDER BY gid, rowid",
                            (rows[0][0], rows[-1][0])).fetchall()


class Groups:
    """The computed source segments of a run (:meth:`RunPreference.compute`), read from the store in reading
    order each time they are looped over: a sequence of :class:`Group` that a report streams from."""

    def __init__(self, db):
        self.db = db

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM kept").fetchone()[0]

    JOIN = "JOIN kept ON kept.gid = groups.gid"
    """What restricts the store's groups to the computed ones."""

    def __iter__(self):
        return _read_groups(self.db, self.JOIN)

    def close(self) -> None:
        """Close the run's store (its temporary file goes with it); the groups can no longer be read."""
        self.db.close()

    def __getitem__(self, i: int) -> Group:
        """The ``i``-th computed group (negative: from the end), read alone: its gid from the kept table's key,
        then its rows (it read every group before it, chunk by chunk, on each call)."""
        at = i + len(self) if i < 0 else i
        row = None if at < 0 else self.db.execute("SELECT gid FROM kept ORDER BY gid LIMIT 1 OFFSET ?",
                                                  (at,)).fetchone()
        if row is None:
            raise IndexError(i)
        return next(_read_groups(self.db, self.JOIN, row[0] - 1, 1))
