"""Learn how often translators render a source word by its English look-alike, per frame (the class of the next
source word, ``mtqa/data/lexmodel/look_alikes.toml``): ``mtqa/data/lexmodel/look_alikes.<pair>.tsv.gz``, read by
A506 (look-alike-in-frame) through :mod:`mtqa.langs.look_alikes`.

Inputs: the training sentences of :mod:`bench.build_lexicon` (newstest 2008-2013 sources and references, Potet's
sources and post-edits; never newstest 2014/2015, WMT14 nor any MT output), the shipped lexical model and the
pair's look-alike test (``mtqa/data/cognates.toml``).

Method: in each sentence pair, each lower-case source word of the look-alike test's least length that is none of
the language profile's grammar words, its stem seen ``--min-count`` times by the model, counts once per sentence in
its frame (:meth:`mtqa.langs.look_alikes.FrameClasses.frame`) and in the frame of every sentence with the same mark
before it (``*``; ``+*`` after an auxiliary, ``^*`` after a determiner). In the English sentence, each word that
looks like it (:meth:`mtqa.langs.cognates.Cognates.alike_stems`: the words, or their one stem) counts as a look-alike
written, and each of the word's model renderings (p(target|source) of ``LINK`` or more, or the dictionary) whose
stem is in the sentence as a rendering written; each once per sentence. Rows are kept for (word, frame) seen
``--min-seen`` times or more, with the three renderings written most and every look-alike written.

Output rows (TSV, ``#`` comments): ``source_word frame sentences renderings look_alikes``, the last two
``stem:count`` lists, most first, ``-`` when empty.

Usage: .venv/bin/python bench/build_look_alikes.py [--data DIR] [--out PATH] [--min-seen 5] [--show WORD...]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_lexicon import DEFAULT_DATA, corpus  # noqa: E402

LINK = 0.02
"""The least p(target|source) of a model link counted as a rendering (weaker links are noise)."""
OUT = ROOT / "mtqa" / "data" / "lexmodel" / "look_alikes.fr-en.tsv.gz"


def learn(pairs, src: str = "fr", tgt: str = "en", min_count: int = 10):
    from mtqa.langs.cognates import cognates
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.langs.look_alikes import every_frame, frame_classes, tokens
    from mtqa.meaning.tokens import plain, stem

    model = load_lexmodel(src, tgt)
    cog = cognates(src, tgt)
    classes = frame_classes(src, tgt)
    k, n = cog.prefix, cog.min_length
    seen: collections.Counter = collections.Counter()
    rend: collections.Counter = collections.Counter()
    look: collections.Counter = collections.Counter()
    linked: dict = {}
    for fr, en in pairs:
        toks = [t for t, _ in tokens(fr)]
        en_words = [t for t, _ in tokens(en) if t[0].isalpha()]
        en_stems = {stem(w, tgt) for w in en_words}
        by_key: dict = collections.defaultdict(set)
        for w in en_words:
            if len(w) >= n:
                by_key[plain(w[:k])].add(w)
        counted = set()
        for i, w in enumerate(toks):
            if len(w) < n or not w[0].isalpha():
                continue
            s = stem(w, src)
            if w in classes.grammar or model.source_freq.get(s, 0) < min_count:
                continue
            f = classes.frame(toks, i)
            if s not in linked:
                linked[s] = {c.stem for c in model.translations(s) if c.p_forward >= LINK or c.dictionary}
            alikes = {ts for ts, t in ((stem(t, tgt), t) for t in by_key.get(plain(w[:k]), ()))
                      if cog.alike_stems(w, t, s, ts)}
            held = linked[s] & en_stems
            for frame in (f, every_frame(f)):
                if (w, frame) in counted:
                    continue
                counted.add((w, frame))
                seen[w, frame] += 1
                for t in alikes:
                    look[w, frame, t] += 1
                for t in held:
                    rend[w, frame, t] += 1
    return seen, rend, look


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-seen", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=10, help="the least model count of a source stem")
    ap.add_argument("--show", nargs="*", default=(), help="print these source words' rows")
    args = ap.parse_args()
    pairs = corpus(Path(args.data))
    seen, rend, look = learn(pairs, min_count=args.min_count)
    by_key_r: dict = collections.defaultdict(list)
    for (s, f, t), c in rend.items():
        by_key_r[s, f].append((t, c))
    by_key_l: dict = collections.defaultdict(list)
    for (s, f, t), c in look.items():
        by_key_l[s, f].append((t, c))

    def listed(items, top=None):
        items = sorted(items, key=lambda tc: (-tc[1], tc[0]))[:top]
        return ",".join(f"{t}:{c}" for t, c in items) or "-"

    kept = sorted(key for key, c in seen.items() if c >= args.min_seen)
    lines = ["# Look-alike renderings per (source stem, frame), learned by bench/build_look_alikes.py from newstest "
             "2008-2013 and Potet's post-edits (%d sentence pairs)." % len(pairs),
             "# source_word frame sentences renderings(top 3, stem:sentences) look_alikes(stem:sentences)"]
    for key in kept:
        lines.append("%s\t%s\t%d\t%s\t%s" % (key[0], key[1], seen[key], listed(by_key_r[key], 3),
                                             listed(by_key_l[key])))
        if key[0] in args.show:
            print(lines[-1])
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))  # no time stamp: the same inputs, the same bytes
    print(f"{len(kept)} (word, frame) rows from {len(pairs)} pairs -> {args.out}")


if __name__ == "__main__":
    main()
