"""Whether a source document is in the pair's source language: a warning on the document, never a flag.

A desk that checks a French->English feed may be handed the German original, the English itself or a
Chinese wire as the "source"; every check that compares with the source then judges the translation
against the wrong text, and the report should say so once, in the document's warnings
(``pair.meta.warnings``: shown on standard error and in the report's ``meta``), not as a defect of
the translation. Only strong evidence warns:

* a source whose letters are mostly of scripts its language is not written in (a Cyrillic or Chinese
  text for French: the profile's ``scripts``, :mod:`mtqa.langs.scripts`);
* a source of at least :data:`MIN_WORDS` words of which fewer than the profile's ``min_function_share``
  are the language's function words (French news documents: 0.375 at the least), which langdetect then
  reads as another language with :data:`MIN_PROBABILITY`. The function-word count is the cheap screen:
  a French source (every one of WMT's) never reaches language identification.
"""
from __future__ import annotations

from collections import Counter
from itertools import repeat
from typing import Optional

from mtqa.langs import language
from mtqa.langs.cache import FEW_SOURCES, TABLES, memoize
from mtqa.langs.data import data_toml
from mtqa.langs.scripts import foreign_runs
from mtqa.model import DocumentPair

MIN_WORDS = 30
"""Fewer words (a headline, a caption) are too few to say what language a text is in."""
MIN_LETTERS = 10
"""Letters of other scripts a source must hold before its script says anything."""
MIN_PROBABILITY = 0.99
_PUNCTUATION = "\"'“”‘’«»()[]{}.,;:!?…-–—/*"
SAMPLE = 600
"""Characters of the source read (its first segments, about 100 words): enough for both tests, and cheap on
every document of a long run (4,000 characters read with a regex split cost 0.21 s of CPU over WMT14's
1,408 documents; 600 split on spaces, 0.05 s). The French function words' share in the first 600
characters of WMT12-14's French documents is 0.32 at the least, and in their English references' 0.074
at the most: the screen's 0.15 lies between."""


class SourceLanguageWarning(UserWarning):
    """The warning :func:`mtqa.api.check_texts` issues (``warnings.warn``) for a source that is not in its
    language: the library's counterpart of the CLI's ``mtqa: warning:`` line. Its own class, so a caller can
    silence it (``warnings.simplefilter("ignore", SourceLanguageWarning)``) or make it an error in a pipeline
    that must stop on a wrong source, without touching other warnings."""


@memoize(TABLES)
def language_names() -> dict[str, str]:
    """English names of langdetect's language codes (``data/language_names.toml``)."""
    return dict(data_toml("language_names.toml"))


def _sample(pair: DocumentPair) -> str:
    parts, size = [], 0
    for seg in pair.source.segments:
        parts.append(seg.text)
        size += len(seg.text) + 1
        if size >= SAMPLE:
            break
    return " ".join(parts)[:SAMPLE]


def source_warning(pair: DocumentPair) -> Optional[str]:
    """The warning for a source that is not in its language, or None (no source, too short, or in it)."""
    source = pair.source
    if source is None or pair.source_title_only or not source.segments:
        return None
    found = _reading(_sample(pair), source.lang)
    return None if found is None else f"{source.path or pair.id}: {found}"


@memoize(FEW_SOURCES)
def _reading(text: str, lang_code: str) -> Optional[str]:
    """What :func:`source_warning` says of a source whose sample is ``text`` in language ``lang_code``, without the
    document's name, or None: a function of the two, remembered for the last documents, since a source
    document comes back for every system that translated it (WMT14's 1,408 documents are 176 sources, each
    read again by language identification's screen: ~0.4 % of the run's CPU)."""
    lang = language(lang_code)
    if lang.scripts:
        runs, native = foreign_runs(text, lang.scripts)
        foreign = sum(r.letters for r in runs)
        if foreign >= MIN_LETTERS and foreign >= native:
            script: Counter = Counter()
            for r in runs:
                script[r.script] += r.letters
            return (f"the source is written in {script.most_common(1)[0][0]} script, which "
                    f"{lang.name} is not written in ({foreign} of {foreign + native} letters): the translation "
                    f"was checked against it; is it the right source?")
    share = lang.extra.get("min_function_share")
    if share is None:
        return None
    from mtqa.langid import detect

    # whitespace-separated tokens with their punctuation stripped, counted at C speed: a regex split and a
    # loop over the words cost 4 times as much on every document of a run
    tokens = list(filter(None, map(str.strip, text.lower().replace("’", "'").split(), repeat(_PUNCTUATION))))
    if len(tokens) < MIN_WORDS:
        return None
    elisions = lang.word_set("elisions")
    counted = sum(map(lang.word_set("function_words").__contains__, tokens))
    if elisions:  # l'équipe: an elided article is a function word of the language
        counted += sum(map(elisions.__contains__, [w.partition("'")[0] for w in tokens if "'" in w]))
    if counted >= share * len(tokens):
        return None
    code, prob = detect(text)
    if code in ("unknown", lang.code) or prob < MIN_PROBABILITY:
        return None
    name = language_names().get(code, code)
    return (f"the source reads as {name}, not {lang.name} (language identification {prob:.2f}; "
            f"{counted} of {len(tokens)} words are {lang.name} function words): the translation was checked "
            f"against it; is it the right source?")
