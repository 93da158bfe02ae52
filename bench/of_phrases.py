"""Count where English does not write "N1 of N2": writes ``mtqa/data/lexmodel/of_phrases.en.tsv`` for A507.

Usage: ``.venv/bin/python bench/of_phrases.py [--data DIR] [--wordnet DIR] [--check]``

A French « N1 de N2 » is carried word for word as "N1 of the N2" by engines; English often writes a compound
("government spokesman"), a possessive or another preposition ("spokesman for the government"). Which heads and
pairs is counted here, in English that was not translated from French, never listed by hand:

* **Book word-pair counts** (symspellpy's ``frequency_bigramdictionary_en_243_342.txt``: the 242,342 most frequent
  English word pairs; a pair absent is rarer than the list's floor, 6.4 million; sha256 checked). The list also
  holds web-spam pairs and names, so a compound's words must be common (wordfreq, ``ZIPF_MIN``), no name by
  Hunspell's case, and the compound witnessed in the references below or listed by WordNet ("money_laundering").
* **newstest 2008-2013 references** (all of them, as written): a compound's witness, in lower case (no name or
  acronym) and, for a pair of the books, just after a determiner ("the tobacco industry"; not "to make money");
  a person head's compound ("army spokesman") is taken from here, as the books list none.
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
HUNSPELL = Path("/usr/share/hunspell")
HUNSPELL_DICTS = ("en_US.dic", "en_GB.dic")
"""Hunspell's English word lists (Debian ``hunspell-en-us``, ``hunspell-en-gb``): a word they list only with a
capital ("Adams", "Atlanta", "Viagra") is a name or a brand, never a compound's common noun."""
BIGRAMS_SHA256 = "fd892a160184101dd7ae807ac5a302d01fcea1c47304181a8ed7ed9c94545bcd"
"""The hash of the symspellpy 6.10.1 pair file the shipped table was counted from (SOURCES.md): another file is
said, never silently counted."""
BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"
NEWS = {
    "wmt12-fren": ("newstest2012.fr-en.docs.tsv", "newstest2012.fr-en.ref.en"),
    "wmt13-fren": ("newstest2013.fr-en.docs.tsv", "newstest2013.fr-en.ref.en"),
}
WITNESS_FILES = ("news-test2008.en", "newssyscomb2009.en", "newstest2009.en", "newstest2010.en", "newstest2011.en",
                 "newstest2012.en", "newstest2013.en")
"""Every human English reference of newstest 2008-2013 (``newstest-fren-2008-2015``; 2014 and 2015 held out): a
compound's witness. A reference translated from French may carry an "of" calque, so the vetoes read only the
documents not from French outlets; but a compound written there ("army spokesman") is English's own form, never
the calque, so every reference may witness one."""
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
ZIPF_MIN = 3.0
"""Both words of a compound at least this common in English (wordfreq's Zipf scale: "car" 5.6, "laundering" 3.5):
with Hunspell's case (no name) and the news or WordNet witness it keeps 72 of the books' pairs, where the unfiltered
list held 1,065 with web-spam pairs and names ("adams bondage", "price viagra", "atlanta industry")."""
QUALITY_FILES = frozenset({7, 9, 12, 23, 26, 28})
"""WordNet lexicographer files of nouns that name a quality, a state, a measure or a time (``noun.attribute``,
``noun.cognition``, ``noun.feeling``, ``noun.quantity``, ``noun.state``, ``noun.time``): after a person head,
"of" with such a noun is English's own ("a consultant of long standing", "a reporter of rare courage", "the
reporter of the year"), never the « porte-parole de l'armée » calque, so "for" is not suggested (``Q`` rows)."""


class Missing(Exception):
    """An input of the build is absent: said in one line (exit 2), never a traceback or a different table."""


def bigram_counts() -> dict[tuple[str, str], int]:
    """symspellpy's English word pairs (lower case) with their counts."""
    from importlib import resources

    import hashlib

    raw = (resources.files("symspellpy") / BIGRAMS).read_bytes()
    if hashlib.sha256(raw).hexdigest() != BIGRAMS_SHA256:
        raise Missing(f"symspellpy's {BIGRAMS} is not the file the table was counted from "
                      f"(sha256 {BIGRAMS_SHA256}, symspellpy 6.10.1)")
    out = {}
    for line in raw.decode("utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].isalpha() and parts[1].isalpha():
            out[(parts[0].lower(), parts[1].lower())] = out.get((parts[0].lower(), parts[1].lower()), 0) + int(parts[2])
    return out


def _read(path: Path) -> str:
    if not path.is_file():
        raise Missing(f"{path} is missing (WordNet 3.0: Debian package wordnet-base; --wordnet DIR; "
                      "Hunspell: hunspell-en-us, hunspell-en-gb; --hunspell DIR)")
    return path.read_text(encoding="utf-8", errors="replace")


def wordnet_words(wordnet: Path, part: str) -> frozenset[str]:
    """The one-word lemmas of WordNet's ``index.<part>``."""
    _read(wordnet / f"index.{part}")
    return frozenset(line.split(" ", 1)[0] for line in (wordnet / f"index.{part}").read_text(encoding="utf-8")
                     .splitlines() if line and not line.startswith(" ") and "_" not in line.split(" ", 1)[0])


PERSON_FILE = 18
"""WordNet's lexicographer file ``noun.person``: a head read by an ``H`` row must be a person first (its most
frequent sense): a person's "for" names whom the person acts for ("spokesman for the army", "reporter for a
paper"), where English keeps "of" for belonging; other heads' "for" in the books is mostly trade ("apartment
for rent", "camera for sale") or another frame ("appetite for risk" beside "the appetite of investors")."""


def first_senses(wordnet: Path) -> dict[str, int]:
    """The one-word nouns with the lexicographer file of their first (most frequent) WordNet sense."""
    files = {}
    for line in _read(wordnet / "data.noun").splitlines():
        if line and not line.startswith(" "):
            offset, lexfile = line.split(" ", 2)[:2]
            files[offset] = int(lexfile)
    out = {}
    for line in _read(wordnet / "index.noun").splitlines():
        if not line or line.startswith(" "):
            continue
        cells = line.split()
        synsets = int(cells[2])
        first = cells[-synsets]
        if "_" not in cells[0] and first in files:
            out[cells[0]] = files[first]
    return out


def person_nouns(wordnet: Path) -> frozenset[str]:
    """The one-word nouns whose first WordNet sense is in ``noun.person``."""
    return frozenset(w for w, f in first_senses(wordnet).items() if f == PERSON_FILE)


def proper_names(hunspell: Path) -> frozenset[str]:
    """The words (lower case) Hunspell's English lists hold only capitalised or in capitals ("Adams", "Atlanta",
    "Viagra", "FBI"): names, brands and acronyms (a compound suggested in lower case would misspell them). (A word the lists derive by an affix, "laundering" from "launder/G", is no name.)"""
    lower, capital = set(), set()
    for name in HUNSPELL_DICTS:
        for line in _read(hunspell / name).splitlines()[1:]:
            word = line.split("/", 1)[0].strip()
            if word.islower():
                lower.add(word)
            elif word.isupper() or (word[:1].isupper() and word[1:].islower()):
                capital.add(word.lower())
    return frozenset(capital - lower)


def is_common(word: str, names: frozenset[str]) -> bool:
    """A common English word: no name by Hunspell's case and wordfreq gives it ``ZIPF_MIN`` or more."""
    from wordfreq import zipf_frequency

    return word not in names and zipf_frequency(word, "en") >= ZIPF_MIN


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
            raise Missing(f"{doc_path.parent}: the newstest references are missing (--data DIR: the shared WMT "
                          "data); without them the news veto is lost and the table would differ")
        ids = [row.split("\t")[1] for row in doc_path.read_text(encoding="utf-8").splitlines()[1:]]
        refs = ref_path.read_text(encoding="utf-8").splitlines()
        lines += [line.lower() for doc, line in zip(ids, refs)
                  if re.split(r"[/.-]", doc, maxsplit=1)[0] not in FRENCH_OUTLETS]
    return lines


def witness_english(data: Path) -> list[str]:
    """The references of ``WITNESS_FILES``, as written."""
    lines = []
    for name in WITNESS_FILES:
        path = data / "newstest-fren-2008-2015" / name
        if not path.is_file():
            raise Missing(f"{path}: the newstest references are missing (--data DIR: the shared WMT data); "
                          "without them the compounds' witness is lost and the table would differ")
        lines += path.read_text(encoding="utf-8").splitlines()
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


DETERMINED = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})
"""Words that open a noun phrase: a pair just after one of them is a compound ("the travel industry"), where a verb
and its object ("to make money", "we need someone") or the tail of a longer compound ("laser hair removal") mostly
is not; a book pair's news witness must stand there."""


def _written_words(line: str) -> list[str]:
    """The words of a reference as written ("40-yard" is one word, not "yard"; "AFP" keeps its capitals)."""
    return re.findall(r"[\w'-]+", line)


def witness_pairs(lines: list[str]) -> tuple[collections.Counter, collections.Counter]:
    """Pairs of two lower-case words as the references write them (a name or an acronym, "White House", "AFP", is
    no common noun's witness), all of them and those just after a determiner (``DETERMINED``)."""
    pairs, determined = collections.Counter(), collections.Counter()
    for line in lines:
        words = _written_words(line)
        for i in range(len(words) - 1):
            a, b = words[i], words[i + 1]
            if a.isalpha() and b.isalpha() and a.islower() and b.islower():
                pairs[(a, b)] += 1
                if i and words[i - 1].lower() in DETERMINED:
                    determined[(a, b)] += 1
    return pairs, determined


def _gender_stem(head: str) -> str:
    """A person noun less its gender ending ("spokesman", "spokeswoman", "spokesperson" -> "spokes"): the
    variants share the news witness of one another."""
    return re.sub(r"(wo)?man$|person$", "", head)


def build(data: Path, wordnet: Path, hunspell: Path = HUNSPELL) -> str:
    bigrams = bigram_counts()
    common = proper_names(hunspell)
    senses = first_senses(wordnet)
    floor = min(bigrams.values())
    nouns, adjectives = wordnet_words(wordnet, "noun"), wordnet_words(wordnet, "adj")
    others = wordnet_words(wordnet, "verb") | wordnet_words(wordnet, "adv") | adjectives | grammar_words()
    persons = person_nouns(wordnet)
    news = news_english(data)
    pairs, ofs = news_counts(news)
    witness, determined = witness_pairs(witness_english(data))
    following = collections.Counter()
    for (a, _), c in bigrams.items():
        following[a] += c
    news_modified = collections.Counter()
    for (a, b), c in pairs.items():
        if a in nouns and a not in adjectives:
            news_modified[b] += c
    inflected = frozenset(line.split(" ", 1)[0] for part in ("verb", "adj")
                          for line in _read(wordnet / f"{part}.exc").splitlines() if line)
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
    kept = {h for h, *_ in heads if _gender_stem(h) in witnessed}
    verbs = wordnet_words(wordnet, "verb")

    def plural(word: str) -> bool:
        """A plural WordNet also lists ("things", "affairs"): no compound's word (the check reads singulars)."""
        return word.endswith("s") and word[:-1] in nouns

    collocations = frozenset(line.split(" ", 1)[0] for line in _read(wordnet / "index.noun").splitlines()
                             if line.count("_", 0, line.find(" ")) == 1)
    inflected_ing = frozenset(w for w in nouns if w.endswith("ing") and (w[:-3] in verbs or w[:-3] + "e" in verbs))
    compounds = {}
    for (mod, head), count in bigrams.items():
        if count < PAIR_MIN * floor or mod == head or len(mod) < 3 or len(head) < 3:
            continue
        if mod not in nouns or mod in adjectives or mod in grammar_words() or head not in nouns or head in others:
            continue
        share = bigrams.get((head, "of"), 0) / max(following[head], 1)
        if share > OF_SHARE_MAX:
            continue
        ref_of = ofs[(head, mod.rstrip("s"))]
        ref_compound = determined[(mod, head)]
        witnessed_compound = ref_compound > 0 or f"{mod}_{head}" in collocations
        if (plural(mod) or plural(head) or ref_of > ref_compound or not witnessed_compound
                or (mod in verbs and not determined[(mod, head)]) or mod in inflected_ing
                or not (is_common(mod, common) and is_common(head, common))):
            continue
        compounds[(mod, head)] = f"P\t{mod}\t{head}\t{count}\t{share:.4f}\t{ref_of}\t{ref_compound}"
    # A person head's compound ("army spokesman"): the books hold none of them, the news English does; a witness
    # of one gender variant serves the others, as for the H rows.
    modifiers = collections.Counter()
    for (mod, word), c in witness.items():
        for head in kept:
            if word in (head, head[:-3] + "men" if head.endswith("man") else head + "s"):
                modifiers[(mod, _gender_stem(head))] += c
    for (mod, stem), c in modifiers.items():
        if (plural(mod) or mod not in nouns or mod in adjectives or mod in grammar_words()
                or senses.get(mod) == PERSON_FILE
                or len(mod) < 3 or not is_common(mod, common)):
            continue
        for head in kept:
            if _gender_stem(head) == stem and mod != head:
                ref_of = ofs[(head, mod.rstrip("s"))]
                if ref_of <= c:
                    compounds[(mod, head)] = (f"P\t{mod}\t{head}\t{bigrams.get((mod, head), 0)}\t0.0000"
                                              f"\t{ref_of}\t{c}")
    rows += [compounds[k] for k in sorted(compounds)]
    rows += [f"Q\t{word}\t{lexfile}" for word, lexfile in sorted(senses.items())
             if lexfile in QUALITY_FILES and word.isalpha() and word not in grammar_words()
             and is_common(word, common)]
    return "\n".join(rows) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    ap.add_argument("--hunspell", type=Path, default=HUNSPELL)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    try:
        text = build(args.data, args.wordnet, args.hunspell)
    except Missing as exc:
        print(f"of_phrases: {exc}", file=sys.stderr)
        return 2
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("same" if same else f"{OUT} differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
