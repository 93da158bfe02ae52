"""Language identification: a cheap function-word screen, then langdetect.

langdetect costs about 2 ms a segment, too much to run on every segment of a
large corpus, and it is unreliable on short text. :func:`screen` counts
function words of the two languages (data in the language profiles) and
only segments where the source language's words are common reach
:func:`detect`. The share that does is counted in ``ctx.stats``.
"""
from __future__ import annotations

import threading

from mtqa.langs import Language
from mtqa.words import ONE_APOSTROPHE_WORD_RE

_lock = threading.Lock()


def words(text: str) -> list[str]:
    return ONE_APOSTROPHE_WORD_RE.findall(text)


def screen(text: str, source: Language, target: Language) -> float:
    """Share of function words that belong to the source language (0..1).

    Elided forms (``l’espace``) count as source evidence. Returns 0 when the
    text has no function word of either language.
    """
    src_only, tgt_only = _only(source, target)
    if "'" not in text and "’" not in text:  # no elision: two counts at C speed (the sets are disjoint)
        lows = list(map(str.lower, words(text)))
        s, t = sum(map(src_only.__contains__, lows)), sum(map(tgt_only.__contains__, lows))
        return s / (s + t) if s + t else 0.0
    elisions = source.word_set("elisions")
    s = t = 0
    for w in words(text):
        low = w.lower()
        if "'" in low or "’" in low:
            if low.replace("’", "'").partition("'")[0] in elisions:
                s += 1
                continue
        if low in src_only:
            s += 1
        elif low in tgt_only:
            t += 1
    return s / (s + t) if s + t else 0.0


def _only(source: Language, target: Language) -> tuple[frozenset, frozenset]:
    """Function words of the source only and of the target only (cached on the source profile)."""
    key = f"_function_words_only_{target.code}"
    cached = source.extra.get(key)
    if cached is None:
        src, tgt = source.word_set("function_words"), target.word_set("function_words")
        cached = source.extra[key] = (src - tgt, tgt - src)
    return cached



def detect(text: str) -> tuple[str, float]:
    """Best language and its probability by langdetect (deterministic seed).

    The detector is langdetect's own, run on all 55 of its profiles as
    langdetect loads them, so every probability is the one langdetect gives;
    only the profiles are read from a compiled table, and only the n-grams
    the texts contain (see :class:`_Profiles`).
    """
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import LangDetectException

    try:
        detector = Detector(_factory())
        detector.append(text)
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "unknown", 0.0
    return best.lang, best.prob


class _Profiles:
    """langdetect's n-gram -> probability-per-language map, read an n-gram at a time.

    langdetect parses its 55 JSON profiles (0.3 s) and builds the whole map
    on first use, though a segment holds a few hundred n-grams. The map is
    built once into the compiled cache (:mod:`mtqa.compiled`), each n-gram
    with the non-zero entries of its row; rows are read when a text holds
    the n-gram and kept (with the misses) for the last
    :data:`~mtqa.langs.cache.WORDS` n-grams met (a dense row is ~500 bytes: all
    87,000 n-grams of the profiles and the misses of a long run of new names
    would hold over 40 MB), so the common n-grams are read once. Rows are
    langdetect's own floats in its own language order, so the detector
    computes exactly what langdetect computes.
    """

    _LANGS = "language list"  # longer than any n-gram (3 characters at most)

    def __init__(self, table, size: int) -> None:
        from mtqa.langs.cache import WORDS, TwoGenerations

        self._table = table
        self._size = size
        self._rows = TwoGenerations(WORDS, self._read)

    def row(self, gram: str):
        return self._rows[gram]

    def _read(self, gram: str):
        sparse = self._table.get(gram) if gram != self._LANGS else None
        row = None
        if sparse is not None:
            row = [0.0] * self._size
            for i in range(0, len(sparse), 2):
                row[sparse[i]] = sparse[i + 1]
        return row

    def __contains__(self, gram) -> bool:
        return self.row(gram) is not None

    def __getitem__(self, gram: str) -> list:
        row = self.row(gram)
        if row is None:
            raise KeyError(gram)
        return row


class _Factory:
    """What langdetect's ``Detector`` reads from its factory: the map, the languages and the seed."""

    seed = 0

    def __init__(self, word_lang_prob_map, langlist: list) -> None:
        self.word_lang_prob_map = word_lang_prob_map
        self.langlist = langlist


_ready: "_Factory | None" = None


def _factory() -> _Factory:
    global _ready
    with _lock:
        if _ready is None:
            table = _profile_table()
            langs = list(table[_Profiles._LANGS])
            _ready = _Factory(_Profiles(table, len(langs)), langs)
    return _ready


def _profile_table():
    """The compiled profile table: n-gram -> (index, probability, ...) pairs, plus the language list."""
    from pathlib import Path

    import langdetect
    from mtqa.compiled import table

    folder = Path(langdetect.__file__).parent
    # this module too: profile_rows builds the table (langdetect's loading re-done a profile at a time), and a
    # change to it must not be answered from a table the earlier code wrote (as Hunspell's tables key on their parser)
    sources = [folder / "detector_factory.py", *sorted((folder / "profiles").iterdir()), Path(__file__)]

    def build() -> dict:
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        out: dict = {gram: tuple(x for i, p in enumerate(row) if p for x in (i, p))
                     for gram, row in factory.word_lang_prob_map.items()}
        out[_Profiles._LANGS] = tuple(factory.langlist)
        return out

    return table("langdetect-profiles", sources, build, rows=profile_rows)


def profile_rows():
    """The rows of :func:`_profile_table`'s ``build()`` (n-gram -> sparse row, then the language list), made
    a profile at a time.

    Why: langdetect's own loader holds every profile's dense row (55 floats for each of 87,000 n-grams)
    and ``build()`` a sparse copy of it, +56 MB on a first run's peak (a cold cache). Here each profile is
    read alone, as ``DetectorFactory.load_profile`` reads it (the folder's order, its index, the same
    ``freq / n_words`` division), its (n-gram, index, probability) triples go to a private temporary
    SQLite database on disk, and the rows come back sorted by n-gram and index: the same non-zero
    entries in the same order, an n-gram whose entries are all zero (longer than 3) an empty row.
    """
    import json
    import os
    import sqlite3
    from itertools import groupby

    from langdetect.detector_factory import PROFILES_DIRECTORY

    db = sqlite3.connect("")  # "": a temporary database on disk, deleted when closed
    try:
        db.execute("CREATE TABLE g (gram TEXT, i INTEGER, p REAL)")
        langs: list[str] = []
        for filename in os.listdir(PROFILES_DIRECTORY):
            path = os.path.join(PROFILES_DIRECTORY, filename)
            if filename.startswith(".") or not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as fh:
                profile = json.load(fh)
            if profile["name"] in langs:
                raise ValueError(f"langdetect lists the profile {profile['name']} twice")
            index, freq, n_words = len(langs), profile["freq"], profile["n_words"]
            langs.append(profile["name"])
            db.executemany("INSERT INTO g VALUES (?, ?, ?)",
                           ((w, index, 1.0 * freq[w] / n_words[len(w) - 1] if 1 <= len(w) <= 3 else 0.0)
                            for w in freq))
            del profile, freq
        rows = db.execute("SELECT gram, i, p FROM g ORDER BY gram, i")
        for gram, entries in groupby(rows, key=lambda r: r[0]):
            yield gram, tuple(x for _, i, p in entries if p for x in (i, p))
        yield _Profiles._LANGS, tuple(langs)
    finally:
        db.close()
