"""Learn how translators render a source verb inside each verb frame (``mtqa/data/frames.toml``) from the
parallel news the lexical model is built from: ``mtqa/data/lexmodel/frames.<pair>.tsv``.

Inputs: the training sentences of :mod:`bench.build_lexicon` (newstest 2008-2013 sources and references, Potet's
sources and post-edits; never newstest 2014/2015 nor MT output) and the shipped lexical model.

Method: for each sentence pair and each frame, every match of one of the frame's ``source`` patterns gives a source
verb (its stem; not one of the lexical model's grammar stems, :func:`mtqa.meaning.align.function_stems`); the
sentence counts once per (frame, verb stem). In the target sentence, every match of the frame's ``target`` pattern
gives a verb slot; a slot's stem, when the slot holds an English verb (:func:`english_verbs`), is counted as a
rendering of the source verb when the lexical model links the two (``LINK`` or more, or the dictionary), when it
looks like the source verb (:meth:`mtqa.langs.cognates.Cognates.alike`). Each rendering counts once per sentence. The share of a rendering in a frame is its count over the
frame's sentences: what translators write there (« a déclaré que »: "said" most of the time, "declared that"
rarely).

Output rows (TSV, ``#`` comments): ``S frame source_stem sentences usual verb_links`` for (frame, stem) seen
``--min-seen`` times or more (``usual``: the stem of the source verb's most probable link in the lexical model whose
usual spelling is an English verb by WordNet 3.0, :func:`english_verbs`, ``-`` when none; ``verb_links``: the stems
of all its links whose usual spelling is an English verb, most probable first, comma-separated), then
``R frame source_stem target_stem sentences spelling`` for each rendering seen (``spelling``: its most frequent
written form in the frame, lower case: the suggestion's form).

Usage: .venv/bin/python bench/build_frames.py [--data DIR] [--out PATH] [--min-seen 5] [--wordnet DIR]
(WordNet 3.0 as Debian's ``wordnet-base`` installs it, default ``/usr/share/wordnet``)
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_lexicon import DEFAULT_DATA, corpus  # noqa: E402

LINK = 0.02
"""The least p(target|source) of a lexical-model link counted as a rendering (weaker links are noise: "the")."""
OUT = ROOT / "mtqa" / "data" / "lexmodel" / "frames.fr-en.tsv"
WORDNET = Path("/usr/share/wordnet")


def english_verbs(wordnet: Path = WORDNET):
    """A test of whether an English word is a form of a WordNet 3.0 verb (``index.verb`` lemmas, the irregular
    forms of ``verb.exc``, and the regular endings -s, -es, -ies, -ed, -d, -ied, -ing): the frames are verb
    frames, and a source verb's usual rendering in one must be a verb (« maintenant » shares its stem with
    « maintenir »: its usual link "now" is no verb)."""
    lemmas = {line.split(" ", 1)[0] for line in (wordnet / "index.verb").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith(" ")}
    irregular = {line.split(" ")[0] for line in (wordnet / "verb.exc").read_text(encoding="utf-8").splitlines()
                 if line}
    rules = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""))

    def is_verb(word: str) -> bool:
        w = word.lower()
        if w in lemmas or w in irregular:
            return True
        return any(w.endswith(a) and w[: len(w) - len(a)] + b in lemmas for a, b in rules)

    return is_verb


def learn(pairs, src: str = "fr", tgt: str = "en", is_verb=None):
    from mtqa.langs.cognates import cognates
    from mtqa.langs.frames import frames
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.align import function_stems
    from mtqa.meaning.tokens import stem

    grammar, _ = function_stems(src, tgt)
    model = load_lexmodel(src, tgt)
    cog = cognates(src, tgt)
    seen: collections.Counter = collections.Counter()
    rend: collections.Counter = collections.Counter()
    spelled: dict = collections.defaultdict(collections.Counter)
    for fr, en in pairs:
        for frame in frames(src, tgt):
            verbs = frame.source_verbs(fr)
            if not verbs:
                continue
            slots = {stem(m.group("verb").lower(), tgt): m.group("verb").lower() for m in frame.target.finditer(en)}
            for s, v in verbs.items():
                if s in grammar:
                    continue  # a grammar word in the verb's place (« a déclaré que la » reads « que »): no verb
                seen[frame.name, s] += 1
                cands = model.translations(s)
                linked = {c.stem for c in cands if c.p_forward >= LINK or c.dictionary}
                for ts, t in slots.items():
                    if is_verb is not None and not is_verb(t):
                        continue  # a verb frame's slot holds a verb: "from", "of" are no renderings
                    if ts in linked or cog.alike(v, t):
                        rend[frame.name, s, ts] += 1
                        spelled[frame.name, s, ts][t] += 1
    return seen, rend, spelled


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-seen", type=int, default=5)
    ap.add_argument("--wordnet", default=str(WORDNET))
    args = ap.parse_args()
    is_verb = english_verbs(Path(args.wordnet))
    seen, rend, spelled = learn(corpus(Path(args.data)), is_verb=is_verb)
    from mtqa.langs.lexmodel import load_lexmodel

    model = load_lexmodel("fr", "en")

    def verb_links(source_stem: str) -> list[str]:
        return [c.stem for c in model.translations(source_stem) if is_verb(model.word(c.stem))]

    lines = ["# Verb renderings per frame (mtqa/data/frames.toml), learned by bench/build_frames.py from newstest "
             "2008-2013 and Potet's post-edits.",
             "# S frame source_stem sentences usual verb_links | R frame source_stem target_stem sentences spelling"]
    kept = sorted(k for k, n in seen.items() if n >= args.min_seen)
    for k in kept:
        verbs = verb_links(k[1])
        lines.append("S\t%s\t%s\t%d\t%s\t%s"
                     % (k[0], k[1], seen[k], verbs[0] if verbs else "-", ",".join(verbs) or "-"))
    for k in kept:
        for (f, s, t), n in sorted(rend.items()):
            if (f, s) == k:
                spelling = min(spelled[f, s, t].items(), key=lambda kv: (-kv[1], kv[0]))[0]
                lines.append("R\t%s\t%s\t%s\t%d\t%s" % (f, s, t, n, spelling))
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} (frame, verb) rows, {sum(1 for l in lines if l.startswith('R'))} renderings -> {args.out}")


if __name__ == "__main__":
    main()
