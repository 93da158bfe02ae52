"""Recall and flag precision of the meaning checks (A6xx) on real MT judged by human post-edits.

Usage: ``.venv/bin/python bench/recall_meaning.py [--data DIR] [--systems google,bing] [--tag T] [--sample N]``

The mistranslation oracle reads WordNet (``apt-get install wordnet-base``, as
``bench/build_synonyms.py`` does) and FreeDict; without WordNet it runs, says
so, and keeps synonyms it would otherwise set aside.

The Potet corpus (see ``bench/recall.py``) gives, for 10,881 French news
sentences, the Google and Bing translations and a human post-edit (``pe.en``,
of a third system's output, so it is an independent correct translation made
close to an MT's wording). Meaning errors are decided by conservative
*oracles* from source + MT + post-edit, with the lexical model of
``mtqa/data/lexmodel`` (learned alignments and FreeDict) as the bilingual
dictionary. The MT and the post-edit are compared word by word
(``difflib``), and only small differences are read:

* ``mistranslation`` (rebuilt at stop 37; the first version's hand-checked
  precision was 1/12): in a block where the post-edit replaced one or two MT
  words by one or two others, a post-edit word ``p`` is a translation of a
  source content word ``s`` by independent evidence (FreeDict French-English,
  :class:`FreeDictStems`; ``s`` the only source word it translates), ``s``
  has no counterpart in the MT (no FreeDict rendering, no link of the lexical
  model), and the replaced MT word ``t`` (in a block of equal sizes, the word
  in ``p``'s place) is a content word that renders
  no source word in the model, is none of ``s``'s FreeDict renderings or
  learned candidates although the model has seen both ``SEEN`` times or more,
  shares no first four letters with ``p`` or any source word (an inflection,
  a derivative, a cognate), is not related to ``p`` nor
  to a usual rendering of ``s`` in WordNet (:mod:`wordnet_related`: a shared
  synset or one link apart, antonyms excepted) nor in the shipped thesaurus,
  and translates no French word that ``p`` or a rendering of ``s`` also
  translates (a pivot through the model and FreeDict). The block must sit
  where ``s`` is: the nearest content words around it in the post-edit render
  source words next to ``s`` (:meth:`Oracle.anchored`). Why it stays weak
  (hand-checked precision in the table): ``pe.en`` post-edits a third system
  (Moses), so where Google or Bing chose another good word the post-edit
  still differs; the filters remove the synonyms WordNet and FreeDict know,
  not the others ("likely"/"inclined", "clout"/"weight").
* ``omission``: the post-edit inserts one to three words where the MT has
  none, one of them a usual translation of a source content word that has no
  counterpart anywhere in the MT (not a unit next to a figure, which the MT may
  write as a symbol). Since stop 23 the MT must also not have reworded the
  spot: no MT content word within three words of the insertion that renders
  nothing in the model and that the post-editor replaced (a synonym the model
  lacks, "communal" for "communautaires"); the source word must not be half of
  a word whose other half is rendered (``aujourd'hui``), nor rendered in the MT
  by a listed extra rendering ("$" for "dollars", ``strong_words.toml``) or a
  word sharing its first five letters. Hand-checked precision 19/30 (was 5/12).
* ``polarity``: the source is negative (A604's data, ``polarity.toml``), the
  MT has no negation and the post-edit has one (read as A604 reads them,
  :func:`mtqa.checks.meaning.polarity.negative`: since stop 61 an "any" or "ever" with
  nothing to license it is no negation); or the MT negates plainly, the
  source has nothing negative and the post-edit no negation.

Flags of the A6xx checks (run with ``preview=True``) are judged a *hit* when
they land on a positive of their class (A603 on the mistranslated word; A608
naming the source word the oracle found dropped; A601, A604, A607 anywhere in
the segment), *false* when the post-editor made
the same choice (A602/A603/A605/A606: the flagged words are all in the
post-edit; A604: the post-edit has no negation either; A607: the post-edit
negates too; A601: the post-edit also
leaves at least half of the reported source words without a counterpart; A608:
the post-edit has no counterpart of the reported word either),
unjudged otherwise. Halves as in ``bench/recall.py``: the first half of each
system is the calibration part, the second half held out (the sample written
for hand-checking is drawn from the first half only).
Positives and flags for reading go to ``bench/out/recall_meaning[.TAG].*.tsv``;
``bench/recall_meaning_handcheck.tsv`` holds the oracle positives read by hand
(system, line, class, span, verdict, note; no corpus text).
"""
from __future__ import annotations

import argparse
import collections
import csv
import difflib
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recall import (OUT, ROOT, covers, documents, flags_of, kept_by_post_editor, merge_parts,  # noqa: E402
                    potet_dir, precision_cell, read_lines, write_jsonl)

from mtqa.checks.meaning.gaps import rendered_by_extra, target_words  # noqa: E402
from mtqa.checks.meaning.polarity import negative  # noqa: E402
from mtqa.checks.meaning.shared import negations  # noqa: E402
from mtqa.meaning.align import glued_piece  # noqa: E402
from mtqa.config import Config  # noqa: E402
from mtqa.context import Context  # noqa: E402
from mtqa.langs.lexmodel import load_lexmodel, polarity, strong_words  # noqa: E402
from mtqa.meaning.align import function_stems, segment_alignment, usual_renderings  # noqa: E402
from mtqa.meaning.tokens import plain, stem  # noqa: E402
from mtqa.langs.freedict import database  # noqa: E402
from mtqa.langs.synonyms import load_synonyms  # noqa: E402
from wordnet_related import WordNetRelated  # noqa: E402

HANDCHECK = ROOT / "bench" / "recall_meaning_handcheck.tsv"
CODES = ("A601", "A602", "A603", "A604", "A605", "A606", "A607", "A608")
CLASS_OF = {"A601": "omission", "A603": "mistranslation", "A604": "polarity", "A607": "polarity", "A608": "omission"}
SEGMENT_LEVEL = {"omission", "polarity"}
CHECK_OF = {"mistranslation": "A603", "omission": "A608", "polarity": "A604"}
"""The check whose recall is printed for each class (A601's runs of five words cover no oracle omission)."""
MIN_COUNT = 3
SEEN = 20
"""The mistranslation oracle calls an MT word no rendering of a source word only when the lexical model has
seen both at least this often (and never linked them): with fewer sightings a missing candidate says little
(read on the first half: "enclins", "clique", "disparition" had good renderings the model never saw)."""
QUOTED = re.compile(r"“([^”]*)”")


class FreeDictStems:
    """FreeDict French-English keyed by the stems of :mod:`mtqa.meaning.tokens`: French stem -> {English
    stem: English word} and English stem -> French stems, single-word headwords and glosses only ("to
    launch" counts as "launch"). Empty when FreeDict is not installed."""

    def __init__(self) -> None:
        self.forward: dict[str, dict[str, str]] = collections.defaultdict(dict)
        self.backward: dict[str, set[str]] = collections.defaultdict(set)
        db = database("fra-eng")
        if db is None:
            return
        for head in db.headwords():
            if " " in head or head[:1].isupper():
                continue
            fs = stem(head.lower(), "fr")
            for gloss in db.translations(head):
                word = gloss.strip().lower().removeprefix("to ")
                if word.isalpha():
                    es = stem(word, "en")
                    self.forward[fs].setdefault(es, word)
                    self.backward[es].add(fs)


class Oracle:
    """Meaning-error positives of one segment triple (source, MT, post-edit)."""

    def __init__(self) -> None:
        self.model = load_lexmodel("fr", "en")
        self.fsrc, self.ftgt = function_stems("fr", "en")
        self.pol = polarity("fr", "en")
        self.words = strong_words("fr")
        self.freedict = FreeDictStems()
        self.wordnet = WordNetRelated()
        self.thesaurus = load_synonyms("en")

    def negative_src(self, text: str) -> bool:
        pol = self.pol
        return bool(pol["src_screen"].search(text) and negations(pol["src"], pol["src_not"], text))

    def known(self, tok) -> bool:
        return (not tok.is_number and not tok.capitalised and tok.stem not in self.fsrc
                and self.model.source_freq.get(tok.stem, 0) >= MIN_COUNT and len(tok.lower) > 2)

    def content(self, tok) -> bool:
        return not tok.is_number and tok.stem not in self.ftgt and len(tok.lower) > 2

    @staticmethod
    def unit(toks, q: int) -> bool:
        """A word next to a figure: a unit, which an MT may write as a symbol ($, %)."""
        return any(0 <= k < len(toks) and toks[k].is_number for k in (q - 1, q + 1))

    def usual_links(self, wa_pe, q: int) -> list[int]:
        """Source tokens that post-edit token ``q`` renders by a usual translation (full-weight lexicon link)."""
        return [i for i, links in wa_pe.links.items()
                if any(j == q and s >= 1.0 and kind == "lexicon" for j, s, kind in links)]

    def __call__(self, src: str, mt: str, pe: str) -> dict[str, list[tuple[int, int, str]]]:
        out: dict[str, list[tuple[int, int, str]]] = collections.defaultdict(list)
        pol = self.pol
        src_neg = self.negative_src(src)
        mt_neg, pe_neg = negative(pol, mt), negative(pol, pe)
        if src_neg and not mt_neg and pe_neg:
            out["polarity"].append((0, len(mt), "source negative, MT not, post-edit negative"))
        elif not pol["src_broad"].search(src) and pol["tgt_strict"].search(mt) and not pe_neg:
            out["polarity"].append((0, len(mt), "MT negates, source and post-edit do not"))
        wa_mt = segment_alignment(src, mt, "fr", "en")
        wa_pe = segment_alignment(src, pe, "fr", "en")
        if wa_mt is None or wa_pe is None:
            return out
        mt_toks, pe_toks = wa_mt.target, wa_pe.target
        sm = difflib.SequenceMatcher(None, [t.lower for t in mt_toks], [t.lower for t in pe_toks], autojunk=False)
        for op, a0, a1, b0, b1 in sm.get_opcodes():
            if op == "replace" and a1 - a0 <= 2 and b1 - b0 <= 2:
                out["mistranslation"].extend(self.mistranslations(wa_mt, wa_pe, a0, a1, b0, b1))
            elif op == "insert" and b1 - b0 <= 3:
                if self.reworded_near(wa_mt, a0, {p.lower for p in pe_toks}):
                    continue
                for q in range(b0, b1):
                    for i in self.usual_links(wa_pe, q):
                        s = wa_pe.source[i]
                        if (self.known(s) and not wa_mt.links.get(i) and not self.unit(pe_toks, q)
                                and not glued_piece(wa_mt, src, i) and not self.rendered_otherwise(s, mt, wa_mt)):
                            at = mt_toks[a0].start if a0 < len(mt_toks) else len(mt)
                            out["omission"].append((at, at, f"{s.text} -> {pe_toks[q].text}"))
                            break
        return out

    def mistranslations(self, wa_mt, wa_pe, a0: int, a1: int, b0: int, b1: int):
        """The mistranslation positives of one replaced block (MT tokens a0:a1 -> post-edit tokens b0:b1);
        see the module's docstring."""
        mt_toks, pe_toks, src_toks = wa_mt.target, wa_pe.target, wa_mt.source
        mt_stems, pe_stems = {t.stem for t in mt_toks}, {t.stem for t in pe_toks}
        heads = {plain(x.lower)[:4] for x in src_toks if self.content_src(x) and len(x.lower) >= 4}
        for q in range(b0, b1):
            p = pe_toks[q]
            if not self.content(p) or p.capitalised or p.stem in mt_stems:
                continue
            found = [i for i, x in enumerate(src_toks)
                     if self.content_src(x) and p.stem in self.freedict.forward.get(x.stem, ())]
            if len({src_toks[i].stem for i in found}) != 1:
                continue  # no source word, or several, that FreeDict says the post-edit word translates
            s = src_toks[found[0]]
            if self.model.source_freq.get(s.stem, 0) < SEEN:
                continue
            listed = self.freedict.forward[s.stem]
            if set(listed) & mt_stems or any(wa_mt.links.get(i) for i in found):
                continue  # the MT renders the word somewhere
            if not self.anchored(wa_pe, found[0], b0, b1):
                continue
            learned = {tr.stem: self.model.word(tr.stem) for tr in self.model.translations(s.stem)}
            usual = {st: w for st, w in learned.items() if st in set(usual_renderings(self.model, s.stem))}
            renderings = {**listed, **usual, p.stem: p.lower}
            # in a block of equal sizes the k-th word replaces the k-th ("exactly attractive" -> "really cute")
            for j in ([a0 + q - b0] if a1 - a0 == b1 - b0 else range(a0, a1)):
                t = mt_toks[j]
                if (not self.content(t) or t.capitalised or t.stem in pe_stems or j in wa_mt.target_linked
                        or self.model.target_freq.get(t.stem, 0) < SEEN
                        or t.stem in listed or t.stem in learned or plain(t.lower)[:4] in heads
                        or plain(t.lower)[:4] == plain(p.lower)[:4]
                        or self.near_meaning(t, renderings)):
                    continue
                yield t.start, t.end, f"{s.text}: {t.text} -> {p.text}"
                break

    def content_src(self, tok) -> bool:
        return not tok.is_number and not tok.capitalised and tok.stem not in self.fsrc and len(tok.lower) > 2

    def near_meaning(self, t, renderings: dict[str, str]) -> bool:
        """MT token ``t`` may mean what one of ``renderings`` (English stem -> word) means: related in WordNet,
        a close synonym in the shipped thesaurus, or both translating one French word (the lexical model's
        candidates or FreeDict: a pivot through the source language)."""
        french = set(self.model.backward.get(t.stem, ())) | self.freedict.backward.get(t.stem, set())
        for st, word in renderings.items():
            if self.wordnet.related(t.lower, word) or self.thesaurus.renders(t.stem, (st,)):
                return True
            if french & (set(self.model.backward.get(st, ())) | self.freedict.backward.get(st, set())):
                return True
        return False

    def anchored(self, wa, i: int, b0: int, b1: int, slack: int = 3) -> bool:
        """The replaced block stands where source token ``i`` is: of the nearest content words of the
        post-edit before and after it (within ``slack`` words) that render a source word, each present
        renders one within ``slack`` words of ``i`` on its side, and at least one is present."""
        def side(order, lo: int, hi: int):
            for j in order:
                if wa.target[j].stem in self.ftgt:
                    continue
                srcs = [k for k, links in wa.links.items() if any(jj == j and st >= 1.0 for jj, st, _ in links)]
                if srcs:
                    return any(lo <= k - i <= hi for k in srcs)
            return None
        left = side(range(b0 - 1, max(-1, b0 - 1 - slack), -1), -slack - 1, -1)
        right = side(range(b1, min(len(wa.target), b1 + slack)), 1, slack + 1)
        return left is not False and right is not False and bool(left or right)

    def reworded_near(self, wa_mt, a0: int, pe_words: set[str], window: int = 3) -> bool:
        """An MT content word next to the insertion point renders no source word in the model and the
        post-editor replaced it: the MT reworded the passage (a synonym the model lacks), it did not cut it."""
        free = set(wa_mt.unaligned_target)
        return any(j in free and wa_mt.target[j].lower not in pe_words and not wa_mt.target[j].capitalised
                   for j in range(a0 - window, a0 + window))

    def rendered_otherwise(self, s, mt: str, wa_mt) -> bool:
        """The MT renders the source word by a sign or a listed rendering ("$" for "dollars"; looked up as
        A608 looks it up, a word as a word: "or" is not found inside "for"), or by a word sharing its
        first five letters (a cognate or derivative the model does not list)."""
        if self.words and rendered_by_extra(self.words, s.lower, target_words(wa_mt), mt.lower()):
            return True
        head = plain(s.lower)[:5]
        return len(head) >= 5 and any(plain(t.lower)[:5] == head for t in wa_mt.target)

    def flag_is_clean(self, code: str, flag, src: str, mt: str, pe: str) -> bool:
        """The post-editor made the choice the flag objects to."""
        text, message = flag[3], flag[5]
        if code == "A604":
            return not negative(self.pol, pe)
        if code == "A607":
            return bool(self.pol["tgt_strict"].search(pe))
        if code == "A608":
            m = QUOTED.search(message)
            wa_pe = segment_alignment(src, pe, "fr", "en")
            if not m or wa_pe is None:
                return False
            first = re.split(r"['’-]", m.group(1))[0]
            idx = [i for i, t in enumerate(wa_pe.source) if t.text == first]
            return bool(idx) and all(not wa_pe.links.get(i) for i in idx)
        if code == "A601":
            m = QUOTED.search(message)
            wa_pe = segment_alignment(src, pe, "fr", "en")
            if not m or wa_pe is None:
                return False
            run = m.group(1).rstrip("…").split()
            idx = [i for i, t in enumerate(wa_pe.source) if t.text in run and self.known(t)]
            return bool(idx) and sum(1 for i in idx if not wa_pe.links.get(i)) * 2 >= len(idx)
        return kept_by_post_editor(text, pe)


def lands_on(flag, cls: str, span) -> bool:
    """The flag reports the positive: A608 names the very source word the oracle found dropped; the
    other segment-level classes need only the segment; the rest must cover the span."""
    if flag[0] == "A608":
        m = QUOTED.search(flag[5])
        return bool(m) and re.split(r"['’-]", m.group(1))[0] == span[2].split(" -> ")[0]
    return cls in SEGMENT_LEVEL or covers(flag, span)


def evaluate(oracle, src, mt, pe, flags, lines):
    pos = collections.defaultdict(list)   # class -> [(line, span, codes covering)]
    verdicts = collections.defaultdict(collections.Counter)
    judged_flags = []
    for i in lines:
        spans = oracle(src[i], mt[i], pe[i])
        fl = [f for f in flags.get(i, []) if f[0].startswith("A6")]
        for cls, found in spans.items():
            for span in found:
                by = {f[0] for f in fl if lands_on(f, cls, span)}
                pos[cls].append((i, span, by))
        for f in fl:
            cls = CLASS_OF.get(f[0])
            if cls and any(lands_on(f, cls, s) for s in spans.get(cls, ())):
                verdict = "hit"
            elif oracle.flag_is_clean(f[0], f, src[i], mt[i], pe[i]):
                verdict = "false"
            else:
                verdict = "unjudged"
            verdicts[f[0]][verdict] += 1
            judged_flags.append((i, f, verdict))
    return pos, verdicts, judged_flags


def cross_report(oracle, src: list[str], mts: dict[str, list[str]], pe: list[str], parts: dict) -> None:
    """Recall and precision of the cross-system checks (A609, A610) with the corpus's systems as each other's peers.

    Potet has two systems, so each is judged against ONE other translation: the checks' agreement bounds
    (at least three agreeing others, three quarters of them) cannot be met, and ``mtqa compare`` on these two
    files reports nothing. To see what the evidence is worth in the 1-vs-1 case the checks run here with
    ``min_agree=1, min_share=1``: a source word the other system renders and this one does not. An A609 or
    A610 flag is a hit when it names the source word of an oracle omission or mistranslation of the same
    line; false when the post-edit has no counterpart of the word either (the post-editor dropped it too),
    or (A610) keeps the stand-in word; unjudged otherwise."""
    from mtqa.checks.cross_system import CrossSystemMistranslation, CrossSystemOmission

    checks = [CrossSystemOmission(min_agree=1, min_share=1.0), CrossSystemMistranslation(min_agree=1, min_share=1.0)]
    systems = list(mts)
    caught = collections.defaultdict(lambda: [0, 0])  # (part, class) -> [caught, positives]
    verdicts = collections.defaultdict(collections.Counter)  # (part, code) -> verdicts
    for part, lines in parts.items():
        for i in lines:
            entries = [(name, mts[name][i]) for name in systems]
            found = {name: [] for name in systems}
            for check in checks:
                for f in check.judge(src[i], entries, "fr", "en"):
                    found[entries[f.entry][0]].append((check.code, f))
            wa_pe = None
            for name in systems:
                spans = oracle(src[i], mts[name][i], pe[i])
                words = {cls: {re.split(r"['’-]", sp[2].split(":")[0].split(" -> ")[0])[0] for sp in spans.get(cls, ())}
                         for cls in ("omission", "mistranslation")}
                for cls, ws in words.items():
                    caught[part, cls][1] += len(ws)
                    caught[part, cls][0] += len(ws & {f.word.split("'")[0] for _, f in found[name]})
                for code, f in found[name]:
                    if f.word in words["omission"] | words["mistranslation"]:
                        verdicts[part, code]["hit"] += 1
                        continue
                    if wa_pe is None:
                        wa_pe = segment_alignment(src[i], pe[i], "fr", "en")
                    clean = wa_pe is not None and not wa_pe.links.get(f.token)
                    if code == "A610" and f.stand_in and f.stand_in.lower() in pe[i].lower().split():
                        clean = True
                    verdicts[part, code]["false" if clean else "unjudged"] += 1
    print("\nCross-system checks, 1-vs-1 (min_agree=1, min_share=1; mtqa compare's defaults give no flag with two"
          " systems): oracle positives named by A609 or A610, and flag precision (hits / (hits + false))")
    for part in parts:
        cells = [f"{cls} {c}/{n} = {c / max(n, 1):.3f}" for cls in ("omission", "mistranslation")
                 for c, n in [caught[part, cls]]]
        print(f"{part:24s} " + "; ".join(cells))
        for code in ("A609", "A610"):
            print(f"{'':24s} {code} {precision_cell(verdicts[part, code])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data")
    ap.add_argument("--systems", default="google,bing")
    ap.add_argument("--tag", default="")
    ap.add_argument("--sample", type=int, default=30, help="oracle positives written for hand-checking")
    ap.add_argument("--cross", action="store_true", help="also the cross-system checks A609/A610, 1-vs-1")
    ap.add_argument("--cross-only", action="store_true", help="only the cross-system checks (no A6xx run)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    folder = potet_dir(args.data)
    src, pe = read_lines(folder / "src.fr"), read_lines(folder / "pe.en")
    docs = documents(src)
    config = Config(select=CODES, preview=True)
    tag = "." + args.tag if args.tag else ""
    oracle = Oracle()
    if not oracle.wordnet.available:
        print("recall_meaning: WordNet not found (apt-get install wordnet-base): the mistranslation oracle "
              "cannot set synonyms aside and its precision is lower than the hand-checked figure", file=sys.stderr)
    half = len(src) // 2
    parts = {"calibration (1st half)": range(0, half), "held-out (2nd half)": range(half, len(src))}
    systems = [s for s in args.systems.split(",") if s]
    if args.cross or args.cross_only:
        cross_report(oracle, src, {name: read_lines(folder / f"mt-{name}.en") for name in systems}, pe, parts)
        if args.cross_only:
            return
    results, mts = {}, {}
    for name in systems:
        mt = mts[name] = read_lines(folder / f"mt-{name}.en")
        flags = flags_of(write_jsonl(f"meaning.{name}", src, mt, docs, args.tag), Context(config))
        for part, lines in parts.items():
            results[(name, part)] = evaluate(oracle, src, mt, pe, flags, lines)
        print(f"{name}: done at {time.perf_counter() - t0:.0f} s", flush=True)

    def merged(keys, idx):
        return merge_parts(results, keys, idx)

    views = {p: [(s, p) for s in systems] for p in parts}
    views.update({s: [(s, p) for p in parts] for s in systems})
    hand = collections.Counter()
    hand_total = collections.Counter()
    if HANDCHECK.is_file():
        with open(HANDCHECK, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                hand_total[row["class"]] += 1
                hand[row["class"]] += row["verdict"] == "error"
    print(f"\nOracle positives and recall (share covered by the class's check; any A6xx in brackets)")
    print(f"{'class':15s} {'oracle prec':>11s} " + " ".join(f"{v:>30s}" for v in views))
    for cls in ("mistranslation", "omission", "polarity"):
        code = CHECK_OF[cls]
        cells = []
        for v in views:
            p = merged(views[v], 0)[cls]
            own = sum(1 for *_, by in p if code in by)
            anyc = sum(1 for *_, by in p if by)
            cells.append(f"{code} {own:3d}/{len(p):5d} {own / max(len(p), 1):4.2f} ({anyc / max(len(p), 1):4.2f})")
        hp = f"{hand[cls]}/{hand_total[cls]}" if hand_total[cls] else "-"
        print(f"{cls:15s} {hp:>11s} " + " ".join(f"{c:>30s}" for c in cells))
    print("\nFlag precision per check: hits / (hits + false); unjudged left out")
    print(f"{'code':6s} " + " ".join(f"{v:>30s}" for v in views))
    for code in CODES:
        cells = []
        for v in views:
            c = merged(views[v], 1)[code]
            cells.append(precision_cell(c))
        print(f"{code:6s} " + " ".join(f"{c:>30s}" for c in cells))

    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(13)
    with open(OUT / f"recall_meaning{tag}.positives.tsv", "w", encoding="utf-8", newline="") as f, \
            open(OUT / f"recall_meaning{tag}.sample.tsv", "w", encoding="utf-8", newline="") as g:
        w, sw = csv.writer(f, delimiter="\t"), csv.writer(g, delimiter="\t")
        header = ["system", "line", "class", "span", "what", "caught_by", "mt", "pe", "src"]
        w.writerow(header)
        sw.writerow(["system", "line", "class", "span", "verdict", "what", "mt", "pe", "src"])
        rows = []
        for s in systems:
            for p in parts:
                for cls, plist in results[(s, p)][0].items():
                    for i, span, by in plist:
                        rows.append((s, i, cls, span, by))
                        w.writerow([s, i + 1, cls, f"{span[0]}-{span[1]}", span[2], ",".join(sorted(by)),
                                    mts[s][i], pe[i], src[i]])
        by_class = collections.defaultdict(list)
        for r in rows:
            if r[1] < half:  # the sample to read by hand: the calibration half only (the other is held out)
                by_class[r[2]].append(r)
        for cls, rs in sorted(by_class.items()):
            for s, i, c, span, _ in rng.sample(rs, min(args.sample, len(rs))):
                sw.writerow([s, i + 1, c, f"{span[0]}-{span[1]}", "", span[2], mts[s][i], pe[i], src[i]])
    with open(OUT / f"recall_meaning{tag}.flags.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["system", "part", "line", "code", "verdict", "text", "message", "mt", "pe", "src"])
        for s in systems:
            for p in parts:
                for i, fl, verdict in results[(s, p)][2]:
                    w.writerow([s, p.split()[0], i + 1, fl[0], verdict, fl[3], fl[5], mts[s][i], pe[i], src[i]])
    print(f"\ntotal {time.perf_counter() - t0:.0f} s; positives, sample and flags in {OUT}/recall_meaning{tag}.*.tsv")


if __name__ == "__main__":
    main()
