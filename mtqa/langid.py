"""Language identification: a cheap function-word screen, then langdetect.

langdetect costs about 2 ms a segment, too much to run on every segment of a
large corpus, and it is unreliable on short text. :func:`screen` counts
function words of the two languages (data in the language profiles) and
only segments where the source language's words are common reach
:func:`detect`. The share that does is counted in ``ctx.stats``.
"""
from __future__ import annotations

import re
import threading

from mtqa.langs import Language

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_lock = threading.Lock()
_factory_ready = False


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


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
    """Best language and its probability by langdetect (deterministic seed)."""
    global _factory_ready
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        if not _factory_ready:
            DetectorFactory.seed = 0
            _factory_ready = True
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return "unknown", 0.0
    return best.lang, best.prob
