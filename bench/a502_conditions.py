"""What each condition of A502 (lexical-false-friend) costs in recall, measured by relaxing it alone.

Usage: ``.venv/bin/python bench/a502_conditions.py [--data DIR] [--show N] [--out TSV] [--articles-misses TSV]``

A502 (:func:`mtqa.checks.false_friends.lexical_false_friends`) flags a look-alike of a source word when every one of
its conditions holds. This bench evaluates each (source word, look-alike) pair once and records which conditions it
fails; the pairs that fail exactly one condition are what relaxing that condition alone would add. Each threshold is
relaxed one step (``RELAXED``); failing even the relaxed threshold counts as failing for good (``name!``).

Read, per relaxation: the newstest references 2008-2015 (every hit a false alarm unless read), the WMT12 and WMT13
systems, WMT14's read half (:func:`recall_wmt.half_of`), and the Potet corpus's Moses, Google and Bing output, whose
judge is the human post-edit of the Moses output: a look-alike the post-edit does not hold (by stem) was replaced, a
hit. A hit where A501's table fires on the same word is left out (the table keeps precedence in the check).
"""
from __future__ import annotations

import argparse
import collections
import csv
import functools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mtqa.checks import false_friends as ff  # noqa: E402
from mtqa.langs import false_friend_lexicon as ffl  # noqa: E402
from mtqa.meaning.tokens import plain, stem  # noqa: E402

SRC, TGT = "fr", "en"
LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters: a word as A502 reads it."""


@functools.lru_cache(maxsize=None)
def long_words(n: int) -> re.Pattern:
    """The words of ``n`` letters or more."""
    return re.compile(r"[^\W\d_]{%d,}" % n)
RELAXED = {"min_count": 10, "share": 0.25, "linked": 0.1, "related": 0.1}
"""One step down each threshold: the least sentences of the source word, the least p of its dominant rendering, the
most p of a model link that a look-alike may have and still be flagged (baseline: no link at all), the least p of a
translation sharing the look-alike's first letters that clears it (baseline 0.02)."""
CONDITIONS = ("min_count", "share", "linked", "common", "related", "freedict", "synonym", "other_alike",
              "dominant_in_line", "other_rendering")


@functools.lru_cache(maxsize=None)
def failed(source_word: str, target_word: str) -> frozenset[str]:
    """The conditions of :func:`mtqa.checks.false_friends._lexical_verdict` the pair fails (``name!``: fails the relaxed threshold too);
    ``{"x!"}`` where it is no candidate at all (a function word, or no look-alike). The link itself is left out of
    the related and synonym tests, so that relaxing "linked" alone shows what a weak link costs."""
    from mtqa.langs import freedict, language
    from mtqa.langs.cognates import cognates
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.meaning.align import function_stems

    model = load_lexmodel(SRC, TGT)
    cog = cognates(SRC, TGT)
    s_stem, t_stem = stem(source_word, SRC), stem(target_word, TGT)
    fsrc, ftgt = function_stems(SRC, TGT)
    if s_stem in fsrc or t_stem in ftgt or not cog.alike(source_word, target_word):
        return frozenset({"x!"})
    out = set()
    n = model.source_freq.get(s_stem, 0)
    if n < RELAXED["min_count"]:
        out.add("min_count!")
    elif n < ff.LEXICAL_MIN_COUNT:
        out.add("min_count")
    candidates = model.translations(s_stem)
    link = [c for c in candidates if c.stem == t_stem]
    if link:
        if link[0].dictionary or link[0].p_forward >= RELAXED["linked"]:
            out.add("linked!")
        else:
            out.add("linked")
    if not language(TGT).is_common_word(target_word) or not language(SRC).is_common_word(source_word):
        out.add("common")
    d = model.dominant(s_stem, RELAXED["share"])
    if d is None or d.stem == t_stem:
        out.add("share!")
    elif d.p_forward < ff.LEXICAL_SHARE:
        out.add("share")
    rel = [c for c in candidates if c.stem != t_stem and (c.p_forward >= ff.LEXICAL_RELATED or c.dictionary)
           and (ffl.related_words(c.stem, t_stem) or ffl.related_words(model.word(c.stem), target_word))]
    if rel:
        out.add("related" if all(not c.dictionary and c.p_forward < RELAXED["related"] for c in rel)
                else "related!")
    if any(stem(x, TGT) == t_stem for tr in freedict.lookup(source_word, freedict.pair_name(SRC, TGT))
           for x in LETTERS.findall(tr.lower())):
        out.add("freedict")
    if language(TGT).synonyms.renders(t_stem, [c.stem for c in candidates
                                               if c.stem != t_stem and (c.p_forward >= 0.05 or c.dictionary)]):
        out.add("synonym")
    near = cog.closeness(source_word, target_word)
    if any(f != s_stem and cog.closeness(model.source_word(f), target_word) > near
           for f in model.backward.get(t_stem) or ()):
        out.add("other_alike")
    return frozenset(out)


def dominant_of(source_word: str):
    from mtqa.langs.lexmodel import load_lexmodel

    model = load_lexmodel(SRC, TGT)
    return model.dominant(stem(source_word, SRC), RELAXED["share"])


def pairs(source: str, target: str):
    """(target word, source word, failed conditions) of each look-alike candidate of the pair, each target word
    once (its first source word failing fewest conditions)."""
    from mtqa.langs.cognates import cognates
    from mtqa.langs.lexmodel import load_lexmodel

    cog = cognates(SRC, TGT)
    model = load_lexmodel(SRC, TGT)
    k = cog.prefix
    heads: dict[str, list[str]] = {}
    for w in long_words(cog.min_length).findall(source):
        if w[0].islower():
            heads.setdefault(plain(w[:k]), []).append(w)
    if not heads:
        return
    target_stems = None
    src_words = None
    seen = set()
    for m in long_words(cog.min_length).finditer(target):
        t = m.group()
        if not t[0].islower() or t in seen:
            continue
        key = plain(t[:k])
        if key not in heads:
            continue
        best = None
        for w in heads[key]:
            f = failed(w, t.lower())
            if any(x.endswith("!") for x in f):
                continue
            if best is None or len(f) < len(best[1]):
                best = (w, f)
        if best is None:
            continue
        seen.add(t)
        w, f = best
        f = set(f)
        if target_stems is None:
            target_stems = {stem(x.lower(), TGT) for x in LETTERS.findall(target)}
            src_words = [x for x in LETTERS.findall(source) if x.islower()]
        d = dominant_of(w)
        if d is not None and d.stem in target_stems:
            f.add("dominant_in_line")
        t_stem = stem(t, TGT)
        if any(o != w and t_stem in {c.stem for c in model.translations(stem(o, SRC))
                                     if c.p_forward >= ffl.SENSE_LINK or c.dictionary} for o in src_words):
            f.add("other_rendering")
        if len(f) <= 1:
            yield m.start(), m.end(), t, w, frozenset(f), (model.word(d.stem) if d is not None else "?")


def relaxation(f: frozenset[str]):
    """"base" when every condition holds, the one condition relaxed when exactly one fails, else None."""
    if not f:
        return "base"
    if len(f) == 1:
        return next(iter(f))
    return None


def table_spans(source: str, target: str) -> list[tuple[int, int]]:
    out = []
    for entry in ffl.lexicon():
        for start, end, _, _ in entry.matches(target, source):
            out.append((start, end))
    return out


def corpus_hits(name, rows, judge=None):
    """rows: (id, source, target, post-edit or None). Yields (relaxation, id, source word, target word,
    suggestion, target, verdict) with verdict True/False/None (None: no judge)."""
    for rid, s, t, pe in rows:
        found = list(pairs(s, t))
        if not found:
            continue
        spans = table_spans(s, t)
        for a, b, tw, sw, f, sugg in found:
            if any(a < y and x < b for x, y in spans):
                continue
            r = relaxation(f)
            if r is None:
                continue
            verdict = None
            if pe is not None:
                pe_stems = {stem(x.lower(), TGT) for x in LETTERS.findall(pe)}
                verdict = stem(tw.lower(), TGT) not in pe_stems
            yield r, rid, sw, tw, sugg, t, verdict


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def corpora(data: Path):
    import recall_wmt

    news = data / "newstest-fren-2008-2015"
    refs = []
    for p in sorted(news.glob("*.fr")):
        if "discuss" in p.name:
            continue
        refs += [(f"{p.stem}:{i + 1}", s, e, None) for i, (s, e) in enumerate(zip(lines(p), lines(p.with_suffix(".en"))))]
    yield "references", refs
    for year in ("2012", "2013"):
        folder = data / f"wmt{year[2:]}-fren"
        src = lines(folder / f"newstest{year}.fr-en.src.fr")
        rows = []
        for path in sorted((folder / "systems").glob("*.en")):
            sysname = path.name.split(".")[2]
            rows += [(f"wmt{year[2:]}/{sysname}:{i + 1}", s, mt, None) for i, (s, mt) in enumerate(zip(src, lines(path)))]
        yield f"wmt{year[2:]}", rows
    folder = data / "wmt14-fren"
    src = lines(folder / "newstest2014.fr-en.src.fr")
    with open(folder / "newstest2014.fr-en.docs.tsv", encoding="utf-8") as f:
        docids = [row["docid"] for row in csv.DictReader(f, delimiter="\t")]
    rows = []
    for path in sorted((folder / "systems").glob("*.en")):
        sysname = path.name.split(".")[2]
        rows += [(f"wmt14r/{sysname}:{i + 1}", s, mt, None) for i, (s, mt) in enumerate(zip(src, lines(path)))
                 if recall_wmt.half_of(docids[i]) == "r"]
    yield "wmt14r", rows
    pot = data / "potet-fren-postedit"
    src, pe = lines(pot / "src.fr"), lines(pot / "pe.en")
    rows = []
    for name in ("moses", "google", "bing"):
        rows += [(f"potet/{name}:{i + 1}", s, mt, p) for i, (s, mt, p) in
                 enumerate(zip(src, lines(pot / f"mt-{name}.en"), pe))]
    yield "potet", rows


def article_reasons(misses: Path, articles: Path) -> None:
    """Why A502 says nothing on each false-friend or mistranslation row of ``misses`` (an articles.py misses
    TSV): the look-alike pairs of the defect's words and the conditions each fails, or "no look-alike"."""
    from mtqa.langs.cognates import cognates

    cog = cognates(SRC, TGT)
    reasons = collections.Counter()
    with open(misses, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["family"] not in ("false-friend", "mistranslation"):
                continue
            folder = articles / row["article"]
            src = (folder / "source.fr.txt").read_text(encoding="utf-8")  # lines are not aligned one to one
            found = []
            for t in LETTERS.findall(row["text"]):
                for w in LETTERS.findall(src):
                    if w[0].islower() and cog.alike(w.lower(), t.lower()):
                        f_ = failed(w.lower(), t.lower())
                        found.append(f"{w}->{t}: " + (",".join(sorted(f_)) or "all hold"))
            why = "; ".join(found) or "no look-alike in the source (a sense error)"
            key = "no look-alike" if not found else ",".join(sorted({x.split(": ")[1] for x in found}))
            reasons[key] += 1
            print(row["article"], row["line"], row["family"], row["text"], why, sep="\t")
    for k, n in reasons.most_common():
        print(f"{n}\t{k}")



def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
    ap.add_argument("--show", type=int, default=15, help="print this many hits per relaxation and corpus")
    ap.add_argument("--out", help="write every hit to this TSV")
    ap.add_argument("--articles-misses", help="an articles.py misses TSV: print why A502 misses each false-friend "
                    "and mistranslation row, and stop")
    args = ap.parse_args()
    if args.articles_misses:
        article_reasons(Path(args.articles_misses), Path(__file__).resolve().parent / "articles")
        return
    data = Path(args.data)
    if not (data / "newstest-fren-2008-2015").is_dir():
        sys.exit(f"no WMT data under {data}")
    table = collections.defaultdict(collections.Counter)
    judged = collections.defaultdict(collections.Counter)
    out = open(args.out, "w", encoding="utf-8") if args.out else None
    shown = collections.Counter()
    names = []
    for name, rows in corpora(data):
        names.append(name)
        for r, rid, sw, tw, sugg, t, verdict in corpus_hits(name, rows):
            table[r][name] += 1
            if verdict is not None:
                judged[r][verdict] += 1
            if out:
                print(r, rid, sw, tw, sugg, verdict, t, sep="\t", file=out)
            if shown[r, name] < args.show:
                shown[r, name] += 1
                print(f"[{r}] {rid}\t{sw} -> {tw} (say {sugg})\t{'' if verdict is None else verdict}\t{t[:160]}")
    print()
    print("relaxation".ljust(18) + "".join(n.rjust(12) for n in names) + "   potet replaced/hits")
    for r in ("base",) + CONDITIONS:
        j = judged[r]
        print(r.ljust(18) + "".join(str(table[r][n]).rjust(12) for n in names)
              + f"   {j[True]}/{j[True] + j[False]}")


if __name__ == "__main__":
    main()

