"""Word frequency: wordfreq's Zipf scale (0 = unseen, 3 = once per million words, 7 = "the").

Read from the tables wordfreq ships (nothing is downloaded). wordfreq's own
``zipf_frequency`` tokenises every word it is given, which is most of its
cost; a plain word (letters only, NFC, of Latin script, in a language wordfreq
reads by normalisation and case folding alone) is looked up in its table
directly, which gives the same number (checked on every word of the English,
French, German and Spanish tables); so is a word of letters joined by middle
dots, which the tokenizer keeps whole (``qua·y``). Anything else (apostrophes, hyphens,
other scripts, languages with special case rules) goes through
``zipf_frequency``'s own steps (its tokenizer, its digit rule, its rounding) over
the same table.

The tables stay on disk (:class:`mtqa.compiled.DiskTable`, a key at a time):
wordfreq's own copy in memory of one language costs about 35 MB (its list of
buckets and the dict built from it), and the words a run asks about are few
and recur, so the per-word memo of :class:`~mtqa.langs.language.Language`
answers almost every question and the disk is read once per distinct word;
a long run maps each table's packed copy (:class:`mtqa.compiled.PackedTable`),
which answers those first lookups without a query.
"""
from __future__ import annotations

import math
import re
import unicodedata
from typing import Iterator, Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.text import APOSTROPHES as _APOSTROPHES, fold, fold_text

_LATIN = re.compile(r"[\u0000-\u024f]+")
_ONE_TOKEN = re.compile(r"[\u0000-\u024f\u0400-\u04ff]+")
"""A word of letters wordfreq's tokenizer keeps whole: Latin and Cyrillic letters are both ALetter of Unicode word
segmentation, which never breaks between two of them, so even a mixed spelling is one token. Why Cyrillic too:
T102 asks Russian frequencies of a name's readings (some keep a Latin letter: "агенcырусиян"), and sending them
through wordfreq's tokenizer cost its import, 40-65 ms, on the first one of a run."""
_PLAIN = {"tokenizer": "regex", "normal_form": "NFC", "remove_marks": False, "dotless_i": False,
          "diacritics_under": None, "transliteration": None, "lookup_transliteration": None}
"""wordfreq's description of a language whose words it reads by NFC normalisation and case folding alone."""


@memoize(TABLES)
def frequencies(lang: str) -> dict[str, float]:
    """wordfreq's word -> frequency table of a language ('best' list); {} if it has none.

    Kept in the compiled cache (:mod:`mtqa.compiled`) and read from disk a word
    at a time however long the run: a copy in memory would be most of a long
    run's resident memory (see the module's docstring). Without a writable
    cache folder it is wordfreq's own dict.
    """
    from mtqa.compiled import table

    return table(f"wordfreq-{lang}", wordfreq_files(lang), lambda: _wordfreq_dict(lang), shared=True,
                 rows=lambda: wordfreq_rows(lang))


def _wordfreq_dict(lang: str) -> dict[str, float]:
    """wordfreq's own dict of ``lang`` ({} if it has no list for it, or cannot read its file)."""
    from wordfreq import get_frequency_dict

    try:
        return get_frequency_dict(lang)
    except (LookupError, ValueError):
        return {}


def wordfreq_rows(lang: str) -> Iterator[tuple[str, float]]:
    """The pairs of ``wordfreq.get_frequency_dict(lang)`` in its order, read from wordfreq's file a
    frequency bucket at a time; nothing if wordfreq has no list for ``lang``.

    Why not wordfreq's own functions: they read the file whole into a list of buckets, make the dict
    from it, and keep both for the process's life (``lru_cache``): for Russian ~100 MB on a run that
    then reads the table from disk a word at a time. Same steps as wordfreq's ``read_cBpack`` and
    ``get_frequency_list`` (the 'best' list, the closest language, the header's format and version,
    bucket ``i`` is ``-i`` centibels); a file whose header is not that format's is left to wordfreq's own
    reader."""
    import gzip

    import langcodes
    import msgpack
    from wordfreq import available_languages, cB_to_freq

    available = available_languages("best")
    try:
        best, _distance = langcodes.closest_match(lang, list(available), max_distance=60)
    except ValueError:  # not a language tag (langcodes' LanguageTagError): wordfreq's own answer, {}
        return iter(_wordfreq_dict(lang).items())
    if best == "und":
        return iter(())
    fh = gzip.open(available[best], "rb")
    try:
        unpacker = msgpack.Unpacker(fh, raw=False)
        n = unpacker.read_array_header()
        header = unpacker.unpack() if n else None
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            # a file this reader does not know (another wordfreq's format): wordfreq's own reader decides,
            # which reads it whole (or raises ValueError, answered {}); an empty table here would be
            # another table than wordfreq's, silently, for as long as the file stays
            fh.close()
            return iter(_wordfreq_dict(lang).items())
    except BaseException:
        fh.close()
        raise

    def buckets() -> Iterator[tuple[str, float]]:
        with fh:
            for index in range(n - 1):
                freq = cB_to_freq(-index)
                for word in unpacker.unpack():
                    yield word, freq

    return buckets()


def wordfreq_files(lang: str) -> list:
    """wordfreq's bundled table files of ``lang`` and its code (found without importing wordfreq), a new list."""
    return list(_wordfreq_files(lang))


@memoize(TABLES)
def _wordfreq_files(lang: str) -> tuple:
    """:func:`wordfreq_files`, found once per process and language. Why: the key of every table built from the
    frequencies names them (a one-line check asks 11 times: ~0.16 ms each to find the package and list its
    folder), and the package a process reads its frequencies from does not move while it runs (wordfreq's own
    caches hold what it read); each file's identity is still read by each key (:func:`mtqa.compiled.fingerprint`)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordfreq")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return (*sorted(folder.glob(f"*_{lang}.msgpack.gz")), folder.parent / "__init__.py")


@memoize(TABLES)
def _plain_language(lang: str) -> bool:
    """wordfreq reads a word of this language by NFC and case folding alone (English, French, German...;
    not Turkish, whose dotless i changes case folding, nor Chinese or Japanese). The answer is kept in the
    compiled cache: asking wordfreq imports its language database (0.2 s)."""
    from mtqa.compiled import cached

    def ask() -> bool:
        from wordfreq.language_info import get_language_info

        info = get_language_info(lang)
        return all(info.get(key) == value for key, value in _PLAIN.items())

    return cached(f"wordfreq-plain-{lang}", wordfreq_files(lang), ask)


def _zipf(freq: float) -> float:
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


_ELIDABLE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)+")
"""Letters with apostrophes inside (``l'homme``, ``aujourd'hui``, ``don't``): wordfreq's tokenizer
splits them only where :data:`_ELISION` says, which :func:`_elided_tokens` does without it."""
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
"""Runs of letters joined by single hyphens (``Jean-Paul``, ``Saint-Denis``, ``e-mail``): a hyphen is a word
break of Unicode word segmentation, so wordfreq's tokenizer reads the parts as tokens (``jean``, ``paul``) and
:func:`_zipf_of_tokens` gives its figure without it. Why: such a word was the only one of a WMT run sent to
wordfreq's tokenizer (a regnal name read whole, ``Jean-Paul II``), and the first one imported wordfreq and its
language database (langcodes): 0.3 s of CPU on a quiet machine, a second under load, in the middle of the run."""
_ELISION = re.compile(r"\w\w?'[AEHIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÅÏÖŒaehiouyáéíóúàèìòùâêîôûåïöœ]")
"""wordfreq's own rule (its ``INITIAL_VOWEL_EXPR``): a token opening with one or two letters, an
apostrophe and a vowel or h ends after the apostrophe (``l'`` ``homme``, ``qu'`` ``il``)."""


def _mid_dotted(word: str) -> bool:
    """Letters joined by single middle dots (``qua·y``, a BGN/PCGN romanisation; ``étudiant·e·s``).

    A middle dot is a *MidLetter* of Unicode word segmentation: there is no word break
    between two letters around it, so wordfreq's tokenizer keeps such a word as one token,
    and its frequency is its table's entry, as for a word of letters alone.
    """
    parts = word.split("·")
    return len(parts) > 1 and all(part.isalpha() for part in parts)


def _elided_tokens(key: str) -> list[str]:
    """The tokens wordfreq's tokenizer makes of a case-folded word of letters and inner apostrophes.

    Unicode word segmentation does not break between letters joined by an
    apostrophe, so the only breaks are wordfreq's elision rule; each token
    loses its apostrophes at the ends, as wordfreq strips them.
    """
    tokens = []
    while (m := _ELISION.match(key)) is not None:
        tokens.append(key[:m.end() - 2].strip("'"))
        key = key[m.end() - 1:]
    tokens.append(key.strip("'"))
    return tokens


def _zipf_of_tokens(tokens: list[str], freqs) -> float:
    """What wordfreq's ``zipf_frequency`` gives for a word of these tokens: 1/f = 1/f1 + 1/f2 + ...,
    0 when one is unseen, the frequency rounded to three significant digits, then to centibels."""
    one_over = 0.0
    for token in tokens:
        freq = freqs.get(token)
        if freq is None:
            return 0.0
        one_over += 1.0 / freq
    freq = max(1.0 / one_over, 1e-9)  # wordfreq's floor for a minimum of 0 on the Zipf scale
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (any case; 0 when unseen)."""
    if word.isalpha() and _plain_language(lang) and unicodedata.is_normalized("NFC", word):
        key = word.casefold()
        if _ONE_TOKEN.fullmatch(key):
            return _zipf(frequencies(lang).get(key, 0.0))
    elif "·" in word and _plain_language(lang) and _mid_dotted(word) and unicodedata.is_normalized("NFC", word):
        key = word.casefold()
        if _LATIN.fullmatch(key):
            return _zipf(frequencies(lang).get(key, 0.0))
    elif "'" in (plain := word.translate(_APOSTROPHES)) and _ELIDABLE.fullmatch(plain) \
            and _plain_language(lang) and unicodedata.is_normalized("NFC", plain):
        key = plain.casefold()
        if _LATIN.fullmatch(key):
            return _zipf_of_tokens(_elided_tokens(key), frequencies(lang))
    elif "-" in word and _HYPHENATED.fullmatch(word) and _plain_language(lang) \
            and unicodedata.is_normalized("NFC", word):
        key = word.casefold()
        if _LATIN.fullmatch(key):
            return _zipf_of_tokens(key.split("-"), frequencies(lang))
    if not frequencies(lang):
        return 0.0
    return _tokenised_zipf(word.translate(_APOSTROPHES), lang)


def zipf_bound(word: str, lang: str) -> Optional[float]:
    """An upper bound of :func:`zipf` of ``word`` found without reading the disk, or None.

    For a word :func:`zipf` reads with one table lookup (letters only, in a language of plain case
    folding): its Zipf frequency when the table can tell without a query (see
    :meth:`~mtqa.compiled.DiskTable.in_memory`: the table in memory, its packed copy, an answer read
    before). A caller whose decision the bound already settles skips the query
    (:meth:`mtqa.evidence.Evidence.vote`: most English words of a translation, looked up in French).
    """
    if not (word.isalpha() and _plain_language(lang) and unicodedata.is_normalized("NFC", word)):
        return None
    key = word.casefold()
    if not _ONE_TOKEN.fullmatch(key):
        return None
    from mtqa.compiled import ON_DISK, DiskTable

    freqs = frequencies(lang)
    if not isinstance(freqs, DiskTable):
        return _zipf(freqs.get(key, 0.0))
    freq = freqs.in_memory(key, 0.0)
    return None if freq is ON_DISK else _zipf(freq)


def _tokenised_zipf(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``, its steps over :func:`frequencies` instead of its own dict.

    The same tokenizer, digit rule and rounding as wordfreq's ``_word_frequency``
    (1/f = sum of 1/f_i over the tokens; digits smashed to 0 and weighed by
    ``digit_freq``; three significant digits), so the figure is identical,
    without wordfreq loading its whole table into memory.
    """
    from wordfreq import INFERRED_SPACE_FACTOR, freq_to_zipf, zipf_to_freq
    from wordfreq.language_info import get_language_info
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    minimum = zipf_to_freq(0.0)
    tokens = lossy_tokenize(word, lang)
    freq = minimum
    if tokens:
        freqs = frequencies(lang)
        one_over_result = 0.0
        for token in tokens:
            smashed = smash_numbers(token)
            found = freqs.get(smashed)
            if found is None:
                one_over_result = 0.0
                break
            if smashed != token:
                found *= digit_freq(token)
            one_over_result += 1.0 / found
        if one_over_result:
            freq = 1.0 / one_over_result
            if get_language_info(lang)["tokenizer"] == "jieba":
                freq *= INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
            unrounded = max(freq, minimum)
            freq = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(freq_to_zipf(freq), 2)


@memoize(TABLES)
def _folded_frequencies(lang: str) -> dict[str, tuple[float, str]]:
    """Accented words of the table by their folded form, the most frequent spelling kept (compiled cache)."""
    from pathlib import Path

    from mtqa.compiled import DiskTable, table

    def fold_pairs(pairs) -> dict[str, tuple[float, str]]:
        folded: dict[str, tuple[float, str]] = {}
        for word, freq in pairs:
            if word.isascii():
                continue  # found by direct lookup
            key = fold_text(word)
            if key not in folded or folded[key][0] < freq:
                folded[key] = (freq, word)
        return folded

    def build() -> dict[str, tuple[float, str]]:
        # wordfreq's pairs streamed (reading the table whole kept it in memory for the run, see
        # wordfreq_rows): the dict's order when no word is listed twice, which the count checks (the
        # stored table has one row a word); else the whole table's own order and values
        freqs = frequencies(lang)
        seen = [0]

        def counted():
            for pair in wordfreq_rows(lang):
                seen[0] += 1
                yield pair

        folded = fold_pairs(counted())
        if seen[0] == (freqs.count() if isinstance(freqs, DiskTable) else len(freqs)):
            return folded
        return fold_pairs(freqs.items())

    from mtqa.langs import text

    # asked only about words no dictionary knows: read from disk (a long run maps its packed copy)
    return table(f"wordfreq-folded-{lang}", wordfreq_files(lang) + [Path(text.__file__)], build)


def zipf_folded(word: str, lang: str) -> tuple[float, str]:
    """Zipf frequency and spelling of the most frequent word of ``lang`` that
    matches ``word`` when accents are ignored (``federateur`` -> fédérateur)."""
    key = fold(word)
    best = (frequencies(lang).get(key, 0.0), key)
    accented = _folded_frequencies(lang).get(key)
    if accented and accented[0] > best[0]:
        best = accented
    if not best[0]:
        return 0.0, ""
    return _zipf(best[0]), best[1]
