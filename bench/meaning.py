"""Does mtqa's score rank translations the way human judges did, on years it was not tuned on?

For WMT12, WMT13 and WMT14 French->English (all systems with human judgements
in ../shared/data) this runs mtqa reference-free on every system output, one
document per newstest document, and reports:

* system level: Kendall's tau-b between the mean document score and the human
  win rate (share of its pairwise comparisons a system won), beside corpus
  BLEU and chrF computed by sacrebleu with the human reference in the same run;
* segment level: for every human pairwise judgement, whether the segment
  score of the preferred output is higher (concordant), lower (discordant) or
  equal (tie). Coverage = (C + D) / N, the share of pairs the score separates;
  accuracy = C / (C + D). Sentence BLEU and chrF with the reference are given
  as yardsticks;
* false alarms: flags per 100 segments on every newstest human reference
  2008-2015 (the reference checked against its own source), all checks together.

The before/after table's "after" row is ``mtqa compare``'s default order: the
quality term and the cross-system checks A609/A610 (every system of the year
as the others' peers, :func:`year_cross`); the row without them is beside it.

The per-segment penalties and adequacy estimates of each run are cached in
``bench/out/meaning/`` (``--fresh`` recomputes), so the score formula can be
re-evaluated under another adequacy weight in seconds:
``bench/meaning.py --adequacy-weight 0`` gives today's (MQM-only) score.

With ``--consensus`` it also scores each system's agreement with the other
systems' translations of the same source (mtqa/scoring/consensus.py), alone and
added to the score under a grid of weights, chooses the weights on one year
(``--calibrate``, WMT13) and reports the others.

With ``--segment-model`` it fits a logistic model of P(A beats B) on the differences of segment features
(consensus, quality utility, MQM penalty per word, log length) on the ``--calibrate`` year's judgements and
reports its pairwise accuracy on the others, beside the system τ the same value would give as a ranking;
``--write-segment-model`` writes the weights ``mtqa compare``'s segment preference ships
(mtqa/data/score/fr-en.preference.toml, from the ``--calibrate`` year, WMT13). ``--segment-compare`` runs
``mtqa compare`` itself (mtqa.compare.compare) on each year's systems and reports the pairwise accuracy of the
per-segment values it outputs. ``--consensus-variants`` measures variants of consensus (other similarities, weighted
minimum-Bayes-risk pseudo-references) alone, in the default order and in the segment preference
(bench/consensus_variants.py).

Usage: .venv/bin/python bench/meaning.py [--data DIR] [--years 12,13,14] [--refs]
       [--adequacy-weight W] [--tie-break-weight W] [--preview] [--tag T] [--fresh] [--jobs N]
       [--consensus [--consensus-weights LIST] [--quality-weights LIST] [--spreads LIST]
        [--dedupe] [--beta B] [--calibrate YY]] [--segment-model [--write-segment-model [FILE]]]
       [--segment-compare] [--consensus-variants]
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import math
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from compare_human import kendall_tau_b  # noqa: E402  (bench/compare_human.py)
from wmt14 import refuse  # noqa: E402
DEFAULT_DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "bench" / "out" / "meaning"
SHIPPED_FILE = ROOT / "mtqa" / "data" / "score" / "fr-en.preference.toml"

YEARS = {"12": "wmt12-fren/newstest2012", "13": "wmt13-fren/newstest2013", "14": "wmt14-fren/newstest2014"}
NEWSTEST = ("news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011",
            "newstest2012", "newstest2013", "newstest2014", "newsdiscusstest2015")


def year_list(text: str) -> list[str]:
    """``--years``: the two-digit keys of YEARS, from two- or four-digit years (an unknown one is a usage error)."""
    years = []
    for y in (y.strip() for y in text.split(",") if y.strip()):
        key = y[2:] if len(y) == 4 and y.startswith("20") else y
        if key not in YEARS:
            raise argparse.ArgumentTypeError(f"no data for year {y!r}; known: {', '.join(sorted(YEARS))}")
        years.append(key)
    return years


def rounds(text: str) -> int:
    """``--bootstrap``: a count of resampling rounds, 0 or more."""
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a number of rounds (0 or more): {text!r}")
    return n


PSEUDO_DOC = 30
"""Lines per pseudo-document for test sets without document ids."""


def read_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def year_files(data: Path, year: str) -> dict:
    base = data / YEARS[year]
    folder, stem = base.parent, base.name
    systems = {}
    for p in sorted((folder / "systems").glob(f"{stem}.fr-en.*.en")):
        systems[p.name[len(f"{stem}.fr-en."):-len(".en")]] = p
    with open(folder / f"{stem}.fr-en.docs.tsv", encoding="utf-8") as f:
        docs = [row["docid"] for row in csv.DictReader(f, delimiter="\t")]
    return {
        "src": folder / f"{stem}.fr-en.src.fr",
        "ref": folder / f"{stem}.fr-en.ref.en",
        "docs": docs,
        "systems": systems,
        "pairs": folder / "human_pairwise_preferences.tsv",
    }


def write_jsonl(path: Path, src: list[str], tgt: list[str], docs: list[str] | None) -> None:
    """One record per line; documents from ``docs`` or blocks of PSEUDO_DOC body lines."""
    with open(path, "w", encoding="utf-8") as f:
        for i, (s, t) in enumerate(zip(src, tgt)):
            rec = {"id": i + 1, "source": s, "target": t}
            if docs:
                rec["doc"] = docs[i]
            else:
                rec["doc"] = f"block{i // PSEUDO_DOC}"
                rec["role"] = "body"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def run_mtqa(job: tuple[str, list[str], list[str], list[str] | None, bool]) -> Path:
    """Check one (source, target) corpus; cache per-segment rows: line, doc, words, penalty, adequacy, codes."""
    name, src, tgt, docs, fresh, out_dir, preview = job
    cache = out_dir / f"{name}.tsv"
    if cache.exists() and not fresh:
        return cache
    from mtqa.api import run
    from mtqa.config import Config
    from mtqa.context import Context
    from mtqa.readers.jsonl import read_jsonl

    out_dir.mkdir(parents=True, exist_ok=True)
    jsonl = out_dir / f"{name}.jsonl"
    write_jsonl(jsonl, src, tgt, docs)
    # weight 1 only makes the run compute (and so cache) the adequacy; the score is formed later with --adequacy-weight
    config = Config(preview=preview, adequacy_weight=1.0)
    ctx = Context(config)
    weights = config.weights
    tmp = cache.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t")
        out.writerow(["line", "doc", "words", "penalty", "adequacy", "codes"])
        for result in run(read_jsonl(str(jsonl), source_lang="fr", target_lang="en"), ctx):
            pen = collections.defaultdict(float)
            codes = collections.defaultdict(list)
            for issue in result.issues:
                pen[issue.segment] += weights[issue.severity.value]
                codes[issue.segment].append(issue.code)
            adequacy = getattr(result, "adequacy", None) or {}
            for seg in result.pair.target.segments:
                a = adequacy.get(seg.index) if isinstance(adequacy, dict) else None
                out.writerow([seg.line, result.pair.id, seg.words, pen[seg.index],
                              "" if a is None else f"{a:.4f}", ",".join(codes[seg.index])])
    os.replace(tmp, cache)
    jsonl.unlink()
    return cache


def load_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for r in rows:
        r["line"], r["words"], r["penalty"] = int(r["line"]), int(r["words"]), float(r["penalty"])
        r["adequacy"] = float(r["adequacy"]) if r["adequacy"] else None
    return rows


def utilities(src: list[str], tgt: list[str]) -> dict[int, float]:
    """Learned quality utility of each line (mtqa/scoring/quality.py), as a run computes it per aligned segment."""
    from mtqa.scoring.quality import quality_model

    model = quality_model("fr", "en")
    out = {}
    for i, (s, t) in enumerate(zip(src, tgt)):
        u = model.segment_utility(s, t) if model else None
        if u is not None:
            out[i + 1] = u
    return out


def cached_utilities(out_dir: Path, name: str, src: list[str], tgt: list[str]) -> dict[int, float]:
    """``utilities`` of one system, cached beside its run under a digest of the shipped model's weights."""
    import hashlib

    from mtqa.langs.data import data_path

    digest = hashlib.blake2b(data_path("score", "fr-en.toml").read_bytes(), digest_size=6).hexdigest()
    path = out_dir / f"util.{digest}.{name}.tsv"
    if path.exists():
        with open(path, encoding="utf-8") as f:
            return {int(a): float(b) for a, b in (line.split("\t") for line in f)}
    util = utilities(src, tgt)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as f:
        f.writelines(f"{k}\t{v!r}\n" for k, v in util.items())
    os.replace(tmp, path)
    return util


def year_consensus(files: dict, dedupe: bool = False, beta: float = 2.0,
                   best_first: list[str] | None = None,
                   utilities: dict[str, dict[int, float]] | None = None) -> tuple[dict[str, dict[int, tuple]], float]:
    """Consensus of every system's line against all the year's other systems (mtqa/scoring/consensus.py).

    Lines are matched by source text, as ``mtqa compare`` matches segments. Returns
    {system: {line: (consensus, median of the source's consensus)}} and the CPU seconds it took. With
    ``best_first`` (every system of the year, the best first) the pseudo-references are weighed by those places
    (consensus.rank_weights), as the consensus term of ``mtqa compare``'s default order weighs them. With
    ``utilities`` (every system's quality utility by line) each translation is weighed by its place by utility among
    the line's translations (consensus.segment_weights), as the segment preference's consensus is."""
    from mtqa.scoring.consensus import ConsensusPool, rank_weights

    src = read_lines(files["src"])
    outputs = {n: read_lines(p) for n, p in files["systems"].items()}
    t0 = time.process_time()
    pool = ConsensusPool(dedupe=dedupe, beta=beta)
    if best_first is not None:
        pool.rank_weights = rank_weights(best_first)
    handles = {n: [pool.add(n, s, t, utilities[n].get(i + 1) if utilities is not None else None)
                   for i, (s, t) in enumerate(zip(src, out))] for n, out in outputs.items()}
    pool.compute()
    seconds = time.process_time() - t0
    value, centre = (pool.ranked_value, pool.ranked_centre) if best_first is not None else (pool.value, pool.centre)
    if utilities is not None and best_first is None:
        value = pool.voted_value
    return {n: {i + 1: (value(h), centre(h)) for i, h in enumerate(hs) if value(h) is not None}
            for n, hs in handles.items()}, seconds


def quality_order(files: dict, caches: dict, year: str, out_dir: Path, weight: float,
                  cross: dict | None) -> list[str]:
    """Every system of the year (judged or not, as all are given to ``mtqa compare``), best first by the mean
    document score with the quality term at ``weight`` (and A609/A610's penalty with ``cross``): the order
    before the consensus term, whose places weigh its pseudo-references (mtqa.compare.quality_weights)."""
    src = read_lines(files["src"])
    means = {}
    for n, path in files["systems"].items():
        rows = load_rows(caches[f"wmt{year}.{n}"])
        rows = with_cross(rows, cross[n]) if cross is not None else rows
        means[n] = scored(rows, 0.0, weight, cached_utilities(out_dir, f"wmt{year}.{n}", src, read_lines(path)))[0]
    return sorted(means, key=lambda n: (-means[n], n))


def year_cross(files: dict) -> tuple[dict[str, dict[int, float]], dict[str, int], float]:
    """Penalty of the cross-system checks (A609, A610) per system and line, as ``mtqa compare`` adds them.

    Every system of the year is a peer (lines matched by source text, clones apart, mtqa/checks/cross_system.py);
    each issue adds its severity weight. Returns ({system: {line: penalty}}, issues per code, CPU seconds)."""
    from mtqa.config import Config
    from mtqa.context import build_checks
    from mtqa.scoring.consensus import clones, source_key

    config = Config()
    checks = build_checks(config, cross_system=True)
    src = read_lines(files["src"])
    outputs = {n: read_lines(p) for n, p in files["systems"].items()}
    t0 = time.process_time()
    by_key: dict[str, list] = collections.defaultdict(list)
    lines: dict[str, list[int]] = collections.defaultdict(list)
    for n, out in outputs.items():
        for line, (s, t) in enumerate(zip(src, out), 1):
            by_key[source_key(s)].append((n, t))
            lines[source_key(s)].append(line)
    apart = clones(by_key)
    first = {}
    for line, s in enumerate(src, 1):
        first.setdefault(source_key(s), s)
    penalty: dict[str, dict[int, float]] = {n: collections.defaultdict(float) for n in outputs}
    codes: collections.Counter = collections.Counter()
    for key, entries in by_key.items():
        for check in checks:
            for found in check.judge(first[key], entries, config.source_lang, config.target_lang, apart):
                penalty[entries[found.entry][0]][lines[key][found.entry]] += \
                    config.weights[check.severity_for(found).value]
                codes[check.code] += 1
    return penalty, codes, time.process_time() - t0


def with_cross(rows: list[dict], cross: dict[int, float]) -> list[dict]:
    """Cached rows with the cross-system checks' penalty added to each line's."""
    return [{**r, "penalty": r["penalty"] + cross.get(r["line"], 0.0)} if r["line"] in cross else r for r in rows]


def row_penalty(r: dict, weight: float, quality_weight: float, model, utility,
                consensus_weight: float = 0.0, consensus=None, spread: float | None = None) -> float:
    """A cached segment's penalty under the library's formula: MQM + adequacy + quality + consensus terms."""
    from mtqa.scoring import consensus as cons
    from mtqa.scoring.mqm import combined_penalty

    pen = combined_penalty(r["penalty"], r["adequacy"], r["words"], weight)
    if model and r["line"] in utility:
        pen += quality_weight * r["words"] * model.badness(utility[r["line"]])
    if consensus_weight and consensus and r["line"] in consensus:
        c, m = consensus[r["line"]]
        pen += consensus_weight * r["words"] * cons.term(c, m, spread or cons.SPREAD)
    return pen


def scored(rows: list[dict], weight: float, quality_weight: float = 0.0,
           utility: dict[int, float] | None = None, consensus_weight: float = 0.0,
           consensus: dict | None = None, spread: float | None = None,
           tie_break: float = 0.0) -> tuple[float, dict[int, float]]:
    """(mean document score, segment score by line) under the library's own formula.

    ``tie_break``: the weight of the quality term as the penalty's tie-breaker (mtqa.api.tie_break): in the
    segment score, never in the document score (as in a run), and not with a ``quality_weight``."""
    from mtqa.scoring.mqm import quality_score
    from mtqa.scoring.quality import quality_model

    model = quality_model("fr", "en") if quality_weight or tie_break else None
    tie_break = 0.0 if quality_weight else tie_break
    docs: dict[str, list[float]] = {}
    seg: dict[int, float] = {}
    for r in rows:
        pen = row_penalty(r, weight, quality_weight, model, utility, consensus_weight, consensus, spread)
        d = docs.setdefault(r["doc"], [0.0, 0])
        d[0] += pen
        d[1] += r["words"]
        if tie_break and r["line"] in utility:
            pen += tie_break * r["words"] * model.badness(utility[r["line"]])
        seg[r["line"]] = -pen / max(r["words"], 1)  # unclipped, so close calls are not tied at 0
    mean = sum(quality_score(p, w) for p, w in docs.values()) / len(docs)
    return mean, seg


def pairwise(judgements, seg_scores: dict[str, dict[int, float]]) -> tuple[float, float, int]:
    """(coverage, accuracy, n) of a segment score on the human pairs."""
    c = d = t = 0
    for line, better, worse in judgements:
        a, b = seg_scores[better].get(line), seg_scores[worse].get(line)
        if a is None or b is None:
            continue
        if abs(a - b) < 1e-12:
            t += 1
        elif a > b:
            c += 1
        else:
            d += 1
    n = c + d + t
    return (c + d) / n if n else 0.0, c / (c + d) if c + d else 0.0, n


def judged_year(data: Path, year: str):
    """(files, human win rates, judgements, judged system names, source lines) of one WMT year."""
    files = year_files(data, year)
    win, judgements = human(files["pairs"])
    return files, win, judgements, [n for n in files["systems"] if n in win], read_lines(files["src"])


def human(path: Path):
    wins, total = collections.Counter(), collections.Counter()
    judgements = []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            wins[row["better_system"]] += 1
            total[row["better_system"]] += 1
            total[row["worse_system"]] += 1
            judgements.append((int(row["seg_line"]), row["better_system"], row["worse_system"]))
    return {s: wins[s] / total[s] for s in total}, judgements


def reference_metrics(hyp: list[str], ref: list[str], lines: set[int]):
    """Corpus BLEU/chrF and sentence BLEU/chrF on the judged lines (sacrebleu)."""
    from sacrebleu.metrics import BLEU, CHRF

    bleu, chrf = BLEU(), CHRF()
    sbleu = BLEU(effective_order=True)
    corpus = (bleu.corpus_score(hyp, [ref]).score, chrf.corpus_score(hyp, [ref]).score)
    sent_b = {i: sbleu.sentence_score(hyp[i - 1], [ref[i - 1]]).score for i in lines}
    sent_c = {i: chrf.sentence_score(hyp[i - 1], [ref[i - 1]]).score for i in lines}
    return corpus, sent_b, sent_c


def compare_order(names: list[str], rows: dict, cons: dict, mode: str) -> dict[str, float]:
    """Each system's place under ``mtqa compare --rank-by mode``, from the cached runs (MQM penalties, words)."""
    from mtqa.compare import SystemStats, place
    from mtqa.scoring.mqm import quality_score
    from mtqa.scoring.consensus import system_means

    stats = []
    for n in names:
        s = SystemStats(n, n)
        s.penalty = sum(r["penalty"] for r in rows[n])
        s.words = sum(r["words"] for r in rows[n])
        s.segments = len(rows[n])
        s.issues = sum(len([c for c in r["codes"].split(",") if c]) for r in rows[n])
        docs: dict[str, list] = {}
        for r in rows[n]:
            d = docs.setdefault(r["doc"], [0.0, 0])
            d[0] += r["penalty"]
            d[1] += r["words"]
        s.documents = len(docs)
        s.score_sum = sum(quality_score(p, w) for p, w in docs.values())
        mean, s.consensus_segments = system_means(v for v, _ in cons[n].values())
        s.consensus = None if mean is None else round(100 * mean, 2)
        stats.append(s)
    place(stats, mode)
    return {s.name: s.rank for s in stats}


def consensus_report(data: Path, years: list[str], caches: dict, out_dir: Path, weight: float,
                     quality_weights: list[float], consensus_weights: list[float], spreads: list[float],
                     dedupe: bool, calibrate: str, beta: float = 2.0) -> None:
    """System tau and pairwise figures of consensus alone and of the score with a consensus term.

    The weights of the combination are chosen on the ``calibrate`` year (highest tau, then
    (C-D)/N) and reported on the other years."""
    from mtqa.scoring.consensus import system_means

    per_year = {}
    print(f"\nconsensus: pseudo-references = the other systems' {'distinct ' if dedupe else ''}outputs, "
          f"lines matched by source text, chrF beta {beta:g}")
    print("| year | systems in the pool | judged | consensus CPU s | chrF pairs | consensus τ | "
          "consensus sep / acc / (C-D)/N |")
    print("|---|---|---|---|---|---|---|")
    for y in years:
        files, win, judgements, names, src = judged_year(data, y)
        cons, seconds = year_consensus(files, dedupe, beta)
        rows = {n: load_rows(caches[f"wmt{y}.{n}"]) for n in names}
        util = {n: cached_utilities(out_dir, f"wmt{y}.{n}", src, read_lines(files["systems"][n]))
                for n in names} if any(quality_weights) else {}
        k = len(files["systems"])
        means = [system_means(v for v, _ in cons[n].values())[0] for n in names]
        hw = [win[n] for n in names]
        cov, acc, _ = pairwise(judgements, {n: {line: v for line, (v, _) in cons[n].items()} for n in names})
        print(f"| WMT{y} | {k} | {len(names)} | {seconds:.1f} | {k * (k - 1) // 2 * len(src)} "
              f"| {kendall_tau_b(means, hw):.2f} | {cov:.1%} / {acc:.3f} / {cov * (2 * acc - 1):.3f} |")
        per_year[y] = (win, judgements, names, cons, rows, util)

    print("\n`mtqa compare --rank-by` (the library's own ordering, mtqa.compare.place; score = MQM over all words, "
          "consensus_weight 0): Kendall τ of the order against the human win rates")
    print("| year | " + " | ".join(f"--rank-by {m}" for m in ("score", "consensus", "both")) + " |")
    print("|---|---|---|---|")
    for y, (win, judgements, names, cons, rows, util) in per_year.items():
        cells = []
        for mode in ("score", "consensus", "both"):
            order = compare_order(names, rows, cons, mode)
            cells.append(f"{kendall_tau_b([-order[n] for n in names], [win[n] for n in names]):.2f}")
        print(f"| WMT{y} | " + " | ".join(cells) + " |")

    results = {}
    for qw in quality_weights:
        for cw in consensus_weights:
            for sp in spreads:
                for y, (win, judgements, names, cons, rows, util) in per_year.items():
                    means, segs = [], {}
                    for n in names:
                        mean, seg = scored(rows[n], weight, qw, util.get(n), cw, cons[n], sp)
                        means.append(mean)
                        segs[n] = seg
                    cov, acc, _ = pairwise(judgements, segs)
                    results[qw, cw, sp, y] = (kendall_tau_b(means, [win[n] for n in names]), cov, acc)
    print("\n| quality W | consensus W | spread | " + " | ".join(f"WMT{y} τ | WMT{y} sep / acc / (C-D)/N" for y in years)
          + " |")
    print("|---|---|---|" + "---|---|" * len(years))
    for qw in quality_weights:
        for cw in consensus_weights:
            for sp in spreads:
                cells = []
                for y in years:
                    tau, cov, acc = results[qw, cw, sp, y]
                    cells += [f"{tau:.2f}", f"{cov:.1%} / {acc:.3f} / {cov * (2 * acc - 1):.3f}"]
                print(f"| {qw:g} | {cw:g} | {sp:g} | " + " | ".join(cells) + " |")
    if calibrate in years:
        def merit(key):
            tau, cov, acc = results[key]
            return tau, cov * (2 * acc - 1)

        for qw in quality_weights:
            keys = [(qw, cw, sp, calibrate) for cw in consensus_weights for sp in spreads if cw]
            if not keys:
                continue
            best = max(keys, key=merit)
            held = ", ".join(f"WMT{y} τ {results[best[:3] + (y,)][0]:.2f}" for y in years if y != calibrate)
            print(f"\nchosen on WMT{calibrate} with quality W {qw:g}: consensus W {best[1]:g}, spread {best[2]:g} "
                  f"(WMT{calibrate} τ {results[best][0]:.2f}); held out: {held}")


def bootstrap_tau(doc_scores_by_system: list[dict[str, float]], human_win: list[float], rounds: int,
                  seed: int = 7) -> tuple[float, float]:
    """5th and 95th percentile of Kendall τ when the documents are resampled with replacement.

    The human win rates stay fixed: the interval says how much the τ of mtqa's order would move with another
    draw of news documents of the same kind, e.g. whether 0.79 and 0.81 (one swapped pair of 15 systems) differ."""
    import random

    rng = random.Random(seed)
    ids = sorted(doc_scores_by_system[0])
    taus = sorted(
        kendall_tau_b([sum(docs[k] for k in pick) for docs in doc_scores_by_system], human_win)
        for pick in ([rng.choice(ids) for _ in ids] for _ in range(rounds)))
    return taus[int(0.05 * (rounds - 1))], taus[int(0.95 * (rounds - 1))]


def before_after(data: Path, years: list[str], caches: dict, out_dir: Path, yardsticks: dict,
                 bootstrap: int = 0) -> None:
    """The issue's table: what mtqa ranks today (before) and with the default order of ``mtqa compare`` (after).

    Before: the mean document score of ``mtqa check`` (default settings) and ``mtqa compare --rank-by both``
    (its default order until the quality ranking). After: ``--rank-by quality``, the mean document score with
    the learned quality term at ``rank_quality_weight`` and the consensus term at ``rank_consensus_weight``
    (all the year's systems as each other's peers); its segment score (penalty per word with the terms) on the
    pairwise judgements. The row at ``rank_consensus_weight = 0`` is the default order before that weight. ``yardsticks`` holds the reference-based rows of the same run. With ``bootstrap``
    rounds the after row's τ also gets its 90 % interval over resampled documents (:func:`bootstrap_tau`)."""
    from mtqa.config import Config

    weight, agree = Config().rank_quality_weight, Config().rank_consensus_weight
    print(f"\nbefore / after (reference-free; after = `mtqa compare` default order, quality term at "
          f"rank_quality_weight {weight:g}, model fitted on WMT13's judgements, consensus term at "
          f"rank_consensus_weight {agree:g}, chosen on WMT13): system τ | pairs separated "
          "/ accuracy / (C-D)/N")
    print("| measure | " + " | ".join(f"WMT{y} τ | WMT{y} pairs" for y in years) + " |")
    print("|---|" + "---|---|" * len(years))
    rows: dict[str, list[str]] = collections.defaultdict(list)
    notes: list[str] = []
    fmt = lambda cov, acc: f"{cov:.1%} / {acc:.3f} / {cov * (2 * acc - 1):.3f}"  # noqa: E731
    for y in years:
        files, win, judgements, names, src = judged_year(data, y)
        hw = [win[n] for n in names]
        cached = {n: load_rows(caches[f"wmt{y}.{n}"]) for n in names}
        for label, (tau, cov, acc) in yardsticks.get(y, {}).items():
            rows[label] += [f"{tau:.2f}", fmt(cov, acc)]
        means, segs = zip(*(scored(cached[n], 0.0) for n in names))
        cov, acc, _ = pairwise(judgements, dict(zip(names, segs)))
        rows["before: `mtqa check` mean document score (default)"] += [f"{kendall_tau_b(list(means), hw):.2f}",
                                                                      fmt(cov, acc)]
        cons, _ = year_consensus(files)
        order = compare_order(names, cached, cons, "both")
        cov, acc, _ = pairwise(judgements, {n: {line: v for line, (v, _) in cons[n].items()} for n in names})
        rows["before: `mtqa compare` default order (`--rank-by both`); pairs: consensus"] += [
            f"{kendall_tau_b([-order[n] for n in names], hw):.2f}", fmt(cov, acc)]
        util = {n: cached_utilities(out_dir, f"wmt{y}.{n}", src, read_lines(files["systems"][n])) for n in names}
        cross, codes, seconds = year_cross(files)
        notes.append(f"WMT{y}: cross-system issues " + ", ".join(f"{c} {k}" for c, k in sorted(codes.items()))
                     + f" over {len(files['systems'])} systems ({seconds:.0f} CPU s)")
        # the consensus term's pseudo-references weighed by the order before it, with and without A609/A610
        weighed = {plus: year_consensus(files, best_first=quality_order(files, caches, y, out_dir, weight,
                                                                        cross if plus else None))[0]
                   for plus in (False, True)}
        for label, plus, cw, term in (
                ("after, without the cross-system checks", False, agree, weighed[False]),
                ("before: `mtqa compare` default order at `rank_consensus_weight = 0` (quality term and A609/A610)",
                 True, 0.0, cons),
                ("before: `mtqa compare` default order, its consensus term's pseudo-references unweighted "
                 f"(rank_consensus_weight {agree:g})", True, agree, cons),
                ("**after: `mtqa compare` default order (`--rank-by quality`: quality term, A609/A610, consensus "
                 f"term at rank_consensus_weight {agree:g}, pseudo-references weighed by the order before it)**; "
                 "pairs: its segment score", True, agree, weighed[True])):
            ranked_rows = {n: with_cross(cached[n], cross[n]) if plus else cached[n] for n in names}
            means, segs = zip(*(scored(ranked_rows[n], 0.0, weight, util[n], cw, term[n]) for n in names))
            cov, acc, _ = pairwise(judgements, dict(zip(names, segs)))
            tau = f"{kendall_tau_b(list(means), hw):.2f}"
            if bootstrap:
                low, high = bootstrap_tau([doc_scores(ranked_rows[n], weight, util[n], by_doc=True,
                                                      consensus_weight=cw, consensus=term[n]) for n in names],
                                          hw, bootstrap)
                tau += f" [{low:.2f}, {high:.2f}]"
            rows[label] += [tau, fmt(cov, acc)]
    for label, cells in rows.items():
        print(f"| {label} | " + " | ".join(cells) + " |")
    for note in notes:
        print(note)


def doc_scores(rows: list[dict], quality_weight: float, utility, by_doc: bool = False,
               consensus_weight: float = 0.0, consensus: dict | None = None):
    """Document scores of cached rows with the quality term of ``quality_weight`` and the consensus term of
    ``consensus_weight`` (no adequacy); a list, or a dict by document id with ``by_doc``."""
    from mtqa.scoring.mqm import quality_score
    from mtqa.scoring.quality import quality_model

    model = quality_model("fr", "en") if quality_weight else None
    docs: dict[str, list] = {}
    for r in rows:
        d = docs.setdefault(r["doc"], [0.0, 0])
        d[0] += row_penalty(r, 0.0, quality_weight, model, utility, consensus_weight, consensus)
        d[1] += r["words"]
    if by_doc:
        return {doc: quality_score(p, w) for doc, (p, w) in docs.items()}
    return [quality_score(p, w) for p, w in docs.values()]


SEGMENT_FEATURES = ("consensus", "utility", "penalty_per_word", "log_words")
"""What the pairwise segment model reads of one segment: its consensus (0-1), the learned quality utility, its MQM
penalty (with the cross-system checks) per word, and the log of its word count."""
SEGMENT_MODELS = ((0,), (0, 1), (0, 2), (0, 1, 2), (0, 1, 2, 3), (1, 2), (1, 2, 3))
"""Feature subsets (indices into SEGMENT_FEATURES) the segment-model report fits and compares."""


def segment_features(rows: list[dict], utility: dict[int, float], consensus: dict) -> dict[int, tuple]:
    """SEGMENT_FEATURES of each cached line that has a consensus and a utility, by line."""
    out = {}
    for r in rows:
        line, words = r["line"], max(r["words"], 1)
        if line in consensus and line in utility:
            out[line] = (consensus[line][0], utility[line], r["penalty"] / words, math.log(words))
    return out


def pair_differences(judgements, feats: dict[str, dict[int, tuple]], columns) -> list[list[float]]:
    """Features of the preferred output minus those of the other, one row per judgement both sides have."""
    out = []
    for line, better, worse in judgements:
        a, b = feats.get(better, {}).get(line), feats.get(worse, {}).get(line)
        if a is not None and b is not None:
            out.append([a[k] - b[k] for k in columns])
    return out


def fit_preference(diffs: list[list[float]], l2: float = 1e-3, steps: int = 30) -> list[float]:
    """Weights w of P(A beats B) = 1 / (1 + exp(-w . (f_A - f_B))), fitted by Newton's method on judgements.

    No intercept: a judgement read the other way round (B minus A, not preferred) is the same evidence, so the
    model is antisymmetric and ``w . f`` is a score of each output alone. ``l2`` keeps the steps finite when a
    feature never varies. With numpy (80,741 WMT13 pairs: a second, not a minute of Python loops)."""
    import numpy as np

    k = len(diffs[0]) if diffs else 0
    x = np.asarray(diffs, dtype=float).reshape(-1, k)
    w = np.zeros(k)
    for _ in range(steps):
        s = x @ w
        p = np.where(s > -30, 1.0 / (1.0 + np.exp(-np.maximum(s, -30))), 0.0)
        grad = l2 * w + x.T @ (p - 1.0)
        hess = l2 * np.eye(k) + (x * (p * (1.0 - p))[:, None]).T @ x
        step = np.asarray(solve(hess.tolist(), grad.tolist()))
        w = w - step
        if float(np.max(np.abs(step), initial=0.0)) < 1e-9:
            break
    return [float(v) for v in w]


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b (Gaussian elimination with partial pivoting; a is small and positive definite here)."""
    n = len(b)
    m = [row[:] + [v] for row, v in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for j in range(c, n + 1):
                m[r][j] -= f * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x


SHIPPED = {"with_consensus": (0, 1, 2, 3), "without_consensus": (1, 2)}
"""The feature subsets (indices into SEGMENT_FEATURES) whose weights ``--write-segment-model`` ships, by the table
name of mtqa/scoring/preference.py (the second for sources fewer than 3 systems translated). Chosen on WMT13: with
consensus, all four features separate its pairs best (0.623); without, the log of the length lowers it (0.585 ->
0.583), so that table has two."""


def write_segment_model(path: Path, weights: dict[str, list[float]], command: str, pairs: int, year: str) -> None:
    """The shipped weights file of mtqa/scoring/preference.py (``data/score/fr-en.preference.toml``)."""
    lines = ["# Segment preference of `mtqa compare` (mtqa/scoring/preference.py): weights w of",
             "# P(A beats B) = logistic(w . (f_A - f_B)), fitted without intercept on the human pairwise judgements of",
             f"# WMT{year} French->English only ({pairs} judged pairs with both sides valued); written by",
             f"#   {command}", "", "[model]"]
    for table, columns in SHIPPED.items():
        lines += ["", f"[model.{table}]"]
        lines += [f"{SEGMENT_FEATURES[k]} = {w!r}" for k, w in zip(columns, weights[table])]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def segment_model_report(data: Path, years: list[str], caches: dict, out_dir: Path, calibrate: str,
                         write: Path | None = None) -> None:
    """Pairwise accuracy of a logistic model of P(A beats B) on segment-feature differences, fitted on ONE year.

    Each feature subset of SEGMENT_MODELS is fitted on the ``calibrate`` year's judgements and applied unchanged
    to the others. Beside the pairs: Kendall τ of the systems ordered by the mean of that segment value over their
    segments, i.e. what the system order would become if the same value were summed into the ranking."""
    per_year = {}
    for y in years:
        files, win, judgements, names, src = judged_year(data, y)
        # every system's utilities (the unjudged ones too): they weigh the pseudo-references, as in `mtqa compare`
        util = {n: cached_utilities(out_dir, f"wmt{y}.{n}", src, read_lines(p)) for n, p in files["systems"].items()}
        cons, _ = year_consensus(files, utilities=util)
        cross, _, _ = year_cross(files)
        feats = {}
        for n in names:
            feats[n] = segment_features(with_cross(load_rows(caches[f"wmt{y}.{n}"]), cross[n]), util[n], cons[n])
        per_year[y] = (win, judgements, names, feats)
    if calibrate not in per_year:
        print(f"\nsegment model: the calibration year WMT{calibrate} is not among --years")
        return
    print(f"\nsegment model: P(A beats B) = logistic(w . (f_A - f_B)), fitted on WMT{calibrate}'s judgements "
          "only; pairs separated / accuracy / (C-D)/N; τ = the systems ordered by their mean segment value")
    print("| features | weights | " + " | ".join(f"WMT{y} pairs | WMT{y} τ" for y in years) + " |")
    print("|---|---|" + "---|---|" * len(years))
    fits = {}
    for columns in SEGMENT_MODELS:
        w = fits[columns] = fit_preference(pair_differences(per_year[calibrate][1], per_year[calibrate][3], columns))
        cells = []
        for y, (win, judgements, names, feats) in per_year.items():
            value = {n: {line: sum(wk * f[k] for wk, k in zip(w, columns)) for line, f in feats[n].items()}
                     for n in names}
            cov, acc, _ = pairwise(judgements, value)
            means = [sum(value[n].values()) / max(len(value[n]), 1) for n in names]
            cells += [f"{cov:.1%} / {acc:.3f} / {cov * (2 * acc - 1):.3f}",
                      f"{kendall_tau_b(means, [win[n] for n in names]):.2f}"]
        label = " + ".join(SEGMENT_FEATURES[k] for k in columns)
        weights = ", ".join(f"{wk:.3g}" for wk in w)
        print(f"| {label} | {weights} | " + " | ".join(cells) + " |")
    if write is not None:
        fitted = {table: fits[columns] for table, columns in SHIPPED.items()}  # both are among SEGMENT_MODELS
        pairs = len(pair_differences(per_year[calibrate][1], per_year[calibrate][3], SHIPPED["with_consensus"]))
        command = ".venv/bin/python bench/meaning.py " + " ".join(sys.argv[1:])
        write_segment_model(write, fitted, command, pairs, calibrate)
        print(f"\nsegment model weights written to {write}")


def code_digest() -> str:
    """What `mtqa compare`'s segment values depend on, for their cache: this mtqa's code and shipped data
    (mtqa.distributed.code_identity, the check Dask workers make) and the ``$MTQA_DATA`` copies a run reads
    (mtqa.langs.data.fingerprint), as one short digest."""
    import hashlib

    from mtqa.distributed import code_identity
    from mtqa.langs.data import fingerprint

    return hashlib.blake2b("\0".join((code_identity(), *fingerprint())).encode(), digest_size=6).hexdigest()


def compare_values(files: dict, year: str, out_dir: Path, fresh: bool = False) -> dict[str, dict[int, float]]:
    """Each system's segment value by line, as `mtqa compare` reports it (mtqa.compare.compare, default config,
    every system of the year in one run), cached under :func:`code_digest` (a change to any code or data file of
    mtqa, or to a ``$MTQA_DATA`` copy of the weights, is a new cache: the values depend on every check too)."""
    cache = out_dir / f"segpref.{code_digest()}.wmt{year}.tsv"
    if cache.exists() and not fresh:
        values: dict[str, dict[int, float]] = collections.defaultdict(dict)
        with open(cache, encoding="utf-8") as f:
            for name, line, value in (row.rstrip("\n").split("\t") for row in f):
                values[name][int(line)] = float(value)
        return values
    from mtqa.compare import compare, release
    from mtqa.config import Config
    from mtqa.context import Context

    folder = out_dir / f"compare{year}"
    folder.mkdir(parents=True, exist_ok=True)
    src = read_lines(files["src"])
    names = list(files["systems"])
    paths: list[Path] = []
    tmp = cache.with_suffix(f".tmp{os.getpid()}")
    try:  # the systems' files, the run's preference store and a half-written cache go on every path
        for name in names:
            paths.append(folder / f"wmt{year}.{name}.jsonl")
            write_jsonl(paths[-1], src, read_lines(files["systems"][name]), files["docs"])
        stats = compare(list(map(str, paths)), Context(Config()), names=names)
        values = collections.defaultdict(dict)
        try:
            for group in stats[0].preferences or []:
                for e in group.entries:
                    values[names[e.system]][e.line] = e.value
        finally:
            release(stats)
        with open(tmp, "w", encoding="utf-8") as f:
            f.writelines(f"{n}\t{line}\t{v!r}\n" for n, by_line in values.items() for line, v in by_line.items())
        os.replace(tmp, cache)
    finally:
        for path in (*paths, tmp):
            path.unlink(missing_ok=True)
    return values


def compare_preference_report(data: Path, years: list[str], out_dir: Path, calibrate: str, fresh: bool = False) -> None:
    """Pairwise accuracy of `mtqa compare`'s per-segment values (its own code path and the shipped weights) on the
    human judgements of each year; the weights were fitted on ``calibrate``'s judgements, the others are held
    out. τ: the systems ordered by the share of their segments on which they are the preferred one."""
    print("\n`mtqa compare` segment preference (mtqa.compare.compare, shipped weights): pairs separated / "
          "accuracy / (C-D)/N; τ = systems by their share of preferred segments (not compare's order)")
    print("| year | role | pairs | separated / accuracy / (C-D)/N | τ | CPU s |")
    print("|---|---|---|---|---|---|")
    for y in years:
        files, win, judgements, names, _ = judged_year(data, y)
        t0 = time.process_time()
        values = compare_values(files, y, out_dir, fresh)
        seconds = time.process_time() - t0
        cov, acc, n = pairwise(judgements, {k: values.get(k, {}) for k in names})
        share = []
        for k in names:
            mine = values.get(k, {})
            won = 0
            for line, v in mine.items():
                others = [values[o][line] for o in values if o != k and line in values[o]]
                won += bool(others) and v > max(others)
            share.append(won / max(len(mine), 1))
        role = "calibration (fit)" if y == calibrate else "held out"
        print(f"| WMT{y} | {role} | {n} | {cov:.1%} / {acc:.3f} / {cov * (2 * acc - 1):.3f} "
              f"| {kendall_tau_b(share, [win[k] for k in names]):.2f} | {seconds:.0f} |")


def threshold_report(data: Path, years: list[str], caches: dict, out_dir: Path, quality_weight: float,
                     calibrate: str = "newstest2013") -> None:
    """A pass mark for ``quality_weight`` that keeps the human references passing as the default does.

    On the ``calibrate`` reference (30-line pseudo-documents), the new mark is the highest one (step 0.1) at
    which as many reference documents pass as pass at weight 0 with the default mark; the other references
    and the systems' documents are the held-out check (score gate only, the critical-issue gate aside)."""
    from mtqa.config import Config

    default = Config().threshold
    folder = data / "newstest-fren-2008-2015"
    refs = {}
    for stem in NEWSTEST:
        rows = load_rows(caches[f"ref.{stem}"])
        util = cached_utilities(out_dir, f"ref.{stem}", read_lines(folder / f"{stem}.fr"), read_lines(folder / f"{stem}.en"))
        refs[stem] = (doc_scores(rows, 0.0, None), doc_scores(rows, quality_weight, util))
    before, after = refs[calibrate]
    target = sum(x >= default for x in before)
    mark = default
    while mark > 0 and sum(x >= mark for x in after) < target:
        mark = round(mark - 0.1, 1)
    share = lambda xs, t: sum(x >= t for x in xs) / len(xs)  # noqa: E731
    print(f"\npass mark for quality weight {quality_weight:g}, chosen on {calibrate}'s reference: {mark:g} "
          f"(default {default:g} at weight 0)")
    print(f"| reference | role | pass at W=0, {default:g} | pass at W={quality_weight:g}, {default:g} "
          f"| pass at W={quality_weight:g}, {mark:g} |")
    print("|---|---|---|---|---|")
    for stem, (b, a) in refs.items():
        role = "calibration" if stem == calibrate else "held out"
        print(f"| {stem} | {role} | {share(b, default):.1%} | {share(a, default):.1%} | {share(a, mark):.1%} |")
    print(f"\n| systems (real documents) | docs | under {default:g} at W=0 | under {mark:g} at W={quality_weight:g} "
          "| τ of the share passing vs human win rate, before / after |")
    print("|---|---|---|---|---|")
    for y in years:
        files, win, _, names, src = judged_year(data, y)
        fails_b = fails_a = total = 0
        pass_b, pass_a = [], []
        for n in names:
            rows = load_rows(caches[f"wmt{y}.{n}"])
            util = cached_utilities(out_dir, f"wmt{y}.{n}", src, read_lines(files["systems"][n]))
            b, a = doc_scores(rows, 0.0, None), doc_scores(rows, quality_weight, util)
            fails_b += sum(x < default for x in b)
            fails_a += sum(x < mark for x in a)
            total += len(b)
            pass_b.append(share(b, default))
            pass_a.append(share(a, mark))
        hw = [win[n] for n in names]
        print(f"| WMT{y} ({len(names)} systems) | {total} | {fails_b / total:.1%} | {fails_a / total:.1%} "
              f"| {kendall_tau_b(pass_b, hw):.2f} / {kendall_tau_b(pass_a, hw):.2f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--years", default="12,13,14", type=year_list,
                    help="comma-separated WMT years, two or four digits (12,13,14 or 2012,2013,2014)")
    ap.add_argument("--refs", action="store_true", help="also count flags on the newstest references 2008-2015")
    ap.add_argument("--no-systems", action="store_true", help="only the references")
    ap.add_argument("--adequacy-weight", type=float, default=None,
                    help="weight of the adequacy term (default: the library's default)")
    ap.add_argument("--quality-weight", type=float, default=None,
                    help="weight of the learned quality term (default: the library's default)")
    ap.add_argument("--tie-break-weight", type=float, default=None,
                    help="weight of the quality term as the penalty's tie-breaker (default: the library's default; "
                         "0: the MQM penalty alone, the segment score before the tie-breaker)")
    ap.add_argument("--consensus", action="store_true",
                    help="also report consensus (agreement with the other systems) alone and in the score")
    ap.add_argument("--consensus-weights", default="0,0.5,1,2,4,8",
                    help="consensus weights to try (comma-separated) with --consensus")
    ap.add_argument("--quality-weights", default="0,0.5", help="quality weights to try with --consensus")
    ap.add_argument("--spreads", default="0.05", help="spreads of the consensus term to try with --consensus")
    ap.add_argument("--dedupe", action="store_true",
                    help="count an output several other systems wrote once (default: once per system)")
    ap.add_argument("--beta", type=float, default=2.0, help="chrF beta of the consensus (default 2, sacrebleu's)")
    ap.add_argument("--calibrate", default="13", help="year on which --consensus chooses the weights")
    ap.add_argument("--segment-model", action="store_true",
                    help="also fit a logistic model of P(A beats B) on segment features on the --calibrate year "
                         "and report it on the others")
    ap.add_argument("--write-segment-model", metavar="FILE", nargs="?", const=str(SHIPPED_FILE),
                    help="with --segment-model: write the weights mtqa compare's segment preference ships "
                         "(default FILE: mtqa/data/score/fr-en.preference.toml)")
    ap.add_argument("--segment-compare", action="store_true",
                    help="also run `mtqa compare` (mtqa.compare.compare) on each year's systems and report the "
                         "pairwise accuracy of its per-segment values (the shipped weights)")
    ap.add_argument("--consensus-variants", action="store_true",
                    help="also report variants of consensus (other similarities, weighted MBR) alone, in the default "
                         "order and in the segment preference (bench/consensus_variants.py)")
    ap.add_argument("--write-jsonl", metavar="DIR",
                    help="only write each year's systems as DIR/wmtYY.SYSTEM.jsonl (for timing `mtqa compare`)")
    ap.add_argument("--threshold-for", type=float, metavar="W",
                    help="with --refs: the pass mark that keeps references passing under quality weight W")
    ap.add_argument("--fresh", action="store_true", help="recompute cached runs")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--tag", default="", help="cache folder name under bench/out/meaning/ (e.g. before)")
    ap.add_argument("--no-metrics", action="store_true", help="skip sacrebleu yardsticks")
    ap.add_argument("--bootstrap", type=rounds, default=200, metavar="N",
                    help="resample the documents N times for a 90%% interval of the after row's τ (0: none)")
    ap.add_argument("--no-before-after", action="store_true",
                    help="skip the before/after table (it computes consensus and the quality estimate)")
    ap.add_argument("--preview", action="store_true",
                    help="also run the checks in preview (A601-A604); use a --tag of its own, the cache does not know")
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "wmt13-fren").is_dir():
        refuse(f"bench: WMT data not found under {data} (pass --data)")
    from mtqa.config import Config

    if args.write_jsonl:
        folder = Path(args.write_jsonl)
        folder.mkdir(parents=True, exist_ok=True)
        for y in args.years:
            files = year_files(data, y)
            for name, path in files["systems"].items():
                write_jsonl(folder / f"wmt{y}.{name}.jsonl", read_lines(files["src"]), read_lines(path), files["docs"])
        return
    weight = Config().adequacy_weight if args.adequacy_weight is None else args.adequacy_weight
    quality_weight = Config().quality_weight if args.quality_weight is None else args.quality_weight
    tie_break = Config().tie_break_weight if args.tie_break_weight is None else args.tie_break_weight
    years = args.years
    out_dir = OUT / args.tag if args.tag else OUT

    jobs = []
    if not args.no_systems:
        for y in years:
            files = year_files(data, y)
            src = read_lines(files["src"])
            for name, path in files["systems"].items():
                jobs.append((f"wmt{y}.{name}", src, read_lines(path), files["docs"], args.fresh, out_dir, args.preview))
    if args.refs:
        folder = data / "newstest-fren-2008-2015"
        for stem in NEWSTEST:
            jobs.append((f"ref.{stem}", read_lines(folder / f"{stem}.fr"), read_lines(folder / f"{stem}.en"),
                         None, args.fresh, out_dir, args.preview))
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        caches = dict(zip((j[0] for j in jobs), pool.map(run_mtqa, jobs)))
    print(f"mtqa runs ready in {time.perf_counter() - t0:.0f} s (cache: {out_dir.relative_to(ROOT)})", file=sys.stderr)

    print(f"adequacy weight {weight}, quality weight {quality_weight}, tie-break weight {tie_break}")
    if not args.no_systems:
        print("| year | systems | mtqa τ | BLEU τ | chrF τ | mtqa pairs separated | mtqa accuracy | mtqa (C-D)/N "
              "| sent-BLEU sep / acc / (C-D)/N | sent-chrF sep / acc / (C-D)/N | pairs |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        yardsticks: dict[str, dict] = {}
        for y in years:
            files, win, judgements, names, src = judged_year(data, y)
            ref = read_lines(files["ref"])
            means, segs, bleus, chrfs, sb, sc = [], {}, [], [], {}, {}
            judged = {line for line, _, _ in judgements}
            for n in names:
                util = (cached_utilities(out_dir, f"wmt{y}.{n}", src, read_lines(files["systems"][n]))
                        if quality_weight or tie_break else None)
                mean, seg = scored(load_rows(caches[f"wmt{y}.{n}"]), weight, quality_weight, util, tie_break=tie_break)
                means.append(mean)
                segs[n] = seg
                if not args.no_metrics:
                    (b, c), sb[n], sc[n] = reference_metrics(read_lines(files["systems"][n]), ref, judged)
                    bleus.append(b)
                    chrfs.append(c)
            hw = [win[n] for n in names]
            cov, acc, npairs = pairwise(judgements, segs)
            row = [f"WMT{y}", str(len(names)), f"{kendall_tau_b(means, hw):.2f}"]
            if args.no_metrics:
                row += ["-", "-"]
                yard = ["-", "-"]
            else:
                row += [f"{kendall_tau_b(bleus, hw):.2f}", f"{kendall_tau_b(chrfs, hw):.2f}"]
                yard = ["{:.0%} / {:.3f} / {:.3f}".format(c, a, c * (2 * a - 1))
                        for c, a, _ in (pairwise(judgements, s) for s in (sb, sc))]
            row += [f"{cov:.1%}", f"{acc:.3f}", f"{cov * (2 * acc - 1):.3f}"] + yard + [str(npairs)]
            print("| " + " | ".join(row) + " |")
            if not args.no_metrics:
                yardsticks[y] = {
                    "BLEU with the reference (corpus τ; sentence BLEU on pairs)":
                        (kendall_tau_b(bleus, hw), *pairwise(judgements, sb)[:2]),
                    "chrF with the reference (corpus τ; sentence chrF on pairs)":
                        (kendall_tau_b(chrfs, hw), *pairwise(judgements, sc)[:2]),
                }
        if not args.no_before_after:
            before_after(data, years, caches, out_dir, yardsticks, args.bootstrap)
    if args.consensus and not args.no_systems:
        floats = lambda text: [float(v) for v in text.split(",") if v]  # noqa: E731
        consensus_report(data, years, caches, out_dir, weight, floats(args.quality_weights),
                         floats(args.consensus_weights), floats(args.spreads), args.dedupe, args.calibrate,
                         args.beta)
    if args.write_segment_model and not args.segment_model:
        ap.error("--write-segment-model needs --segment-model")
    if args.segment_model and not args.no_systems:
        segment_model_report(data, years, caches, out_dir, args.calibrate,
                             Path(args.write_segment_model) if args.write_segment_model else None)
    if args.consensus_variants and not args.no_systems:
        from consensus_variants import report as variants_report

        variants_report(data, years, out_dir, args.calibrate)
    if args.segment_compare and not args.no_systems:
        compare_preference_report(data, years, out_dir, args.calibrate, args.fresh)
    if args.threshold_for and args.refs and not args.no_systems:
        threshold_report(data, years, caches, out_dir, args.threshold_for)
    if args.refs:
        print("\n| newstest reference | segments | flags | flags/100 | top codes | mean doc score | docs passing |")
        print("|---|---|---|---|---|---|---|")
        from mtqa.scoring.mqm import quality_score
        from mtqa.scoring.quality import quality_model

        threshold = Config().threshold
        folder = data / "newstest-fren-2008-2015"
        for stem in NEWSTEST:
            rows = load_rows(caches[f"ref.{stem}"])
            util = utilities(read_lines(folder / f"{stem}.fr"), read_lines(folder / f"{stem}.en")) if quality_weight else None
            docs = collections.defaultdict(lambda: [0.0, 0])
            qm = quality_model("fr", "en") if quality_weight else None
            for r in rows:
                docs[r["doc"]][0] += row_penalty(r, weight, quality_weight, qm, util)
                docs[r["doc"]][1] += r["words"]
            doc_scores = [quality_score(p, w) for p, w in docs.values()]
            passing = sum(x >= threshold for x in doc_scores) / len(doc_scores)
            codes = collections.Counter(c for r in rows for c in r["codes"].split(",") if c)
            total = sum(codes.values())
            top = ", ".join(f"{c} {k}" for c, k in codes.most_common(4))
            print(f"| {stem} | {len(rows)} | {total} | {100 * total / len(rows):.2f} | {top} "
                  f"| {sum(doc_scores) / len(doc_scores):.1f} | {passing:.0%} |")


if __name__ == "__main__":
    main()
