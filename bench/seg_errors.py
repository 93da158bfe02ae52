"""Where does ``mtqa compare``'s default order get a human pairwise judgement wrong, and what told the judge?

Issue 13 asks the segment score to agree with >= 0.66 of the human pairwise judgements; the default order's segment
score (the quality term, A609/A610 and the consensus term, per word) agrees with about 0.61 of WMT13's. Before
building anything, this script reads the pairs it gets wrong: it draws ``--sample`` of them (a fixed seed, WMT13 by
default) and, for every judged pair, measures what differs between the judge's winner and loser along the signals a
reference-free checker could read:

* ``length``: the winner's word count against the loser's, and which of the two lies nearer the length human
  translators give the source (the quality model's length centre);
* ``untranslated``: lower-case target words a French reader would know and an English one would not
  (``foreign``: Zipf < 3 in English and >= 3 in French) or copied from the source;
* ``recall`` / ``precision``: the lexical model's coverage of the source and of the target (the adequacy
  alignment, mtqa/meaning/align.py); ``ibm1``: its mean best log p(e|f);
* ``fluency``: the English class model's context gain and worst step, and the word-pair features
  (mtqa/scoring/quality.py, bigrams.py), summed into the learned utility;
* ``issues``: the MQM penalty per word with A609/A610; ``consensus``: the mean chrF against the other systems.

For each signal it prints, over the sampled wrong pairs, over all wrong pairs and over all pairs, how often the
signal differs by more than its dead band and, where it differs, how often it sides with the judge: a signal
that sides with the judge on the wrong pairs *and* on all pairs is one the order under-weighs; one that sides
with the judge on the wrong pairs only is the order's own errors mirrored (every signal the order reads sides
against the judge there by construction). Each sampled pair is also given one primary label, the first
difference in this order that exists: near-identical outputs (character edit share < 0.1), untranslated words,
a source content word lost (recall differs by 0.15+), length (20 %+ apart), fluency (utility 1+ apart), else
"lexical choice / other". The sample goes to ``bench/out/seg_errors.TAG.tsv`` for reading.

It reads the caches of ``bench/meaning.py --tag TAG`` (run that first) and the quality-feature caches of
``bench/seg_candidates.py`` (built here when missing).

With ``--abstain YEARS`` it measures instead what leaving the closest calls tied buys (issue 13 asks for >= 90 %
of the pairs separated, not all): the band under which the default order's segment scores of two translations count
as equal is chosen on ``--year`` (the widest that still separates ``--coverage`` of its pairs) and applied unchanged
to the other years; beside it, pairs whose two outputs are near-identical (character edit share under 0.1, the
breakdown's first label) are left tied.

Usage: .venv/bin/python bench/seg_errors.py --tag TAG [--year 13] [--sample 100] [--seed 77]
       [--abstain 12,13,14 [--coverage 0.9]]
"""
from __future__ import annotations

import argparse
import collections
import csv
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import meaning as M  # noqa: E402

WORD = re.compile(r"[^\W\d_]+")

SIGNALS = {
    # name: (how to read one side's features, dead band, +1 when higher is better / -1 when lower is)
    "longer": (lambda f: f["words"], 0.5, +1),
    "length_fit": (lambda f: f["length"], 0.05, -1),
    "untranslated": (lambda f: f["untranslated"], 0.5, -1),
    "recall": (lambda f: f["recall"], 0.05, +1),
    "precision": (lambda f: f["precision"], 0.05, +1),
    "ibm1": (lambda f: f["ibm1"], 0.1, +1),
    "fluency_context": (lambda f: f["context"], 0.1, +1),
    "fluency_worst": (lambda f: f["worst"], 0.1, +1),
    "utility": (lambda f: f["utility"], 0.25, +1),
    "issues": (lambda f: f["penalty_per_word"], 1e-9, -1),
    "consensus": (lambda f: f["consensus"], 0.01, +1),
}
"""The signals of the breakdown. A dead band keeps rounding noise from counting as a difference."""

LABELS = ("near-identical", "untranslated words", "source content lost", "length", "fluency",
          "lexical choice / other")


def side(signal: str, winner: dict, loser: dict) -> int:
    """+1 when ``signal`` favours the judge's winner, -1 the loser, 0 when they differ by less than its dead band."""
    read, band, sign = SIGNALS[signal]
    d = (read(winner) - read(loser)) * sign
    return 0 if abs(d) <= band else (1 if d > 0 else -1)


def edit_share(a: str, b: str) -> float:
    """Character edit distance over the longer text: how different two outputs look to a reader."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b) / max(len(a), len(b), 1)


def primary_label(winner: dict, loser: dict, edit: float) -> str:
    """The first difference of LABELS's order two outputs show (the breakdown's one label per pair)."""
    if edit < 0.1:
        return LABELS[0]
    if winner["untranslated"] != loser["untranslated"]:
        return LABELS[1]
    if abs(winner["recall"] - loser["recall"]) >= 0.15:
        return LABELS[2]
    if abs(winner["words"] - loser["words"]) >= 0.2 * max(winner["words"], loser["words"], 1):
        return LABELS[3]
    if abs(winner["utility"] - loser["utility"]) >= 1.0:
        return LABELS[4]
    return LABELS[5]


def untranslated(target: str, source: str, en, fr) -> int:
    """Lower-case target words (3+ letters) that English seldom writes (English Zipf below 3) and that either read
    as French (French Zipf at least 3 and a point above the English one: « quartier ») or copy a word of the
    source (« médiathèque »). A copy English writes often ("budget", "police") is a shared word, not a word left
    untranslated; a capitalised word is a name's and never counted."""
    src = {w.lower() for w in WORD.findall(source)}
    n = 0
    for w in WORD.findall(target):
        if not (w.islower() and len(w) > 2):
            continue
        z = en.zipf(w)
        if z < 3 and (fr.zipf(w) >= max(3.0, z + 1) or w in src):
            n += 1
    return n


def segment_signals(source: str, target: str, centre: float, en, fr) -> dict:
    """The per-output values the signals read (quality features unscaled, adequacy alignment, counts)."""
    from mtqa.scoring.quality import features

    x = features(source, target, "fr", "en", centre) or {}
    return {"words": len(target.split()), "length": x.get("length", 0.0),
            "untranslated": untranslated(target, source, en, fr),
            "recall": x.get("adq_recall", 1.0), "precision": x.get("adq_precision", 1.0),
            "ibm1": x.get("adq_ibm1", 0.0), "context": x.get("context", 0.0), "worst": x.get("worst", 0.0)}


def order_scores(files: dict, year: str, out_dir: Path, names: list[str]) -> tuple[dict, dict, dict, dict]:
    """The default order's segment score by system and line (as bench/meaning.py's "after" row computes it),
    with the utilities, the penalties per word (A609/A610 in) and the plain consensus the breakdown reads."""
    from mtqa.config import Config

    weight, agree = Config().rank_quality_weight, Config().rank_consensus_weight
    src = M.read_lines(files["src"])
    caches = {f"wmt{year}.{n}": out_dir / f"wmt{year}.{n}.tsv" for n in files["systems"]}
    cross, _, _ = M.year_cross(files)
    best_first = M.quality_order(files, caches, year, out_dir, weight, cross)
    term, _ = M.year_consensus(files, best_first=best_first)
    plain, _ = M.year_consensus(files)
    util, score, ppw = {}, {}, {}
    for n in names:
        util[n] = M.cached_utilities(out_dir, f"wmt{year}.{n}", src, M.read_lines(files["systems"][n]))
        rows = M.with_cross(M.load_rows(caches[f"wmt{year}.{n}"]), cross[n])
        score[n] = M.scored(rows, 0.0, weight, util[n], agree, term[n])[1]
        ppw[n] = {r["line"]: r["penalty"] / max(r["words"], 1) for r in rows}
    cons = {n: {line: v for line, (v, _) in plain[n].items()} for n in names}
    return score, util, ppw, cons


def tally(pairs: list[tuple[dict, dict]]) -> dict[str, tuple[float, float]]:
    """Per signal: (share of pairs it separates, share of those where it sides with the judge)."""
    out = {}
    for s in SIGNALS:
        sides = [side(s, w, l) for w, l in pairs]
        moved = [x for x in sides if x]
        out[s] = (len(moved) / max(len(sides), 1), sum(x > 0 for x in moved) / max(len(moved), 1))
    return out


def band_for(margins: list[float], coverage: float) -> float:
    """The widest band b such that pairs with |margin| > b are still ``coverage`` of all (0 when none is)."""
    ranked = sorted((abs(m) for m in margins), reverse=True)
    keep = int(coverage * len(ranked))
    return ranked[keep - 1] * (1 - 1e-9) if 0 < keep <= len(ranked) and ranked[keep - 1] > 0 else 0.0


def separated(margins: list[float], band: float) -> tuple[float, float]:
    """(share of pairs with |margin| > band, share of those the margin gets right)."""
    moved = [m for m in margins if abs(m) > band and abs(m) > 1e-12]
    return len(moved) / max(len(margins), 1), sum(m > 0 for m in moved) / max(len(moved), 1)


def abstain_report(data: Path, out_dir: Path, years: list[str], calibrate: str, coverage: float) -> None:
    """Coverage and accuracy of the default order's segment score with the closest calls left tied."""
    margins, edits = {}, {}
    for y in years:
        files, _win, judgements, names, _src = M.judged_year(data, y)
        score = order_scores(files, y, out_dir, names)[0]
        outs = {n: M.read_lines(files["systems"][n]) for n in names}
        valued = [(line, b, w) for line, b, w in judgements if line in score[b] and line in score[w]]
        margins[y] = [score[b][line] - score[w][line] for line, b, w in valued]
        edits[y] = [edit_share(outs[b][line - 1], outs[w][line - 1]) for line, b, w in valued]
    band = band_for(margins[calibrate], coverage)
    print(f"band chosen on WMT{calibrate} for {coverage:.0%} of its pairs separated: {band:.3g} (score per word)")
    print("| rule | " + " | ".join(f"WMT{y} separated / accuracy" for y in years) + " |")
    print("|---|" + "---|" * len(years))
    rules = (("every pair (today)", lambda y: margins[y]),
             (f"closer than the band left tied", lambda y: [m if abs(m) > band else 0.0 for m in margins[y]]),
             ("near-identical outputs (edit share < 0.1) left tied",
              lambda y: [m if e >= 0.1 else 0.0 for m, e in zip(margins[y], edits[y])]))
    for label, rule in rules:
        print(f"| {label} | " + " | ".join("{:.1%} / {:.3f}".format(*separated(rule(y), 0.0)) for y in years) + " |")
    for y in years:
        near = [m for m, e in zip(margins[y], edits[y]) if e < 0.1]
        print(f"WMT{y}: near-identical pairs {len(near) / max(len(margins[y]), 1):.1%}, "
              "the order's accuracy on them {1[1]:.3f}".format(None, separated(near, 0.0)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(M.DEFAULT_DATA))
    ap.add_argument("--tag", required=True, help="the --tag of the bench/meaning.py run whose caches to read")
    ap.add_argument("--year", default="13", type=lambda t: M.year_list(t)[0])
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=77)
    ap.add_argument("--abstain", type=M.year_list, default=None, metavar="YEARS")
    ap.add_argument("--coverage", type=float, default=0.9)
    args = ap.parse_args()
    out_dir = M.OUT / args.tag
    if not (Path(args.data) / "wmt13-fren").is_dir():
        M.refuse(f"bench: WMT data not found under {args.data} (pass --data)")
    years = [args.year, *(y for y in args.abstain or () if y != args.year)]
    for y in years:
        if not all((out_dir / f"wmt{y}.{n}.tsv").exists() for n in M.year_files(Path(args.data), y)["systems"]):
            M.refuse(f"bench: no cached runs of WMT{y} under {out_dir} (run bench/meaning.py --tag {args.tag} first)")
    if args.abstain:
        abstain_report(Path(args.data), out_dir, years, args.year, args.coverage)
        return
    files, _win, judgements, names, src = M.judged_year(Path(args.data), args.year)
    score, util, ppw, cons = order_scores(files, args.year, out_dir, names)
    outs = {n: M.read_lines(files["systems"][n]) for n in names}
    from mtqa.langs import language
    from mtqa.scoring.quality import quality_model

    en, fr, centre = language("en"), language("fr"), quality_model("fr", "en").length_centre
    memo: dict[tuple[str, int], dict] = {}

    def sig(n: str, line: int) -> dict:
        key = (n, line)
        if key not in memo:
            memo[key] = {**segment_signals(src[line - 1], outs[n][line - 1], centre, en, fr),
                         "utility": util[n].get(line, 0.0), "penalty_per_word": ppw[n].get(line, 0.0),
                         "consensus": cons[n].get(line, 0.0)}
        return memo[key]

    valued = [(line, b, w) for line, b, w in judgements if line in score[b] and line in score[w]]
    wrong = [j for j in valued if score[j[1]][j[0]] < score[j[2]][j[0]] - 1e-12]
    right = sum(score[b][line] > score[w][line] + 1e-12 for line, b, w in valued)
    print(f"WMT{args.year}: {len(valued)} judged pairs valued; the default order's segment score gets "
          f"{right} right, {len(wrong)} wrong, {len(valued) - right - len(wrong)} tied")
    sample = random.Random(args.seed).sample(wrong, min(args.sample, len(wrong)))
    pick = [(sig(b, line), sig(w, line)) for line, b, w in sample]
    t0 = tally(pick)
    t1 = tally([(sig(b, line), sig(w, line)) for line, b, w in wrong])
    t2 = tally([(sig(b, line), sig(w, line)) for line, b, w in valued])
    print(f"\nsignal: share of pairs it separates / share of those where it sides with the judge's winner")
    print(f"| signal | sampled wrong ({len(pick)}) | all wrong ({len(wrong)}) | all pairs ({len(valued)}) |")
    print("|---|---|---|---|")
    for s in SIGNALS:
        print(f"| {s} | " + " | ".join(f"{t[s][0]:.0%} / {t[s][1]:.2f}" for t in (t0, t1, t2)) + " |")
    labels = collections.Counter()
    path = ROOT / "bench" / "out" / f"seg_errors.{args.tag}.tsv"  # --tag is required
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t")
        out.writerow(["line", "label", "winner", "loser", *SIGNALS, "source", "winner_text", "loser_text"])
        for (line, b, w), (a, z) in zip(sample, pick):
            label = primary_label(a, z, edit_share(outs[b][line - 1], outs[w][line - 1]))
            labels[label] += 1
            out.writerow([line, label, b, w, *(side(s, a, z) for s in SIGNALS), src[line - 1],
                          outs[b][line - 1], outs[w][line - 1]])
    print(f"\nprimary difference of the {len(pick)} sampled wrong pairs (first that exists, in this order):")
    for label in LABELS:
        print(f"  {label}: {labels[label]}")
    print(f"sample written to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
