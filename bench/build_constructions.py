"""Learn which renderings of a French verb before « que » hold only when its clause states a quantity:
``mtqa/data/lexmodel/constructions.<pair>.tsv``, read by A631 (construction-sense, preview).

Why: « estimer que » is "estimate that" before a figure (« estime que 300 emplois sont menacés ») and "believe",
"consider" or "say" before an opinion (« estime que la réforme est injuste »); an engine that writes "estimated
that the reform is unfair" gives the verb the sense its construction rules out. The object class that decides
is the clause's: a quantity in it or not (``[fr] quantity`` of ``mtqa/data/lexmodel/constructions.toml``).

Method: in the training sentences of :mod:`bench.build_lexicon` (newstest 2008-2013 sources and references,
Potet's sources and post-edits; never newstest 2014 nor MT output), every French word followed by « que »/« qu' »
is a verb in the frame, pooled over its forms by its stem. Its clause (the ``clause_chars`` characters after the
complementiser) is a "figure" clause when the quantity pattern finds something there, else an "opinion" clause.
For each English stem the lexical model gives the verb (p(e|f) ``min_p`` or more), the script counts the
sentences of each class whose reference holds it. A rendering is kept as a trap of the opinion frame when the
verb has ``min_opinion`` opinion sentences or more, the rendering is in ``max_opinion_share`` of them or less,
and it is in ``min_figure_share`` of the verb's figure sentences or more (``min_figure`` of them at least): the
class of the clause, not the verb, decides it. The two shares must also differ by more than chance: a one-sided
Fisher exact test (the trap no likelier in figure sentences than in opinion ones) at ``max_p_value`` or less. Why:
the share thresholds alone keep a verb seen in a dozen figure sentences whose 30 % is four of them (« préciser
que » -> "specify", 4 of 13 against 2 of 24, p = 0.10): a rate no sample of that size can tell from the opinion
one, which flags style-level renderings as errors. The opinion frame's usual rendering (most references among the
model's renderings) is the suggestion. Thresholds: ``[fr.learn]`` of constructions.toml.

Usage: python bench/build_constructions.py [--data ../shared/data] [--check]  (--check: compare with the shipped
file, exit 1 if it differs; a missing or unreadable --data folder is one line and exit 2)
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_lexicon import DEFAULT_DATA, corpus  # noqa: E402

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "constructions.fr-en.tsv"


def learn(pairs: list[tuple[str, str]]) -> list[str]:
    from mtqa.langs.data import data_toml
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.tokens import tokens

    table = data_toml("lexmodel", "constructions.toml")["fr"]
    rules = table["learn"]
    frame = re.compile(table["frame"])
    quantity = re.compile(table["quantity"])
    model = load_lexmodel("fr", "en")
    sentences = collections.Counter()  # (verb stem, class) -> sentences
    renders = collections.Counter()  # (verb stem, class, English stem) -> sentences
    for fr, en in pairs:
        seen = set()
        for m in frame.finditer(fr):
            verb = tokens(m.group("verb"), "fr")[0].stem
            kind = "figure" if quantity.search(fr[m.end():m.end() + table["clause_chars"]]) else "opinion"
            seen.add((verb, kind))
        if not seen:
            continue
        english = {t.stem for t in tokens(en, "en")}
        for verb, kind in seen:
            sentences[verb, kind] += 1
            for tr in model.translations(verb):
                if tr.p_forward >= rules["min_p"] and tr.stem in english:
                    renders[verb, kind, tr.stem] += 1
    rows = []
    for (verb, kind), n in sorted(sentences.items()):
        if kind != "opinion" or n < rules["min_opinion"]:
            continue
        figure = sentences[verb, "figure"]
        usual = max((s for v, k, s in renders if v == verb and k == "opinion"),
                    key=lambda s: (renders[verb, "opinion", s], s), default=None)
        for tr in model.translations(verb):
            trap, inside = tr.stem, renders[verb, "opinion", tr.stem]
            if trap == usual or tr.p_forward < rules["min_p"] or figure < rules["min_figure"]:
                continue
            outside = renders[verb, "figure", trap]
            if inside <= rules["max_opinion_share"] * n and outside >= rules["min_figure_share"] * figure \
                    and fisher_greater(outside, figure, inside, n) <= rules["max_p_value"]:
                rows.append(f"{verb}\t{trap}\t{n}\t{inside}\t{figure}\t{outside}\t{usual}\t{model.word(usual)}")
    return rows


def fisher_greater(hits: int, total: int, other_hits: int, other_total: int) -> float:
    """One-sided Fisher exact test: the chance, with the two classes' margins fixed, that ``hits`` of ``total``
    sentences or more hold the rendering when it is no likelier in them than in ``other_total`` (the
    hypergeometric tail). 4 of 13 against 2 of 24 is 0.099; 15 of 27 against 5 of 68 about 1e-6."""
    from math import comb

    held = hits + other_hits
    every = comb(total + other_total, held)
    return sum(comb(total, k) * comb(other_total, held - k) for k in range(hits, min(total, held) + 1)) / every


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    # a missing input is one line and exit 2, as bench/of_heads.py: exit 1 is --check's "differs" alone
    if not args.data.is_dir():
        print(f"build_constructions: {args.data}: no such data folder (--data DIR: the shared WMT data)",
              file=sys.stderr)
        sys.exit(2)
    try:
        pairs = corpus(args.data)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"build_constructions: {args.data}: the training news cannot be read ({exc})", file=sys.stderr)
        sys.exit(2)
    if not pairs:
        print(f"build_constructions: {args.data}: no training news found (newstest 2008-2013, Potet)",
              file=sys.stderr)
        sys.exit(2)
    head = ("# Renderings of a French verb before « que » that hold only before a quantity, learned by "
            f"bench/build_constructions.py from newstest 2008-2013 and Potet's post-edits ({len(pairs)} sentence "
            "pairs).\n# verb_stem trap_stem opinion_sentences opinion_with_trap figure_sentences figure_with_trap "
            "usual_stem usual_spelling\n")
    text = head + "".join(row + "\n" for row in learn(pairs))
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("same" if same else f"{OUT} differs from a rebuild")
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(text, end="")


if __name__ == "__main__":
    main()
