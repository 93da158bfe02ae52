"""Learn, per source word form and neighbour frame, which of the word's common glosses translators do not write
there and what they write instead: ``mtqa/data/lexmodel/gloss_frames.<pair>.tsv.gz``, read by A630
(gloss-out-of-frame) through :mod:`mtqa.langs.gloss_frames`.

Why: a French word has a usual English gloss that is right in most of the news and wrong next to some words:
« société » is "company" but « la société civile » is civil society, « voix » is "voice" but « 2 245 voix » are
votes, « sécurité » is "safety" but « la sécurité nationale » is national security, « la Chambre » capitalised is
the House, not a room (rows of the shipped table). What decides is the neighbour (the word before or after, a figure, a capital), and the
parallel news holds, per neighbour, what translators wrote. A506 reads the same kind of evidence for look-alikes
only, by the class of the next word; this reads every common gloss, by the neighbouring word itself.

Inputs: the training sentences of :mod:`bench.build_lexicon` (newstest 2008-2013 sources and references, Potet's
sources and post-edits; never newstest 2014/2015, WMT14 nor any MT output) and the shipped lexical model.

Method: in each sentence pair, each source word of ``min_length`` letters or more (``gloss_frames.toml``), its stem
seen ``--min-count`` times by the model, counts once per sentence in each of its frames
(:meth:`mtqa.langs.gloss_frames.FrameReader.frames`: the content word before it, the content word after it, a
figure or a time of day before or after it, a capital inside the sentence) and in its frame of every sentence
(``*``). Each of the word's model renderings
(p(target|source) of ``LINK`` or more, or the dictionary) whose stem is in the English sentence counts once as
written, unless another source word of the sentence links it more strongly (the neighbour's own translation:
"minister" of « ministre des Affaires étrangères », "policy" of « politique de l'enfant unique », "mp" of
« lecteur mp3 », a token carried over as it is), and no grammar word or quantifier of the target
profile counts, in any place of a row ("the" in « secteur privé »). Without alignment, the neighbour's
translation counted as the word's became its suggestion ("Minister" for "foreign Businesses") or, always in the
line, kept the row from firing; with both, the table went from 107 rows to 88 (stop 71, fx71d). ``--check`` rebuilds
in memory and exits 1 when the shipped table differs.

A (word, frame) is kept when it was seen ``--min-seen`` times, one rendering holds ``DOMINANT`` of its
sentences (the suggestion), and a gloss of the word (no grammar word or quantifier of the target profile) that
translators write in ``GLOSS_SHARE`` of its sentences over all frames is written in ``TRAP_SHARE`` of the frame's
sentences or fewer, and so rarely that its overall share makes it improbable (``CONTRAST_P``): the trap.

Output rows (TSV, ``#`` comments): ``source_word frame sentences traps renderings spelling``: the traps
``stem:count`` (count in the frame), the renderings ``stem:count`` of ``TRAP_SHARE`` or more of the frame, most
first, and the spelling translators wrote most for the first rendering (the check's suggestion).

Usage: .venv/bin/python bench/build_gloss_frames.py [--data DIR] [--out PATH] [--min-seen 8] [--check] [--show WORD...]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_lexicon import DEFAULT_DATA, corpus  # noqa: E402

LINK = 0.02
"""The least p(target|source) of a model link counted as a rendering (weaker links are noise)."""
GLOSS_SHARE = 0.15
"""A rendering translators write in this share of the word's sentences over all frames is a usual gloss: the one
an engine that does not read the frame writes."""
TRAP_SHARE = 0.05
"""A usual gloss written in at most this share of a frame's sentences is no rendering of the word there."""
DOMINANT = 0.6
"""The least share of the frame's most written rendering: without a clear majority (« politique » capitalised is
"policy" in 4 of 8 sentences, "politics" in 3), translators have no usual word there."""
CONTRAST_P = 0.05
"""The frame's few sentences holding the gloss must be this improbable at the gloss's share over all the word's
sentences (one-sided binomial): the frame rules the gloss out, not the sample's size."""
DICTIONARY = LINK / 2
"""The strength of a dictionary link the model never saw written: weaker than any counted link."""
_LETTERS = re.compile(r"[^\W\d_]+")
OUT = ROOT / "mtqa" / "data" / "lexmodel" / "gloss_frames.fr-en.tsv.gz"


def learn(pairs, src: str = "fr", tgt: str = "en", min_count: int = 10):
    from mtqa.langs import language
    from mtqa.langs.gloss_frames import ALL, frame_reader
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.langs.look_alikes import tokens
    from mtqa.meaning.tokens import stem

    model = load_lexmodel(src, tgt)
    reader = frame_reader(src, tgt)
    seen: collections.Counter = collections.Counter()
    rend: collections.Counter = collections.Counter()
    forms: dict = collections.defaultdict(collections.Counter)
    linked: dict = {}
    dictionary: dict = {}
    profile = language(tgt)
    grammar = {stem(w, tgt) for w in profile.function_words | profile.word_set("more_determiners")}
    strengths: dict = {}

    def links(s: str) -> dict:
        """target stem -> strength of the source stem's model links (p(target|source) of ``LINK`` or more; a
        dictionary link without a count is ``DICTIONARY``)."""
        if s not in strengths:
            strengths[s] = {c.stem: (c.p_forward if c.p_forward >= LINK else DICTIONARY)
                            for c in model.translations(s) if c.p_forward >= LINK or c.dictionary}
        return strengths[s]

    for fr, en in pairs:
        toks = tokens(fr)
        words = {t for t, _ in toks if any(ch.isalpha() for ch in t)}
        others = [(stem(t, src), links(stem(t, src))) for t in words]
        # a token carried over as it is (« mp3 » -> "MP3", a name) renders itself: its letters are its own
        others += [(t, {stem(m.group(), tgt): 1.0 for m in _LETTERS.finditer(t)})
                   for t in words if any(ch.isdigit() for ch in t)]
        spelled: dict = {}
        for m in _LETTERS.finditer(en):
            spelled.setdefault(stem(m.group().lower(), tgt), m.group().lower())
        en_stems = set(spelled)
        counted = set()
        for i, (w, _) in enumerate(toks):
            if not reader.candidate(w):
                continue
            s = stem(w, src)
            if model.source_freq.get(s, 0) < min_count:
                continue
            if s not in linked:
                linked[s] = links(s)
                dictionary[w] = {t for t, p in linked[s].items() if p == DICTIONARY}
            # a rendering of the word itself: no link another source word of the sentence holds more strongly
            # (« ministre » gives "minister" in « ministre des Affaires étrangères », « politique » gives "policy"
            # in « la politique de l'enfant unique », « assurance » gives "insurance" in « assurance maladie »):
            # without alignment, the neighbour's own translation would count as the word's and become its
            # suggestion, and the frame's "usual rendering" would be in every line, the row never firing
            held = {t for t in linked[s].keys() & en_stems
                    if t not in grammar and all(other.get(t, 0.0) <= linked[s][t]
                                                for o, other in others if o != s)}
            for frame in reader.frames(fr, toks, i) + (ALL,):
                if (w, frame) in counted:
                    continue
                counted.add((w, frame))
                seen[w, frame] += 1
                for t in held:
                    rend[w, frame, t] += 1
                    if frame != ALL:
                        forms[w, frame, t][spelled[t]] += 1
    return seen, rend, dictionary, forms


def _improbable(n: int, k: int, p: float) -> bool:
    """At most ``k`` of ``n`` sentences hold a gloss of overall share ``p`` with a chance of ``CONTRAST_P`` or
    less."""
    import math

    return sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k + 1)) <= CONTRAST_P


def rows(seen, rend, dictionary, forms, min_seen: int, tgt: str = "en"):
    """The kept (word, frame, sentences, traps, renderings, spelling) rows: the spelling is the one translators
    wrote most for the frame's first rendering (the suggestion: "votes" for « 300 voix », not the stem)."""
    from mtqa.langs import language
    from mtqa.langs.gloss_frames import ALL

    from mtqa.meaning.tokens import stem

    profile = language(tgt)
    # the target's grammar words and quantifiers, by stem as the renderings are counted ("more" -> "mor"): their
    # choice follows the noun or the comparison ("many more cases", "much more"), not the source word's sense
    grammar = {stem(w, tgt) for w in profile.function_words | profile.word_set("more_determiners")}
    by_key: dict = collections.defaultdict(list)
    for (w, f, t), c in rend.items():
        by_key[w, f].append((t, c))
    out = []
    for (w, f), n in sorted(seen.items()):
        if f == ALL or n < min_seen:
            continue
        every = dict(by_key.get((w, ALL), ()))
        total = seen[w, ALL]
        # grammar words are no rendering anywhere in the row ("the" in « secteur privé »), not only first
        here = sorted(((t, c) for t, c in by_key.get((w, f), ()) if t not in grammar),
                      key=lambda tc: (-tc[1], tc[0]))
        if not here or here[0][1] / n < DOMINANT:
            continue
        mine = dict(here)
        traps = sorted((t, mine.get(t, 0)) for t, c in every.items()
                       if c / total >= GLOSS_SHARE and mine.get(t, 0) / n <= TRAP_SHARE
                       and _improbable(n, mine.get(t, 0), c / total) and t not in grammar)
        if not traps:
            continue
        usual = [(t, c) for t, c in here if c / n >= TRAP_SHARE][:6]
        spelling = min(forms[w, f, here[0][0]].items(), key=lambda sc: (-sc[1], sc[0]))[0]
        out.append((w, f, n, traps, usual, spelling))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-seen", type=int, default=8)
    ap.add_argument("--min-count", type=int, default=10, help="the least model count of a source stem")
    ap.add_argument("--check", action="store_true",
                    help="rebuild in memory and exit 1 when the shipped table differs (the table is deterministic)")
    ap.add_argument("--show", nargs="*", default=(), help="print these source words' rows")
    args = ap.parse_args()
    pairs = corpus(Path(args.data))
    seen, rend, dictionary, forms = learn(pairs, min_count=args.min_count)
    kept = rows(seen, rend, dictionary, forms, args.min_seen)

    def listed(items):
        return ",".join(f"{t}:{c}" for t, c in items) or "-"

    lines = ["# Usual glosses out of their frame per (source word, frame), learned by bench/build_gloss_frames.py "
             "from newstest 2008-2013 and Potet's post-edits (%d sentence pairs)." % len(pairs),
             "# source_word frame sentences traps(stem:sentences in the frame) renderings(stem:sentences, most first) "
             "spelling(of the first rendering)"]
    for w, f, n, traps, usual, spelling in kept:
        lines.append("%s\t%s\t%d\t%s\t%s\t%s" % (w, f, n, listed(traps), listed(usual), spelling))
        if w in args.show:
            print(lines[-1])
    text = "\n".join(lines) + "\n"
    if args.check:
        same = Path(args.out).is_file() and gzip.open(args.out, "rt", encoding="utf-8").read() == text
        print(f"{len(kept)} (word, frame) rows: {args.out} is {'up to date' if same else 'STALE'}")
        sys.exit(0 if same else 1)
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(text.encode("utf-8"))  # no time stamp: the same inputs, the same bytes
    print(f"{len(kept)} (word, frame) rows from {len(pairs)} pairs -> {args.out}")


if __name__ == "__main__":
    main()
