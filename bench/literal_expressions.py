"""Learn French fixed expressions that human translators never render word by word (A504's table).

Build ``mtqa/data/lexmodel/literal.fr-en.tsv.gz`` reproducibly from the word-aligned parallel news that
``bench/build_lexicon.py`` trains on (newstest 2008-2013 sources with their human references, Potet's sources
with their post-edits; newstest2014, 2015 and every MT output are held out). The alignment is
``build_lexicon.py``'s own (eflomal, both directions, cached in ``bench/out/lexicon``): run that script first,
or this one aligns the same text the same way (``PYTHONPATH`` holding eflomal).

Why learned rather than listed: a list of phrases lifts the articles it was read from. The evidence that a
French expression is fixed is in the parallel news: an expression whose human renderings (nearly) never hold
the word-by-word gloss is non-compositional, and an English text that writes the gloss has calqued it.

Method, for each French n-gram of 2-4 tokens (stems of :mod:`mtqa.meaning.tokens`) that starts and ends with a
content word, holds at least two content words (function words: :func:`function_words`), no figure, no
punctuation inside, no capitalised word past the first (a name), and is no piece of a hyphenated compound:

1. its **slots**: for each content word, the English stems the word is rendered by *outside this expression*
   (aligned links counted with the expression's own occurrences taken away: at least ``--min-links`` of them,
   p >= ``--usual`` and at least ``--reverse`` of the English word's own links, so a stray link of a word rare
   outside the expression, or of an English word most often rendering other words, is none, unless the English
   word renders at least ``--strong`` of the French word's occurrences outside it: a rare French word's usual
   rendering, which a common English word cannot give 5 % of its links to, "predict" for « présager »), the
   English stems
   FreeDict gives it (the model's dictionary flag) that the alignment links it to outside the expression as
   usually (a sense the news never uses, "sharp", "slice" for « coup », is no gloss a reader sees), the French word
   itself and its unaccented form (a word copied over), an English word linked to it that opens with its
   first letters (a cognate: :data:`COGNATE_PREFIX`), never a figure; an expression with a word
   never rendered on its own is left out;
2. its **gloss** is found in an English sentence when every slot has a word there, all within a window of
   ``slots + WINDOW_EXTRA`` tokens (:data:`mtqa.langs.literal_expressions.WINDOW_EXTRA`), in any order
   ("rate director" and "director rate" alike), the reading the check makes
   (:func:`mtqa.langs.literal_expressions.gloss_window`);
3. kept when seen in at least ``--min-count`` distinct training sentences of ``--min-sets`` sets, the human
   side holds the gloss in at most ``--max-literal`` share of them (and at most ``--max-literal-count``),
   English sentences whose source lacks the expression hold the gloss at most ``--max-elsewhere`` times,
   and the gloss is no English phrase of its own: not a frequent web bigram (symspellpy's list, two slots)
   nor one of WordNet's multiword lemmas ("little by little", "green light");
4. its **renderings**: the English spans aligned to its occurrences, function words trimmed, counted by
   their stems (each written in its most frequent form); the two most frequent kept when they render
   ``--min-share`` of the occurrences (translators who agree on no rendering paraphrase: no fixed
   expression, unless it is seen in ``--bare-count`` sentences and none writes its gloss: « mis en examen »
   is "charged", "placed under investigation", "detained for questioning", never "put in examination"; kept
   with no rendering, the check suggests nothing), and the expression left out when the main rendering's content words are each a gloss word
   of its own slot (a word dropped, or rendered by a function word: "dressed in black", "another failure";
   "heart attack" puts two words for « cardiaque » and none for « crise »: kept).

WMT12/13 system outputs (calibration years) are read to confirm, not to train: for each kept expression, how
many system sentences on a source holding it write the gloss (the ``mt`` column); an expression whose gloss
more than ``--mt-share`` of them write (strong systems included) is left out as English enough
("transported to hospital").

``--why FILE`` reads French phrases (one a line) and prints, for each candidate expression they hold, the test
that leaves it out (too few sentences, one set, the gloss in the human side, ...) or "kept": how the stop-72
tally of the calibration articles' missed fixed expressions was made. ``--add-to TABLE`` keeps an earlier
build's rows as written and adds only the paraphrased expressions it lacks: eflomal samples afresh at each
alignment and a fresh alignment moves some 20 rows of its own (stops 70 and 72), so a new rule ships without
re-sampling the rows it does not touch.

Output: gzip TSV, one expression a line:
``expression<TAB>french stems<TAB>slots (stems '|' within a slot, ';' between)<TAB>renderings ('|')<TAB>
seen<TAB>literal<TAB>elsewhere<TAB>mt``. No sentence is stored.

Usage: .venv/bin/python bench/literal_expressions.py [--data DIR] [--out PATH] [--show] [--why FILE]
[--add-to TABLE]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_lexicon import DEFAULT_DATA, TRAIN_SETS, corpus, read_lines  # noqa: E402

from mtqa.langs.lexmodel import load_lexmodel  # noqa: E402
from mtqa.langs import language  # noqa: E402
from mtqa.langs.literal_expressions import COPY_ZIPF, closed_class, gloss_window, hyphen_joined  # noqa: E402
from mtqa.meaning.align import function_stems  # noqa: E402
from mtqa.langs.text import without_ligatures  # noqa: E402
from mtqa.meaning.tokens import plain, tokens  # noqa: E402

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "literal.fr-en.tsv.gz"
BIGRAMS = Path(__import__("symspellpy").__file__).parent / "frequency_bigramdictionary_en_243_342.txt"
_JOIN = re.compile(r"^[\s'\u2019-]*$")


class Lemmas:
    """WordNet's multiword lemmas ("little_by_little", "side_effect") as English stems, indexed by each stem."""

    def __init__(self, folder: Path) -> None:
        self.by_stem: dict[str, list[list[str]]] = collections.defaultdict(list)
        for pos in ("noun", "verb", "adj", "adv"):
            path = folder / f"index.{pos}"
            if not path.is_file():
                continue
            for line in path.read_text("utf-8", errors="replace").splitlines():
                lemma = line.split(" ", 1)[0]
                if "_" not in lemma or line.startswith(" "):
                    continue
                stems = [t.stem for t in tokens(lemma.replace("_", " "), "en")]
                for s in set(stems):
                    self.by_stem[s].append(stems)

    def get_all(self, slot) -> list[list[str]]:
        """The lemmas holding a word of ``slot``."""
        return [lemma for s in slot for lemma in self.by_stem.get(s, ())]


COGNATE_PREFIX = 5
"""An English word linked to a French word outside the expression and sharing its first five letters (accents
dropped) is its cognate (« cardiaque » -> "cardiac", « technologique » -> "technological"): kept in the strict
slot on one link; shorter shared openings are chance ("coupon" for « coup »)."""

SHORT_FREQUENT = 3
"""A stem of at most this many letters in more than 2 % of the training sentences (the model's frequent stems,
:func:`mtqa.meaning.align.function_stems`) is grammar too: « son », « ses » are missing from the closed-class
list; the longer frequent stems are news content words ("bank", « nouvel »)."""


def read_table(path: Path) -> list[list[str]]:
    """The rows of an earlier build (``--add-to``), as written; a file of another shape is one line and exit 2."""
    rows = []
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                row = line.rstrip("\n").split("\t")
                if line.startswith("#"):
                    continue
                if len(row) != 8 or not all(x.isdigit() for x in row[4:]):
                    print(f"literal_expressions: --add-to {path}: line {n}: expected 8 tab-separated fields, "
                          "the last four counts", file=sys.stderr)
                    sys.exit(2)
                rows.append(row[:4] + [int(x) for x in row[4:]])
    except (OSError, UnicodeDecodeError, EOFError) as err:
        print(f"literal_expressions: --add-to {path}: not a gzip UTF-8 table ({err})", file=sys.stderr)
        sys.exit(2)
    return rows


def function_words() -> frozenset[str]:
    """French stems read as grammar: the closed-class list, elisions and the prepositions kept out of that list
    (``more_prepositions``: « pendant », « durant ») of ``mtqa/data/langs/fr.toml`` (« garder l'anonymat »: the
    elided article is grammar; « pendant la crise » is a preposition's phrase, no fixed expression), and the short
    frequent stems (:data:`SHORT_FREQUENT`)."""
    listed = {t.stem for w in closed_class("fr") for t in tokens(w, "fr")}
    return frozenset(listed | {s for s in function_stems("fr", "en")[0] if len(s) <= SHORT_FREQUENT})


def corpus_sets(data: Path) -> list[str]:
    """The set (newstest year, Potet) of each of :func:`build_lexicon.corpus`'s pairs, in its order."""
    out = []
    folder = data / "newstest-fren-2008-2015"
    for stem in TRAIN_SETS:
        out += [stem for f, e in zip(read_lines(folder / f"{stem}.fr"), read_lines(folder / f"{stem}.en"))
                if f.strip() and e.strip()]
    potet = data / "potet-fren-postedit"
    out += ["potet" for f, e in zip(read_lines(potet / "src.fr"), read_lines(potet / "pe.en"))
            if f.strip() and e.strip()]
    return out


def ngrams(toks, text: str, fsrc: frozenset):
    """(start, end) token spans of the candidate expressions of one French sentence; none joined by a hyphen to
    a word outside it (:func:`~mtqa.langs.literal_expressions.hyphen_joined`: « vingt-dix » cut out of
    « quatre-vingt-dix », « conflit israélo » out of « conflit israélo-palestinien » are pieces of a compound)."""
    n = len(toks)
    for i in range(n):
        a = toks[i]
        if a.is_number or a.stem in fsrc or len(a.lower) < 3 or (i > 0 and a.capitalised):
            continue
        if i > 0 and hyphen_joined(text[toks[i - 1].end:a.start]):
            continue
        for k in range(i + 1, min(n, i + 4)):
            b = toks[k]
            if b.is_number or not _JOIN.match(text[toks[k - 1].end:b.start]) or b.capitalised:
                break
            if b.stem in fsrc:
                continue
            if len(b.lower) < 3:
                break
            if k + 1 < n and hyphen_joined(text[b.end:toks[k + 1].start]):
                continue
            yield i, k + 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-count", type=int, default=4)
    ap.add_argument("--min-sets", type=int, default=2,
                    help="seen in at least this many of the training sets (newstest years, Potet)")
    ap.add_argument("--usual", type=float, default=0.05,
                    help="a slot word renders at least this share of the word's occurrences outside the expression")
    ap.add_argument("--min-links", type=int, default=3,
                    help="... and at least this many of them: one stray link of a rare word ('cut' for « coup »,"
                         " 'didn' for « eut ») is no rendering")
    ap.add_argument("--reverse", type=float, default=0.05,
                    help="... and at least this share of the English word's links go to the French word")
    ap.add_argument("--strong", type=float, default=0.5,
                    help="... unless the English word renders at least this share of the French word's occurrences "
                         "outside the expression (a rare French word's usual rendering, common in English: 'predict'"
                         " for « présager », 4.5 %% of its links); measured on one alignment: from 0.35 up it adds"
                         " that word alone, at 0.25 it adds strays too ('arrest' for « résidence », 'city' for"
                         " « municipal »)")
    ap.add_argument("--max-literal", type=float, default=0.1)
    ap.add_argument("--max-literal-count", type=int, default=1)
    ap.add_argument("--max-elsewhere", type=int, default=1)
    ap.add_argument("--min-share", type=float, default=0.3,
                    help="a rendering is kept when it renders at least this share of the occurrences")
    ap.add_argument("--bare-count", type=int, default=8,
                    help="an expression the translators render in no one way is kept all the same, with no "
                         "rendering, when seen in at least this many sentences none of which writes its gloss")
    ap.add_argument("--bigrams", default=str(BIGRAMS),
                    help="English word pairs frequent on the web (symspellpy's list): a gloss found there is English")
    ap.add_argument("--wordnet", default="/usr/share/wordnet",
                    help="WordNet's index files: a gloss that is one of its multiword lemmas is English")
    ap.add_argument("--mt-share", type=float, default=0.5,
                    help="leave out an expression whose gloss more than this share of WMT12/13 system sentences write")
    ap.add_argument("--mt-min", type=int, default=8,
                    help="... when at least this many system sentences render a source holding it")
    ap.add_argument("--show", action="store_true", help="print every kept expression with its figures")
    ap.add_argument("--add-to", metavar="TABLE",
                    help="keep the rows of an earlier build of this table as they are and add only the expressions "
                         "translators paraphrase (--bare-count) that it lacks: eflomal samples afresh each time it "
                         "aligns, and a fresh alignment moves some 20 rows of its own (slots, renderings), so a new "
                         "rule is shipped without re-sampling the rows it does not touch")
    ap.add_argument("--why", metavar="FILE",
                    help="French phrases, one a line: print the candidate expressions each holds and the test that "
                         "leaves each out (or 'kept'), to read why the table misses an expression")
    args = ap.parse_args()
    for flag, given in (("--why", args.why), ("--add-to", args.add_to)):
        if given and not Path(given).is_file():
            print(f"literal_expressions: {flag} {given}: no such file", file=sys.stderr)
            sys.exit(2)
    earlier = read_table(Path(args.add_to)) if args.add_to else None
    data = Path(args.data)
    pairs = corpus(data)
    labels = corpus_sets(data)
    assert len(labels) == len(pairs)
    src_t = [tokens(f, "fr") for f, _ in pairs]
    tgt_t = [tokens(e, "en") for _, e in pairs]
    keep = [i for i in range(len(pairs)) if src_t[i] and tgt_t[i]]
    pairs = [pairs[i] for i in keep]
    labels = [labels[i] for i in keep]
    src_t, tgt_t = [src_t[i] for i in keep], [tgt_t[i] for i in keep]
    src = [[t.stem for t in s] for s in src_t]
    tgt = [[t.stem for t in t] for t in tgt_t]
    work = ROOT / "bench" / "out" / "lexicon"
    fwd, rev, text = work / "links.fwd", work / "links.rev", work / "corpus.txt"
    joined = "\n".join(" ".join(s) + " ||| " + " ".join(t) for s, t in zip(src, tgt))
    if not (fwd.exists() and rev.exists() and text.exists() and text.read_text("utf-8") == joined):
        from eflomal import Aligner

        work.mkdir(parents=True, exist_ok=True)
        Aligner().align([" ".join(s) for s in src], [" ".join(t) for t in tgt],
                        links_filename_fwd=str(fwd), links_filename_rev=str(rev), quiet=True)
        text.write_text(joined, "utf-8")
    links = []
    for lf, lr in zip(read_lines(fwd), read_lines(rev)):
        by: dict[int, set] = collections.defaultdict(set)
        for link in (lf + " " + lr).split():
            i, j = link.split("-")
            by[int(i)].add(int(j))
        links.append(by)
    first_set: dict[str, str] = {}  # a sentence in two sets (syscomb2009 in 2009, Potet's) counts in its first
    for (f, _), label in zip(pairs, labels):
        first_set.setdefault(f.strip(), label)
    model = load_lexmodel("fr", "en")
    # function words: the languages' closed-class lists (mtqa/data/langs), not the model's frequent stems, which
    # hold news content words ("bank", "nouvel", "public") that expressions are made of
    fsrc = function_words()
    ftgt = frozenset(t.stem for w in closed_class("en") for t in tokens(w, "en"))
    print(f"{len(pairs)} sentence pairs", file=sys.stderr)

    # word renderings: link counts of every French stem
    word_links: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    word_count: collections.Counter = collections.Counter()
    english_links: collections.Counter = collections.Counter()  # every link of each English stem
    keys = [[without_ligatures(f) for f in s] for s in src]  # « œuvre » and « oeuvre »: one word
    for s, t, by in zip(keys, tgt, links):
        for i, f in enumerate(s):
            word_count[f] += 1
            for j in by.get(i, ()):
                word_links[f][t[j]] += 1
                english_links[t[j]] += 1
    # candidate expressions: sentences holding each
    seen: dict[tuple, list[tuple[int, int]]] = collections.defaultdict(list)
    for n, (s, (f, _)) in enumerate(zip(src_t, pairs)):
        found = set()
        for a, b in ngrams(s, f, fsrc):
            key = tuple(keys[n][a:b])
            if key not in found:
                found.add(key)
                seen[key].append((n, a))
    cands = {k: v for k, v in seen.items() if len(v) >= args.min_count}
    print(f"{len(seen)} n-grams, {len(cands)} seen at least {args.min_count} times", file=sys.stderr)

    def usable(stem: str) -> bool:
        """A slot word is a word: a figure the alignment links ("20", "27" for « vingt ») is no gloss of it."""
        return not any(c.isdigit() for c in stem)

    english = language("en")

    def slots_of(key: tuple, occ) -> tuple[tuple, tuple]:
        """(strict, broad) slots of an expression. The *broad* slot holds every word a reader might take for a
        rendering of the word (links p >= ``--usual`` outside the expression, every FreeDict sense, the word
        copied over): the builder judges the human side with it, so an expression some translators render word
        by word is left out. The *strict* slot, stored and read by the check, holds the renderings the news
        stands behind: ``--min-links`` links outside the expression, no figure, a FreeDict sense linked at
        least once outside it, and the word copied over only when it is no English word
        (:data:`~mtqa.langs.literal_expressions.COPY_ZIPF`) or the news links it as such (« main » is no "main")."""
        strict, broad = [], []
        for pos, f in enumerate(key):
            if f in fsrc:
                continue
            inside: collections.Counter = collections.Counter()
            for n, a in occ:
                for j in links[n].get(a + pos, ()):
                    inside[tgt[n][j]] += 1
            alone = word_count[f] - len(occ)
            outside = {e: c - inside[e] for e, c in word_links[f].items()}
            copies: dict[str, bool] = {f: False}  # copy stem -> some written form of it is an English word
            for n, a in occ:  # the word copied over, or its cognate: « coupons », « télévisé » -> "televised"
                word = src_t[n][a + pos].lower
                for form in {word, plain(word), without_ligatures(plain(word))}:
                    is_english = english.zipf(form) >= COPY_ZIPF
                    for t in tokens(form, "en"):
                        copies[t.stem] = copies.get(t.stem, False) or is_english
            copies[f] = copies[f] or any(english.zipf(src_t[n][a + pos].lower) >= COPY_ZIPF for n, a in occ)
            wide = set(copies)

            def renders(e: str, least: int) -> bool:
                """The news renders ``f`` by ``e`` outside the expression: ``least`` links at the least, and
                ``--reverse`` of ``e``'s links at the least go to ``f`` ("cut", "light" are linked to « coup »,
                « feu » a few times among hundreds of other sources: the alignment's strays)."""
                c = outside.get(e, 0)
                strong = args.strong is not None and alone > 0 and c / alone >= args.strong  # no stray: the usual one
                return c >= least and (c >= args.reverse * english_links[e] or strong) and usable(e)

            written = {without_ligatures(plain(src_t[n][a + pos].lower)) for n, a in occ}

            def cognate(e: str) -> bool:
                """``e`` opens with the French word's first :data:`COGNATE_PREFIX` letters (« cardiaque » ->
                "cardiac"): the French word in English spelling, a rendering one link proves."""
                return len(e) >= COGNATE_PREFIX and any(w[:COGNATE_PREFIX] == e[:COGNATE_PREFIX] for w in written)

            tight = {c for c, is_english in copies.items() if not is_english or renders(c, args.min_links)}
            if alone > 0:
                for e, c in outside.items():
                    if c / alone >= args.usual and e not in ftgt:
                        wide.add(e)
                        if renders(e, args.min_links) or (c >= 1 and cognate(e) and usable(e)):
                            tight.add(e)
            if model is not None:  # a dictionary sense; the check's only when the news renders the word by it
                for t in model.translations(f):
                    if t.dictionary and t.stem not in ftgt:
                        wide.add(t.stem)
                        if renders(t.stem, 1):
                            tight.add(t.stem)
            if len(wide) < 2:
                return (), ()  # a word never rendered on its own (an auxiliary: « aurait »): no gloss to find
            if not tight:
                return (), ()  # every rendering of the word is a stray link: no gloss the check can read
            strict.append(frozenset(tight))
            broad.append(frozenset(wide))
        return tuple(strict), tuple(broad)

    english_pairs = set()
    if Path(args.bigrams).is_file():
        for line in Path(args.bigrams).read_text("utf-8").splitlines():
            words = line.lower().split()[:2]
            if len(words) == 2:
                english_pairs.add((tokens(words[0], "en")[0].stem if tokens(words[0], "en") else words[0],
                                   tokens(words[1], "en")[0].stem if tokens(words[1], "en") else words[1]))
    english_lemmas = Lemmas(Path(args.wordnet))
    # the English sentences, indexed by stem, for the "elsewhere" count
    by_stem: dict[str, set] = collections.defaultdict(set)
    for n, t in enumerate(tgt):
        for e in set(t):
            by_stem[e].add(n)
    rows = []
    dropped: dict[tuple, str] = {}  # why a candidate is left out (--why)
    for key, occ in sorted(cands.items()):
        stored, slots = slots_of(key, occ)
        if len(slots) < 2:
            dropped[key] = "slot: a word with no rendering of its own outside the expression"
            continue
        inside = {n for n, _ in occ}
        sets = len({first_set[pairs[n][0].strip()] for n in inside})
        if sets < args.min_sets:
            dropped[key] = f"sets: seen in {sets} set"
            continue  # one article's wording (its term repeated), not the news's
        literal = sum(1 for n in inside if gloss_window(slots, tgt[n]) is not None)
        if literal > args.max_literal_count or literal > args.max_literal * len(inside):
            dropped[key] = f"literal: the human side writes the gloss {literal}/{len(inside)}"
            continue
        pool = set.intersection(*[set().union(*(by_stem.get(e, set()) for e in slot)) for slot in slots])
        elsewhere = sum(1 for n in pool - inside if gloss_window(slots, tgt[n]) is not None)
        if elsewhere > args.max_elsewhere:
            dropped[key] = f"elsewhere: the gloss in {elsewhere} other English sentences"
            continue
        if len(slots) == 2 and any((x, y) in english_pairs or (y, x) in english_pairs
                                   for x in slots[0] for y in slots[1]):
            dropped[key] = "bigram: the gloss is a frequent web bigram"
            continue  # the gloss is a common English phrase of its own ("participation rate", "global level")
        spans: collections.Counter = collections.Counter()
        written: dict[tuple, collections.Counter] = collections.defaultdict(collections.Counter)
        for n, a in occ:
            js = sorted({j for pos in range(len(key)) for j in links[n].get(a + pos, ())})
            if not js:
                continue
            sent = tgt_t[n]

            def grammar(j: int) -> bool:
                """A word trimmed off a rendering: grammar, a figure, or a word glued to a figure ("19th")."""
                t = sent[j]
                return t.stem in ftgt or t.is_number or (j > 0 and sent[j - 1].is_number and sent[j - 1].end == t.start)

            lo, hi = js[0], js[-1]
            while lo <= hi and grammar(lo):
                lo += 1
            while hi >= lo and grammar(hi):
                hi -= 1
            tt = sent[lo:hi + 1]
            if tt and len(tt) <= len(key) + 1:
                by_stems = tuple(t.stem for t in tt)  # "key rate" and "key rates" are one rendering
                spans[by_stems] += 1
                written[by_stems][" ".join(t.lower for t in tt)] += 1
        renderings = [written[r].most_common(1)[0][0] for r, c in spans.most_common(2)
                      if c >= 2 and c >= args.min_share * len(occ)]
        if not renderings and literal == 0 and len(inside) >= args.bare_count:
            renderings = []  # a fixed expression translators paraphrase (« mis en examen »: "charged", "detained
            # for questioning", "placed under investigation"): the check flags the gloss, with no suggestion
        elif not renderings:
            dropped[key] = f"renderings: none renders {args.min_share:.0%} of {len(occ)} ({spans.most_common(2)})"
            continue  # the translators agree on no rendering: a paraphrase, not a fixed expression
        words = [t.stem for t in tokens(renderings[0], "en") if t.stem not in ftgt] if renderings else []
        covered = {k for k, slot in enumerate(slots) for w in words if w in slot}
        if words and all(any(w in slot for slot in slots) for w in words) and len(covered) >= len(words):
            dropped[key] = f"gloss-rendering: the main rendering '{renderings[0]}' is made of gloss words"
            continue  # each content word a gloss word of its own slot, a word left out or put as a function word
            # ("dressed in black", "another failure" for « nouvel échec »): rendered word by word after all
        if any(gloss_window(slots, lemma, extra=9) is not None
               for lemma in english_lemmas.get_all(slots[0])):
            dropped[key] = "wordnet: the gloss is a WordNet multiword lemma"
            continue  # the gloss is an English phrase of its own (WordNet's "little by little")
        first = occ[0]
        surface = " ".join(t.lower for t in src_t[first[0]][first[1]:first[1] + len(key)])
        rows.append([surface, " ".join(key), ";".join("|".join(sorted(s)) for s in stored), "|".join(renderings),
                     len(inside), literal, elsewhere, 0])
    print(f"{len(rows)} expressions kept", file=sys.stderr)

    # confirmation on WMT12/13 system outputs (calibration years): how often MT writes the gloss
    index: dict[str, list] = collections.defaultdict(list)
    for row in rows:
        index[row[1].split()[0]].append(row)
    asked: collections.Counter = collections.Counter()
    for year in ("2012", "2013"):
        folder = data / f"wmt{year[2:]}-fren"
        srcs = read_lines(folder / f"newstest{year}.fr-en.src.fr")
        outputs = [read_lines(p) for p in sorted((folder / "systems").glob("*.en"))]
        for n, line in enumerate(srcs):
            st = [without_ligatures(t.stem) for t in tokens(line, "fr")]
            hits = [row for i, s in enumerate(st) for row in index.get(s, ())
                    if tuple(st[i:i + len(row[1].split())]) == tuple(row[1].split())]
            for row in {id(r): r for r in hits}.values():
                slots = tuple(frozenset(s.split("|")) for s in row[2].split(";"))
                for out in outputs:
                    if n < len(out):
                        asked[id(row)] += 1
                        if gloss_window(slots, [t.stem for t in tokens(out[n], "en")]) is not None:
                            row[7] += 1
    shared = [row for row in rows if asked[id(row)] >= args.mt_min and row[7] > args.mt_share * asked[id(row)]]
    rows = [row for row in rows if row not in shared]
    for row in shared:
        dropped[tuple(row[1].split())] = f"mt: {row[7]}/{asked[id(row)]} system sentences write the gloss"
    if args.why:
        kept = {tuple(row[1].split()): row for row in rows}
        for phrase in Path(args.why).read_text("utf-8").splitlines():
            if not phrase.strip() or phrase.startswith("#"):
                continue
            ptoks = tokens(phrase, "fr")
            spans_ = [tuple(without_ligatures(t.stem) for t in ptoks[a:b]) for a, b in ngrams(ptoks, phrase, fsrc)]
            if not spans_:
                print(f"WHY\t{phrase}\t-\tno candidate: no span of two content words without a name, figure or "
                      "punctuation between", file=sys.stderr)
            for key in sorted(set(spans_), key=len, reverse=True):
                if key in kept:
                    reason = "kept"
                elif key in dropped:
                    reason = dropped[key]
                else:
                    reason = f"count: seen in {len(seen.get(key, ()))} sentences (< {args.min_count})"
                print(f"WHY\t{phrase}\t{' '.join(key)}\t{reason}", file=sys.stderr)
    print(f"{len(shared)} expressions left out: most WMT12/13 systems write their gloss (English enough): "
          + ", ".join(f"{r[0]} ({r[7]}/{asked[id(r)]})" for r in shared), file=sys.stderr)
    if earlier is not None:
        known = {row[1] for row in earlier}
        added = [row for row in rows if not row[3] and row[1] not in known]
        print(f"--add-to: {len(earlier)} rows kept, {len(added)} paraphrased expressions added: "
              + ", ".join(r[0] for r in added), file=sys.stderr)
        rows = sorted(earlier + added, key=lambda r: r[1])  # the order of a build: by stems
    out = Path(args.out)
    with open(out, "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as packed, \
            io.TextIOWrapper(packed, encoding="utf-8", newline="\n") as fh:  # no name, no time: the same bytes
        fh.write("# expression\tstems\tslots\trenderings\tseen\tliteral\telsewhere\tmt\n")
        for row in rows:
            fh.write("\t".join(str(x) for x in row) + "\n")
    if args.show:
        for row in sorted(rows, key=lambda r: -r[7]):
            print("\t".join(str(x) for x in row))
    print(f"{len(rows)} rows, {out.stat().st_size} bytes -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
