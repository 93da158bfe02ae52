"""Count where English does not write "N1 of N2": writes ``mtqa/data/lexmodel/of_phrases.en.tsv`` for A507.

Usage: ``.venv/bin/python bench/of_phrases.py [--data DIR] [--wordnet DIR] [--check]``

A French « N1 de N2 » is carried word for word as "N1 of the N2" by engines; English often writes a compound
("government spokesman"), a possessive or another preposition ("spokesman for the government"). Which heads and
pairs is counted here, in English that was not translated from French, never listed by hand:

* **Google Books counts** (symspellpy's ``frequency_bigramdictionary_en_243_342.txt``: the 242,342 most frequent
  English word pairs; a pair absent is rarer than the list's floor, 6.4 million). Books are written in English
  (or translated from many languages), not calqued from French news.
* **newstest 2012-2013 references of documents not from French outlets** (document ids: BBC, CNN, FAZ, iDNES,
  El País ...; the French-language outlets -- Le Monde, Libération, Le Figaro, Le Devoir, La Croix, Cyberpresse,
  Les Échos, L'Équipe, Canoë -- are left out): a witness that vetoes a row when news English itself writes the
  "of" form there at least as often as the other form.
* **WordNet 3.0** (Debian ``wordnet-base``): a head and a modifier must be nouns (``index.noun``); a modifier that
  is also an adjective (``index.adj``: "high", "public") is no compound noun's first word here, and a head that is
  also a verb, an adjective or an adverb ("wait", "ready", "above") is not read: its "for" may be the verb's or
  the adjective's, not the noun's. Grammar words of ``mtqa/data/langs/en.toml`` are neither.

Rows (tab-separated):

* ``H head for_count ref_of ref_alt``: a person noun (WordNet ``noun.person``, first sense) that English follows with "for" (at least ``HEAD_FOR_MIN``
  times the floor in the books) but never with "of" often enough to be listed ("spokesman for", no
  "spokesman of"), and that the news English does not write with "of" more than with "for" or a modifier before
  it, itself or a gender variant ("spokesperson" for "spokesman": the news English writes a head with "for" or
  a noun before it at least once; a form WordNet lists as inflected, "chosen", is none).
  "The spokeswoman of the government" is then the French « porte-parole du gouvernement » carried over.
* ``P modifier head count of_share ref_of ref_compound``: a compound "modifier head" the books write at least
  ``PAIR_MIN`` times the floor ("retirement age", "oil price") whose head is followed by "of" in under
  ``OF_SHARE_MAX`` of its listed pairs (books write "the price of" freely: that head is never read), with no
  "head of (the) modifier" in the news English written more than the compound.

``--check`` compares with the shipped file (exit 1 when it differs). Deterministic given its inputs; newstest
2014-2015 and every MT output held out. No sentence is stored.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "of_phrases.en.tsv"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
WORDNET = Path("/usr/share/wordnet")
BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"
NEWS = {
    "wmt12-fren": ("newstest2012.fr-en.docs.tsv", "newstest2012.fr-en.ref.en"),
    "wmt13-fren": ("newstest2013.fr-en.docs.tsv", "newstest2013.fr-en.ref.en"),
}
FRENCH_OUTLETS = frozenset({"lemondefr", "liberation", "lefigaro", "ledevoir", "croix", "cyberpresse", "lesechos",
                            "equipe", "canoe"})
"""Document-id prefixes of the French-language outlets of newstest 2012-2013: their references are translated
from French and could teach the very calque the check reads."""
HEAD_FOR_MIN = 3
"""A head's "for" pair at least this many times the list's floor: "for" is its usual preposition (a head seen
little is no evidence either way)."""
PAIR_MIN = 2
"""A compound at least this many times the list's floor."""
OF_SHARE_MAX = 0.02
"""A head followed by "of" in at most this share of its listed pairs' counts: English rarely builds it with "of"
("fund": 0.02 ... "end": 0.5 are not read)."""
DETERMINERS = ("the ", "a ", "an ", "")


def bigram_counts() -> dict[tuple[str, str], int]:
    """symspellpy's English word pairs (lower case) with their counts."""
    from importlib import resources

    out = {}
    for line in (resources.files("symspellpy") / BIGRAMS).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].isalpha() and parts[1].isalpha():
            out[(parts[0].lower(), parts[1].lower())] = out.get((parts[0].lower(), parts[1].lower()), 0) + int(parts[2])
    return out


def wordnet_words(wordnet: Path, part: str) -> frozenset[str]:
    """The one-word lemmas of WordNet's ``index.<part>``."""
    return frozenset(line.split(" ", 1)[0] for line in (wordnet / f"index.{part}").read_text(encoding="utf-8")
                     .splitlines() if line and not line.startswith(" ") and "_" not in line.split(" ", 1)[0])


PERSON_FILE = 18
"""WordNet's lexicographer file ``noun.person``: a head read by an ``H`` row must be a person first (its most
frequent sense): a person's "for" names whom the person acts for ("spokesman for the army", "reporter for a
paper"), where English keeps "of" for belonging; other heads' "for" in the books is mostly trade ("apartment
for rent", "camera for sale") or another frame ("appetite for risk" beside "the appetite of investors")."""


def person_nouns(wordnet: Path) -> frozenset[str]:
    """The one-word nouns whose first WordNet sense is in ``noun.person``."""
    files = {}
    for line in (wordnet / "data.noun").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            offset, lexfile = line.split(" ", 2)[:2]
            files[offset] = int(lexfile)
    out = set()
    for line in (wordnet / "index.noun").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue
        cells = line.split()
        synsets = int(cells[2])
        first = cells[-synsets]
        if "_" not in cells[0] and files.get(first) == PERSON_FILE:
            out.add(cells[0])
    return frozenset(out)


def grammar_words() -> frozenset[str]:
    """English grammar words (``mtqa/data/langs/en.toml``): never a head or a modifier."""
    from mtqa.langs.literal_expressions import closed_class

    return closed_class("en")


def news_english(data: Path) -> list[str]:
    """The newstest 2012-2013 references of documents not from a French-language outlet, lower case."""
    lines = []
    for folder, (docs, ref) in NEWS.items():
        doc_path, ref_path = data / folder / docs, data / folder / ref
        if not (doc_path.is_file() and ref_path.is_file()):
            continue
        ids = [row.split("\t")[1] for row in doc_path.read_text(encoding="utf-8").splitlines()[1:]]
        refs = ref_path.read_text(encoding="utf-8").splitlines()
        lines += [line.lower() for doc, line in zip(ids, refs)
                  if re.split(r"[/.-]", doc, maxsplit=1)[0] not in FRENCH_OUTLETS]
    return lines


def news_counts(lines: list[str]) -> tuple[collections.Counter, collections.Counter]:
    """Word pairs and "head of [det] modifier" triples (keyed (head, modifier)) in the news English."""
    pairs, ofs = collections.Counter(), collections.Counter()
    for line in lines:
        words = re.findall(r"[a-z]+", line)
        pairs.update(zip(words, words[1:]))
        for i in range(len(words) - 2):
            if words[i + 1] == "of":
                j = i + 3 if words[i + 2] in ("the", "a", "an") and i + 3 < len(words) else i + 2
                ofs[(words[i], words[j].rstrip("s"))] += 1
    return pairs, ofs


def _gender_stem(head: str) -> str:
    """A person noun less its gender ending ("spokesman", "spokeswoman", "spokesperson" -> "spokes"): the
    variants share the news witness of one another."""
    return re.sub(r"(wo)?man$|person$", "", head)


def build(data: Path, wordnet: Path) -> str:
    bigrams = bigram_counts()
    floor = min(bigrams.values())
    nouns, adjectives = wordnet_words(wordnet, "noun"), wordnet_words(wordnet, "adj")
    others = wordnet_words(wordnet, "verb") | wordnet_words(wordnet, "adv") | adjectives | grammar_words()
    persons = person_nouns(wordnet)
    pairs, ofs = news_counts(news_english(data))
    following = collections.Counter()
    for (a, _), c in bigrams.items():
        following[a] += c
    news_modified = collections.Counter()
    for (a, b), c in pairs.items():
        if a in nouns and a not in adjectives:
            news_modified[b] += c
    inflected = frozenset(line.split(" ", 1)[0] for part in ("verb", "adj")
                          for line in (wordnet / f"{part}.exc").read_text(encoding="utf-8").splitlines() if line)
    heads = []
    rows = ["# A507 (of-phrase-calque): made by bench/of_phrases.py; see mtqa/data/lexmodel/SOURCES.md"]
    for head in sorted(nouns):
        if len(head) < 3 or head in others or head not in persons or (head, "of") in bigrams:
            continue
        fors = bigrams.get((head, "for"), 0)
        if fors < HEAD_FOR_MIN * floor:
            continue
        ref_of = sum(c for (h, _), c in ofs.items() if h == head)
        ref_alt = pairs[(head, "for")] + news_modified[head]
        if ref_of > ref_alt or head in inflected:
            continue
        heads.append((head, fors, ref_of, ref_alt))
    witnessed = {_gender_stem(h) for h, _, _, alt in heads if alt > 0}
    for head, fors, ref_of, ref_alt in heads:
        if _gender_stem(head) in witnessed:
            rows.append(f"H\t{head}\t{fors}\t{ref_of}\t{ref_alt}")
    for (mod, head), count in sorted(bigrams.items()):
        if count < PAIR_MIN * floor or mod == head or len(mod) < 3 or len(head) < 3:
            continue
        if mod not in nouns or mod in adjectives or mod in grammar_words() or head not in nouns or head in others:
            continue
        share = bigrams.get((head, "of"), 0) / max(following[head], 1)
        if share > OF_SHARE_MAX:
            continue
        ref_of = ofs[(head, mod.rstrip("s"))]
        ref_compound = pairs[(mod, head)]
        if ref_of > ref_compound:
            continue
        rows.append(f"P\t{mod}\t{head}\t{count}\t{share:.4f}\t{ref_of}\t{ref_compound}")
    return "\n".join(rows) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    text = build(args.data, args.wordnet)
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("same" if same else f"{OUT} differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
