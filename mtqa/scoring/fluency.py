"""A compact English word-class n-gram model: does the word order read like English?

MQM issues tie most translations of one sentence (no issue either way), so the
score needs a continuous view of quality. Word order is what a reader of
machine translation notices first ("the house white", "of him the brother"),
and a model of it need not know the vocabulary: every word is reduced to a
*class* -- the word itself for the few hundred most frequent English words
(articles, prepositions, auxiliaries, pronouns), else its shape (capitalised,
number, ``-ing``, ``-ed``, ``-ly``, plural ``-s``, other lower-case word) -- and
an n-gram model of class sequences scores the sentence. A word-level model
trained on the same small corpus mostly scored vocabulary (a rare but correct
name was "disfluent"; bench/fluency_lm.py, not adopted); classes remove that
bias, and the table stays small.

The table ``mtqa/data/score/en-classes.tsv.gz`` is built by
``bench/build_score.py`` from human English news translations only (see
``mtqa/data/score/SOURCES.md``); the same :func:`classes` cuts words at build
and run time.
"""
from __future__ import annotations

import gzip
import math
import re
from functools import lru_cache
from typing import Optional

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*|[^\w\s]")
"""Words (with inner apostrophes: ``don't``), numbers with their separators, single punctuation marks."""

PUNCT_KEPT = frozenset(".,;:!?\"'()-%$€£")
ORDER = 3
"""Default n-gram order of the table (the table itself says which order it holds)."""
DISCOUNT = 0.75


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def shape(token: str) -> str:
    """The class of a word outside the model's own vocabulary."""
    if token[0].isdigit():
        return "<num>"
    if not token[0].isalpha():
        return token if token in PUNCT_KEPT else "<p>"
    if token.isupper() and len(token) > 1:
        return "<CAPS>"
    if token[0].isupper():
        return "<Cap>"
    for suffix in ("ing", "ed", "ly", "tion", "s"):
        if token.endswith(suffix) and len(token) > len(suffix) + 2:
            return f"<-{suffix}>"
    if "'" in token or "’" in token:
        return "<'>"
    return "<w>"


def classes(text: str, vocabulary: frozenset[str]) -> list[str]:
    """The class sequence of a sentence: known frequent words as themselves (lower-cased), others by shape.

    A capitalised frequent word keeps its identity (``The`` = ``the``), so a
    sentence's first word is not a name."""
    out = []
    for tok in tokens(text):
        low = tok.lower().replace("’", "'")
        out.append(low if low in vocabulary else shape(tok))
    return out


class ClassModel:
    """Interpolated absolute-discounting n-gram model over word classes.

    ``counts["a b c"]`` holds n-gram counts (n = 1..order, classes joined by
    spaces); ``contexts["a b"]`` holds (total count, distinct followers) of each
    context, ``contexts[""]`` (all unigram tokens, unigram types). p(w | ctx) =
    max(c(ctx w) - D, 0) / c(ctx) + D * N1+(ctx .) / c(ctx) * p(w | shorter ctx),
    the unigram level add-one smoothed. String keys: the compiled copy loads
    twice as fast as with tuple keys.
    """

    def __init__(self, vocabulary: frozenset[str], counts: dict[str, int], contexts: dict[str, tuple[int, int]],
                 order: int):
        self.vocabulary = vocabulary
        self.counts = counts
        self.contexts = contexts
        self.order = order
        self._steps: dict[tuple, tuple[float, float]] = {}

    def prob(self, context: tuple, word: str) -> float:
        if not context:
            total, types = self.contexts[""]
            return (self.counts.get(word, 0) + 1) / (total + types + 1)
        lower = self.prob(context[1:], word)
        key = " ".join(context)
        seen = self.contexts.get(key)
        if not seen:
            return lower
        total, followers = seen
        return max(self.counts.get(key + " " + word, 0) - DISCOUNT, 0) / total + DISCOUNT * followers / total * lower

    def logprobs(self, text: str) -> tuple[list[float], list[float]]:
        """Natural-log probability of each class of a sentence given the ones before (``</s>`` included),
        and the same minus the class's own log-probability (how much its context helped it)."""
        n = self.order
        seq = ["<s>"] * (n - 1) + classes(text, self.vocabulary) + ["</s>"]
        steps, gains = [], []
        memo = self._steps  # classes are few, so the same n-grams recur: each is computed once
        if len(memo) > STEP_MEMO:
            memo.clear()
        for i in range(n - 1, len(seq)):
            gram = tuple(seq[i - n + 1:i + 1])
            step = memo.get(gram)
            if step is None:
                lp = math.log(self.prob(gram[:-1], gram[-1]))
                step = memo[gram] = (lp, lp - math.log(self.prob((), gram[-1])))
            steps.append(step[0])
            gains.append(step[1])
        return steps, gains


STEP_MEMO = 200_000
"""Most class n-grams whose step a model remembers (then it starts again): a few tens of MB at most."""


def write_model(path, vocabulary, counts: dict[tuple, int]) -> None:
    """Write the table: a ``#vocabulary`` line, then ``n-gram<TAB>count`` lines (classes joined by spaces)."""
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("#vocabulary\t" + " ".join(sorted(vocabulary)) + "\n")
        for gram, count in sorted(counts.items(), key=lambda kv: (len(kv[0]), kv[0])):
            f.write(" ".join(gram) + "\t" + str(count) + "\n")


def _parse(path) -> tuple[frozenset, dict, dict, int]:
    """(vocabulary, n-gram counts, context totals, order) of a table file."""
    counts: dict[str, int] = {}
    vocabulary: frozenset[str] = frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("\t")
            if key == "#vocabulary":
                vocabulary = frozenset(value.split(" "))
                continue
            counts[key] = int(value)
    contexts: dict[str, list[int]] = {"": [0, 0]}
    order = 1
    for gram, count in counts.items():
        context, _, _ = gram.rpartition(" ")
        c = contexts.setdefault(context, [0, 0])
        c[0] += count
        c[1] += 1
        order = max(order, gram.count(" ") + 1)
    return vocabulary, counts, {k: (v[0], v[1]) for k, v in contexts.items()}, order


def read_model(path) -> ClassModel:
    """The model of a table file, parsed once and then read back from mtqa's compiled cache (mtqa/compiled.py)."""
    from pathlib import Path

    from mtqa.compiled import cached

    path = Path(str(path))
    # keyed by this module too: a change of the stored shape must not meet an old copy
    return ClassModel(*cached(f"score-{path.name}", [path, Path(__file__)], lambda: _parse(path)))


@lru_cache(maxsize=None)
def english_model() -> Optional[ClassModel]:
    """The shipped English class model, or None when the package has no table."""
    from mtqa.langs.data import data_path

    path = data_path("score", "en-classes.tsv.gz")
    return read_model(path) if path.is_file() else None
