"""Replay each cache's key stream of one ``mtqa check`` run at other bounds: the misses a bound costs.

Usage:
    .venv/bin/python bench/memo_bounds.py check FILE [mtqa check options]

Runs ``mtqa check`` in this process with every cache made by :func:`mtqa.langs.cache.memoize`, every
:class:`~mtqa.langs.cache.TwoGenerations` table, every :meth:`~mtqa.langs.cache.RunCache.memo` kind and the
run's :class:`~mtqa.words.Splits` (two generations of :data:`~mtqa.words.GENERATION` texts: its line's
sizes are both generations' texts) and the evidence's words per text (``evidence.words``) recording the hash of each key it is asked for, then replays each stream through its own eviction
policy (least recently used; two generations; the memo's oldest quarter dropped) at 256 ... 16,384
entries and prints one line per cache: its bound, its calls, its distinct keys and its misses at each
size (for an LRU also, after ``| two``, a :class:`~mtqa.langs.cache.TwoGenerations` table's misses at the
same sizes: what :func:`~mtqa.langs.cache.word_memo` in its place would cost). A bound is sized by these lines: the misses it adds over a larger one against the entries (and
bytes) it saves. The report is the run's own (the recording only watches). Caches made before this
script patches the policy (a language's own word facts, built when ``mtqa.langs`` is imported) are
not seen.
"""
from __future__ import annotations

import collections
import functools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import mtqa.langs.cache as cache  # noqa: E402

SIZES = (256, 1_024, 2_048, 4_096, 8_192, 16_384)
streams: dict[str, list[int]] = collections.defaultdict(list)
kinds: dict[str, tuple[str, int]] = {}


def _name(base: str) -> str:
    k = 0
    while f"{base}#{k}" in kinds:
        k += 1
    return f"{base}#{k}"


def _memoize(size: int):
    def deco(fn):
        inner = getattr(fn, "func", fn)
        name = _name(f"{getattr(inner, '__module__', '?')}.{getattr(inner, '__qualname__', '?')}")
        kinds[name] = ("lru", size)
        wrapped, stream = real_memoize(size)(fn), streams[name]

        @functools.wraps(fn)
        def recorded(*a, **kw):
            stream.append(hash((a, tuple(kw.items()))))
            return wrapped(*a, **kw)

        recorded.cache_info, recorded.cache_clear = wrapped.cache_info, wrapped.cache_clear
        return recorded
    return deco


class _Recorded(cache.TwoGenerations):
    __slots__ = ("stream",)

    def __init__(self, size, compute):
        super().__init__(size, compute)
        name = _name(getattr(compute, "__qualname__", "?"))
        kinds[name] = ("two", size)
        self.stream = streams[name]

    def __getitem__(self, key):
        self.stream.append(hash(key))
        return super().__getitem__(key)


def _recorded_splits():
    """A :class:`~mtqa.words.Splits` whose lookups are recorded (its ``[]`` is the dict's own, so a subclass
    overrides it; every text's split is asked through it)."""
    import mtqa.words as words

    class RecordedSplits(words.Splits):
        __slots__ = ("stream",)

        def __init__(self):
            super().__init__()
            name = _name("mtqa.words.Splits")
            kinds[name] = ("two", 2 * words.GENERATION)
            self.stream = streams[name]

        def __getitem__(self, text):
            self.stream.append(hash(text))
            return super().__getitem__(text)

        __call__ = __getitem__

    return RecordedSplits


def _record_evidence_texts() -> None:
    """The evidence's table of each text's words (:data:`mtqa.evidence.WORDS_CACHE_SIZE` texts, its oldest quarter
    dropped when full, as the run memo's) recorded as a memo kind: its ``get`` is every ask (a plain dict in
    mtqa, read without a call)."""
    import mtqa.evidence as evidence

    class RecordedTexts(dict):
        __slots__ = ()

        def get(self, text, default=None):
            streams["evidence.words"].append(hash(text))
            return dict.get(self, text, default)

    real_init = evidence.Evidence.__init__

    def init(self, *a, **kw):
        real_init(self, *a, **kw)
        kinds["evidence.words"] = ("memo", evidence.WORDS_CACHE_SIZE)
        self._words = RecordedTexts(self._words)

    evidence.Evidence.__init__ = init


def _memo(self, kind, key, factory, bound=cache.RUN_MEMO, args=()):
    kinds.setdefault(f"memo.{kind}", ("memo", bound))
    streams[f"memo.{kind}"].append(hash(key))
    return real_memo(self, kind, key, factory, bound, args=args)


def lru(stream, n):
    held, miss = collections.OrderedDict(), 0
    for k in stream:
        if k in held:
            held.move_to_end(k)
        else:
            miss += 1
            held[k] = None
            if len(held) > n:
                held.popitem(last=False)
    return miss


def two(stream, n):
    young, old, miss, half = {}, {}, 0, max(1, n // 2)
    for k in stream:
        if k in young:
            continue
        if old.pop(k, old) is old:
            miss += 1
        if len(young) >= half:
            old, young = young, {}
        young[k] = None
    return miss


def memo(stream, n):
    held, miss = {}, 0
    for k in stream:
        if k in held:
            continue
        miss += 1
        if len(held) >= n:
            for gone in list(held)[: n // 4]:
                del held[gone]
        held[k] = None
    return miss


if __name__ == "__main__":
    real_memoize, real_memo = cache.memoize, cache.RunCache.memo
    cache.memoize, cache.TwoGenerations, cache.RunCache.memo = _memoize, _Recorded, _memo
    import mtqa.context
    import mtqa.words

    mtqa.words.Splits = mtqa.context.Splits = _recorded_splits()  # the name Splits.of and Context read
    _record_evidence_texts()
    import mtqa.cli as cli

    sys.argv = ["mtqa", *sys.argv[1:]]
    start = time.perf_counter()
    try:
        cli.main()
    except SystemExit:
        pass
    print(f"run: {time.perf_counter() - start:.0f} s", file=sys.stderr)
    replay = {"lru": lru, "two": two, "memo": memo}
    for name, stream in sorted(streams.items(), key=lambda item: -len(item[1])):
        policy, bound = kinds[name]
        if not stream or len(set(stream)) <= 1:
            continue
        cells = " ".join(f"{n}:{replay[policy](stream, n)}" for n in sorted({*SIZES, bound}) if n <= 2 * bound)
        if policy == "lru":  # what a two-generation table (word_memo) of the same sizes would miss instead
            cells += " | two " + " ".join(f"{n}:{two(stream, n)}" for n in sorted({*SIZES, bound}) if n <= 2 * bound)
        print(f"{policy:4s} {name[:72]:72s} bound={bound} calls={len(stream)} distinct={len(set(stream))} "
              f"misses {cells}", flush=True)
