"""Measure the aligner on real French/English news where the truth is known.

WMT newstest sets are line-aligned French/English with document ids. Each
document is turned into a source and a target :class:`Document` whose
segmentation has been disturbed at random (target sentences merged -> 2-1,
source sentences merged -> 1-2, target sentences dropped -> 1-0, source
sentences dropped -> 0-1), so the true links are known exactly. The script
runs :func:`mtqa.align.align_documents` and reports precision/recall/F1 over
links and over the sentence pairs they imply, per bead type, plus timing.

    .venv/bin/python bench/align_eval.py [--data ../shared/data] [--seed 1]
    .venv/bin/python bench/align_eval.py --estimate   # length-model constants

The data lives outside the repository and is read in place, never copied.
"""
from __future__ import annotations

import argparse
import csv
import math
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mtqa.align import align_documents, align_sequences  # noqa: E402
from mtqa.align.anchors import anchor_overlap  # noqa: E402
from mtqa.model import Document, Link, Role, Segment  # noqa: E402

# Evaluation sets: (label, folder, file stem). Both have document ids.
EVAL_SETS = [
    ("newstest2014", "wmt14-fren", "newstest2014.fr-en"),
    ("newstest2013", "wmt13-fren", "newstest2013.fr-en"),
]
# Development set, used to tune the aligner's weights (--sets dev).
DEV_SETS = [("newstest2012", "wmt12-fren", "newstest2012.fr-en")]
# Held-out sets for the length constants (no document ids needed).
ESTIMATE_SETS = ["news-test2008", "newssyscomb2009", "newstest2009", "newstest2010",
                 "newstest2011", "newstest2012"]
KINDS = ["1-1", "2-1", "1-2", "1-0", "0-1", "n-m"]


@dataclass
class Rates:
    """Per-sentence probabilities of each disturbance."""

    merge_tgt: float = 0.10
    merge_src: float = 0.05
    drop_tgt: float = 0.03
    drop_src: float = 0.03


@dataclass
class Case:
    doc_id: str
    source: Document
    target: Document
    truth: list[Link]


@dataclass
class Tally:
    """Link- and pair-level counts, overall and per bead type."""

    link_tp: int = 0
    link_pred: int = 0
    link_true: int = 0
    pair_tp: int = 0
    pair_pred: int = 0
    pair_true: int = 0
    true_by_kind: Counter = field(default_factory=Counter)
    hit_by_true_kind: Counter = field(default_factory=Counter)
    pred_by_kind: Counter = field(default_factory=Counter)
    hit_by_pred_kind: Counter = field(default_factory=Counter)
    conf_right: list = field(default_factory=list)
    conf_wrong: list = field(default_factory=list)
    seconds: list = field(default_factory=list)
    segments: list = field(default_factory=list)
    docs: int = 0


def read_lines(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh]


def load_documents(data: Path, folder: str, stem: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(doc_id, [(fr, en), ...])] in file order."""
    base = data / folder
    fr = read_lines(base / f"{stem}.src.fr")
    en = read_lines(base / f"{stem}.ref.en")
    docs: dict[str, list[tuple[str, str]]] = {}
    with (base / f"{stem}.docs.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            line = int(row["line"]) - 1
            docs.setdefault(row["docid"], []).append((fr[line].strip(), en[line].strip()))
    return list(docs.items())


def synthesise(doc_id: str, pairs: list[tuple[str, str]], rng: random.Random, rates: Rates,
               paragraphs: str = "mirror") -> Case:
    """Disturb one document's segmentation; return both sides and the true links.

    ``paragraphs`` says how the target is paragraphed: "mirror" (as the
    source), "flat" (one block) or "shifted" (as the source, but each
    boundary moved by one sentence with probability 0.3).
    """
    # units: (source texts, target texts, paragraph); merged texts are joined.
    units: list[tuple[list[str], list[str], int]] = []
    body = pairs[1:]
    pos, par = 0, 1
    while pos < len(body):
        group = body[pos:pos + rng.randint(1, 4)]
        pos += len(group)
        k = 0
        while k < len(group):
            fr, en = group[k]
            roll = rng.random()
            can_merge = k + 1 < len(group)
            cut = rates.merge_tgt
            if roll < cut and can_merge:
                fr2, en2 = group[k + 1]
                units.append(([fr, fr2], [f"{en} {en2}"], par))
                k += 2
                continue
            cut += rates.merge_src
            if roll < cut and can_merge:
                fr2, en2 = group[k + 1]
                units.append(([f"{fr} {fr2}"], [en, en2], par))
                k += 2
                continue
            cut += rates.drop_tgt
            if roll < cut:
                units.append(([fr], [], par))
            elif roll < cut + rates.drop_src:
                units.append(([], [en], par))
            else:
                units.append(([fr], [en], par))
            k += 1
        par += 1

    head_fr, head_en = pairs[0]
    src = [Segment(0, head_fr, Role.HEADLINE, 0)]
    tgt = [Segment(0, head_en, Role.HEADLINE, 0)]
    truth = [Link((0,), (0,))]
    for fr_texts, en_texts, p in units:
        s_idx = tuple(range(len(src), len(src) + len(fr_texts)))
        t_idx = tuple(range(len(tgt), len(tgt) + len(en_texts)))
        src.extend(Segment(i, t, Role.BODY, p) for i, t in zip(s_idx, fr_texts))
        tgt.extend(Segment(i, t, Role.BODY, 1 if paragraphs == "flat" else p)
                   for i, t in zip(t_idx, en_texts))
        truth.append(Link(s_idx, t_idx))
    if paragraphs == "shifted":
        tgt = _shift_boundaries(tgt, rng)
    return Case(doc_id,
                Document(doc_id, None, "fr", src),
                Document(doc_id, None, "en", tgt),
                truth)


def _shift_boundaries(segments: list[Segment], rng: random.Random) -> list[Segment]:
    """Move some paragraph boundaries of the body by one segment either way."""
    pars = [s.paragraph for s in segments]
    for k in range(2, len(pars)):
        if pars[k] != pars[k - 1] and pars[k - 1] != 0 and rng.random() < 0.3:
            if rng.random() < 0.5 and k + 1 < len(pars) and pars[k + 1] == pars[k]:
                pars[k] = pars[k - 1]          # first of the next paragraph moves back
            elif k - 2 >= 0 and pars[k - 2] == pars[k - 1]:
                pars[k - 1] = pars[k]          # last of the previous one moves on
    return [Segment(s.index, s.text, s.role, p) for s, p in zip(segments, pars)]


def _pairs(links: list[Link]) -> set:
    """Sentence pairs implied by links; unmatched segments pair with None."""
    out = set()
    for link in links:
        for s in link.source or (None,):
            for t in link.target or (None,):
                out.add((s, t))
    return out


def check_cover(case: Case, links: list[Link]) -> None:
    """Every segment in exactly one link, links non-empty and monotonic."""
    src = [i for l in links for i in l.source]
    tgt = [j for l in links for j in l.target]
    assert sorted(src) == [s.index for s in case.source.segments], case.doc_id
    assert sorted(tgt) == [t.index for t in case.target.segments], case.doc_id
    assert src == sorted(src) and tgt == sorted(tgt), case.doc_id
    assert all(l.source or l.target for l in links), case.doc_id


def score(case: Case, links: list[Link], tally: Tally) -> None:
    truth = {(l.source, l.target): l.kind.value for l in case.truth}
    pred = {(l.source, l.target): l for l in links}
    tally.docs += 1
    tally.link_true += len(truth)
    tally.link_pred += len(pred)
    for key, kind in truth.items():
        tally.true_by_kind[kind] += 1
        if key in pred:
            tally.hit_by_true_kind[kind] += 1
    for key, link in pred.items():
        kind = link.kind.value
        tally.pred_by_kind[kind] += 1
        if key in truth:
            tally.link_tp += 1
            tally.hit_by_pred_kind[kind] += 1
            tally.conf_right.append(link.confidence)
        else:
            tally.conf_wrong.append(link.confidence)
    true_pairs, pred_pairs = _pairs(case.truth), _pairs(links)
    tally.pair_true += len(true_pairs)
    tally.pair_pred += len(pred_pairs)
    tally.pair_tp += len(true_pairs & pred_pairs)


def prf(tp: int, pred: int, true: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 1.0
    r = tp / true if true else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(label: str, t: Tally) -> None:
    print(f"\n== {label}: {t.docs} documents, {sum(t.segments)} segments ==")
    print(f"{'unit':<14}{'P':>7}{'R':>7}{'F1':>7}{'true':>8}{'pred':>8}")
    for name, (tp, pred, true) in (("links", (t.link_tp, t.link_pred, t.link_true)),
                                   ("sentence pairs", (t.pair_tp, t.pair_pred, t.pair_true))):
        p, r, f = prf(tp, pred, true)
        print(f"{name:<14}{p:7.3f}{r:7.3f}{f:7.3f}{true:8d}{pred:8d}")
    for kind in KINDS:
        true, pred = t.true_by_kind[kind], t.pred_by_kind[kind]
        if not true and not pred:
            continue
        p = t.hit_by_pred_kind[kind] / pred if pred else float("nan")
        r = t.hit_by_true_kind[kind] / true if true else float("nan")
        f = 2 * p * r / (p + r) if pred and true and p + r else float("nan")
        print(f"{'  link ' + kind:<14}{p:7.3f}{r:7.3f}{f:7.3f}{true:8d}{pred:8d}")
    ms = [s * 1000 for s in t.seconds]
    print(f"time/doc: mean {statistics.mean(ms):.1f} ms, median {statistics.median(ms):.1f} ms, "
          f"max {max(ms):.1f} ms (largest doc {max(t.segments)} segments)")
    if t.conf_wrong:
        print(f"confidence: correct links mean {statistics.mean(t.conf_right):.3f}, "
              f"wrong links mean {statistics.mean(t.conf_wrong):.3f} "
              f"({sum(c < 0.5 for c in t.conf_wrong)}/{len(t.conf_wrong)} wrong below 0.5, "
              f"{sum(c < 0.5 for c in t.conf_right)}/{len(t.conf_right)} correct below 0.5)")


def run_eval(cases: list[Case], *tallies: Tally) -> None:
    """Align each case once, scoring it into every given tally."""
    for case in cases:
        start = time.perf_counter()
        links = align_documents(case.source, case.target)
        seconds = time.perf_counter() - start
        check_cover(case, links)
        for tally in tallies:
            tally.seconds.append(seconds)
            tally.segments.append(len(case.source.segments) + len(case.target.segments))
            score(case, links, tally)


def long_documents(docs, rng: random.Random, rates: Rates, size: int) -> list[Case]:
    """Concatenate consecutive documents into long ones (stress test for the band)."""
    out = []
    for start in range(0, len(docs) - size + 1, size):
        pairs = [p for _, d in docs[start:start + size] for p in d]
        out.append(synthesise(f"long{start}", pairs, rng, rates))
    return out


def estimate(data: Path) -> None:
    """Print the Gale–Church constants c and s2 measured on parallel sentences."""
    def measure(pairs: list[tuple[str, str]]) -> tuple[int, float, float]:
        ls = [(len(a), len(b)) for a, b in pairs if a and b]
        c = sum(b for _, b in ls) / sum(a for a, _ in ls)
        s2 = sum((b - c * a) ** 2 for a, b in ls) / sum(a for a, _ in ls)
        return len(ls), c, s2

    def match_rates(pairs: list[tuple[str, str]]) -> tuple[float, float]:
        hit = total = stem_hit = stem_total = 0
        for a, b in pairs:
            o = anchor_overlap(a, b)
            hit, total = hit + 2 * o.matched, total + o.total
            stem_hit, stem_total = stem_hit + 2 * o.stems_matched, stem_total + o.stems_total
        return hit / total, stem_hit / stem_total

    held = data / "newstest-fren-2008-2015"
    pairs = []
    for name in ESTIMATE_SETS:
        fr, en = read_lines(held / f"{name}.fr"), read_lines(held / f"{name}.en")
        pairs.extend((a.strip(), b.strip()) for a, b in zip(fr, en) if a.strip() and b.strip())
    n, c, s2 = measure(pairs)
    print(f"held-out {'+'.join(ESTIMATE_SETS)}: {n} pairs, c = {c:.3f}, s2 = {s2:.2f}")
    right = match_rates(pairs)
    wrong = match_rates([(a, b) for (a, _), (_, b) in zip(pairs, pairs[1:])])
    for label, r, w in (("anchors", right[0], wrong[0]), ("stems", right[1], wrong[1])):
        print(f"  {label}: matched in true pairs {r:.3f}, in neighbour pairs {w:.3f} -> "
              f"{math.log(r / w):+.2f} nats per match, {math.log((1 - r) / (1 - w)):+.2f} per miss")
    for label, folder, stem in EVAL_SETS:
        base = data / folder
        fr, en = read_lines(base / f"{stem}.src.fr"), read_lines(base / f"{stem}.ref.en")
        n, c, s2 = measure([(a.strip(), b.strip()) for a, b in zip(fr, en)])
        print(f"{label}: {n} pairs, c = {c:.3f}, s2 = {s2:.2f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(REPO.parent / "shared" / "data"),
                    help="folder holding wmt14-fren/ and wmt13-fren/ (default: ../shared/data)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--merge-tgt", type=float, default=Rates.merge_tgt)
    ap.add_argument("--merge-src", type=float, default=Rates.merge_src)
    ap.add_argument("--drop-tgt", type=float, default=Rates.drop_tgt)
    ap.add_argument("--drop-src", type=float, default=Rates.drop_src)
    ap.add_argument("--max-docs", type=int, default=0, help="per set; 0 = all")
    ap.add_argument("--long", type=int, default=20,
                    help="also align documents made of this many concatenated documents (0 = skip)")
    ap.add_argument("--estimate", action="store_true", help="print length constants and exit")
    ap.add_argument("--sets", choices=("test", "dev"), default="test",
                    help="test: newstest2014+2013 (default); dev: newstest2012, used for tuning")
    args = ap.parse_args(argv)

    data = Path(args.data)
    if not (data / "wmt14-fren").is_dir():
        print(f"align_eval: data folder {data} not found (expected {data}/wmt14-fren/); "
              f"pass --data /path/to/shared/data", file=sys.stderr)
        return 2
    if args.estimate:
        estimate(data)
        return 0

    rates = Rates(args.merge_tgt, args.merge_src, args.drop_tgt, args.drop_src)
    print(f"seed {args.seed}; rates: merge target {rates.merge_tgt}, merge source {rates.merge_src}, "
          f"drop target {rates.drop_tgt}, drop source {rates.drop_src}")
    modes = ("mirror", "flat", "shifted")
    overall = {mode: Tally() for mode in modes}
    all_docs = []
    for label, folder, stem in (EVAL_SETS if args.sets == "test" else DEV_SETS):
        if not (data / folder / f"{stem}.docs.tsv").is_file():
            print(f"(skipping {label}: no document ids in {data / folder})")
            continue
        docs = load_documents(data, folder, stem)
        if args.max_docs:
            docs = docs[:args.max_docs]
        all_docs.append((label, docs))
        for mode in modes:
            rng = random.Random(f"{args.seed}:{label}:{mode}")
            cases = [synthesise(d, p, rng, rates, mode) for d, p in docs]
            tally = Tally()
            run_eval(cases, tally, overall[mode])
            report(f"{label}, target paragraphs {mode}", tally)
    for mode, tally in overall.items():
        report(f"ALL, target paragraphs {mode}", tally)

    if args.long:
        rng = random.Random(f"{args.seed}:long")
        cases = [c for _, docs in all_docs for c in long_documents(docs, rng, rates, args.long)]
        tally = Tally()
        run_eval(cases, tally)
        report(f"long documents ({args.long} concatenated)", tally)
        # One flat sequence DP over the longest body: the band is what keeps this fast.
        case = max(cases, key=lambda c: len(c.source.segments))
        src = [s.text for s in case.source.segments]
        tgt = [t.text for t in case.target.segments]
        start = time.perf_counter()
        align_sequences(src, tgt)
        print(f"align_sequences over {len(src)} x {len(tgt)} sentences, no paragraphs: "
              f"{time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
