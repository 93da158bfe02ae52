"""English noun compounds that need no count in the parallel news: writes ``mtqa/data/lexmodel/noun_compounds.en.tsv.gz``
for A626 (noun-compound-calque).

Usage: ``.venv/bin/python bench/noun_compounds.py [--data DIR] [--wordnet DIR] [--check]``

A626's heads are counted in human translations of French news (``bench/of_heads.py``); a French head read fewer
than four times there is no row, however plainly English compounds it (« tempêtes de neige » carried over as
"storms of snow", « vague de chaleur » as "a wave of heat"). Two kinds of English evidence reach past those
counts; both are English's own, not read from any French:

* ``W modifier head written``: a compound WordNet 3.0 lists as one noun (Debian ``wordnet-base``, ``index.noun``),
  written as one word ("snowstorm": a lemma that is a noun lemma followed by another, each of at least
  ``PART_MIN`` letters) or two ("heat_wave"), that is a kind of its head (one of its senses in a lexicographer
  file of one of the head's: "snowstorm" and "storm" in ``noun.phenomenon``; "castrate" is no rate), and by its
  first sense (:func:`relates_to_head`: "firewall" is first a pilot's full thrust, "glasshouse" a building for
  plants; "a wall of fire" is neither), written closed where WordNet lists both spellings ("cornfield", not
  "corn field"). Both parts are one-word noun lemmas, no grammar word of
  ``mtqa/data/langs/en.toml``, the modifier no adjective (``index.adj``: "short wave", "good sense" are an
  adjective and its noun). Left out: a head of a ``P`` row below ("cup", "glass", "bag", "bottle":
  « une tasse de café » is "a cup of coffee", not the "coffee cup" WordNet also lists); a head that is a person
  first (``noun.person``: "chief of police" is an English title beside "police chief"); a name (every sense an
  instance: "carson_city", "freedom_party"; md77b); a compound whose
  "head of modifier" WordNet lists too ("point of departure", "line of credit": both English); a compound
  whose bare "head of modifier" (or a plural of either) the human English of the calibration years writes
  (newstest 2008-2013 references, Potet's post-edits: "rate of unemployment", "form of life", "chief of
  police" are written, so English keeps "of" there). Both parts at least ``ZIPF_MIN`` in wordfreq's English:
  a rare word is read by nobody's check and only makes the table long.
* ``M noun``: a noun of matter (its first WordNet sense in ``noun.substance``, ``noun.food``, ``noun.plant`` or
  ``noun.animal``: "lithium", "coffee", "eucalyptus"), no adjective, no grammar word, at least ``ZIPF_MIN``.
  A626 puts such a noun before a head the translators compound (an ``H`` row of ``of_heads.fr-en.tsv.gz``)
  though no word list holds the pair ("contract of lithium" -> "lithium contract"): a modifier of matter is
  what English compounds most plainly, where a complement naming an act, a state or a quality keeps "of" as
  often as not ("a campaign of persecution", "the initial stage of destruction", "critical phases of flight":
  the newstest 2014 reference writes each; read at stop 77, they are why the route takes matter only).
* ``P head``: a head that measures out matter: a sense in ``noun.quantity`` ("cup", "glass", "bag", "tonne"), or
  a "head of <noun of matter>" WordNet lists ("sheet of paper", "piece of cake", "loaf of bread"). English
  keeps its "of" ("a sheet of paper" is no "paper sheet"): no ``W`` row has such a head, and A626 coins no
  compound on one.

``--check`` compares with the shipped file (exit 1 when it differs); a missing input, or a WordNet line whose counts do not match its cells, is one line and exit 2.
Deterministic given its inputs (WordNet 3.0, wordfreq's English list, en.toml's grammar words, the parallel
files of ``bench/of_heads.py``); newstest 2014-2015 and every MT output held out. No sentence is stored.
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path
from typing import Iterator, NamedTuple, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "noun_compounds.en.tsv.gz"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
PART_MIN = 3
"""Letters each part of a one-word compound has: "snow|storm", "water|line"; a shorter cut is no noun ("re|sort")."""
ZIPF_MIN = 2.5
"""Both words of a compound, and a noun of matter, at least this common in English (wordfreq's Zipf scale:
"lithium" 3.0, "eucalyptus" 2.6)."""
PERSON_FILE = 18
"""WordNet's ``noun.person``: a head that is a person first keeps "of" in English titles ("chief of police", "head of
state", "director of security": the newstest 2014 reference writes "chief of police" twice, read at stop 77)."""
QUANTITY_FILE = 23
"""WordNet's ``noun.quantity``: "cup", "glass", "bag" have a sense there (a cupful), and their "of" is English's own."""
MATTER_FILES = frozenset({5, 13, 20, 27})
"""``noun.animal``, ``noun.food``, ``noun.plant``, ``noun.substance``: the first sense of a noun of matter."""


class Malformed(ValueError):
    """A WordNet line the builder cannot read as WordNet writes it: reported as one line naming the file and the line
    (exit 2), not a traceback from deep in the parse."""


def _lines(path: Path) -> Iterator[tuple[int, list[str], str]]:
    """(line number, the line's cells before " | ", its gloss) for each line of a WordNet file but its licence (the
    lines that open with a space)."""
    from of_phrases import _read

    for n, line in enumerate(_read(path).splitlines(), 1):
        if line and not line.startswith(" "):
            fields, _, gloss = line.partition(" | ")
            yield n, fields.split(), gloss


def _malformed(path: Path, n: int) -> Malformed:
    return Malformed(f"{path}:{n}: not a WordNet 3.0 line (its counts do not match its cells)")


class Synset(NamedTuple):
    lexfile: int
    words: tuple[str, ...]
    """Its lemmas, lower case ("heat_wave")."""
    hypernyms: tuple[str, ...]
    """The offsets of its noun hypernyms, instance hypernyms too."""
    gloss: str


def _synsets(wordnet: Path) -> dict[str, Synset]:
    """Every ``data.noun`` synset by its offset: its file, lemmas, hypernyms and gloss (WordNet's data line: offset,
    file, type, word count in hex, words with their lex ids, pointer count, pointers of four cells, then "| gloss")."""
    out, path = {}, wordnet / "data.noun"
    for n, cells, gloss in _lines(path):
        try:
            count = int(cells[3], 16)
            words = tuple(cells[4 + 2 * i].lower() for i in range(count))
            at = 4 + 2 * count
            pointers = [cells[at + 1 + 4 * i:at + 5 + 4 * i] for i in range(int(cells[at]))]
            hypernyms = tuple(o for symbol, o, pos, _ in pointers if symbol in ("@", "@i") and pos == "n")
            out[cells[0]] = Synset(int(cells[1]), words, hypernyms, gloss.strip())
        except (IndexError, ValueError):
            raise _malformed(path, n) from None
    return out


def _lemma_senses(wordnet: Path, synsets: dict[str, Synset]) -> dict[str, list[str]]:
    """(every ``index.noun`` lemma -> the offsets of its senses, most frequent first)."""
    out, path = {}, wordnet / "index.noun"
    for n, cells, _ in _lines(path):
        try:  # lemma, part of speech, sense count, pointer count, the pointers, two counts, the offsets
            synsets_of, pointers = int(cells[2]), int(cells[3])
        except (IndexError, ValueError):
            raise _malformed(path, n) from None
        if synsets_of < 1 or len(cells) != 6 + pointers + synsets_of:
            raise _malformed(path, n)
        out[cells[0]] = [o for o in cells[-synsets_of:] if o in synsets]
    return out


def _names(wordnet: Path) -> frozenset[str]:
    """The ``index.noun`` lemmas every sense of which is an instance (an ``@i`` pointer in ``data.noun``): a name,
    "carson_city", "dodge_city", "freedom_party", which ``index.noun`` writes in lower case like any compound. Why:
    a name is no compound English makes of two nouns ("the party of freedom" is no calque of "Freedom Party"), so
    a ``W`` row of one only lets A626 read a place or a party as a noun phrase it could rewrite."""
    instance, other, path = set(), set(), wordnet / "data.noun"
    for n, cells, _ in _lines(path):
        try:
            count = int(cells[3], 16)
        except (IndexError, ValueError):
            raise _malformed(path, n) from None
        words = {w.lower() for w in cells[4:4 + 2 * count:2]}
        (instance if "@i" in cells[4 + 2 * count:] else other).update(words)
    return frozenset(instance - other)


def relates_to_head(sense: str, head: str, synsets: dict[str, Synset]) -> bool:
    """Whether the synset ``sense`` is a kind of ``head`` by WordNet: the sense itself or a hypernym up its chain has
    ``head`` among its lemmas ("snowstorm" -> ... "storm"; "cornfield" -> "grainfield" -> "field"; "lawsuit" is a
    "suit"), or its gloss (before its quoted examples) names the head or its plural ("heat wave": "a wave of
    unusually hot weather").

    Why: a compound WordNet lists may mean something else than "head of modifier". Its first sense (the most
    frequent) decides: "firewall" is first "the application of maximum thrust", then a computer's guard, and only
    third a wall against fire, which is no "wall of fire" either; "glasshouse" is a building for plants, and no
    "house" is above it. Such a row would suggest a word of another meaning ("a wall of fire" -> "firewall"). The
    cost: a compound whose chain passes its head by ("fruit fly" is a dipterous insect beside "fly", "heat pump"
    an apparatus) is left out too."""
    synset = synsets[sense]
    if head in synset.words:  # the head is a synonym of the compound's sense: "lawsuit", "suit"
        return True
    if re.search(rf"(?<![\w-]){re.escape(head)}(?:s|es)?(?![\w-])", synset.gloss.split('"')[0]):
        return True
    seen, todo = set(), list(synset.hypernyms)
    while todo:
        offset = todo.pop()
        if offset in seen or offset not in synsets:
            continue
        seen.add(offset)
        if head in synsets[offset].words:
            return True
        todo.extend(synsets[offset].hypernyms)
    return False


def _forms(word: str) -> tuple[str, ...]:
    """``word`` and its regular English plurals: a veto reads "storms of snow" and "storm of snows" alike."""
    if word.endswith("y"):
        return word, word + "s", word[:-1] + "ies"
    return word, word + "s", word + "es"


def _written_of(data: Path) -> set[tuple[str, str]]:
    """Every bare "E1 of E2" (both lower-case words) of the calibration years' human English (the parallel files
    ``bench/of_heads.py`` reads)."""
    from of_heads import parallel

    seen = set()
    pattern = re.compile(r"(?<![\w'-])([a-z]+) of ([a-z]+)\b")
    for _, en in parallel(data):
        seen.update(pattern.findall(en))
    return seen


def build(data: Path, wordnet: Path, dropped: Optional[set] = None) -> str:
    """The table's text; ``dropped`` (when given) receives the compounds left out for another meaning."""
    from wordfreq import zipf_frequency

    from of_phrases import grammar_words, wordnet_words

    synsets = _synsets(wordnet)
    senses = _lemma_senses(wordnet, synsets)
    lemmas = {w: [synsets[o].lexfile for o in offsets] for w, offsets in senses.items()}
    names = _names(wordnet)
    nouns = {w for w in lemmas if w.isalpha() and w.islower()}
    adjectives = wordnet_words(wordnet, "adj")
    grammar = grammar_words()
    written = _written_of(data)
    common: dict[str, bool] = {}

    def usable(word: str) -> bool:
        if word not in common:
            common[word] = word in nouns and word not in grammar and zipf_frequency(word, "en") >= ZIPF_MIN
        return common[word]

    matter = sorted(w for w in nouns if lemmas[w] and lemmas[w][0] in MATTER_FILES and w not in adjectives
                    and usable(w))
    partitive = sorted(w for w in nouns if usable(w) and (QUANTITY_FILE in lemmas[w] or any(
        f"{w}_of_{m}" in lemmas for m in matter)))
    measures = frozenset(partitive)

    def kept(mod: str, head: str, lemma: str) -> bool:
        if not (usable(mod) and usable(head)) or mod in adjectives or head in measures \
                or lemmas[head][:1] == [PERSON_FILE]:
            return False
        if not set(lemmas[lemma]) & set(lemmas[head]):
            return False  # the compound is a kind of its head: "cast|rate" is no rate, "coffee royal" no royal
        if f"{head}_of_{mod}" in lemmas or lemma in names:
            return False
        if any((h, m) in written for h in _forms(head) for m in _forms(mod)):
            return False
        if not relates_to_head(senses[lemma][0], head, synsets):
            other_meaning.add(lemma)  # "firewall" is first no wall, "glasshouse" no house: another meaning
            return False
        return True

    other_meaning: set[str] = set()
    rows = {}
    for lemma in lemmas:
        parts = lemma.split("_")
        if len(parts) == 2 and all(p.isalpha() and p.islower() for p in parts):
            if kept(*parts, lemma):
                rows.setdefault(tuple(parts), lemma.replace("_", " "))  # a closed spelling replaces it below
        elif len(parts) == 1 and lemma.isalpha() and lemma.islower():
            for cut in range(PART_MIN, len(lemma) - PART_MIN + 1):
                mod, head = lemma[:cut], lemma[cut:]
                if kept(mod, head, lemma):
                    # the closed spelling wins over an open one WordNet also lists for the pair ("cornfield" beside
                    # "corn_field"): suggesting "corn field" where the dictionary has closed the word reads as a slip
                    rows[(mod, head)] = lemma
    if dropped is not None:
        dropped.update(other_meaning)
    lines = ["# A626 (noun-compound-calque): made by bench/noun_compounds.py; see mtqa/data/lexmodel/SOURCES.md"]
    lines += [f"W\t{m}\t{h}\t{w}" for (m, h), w in sorted(rows.items())]
    lines += [f"M\t{w}" for w in matter]
    lines += [f"P\t{w}" for w in partitive]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    from of_heads import Missing
    from of_phrases import Missing as WordNetMissing

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    try:
        dropped: set[str] = set()
        text = build(args.data, args.wordnet, dropped)
    except (Missing, WordNetMissing, Malformed) as exc:
        print(f"noun_compounds: {exc}", file=sys.stderr)
        return 2
    if args.check:
        same = OUT.is_file() and gzip.decompress(OUT.read_bytes()).decode("utf-8") == text
        print("same" if same else f"{OUT} differs from a fresh build")
        return 0 if same else 1
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))  # no time stamp: the same bytes every build
    print(f"{OUT}: {text.count(chr(10)) - 1} rows; {len(dropped)} listed compounds left out, their first sense no "
          f"kind of their head")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
