"""Build the field senses of French words (mtqa/data/lexmodel/fields.fr-en.tsv.gz) from the aligned news.

A French word can take another sense inside a story of one field: in sport « entraîneur » is a "coach" and
« rencontre » a "match", on the markets « Bourse » is the "stock exchange", in court « peine » is a "sentence".
An engine that writes the everyday sense there ("trainer", "meeting", "purse") writes good English that says
something else. This script learns, without a list of such words:

1. the field of each story: the newstest 2008-2013 and Potet sentences of the lexical model
   (``bench/build_lexicon.py``: same corpus, same eflomal alignment, kept in ``bench/out/lexicon``) cut into
   stories of ``STORY`` consecutive sentences (the plain newstest files keep no document boundary); a story is
   labelled with a field when ``min_label_seeds`` or more of its French words are seeds of that field
   (``[fr.seeds]`` of ``mtqa/data/lexmodel/fields.toml``) and at least twice as many as of any other field;
2. the cues of each field: a content stem seen in ``min_cue_stories`` or more of the field's labelled stories,
   with its log-odds log P(stem | field story) / P(stem | story) (smoothed toward news at large) of
   ``min_cue_weight`` or more;
3. the field of each sentence, as the check decides it (``[fr.classify]``): the cues of the sentences within
   ``window`` of it, each distinct stem counted once and capped;
4. per French word form (a final -s or -x set aside; a capitalised word inside a sentence, a name, left out)
   and field, its aligned renderings (links of both directions, half a link each) inside the
   field's sentences and outside them. A rendering is a field trap when it carries ``outside_share`` or more of
   the word's links outside the field (``min_outside`` links or more) but at most ``max_inside_trap`` of its links
   inside, while another rendering carries ``inside_share`` or more of them there (``min_inside`` links or more),
   the field's rendering is at most ``own_outside`` as usual outside the field as inside it, and so few
   of the trap's links fall inside the field that chance (a binomial with the word's share of links inside
   the field) gives them a probability below ``alpha``. Both renderings must be first nouns in WordNet (as ``build_senses``: a phrase's words,
   « autour de » -> "around", are no sense of the word). A trap sharing its first four letters or a close synonym
   with the field's rendering is no trap (two spellings of one sense).

Output (gzip TSV, sorted, no sentence stored): ``N stories labelled-per-field``, ``W field stem weight`` (cues) and
``T field fr-word trap-stem field-stem field-word inside outside trap-inside trap-outside p``.

Usage: .venv/bin/python bench/build_fields.py [--data DIR] [--out PATH] [--check] [--sample N]
(eflomal on PYTHONPATH unless the alignment of ``bench/out/lexicon`` is there from a lexicon build).
``--check`` rebuilds the table and says whether the committed one is the same; ``--sample N`` prints N stories
with their learned field, to judge the classifier by reading.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import math
import random
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_lexicon import DEFAULT_DATA, aligned, corpus  # noqa: E402
from build_senses import LEXMODEL, lexicon, synonyms  # noqa: E402

from mtqa.langs.lexmodel import field_word  # noqa: E402
from mtqa.meaning.tokens import plain, tokens  # noqa: E402

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "fields.fr-en.tsv.gz"
FIELDS = ROOT / "mtqa" / "data" / "lexmodel" / "fields.toml"
STORY = 25
"""Consecutive sentences read as one story (a newstest article runs some 20-30 sentences), as build_senses."""
WATCHED = ("entraîneur", "rencontre", "bourse", "progressé", "recule", "essai", "journée", "expulsé", "purger", "peine",
           "incliné", "décote", "mené", "contumace", "lucarne")
"""Stems whose counts the build prints (the articles' misses of a field sense, to say how thin the news is for
them); the table is the same without them."""
FUNCTION_SHARE = 0.02  # as mtqa.meaning.align: a stem in more than 2 % of sentences is grammar


def binomial_cdf(k: float, n: float, p: float) -> float:
    """P(X <= k) for X ~ Bin(n, p), counts rounded to whole links."""
    k, n = int(math.floor(k)), int(round(n))
    if n <= 0:
        return 1.0
    total = 0.0
    for i in range(0, min(k, n) + 1):
        total += math.comb(n, i) * p ** i * (1 - p) ** (n - i)
    return min(1.0, total)


def field_of(stems: set[str], cues: dict[str, dict[str, float]], classify: dict) -> str:
    """The field whose capped cues over ``stems`` sum to ``min_score`` or more, ``margin`` above the next; ''."""
    score: dict[str, float] = collections.defaultdict(float)
    for s in stems:
        for field, w in cues.get(s, {}).items():
            score[field] += min(w, classify["cap"])
    if not score:
        return ""
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return best if top >= classify["min_score"] and top - second >= classify["margin"] else ""


def sentence_fields(src: list[list[str]], content, cues, classify: dict) -> list[str]:
    """Each sentence's field as the check reads it: the content stems of the sentences within ``window`` of it,
    inside its story block (the check reads one document)."""
    out = []
    w = classify["window"]
    for n in range(len(src)):
        start = max(n - w, (n // STORY) * STORY)
        end = min(n + w + 1, (n // STORY + 1) * STORY, len(src))
        stems = {s for k in range(start, end) for s in src[k] if content(s)}
        out.append(field_of(stems, cues, classify))
    return out


def build(data: Path) -> tuple[list[str], dict]:
    config = tomllib.loads(FIELDS.read_text("utf-8"))["fr"]
    seeds = {field: {t.stem for w in words for t in tokens(w, "fr")} for field, words in config["seeds"].items()}
    classify, traps = config["classify"], config["traps"]
    pairs = corpus(data)
    src, tgt, links_f, links_r = aligned(pairs)
    n = len(src)
    # the word forms beside the stems (aligned() keeps the pairs with words on both sides): a trap is a word's,
    # not a stem's (« champions » and « champs » are one stem), and a capitalised word inside a sentence is a name
    # (« la Chambre des représentants », « Goldman Sachs ») whose renderings say nothing of the word's senses
    forms = []
    for f, e in pairs:
        toks = tokens(f, "fr")
        if toks and tokens(e, "en"):
            forms.append([None if t.capitalised and k > 0 else field_word(t.lower) for k, t in enumerate(toks)])
    assert len(forms) == n and all(len(a) == len(b) for a, b in zip(forms, src))
    df_src: collections.Counter = collections.Counter()
    df_tgt: collections.Counter = collections.Counter()
    for s, t in zip(src, tgt):
        df_src.update(set(s))
        df_tgt.update(set(t))
    fsrc = {w for w, c in df_src.items() if c > FUNCTION_SHARE * n}
    ftgt = {w for w, c in df_tgt.items() if c > FUNCTION_SHARE * n}

    def content(w: str) -> bool:
        return len(w) > 2 and not w[0].isdigit() and w not in fsrc

    # 1. stories labelled by their seeds
    stories = [set(s for k in range(b, min(b + STORY, n)) for s in src[k] if content(s)) for b in range(0, n, STORY)]
    labels = []
    for story in stories:
        hits = {field: len(story & words) for field, words in seeds.items()}
        ranked = sorted(hits.items(), key=lambda kv: -kv[1])
        best, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        labels.append(best if top >= traps["min_label_seeds"] and top >= 2 * second else "")
    # 2. cues: log-odds of a stem in a field's stories against all stories
    df_story: collections.Counter = collections.Counter()
    df_field: dict[str, collections.Counter] = {f: collections.Counter() for f in seeds}
    for story, label in zip(stories, labels):
        df_story.update(story)
        if label:
            df_field[label].update(story)
    total = len(stories)
    cues: dict[str, dict[str, float]] = collections.defaultdict(dict)
    for field, counts in df_field.items():
        nf = sum(1 for lab in labels if lab == field)
        for s, c in counts.items():
            if c < traps["min_cue_stories"]:
                continue
            p_all = df_story[s] / total
            p_field = (c + 2 * p_all) / (nf + 2)
            w = math.log(p_field / p_all)
            if w >= traps["min_cue_weight"]:
                cues[s][field] = round(w, 3)
    # 3. sentence fields, as the check decides them
    fields = sentence_fields(src, content, cues, classify)
    agree = sum(1 for k in range(n) if fields[k] and fields[k] == labels[k // STORY])
    print(f"{n} sentences, {total} stories; labelled by seeds: "
          f"{dict(collections.Counter(lab for lab in labels if lab))}; sentences by cues: "
          f"{dict(collections.Counter(f for f in fields if f))}; cue-field = seed label on {agree} of "
          f"{sum(1 for f in fields if f)}", file=sys.stderr)
    # 4. renderings inside and outside each field
    inside: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    outside: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for k, (s, t, lf, lr) in enumerate(zip(src, tgt, links_f, links_r)):
        for ls in (lf, lr):
            for link in ls.split():
                i, j = link.split("-")
                f, e = forms[k][int(i)], t[int(j)]
                if f is None or not content(s[int(i)]) or e in ftgt or len(e) < 3:
                    continue
                for field in seeds:
                    (inside if fields[k] == field else outside)[field, f][e] += 0.5
    thesaurus = synonyms()
    spelling, candidates = lexicon(LEXMODEL)
    learned = {f: {e for e, p in cands if p >= traps["min_p"]} for f, cands in candidates.items()}
    from wordnet_related import WordNetRelated

    wordnet = WordNetRelated()
    if not wordnet.available:
        sys.exit("build_fields: WordNet (Debian wordnet-base, /usr/share/wordnet) is needed to tell nouns")

    def noun(e: str) -> bool:
        """First a noun in WordNet, as build_senses asks of a sense: the senses a field changes that the news
        counts can tell are things (a "case", a "stadium"); "around" or "compared" for « autour », « rapport »
        are the words of a phrase (« autour de », « par rapport à »), not a sense of the word."""
        by_pos = collections.Counter(pos for lemma in wordnet.lemmas(spelling.get(e, e))
                                     for pos, _ in wordnet.synsets[lemma])
        return by_pos["n"] > 0 and by_pos["n"] >= max(by_pos[p] for p in "var")

    stem_of = {field_word(t.lower): t.stem for form in {w for s in forms for w in s if w} for t in tokens(form, "fr")}
    for f in WATCHED:
        for field in seeds:
            if inside[field, f]:
                print(f"  {field} {f}: inside {dict(inside[field, f].most_common(4))} outside "
                      f"{dict(outside[field, f].most_common(4))}", file=sys.stderr)
    rows = []
    for (field, f), ins in inside.items():
        n_in = sum(ins.values())
        if n_in < traps["min_inside"]:
            continue
        own, own_count = ins.most_common(1)[0]
        if own_count < traps["min_inside"] or own_count < traps["inside_share"] * n_in:
            continue
        outs = outside.get((field, f), collections.Counter())
        n_out = sum(outs.values())
        p = n_in / (n_in + n_out) if n_in + n_out else 0.0
        if n_out and outs.get(own, 0.0) / n_out > traps["own_outside"] * own_count / n_in:
            continue  # the field's rendering is as usual outside it: the senses split by phrase, not by field
        for e, c_out in outs.items():
            c_in = ins.get(e, 0.0)
            if e == own or c_out < traps["min_outside"] or c_out < traps["outside_share"] * n_out:
                continue
            if c_in > traps["max_inside_trap"] * n_in:
                continue
            if e not in learned.get(stem_of.get(f, f), ()) or own not in learned.get(stem_of.get(f, f), ()):
                continue  # a phrase's artefact of the alignment (« par rapport à »: "compared"), no rendering
            if not (noun(e) and noun(own)):
                continue
            if plain(e)[:4] == plain(own)[:4] or own in thesaurus.get(e, ()) or e in thesaurus.get(own, ()):
                continue
            chance = binomial_cdf(c_in, c_in + c_out, p)
            if chance >= traps["alpha"]:
                continue
            rows.append(f"T\t{field}\t{f}\t{e}\t{own}\t{spelling.get(own, own)}\t{n_in:g}\t{n_out:g}\t{c_in:g}\t"
                        f"{c_out:g}\t{chance:.2g}")
    header = f"N\t{total}\t" + " ".join(f"{field}={sum(1 for lab in labels if lab == field)}" for field in seeds)
    cue_rows = [f"W\t{field}\t{s}\t{w:g}" for s, by in cues.items() for field, w in by.items()]
    return [header] + sorted(cue_rows) + sorted(rows), {"src": src, "pairs": pairs, "fields": fields,
                                                        "labels": labels}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the committed table")
    ap.add_argument("--sample", type=int, default=0, help="print N stories with their field, to judge by reading")
    args = ap.parse_args()
    rows, state = build(Path(args.data))
    text = "\n".join(rows) + "\n"
    traps = [r for r in rows if r.startswith("T")]
    print(f"{sum(1 for r in rows if r.startswith('W'))} cues, {len(traps)} traps: "
          f"{dict(collections.Counter(r.split(chr(9))[1] for r in traps))}", file=sys.stderr)
    if args.sample:
        rng = random.Random(69)
        pairs, fields = state["pairs"], state["fields"]
        starts = rng.sample(range(0, len(state["src"]) - 3, STORY), args.sample)
        for b in sorted(starts):
            print(f"== story at {b}: field {fields[b + STORY // 2] if b + STORY // 2 < len(fields) else '?'!r}")
            for k in range(b, min(b + 3, len(pairs))):
                print("   ", pairs[k][0][:160])
    if args.check:
        old = gzip.open(args.out, "rt", encoding="utf-8").read() if Path(args.out).is_file() else ""
        print("same" if old == text else "differs")
        sys.exit(0 if old == text else 1)
    with gzip.GzipFile(args.out, "wb", mtime=0) as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
