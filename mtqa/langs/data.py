"""Reading the data files shipped in ``mtqa/data/`` (and in extra data folders).

Language knowledge lives in data files, not in code: TOML for profiles and
conventions, tab-separated tables with ``#`` comment lines (where each file
notes its source) and a header line for name lists. They are read once per
process. A copy in a ``$MTQA_DATA`` folder is the user's input: its faults
(not UTF-8, invalid TOML, a malformed row, a value of another kind than in
the package's own file) end the run with a :class:`~mtqa.errors.DataError`
naming the file and line. A TOML copy may be partial: a setting or a table
the copy leaves out is the package file's (:class:`_Partial`), while a word
table is the copy's alone (:data:`WORD_TABLES`). A malformed row of the package's own tables is
reported the same way; a builder's fault with the package's own files stays
an internal error (:func:`built_from`).

A folder named by ``$MTQA_DATA`` (several separated by ``os.pathsep``) is
searched before the package's own data, so a new language or pair (a
``langs/<code>.toml``, a ``pairs/<src>-<tgt>.toml``) can be added without
touching the package.
"""
from __future__ import annotations

import fnmatch
import functools
import os
import re
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from mtqa.errors import DataError, UsageError
from mtqa.langs.cache import TABLES, memoize
from mtqa.userdata import content_digest, user_folders

from mtqa.lazy import lazy_module

tomllib = lazy_module("tomllib")
"""Imported by the first parse: a run with a warm cache reads every TOML file from its compiled copy."""


@functools.lru_cache(maxsize=1)
def own_data():
    """mtqa's own data folder (``mtqa/data``): a :class:`~pathlib.Path` when the package is files on disk,
    what :func:`importlib.resources.files` answers there; else (a zip) the latter's ``Traversable``.

    Why not ``resources.files`` every time: importing :mod:`importlib.resources` costs some 8 ms of
    start-up and each call ~20 µs (a one-line check made 84); a run needs the folder's path."""
    import mtqa.data as package

    where = getattr(package, "__file__", None)
    if where and os.path.isfile(where):
        return Path(where).parent
    from importlib import resources

    return resources.files("mtqa.data")


def _text(path) -> str:
    """A data file's text; one that is not UTF-8 (a copy saved as Latin-1) is a DataError naming it."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[:exc.start].count(b"\n") + 1
        raise DataError("not UTF-8 text (save the file as UTF-8)", path=str(path), line=line) from None


DATA_KINDS = (".toml", ".tsv", ".tsv.gz", ".json")
"""The endings of the files mtqa reads as data: TOML settings, tab-separated tables (some gzipped), a JSON
transliteration scheme. :func:`data_path` looks in a ``$MTQA_DATA`` folder for these only, and
:func:`fingerprint` covers these only, so the two cannot disagree on what a folder holds."""


@functools.lru_cache(maxsize=1)
def _data_dirs() -> frozenset:
    """The folders of mtqa's own data tree that hold data files (``langs``, ``names``...): the places
    inside a data folder where :func:`data_path` is asked for a file (a new language's file goes in one
    of them too)."""
    own = own_data()
    return frozenset(d.name for d in own.iterdir() if d.is_dir()
                     and any(is_data_file((f.name,)) for f in d.iterdir() if f.is_file()))


def is_data_file(parts: tuple) -> bool:
    """Whether mtqa reads ``<folder>/<parts...>`` of a ``$MTQA_DATA`` folder as data: a file of one of the
    :data:`DATA_KINDS` at the top or in one of :func:`_data_dirs`, not hidden. A ``.DS_Store``, a README,
    an editor's ``en.toml~`` or a ``__pycache__`` next to the tables is not data."""
    *place, name = parts
    return (name.endswith(DATA_KINDS) and not name.startswith(".") and "/" not in name and os.sep not in name
            and (not place or (len(place) == 1 and place[0] in _data_dirs())))


def data_path(*parts: str):
    """The first existing ``<folder>/<parts...>`` of the data folders, or the package's own path.

    A ``$MTQA_DATA`` folder is looked into for data files only (:func:`is_data_file`), the files
    :func:`fingerprint` covers; symbolic links are followed."""
    folders = _folders()
    if is_data_file(parts):
        for folder in folders[:-1]:
            path = folder.joinpath(*parts)
            if path.is_file():
                return path
    return folders[-1].joinpath(*parts)


def profile_word_list(value, lang: str, name: str, *, empty: bool = False, path=None) -> list:
    """``value``, the list of words the profile ``<lang>.toml`` holds at ``name`` ("causative.verbs"), when every
    item is a word that is not blank and (unless ``empty``) there is at least one; else a :class:`DataError`
    naming the file and the key, and saying what is wrong.

    Why one reader for every such list: a blank word (``""``, ``" "``) becomes an empty branch of an alternation
    or a key no lookup reaches, so a ``$MTQA_DATA`` copy holding one turned a check off without a word, and the
    copies of this test in each module had drifted apart (some let ``" "`` through). A bare string would be read
    one letter at a time; a list with no word leaves nothing for the check to read. ``path``: the file named when
    the list is another file's (``lexmodel/reflexives.toml``), not the profile's."""
    if value is None:
        fault = "is missing"
    elif not isinstance(value, list):
        fault = f"is {_shape(value)}"
    elif not value and not empty:
        fault = "is empty"
    else:
        n, item = next(((n, v) for n, v in enumerate(value, 1) if not isinstance(v, str) or not v.strip()),
                       (0, None))
        if not n:
            return value
        fault = f"holds {'a blank word' if isinstance(item, str) else _shape(item)} (item {n})"
    raise DataError(f"{path or data_path('langs', f'{lang}.toml')}: {name} {fault}: a list of words is due"
                    f"{'' if empty else ' (one or more)'}")


def _folders() -> list:
    return user_folders() + [own_data()]


def _data_files_of(folder: Path) -> list[tuple[tuple, Path]]:
    """The data files of one ``$MTQA_DATA`` folder (:func:`is_data_file`), as ``(parts, path)`` sorted,
    through symbolic links as :func:`data_path` reads them (a ``langs`` that links elsewhere is looked into)."""
    found = []
    for place in ((), *((d,) for d in sorted(_data_dirs()))):
        where = folder.joinpath(*place)
        try:
            names = os.listdir(where) if where.is_dir() else []
        except OSError:
            names = []
        for name in names:
            parts = (*place, name)
            if is_data_file(parts) and where.joinpath(name).is_file():
                found.append((parts, where.joinpath(name)))
    return sorted(found, key=lambda item: [os.fsencode(p) for p in item[0]])


def every_data_file() -> Optional[list[Path]]:
    """Every data file of the data folders (each ``$MTQA_DATA`` folder's, then mtqa's own), for the key of a
    compiled table whose answers may read any table of any language (:meth:`mtqa.evidence.Evidence.select`'s
    prebuilt facts); None when mtqa's own data are not files on disk (a zip), whose changes no key could see."""
    own = own_data()
    if not isinstance(own, Path):
        return None
    return [path for folder in (*user_folders(), own) for _, path in _data_files_of(Path(folder))]


def fingerprint() -> tuple[str, str]:
    """What the ``$MTQA_DATA`` folders of this process hold: ``(the folders as named, a digest of their files)``.

    A Dask worker is another process, often on another machine, with its own environment: it reads its
    own ``$MTQA_DATA``, not the client's. The client sends its fingerprint with every batch and the worker
    compares its own (:mod:`mtqa.distributed`), so a run whose workers would read other data refuses in
    one line instead of giving other results than a serial run. The digest covers each folder's data files,
    those :func:`data_path` would read (path inside the folder and bytes, in folder order; a folder with
    none counts for nothing), not where the folders are nor the other files beside them: a worker with the
    same tables at another place, or without the copy's README, checks alike.

    A worker asks for it with every batch: each file is stat'ed each time and read again only when its
    identity changed (:func:`mtqa.userdata.content_digest`: inode, size, modification and change times),
    so a large copy costs its hashing once, and a rewrite with the same size and modification time is seen
    (a digest kept by the first three alone stayed that of the old bytes).
    """
    import hashlib

    named = os.environ.get("MTQA_DATA", "")
    digest = hashlib.sha256()
    for folder in user_folders():
        files = _data_files_of(folder)
        if files:
            digest.update(b"\0folder\0")
        for parts, path in files:
            digest.update(b"/".join(os.fsencode(p) for p in parts) + b"\0")
            try:
                digest.update(bytes.fromhex(content_digest(path)))
            except OSError as exc:  # unreadable here: the run that reads it says so, naming the file
                digest.update(type(exc).__name__.encode("utf-8"))
    return named, digest.hexdigest()


def languages() -> list[str]:
    """Codes of the languages with a profile (``langs/<code>.toml``) in any data folder."""
    codes = set()
    for folder in _folders():
        langs = folder.joinpath("langs")
        if langs.is_dir():
            codes.update(p.name[:-5] for p in langs.iterdir() if p.name.endswith(".toml") and is_data_file(("langs", p.name)))
    return sorted(codes)


def data_files(*parts: str) -> list[Path]:
    """The files that what :func:`data_toml` reads from ``parts`` depends on, for a compiled table's key
    (:func:`mtqa.compiled.cached`): a ``$MTQA_DATA`` copy and mtqa's own file, whose settings fill in what a
    partial copy leaves out (:func:`_partial`). Keyed on the copy alone, a table built from a partial copy
    would outlive a change of mtqa's file."""
    own = own_data().joinpath(*parts)
    return [p for p in dict.fromkeys((data_path(*parts), own)) if isinstance(p, Path) and p.is_file()]


def exists(*parts: str) -> bool:
    return data_path(*parts).is_file()


@memoize(TABLES)
def data_toml(*parts: str) -> dict:
    """A TOML file of the data folders (``data_toml("numbers", "fr.toml")``), parsed once; {} if absent.

    The parsed file is kept in the compiled cache (:mod:`mtqa.compiled`, keyed by the file's
    identity): reading it back costs a tenth of parsing it, and a run reads a dozen of them.
    """
    path = data_path(*parts)
    if not path.is_file():
        return {}

    def parse() -> dict:
        try:
            return tomllib.loads(_text(path))
        except tomllib.TOMLDecodeError as exc:
            line = re.search(r"at line (\d+)", str(exc))
            raise DataError(f"not valid TOML ({re.sub(r' [(]at line.*', '', str(exc))})", path=str(path),
                            line=int(line.group(1)) if line else None) from None

    if not isinstance(path, Path):  # inside a zip: no file identity to key the copy on
        return parse()
    from mtqa.compiled import cached

    data = cached("toml-" + "-".join(parts).replace(os.sep, "-"), [path], parse)
    own_path = own_data().joinpath(*parts)
    if str(path) == str(own_path):
        return data
    own = tomllib.loads(own_path.read_text(encoding="utf-8")) if own_path.is_file() else None
    # a $MTQA_DATA copy: its values must be of the kinds mtqa's own are; a new file (a new language's
    # numbers/es.toml) those of mtqa's files of its kind, which the same code reads
    reference = own if own is not None else _alike(tuple(parts))
    if reference is not None:
        fault = _unlike(data, reference, (), "/".join(parts), own is not None)
        if fault:
            keys, message = fault
            raise DataError(message, path=str(path), line=_line_of(path, keys))
    return _partial(data, own, str(path), (), "/".join(parts))


class MissingKey(DataError, KeyError):
    """A key mtqa reads by name that a ``$MTQA_DATA`` file lacks, and mtqa's own file of that name too (a new
    language or pair, an entry of an array of tables): the file named, in one line. Also a KeyError, so code
    that asks for a key it can do without still can."""


class _Partial(dict):
    """A table of a ``$MTQA_DATA`` file, which may leave out keys.

    A table of settings (the file's top level, ``[alignment]``, ``[misc]``, a language's ``[fr]`` in
    ``polarity.toml``: keys the code reads by name) holds every key of mtqa's own table that the copy leaves
    out, with mtqa's value, however the code reads it (``table["variance"]``, ``get`` with a default,
    iteration): a copy holding one setting changes that one. A word table (:data:`WORD_TABLES`: keys are
    words, as in an elision's glosses or the number words) is the copy's alone, so an entry deleted there
    stays deleted and an empty one means none; a word read from it by name (``table["d"]``) that the copy
    lacks is still mtqa's. A word list is a value, the copy's whole when the copy has it. A key neither file
    has, read by name, is a :class:`MissingKey` naming the file, not "internal error: KeyError"."""

    __slots__ = ("own", "path", "keys")

    def __init__(self, data: dict, own: Optional[dict], path: str, keys: tuple):
        super().__init__(data)
        self.own, self.path, self.keys = own, path, keys

    def __missing__(self, key):
        if self.own is not None and key in self.own:
            return self.own[key]
        raise MissingKey(f"missing key {key!r}" + (f" in {_where(self.keys)}" if self.keys else ""), path=self.path)

    def copy(self) -> "_Partial":
        return _Partial(self, self.own, self.path, self.keys)

    def __reduce__(self):
        return _Partial, (dict(self), self.own, self.path, self.keys)


def shipped(table: dict, key: str, default=None):
    """mtqa's own value of ``key`` in ``table`` (a table :func:`data_toml` returned): for a ``$MTQA_DATA`` copy's
    table, its counterpart's in the package's file (``default`` where that has none: a new language); for the
    package's own table, the table's. For a setting that only holds with another one (a cheap screen written
    for one pattern): a copy that changes the pattern but keeps mtqa's screen has a screen that no longer
    holds."""
    if isinstance(table, _Partial):
        return table.own.get(key, default) if table.own is not None else default
    return table.get(key, default)


WORD_TABLES = {
    "formats.toml": ("currency.scales", "currency.spelled", "scale_plurals"),
    "confusables.toml": ("lookalikes",),
    "glued.toml": ("invisible",),
    "inflection.toml": ("*.irregular", "*.third_person", "*.other_forms", "*.agreeing.*", "*.subject.pronouns",
                        "*.subject.possessives"),
    "punctuation.toml": ("foreign_quotes",),
    "lexmodel/strong_words.toml": ("*.renderings",),
    "lexmodel/figure_words.toml": ("*.renderings", "*.collectives", "*.fractions"),
    "lexmodel/units.toml": ("kinds", "*.after", "*.before"),
    "lexmodel/polarity.toml": ("*.negation_polarity_items",),
    "lexmodel/reflexives.toml": ("*.pronouns", "*.clitics"),
    "numbers/*.toml": ("words", "ordinal_words", "approximate", "scales", "scale_abbreviations", "fractions",
                       "months", "weekdays", "units", "word_units"),
    "langs/*.toml": ("compass_points", "regnal_ordinals", "abbreviations", "letters_written_out",
                     "reporting_inversion.non_words", "reporting_inversion.needs_object", "reporting_inversion.wrong_senses",
                     "measure_calques.age_unit_compounds", "measure_calques.measure_verbs",
                     "measure_links.age_unit_compounds", "world_rank.ordinals", "time_phrases.edges", "time_phrases.parts",
                     "time_phrases.own", "self_report.verbs", "self_report.pronouns", "people_nouns"),
    "pairs/*.toml": ("elision_gloss", "name_particle_gloss", "name_determiners", "transliteration.diaeresis",
                     "foreign_first_names.surname_letters", "geographic_adjectives"),
}
"""The tables of the TOML data files whose keys are words (or units, letters, marks), by file and dotted
key (``*``: any one file or key, a language's code): a ``$MTQA_DATA`` copy's word table is the copy's alone.
Every other table holds settings, which a copy that leaves them out takes from mtqa's file (:class:`_Partial`).
``tests/test_data_errors.py`` holds this to the shipped files: a table of one kind of value keyed by more
than a few names is listed here, or said there to be settings."""


def is_word_table(parts: str, keys: tuple) -> bool:
    """Whether the table at ``keys`` of the data file ``parts`` ("numbers/fr.toml") is a word table."""
    dotted = ".".join(map(str, keys))
    return any(fnmatch.fnmatchcase(parts, file) and any(fnmatch.fnmatchcase(dotted, t) for t in tables)
               for file, tables in WORD_TABLES.items())


def _partial(value, own, path: str, keys: tuple, parts: str = ""):
    """``value`` (parsed from the ``$MTQA_DATA`` file ``path``, ``parts`` of the data folder) with every table
    a :class:`_Partial` over its counterpart in ``own`` (mtqa's own file; None where it has none: a new file,
    an entry of an array), and every table of settings given the keys of its counterpart it lacks."""
    if isinstance(value, dict):
        own = own if isinstance(own, dict) else None
        table = {k: _partial(v, own.get(k) if own else None, path, keys + (k,), parts) for k, v in value.items()}
        if own is not None and not is_word_table(parts, keys):
            for key, mtqa_value in own.items():
                table.setdefault(key, mtqa_value)
        return _Partial(table, own, path, keys)
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        return [_partial(v, None, path, keys + (n,), parts) for n, v in enumerate(value)]
    return value


def _where(keys: tuple) -> str:
    """``("alignment",)``: "[alignment]"; ``("entry", 3)``: "the 4th [[entry]]" (1st, 2nd, 3rd...)."""
    if isinstance(keys[-1], int):
        n = keys[-1] + 1
        nth = f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
        return f"the {nth} [[{'.'.join(str(k) for k in keys[:-1])}]]"
    return f"[{'.'.join(str(k) for k in keys)}]"


_SHAPES = ((bool, "true or false"), ((int, float), "a number"), (str, "a string"), (list, "an array"),
           (dict, "a table"))


def _shape(value) -> str:
    return next((name for kind, name in _SHAPES if isinstance(value, kind)), type(value).__name__)


_DISAGREE = object()
"""What :func:`_agreed` makes of values of mtqa's files that are not all of one kind: nothing to hold a copy to."""


def _agreed(values: list):
    """One value standing for ``values`` (a key's value in each of mtqa's files of one kind) in :func:`_unlike`:
    their kind, a table holding the keys whose values agree; :data:`_DISAGREE` when they are of several kinds."""
    if len({_shape(v) for v in values}) != 1:
        return _DISAGREE
    if isinstance(values[0], dict):
        merged = {}
        for table in values:
            for key in table:
                if key not in merged:
                    merged[key] = _agreed([t[key] for t in values if key in t])
        return {k: v for k, v in merged.items() if v is not _DISAGREE}
    if isinstance(values[0], list):  # a word list (held to strings), or a record (a unit's kind and factor)
        items = [v for value in values for v in value]
        return items if items and all(isinstance(v, str) for v in items) else values[0]
    return values[0]


@functools.lru_cache(maxsize=None)
def _alike(parts: tuple) -> Optional[dict]:
    """For a data file mtqa does not ship (``numbers/es.toml``): what :func:`_unlike` holds it to, the TOML files
    mtqa ships in the same folder (``numbers/en.toml``, ``numbers/fr.toml``) merged where they agree (a key all
    of them that have it give one kind); None for a file with no such sibling (a new folder, the top level).
    A new language's file is read by the same code as the shipped ones: ``words = ["uno"]`` where that code
    reads a table ended the run with "internal error: AttributeError"."""
    if len(parts) != 2 or not parts[1].endswith(".toml"):
        return None
    folder = own_data().joinpath(parts[0])
    shipped = [tomllib.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.iterdir(), key=lambda p: p.name)
               if p.is_file() and p.name.endswith(".toml")] if folder.is_dir() else []
    return _agreed(shipped) or None if shipped else None


def _unlike(copy, own, keys: tuple, parts: str = "", same_file: bool = True) -> Optional[tuple[tuple, str]]:
    """The first value of ``copy`` (a parsed ``$MTQA_DATA`` file) of another kind than in ``own`` (mtqa's
    own file of that name) as (its keys, what is wrong), or None: a string where the code reads an array
    ("unit_links = 5"), a table where it reads a list. A new key of a word table (:data:`WORD_TABLES`) whose
    own values are all of one kind is held to that kind; keys mtqa's file lacks are otherwise free (a setting
    mtqa's [misc] of French leaves out, all of whose settings are lists, may be a string)."""
    shape = _shape(own)
    name = ".".join(k if re.fullmatch(r"[\w\-]+", k) else f'"{k}"' for k in keys) or "the file"
    mtqa_s = "as in mtqa's own file" if same_file else f"as in mtqa's own {parts.rpartition('/')[0]} files"
    if _shape(copy) != shape:
        return keys, f"{name} should be {shape}, {mtqa_s}, not {_shape(copy)}"
    if isinstance(own, dict):
        kinds = {_shape(v) for v in own.values()}
        for key, value in copy.items():
            if key in own:
                fault = _unlike(value, own[key], keys + (key,), parts, same_file)
            elif len(own) > 1 and len(kinds) == 1 and not isinstance(value, dict) and is_word_table(parts, keys):
                fault = _unlike(value, next(iter(own.values())), keys + (key,), parts, same_file)
            else:
                fault = None
            if fault:
                return fault
        records = (_record_shapes(own) and _shipped_record_shapes(parts, keys)) if is_word_table(parts, keys) else set()
        for key, value in copy.items():
            if records and isinstance(value, list) and tuple(map(_shape, value)) not in records:
                example = next(v for v in own.values() if tuple(map(_shape, v)) in records)
                return keys + (key,), (f"{name}.{key} should be an array like {example!r}, as in mtqa's own files "
                                       f"({' or '.join(', '.join(r) for r in sorted(records))}), not {value!r}")
    elif isinstance(own, list) and own and all(isinstance(v, str) for v in own):
        bad = next((v for v in copy if not isinstance(v, str)), None)
        if bad is not None:
            return keys, f"{name} should be an array of strings, {mtqa_s}, not hold {bad!r}"
    return None


def _record_shapes(own: dict) -> set:
    """The shapes (kinds in order) of the entries of a word table whose entries are records, arrays of more
    than strings (a unit: ``mile = ["length", 1609.344]``); empty for any other table. A copy's entry of
    another shape ("mile = []") would fail deep in the code that reads the record."""
    if not own or not all(isinstance(v, list) for v in own.values()):
        return set()
    shapes = {tuple(map(_shape, v)) for v in own.values()}
    return shapes if any(set(shape) != {"a string"} for shape in shapes) else set()


@functools.lru_cache(maxsize=None)
def _shipped_record_shapes(parts: str, keys: tuple) -> frozenset:
    """The record shapes of the word table at ``keys`` in every file of mtqa's own data that the
    :data:`WORD_TABLES` pattern of ``parts`` covers (``numbers/*.toml``: English and French alike).

    What the code reads is one shape for every language: a unit is a kind and a factor, or a kind, a
    factor and an offset (``"°F" = ["temperature", 0.5555556, -32.0]``), whichever language's file the
    entry is in. A copy's entry is held to the shapes of all of them, not to the shapes its own
    language's file happens to use (French has no unit with an offset, and one added was refused)."""
    own = own_data()
    patterns = [file for file, tables in WORD_TABLES.items() if fnmatch.fnmatchcase(parts, file)]
    shapes: set = set()
    for pattern in patterns:
        folder, _, name = pattern.rpartition("/")
        place = own.joinpath(*folder.split("/")) if folder else own
        for path in (place.iterdir() if place.is_dir() else ()):
            if not (path.is_file() and fnmatch.fnmatchcase(path.name, name)):
                continue
            table = tomllib.loads(path.read_text(encoding="utf-8"))
            for key in keys:
                table = table.get(key) if isinstance(table, dict) else None
            if isinstance(table, dict):
                shapes |= _record_shapes(table)
    return frozenset(shapes)


def _line_of(path: Path, keys: tuple) -> Optional[int]:
    """The line of ``path`` that sets ``keys`` (``("misc", "unit_links")``: the ``unit_links =`` line under
    ``[misc]``), or that opens their table; None when not found (a key set in an inline table)."""
    def parts(text: str) -> tuple:
        quoted = re.fullmatch(r"\s*(\"[^\"]*\"|'[^']*')\s*", text)
        if quoted:
            return (quoted.group(1)[1:-1],)
        return tuple(p.strip().strip("\"'") for p in text.split("."))

    table: tuple = ()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        header = re.match(r"\s*\[\[?\s*([^\]]+?)\s*\]", line)
        if header:
            table = parts(header.group(1))
            if table == keys:
                return lineno
            continue
        key = re.match(r"\s*(\"[^\"]*\"|'[^']*'|[\w.\-]+)\s*=", line)
        if key and table + parts(key.group(1)) == keys:
            return lineno
    return None


def built_from(*parts: Union[str, Callable[..., tuple[str, ...]]]):
    """Decorate a function that builds tables from one data file, so that the file's faults reach the
    user as a :class:`~mtqa.errors.DataError` naming the file: a pattern that does not compile, a
    missing key, a value of the wrong type.

    ``parts`` are the file's parts as :func:`data_path` takes them, or one callable that returns them
    from the decorated function's arguments (a file per language). Faults in the shipped files are
    caught by the tests; these are for a ``$MTQA_DATA`` folder a user is editing."""
    def decorate(build):
        @functools.wraps(build)
        def wrapper(*args, **kwargs):
            try:
                return build(*args, **kwargs)
            except UsageError:
                raise
            except (re.error, KeyError, TypeError, ValueError) as exc:
                where = parts[0](*args, **kwargs) if callable(parts[0]) else parts
                path = data_path(*where)
                if str(path) == str(own_data().joinpath(*where)):
                    raise  # mtqa's own file: the fault is in mtqa (its code or its data), not the user's to fix
                raise DataError(_fault(exc), path=str(path)) from None
        return wrapper
    return decorate


def _fault(exc: Exception) -> str:
    if isinstance(exc, re.error):
        shown = exc.pattern if isinstance(exc.pattern, str) and len(exc.pattern) <= 60 else None
        return f"a regular expression does not compile ({exc.msg} at position {exc.pos}" + (f" of '{shown}')" if shown else ")")
    if isinstance(exc, KeyError):
        return f"missing key {exc.args[0]!r}" if exc.args else "missing key"
    return f"unexpected value ({exc})"


NOTHING = r"(?!)"
"""The pattern that matches nothing: what an emptied data list stands for in a regex."""


def read_rows(path, row: Callable[[list], None]) -> None:
    """Call ``row`` with the tab-separated fields of each line of the table file ``path`` (gzip-compressed when its
    name ends in ``.gz``), comments and blank lines skipped. A row ``row`` refuses (a ``ValueError``: a field that
    is no number, a row of another shape) or a file that cannot be read as the kind it is named (not gzip, cut
    short, not UTF-8) is a :class:`~mtqa.errors.DataError` naming the file and line: a ``$MTQA_DATA`` copy of a
    learned table is the user's input. The one reader of the line-per-row tables the checks learn from data."""
    import gzip
    import zlib

    packed = str(path).endswith(".gz")
    number = 0
    try:
        with (gzip.open(path, "rt", encoding="utf-8") if packed else open(path, encoding="utf-8")) as fh:
            for number, line in enumerate(fh, 1):
                if line.startswith("#") or not line.strip():
                    continue
                row(line.rstrip("\n").split("\t"))
    except (OSError, EOFError, UnicodeDecodeError, zlib.error) as exc:
        kind = "gzip-compressed UTF-8 text" if packed else "UTF-8 text"
        raise DataError(f"cannot be read as {kind} ({exc})", path=str(path), line=number or None) from None
    except ValueError as exc:
        raise DataError(str(exc), path=str(path), line=number or None) from None


def alternation(items: Iterable[str], form: Callable[[str], str] = re.escape, *, ordered: bool = False) -> str:
    """The entries of a data list (words, titles, phrases, or patterns) as one regex alternation, each
    written by ``form`` (escaped, by default); :data:`NOTHING` when the list has none.

    Every pattern built from a list of the data files goes through here, because a ``$MTQA_DATA`` copy
    may empty any list: joined by hand, no entries make the empty pattern, which matches everywhere
    (a month list emptied read "the 5 " as a date), where an empty list must mean "none". Empty entries
    are dropped for the same reason. Entries go longest first, so a word is tried before a shorter one
    that begins it (``Mme`` before ``M``), and equal lengths in text order, so the pattern is the same in
    every process whatever the file's order (the compiled cache keys on it). With ``ordered`` they keep
    the order given: patterns whose first match wins (a unit table's named groups)."""
    items = [i for i in items if i]
    if not ordered:
        items = sorted(set(items), key=lambda i: (-len(i), i))
    alts = dict.fromkeys(form(i) for i in items)
    alts.pop("", None)
    return "|".join(alts) or NOTHING


def char_class(chars: Iterable[str]) -> str:
    """The characters of a data list (quotation marks, invisible characters) as one regex character class;
    :data:`NOTHING` when there are none (``[]`` does not even compile: it would swallow what follows)."""
    body = "".join(dict.fromkeys(re.escape(c) for c in "".join(chars)))
    return f"[{body}]" if body else NOTHING


@memoize(TABLES)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``mtqa/data/names/<name>`` as dicts keyed by the header's column names."""
    rows: list[dict[str, str]] = []
    header: Optional[list[str]] = None
    path = data_path("names", name)
    text = _text(path)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            lacking = [c for c in _shipped_header(name, path) if c not in header]
            if lacking:  # a column renamed or misspelt in a $MTQA_DATA copy: said here, not as a KeyError later
                raise DataError(f"the header lacks the column{'s' if len(lacking) > 1 else ''} "
                                f"{', '.join(map(repr, lacking))} (mtqa's own table has: {', '.join(_shipped_header(name))})",
                                path=str(path), line=lineno)
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) > len(header) or not cells[0]:
            raise DataError(f"expected {len(header)} tab-separated columns, with a first one", path=str(path), line=lineno)
        rows.append(dict(zip(header, cells)))
    return tuple(rows)


def table_line(name: str, index: int) -> Optional[int]:
    """The line of ``mtqa/data/names/<name>`` (the file :func:`table` read) that holds its ``index``-th row (from
    0), or None. Why: a check that refuses a row's values (a cell left empty, a word of no known kind) should name
    the line as :func:`table` does for a row of the wrong shape, and the rows themselves carry no line."""
    path = data_path("names", name)
    seen = -1  # the header is the first line that is neither blank nor a comment
    for lineno, line in enumerate(_text(path).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if seen == index:
            return lineno
        seen += 1
    return None


def _shipped_header(name: str, path=None) -> tuple[str, ...]:
    """The columns of the package's own ``names/<name>`` (for a pair it lacks, those of the same table
    of another pair: ``exonyms.de-en.tsv`` has the columns of ``exonyms.fr-en.tsv``), which a copy in a
    ``$MTQA_DATA`` folder must have too; () for ``path`` the package's own file, or a table it lacks."""
    names = own_data().joinpath("names")
    own = names.joinpath(name)
    if path is not None and str(path) == str(own):
        return ()
    if not own.is_file():
        stem = name.split(".")[0]
        others = sorted(p.name for p in names.iterdir() if p.name.startswith(stem + ".") and p.name.endswith(".tsv"))
        if not others or name.count(".") != 2:
            return ()
        own = names.joinpath(others[0])
    for line in own.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return tuple(c.strip() for c in line.split("\t"))
    return ()


def pair_table(stem: str, pair: str) -> tuple[dict[str, str], ...]:
    """``<stem>.<pair>.tsv`` (e.g. ``exonyms.fr-en.tsv``), or no rows for a pair without one."""
    name = f"{stem}.{pair}.tsv"
    return table(name) if exists("names", name) else ()


@memoize(TABLES)
def press_scheme_exists(target: str) -> bool:
    """Whether :func:`press_scheme` has a scheme for ``target``, without reading it (nor importing iuliia)."""
    return data_path("names", f"translit_{target}_press.json").is_file()


@memoize(TABLES)
def press_scheme(target: str):
    """``names/translit_<target>_press.json``, our press transliteration of Cyrillic into ``target``,
    as an iuliia schema (read on its first use); None for a target without one.

    Found through the data folders like the name tables, so a ``$MTQA_DATA`` folder can correct it."""
    path = data_path("names", f"translit_{target}_press.json")
    if not path.is_file():
        return None
    from iuliia.repo import FileSchema  # imported with the first Cyrillic name, not at start-up

    return FileSchema("press", str(path))
