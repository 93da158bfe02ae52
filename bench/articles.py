"""Recall and false alarms on whole news articles written for the purpose: French source, flawed English MT, gold.

Usage: ``.venv/bin/python bench/articles.py [--dir DIR ...] [--split calibration|held-out|all] [--tag T] [--show]
[--preview]`` (``--preview``: the checks in preview run too)

The user's sample is one article; mtqa is used on articles it has never seen. This bench holds more of them, each
a folder of ``DIR`` (default ``bench/articles``):

* ``source.fr.txt``: the French article (plain-text conventions: headline, blank line, paragraphs);
* ``target.en.txt``: an English translation with the defects machine translation leaves (the kind the sample has);
* ``gold.tsv``: every defect of ``target.en.txt``, read line by line by the person who wrote it, with the columns
  ``line`` (1-based), ``text`` (the defective span as it appears on that line, its first occurrence), ``category``
  (MQM top-level), ``family`` (what kind of defect: ``transliteration``, ``calque``, ``number-format`` ...),
  ``expected`` (what a good translation writes there; may be empty) and ``note``; a comment line
  ``# split: held-out`` marks an article kept out of calibration (default ``calibration``);
* ``clean.en.txt`` (optional): a correct translation of the same source. Every flag on it is a false alarm.

An issue covers a gold defect when it is on the same line and its span overlaps the defect's; an issue that
overlaps several defects covers the one it is anchored on (the same start or end: a quotation-mark issue spanning a
whole « … » quotation covers the « row, not a calque inside the quotation), else the one it shares most of (the largest
share of the two spans' union: ``Poutine`` covers the transliteration row ``Poutine``, not the honorific row
``M.Poutine``), so one flag never counts for two defects of different families. An issue that runs from the start
of one defect to the end of another of the same family, and whose suggestion writes neither defect's text, covers
both (« … » flagged whole and fixed whole covers the « row and the » row). Per family the bench
prints defects and how many an issue covers (recall); over all issues, those that cover no defect (false alarms,
precision); the flags on the clean translations; and, where ``expected`` is given and the covering issue has a
suggestion, how many suggestions contain it. Misses and false alarms go to ``bench/out/articles[.TAG].*.tsv``.
The articles are the project's own sentences (see each folder); an article marked held-out is not read to design a
rule, only counted, until the stop that reports it.
"""
from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"
COLUMNS = ("line", "text", "category", "family", "expected", "note")


class GoldError(ValueError):
    """A gold row that does not point at its text: the bench refuses to count it rather than guess."""


def read_gold(folder: Path, lines: list[str]) -> tuple[str, list[dict]]:
    """The article's split and its gold rows, each with the span's start and end on its line."""
    split = "calibration"
    body = []
    path = folder / "gold.tsv"
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            key, _, value = raw.lstrip("# ").partition(":")
            if key.strip() == "split":
                split = value.strip()
            continue
        if raw.strip():
            body.append(raw)
    rows = []
    for n, row in enumerate(csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
        missing = [c for c in ("line", "text", "family") if not row.get(c)]
        if missing:
            raise GoldError(f"{path}: row {n}: missing {', '.join(missing)}")
        line = int(row["line"])
        if not 1 <= line <= len(lines) or row["text"] not in lines[line - 1]:
            raise GoldError(f"{path}: row {n}: {row['text']!r} is not on line {line} of target.en.txt")
        start = lines[line - 1].index(row["text"])
        rows.append({**{c: row.get(c) or "" for c in COLUMNS}, "line": line, "start": start,
                     "end": start + len(row["text"])})
    return split, rows


def covers(issue, gold: dict) -> bool:
    return issue.line == gold["line"] and issue.start < gold["end"] and gold["start"] < issue.end


def _share(issue, gold: dict) -> float:
    """Overlap of the two spans over their union (1.0 for the same span)."""
    inter = min(issue.end, gold["end"]) - max(issue.start, gold["start"])
    union = max(issue.end, gold["end"]) - min(issue.start, gold["start"])
    return inter / union if union else 1.0


def _edge(issue, gold: dict) -> bool:
    """Whether the issue's span starts or ends where the defect's does: an issue anchored on a defect's edge is
    about that defect, not about a word it happens to enclose (a quotation-mark issue spans the whole quotation,
    and the quotation's own words may hold another defect)."""
    return issue.start == gold["start"] or issue.end == gold["end"]


def assign(issues, gold: list[dict]) -> dict[int, list]:
    """Gold row index -> the issues that cover it, each issue given to the overlapping row it is anchored on (see
    :func:`_edge`), else to the one it shares most of."""
    taken: dict[int, list] = {}
    for issue in issues:
        rows = [(i, g) for i, g in enumerate(gold) if covers(issue, g)]
        if rows:
            best = max(rows, key=lambda ig: (_edge(issue, ig[1]), _share(issue, ig[1]), -ig[0]))[0]
            taken.setdefault(best, []).append(issue)
            other = _other_end(issue, gold[best], rows)
            if other is not None:
                taken.setdefault(other, []).append(issue)
    return taken


def _other_end(issue, anchor: dict, rows: list) -> int | None:
    """The row at the issue's other edge when the issue runs from the start of one defect to the end of another of
    the same family and its suggestion writes neither defect's text any more: a quotation-mark issue spanning « … »
    whose suggestion replaces both marks is about the « row and the » row alike (the gold lists each mark where the
    writer read two edits), a name issue over "Mikhaïl Gorbatchev" that respells both words about both names. A
    suggestion that keeps one end's words (a clause moved, "reacted" or "under cover of anonymity" left as they
    are) is about the one row, and a flag never counts for a defect of another family."""
    fix = getattr(issue, "suggestion", None)
    if not (issue.start == anchor["start"]) ^ (issue.end == anchor["end"]) or not fix or anchor["text"] in fix:
        return None  # anchored on neither edge or on both, no edit, or one that keeps the row: about the one row
    for i, g in rows:
        if g is anchor or g["family"] != anchor["family"] or g["text"] in fix:
            continue
        first, last = (anchor, g) if issue.start == anchor["start"] else (g, anchor)
        if issue.start == first["start"] and issue.end == last["end"]:
            return i
    return None


def run_article(folder: Path, ctx) -> dict:
    import warnings

    from mtqa.api import check_texts

    source = (folder / "source.fr.txt").read_text(encoding="utf-8")
    target = (folder / "target.en.txt").read_text(encoding="utf-8")
    split, gold = read_gold(folder, target.split("\n"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        issues = check_texts(target, source=source, ctx=ctx, doc_id=folder.name).issues
        clean_path = folder / "clean.en.txt"
        clean = (check_texts(clean_path.read_text(encoding="utf-8"), source=source, ctx=ctx,
                             doc_id=folder.name + "/clean").issues if clean_path.exists() else None)
    return {"name": folder.name, "split": split, "gold": gold, "issues": issues, "clean": clean}


def articles(dirs: list[Path]) -> list[Path]:
    found = []
    for d in dirs:
        if (d / "gold.tsv").exists():
            found.append(d)
        elif d.is_dir():
            found.extend(sorted(p for p in d.iterdir() if (p / "gold.tsv").exists()))
    return found


def report(results: list[dict], tag: str, show: bool) -> None:
    fam = collections.defaultdict(lambda: [0, 0])
    sugg = [0, 0]
    misses, false, clean_false = [], [], []
    n_issues = 0
    clean_words = clean_docs = 0
    for r in results:
        taken = assign(r["issues"], r["gold"])
        for n, g in enumerate(r["gold"]):
            hit = taken.get(n, [])
            fam[g["family"]][0] += 1
            fam[g["family"]][1] += bool(hit)
            if not hit:
                misses.append((r["name"], g["line"], g["family"], g["text"], g["expected"], g["note"]))
            elif g["expected"] and any(i.suggestion for i in hit):
                sugg[0] += 1
                sugg[1] += any(g["expected"] in (i.suggestion or "") for i in hit)
        for i in r["issues"]:
            n_issues += 1
            if not any(covers(i, g) for g in r["gold"]):
                false.append((r["name"], i.line, i.code, i.text, i.suggestion or "", i.message))
        if r["clean"] is not None:
            clean_docs += 1
            for i in r["clean"]:
                clean_false.append((r["name"] + "/clean", i.line, i.code, i.text, i.suggestion or "", i.message))
    total = sum(v[0] for v in fam.values())
    caught = sum(v[1] for v in fam.values())
    print(f"{len(results)} articles ({', '.join(sorted({r['split'] for r in results}))}); "
          f"{total} gold defects, {n_issues} issues")
    print(f"{'family':<22} {'defects':>7} {'caught':>7} {'recall':>7}")
    for name, (n, c) in sorted(fam.items(), key=lambda kv: (-kv[1][0], kv[0])):
        print(f"{name:<22} {n:>7} {c:>7} {c / n:>7.2f}")
    print(f"{'all':<22} {total:>7} {caught:>7} {caught / max(total, 1):>7.2f}")
    print(f"precision: {n_issues - len(false)}/{n_issues} = {(n_issues - len(false)) / max(n_issues, 1):.3f}"
          f" ({len(false)} issues cover no gold defect)")
    if sugg[0]:
        print(f"suggestions: {sugg[1]}/{sugg[0]} covering issues with a suggestion write the expected form")
    print(f"clean translations: {clean_docs}, flags on them: {len(clean_false)}")
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = f".{tag}" if tag else ""
    for kind, rows, head in (
            ("misses", misses, ("article", "line", "family", "text", "expected", "note")),
            ("false_alarms", false + clean_false, ("article", "line", "code", "text", "suggestion", "message"))):
        path = OUT / f"articles{suffix}.{kind}.tsv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(head)
            w.writerows(rows)
        print(f"{kind}: {path} ({len(rows)} rows)")
        if show:
            for row in rows:
                print("   ", "\t".join(str(x) for x in row))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", action="append", type=Path, help="an article folder or a folder of them "
                    "(repeatable; default bench/articles)")
    ap.add_argument("--split", default="all", choices=("calibration", "held-out", "all"))
    ap.add_argument("--tag", default="")
    ap.add_argument("--show", action="store_true", help="print the misses and false alarms too")
    ap.add_argument("--preview", action="store_true", help="run the checks in preview too (what a check in "
                    "preview would add before it is made default)")
    args = ap.parse_args(argv)
    from mtqa.config import Config
    from mtqa.context import Context

    folders = articles(args.dir or [ROOT / "bench" / "articles"])
    if not folders:
        print("no articles found (each needs source.fr.txt, target.en.txt and gold.tsv)")
        return 0
    ctx = Context(Config(preview=True)) if args.preview else Context()
    try:
        results = [run_article(f, ctx) for f in folders]
    except GoldError as err:
        print(f"articles: {err}", file=sys.stderr)
        return 2
    results = [r for r in results if args.split in ("all", r["split"])]
    if not results:
        print(f"no {args.split} articles among {len(folders)}")
        return 0
    report(results, args.tag, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
