"""A judged sample of the flags on the newstest human references, and the false-alarm rate it estimates.

The raw flags per 100 segments on a human reference mix three things: real
defects of the reference (French guillemets left in the English, ``350.000``),
places where the reference departs from its source (the flag is right about the
pair), and false alarms. Only the last are mtqa's fault. ``bench/judged.tsv``
holds a stratified random sample of flags, each read with its source and
reference and labelled:

* ``defect``: the reference really has the problem the flag names;
* ``pair``: the reference departs from the source (a changed figure, a clause
  left out): right about the pair, though the reference may be a fine English text;
* ``false``: a false alarm;

with a short reason category. Rows are keyed by (set, line, code, span) and
carry no sentence: a span longer than a few words is stored as its first words
and a hash of the whole. The file lists every flag of the run the sample was
drawn from (label ``-`` when not drawn, ``todo`` when drawn and not yet read),
so a later run shows which flags are new since the draw (their label is
missing: read them) and which judged flags are gone (a gone ``false`` is a
fixed false alarm, a gone ``defect`` a lost catch).

Strata are (set, code). The sample was drawn by ``draw`` (fixed seed) from the
flag files of one run: every stratum gets at least one flag, large strata a
share in proportion to their size. When fixes removed every drawn flag of a
stratum, all the flags it still had were read too (reason "(2nd draw)"), and
flags new since the draw were read as they came ("(new since the draw)"). A
check made after the fixes drew two more unread flags from every stratum of
ten flags or more (seed 23, "(3rd draw)"): the estimate before they were added
expected 3.5 false alarms among those 50, they held 5. The estimate of false alarms per 100
segments for a set is the sum over its codes of (flags of the code in the
current run) x (false share of the stratum). A stratum's false share is
partially pooled: its own labels plus a prior worth ``PRIOR`` labels at the
share of the same code over every set (itself with a flat Beta(1,1) prior), so
a stratum judged from a single flag is not read as 0 % or 100 %. Only the
judged flags the current run still raises count: the sample was uniform in
its stratum, so those left are a uniform sample of the flags left (a fixed
false alarm leaves the stratum's share with it). The 95 %
interval comes from drawing every stratum's share from its Beta posterior
(``DRAWS`` draws, fixed seed).

Every draw above was read while the fixes were being made, so the estimate is
a calibration figure. The held-out draw checks it: ``draw_heldout`` (seed
2026) took 100 never-judged flags of a run made after the fixes, split over the
sets in proportion to their flag counts, uniform within a set; they were read
and labelled with no fix following (reason suffix ``HELDOUT``).
``heldout_check`` compares the false alarms observed among them with the number
the estimate built from the other labels predicted, and gives the pooled
held-out false share with its Wilson 95 % interval.
"""
from __future__ import annotations

import collections
import csv
import hashlib
import random
import re
from pathlib import Path

LABELS = ("defect", "pair", "false")
HELDOUT = "(held-out)"  # reason suffix of the held-out draw: read after every fix, used to check the estimate
HELDOUT_RE = re.compile(r"\(held-out(?: (\d+))?\)$")
"""Reason suffix of a held-out draw: ``(held-out)`` for the first (seed 2026), ``(held-out SEED)`` after."""
FIRST_HELDOUT_SEED = 2026
NOT_DRAWN = "-"
TODO = "todo"
PRIOR = 2.0
DRAWS = 4000
SPAN_WORDS = 4
SPAN_CHARS = 32


def span_key(text: str) -> str:
    """The flagged span as stored: itself when short, else its first words and a hash of the whole."""
    text = " ".join(text.split())
    if len(text) <= SPAN_CHARS and len(text.split()) <= SPAN_WORDS:
        return text
    head = " ".join(text.split()[:2])[:24]
    return f"{head}…#{hashlib.sha1(text.encode('utf-8')).hexdigest()[:10]}"


def read_flags(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def key_of(name: str, row: dict) -> tuple[str, int, str, str]:
    return (name, int(row["line"]), row["code"], span_key(row["text"]))


def draw(flags: dict[str, list[dict]], share: float, seed: int) -> list[tuple[tuple, dict]]:
    """Stratified sample: in every (set, code) stratum max(1, round(size x share)) flags, seeded per stratum."""
    strata: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for name, rows in flags.items():
        for row in rows:
            strata[(name, row["code"])].append(row)
    picked = []
    for (name, code), rows in sorted(strata.items()):
        rows = sorted(rows, key=lambda r: (int(r["line"]), r["text"]))
        n = min(len(rows), max(1, round(len(rows) * share)))
        for row in random.Random(f"{seed}:{name}:{code}").sample(rows, n):
            picked.append((key_of(name, row), row))
    return picked


def write(path: Path, flags: dict[str, list[dict]], picked: list[tuple[tuple, dict]]) -> None:
    """The judged file for a fresh draw: every flag, the drawn ones marked ``todo``."""
    drawn = {key for key, _ in picked}
    keys = sorted({key_of(name, r) for name, rows in flags.items() for r in rows})
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["set", "line", "code", "span", "label", "reason"])
        for key in keys:
            out.writerow([*key, TODO if key in drawn else NOT_DRAWN, ""])


def load(path: Path) -> tuple[dict, set]:
    """(labels by key: (label, reason), every key of the drawn run). A bad row stops with its line number."""
    labels, population = {}, set()
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
            try:
                key = (row["set"], int(row["line"]), row["code"], row["span"])
            except (KeyError, TypeError, ValueError):
                raise ValueError(f"{path}:{n}: expected set, line (a number), code, span, label, reason") from None
            if row["label"] not in (*LABELS, NOT_DRAWN, TODO):
                raise ValueError(f"{path}:{n}: label must be one of {', '.join(LABELS)}, "
                                 f"{NOT_DRAWN} or {TODO}, got {row['label']!r}")
            population.add(key)
            if row["label"] in LABELS:
                labels[key] = (row["label"], row["reason"])
    return labels, population


def draw_heldout(flags: dict[str, list[dict]], labels: dict, population: set, n: int, seed: int,
                 new: bool = False) -> list[tuple]:
    """N never-judged flags (label ``-`` in the file; with ``new``, also the flags the file does not list, new
    since its run), split over the sets in proportion to their flag counts (largest remainder), uniform
    within a set: a sample of the flags the estimate was not calibrated on."""
    pools = {name: sorted({key_of(name, r) for r in rows if new or key_of(name, r) in population} - set(labels))
             for name, rows in flags.items()}
    total = sum(len(rows) for rows in flags.values())
    quota = {name: n * len(flags[name]) / total for name in flags}
    take = {name: int(q) for name, q in quota.items()}
    for name in sorted(quota, key=lambda k: (take[k] - quota[k], k))[:n - sum(take.values())]:
        take[name] += 1
    rng = random.Random(seed)
    return [key for name in sorted(pools) for key in sorted(rng.sample(pools[name], min(take[name], len(pools[name]))))]


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of a binomial share k/n (95 % by default)."""
    if not n:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * (p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5 / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def heldout_seed(reason: str) -> int | None:
    """The seed of the held-out draw a label's reason names (None: not a held-out label)."""
    m = HELDOUT_RE.search(reason)
    return None if m is None else int(m.group(1) or FIRST_HELDOUT_SEED)


def heldout_draws(labels: dict) -> list[int]:
    """The seeds of the held-out draws in the labels, in the order they were drawn (by seed)."""
    return sorted({seed for _, reason in labels.values() if (seed := heldout_seed(reason)) is not None})


def heldout_check(flags: dict[str, list[dict]], segments: dict[str, int], labels: dict, population: set,
                  seed: int | None = None) -> dict:
    """A held-out draw (the latest, or the one of ``seed``) against the estimate made without it.

    The estimate is built from the labels read before the draw: every label but those of this draw
    and of later ones (a later draw was read after this one was scored). Per set: held-out flags
    still raised, false alarms observed among them, the number that estimate predicted (sum of their
    strata's false shares), and the raw rate x the held-out false share. ``pooled`` holds the same
    over every set with the Wilson 95 % interval.
    """
    draws = heldout_draws(labels)
    if seed is None:
        seed = draws[-1] if draws else FIRST_HELDOUT_SEED
    held = {k: v for k, v in labels.items() if heldout_seed(v[1]) == seed}
    calibration = {k: v for k, v in labels.items() if (heldout_seed(v[1]) or 0) < seed}
    current = {name: {key_of(name, r) for r in rows} for name, rows in flags.items()}
    share, _ = _shares(flags, calibration)
    out, n_all, k_all, pred_all = {}, 0, 0, 0.0
    for name, rows in flags.items():
        keys = [k for k in held if k[0] == name and k in current[name]]
        k = sum(1 for key in keys if held[key][0] == "false")
        predicted = sum(a / (a + b) for a, b in (share(name, key[2]) for key in keys))
        raw = 100 * len(rows) / segments[name]
        out[name] = {"n": len(keys), "false": k, "predicted": predicted, "raw": raw,
                     "false100": raw * k / len(keys) if keys else None,
                     "labels": collections.Counter(held[key][0] for key in keys)}
        n_all, k_all, pred_all = n_all + len(keys), k_all + k, pred_all + predicted
    low, high = wilson(k_all, n_all)
    out["pooled"] = {"n": n_all, "false": k_all, "predicted": pred_all,
                     "share": k_all / n_all if n_all else 0.0, "low": low, "high": high}
    return out


def combined(flags: dict[str, list[dict]], segments: dict[str, int], labels: dict, seed: int | None = None) -> dict:
    """False alarms per 100 segments from the labels and a held-out draw (the latest, or ``seed``), per set:
    the judged flags still raised that are labelled false, plus the never-judged flags still raised times
    the draw's false share as it was read (all its labels, fixed since or not: the share of the code
    before any fix made after the draw), with the draw's Wilson 95 % interval carried through. The
    figure to quote after a round of fixes, beside the model estimate (:func:`estimate`), which
    under-predicts right after fixes. ``share``/``low``/``high``/``n``/``false`` describe the draw."""
    draws = heldout_draws(labels)
    if seed is None:
        seed = draws[-1] if draws else FIRST_HELDOUT_SEED
    held = [label for label, reason in labels.values() if heldout_seed(reason) == seed]
    n, k = len(held), sum(1 for label in held if label == "false")
    share = k / n if n else 0.0
    low, high = wilson(k, n)
    out = {"seed": seed, "n": n, "false": k, "share": share, "low": low, "high": high, "sets": {}}
    for name, rows in flags.items():
        keys = [key_of(name, r) for r in rows]
        known = sum(1 for key in keys if key in labels and labels[key][0] == "false")
        never = sum(1 for key in keys if key not in labels)
        per100 = {f: 100 * (known + s * never) / segments[name] for f, s in (("est", share), ("low", low), ("high", high))}
        out["sets"][name] = {"flags": len(keys), "known_false": known, "never": never, **per100}
    return out


def _shares(flags: dict[str, list[dict]], labels: dict):
    """(share, judged_in): share(set, code) is the Beta posterior (a, b) of a stratum's false share,
    partially pooled (see the module docstring); judged_in(set, code) counts its labels still raised."""
    current = {name: {key_of(name, r) for r in rows} for name, rows in flags.items()}
    by_code: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    by_stratum: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for key, (label, _reason) in labels.items():
        if key in current.get(key[0], ()):  # gone since the draw: the judged flags still raised are a random sample of those still raised
            by_code[key[2]][label] += 1
            by_stratum[(key[0], key[2])][label] += 1

    def share(name: str, code: str) -> tuple[float, float]:
        pooled = by_code.get(code, collections.Counter())
        m = (pooled["false"] + 1) / (sum(pooled.values()) + 2)
        own = by_stratum.get((name, code), collections.Counter())
        return own["false"] + PRIOR * m, sum(own.values()) - own["false"] + PRIOR * (1 - m)

    def judged_in(name: str, code: str) -> int:
        return sum(by_stratum.get((name, code), collections.Counter()).values())
    return share, judged_in


def estimate(flags: dict[str, list[dict]], segments: dict[str, int], labels: dict, population: set) -> dict:
    """Per set: raw flags/100, estimated false alarms/100 with a 95 % interval, and what the labels miss.

    ``flags`` are the current run's flags by set name, ``segments`` the set sizes.
    """
    current = {name: {key_of(name, r) for r in rows} for name, rows in flags.items()}
    share, judged_in = _shares(flags, labels)
    rng = random.Random(19)
    report = {}
    for name, rows in flags.items():
        counts = collections.Counter(r["code"] for r in rows)
        params = {}
        new = [r for r in rows if key_of(name, r) not in population]
        unjudged = []
        for code, n in counts.items():
            params[code] = (n, *share(name, code))
            if not judged_in(name, code):
                unjudged.extend(r for r in rows if r["code"] == code)
        point = sum(n * a / (a + b) for n, a, b in params.values())
        sims = sorted(sum(n * rng.betavariate(a, b) for n, a, b in params.values()) for _ in range(DRAWS))
        segs = segments[name]
        gone = sorted(k for k in labels if k[0] == name and k not in current[name])
        report[name] = {
            "segments": segs, "flags": len(rows), "raw": 100 * len(rows) / segs,
            "false": 100 * point / segs,
            "low": 100 * sims[int(0.025 * DRAWS)] / segs, "high": 100 * sims[int(0.975 * DRAWS) - 1] / segs,
            "judged": sum(1 for k in labels if k[0] == name),
            "unjudged_strata": unjudged, "new": new,
            "gone": [(k, labels[k]) for k in gone],
        }
    return report


def reading_sheet(path: Path, flags: dict[str, list[dict]], keys: list[tuple], seed: int) -> None:
    """The drawn flags to read, with what a reader needs (span, message, suggestion, target, source);
    the label ``todo`` and the reason suffix of the draw are filled in, for :func:`merge`. Not for the
    repository: it holds sentences of the data."""
    wanted = set(keys)
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["set", "line", "code", "span", "label", "reason", "text", "message", "suggestion", "target", "source"])
        for name, rows in flags.items():
            for r in rows:
                key = key_of(name, r)
                if key in wanted:
                    wanted.discard(key)
                    out.writerow([*key, TODO, f"({'held-out'} {seed})", r["text"], r.get("message", ""),
                                  r.get("suggestion", ""), r.get("target", ""), r.get("source", "")])


def merge(judged_path: Path, sheet: Path) -> int:
    """Copy the labels of a read sheet (rows whose label is one of ``LABELS``) into the judged file: a
    listed flag gets its label and reason, a flag the file does not list (new since its run) is added.
    Returns the number of labels merged; a sheet row still ``todo`` stops with its line number."""
    with open(judged_path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    header, body = rows[0], rows[1:]
    index = {(r[0], int(r[1]), r[2], r[3]): r for r in body}
    merged = 0
    with open(sheet, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
            if row["label"] not in LABELS:
                raise ValueError(f"{sheet}:{n}: label must be one of {', '.join(LABELS)}, got {row['label']!r}")
            key = (row["set"], int(row["line"]), row["code"], row["span"])
            if key in index:
                index[key][4:6] = [row["label"], row["reason"]]
            else:
                index[key] = [*map(str, key), row["label"], row["reason"]]
            merged += 1
    body = sorted(index.values(), key=lambda r: (r[0], int(r[1]), r[2], r[3]))  # the file's order
    with open(judged_path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(header)
        out.writerows(body)
    return merged


def label_counts(labels: dict) -> dict[str, collections.Counter]:
    out: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for (_name, _line, code, _span), (label, _reason) in labels.items():
        out[code][label] += 1
    return out
