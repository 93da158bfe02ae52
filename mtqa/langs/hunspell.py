"""Dictionary lookup through Hunspell: is a word form a word of the language?

The Hunspell dictionaries shipped by Debian (``hunspell-en-us``,
``hunspell-en-gb``, ``hunspell-fr``; SCOWL and Dicollecte word lists) are read
once per process. Their ``.dic`` stems keep their case, so they tell a common
word (``earth``) from a proper noun (``Sunday``), and their ``.aff`` suffix and
prefix rules are applied in reverse so inflected forms (``devancing`` -> no
stem) are judged without expanding the whole word list. The folder is found
under ``$MTQA_HUNSPELL_DIR`` or the usual system places; without it the checks
fall back on frequencies alone. Which dictionary files make up a language is
data: ``hunspell`` in ``mtqa/data/langs/<code>.toml``.

Nothing here decides what is a defect: checks combine these facts with
their own evidence. :class:`mtqa.langs.Language` memoises the lookups.
"""
from __future__ import annotations

import functools
import itertools
import os
import re
from dataclasses import field
from pathlib import Path
from typing import Callable, Optional

from mtqa.langs import text as _text
from mtqa.langs.cache import RECENT_WORDS, TABLES, memoize
from mtqa.langs.text import APOSTROPHES as _APOSTROPHES
from mtqa.limits import MAX_TOKEN
from mtqa.records import record

HUNSPELL_DIRS = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell")
"""Where Debian and most Linux distributions install Hunspell dictionaries."""


class _Affix:
    """One affix rule; its condition is compiled on first use (most rules never match a word's ending).

    ``aff`` is the ``.aff`` file the rule was read from: a condition that does not compile ends the run as a
    :class:`~mtqa.errors.DataError` naming that file and the rule's line, which may be mid-run (the rules of an
    ending are made when a word first asks for them: :meth:`Hunspell.suffix_group`)."""

    __slots__ = ("flag", "strip", "add", "_condition", "_text", "_suffix", "cross", "aff")

    def __init__(self, flag: str, strip: str, add: str, condition: str, cross: bool, suffix: bool,
                 aff: Optional[Path] = None):
        self.flag, self.strip, self.add, self.cross = flag, strip, add, cross
        self._text, self._suffix, self._condition, self.aff = condition, suffix, None, aff

    @property
    def condition(self) -> re.Pattern:
        if self._condition is None:
            try:
                self._condition = _condition(self._text, self._suffix)
            except re.error as e:
                raise _bad_condition(self, e) from None
        return self._condition


def _bad_condition(affix: _Affix, error: re.error):
    """The :class:`~mtqa.errors.DataError` of ``affix``'s condition that does not compile: its ``.aff`` file and the
    first line of that file holding a rule of that kind, flag and condition (found when the error happens)."""
    from mtqa.errors import DataError

    kind = "SFX" if affix._suffix else "PFX"
    where = str(affix.aff) if affix.aff is not None else "a Hunspell .aff file"
    if affix.aff is not None:
        try:
            with open(affix.aff, encoding="utf-8", errors="replace") as fh:
                for number, raw in enumerate(fh, 1):
                    parts = raw.split()
                    if len(parts) >= 5 and parts[0] == kind and parts[1] == affix.flag and parts[4] == affix._text:
                        where = f"{affix.aff}:{number}"
                        break
        except OSError:
            pass
    return DataError(f"{where}: the condition {affix._text!r} of an affix rule ({kind} {affix.flag}) is not one "
                     f"Hunspell can read ({error})")


@record
class Hunspell:
    """A Hunspell dictionary read for lookup only (no suggestions, no compounds).

    ``stems`` maps each ``.dic`` entry, case kept, to its flag set. Lookup
    strips a suffix and/or a prefix whose rule condition holds and checks
    that the stem carries the rule's flag, as Hunspell itself does.
    """

    __record_built_once__ = True
    """Built once a dictionary and process: the shared ``__init__`` of :func:`mtqa.records.record`, none compiled for it (start-up, issue 14)."""

    name: str
    stems: dict[str, frozenset] = field(default_factory=dict)
    rules: Callable[[], tuple] = field(default=lambda: ({}, ()), repr=False, compare=False)
    """The affix rules, read when a lookup first needs them: ``(suffix rules per ending added, prefix rules)``, each
    rule ``(flag, strip, add, condition, cross)`` in the file's order (:func:`_by_kind`, stored so grouped).

    Why: the French rules (5,422) made into :class:`_Affix` objects and grouped cost 18-25 ms of CPU
    under load, and a one-line check paid it for the source's sentence-initial ``Le``, whose stem ``le``
    needs no rule. The tables below (``prefixes``, ``suffix_groups``, ``longest_suffix``,
    ``longest_prefix``) are therefore built by :meth:`__getattr__` on their first reading; a lookup, and
    :func:`in_dictionary` over every case form, try the plain stems first."""
    # built on first reading (__getattr__):
    # prefixes: dict[str, list[_Affix]]
    # longest_suffix, longest_prefix: the longest affix strings: lookup tries no longer cut, so its cost
    #   does not grow with the word.
    # suffix_groups: dict[str, tuple[tuple[str, tuple[_Affix, ...]], ...]]: the suffix rules of each ending
    #   asked so far grouped by what each rule strips: (strip, its rules) per ending added (:meth:`suffix_group`
    #   fills it). The rules of one group undo the ending to the same base, so :func:`_suffix_bases` looks that
    #   base up once.
    # _suffix_rules: dict[str, list[tuple]]: the suffix rules as read, (flag, strip, add, condition, cross), per
    #   ending added. The suffix rules made are kept in ``suffix_groups`` alone (their one owner): a reader of
    #   every rule (:func:`suffix_forms`) asks every ending of ``_suffix_rules`` through :meth:`suffix_group`.
    aff: Optional[Path] = field(default=None, repr=False, compare=False)
    """The ``.aff`` file the rules were read from, named by a rule's error (:class:`_Affix`)."""
    _answers: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    """:meth:`lookup`'s latest answers (at most :data:`~mtqa.langs.cache.RECENT_WORDS`: the repeats it
    serves come within a segment)."""

    def lookup(self, word: str) -> bool:
        """True when ``word`` (exact case) is a form of the dictionary.

        Tokens longer than :data:`~mtqa.limits.MAX_TOKEN` are no word of it
        (Hunspell itself stops at 100 characters); the cap keeps a
        100,000-letter token from costing minutes.

        A word asked again soon is answered from memory: the language's facts each keep their own
        answers (acceptance, common word: :class:`~mtqa.langs.language.Language`), and each asks again
        for the forms another asked (``Mission`` and ``mission`` of acceptance, ``mission`` of a common
        word) in the same segment; a lookup tries every affix rule that fits the word's ending against
        the stems. Only the latest answers are kept, so memory does not grow with the corpus's words.
        """
        if len(word) > MAX_TOKEN:
            return False
        answers = self._answers
        hit = answers.get(word)
        if hit is None:
            if len(answers) >= RECENT_WORDS:
                answers.clear()
            hit = answers[word] = _lookup(self, word.translate(_APOSTROPHES))
        return hit

    def stem_flags(self, word: str) -> Optional[frozenset]:
        return self.stems.get(word)

    def __getattr__(self, name: str):
        # only reached while the affix tables are unbuilt (afterwards they are plain attributes)
        if name not in _AFFIX_TABLES:
            raise AttributeError(name)
        self._build_affixes()
        return self.__dict__[name]

    def _build_affixes(self) -> None:
        """The rules indexed by the ending each suffix rule adds, as read (``_suffix_rules``); the prefix rules made.

        Why not every suffix rule made into an :class:`_Affix` and grouped here: the French rules (5,224 suffix
        rules on 3,297 endings, Debian's fr dictionary) cost ~13 ms of CPU so (stop 70, a one-line check: ~5 % of its CPU), and a short
        input asks for few endings. A word's lookup asks only the endings it has (:func:`_suffix_bases`), and
        :meth:`suffix_group` makes the rules of one ending on its first asking; the ~200 prefix rules are made at
        once. The rules were read from the cached ``.aff`` parse before either (``rules()``), as before, so a
        faulty ``.aff`` fails at the same point of the run. The parse is stored with its suffix rules already
        indexed by ending (:func:`_by_kind`): indexing the French 5,224 here took ~1.5 ms of a one-line check's
        CPU on every run that needs one affix (a capitalised name such as « Lyon »), for the same dict each time."""
        suffixes, prefix_rules = self.rules()  # the suffix rules stored by ending (_by_kind): no loop over them here
        prefixes: dict[str, list[_Affix]] = {}
        for flag, strip, add, condition, cross in prefix_rules:
            prefixes.setdefault(add, []).append(_Affix(flag, strip, add, condition, cross, False, self.aff))
        self.suffix_groups = {}
        self.longest_suffix = max(map(len, suffixes), default=0)
        self.longest_prefix = max(map(len, prefixes), default=0)
        self._suffix_rules, self.prefixes = suffixes, prefixes

    def suffix_group(self, add: str) -> tuple[tuple[str, tuple[_Affix, ...]], ...]:
        """The suffix rules that add ``add``, grouped by what each strips (:func:`_by_strip`), made on the first
        asking and kept in ``suffix_groups``; empty (and not kept) for an ending no rule adds."""
        found = self.suffix_groups.get(add)
        if found is None:
            rules = self._suffix_rules.get(add)
            if not rules:
                return ()
            found = self.suffix_groups[add] = _by_strip([_Affix(*rule, True, self.aff) for rule in rules])
        return found


def _by_strip(rules: list[_Affix]) -> tuple[tuple[str, tuple[_Affix, ...]], ...]:
    """``rules`` grouped by what each strips: (strip, its rules) in the order each strip first comes, each group's
    rules in their own order. One pass: the grouping went over the ending's rules once per strip it found, which
    for the French rules (5,422, up to 200 on one ending) was some two thirds of a first affix lookup's cost."""
    groups: dict[str, list[_Affix]] = {}
    for affix in rules:
        group = groups.get(affix.strip)
        if group is None:
            groups[affix.strip] = [affix]
        else:
            group.append(affix)
    return tuple((strip, tuple(group)) for strip, group in groups.items())


_AFFIX_TABLES = frozenset({"prefixes", "suffix_groups", "longest_suffix", "longest_prefix", "_suffix_rules"})
"""The :class:`Hunspell` attributes built from its rules on first reading."""


@functools.lru_cache(maxsize=None)
def _condition(text: str, suffix: bool) -> re.Pattern:
    if text == ".":
        return re.compile("")
    return re.compile(("(?:%s)$" if suffix else "^(?:%s)") % text)


_PARSER_FILES = (Path(__file__), Path(_text.__file__))
"""The code a stored dictionary table depends on besides the dictionary's own files: this parser and the
apostrophes it normalises. Keyed on the two files alone, a table read by an older parser was served on
a machine whose cache was warm, however the parser had been mended since (the files' identity had not
changed, only the code that reads them)."""


def read_hunspell(dic: Path, aff: Path) -> Hunspell:
    """A ``.dic``/``.aff`` pair (single-character flags, UTF-8), through the compiled cache
    (:mod:`mtqa.compiled`): parsed once per change of the files, then read a word at a time."""
    from mtqa.compiled import cached, table

    sources = (dic, aff, *_PARSER_FILES)
    parsed: list = []

    def parse() -> tuple[tuple, dict[str, frozenset]]:
        # the rules and the stems are two stored tables, and a cold cache builds both: from one parse of the
        # files (each table's builder parsed them whole, so a first run read every dictionary twice)
        if not parsed:
            parsed.append(_parse_hunspell(dic, aff))
        return parsed[0]

    stems = table(f"hunspell-{dic.stem}-stems", sources, lambda: parse()[1])
    if parsed:  # a cold cache parsed the files: keep the rules for a later lookup, not the stems' dict
        parsed[0] = (parsed[0][0], {})

    def rules() -> tuple:
        # read on the first lookup that needs affix analysis (Hunspell.rules)
        return cached(f"hunspell-{dic.stem}-affix-groups", sources, lambda: _by_kind(parse()[0]))

    return Hunspell(dic.stem, stems, rules, aff=aff)


def _by_kind(rules: tuple) -> tuple[dict[str, list[tuple]], tuple]:
    """The parsed affix rules (kind, flag, strip, add, condition, cross) as :attr:`Hunspell.rules` gives them:
    ``(the suffix rules per ending added, the prefix rules)``, each rule ``(flag, strip, add, condition, cross)``,
    in the file's order within each ending and among the prefixes.

    Equal strings are one object (a flag, a strip, a condition recurs across thousands of rules), so the stored
    copy names each once and refers back to it: the French rules' copy reads back in ~1.3 ms of CPU instead of
    ~2.3 ms (198 -> 173 kB), on every run that needs one affix."""
    shared: dict[str, str] = {}
    one = shared.setdefault
    suffixes: dict[str, list[tuple]] = {}
    prefixes = []
    for kind, flag, strip, add, condition, cross in rules:
        rule = (one(flag, flag), one(strip, strip), one(add, add), one(condition, condition), cross)
        if kind == "SFX":
            suffixes.setdefault(rule[2], []).append(rule)
        else:
            prefixes.append(rule)
    return suffixes, tuple(prefixes)


def _strip_add(parts: list[str]) -> tuple[str, str]:
    """(strip, add) of a split ``.aff`` rule line ``SFX flag strip add[/flags] condition ...``: ``0`` is
    nothing, and the continuation flags after ``/`` are not read. One reading for the parser and for
    :func:`tagged_rules`, whose rules must match the parsed ones exactly."""
    add = parts[3].split("/")[0]
    return ("" if parts[2] == "0" else parts[2]), ("" if add == "0" else add)


def _parse_hunspell(dic: Path, aff: Path) -> tuple[tuple, dict[str, frozenset]]:
    """(affix rules as (kind, flag, strip, add, condition, cross), stem -> flag set) of a dictionary."""
    rules = []
    headers: dict[tuple[str, str], bool] = {}
    long_flags = False  # "FLAG long": every flag is two characters (the French dictionary)
    for raw in aff.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = raw.split()
        if parts[:2] == ["FLAG", "long"]:
            long_flags = True
        if len(parts) < 4 or parts[0] not in ("SFX", "PFX"):
            continue
        kind, flag = parts[0], parts[1]
        if (kind, flag) not in headers:  # header line: SFX flag cross count
            headers[(kind, flag)] = parts[2] == "Y"
            continue
        if len(parts) < 5:
            continue
        strip, add = _strip_add(parts)
        rules.append((kind, flag, strip, add, parts[4], headers[(kind, flag)]))
    lines = dic.read_text(encoding="utf-8", errors="replace").lstrip("\ufeff").splitlines()
    stems: dict[str, frozenset] = {}
    flag_sets: dict[str, frozenset] = {}  # one frozenset per distinct flag string: less memory, faster load
    for line in lines[1:]:
        word, flags, _ = dic_entry(line)
        if not word or word.startswith("#"):
            continue
        if not word.isascii():  # the apostrophes to normalise are not ASCII
            word = word.translate(_APOSTROPHES)
        flag_set = flag_sets.get(flags)
        if flag_set is None:
            flag_set = flag_sets[flags] = frozenset(
                [flags[i:i + 2] for i in range(0, len(flags), 2)] if long_flags else flags)
        old = stems.get(word)
        stems[word] = flag_set | old if old else flag_set
    return tuple(rules), stems


_MORPHOLOGY = re.compile(r"\t|[ \t]+(?=[^ \t]{2}:)")
"""Where a ``.dic`` line's morphological fields begin: at a tab, or at spaces followed by a field id
(``po:adv``, ``is:inv``). A space anywhere else belongs to the entry (Hunspell's word pairs: ``a lot``)."""

_FLAGS = re.compile(r"(?<!\\)/")
"""The slash that opens an entry's flags: not one escaped as ``\\/``, which belongs to the word."""


def dic_entry(line: str) -> tuple[str, str, str]:
    """(word, flags, morphological fields) of one ``.dic`` line, read as Hunspell reads it
    (hunspell(5)): ``word[/flags][<tab or space> fields]``.

    Why not split at the first slash and then at whitespace: an entry with fields but no flags
    (``toutefois po:adv``, 543 lines of Debian's French dictionary) has no slash, and the whole line was
    stored as the word, so ``toutefois``, ``malgré`` or ``donc`` were words French did not know. A slash
    at the start of the entry is the word itself, and ``\\/`` is a slash inside the word."""
    line = line.strip()
    if " " not in line and "\t" not in line and "\\" not in line:  # most lines: word/flags, cut at once
        word, slash, flags = line[1:].partition("/")
        return line[:1] + word, flags, ""
    cut = _MORPHOLOGY.search(line)
    entry, fields = (line[:cut.start()], line[cut.end():].strip()) if cut and cut.start() else (line, "")
    slash = _FLAGS.search(entry, 1)
    word, flags = (entry[:slash.start()], entry[slash.end():]) if slash else (entry, "")
    flags = flags.split()  # anything after the flags that is no field (no id) is not read
    return word.replace("\\/", "/").strip(), flags[0] if flags else "", fields


def _suffix_bases(hs: Hunspell, word: str, read: dict):
    """(flags of the stem, rule, stem) for each suffix rule that undoes ``word``'s ending to a stem of the
    dictionary with the rule's condition met, in the rules' order. ``read``: the stems' flags (None:
    no stem) already looked up for the word being judged, filled here.

    Why: a base was looked up in the stems table (a packed table on disk: a hash, a binary search, a
    decoded flag set) once for every rule whose condition it met, and many rules make the same base:
    those that add the same ending and strip the same letters (en_GB: 449 of its 1,189 suffix rules
    share theirs with another; fr: 1,400 of 5,224), and rules of other endings (``Aide`` + ``r``, and
    ``Aider`` with nothing added). Each base is now looked up once per word judged; the rules that
    strip the same letters are grouped (:attr:`Hunspell.suffix_groups`), and a base that is no stem
    ends its group (no other rule's condition is tried on it). Callers only read rules whose base is
    a stem, so answers are unchanged."""
    n = len(word)
    groups = hs.suffix_groups
    made = hs._suffix_rules
    stems = hs.stems
    for k in range(0, min(n, hs.longest_suffix + 1)):
        head = word[: n - k]
        ending = word[n - k:] if k else ""
        found = groups.get(ending)
        if found is None:
            if ending not in made:  # no rule adds it (most endings a word has): nothing made, nothing kept
                continue
            found = hs.suffix_group(ending)
        for strip, affixes in found:
            base = head + strip
            if not base:
                continue
            flags = _UNREAD
            for affix in affixes:
                if affix.condition.search(base):
                    if flags is _UNREAD:
                        flags = read.get(base, _UNREAD)
                        if flags is _UNREAD:
                            flags = read[base] = stems.get(base)
                        if flags is None:
                            break
                    yield flags, affix, base


_UNREAD = object()
"""A base not looked up yet (:func:`_suffix_bases`)."""


def _lookup(hs: Hunspell, word: str) -> bool:
    flags = hs.stems.get(word)
    if flags is not None:
        return True
    read = {word: flags}  # the stems' flags looked up while judging ``word``: each base once
    for flags, sfx, _ in _suffix_bases(hs, word, read):
        if sfx.flag in flags:
            return True
    for k in range(1, min(len(word), hs.longest_prefix + 1)):
        for pfx in hs.prefixes.get(word[:k], ()):
            rest = pfx.strip + word[k:]
            if not pfx.condition.search(rest):
                continue
            flags = read.get(rest, _UNREAD)
            if flags is _UNREAD:
                flags = read[rest] = hs.stems.get(rest)
            if flags is not None and pfx.flag in flags:
                return True
            if not pfx.cross:
                continue
            for flags, sfx, _ in _suffix_bases(hs, rest, read):
                if sfx.cross and sfx.flag in flags and pfx.flag in flags:
                    return True
    return False


def _hunspell_dirs() -> list[Path]:
    env = os.environ.get("MTQA_HUNSPELL_DIR")
    return [Path(p) for p in ([env] if env else []) + list(HUNSPELL_DIRS)]


def dictionary(name: str) -> Optional[Hunspell]:
    """The Hunspell dictionary ``name`` (e.g. ``en_US``), or None if not installed."""
    return _dictionary(name, os.environ.get("MTQA_HUNSPELL_DIR"))


@memoize(TABLES)
def _dictionary(name: str, folder_asked: Optional[str]) -> Optional[Hunspell]:
    """:func:`dictionary`, found and read once per process and ``$MTQA_HUNSPELL_DIR`` (``folder_asked``), the key
    :func:`files` has. Why the same key: keyed by the name alone, a dictionary read before the variable changed was
    still served while :func:`files` (the key of every table built from the dictionaries' answers) already named the
    other folder's files, so a table could be built from one dictionary and keyed on another's files (rv72b1)."""
    for folder in _hunspell_dirs():
        dic, aff = folder / f"{name}.dic", folder / f"{name}.aff"
        if dic.is_file() and aff.is_file():
            return _read_files(Path(os.path.realpath(dic)), Path(os.path.realpath(aff)))
    return None


def _clear_found() -> None:
    """Forget the dictionaries read and the files found together: clearing one memo alone let :func:`files` name
    one folder while :func:`dictionary` read another after ``$MTQA_HUNSPELL_DIR`` changed (the rv72b1 mismatch)."""
    _dictionary.cache_clear()
    _files.cache_clear()


dictionary.cache_clear = _clear_found  # as when it was the memo itself (tests clear it)


@memoize(TABLES)
def _read_files(dic: Path, aff: Path) -> Hunspell:
    """One dictionary per pair of files: Debian's ``fr_FR`` is a link to ``fr``, read and asked once."""
    return read_hunspell(dic, aff)


def dictionaries(names: tuple[str, ...]) -> tuple[Hunspell, ...]:
    """The installed dictionaries among ``names`` (a language's US and GB spellings...), each once."""
    found = {id(d): d for d in (dictionary(n) for n in names) if d is not None}
    return tuple(found.values())


def files(names: tuple[str, ...]) -> list[Path]:
    """The .dic and .aff files of the installed dictionaries among ``names``: the inputs of a table
    built with their answers and kept compiled (:func:`mtqa.compiled.cached`). A new list each call."""
    return list(_files(tuple(names), os.environ.get("MTQA_HUNSPELL_DIR")))


@memoize(TABLES)
def _files(names: tuple[str, ...], folder_asked: Optional[str]) -> tuple[Path, ...]:
    """:func:`files`, found once per process and ``$MTQA_HUNSPELL_DIR`` (``folder_asked``), as :func:`dictionary`
    reads each dictionary once per process. Why: the key of every table built from the dictionaries names their
    files (a one-line check asks 9 times, ~0.12 ms each: two ``is_file`` and two ``realpath`` a dictionary);
    each file's identity is still read by each key (:func:`mtqa.compiled.fingerprint`). Keyed as :func:`dictionary`'s
    memo is, so the two always name the same files."""
    out = []
    for name in names:
        for folder in _hunspell_dirs():
            dic, aff = folder / f"{name}.dic", folder / f"{name}.aff"
            if dic.is_file() and aff.is_file():
                out += [Path(os.path.realpath(dic)), Path(os.path.realpath(aff))]
                break
    return tuple(out)


def installed(names: tuple[str, ...]) -> tuple[str, ...]:
    """Which of ``names`` are installed (both files present), without parsing them: for the run signature."""
    return tuple(n for n in names if any((f / f"{n}.dic").is_file() and (f / f"{n}.aff").is_file()
                                         for f in _hunspell_dirs()))


def tagged_stems(names: tuple[str, ...], tag: str) -> frozenset[str]:
    """The stems of the installed dictionaries among ``names`` whose ``.dic`` line carries the
    morphological field ``tag`` (``po:prn``, a given name, in the French dictionary); lookup drops these
    fields, so the file is read again, once, by the table that needs them."""
    out = set()
    for path in files(names)[::2]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
            word, _, fields = dic_entry(line)
            if word and tag in fields.split():
                out.add(word.translate(_APOSTROPHES))
    return frozenset(out)


def stems_tagged(names: tuple[str, ...], tag: str):
    """Stems of the installed dictionaries among ``names`` whose ``.dic`` line carries a morphological field
    that starts with ``tag`` (``po:nom``, a noun; ``po:v``: ``po:v1__t___zz``, a verb of any group), as a
    table on disk (:func:`mtqa.compiled.table`, ``stem -> 1``): the French dictionary tags 52,000 nouns,
    7 MB in memory as a set, and a run asks about a few words."""
    from mtqa.compiled import table

    paths = files(names)[::2]

    def rows():
        for path in paths:
            for line in itertools.islice(text_lines(path), 1, None):
                word, _, fields = dic_entry(line)
                if word and any(f.startswith(tag) for f in fields.split()):
                    yield word.translate(_APOSTROPHES), 1

    def build() -> dict[str, int]:
        return dict(rows())

    key = "".join(ch if ch.isalnum() else "_" for ch in tag)
    return table(f"hunspell-{'-'.join(names)}-tagged-{key}", [*paths, *_PARSER_FILES], build, rows=rows)


def text_lines(path: Path):
    """The lines of ``path.read_text(encoding="utf-8", errors="replace").splitlines()``, read a line at a time.

    Why: a cold cache read the French ``.dic`` whole, its list of lines and a dict of its 52,000 nouns to
    write the noun table (+26 MB on a first run's peak). The file's own lines split at ``\\n``, ``\\r`` and
    ``\\r\\n`` (universal newlines); ``splitlines`` splits each further at the separators only it knows
    (``\\x0b``, ``\\x85``, ``\\u2028``...), so the lines are the same, in the same order."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            yield from line.splitlines()


def tagged_rules(names: tuple[str, ...], fields: frozenset[str]) -> frozenset[tuple[str, str, str, str]]:
    """The suffix rules, as (flag, strip, add, condition), of the installed dictionaries among ``names``
    whose ``.aff`` line carries one of the morphological ``fields`` (``po:3sg``: the form a verb takes
    after a subject in the third person); the parsed rules drop these fields, so the file is read again,
    once per change of the files, by the table that needs them.

    Why kept compiled (:func:`mtqa.compiled.cached`, keyed by the ``.aff`` files and this parser): read on
    every run that asks a verb-form question (:meth:`~mtqa.langs.language.Language.is_subject_verb_form`,
    twice: two sets of fields), the French ``.aff`` (5,422 rules) was split line by line each time, ~60 ms
    of CPU on a slow core (stop 53's profile of WMT14's 24k pairs), where the stored set reads back in
    well under a millisecond. The same rules: the stored set is this reading's own."""
    from mtqa.compiled import cached
    from mtqa.digests import blake2b

    paths = files(names)[1::2]

    def read() -> frozenset[tuple[str, str, str, str]]:
        out = set()
        for path in paths:
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                parts = line.split()
                if len(parts) > 5 and parts[0] == "SFX" and fields.intersection(parts[5:]):
                    out.add((parts[1], *_strip_add(parts), parts[4]))
        return frozenset(out)

    key = blake2b(repr(sorted(fields)).encode(), digest_size=8).hexdigest()  # any field text, no two sets alike
    return cached(f"hunspell-{'-'.join(names)}-rules-{key}", [*paths, *_PARSER_FILES], read)


def suffix_made(dicts: tuple[Hunspell, ...], word: str, stems,
                rules: frozenset[tuple[str, str, str, str]]) -> bool:
    """Whether one of ``dicts`` makes ``word`` from one of ``stems`` by one of ``rules`` (see
    :func:`tagged_rules`): ``ferme`` is the third person of the verb ``fermer`` as well as a noun."""
    for hs in dicts:
        for flags, sfx, base in _suffix_bases(hs, word, {}):
            if sfx.flag in flags and base in stems and (sfx.flag, sfx.strip, sfx.add, sfx._text) in rules:
                return True
    return False


def made_from(dicts: tuple[Hunspell, ...], word: str, stems) -> bool:
    """Whether ``word`` is one of ``stems`` or one of ``dicts`` makes it from one of them by any suffix rule the
    stem's flags allow (``décevantes`` of the adjective ``décevant``). Why: the tagged tables
    (:func:`stems_tagged`) hold the dictionary's stems only, and a question about a part of speech is asked of
    the inflected word the text writes."""
    if word in stems:
        return True
    return any(sfx.flag in flags and base in stems for hs in dicts for flags, sfx, base in _suffix_bases(hs, word, {}))


def suffix_forms(dicts: tuple[Hunspell, ...], stem: str) -> tuple[str, ...]:
    """Every form the suffix rules of ``dicts`` make of the dictionary stem ``stem`` (``assister``: assiste,
    assistions, assistèrent, assisterait, assisté ... and the stem itself), longest first then in
    alphabetical order; empty when no dictionary lists the stem. Why: a pattern that must match every form
    of a verb (a false friend's trigger) lists them from the language's morphology, not by hand."""
    out: set[str] = set()
    for hs in dicts:
        flags = hs.stems.get(stem)
        if flags is None:
            continue
        out.add(stem)
        for sfx in (rule for add in hs._suffix_rules for _, group in hs.suffix_group(add) for rule in group):
            if sfx.flag in flags and stem.endswith(sfx.strip) and sfx.condition.search(stem):
                out.add(stem[:len(stem) - len(sfx.strip)] + sfx.add)
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


def in_dictionary(dicts: tuple[Hunspell, ...], word: str) -> bool:
    """Hunspell acceptance with its case rules.

    ``earth`` and ``Earth`` are accepted when ``earth`` is a stem; ``Sunday``
    only capitalised; an all-capitals word in any case.
    """
    word = word.translate(_APOSTROPHES)
    variants = [word]
    if word[:1].isupper():
        variants.append(word[0].lower() + word[1:])
        if word.isupper():
            variants += [word.lower(), word.capitalize()]
    # every case form as a plain entry first: ``Le`` is the stem ``le`` with no affix rule read (the rules
    # are built on the first lookup that needs them, Hunspell.rules); same answers, any order
    if len(word) <= MAX_TOKEN and any(d.stems.get(v) is not None for d in dicts for v in variants):
        return True
    return any(d.lookup(v) for d in dicts for v in variants)


def takes_suffix(dicts: tuple[Hunspell, ...], stem: str, add: str) -> bool:
    """True when every one of ``dicts`` (at least one) lists ``stem`` as an entry of its own with the flag of
    a suffix rule that adds ``add`` to it whole (nothing stripped, its condition met): the dictionaries
    make ``stem + add`` of it ("bus" + "es"), so ``stem`` is a word of its own, not a form made by ``add``."""
    def takes(hs: Hunspell) -> bool:
        flags = hs.stems.get(stem)
        return bool(flags) and any(not rule.strip and rule.flag in flags and rule.condition.search(stem)
                                   for strip, rules in hs.suffix_group(add) if not strip for rule in rules)

    return bool(dicts) and all(takes(hs) for hs in dicts)


def is_common_word(dicts: tuple[Hunspell, ...], word: str) -> bool:
    """True when the lowercase form is a dictionary word (not only a proper noun)."""
    low = word.lower().translate(_APOSTROPHES)
    return any(d.lookup(low) for d in dicts)


def has_proper_stem(dicts: tuple[Hunspell, ...], word: str) -> bool:
    """True when a dictionary lists the capitalised form as a name (``French``, ``Martin``, ``Earth``)."""
    cap = word[:1].upper() + word[1:].lower()
    return any(cap in d.stems for d in dicts)


def suffix_stems(dicts: tuple[Hunspell, ...], word: str) -> tuple[str, ...]:
    """The dictionary stems of ``dicts`` from which a suffix rule makes ``word`` (the stem carries the rule's
    flag, the rule's condition holds), in the rules' order, each once; ``word`` itself first when it is a stem
    of its own. Why: a form's lemma is the entry its suffix rule was added to, ``gaza`` (il gaza) of the verb
    *gazer*, ``filed`` of *file*: a check that reads a word through a lexicon keyed by lemmas reads it here."""
    if len(word) > MAX_TOKEN:
        return ()
    word = word.translate(_APOSTROPHES)
    out: dict[str, None] = {}
    for hs in dicts:
        if hs.stems.get(word) is not None:
            out[word] = None
        for flags, sfx, base in _suffix_bases(hs, word, {}):
            if sfx.flag in flags:
                out[base] = None
    return tuple(out)
