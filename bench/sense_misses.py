"""Why the sense checks (A603, A612, A616) leave a mistranslation: what they see of each miss of the articles bench.

Usage: ``.venv/bin/python bench/sense_misses.py [--tag T] [--families mistranslation,false-friend]``

Reads ``bench/out/articles[.T].misses.tsv`` (written by ``bench/articles.py --tag T``), aligns each miss's
sentence as the meaning checks do (:func:`mtqa.meaning.align.align_segments`), finds the source word (the
leading French words of the gold note, else the source words linked to the defect's span) and tells what keeps
the checks quiet, word by word:

* what the lexical model says of the trap (the defect's words) as a rendering of the source word: its usual
  rendering, dominant (``trap-dominant``) or not (``trap-usual``: p(e|f) or p(f|e) of at least
  :data:`~mtqa.meaning.align.USUAL`, so the word alignment links it at full strength and A612 reads the word as
  rendered), only through p(f|e) (``trap-usual-backward``), learned but rare, a dictionary sense only, no candidate
  at all; or a link of another kind (a copy, a cognate of a word seen too rarely for its learned renderings);
* for a usual trap, what A616's context table (``lexmodel/sense_context``) holds: no table for the word, the trap in
  the same sense as the right rendering, the trap in no sense, or context cues too weak.

Prints a table cause -> count -> two examples per step and writes every row to
``bench/out/sense_misses[.T].tsv``. The source word is found by its note, so a note that does not start with
it (« subjunctive rendered as present ») or a defect of several words is counted apart.
"""
from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"
ARTICLES = ROOT / "bench" / "articles"


def source_index(wa, note: str, span: list[int], fsrc: frozenset) -> int | None:
    """The source token the gold note names (its leading French words, before ``->``, ``=``, ``:`` or a bracket),
    else the first content word linked to the defect's span."""
    from mtqa.meaning.tokens import stem

    lead = re.split(r"->|=|:|\(|;|,", note)[0]
    for word in re.findall(r"[\w'’-]+", lead.lower()):
        word = re.split(r"['’]", word)[-1]
        if len(word) < 2:
            continue  # « a abandonné », « y compris »: a one-letter word (an auxiliary, a pronoun) is never the word
            # rendered in the wrong sense, and the aligner's function list leaves out « a » (the accentless « à »)
        target = stem(word, "fr")
        for i, tok in enumerate(wa.source):
            if tok.stem not in fsrc and (tok.stem == target or (len(word) > 4 and tok.lower[:5] == word[:5])):
                return i
    for i, links in wa.links.items():
        if wa.source[i].stem not in fsrc and any(j in span for j, _, _ in links):
            return i
    return None


def word_cause(model, wa, i: int, span: list[int]) -> str:
    """What the lexical model and the word alignment say of source token ``i`` rendered by target tokens ``span``."""
    from mtqa.meaning.align import USUAL

    tok = wa.source[i]
    renderings = model.translations(tok.stem)
    if not renderings and not model.source_freq.get(tok.stem):
        return "source-word-unknown"
    traps = [t for t in renderings if t.stem in {wa.target[j].stem for j in span}]
    kinds = {kind for j, _, kind in wa.links.get(i, ()) if j in span}
    if "same" in kinds:
        return "trap-is-copy"
    if "cognate" in kinds:
        return "trap-cognate-link (word seen too rarely for its learned renderings)"
    if traps:
        trap = max(traps, key=lambda t: t.p_forward)
        learned = [t for t in renderings if t.count > 0]
        if learned and trap.stem == max(learned, key=lambda t: t.p_forward).stem:
            return "trap-dominant"
        if trap.p_forward >= USUAL:
            return "trap-usual"
        if trap.p_backward >= USUAL:
            return "trap-usual-backward"
        return "trap-learned-rare" if trap.count > 0 else "trap-dictionary-only"
    if any(strength >= 1.0 for _, strength, _ in wa.links.get(i, ())):
        return "usual-rendering-linked-elsewhere"
    if len(span) > 1:
        return "multiword-trap-unlinked"
    return "trap-not-a-candidate"


def context_cause(entry, trap_stem: str, wa, i: int, fsrc: frozenset, rules: dict) -> str:
    """What A616's context table says of source token ``i`` rendered ``trap_stem`` (``entry``: its senses, or None)."""
    if entry is None:
        return "no-sense-table"
    mine = next((k for k, (_, rs) in enumerate(entry.senses) if trap_stem in rs), None)
    if mine is None:
        return "trap-in-no-sense"
    evidence = [0.0] * len(entry.senses)
    cues = [0] * len(entry.senses)
    for tok in wa.source:
        if tok.is_number or tok.stem in fsrc or tok.stem == wa.source[i].stem:
            continue
        for k, weight in entry.cues.get(tok.stem, ()):
            evidence[k] += min(weight, rules["cap"])
            cues[k] += 1
    best = max(range(len(evidence)), key=lambda k: evidence[k])
    if best == mine:
        return "context-for-the-trap-sense (one sense holds trap and right word)" if len(entry.senses) == 1 \
            else "context-for-the-trap-sense"
    if evidence[best] < rules["strong"] or cues[best] < rules["min_cues"]:
        return "context-too-weak"
    return "context-enough (another guard)"


def trace(rows: list[dict]) -> list[dict]:
    from mtqa.api import check_texts
    from mtqa.langs.lexmodel import load_lexmodel, sense_context, senses
    from mtqa.meaning.align import align_segments, function_stems

    model = load_lexmodel("fr", "en")
    rules = senses("fr")["context"]
    contexts = sense_context("fr", "en")
    stems = getattr(contexts, "stems", contexts)
    fsrc, ftgt = function_stems("fr", "en")
    aligned: dict[str, tuple] = {}
    out = []
    for row in rows:
        folder = ARTICLES / row["article"]
        if row["article"] not in aligned:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pair = check_texts((folder / "target.en.txt").read_text(encoding="utf-8"),
                                   source=(folder / "source.fr.txt").read_text(encoding="utf-8"),
                                   doc_id=folder.name).pair
            aligned[row["article"]] = (pair, align_segments(pair))
        pair, alignments = aligned[row["article"]]
        line = int(row["line"])
        text = (folder / "target.en.txt").read_text(encoding="utf-8").split("\n")[line - 1]
        start = text.index(row["text"])
        end = start + len(row["text"])
        seg = next((s for s in pair.target.segments
                    if s.line == line and s.col <= start <= s.col + len(s.text)), None)
        result = {**row, "source_word": "", "word_cause": "no-alignment", "context_cause": ""}
        wa = alignments.get(seg.index) if seg is not None else None
        if wa is not None:
            span = [j for j, t in enumerate(wa.target) if seg.col + t.start < end and start < seg.col + t.end]
            content = [j for j in span if wa.target[j].stem not in ftgt] or span
            i = source_index(wa, row["note"], content, fsrc)
            if i is None or not content:
                result["word_cause"] = "source-word-not-found"
            else:
                result["source_word"] = wa.source[i].text
                result["word_cause"] = word_cause(model, wa, i, content)
                if result["word_cause"] in ("trap-dominant", "trap-usual", "trap-usual-backward"):
                    trap = next(wa.target[j].stem for j in content if any(
                        t.stem == wa.target[j].stem for t in model.translations(wa.source[i].stem)))
                    entry = contexts[wa.source[i].stem] if wa.source[i].stem in stems else None
                    result["context_cause"] = context_cause(entry, trap, wa, i, fsrc, rules)
        out.append(result)
    return out


def table(rows: list[dict], key: str) -> None:
    counts = collections.Counter(r[key] for r in rows if r[key])
    examples = collections.defaultdict(list)
    for r in rows:
        if r[key]:
            examples[r[key]].append(f"« {r['source_word'] or r['note'][:30]} » -> \"{r['text']}\"")
    for cause, n in counts.most_common():
        print(f"  {n:4d}  {cause:<58} {'; '.join(examples[cause][:2])}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tag", default="")
    ap.add_argument("--families", default="mistranslation,false-friend")
    args = ap.parse_args(argv)
    suffix = f".{args.tag}" if args.tag else ""
    path = OUT / f"articles{suffix}.misses.tsv"
    if not path.is_file():
        print(f"sense_misses: {path}: no misses file (run bench/articles.py --tag {args.tag or '...'} first)",
              file=sys.stderr)
        return 2
    families = set(args.families.split(","))
    with open(path, encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r["family"] in families]
    traced = trace(rows)
    print(f"{len(traced)} misses ({', '.join(sorted(families))}) of {path.name}")
    print("what the lexical model says of the trap:")
    table(traced, "word_cause")
    print("a usual trap, in A616's context table:")
    table(traced, "context_cause")
    dest = OUT / f"sense_misses{suffix}.tsv"
    with open(dest, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(traced[0]) if traced else ["article"], delimiter="\t",
                           lineterminator="\n")
        w.writeheader()
        w.writerows(traced)
    print(f"rows: {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
