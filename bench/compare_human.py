"""Does mtqa rank the WMT14 fr-en systems the way human judges did?

Runs ``mtqa compare`` logic over the 8 WMT14 system outputs (jsonl with the
French source and the human reference on every record, written by
``bench/wmt14.py``), computes each system's human win rate from the unrolled
pairwise judgements (``human_pairwise_preferences.tsv``: share of the pairwise
comparisons it took part in that it won; ties were dropped upstream), and
prints the table with Kendall's tau between the human ranking and each of
mtqa's measures (MQM score over all words, mean document score, issues per
100 segments) and, as a yardstick, sacrebleu's BLEU/chrF/TER. With 8 systems
the exact permutation p-value is computed by enumerating all 40,320 orders.

It also scores the judged segments one by one: for each human preference
between two systems on a segment, is mtqa's penalty lower for the preferred
system (concordant), higher (discordant), or equal (tie, the common case for
a defect checker)? WMT's segment-level tau is (C - D) / (C + D).

Finally it renders each system's full HTML report (3,003 segments each) to
``bench/out/html/`` and reports the rendering time.

Usage: ``.venv/bin/python bench/compare_human.py [--data DIR] [--no-html]``
"""
from __future__ import annotations

import argparse
import csv
import itertools
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import wmt14  # noqa: E402  (bench/wmt14.py)

from mtqa.checks.cross_system import CrossPool  # noqa: E402
from mtqa.compare import (ConsensusEntries, SystemStats, agree, consensus_estimate, cross_check, evaluate, place,  # noqa: E402
                          quality_estimate)
from mtqa.scoring.consensus import RunConsensus  # noqa: E402
from mtqa.renderers.comparison import write_csv, write_html  # noqa: E402
from mtqa.config import Config  # noqa: E402
from mtqa.context import Context  # noqa: E402
from mtqa.renderers.base import RunInfo, render  # noqa: E402
from mtqa.renderers.html_report import HtmlRenderer  # noqa: E402


def human_win_rates(tsv: Path) -> tuple[dict[str, float], dict[str, int], list[tuple[int, str, str]]]:
    """Win rate and number of comparisons per system (short names), and the raw judgements."""
    wins, total = Counter(), Counter()
    judgements = []
    with open(tsv, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            better, worse = short(row["better_system"]), short(row["worse_system"])
            wins[better] += 1
            total[better] += 1
            total[worse] += 1
            judgements.append((int(row["seg_line"]), better, worse))
    return {s: wins[s] / total[s] for s in total}, dict(total), judgements


def short(system: str) -> str:
    """``kit.3112`` -> ``kit`` (the WMT submission id is dropped)."""
    return system.rsplit(".", 1)[0] if system.rsplit(".", 1)[-1].isdigit() else system


def kendall_tau_b(x: list[float], y: list[float]) -> float:
    """Kendall's tau-b (ties in either ranking handled)."""
    conc = disc = tx = ty = 0
    for i, j in itertools.combinations(range(len(x)), 2):
        dx = (x[i] > x[j]) - (x[i] < x[j])
        dy = (y[i] > y[j]) - (y[i] < y[j])
        if dx == 0 and dy == 0:
            continue
        if dx == 0:
            tx += 1
        elif dy == 0:
            ty += 1
        elif dx == dy:
            conc += 1
        else:
            disc += 1
    denom = math.sqrt((conc + disc + tx) * (conc + disc + ty))
    return (conc - disc) / denom if denom else 0.0


def exact_p(x: list[float], y: list[float]) -> float:
    """Two-sided permutation p-value of tau-b: share of orders of y at least as extreme."""
    observed = abs(kendall_tau_b(x, y))
    hits = n = 0
    for perm in itertools.permutations(y):
        n += 1
        hits += abs(kendall_tau_b(x, list(perm))) >= observed - 1e-12
    return hits / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="folder holding wmt14-fren/ (default ../shared/data)")
    ap.add_argument("--no-html", action="store_true", help="skip rendering the per-system HTML reports")
    ap.add_argument("--ignore", default="", metavar="CODES",
                    help="comma-separated codes or prefixes left out, as mtqa compare --ignore (A609,A610: "
                         "the scores of mtqa check alone)")
    args = ap.parse_args()
    wmt = wmt14.data_dir(args.data)
    systems = {name: path for name, path in wmt14.systems(wmt).items() if name != "reference"}
    win_rate, comparisons, judgements = human_win_rates(wmt / "human_pairwise_preferences.tsv")

    conf = Config(ignore=tuple(c.strip() for c in args.ignore.split(",") if c.strip()))
    ctx = Context(conf)
    info = RunInfo(conf, [c.code for c in ctx.checks])
    weights = conf.weights
    out_dir = ROOT / "bench" / "out"
    html_dir = out_dir / "html"
    html_dir.mkdir(parents=True, exist_ok=True)

    stats: list[SystemStats] = []
    agreement = RunConsensus()
    cross = CrossPool()  # the cross-system checks (A609, A610), as mtqa compare runs them
    by_doc: list[ConsensusEntries] = []  # per system, by its place in stats, as mtqa compare keeps them
    seg_penalty: dict[str, dict[int, float]] = {}
    html_seconds = 0.0
    check_seconds = 0.0
    estimate = quality_estimate(ctx)
    for name, target in systems.items():
        path = wmt14.write_jsonl(wmt, name, target, with_reference=True)
        results = []
        penalties: dict[int, float] = defaultdict(float)

        by_doc.append(ConsensusEntries())

        def keep(result, penalties=penalties, results=results, name=name, place=len(stats)):
            by_doc[place].append(agreement.add(place, result))  # by place, as compare's consensus pool
            cross.add(place, result)  # cross_check finds the system by its place in stats
            for issue in result.issues:
                penalties[issue.line] += weights[issue.severity.value]
            if not args.no_html:
                results.append(result)

        t0 = time.perf_counter()
        stats.append(evaluate(str(path), name, ctx, on_result=keep, estimate=estimate))
        check_seconds += time.perf_counter() - t0
        seg_penalty[name] = penalties
        if not args.no_html:
            t0 = time.perf_counter()
            with open(html_dir / f"wmt14.{name}.html", "w", encoding="utf-8") as f:
                render(HtmlRenderer(f, RunInfo(conf, info.codes, target=str(path.relative_to(ROOT)))), results)
            html_seconds += time.perf_counter() - t0
        print(f"  checked {name}", file=sys.stderr)

    t0 = time.process_time()
    if estimate is not None and conf.rank_consensus_weight:  # the consensus term of the default order, as compare
        consensus_estimate(stats, agreement, by_doc, conf.rank_consensus_weight)
    cross_check(stats, cross, ctx)
    agree(stats, agreement, by_doc, conf.consensus_weight)
    place(stats, "both")
    both = {s.name: s.rank for s in stats}
    place(stats, "quality")
    consensus_seconds = time.process_time() - t0
    with open(out_dir / "compare_human.csv", "w", encoding="utf-8", newline="") as f:
        write_csv(stats, f)
    with open(out_dir / "compare_human.html", "w", encoding="utf-8") as f:
        write_html(stats, f, info.signature)

    names = [s.name for s in stats]
    human = [win_rate[n] for n in names]
    measures = {
        "mtqa score (MQM, all words)": [s.score for s in stats],
        "mtqa mean document score": [s.mean_score for s in stats],
        "mtqa issues per 100 segments (fewer = better)": [-s.per_100(s.issues) for s in stats],
        "mtqa consensus (chrF vs the other systems)": [s.consensus for s in stats],
        "mtqa compare order (--rank-by both, default before)": [-both[s.name] for s in stats],
        "mtqa mean document score with the quality (+ consensus) term": [s.mean_estimate for s in stats],
        "mtqa compare order (--rank-by quality, default)": [-s.rank for s in stats],
        "BLEU": [s.metrics.get("bleu") for s in stats],
        "chrF": [s.metrics.get("chrf") for s in stats],
        "TER (lower = better)": [-s.metrics.get("ter") for s in stats],
    }

    human_rank = {n: k for k, n in enumerate(sorted(names, key=lambda n: -win_rate[n]), 1)}
    mtqa_rank = {s.name: k for k, s in enumerate(sorted(stats, key=lambda s: -s.score), 1)}
    print(f"\nWMT14 fr-en newstest2014, 8 systems x {stats[0].segments} segments; {len(judgements)} human pairwise judgements")
    head = f"{'system':<21}{'human win':>10}{'h.rank':>7}{'mtqa':>8}{'m.rank':>7}{'mean doc':>9}{'issues':>8}{'/100seg':>8}" \
           f"{'crit':>6}{'major':>6}{'minor':>6}{'BLEU':>7}{'chrF':>7}{'TER':>7}"
    print(head)
    for s in sorted(stats, key=lambda s: human_rank[s.name]):
        print(f"{s.name:<21}{win_rate[s.name]:>10.3f}{human_rank[s.name]:>7}{s.score:>8.2f}{mtqa_rank[s.name]:>7}"
              f"{s.mean_score:>9.2f}{s.issues:>8}{s.per_100(s.issues):>8.1f}"
              f"{s.by_severity.get('critical', 0):>6}{s.by_severity.get('major', 0):>6}{s.by_severity.get('minor', 0):>6}"
              f"{s.metrics['bleu']:>7.2f}{s.metrics['chrf']:>7.2f}{s.metrics['ter']:>7.2f}")
    print("\nissues per 100 segments by category:")
    cats = sorted({c for s in stats for c in s.by_category})
    print(f"{'system':<21}" + "".join(f"{c[:18]:>19}" for c in cats))
    for s in sorted(stats, key=lambda s: human_rank[s.name]):
        print(f"{s.name:<21}" + "".join(f"{s.per_100(s.by_category.get(c, 0)):>19.2f}" for c in cats))

    print("\nKendall tau-b with the human win-rate ranking (exact two-sided permutation p, n=8):")
    for label, values in measures.items():
        tau = kendall_tau_b(values, human)
        print(f"  {label:<48} tau = {tau:+.3f}   p = {exact_p(values, human):.3f}")

    conc = disc = ties = missing = 0
    for line, better, worse in judgements:
        if better not in seg_penalty or worse not in seg_penalty:
            missing += 1
            continue
        pb, pw = seg_penalty[better].get(line, 0.0), seg_penalty[worse].get(line, 0.0)
        if pb < pw:
            conc += 1
        elif pb > pw:
            disc += 1
        else:
            ties += 1
    total = conc + disc + ties
    seg_tau = (conc - disc) / (conc + disc) if conc + disc else 0.0
    print(f"\nSegment level ({total} judgements): mtqa's penalty decides {conc + disc} ({100 * (conc + disc) / total:.1f}%): "
          f"{conc} agree, {disc} disagree, tau (C-D)/(C+D) = {seg_tau:+.3f}; {ties} ties (equal penalty, usually none).")
    print(f"\nchecking + metrics: {check_seconds:.1f} s for {len(stats)} systems; "
          f"consensus: {consensus_seconds:.1f} s CPU")
    if not args.no_html:
        size = sum(p.stat().st_size for p in html_dir.glob("wmt14.*.html"))
        print(f"HTML reports: {html_seconds:.2f} s to render {len(stats)} x {stats[0].segments} segments "
              f"({size / 1e6:.1f} MB in {html_dir.relative_to(ROOT)}/)")
    print(f"table: bench/out/compare_human.csv, bench/out/compare_human.html\n{info.signature}")


if __name__ == "__main__":
    main()
