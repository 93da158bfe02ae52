"""Build mtqa's English synonym table (mtqa/data/lexmodel/synonyms.en.tsv.gz) from WordNet, reproducibly.

Input: WordNet 3.0 as Debian installs it (``apt-get install wordnet-base``:
``/usr/share/wordnet/{index,data}.{noun,verb,adj,adv}`` and the ``*.exc``
lists of irregular forms), read directly; the run time never needs the
package. The table is what the meaning checks consult when a translation
uses a word the lexical model does not list for a source word: a close
synonym of one of the model's candidates ("maintained" for "upheld",
"aspects" for "facets") is a rendering, not a mistranslation.

Only close relations are kept, since a loose one hides a real error:

* two words are synonyms when they are members of one synset, and that
  synset is among the first senses of *both* words (WordNet lists a word's
  senses most frequent first: a word's rank-r sense is kept when r is below
  ``--max-senses`` (2, chosen on WMT13's flags: with 3, "take" and "lead"
  are synonyms) and below the number of its senses seen in the tagged
  corpus, and its first sense always, unless the word is tagged only as
  another part of speech: "buy" and "steal" share just an untagged noun
  sense). "hold" and "have" share a synset,
  but not one of the common senses of "hold", so they are not synonyms;
* for adjectives, the "similar to" pointer (``&``) between a head synset
  and its satellites, under the same sense rule ("difficult" and "hard");
* nothing else: no hypernyms, hyponyms, derivations or antonyms, and no
  synonyms of quantities or times (WordNet's noun.quantity and noun.time):
  "second" and "minute" share the sense "a short while", but "thirty
  seconds" is not "thirty minutes".

Words are stemmed with :mod:`mtqa.meaning.tokens` (the stems of the lexical
model and of the aligner), multi-word entries are dropped, and only stems
the lexical model's English side holds (``fr-en.tsv.gz``'s ``E`` records) are
kept, with a synonym list only for a stem that has one. Irregular forms of
the ``*.exc`` lists ("held", "worse") get their lemma's synonyms of the same part of speech.
A word the stemmer folds into a plain negation word of the language (``negation_strict`` of
``lexmodel/polarity.toml``: "note" and "noted" fold into "not") is left out: its synonyms would become
the negation's ("famous", "known" standing for "not"). The stemmer itself keeps the fold, since the
lexical model is keyed by its stems.

Output: a gzip TSV, one line per stem: ``stem<TAB>synonym synonym ...``
(symmetric, sorted; lines starting with ``#`` are comments).

Usage: .venv/bin/python bench/build_synonyms.py [--wordnet DIR] [--out PATH] [--max-senses 2]
"""
from __future__ import annotations

import argparse
import functools
import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtqa.langs.data import data_toml  # noqa: E402
from mtqa.meaning.tokens import stem  # noqa: E402

WORDNET = Path("/usr/share/wordnet")
OUT = ROOT / "mtqa" / "data" / "lexmodel" / "synonyms.en.tsv.gz"
LEXMODEL = ROOT / "mtqa" / "data" / "lexmodel" / "fr-en.tsv.gz"
POS = ("noun", "verb", "adj", "adv")
EXACT_FILES = {"23", "28"}
"""WordNet's lexicographer files noun.quantity and noun.time: numbers, units and times, which a translation
must render exactly ("thirty seconds" is not "thirty minutes", though both are "a short while")."""


def kept_senses(wordnet: Path, max_senses: int) -> dict[tuple[str, str], set[str]]:
    """(pos, synset offset) -> the single-word lemmas for which that synset is one of their first senses.

    A part of speech in which a word has no tagged sense while it has some in another is a rare use of the
    word and gives none: "buy" and "steal" share only an untagged noun sense ("it was a steal"), and the
    verbs are near opposites."""
    rows = []
    tagged_in: dict[str, int] = defaultdict(int)
    for pos in POS:
        with open(wordnet / f"index.{pos}", encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue  # the licence header
                rec = line.split()
                lemma, p_cnt = rec[0], int(rec[3])
                if "_" in lemma or "-" in lemma or not lemma.isalpha():
                    continue
                rest = rec[4 + p_cnt:]
                synset_cnt, tagged = int(rest[0]), int(rest[1])
                rows.append((pos, lemma.lower(), tagged, rest[2:2 + synset_cnt]))
                tagged_in[lemma.lower()] += tagged
    kept: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pos, lemma, tagged, offsets in rows:
        if not tagged and tagged_in[lemma]:
            continue  # tagged only as another part of speech
        for offset in offsets[:max(1, min(tagged, max_senses))]:
            kept[(pos, offset)].add(lemma)
    return kept


def synonym_groups(wordnet: Path, kept: dict[tuple[str, str], set[str]]) -> list[tuple[str, set[str]]]:
    """(pos, group) of lemmas that are close synonyms: each synset's members for which it is a first sense,
    and each adjective head synset with a "similar to" satellite (members of either, under the same rule)."""
    exact = exact_nouns(wordnet)
    groups = [(pos, members) for (pos, offset), members in kept.items()
              if len(members) > 1 and not (pos == "noun" and offset in exact)]
    with open(wordnet / "data.adj", encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            rec = line.split(" | ")[0].split()
            offset, w_cnt = rec[0], int(rec[3], 16)
            at = 4 + 2 * w_cnt
            p_cnt = int(rec[at])
            mine = kept.get(("adj", offset), set())
            if not mine:
                continue
            for k in range(p_cnt):
                symbol, target, pos = rec[at + 1 + 4 * k: at + 4 + 4 * k]
                if symbol == "&" and pos in ("a", "s"):
                    theirs = kept.get(("adj", target), set())
                    if theirs:
                        groups.append(("adj", mine | theirs))
    return groups


def exact_nouns(wordnet: Path) -> set[str]:
    """The offsets of the noun synsets of :data:`EXACT_FILES` (``data.noun``: offset, lexicographer file, ...)."""
    path = wordnet / "data.noun"
    if not path.is_file():
        return set()
    with open(path, encoding="utf-8") as f:
        return {rec[0] for rec in (line.split(maxsplit=2) for line in f if not line.startswith(" "))
                if len(rec) > 1 and rec[1] in EXACT_FILES}


def irregular(wordnet: Path) -> dict[tuple[str, str], set[str]]:
    """(pos, lemma) -> its irregular inflected forms (``verb.exc``: "held hold"); a form joins only the
    groups of its own part of speech ("bought" is a verb: not the noun "a buy")."""
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pos in POS:
        path = wordnet / f"{pos}.exc"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = line.split()
            if len(rec) >= 2 and rec[0].isalpha():
                for lemma in rec[1:]:
                    forms[(pos, lemma)].add(rec[0])
    return forms


def english_stems(lexmodel: Path) -> set[str]:
    """The stems of the lexical model's English side."""
    out = set()
    with gzip.open(lexmodel, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("E\t"):
                out.add(line.split("\t")[1])
    return out


@functools.lru_cache(maxsize=1)
def _plain_negation() -> re.Pattern:
    return re.compile(data_toml("lexmodel", "polarity.toml")["en"]["negation_strict"], re.IGNORECASE)


def folds_into_negation(word: str) -> bool:
    """``word`` is not itself a plain negation word but its stem is one ("noted" -> "not")."""
    strict = _plain_negation()
    base = stem(word, "en")
    return base != word and strict.fullmatch(base) is not None and strict.fullmatch(word) is None


def build(wordnet: Path, lexmodel: Path, max_senses: int) -> dict[str, set[str]]:
    """Stem -> its close synonyms' stems, both in the lexical model's English side."""
    known = english_stems(lexmodel)
    forms = irregular(wordnet)
    table: dict[str, set[str]] = defaultdict(set)
    for pos, group in synonym_groups(wordnet, kept_senses(wordnet, max_senses)):
        group = {w for w in group if not folds_into_negation(w)}
        stems = {stem(w, "en") for w in group} & known
        if len(stems) < 2:
            continue
        for s in stems:
            table[s] |= stems - {s}
        for w in group:
            base = stem(w, "en")
            if base not in stems:
                continue
            for form in forms.get((pos, w), ()):
                if folds_into_negation(form):
                    continue
                s = stem(form, "en")
                if s in known and s not in stems:
                    table[s] |= stems
                    for other in stems:
                        table[other].add(s)
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wordnet", default=str(WORDNET), help="WordNet's dict folder (Debian: /usr/share/wordnet)")
    ap.add_argument("--lexmodel", default=str(LEXMODEL))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--max-senses", type=int, default=2, help="a word's senses considered, most frequent first")
    args = ap.parse_args()
    wordnet = Path(args.wordnet)
    if not (wordnet / "index.noun").is_file():
        print(f"build_synonyms: no WordNet under {wordnet} (apt-get install wordnet-base, or pass --wordnet)",
              file=sys.stderr)
        sys.exit(2)
    table = build(wordnet, Path(args.lexmodel), args.max_senses)
    out = Path(args.out)
    # mtime 0: the same inputs give the same bytes
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(f"# English close synonyms from WordNet 3.0 (bench/build_synonyms.py --max-senses "
                 f"{args.max_senses}); stems of mtqa.meaning.tokens\n".encode())
        for s in sorted(table):
            gz.write(f"{s}\t{' '.join(sorted(table[s]))}\n".encode())
    pairs = sum(len(v) for v in table.values()) // 2
    print(f"{len(table)} stems, {pairs} synonym pairs, {out.stat().st_size:,} bytes -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
