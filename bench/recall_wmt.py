"""Recall of the name classes on WMT system outputs, judged by the human reference (a second test set).

Usage: ``.venv/bin/python bench/recall_wmt.py [--data DIR] [--years 2012,2013,2014] [--tag T] [--split]``

``bench/recall.py`` measures recall on two MT systems (Google, Bing) of one
corpus (Potet), and the name rules were calibrated on that corpus. This script
applies the same oracles (``recall.ORACLES`` and the figure oracle, through
``recall.evaluate``) to every submitted system of the WMT12, WMT13 and WMT14
French-English news tasks, with the human reference in the post-edit's role:
a source name the MT copied in its French form (``Moscou``) while the
reference writes a similar-looking name (Moscow) is a ``name-form`` positive,
and so on. A reference is a translation, not a post-edit of this output, so
the oracles are looser here (a reference that rewords a sentence takes a name
out of the judge's view) -- recall is comparable between two versions of mtqa
on the same data, not with the Potet figures.

WMT12 and WMT13 are the parts whose misses may be read to design rules
(calibration). WMT14 was held out, its misses never read to write a rule, until stop 29, when its name-form recall (61/132 against 0.87 and 0.90 on the
calibration years) showed the rules did not generalise. ``--split`` divides it in two halves by
document, with a rule fixed before any of it was read: a document is in the **read** half
(``2014r``) when the first byte of the SHA-256 of its id (the ``docid`` column of
``newstest2014.fr-en.docs.tsv``, UTF-8) is even, and in the **held-out** half (``2014h``) when it
is odd. Only the read half's misses may be read to design rules; the held-out half measures whether
they generalise. With ``--split`` the 2014 rows of the misses and false-alarm files carry ``2014r``
or ``2014h`` in their year column. The rule depends on the document id alone, never on the line,
the system or the run, so every run puts each document in the same half. Without ``--split`` the
report still shows the whole of 2014 as held out, although its read half has now been read.

The report prints, per year (or half) and for the held-out years,
recall per class and the flag precision of each check family,
and writes the misses to ``bench/out/recall_wmt[.TAG].misses.<class>.tsv`` and the false alarms
(flags on what the reference also writes) to ``bench/out/recall_wmt[.TAG].false_alarms.tsv``.

The fluency families (F1 marks and spacing, F3 case, F4 repeats) are judged by the reference's own writing of
what each check looks at (``recall_fluency``: does the reference pair its brackets, double the word, write
the word in the suggested case?), since every reference writes "(" and "the". Each of their flags, with its
verdict, goes to ``bench/out/recall_wmt[.TAG].fluency.tsv``; ``recall_wmt[.TAG].sample.fluency.tsv`` draws
``--sample`` decided flags per family of the calibration years (seed 44) for hand-checking, and the agreement
of the hand-check (``bench/recall_wmt_handcheck.tsv``) is printed beside the family precision.

The number formats (L1) are judged the same way (``recall_formats``: does the reference write the flag's figure,
time or date the English way, or the flagged form itself?), since a reference written afresh rarely rewrites the
output's figure as the number-format oracle asks (585 of WMT12/13's 1,019 L1 flags were unjudged before). Their
verdicts go to ``recall_wmt[.TAG].formats.tsv`` and ``recall_wmt[.TAG].sample.formats.tsv``, their hand-check to
the same ``bench/recall_wmt_handcheck.tsv``.

The name families (T1, T2) are judged the same way (``recall_names``: does the reference write the suggested name,
another spelling of it, or the flagged form, and is that form English or only French?), since half of WMT12/13's
T1/T2 flags were unjudged before. Their verdicts go to ``recall_wmt[.TAG].names.tsv`` and
``recall_wmt[.TAG].sample.names.tsv``, their hand-check to ``bench/recall_wmt_handcheck.tsv``.
"""
from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import recall  # noqa: E402
import recall_fluency  # noqa: E402
import recall_formats  # noqa: E402
from recall_formats import FRENCH_ONLY_FORM  # noqa: E402
import recall_names  # noqa: E402

YEARS = ("2012", "2013", "2014")
CALIBRATION = ("2012", "2013")
SPLIT_YEARS = ("2014",)
"""Years ``--split`` divides into a read half (year + "r") and a held-out half (year + "h")."""
FAMILIES = (*recall.FAMILIES, *(f for f in recall_fluency.FAMILIES if f not in recall.FAMILIES))
"""The families whose flag precision is printed: the name and figure families, and the fluency ones."""
SAMPLE_SEED = 44


CAP_RUN = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:[ -][A-ZÀ-Ý][^\W\d_]*)*")
OPENING = recall.OPENING


def kept_by_reference(text: str, ref: str, mt: str, src: str) -> bool:
    """Whether the reference really made the flagged choice (then the flag is a false alarm).

    ``recall.kept_by_post_editor`` asks only that every flagged word occur somewhere in the judge's
    text. A post-edit keeps the output's wording, so that is enough there; a reference is written
    afresh, and three readings of it were wrong:

    - a flag of several words is kept only as that phrase: "the Dauphiné" (a name's article
      translated) is not kept by a reference that writes "Le Dauphiné" and "the" elsewhere;
    - a word the output capitalises is kept only if the reference capitalises it too: "James To
      Click" for Clapper is not kept by a reference's "to steal" (unless every capital of it in the
      output opens a sentence or quotation: « &quot;Many people » is kept by "many people");
    - a name the reference keeps whole is broken by an output that keeps one of its words and
      translates the next one ("Marins Environments" where the reference keeps "Milieux Marins"):
      the flagged word is the half left French, not a choice the reference made.
    """
    if not recall.kept_by_post_editor(text, ref):
        return False
    flagged = recall.WORD.findall(text)
    if len(flagged) > 1 and not re.search(
            r"(?<![^\W\d_])" + r"[\W_]+".join(map(re.escape, flagged)) + r"(?![^\W\d_])", ref, re.I):
        return False
    for w in flagged:
        if w[0].isupper() and not re.search(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", ref) \
                and not _opens_only(w, mt):
            return False
    src_low = {w.lower() for w in recall.WORD.findall(src)}
    mt_low = {w.lower() for w in recall.WORD.findall(mt)}
    for run in CAP_RUN.finditer(ref):
        names = recall.WORD.findall(run.group())
        low = [n.lower() for n in names]
        if any(w.lower() in low for w in flagged) and any(
                n not in mt_low and n in src_low for n in low if n not in {w.lower() for w in flagged}):
            return False
    return True


_opens_only = recall.opens_only


def french_form_kept_by_reference(flag, src: str, mt: str, ref: str) -> bool:
    """An L1 flag on a form only French typography writes (``22h00``, ``$ 70``) that the reference writes
    identically: the reference copied the French form too, which makes it a defect of the reference (the
    judged sample of newstest reference flags labels such forms ``defect``), not a verdict that the form is
    English. The flag is then unjudged, not a false alarm. (WMT12's six L1 "false alarms" were all such:
    "(22h00)" and "$ 70 million", written so by the reference.) The reference is a translation, not a
    post-edit, so its copying a format is no choice made against the flag; the Potet post-edit judge keeps
    its own reading (``recall.evaluate`` is given this rule by this script only).

    The same holds for a T2 flag, whose form is French's by construction (a French acronym of T202's table,
    « AIEA » for IAEA; a French exonym or transliteration of T201's, « Tcheliabinsk »): the reference that
    writes it too copied the source. WMT12's 76 T2 "false alarms" were all such (Aqmi, AIEA, PIB, OMC, ONG,
    Tcheliabinsk, kept by the newstest2012 reference), and every such flag on the references in
    ``bench/judged.tsv`` (2008-2014) is labelled ``defect``.

    In this script the T1/T2 flags reach ``recall_names.verdict`` first, which reads a copied form only French
    writes as unjudged too (by word frequencies), so the T2 rule here now decides only when this function is
    given to ``recall.evaluate`` without that judge. The L1 flags reach ``recall_formats.verdict`` first (the ``judge`` of ``recall.evaluate``),
    which reads a French-only form the reference copies as unjudged too, with these shapes among its own."""
    if flag[0].startswith("T2"):
        return re.search(r"(?<![^\W\d_])" + re.escape(flag[3]) + r"(?![^\W\d_])", ref) is not None
    return (flag[0].startswith("L1") and flag[3] in ref
            and FRENCH_ONLY_FORM.fullmatch(flag[3].strip()) is not None)


JUDGES = (recall_formats.verdict, recall_names.verdict, recall_fluency.verdict)
"""The reference's own verdicts on the families whose flags "the reference writes it too" cannot judge: the
number formats (``recall_formats``), the names (``recall_names``) and the fluency families (``recall_fluency``);
each returns None for a flag of another family."""


def own_verdict(flag, i, src, mt, ref, docs):
    """The first verdict of :data:`JUDGES` on ``flag``, or None when no judge decides its family."""
    for judge in JUDGES:
        v = judge(flag, i, src, mt, ref, docs)
        if v is not None:
            return v
    return None


def fluency_sample(rows: list, n: int, families=recall_fluency.FAMILIES) -> list:
    """``n`` flags per family of ``families``, drawn (seed 44) among those of the calibration years the judge
    decided (hit or false), in the order of ``rows``: what the hand-check reads."""
    rng = random.Random(SAMPLE_SEED)
    out = []
    for fam in families:
        decided = [r for r in rows if r[0] in CALIBRATION and r[3].startswith(fam) and r[6] in ("hit", "false")]
        out += rng.sample(decided, min(n, len(decided)))
    return out


def half_of(docid: str) -> str:
    """The half of a split year a document belongs to: "r" (read) when the first byte of the
    SHA-256 of its id is even, "h" (held out) when it is odd (see the module docstring)."""
    return "r" if hashlib.sha256(docid.encode("utf-8")).digest()[0] % 2 == 0 else "h"


def systems(folder: Path, year: str) -> list[tuple[str, Path]]:
    prefix = f"newstest{year}.fr-en."
    return sorted((p.name[len(prefix):-3], p) for p in (folder / "systems").glob(f"{prefix}*.en"))


def read_year(folder: Path, year: str) -> tuple[list[str], list[str], list[str], list[int]]:
    """A newstest year's source lines, reference lines, each line's document id, and each line's document
    number (documents numbered in their order of appearance), as every WMT bench reads them."""
    src = recall.read_lines(folder / f"newstest{year}.fr-en.src.fr")
    ref = recall.read_lines(folder / f"newstest{year}.fr-en.ref.en")
    with open(folder / f"newstest{year}.fr-en.docs.tsv", encoding="utf-8") as f:
        docids = [row["docid"] for row in csv.DictReader(f, delimiter="\t")]
    doc_no = {d: i for i, d in enumerate(dict.fromkeys(docids))}
    return src, ref, docids, [doc_no[d] for d in docids]


def run_year(folder: Path, year: str, tag: str, config, split: bool = False) -> dict:
    """Positives, verdicts, misses and false alarms of one year, keyed by the year or, for a split
    year, by each half ("2014r", "2014h")."""
    src, ref, docids, docs = read_year(folder, year)
    part = [year + half_of(d) if split else year for d in docids]
    out = {k: (collections.defaultdict(list), collections.defaultdict(collections.Counter), [], [], [])
           for k in dict.fromkeys(part)}
    for name, path in systems(folder, year):
        mt = recall.read_lines(path)
        if len(mt) != len(src):
            print(f"{year} {name}: {len(mt)} lines for {len(src)} source lines, skipped", file=sys.stderr)
            continue
        jsonl = recall.write_jsonl(f"wmt{year}.{name}", src, mt, docs, tag)
        flags = recall.flags_of(jsonl, recall.Context(config))
        for key, (pos, verdicts, misses, false_alarms, fluency) in out.items():
            lines = [i for i, k in enumerate(part) if k == key]

            def judge(f, i, src, mt, ref, docs, fluency=fluency):
                v = own_verdict(f, i, src, mt, ref, docs)
                if v is not None:
                    fluency.append((key, name, i + 1, f[0], f[3], f[4], v, mt[i], ref[i], src[i]))
                return v

            p, v, fa = recall.evaluate(name, src, mt, ref, flags, lines, kept=kept_by_reference, docs=docs,
                                       undecided=french_form_kept_by_reference, judge=judge)
            false_alarms += [(key, *row) for row in fa]
            for cls, rows in p.items():
                pos[cls] += rows
                misses += [(cls, key, name, i + 1, span[2], mt[i], ref[i], src[i]) for i, span, by in rows if not by]
            for fam, c in v.items():
                verdicts[fam].update(c)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--years", default=",".join(YEARS), type=recall.listed(YEARS))
    ap.add_argument("--tag", default="")
    ap.add_argument("--sample", type=int, default=30,
                    help="decided fluency flags per family of the calibration years written for hand-checking")
    ap.add_argument("--split", action="store_true",
                    help="divide WMT14 by document into a read half (2014r) and a held-out half (2014h); "
                         "the rule is in the module docstring")
    args = ap.parse_args()
    t0 = time.perf_counter()
    data = recall.potet_dir(args.data).parent
    config = recall.Config()
    tag = "." + args.tag if args.tag else ""
    years = args.years
    results = {}
    all_misses, all_false, all_fluency = [], [], []
    for year in years:
        folder = data / f"wmt{year[2:]}-fren"
        if not folder.is_dir():
            print(f"{folder}: missing, year {year} skipped", file=sys.stderr)
            continue
        for key, (pos, verdicts, misses, false_alarms, fluency) in run_year(
                folder, year, args.tag, config, split=args.split and year in SPLIT_YEARS).items():
            results[key] = (pos, verdicts)
            all_misses += misses
            all_false += false_alarms
            all_fluency += fluency
        print(f"{year}: {len(systems(folder, year))} systems, {time.perf_counter() - t0:.0f} s", flush=True)

    held = [y for y in results if y not in CALIBRATION and not y.endswith("r")]
    views = {y: [y] for y in results}
    if held:
        views["held-out"] = held
    views["all"] = list(results)
    print(f"\nRecall per class (WMT systems judged by the reference); calibration: {', '.join(CALIBRATION)}\n")
    print(f"{'class':14s} " + " ".join(f"{v:>18s}" for v in views))
    for cls in recall.CLASSES:
        cells = []
        for keys in views.values():
            rows = [r for y in keys for r in results[y][0][cls]]
            caught = sum(1 for *_, by in rows if by)
            cells.append(f"{caught:5d}/{len(rows):5d} {caught / max(len(rows), 1):5.2f}")
        print(f"{cls:14s} " + " ".join(f"{c:>18s}" for c in cells))
    print("\nFlag precision per check family: hits / (hits + false alarms); unjudged flags left out; judge: the "
          "reference judges' verdicts (fluency, number formats, names) a hand-check agrees with")
    hand = recall_fluency.handcheck_precision()
    print(f"{'family':7s} {'judge':>6s} " + " ".join(f"{v:>24s}" for v in views))
    for fam in FAMILIES:
        cells = []
        for keys in views.values():
            c = collections.Counter()
            for y in keys:
                c.update(results[y][1][fam])
            cells.append(recall.precision_cell(c))
        judged = f"{hand[fam][0]}/{hand[fam][1]}" if fam in hand else "-"
        print(f"{fam:7s} {judged:>6s} " + " ".join(f"{c:>24s}" for c in cells))

    recall.OUT.mkdir(parents=True, exist_ok=True)
    for cls in recall.CLASSES:
        with open(recall.OUT / f"recall_wmt{tag}.misses.{cls}.tsv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t")
            w.writerow(["year", "system", "line", "text", "mt", "ref", "src"])
            w.writerows(m[1:] for m in all_misses if m[0] == cls)
    with open(recall.OUT / f"recall_wmt{tag}.false_alarms.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["year", "system", "line", "code", "text", "suggestion", "message", "mt", "ref", "src"])
        w.writerows(all_false)
    header = ["year", "system", "line", "code", "text", "suggestion", "verdict", "mt", "ref", "src"]
    for name, families in (("fluency", recall_fluency.FAMILIES), ("formats", recall_formats.FAMILIES),
                           ("names", recall_names.FAMILIES)):
        rows = [r for r in all_fluency if r[3][:2] in families]
        with open(recall.OUT / f"recall_wmt{tag}.{name}.tsv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t")
            w.writerow(header)
            w.writerows(rows)
        with open(recall.OUT / f"recall_wmt{tag}.sample.{name}.tsv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t")
            w.writerow(header)
            w.writerows(fluency_sample(rows, args.sample, families))
    print(f"\ntotal {time.perf_counter() - t0:.0f} s; misses and false alarms in {recall.OUT}/recall_wmt{tag}.*.tsv")


if __name__ == "__main__":
    main()
