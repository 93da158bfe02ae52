"""Broad English word relatedness from WordNet 3.0, for the benchmarks' oracles (never the run time).

``bench/recall_meaning.py``'s mistranslation oracle must not call an MT word
wrong when it is another way to say the post-editor's word. The shipped
thesaurus (``mtqa/data/lexmodel/synonyms.en.tsv.gz``) is kept narrow on
purpose (a loose synonym hides a real error in a check); an oracle wants the
opposite, so this reads WordNet itself and calls two words related when they
share a lemma, a synset, or synsets one WordNet link apart (hypernym,
hyponym, similar-to, see-also, derivation, pertainym, verb group, attribute,
entailment, cause), whatever the sense's rank. Antonyms ("possible",
"impossible") are never related: that is a mistranslation.

Words are matched to lemmas as WordNet's morphy does: the word itself, its
irregular forms (``*.exc``: "held" -> "hold") and the usual detachments
(``-ies`` -> ``-y``, ``-ing``, ``-ed``, ``-s``, ...). WordNet is read from
``/usr/share/wordnet`` (Debian ``wordnet-base``); without it nothing is related
and :attr:`WordNetRelated.available` is False (the caller says so).
"""
from __future__ import annotations

import collections
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
NEAR = {"@", "@i", "~", "~i", "&", "^", "+", "$", "\\", "=", "*", ">"}
"""WordNet pointers that join close meanings (no antonym ``!``, no part/member/domain links)."""
DETACH = (("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", ""),
          ("er", ""), ("est", ""), ("er", "e"), ("est", "e"))
"""Inflectional endings tried to find a word's lemma (WordNet's morphy rules, all parts of speech at once)."""


class WordNetRelated:
    """Lemma -> synsets, synset -> its near synsets, and the antonym pairs of WordNet."""

    def __init__(self, folder: Path = WORDNET):
        self.synsets: dict[str, set] = collections.defaultdict(set)
        self.near: dict[tuple, set] = collections.defaultdict(set)
        self.exc: dict[str, set] = collections.defaultdict(set)
        self.antonyms: set[tuple[str, str]] = set()
        self.available = (folder / "data.noun").is_file()
        if not self.available:
            return
        words, ant = {}, []
        for name, p in POS.items():
            with open(folder / f"data.{name}", encoding="utf-8") as f:
                for line in f:
                    if line.startswith(" "):
                        continue  # the licence header
                    rec = line.split(" | ")[0].split()
                    sid = (p, rec[0])
                    n = int(rec[3], 16)
                    for k in range(n):
                        w = rec[4 + 2 * k].lower().split("(")[0]
                        words[(p, rec[0], k)] = w
                        if w.isalpha():
                            self.synsets[w].add(sid)
                    at = 4 + 2 * n
                    for k in range(int(rec[at])):
                        sym, off, pos, st = rec[at + 1 + 4 * k: at + 5 + 4 * k]
                        other = ("a" if pos == "s" else pos, off)
                        if sym == "!":  # lexical: source and target word numbers, 1-based, in hex
                            ant.append(((p, rec[0], int(st[:2], 16) - 1), (*other, int(st[2:], 16) - 1)))
                        elif sym in NEAR:
                            self.near[sid].add(other)
            exc = folder / f"{name}.exc"
            if exc.is_file():
                for line in exc.read_text(encoding="utf-8").splitlines():
                    rec = line.split()
                    if len(rec) >= 2:
                        self.exc[rec[0]].update(rec[1:])
        for a, b in ant:
            wa, wb = words.get(a), words.get(b)
            if wa and wb:
                self.antonyms.update({(wa, wb), (wb, wa)})

    def lemmas(self, word: str) -> set[str]:
        """The WordNet lemmas ``word`` may be a form of (empty when WordNet does not know it)."""
        word = word.lower()
        out = {word} | self.exc.get(word, set())
        for suffix, repl in DETACH:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                out.add(word[: len(word) - len(suffix)] + repl)
        return {w for w in out if w in self.synsets}

    def antonym(self, a: str, b: str) -> bool:
        return any((x, y) in self.antonyms for x in self.lemmas(a) for y in self.lemmas(b))

    def related(self, a: str, b: str) -> bool:
        """Same lemma, a shared synset, or synsets at most one near link from a common one; never antonyms."""
        la, lb = self.lemmas(a), self.lemmas(b)
        if la & lb:
            return True
        if not la or not lb or self.antonym(a, b):
            return False
        sa = set().union(*(self.synsets[x] for x in la))
        sb = set().union(*(self.synsets[x] for x in lb))
        na = sa.union(*(self.near.get(s, ()) for s in sa))
        nb = sb.union(*(self.near.get(s, ()) for s in sb))
        return bool(na & nb)
