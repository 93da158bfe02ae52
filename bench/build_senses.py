"""Build the context evidence of word senses (mtqa/data/lexmodel/sense_context.fr-en.tsv.gz) from aligned news.

A French word that news renders in several senses (« livre »: "pound" or "book"; « recettes »: "revenues" or
"recipes"; « vol »: "flight" or "theft") is told apart by the words around it: "revenues" goes with « fiscales »,
« impôts », « budget ». This script reads the same word alignment as the lexical model (``bench/build_lexicon.py``:
newstest 2008-2013 and Potet's source/post-edit, eflomal, stems of :mod:`mtqa.meaning.tokens`; newstest2014, 2015
and every MT output are held out; the alignment kept in ``bench/out/lexicon`` is reused) and, for each French stem
seen ``--min-count`` times or more:

1. groups its learned renderings (``--min-links`` links and ``--min-share`` of its links or more; no function
   word of English) into senses: two renderings are one sense when they share their first ``--prefix`` letters
   ("prosecutor", "prosecution"), are close synonyms (``synonyms.en.tsv.gz``), are related in WordNet (a shared
   synset or synsets one link apart: "rise", "increase"), both usually render another French word ("former" and
   "ex"), keep the same company in the English text (``--company``: "journalist", "reporter"), or one occurrence
   links them together (« Bourse »: "stock exchange", ``--join``);
2. drops senses seen fewer than ``--min-uses`` times, senses whose first rendering is not first a noun in WordNet
   (adverbs and links vary by style), and alignment artefacts (a rendering another word of the sentence usually
   renders in ``--artefact`` of its uses: « appareils portables »);
3. gives each occurrence the sense of the rendering it is linked to (its uses: the sense's count) and counts, per
   sense, the content stems of the stories (blocks of ``STORY`` consecutive sentences) whose English holds one of
   its renderings, each once a story (``--topic``, the default: the company the rendering keeps, seen in many
   more stories than the word's own uses; ``--no-topic``: the sentences of its uses only);
4. keeps a context stem for a sense when its log-odds, log P(c | sense) / P(c | any sentence), is ``--min-weight``
   or more, with P(c | sense) smoothed toward news at large (``--prior``) and toward the counts of the stem's
   distributional neighbours (``--neighbours`` closest by sentence co-occurrence, weight ``--borrow``: « dollar »
   borrows from « euro », « taux »), seen in ``--min-pair`` of the sense's stories directly or through
   neighbours, in ``--min-df`` sentences or more.

Output (gzip TSV, sorted, no sentence stored): ``N sentences``, ``S fr sense count renderings`` (its link-count of
uses and renderings, most used first, space-separated) and ``C fr sense context count weight`` (the sense's
stories the context stem is seen in, log-odds).

Usage: .venv/bin/python bench/build_senses.py [--data DIR] [--out PATH] (eflomal on PYTHONPATH unless the
alignment of ``bench/out/lexicon`` is there from a lexicon build; numpy and WordNet, Debian ``wordnet-base``)
"""
from __future__ import annotations

import argparse
import collections
import functools
import gzip
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_lexicon import DEFAULT_DATA, aligned, corpus  # noqa: E402

from mtqa.meaning.tokens import plain  # noqa: E402

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "sense_context.fr-en.tsv.gz"
SYNONYMS = ROOT / "mtqa" / "data" / "lexmodel" / "synonyms.en.tsv.gz"
LEXMODEL = ROOT / "mtqa" / "data" / "lexmodel" / "fr-en.tsv.gz"
STORY = 25
"""Consecutive sentences read as one story (a newstest article runs some 20-30 sentences)."""
FUNCTION_SHARE = 0.02  # as mtqa.meaning.align: a stem in more than 2 % of sentences is grammar


def synonyms() -> dict[str, set[str]]:
    table: dict[str, set[str]] = collections.defaultdict(set)
    with gzip.open(SYNONYMS, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            stem, words = line.rstrip("\n").split("\t")
            table[stem].update(words.split())
    return table


def lexicon(path: Path) -> tuple[dict[str, str], dict[str, list[tuple[str, float]]]]:
    """The lexical model's usual spelling of each English stem and each French stem's learned candidates with
    p(e|f)."""
    spelling: dict[str, str] = {}
    candidates: dict[str, list[tuple[str, float]]] = collections.defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = line.rstrip("\n").split("\t")
            if rec[0] == "E" and len(rec) > 3:
                spelling[rec[1]] = rec[3]
            elif rec[0] == "T" and float(rec[3]) > 0:  # learned in news: a dictionary-only sense is no rendering
                candidates[rec[1]].append((rec[2], float(rec[4])))
    return spelling, candidates


def senses_of(renderings: list[tuple[str, float]], prefix: int, thesaurus: dict, alike) -> list[list[str]]:
    """The renderings (most used first) grouped into senses: shared first letters, close synonyms, or ``alike``:
    words WordNet relates (a shared synset or synsets one link apart, "rise" and "increase", "convicted" and
    "sentenced") or that both usually render another French word too ("former" and "ex" both render « ex- »:
    two ways to say one thing, where "book" and "pound" share no French word but « livre »)."""
    groups: list[list[str]] = []
    for e, _ in renderings:
        home = None
        for g in groups:
            if any(plain(e)[:prefix] == plain(x)[:prefix] or x in thesaurus.get(e, ()) or e in thesaurus.get(x, ())
                   or alike(e, x) for x in g):
                home = g
                break
        if home is None:
            groups.append([e])
        else:
            home.append(e)
    return groups


def _joined_by_links(table: dict[str, list[list[str]]], src: list[list[str]], links: list[dict[int, set[str]]],
                     join: float) -> dict[str, list[list[str]]]:
    """Senses whose renderings one occurrence links together often enough (``join`` of the rarer's uses) made one:
    « Bourse » is "stock exchange", two words of one sense."""
    together: collections.Counter = collections.Counter()
    alone: collections.Counter = collections.Counter()
    for s, by in zip(src, links):
        for i, f in enumerate(s):
            groups = table.get(f)
            if groups is None or len(groups) < 2:
                continue
            found = sorted({k for k, g in enumerate(groups) for e in by.get(i, ()) if e in g})
            for k in found:
                alone[f, k] += 1
            for a in range(len(found)):
                for b in range(a + 1, len(found)):
                    together[f, found[a], found[b]] += 1
    out = {}
    for f, groups in table.items():
        home = list(range(len(groups)))

        def root(k: int) -> int:
            while home[k] != k:
                k = home[k]
            return k
        for (g, a, b), m in together.items():
            if g == f and m >= join * min(alone[f, a], alone[f, b]):
                home[root(b)] = root(a)
        merged: dict[int, list[str]] = {}
        for k, g in enumerate(groups):
            merged.setdefault(root(k), []).extend(g)
        out[f] = list(merged.values())
    return out


def _neighbours(src: list[list[str]], df: collections.Counter, content, vocab_df: int, keep: int,
                min_similarity: float) -> dict[str, list[tuple[str, float]]]:
    """Each frequent source content stem's closest stems by the company they keep: cosine of their positive PMI
    vectors over the sentences (« dollar » near « euro », « taux », « banque »). Why: a sense is seen a few dozen
    times, so most topic words were never in one of its sentences; a word that keeps the company of the sense's
    words is evidence for it too (distributional smoothing, build time only)."""
    import numpy as np

    vocab = sorted(w for w, c in df.items() if c >= vocab_df and content(w))
    index = {w: i for i, w in enumerate(vocab)}
    together = np.zeros((len(vocab), len(vocab)), dtype=np.float32)
    for s in src:
        ids = sorted({index[w] for w in s if w in index})
        if len(ids) > 1:
            a = np.array(ids)
            together[np.ix_(a, a)] += 1
    n = len(src)
    counts = np.array([df[w] for w in vocab], dtype=np.float32)
    with np.errstate(divide="ignore"):
        ppmi = np.maximum(np.log(together * n / np.outer(counts, counts)), 0)
    np.fill_diagonal(ppmi, 0)
    ppmi /= np.maximum(np.linalg.norm(ppmi, axis=1, keepdims=True), 1e-9)
    similar = ppmi @ ppmi.T
    np.fill_diagonal(similar, 0)
    out = {}
    for i, w in enumerate(vocab):
        best = np.argsort(-similar[i])[:keep]
        out[w] = [(vocab[j], round(float(similar[i, j]), 3)) for j in best if similar[i, j] >= min_similarity]
    return out


def _counted(table: dict[str, list[list[str]]], src: list[list[str]], links: list[dict[int, set[str]]], content,
             story: int = STORY):
    """Each sense's uses (occurrences linked to its renderings only) and the content stems of their sentences, a
    context stem counted once a story (``story`` consecutive sentences: the test sets are whole articles in
    order). Why: a story that uses a sense five times would make its own names and topic words the sense's cues
    (« Barrick Gold » a cue of « veut » -> "want"): evidence from one article is no usage of news."""
    uses: collections.Counter = collections.Counter()
    with_context: dict[tuple[str, int], collections.Counter] = collections.defaultdict(collections.Counter)
    last: dict[tuple[str, int, str], int] = {}
    contexts: dict[int, set] = {}
    for number, s, f, k in _sense_uses(table, src, links):
        uses[f, k] += 1
        if number not in contexts:
            contexts = {number: {w for w in s if content(w)}}
        for c in contexts[number] - {f}:
            if number - last.get((f, k, c), -story) >= story:
                last[f, k, c] = number
                with_context[f, k][c] += 1
    return uses, with_context


def _sense_uses(table: dict[str, list[list[str]]], src: list[list[str]], links: list[dict[int, set[str]]]):
    """(sentence number, its source stems, French stem, sense index) of each occurrence of a table word linked to the
    renderings of exactly one of its senses; one unlinked, or linked to two senses, is no evidence either way."""
    sense_of = {f: {e: k for k, g in enumerate(groups) for e in g} for f, groups in table.items()}
    for number, (s, by) in enumerate(zip(src, links)):
        for i, f in enumerate(s):
            where = sense_of.get(f)
            if where is None:
                continue
            found = {where[e] for e in by.get(i, ()) if e in where}
            if len(found) == 1:
                yield number, s, f, found.pop()


def _english_company(tgt: list[list[str]], ftgt: set[str], min_df: int, context_df: int):
    """A function (a, b) -> the cosine of two English stems' positive PMI vectors over the sentences' English
    content stems seen ``context_df`` times or more (None when a stem is seen fewer than ``min_df`` times): how much
    the two renderings keep the same company in English news."""
    import numpy as np

    n = len(tgt)
    df: collections.Counter = collections.Counter()
    for t in tgt:
        df.update(set(t))
    vocab = sorted(w for w, c in df.items() if c >= min_df and w not in ftgt and len(w) > 2 and not w[0].isdigit())
    index = {w: i for i, w in enumerate(vocab)}
    columns = {w: i for i, w in enumerate(w for w in vocab if df[w] >= context_df)}
    together = np.zeros((len(vocab), len(columns)), dtype=np.float32)
    for t in tgt:
        rows = [index[w] for w in set(t) if w in index]
        cols = [columns[w] for w in set(t) if w in columns]
        if rows and cols:
            together[np.ix_(rows, cols)] += 1
    counts = np.array([df[w] for w in vocab], dtype=np.float32)
    col_counts = np.array([df[w] for w in columns], dtype=np.float32)
    with np.errstate(divide="ignore"):
        ppmi = np.maximum(np.log(together * n / np.outer(counts, col_counts)), 0)
    for w, j in columns.items():
        ppmi[index[w], j] = 0  # a word's own column says nothing of its company
    ppmi /= np.maximum(np.linalg.norm(ppmi, axis=1, keepdims=True), 1e-9)

    def cosine(a: str, b: str):
        if a not in index or b not in index:
            return None
        return float(ppmi[index[a]] @ ppmi[index[b]])
    return cosine


def _topic_counted(table: dict[str, list[list[str]]], src: list[list[str]], tgt: list[list[str]], content,
                   story: int = STORY):
    """Each sense's topic: the stories (blocks of ``story`` consecutive sentences) whose English holds one of its
    renderings, whatever the French word, and the source content stems of those sentences, each once a story. Why: a French
    word is seen in a given sense a few dozen times, its English rendering in many more sentences ("pound" renders
    « livres », « sterling », « £ »): the company the rendering keeps is the sense's topic, with many more
    stories behind it than the word's own aligned uses."""
    where: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
    for f, groups in table.items():
        for k, g in enumerate(groups):
            for e in g:
                where[e].append((f, k))
    stories: collections.Counter = collections.Counter()
    with_context: dict[tuple[str, int], collections.Counter] = collections.defaultdict(collections.Counter)
    block: dict[tuple[str, int], set[str]] = {}  # the current story's context stems, per sense

    def flush() -> None:
        for fk, words in block.items():
            stories[fk] += 1
            with_context[fk].update(words)
        block.clear()

    for number, (s, t) in enumerate(zip(src, tgt)):
        if number % story == 0:
            flush()
        senses = {fk for e in set(t) for fk in where.get(e, ())}
        if not senses:
            continue
        context = {w for w in s if content(w)}
        for f, k in senses:
            block.setdefault((f, k), set()).update(context - {f})
    flush()
    return stories, with_context


def _artefacts_dropped(table: dict[str, list[list[str]]], src: list[list[str]], links: list[dict[int, set[str]]],
                       usual: dict[str, set[str]], share: float) -> dict[str, list[list[str]]]:
    """Senses that are alignment artefacts dropped: a sense (past the first) whose rendering another word of the
    sentence usually renders in ``share`` of its uses or more (« appareils portables »: "portable" is linked to
    « appareils » too, but it is « portables »'s word), or whose one rendering is the French word copied (« main »:
    "Main", the river of Frankfurt). Why: the check would read the neighbour's word as a sense of the head."""
    uses: collections.Counter = collections.Counter()
    elsewhere: collections.Counter = collections.Counter()
    for _, s, f, k in _sense_uses(table, src, links):
        uses[f, k] += 1
        if any(x != f and usual.get(x, set()).intersection(table[f][k]) for x in s):
            elsewhere[f, k] += 1
    out = {}
    for f, groups in table.items():
        kept = [g for k, g in enumerate(groups) if k == 0 or (
            elsewhere[f, k] < share * uses[f, k] and not (len(g) == 1 and g[0] == f))]
        out[f] = kept
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-count", type=int, default=8, help="occurrences of the French stem")
    ap.add_argument("--min-links", type=float, default=2.0, help="links of a rendering")
    ap.add_argument("--min-share", type=float, default=0.05, help="share of the stem's links of a rendering")
    ap.add_argument("--prefix", type=int, default=5)
    ap.add_argument("--usual", type=float, default=0.05, help="p(e|f) of a usual rendering (as the aligner)")
    ap.add_argument("--artefact", type=float, default=0.9, help="see _artefacts_dropped")
    ap.add_argument("--min-uses", type=int, default=3, help="occurrences of a sense (fewer: no sense of its own)")
    ap.add_argument("--min-pair", type=int, default=3, help="sentences of a sense with a context stem")
    ap.add_argument("--min-weight", type=float, default=2.0, help="log-odds of a kept context stem")
    ap.add_argument("--prior", type=float, default=10.0,
                    help="sentences of background usage each sense's context counts start from (shrinks the "
                         "log-odds of rare senses toward 0)")
    ap.add_argument("--min-df", type=int, default=20,
                    help="sentences a context stem is seen in (rarer words are names of one story)")
    ap.add_argument("--vocab-df", type=int, default=20, help="sentences of a stem with distributional neighbours")
    ap.add_argument("--neighbours", type=int, default=10)
    ap.add_argument("--min-similarity", type=float, default=0.15)
    ap.add_argument("--borrow", type=float, default=1.0, help="weight of the neighbours' counts against the own")
    ap.add_argument("--topic", action=argparse.BooleanOptionalAction, default=True,
                    help="cues from every story whose English holds a sense's rendering (see _topic_counted)")
    ap.add_argument("--company", type=float, default=0.2, help="see keeps_company")
    ap.add_argument("--company-df", type=int, default=5, help="English sentences of a rendering to compare it")
    ap.add_argument("--join", type=float, default=0.3, help="see _joined_by_links")
    args = ap.parse_args()
    t0 = time.perf_counter()
    src, tgt, links_f, links_r = aligned(corpus(Path(args.data)))
    n = len(src)
    df_src: collections.Counter = collections.Counter()
    df_tgt: collections.Counter = collections.Counter()
    for s, t in zip(src, tgt):
        df_src.update(set(s))
        df_tgt.update(set(t))
    fsrc = {w for w, c in df_src.items() if c > FUNCTION_SHARE * n}
    ftgt = {w for w, c in df_tgt.items() if c > FUNCTION_SHARE * n}

    def content(w: str) -> bool:
        return len(w) > 2 and not w[0].isdigit() and w not in fsrc

    links: list[dict[int, set[str]]] = []
    link_count: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for s, t, lf, lr in zip(src, tgt, links_f, links_r):
        by: dict[int, set[str]] = collections.defaultdict(set)
        for ls in (lf, lr):
            for link in ls.split():
                i, j = link.split("-")
                by[int(i)].add(t[int(j)])
                link_count[s[int(i)]][t[int(j)]] += 0.5
        links.append(by)
    thesaurus = synonyms()
    from wordnet_related import WordNetRelated

    wordnet = WordNetRelated()
    if not wordnet.available:
        sys.exit("build_senses: WordNet (Debian wordnet-base, /usr/share/wordnet) is needed to group renderings")
    spelling, candidates = lexicon(LEXMODEL)

    origins: dict[str, set[str]] = collections.defaultdict(set)
    for f, cands in candidates.items():
        for e, p in cands:
            if p >= args.usual:
                origins[e].add(f)

    @functools.lru_cache(maxsize=None)
    def alike(a: str, b: str, f: str) -> bool:
        return wordnet.related(spelling.get(a, a), spelling.get(b, b)) or bool(
            (origins.get(a, set()) & origins.get(b, set())) - {f})
    table: dict[str, list[list[str]]] = {}
    for f, counts in link_count.items():
        if df_src[f] < args.min_count or not content(f):
            continue
        total = sum(counts.values())
        kept = sorted(((e, c) for e, c in counts.items() if c >= args.min_links and c >= args.min_share * total
                       and e not in ftgt and len(e) > 1 and not e[0].isdigit()), key=lambda x: (-x[1], x[0]))
        if kept:
            table[f] = senses_of(kept, args.prefix, thesaurus, functools.partial(alike, f=f))
    table = _joined_by_links(table, src, links, args.join)
    sense_of = {f: {e: k for k, g in enumerate(groups) for e in g} for f, groups in table.items()}
    company = _english_company(tgt, ftgt, args.company_df, args.min_df)

    def keeps_company(a: list[str], b: list[str]) -> bool:
        """Two senses whose first renderings keep the same company in English news (``--company`` or more:
        "journalist" and "reporter", "loan" and "borrowing") are one sense said two ways."""
        found = company(a[0], b[0])
        return found is not None and found >= args.company

    for f, groups in table.items():
        merged: list[list[str]] = []
        for g in groups:
            home = next((m for m in merged if keeps_company(m, g)), None)
            if home is None:
                merged.append(list(g))
            else:
                home.extend(g)
        table[f] = merged

    def noun(e: str) -> bool:
        """The rendering is first a noun in WordNet (more noun senses than any other part of speech): the senses
        worth telling apart are things (« livre »: "book", "pound"), not the adverbs and links of a sentence
        ("never", "whilst"), whose variants are style."""
        by_pos = collections.Counter(pos for lemma in wordnet.lemmas(spelling.get(e, e))
                                     for pos, _ in wordnet.synsets[lemma])
        return by_pos["n"] > 0 and by_pos["n"] >= max(by_pos[p] for p in "var")

    uses, with_context = _counted(table, src, links, content)
    table = {f: kept for f, groups in table.items()
             if (kept := [g for k, g in enumerate(groups) if uses[f, k] >= args.min_uses and noun(g[0])])}
    uses, with_context = _counted(table, src, links, content)  # the senses numbered again without the unused
    usual = {f: {e for e, p in cands if p >= args.usual} for f, cands in candidates.items()}
    table = _artefacts_dropped(table, src, links, usual, args.artefact)
    uses, with_context = _counted(table, src, links, content)
    for f, groups in table.items():  # the model's other candidates of the word that WordNet puts in a sense
        for e, _ in candidates.get(f, ()):
            if e in ftgt or any(e in g for g in groups):
                continue
            home = [g for g in groups if any(alike(e, x, f) for x in g)]
            if len(home) == 1:
                home[0].append(e)
    if args.topic:
        base, with_context = _topic_counted(table, src, tgt, content)
    else:
        base = uses
    import pickle

    kept = ROOT / "bench" / "out" / "lexicon" / "neighbours.pickle"
    key = (n, sum(map(len, src)), args.vocab_df, args.neighbours, args.min_similarity)
    stored = pickle.loads(kept.read_bytes()) if kept.exists() else None
    if stored is not None and stored[0] == key:
        neighbours = stored[1]
    else:
        neighbours = _neighbours(src, df_src, content, args.vocab_df, args.neighbours, args.min_similarity)
        kept.write_bytes(pickle.dumps((key, neighbours)))
    out = Path(args.out)
    rows = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(f"N\t{n}\n")
        for f in sorted(table):
            for k, group in enumerate(table[f]):
                if not uses[f, k]:
                    continue
                fh.write(f"S\t{f}\t{k}\t{uses[f, k]:g}\t{' '.join(group)}\n")
                kept_rows = []
                seen = with_context[f, k]
                for c in set(seen) | {c for c in neighbours if any(d in seen for d, _ in neighbours[c])}:
                    if df_src[c] < args.min_df or c == f:
                        continue
                    m = seen.get(c, 0)
                    # the count c would have with the sense if it went with it as its distributional neighbours do
                    near = [(sim, seen[d] * df_src[c] / df_src[d], seen[d]) for d, sim in neighbours.get(c, ())
                            if d in seen and d != f]
                    if m + sum(x[2] for x in near) < args.min_pair:
                        continue  # too little evidence, direct or borrowed
                    smoothed = (m + args.borrow * sum(sim * e for sim, e, _ in near)) / (
                        1 + args.borrow * sum(sim for sim, _, _ in near))
                    background = df_src[c] / n
                    weight = math.log((smoothed + args.prior * background) / (base[f, k] + args.prior) / background)
                    if weight >= args.min_weight:
                        kept_rows.append((c, m, weight))
                for c, m, weight in sorted(kept_rows):
                    fh.write(f"C\t{f}\t{k}\t{c}\t{m}\t{weight:.2f}\n")
                    rows += 1
    print(f"{len(table)} French stems, {sum(len(g) for g in table.values())} senses, {rows} context rows; "
          f"{out.stat().st_size / 1e6:.2f} MB -> {out} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
