"""Count which French heads of « N1 de N2 » human translators turn into an English compound: writes
``mtqa/data/lexmodel/of_heads.fr-en.tsv.gz`` for A626 (noun-compound-calque).

Usage: ``.venv/bin/python bench/of_heads.py [--data DIR] [--wordnet DIR] [--check]``

French joins two nouns with a bare « de » (« taux de chômage », « fonds de stabilisation », « procédure de
destitution »); English often puts the second noun first ("unemployment rate", "stabilisation fund",
"impeachment procedure"), and an engine that keeps "N1 of N2" writes a calque. Which French heads English
compounds is not listed by hand: it is counted in human translations of French news, the newstest 2008-2013
references and Potet's post-edits (the lexical model's parallel text; newstest 2014-2015 and every MT output held
out). For every bare « N1 de N2 » of a source (N2 a lower-case word right after « de »/« d' », none of fr.toml's
``determiners`` (the list A626 reads: one owner), no figure, N1 a noun of the French dictionary and not
capitalised), its reference is read for the compound "E2 E1"
(two adjacent words, E1 a rendering of N1 and E2 of N2 by the lexical model, E2 in lower case) or for "E1 of
[the] E2". Rows (tab-separated):

* ``H stem word compound of``: a French head (its stem as :func:`mtqa.meaning.tokens.tokens` writes it, and its most
  frequent form) rendered as the compound at least ``COMPOUND_MIN`` times and in at least ``SHARE_MIN`` of its
  readings ("taux": 192 compounds, 22 "of"); "nombre", "type", "manque", "question" are compounded almost never
  and are no rows.
* ``C head modifier...``: the compounds English writes (one row a head, its modifiers after it), lower case, both
  words nouns by WordNet 3.0 (Debian ``wordnet-base``: a lemma of ``index.noun``, an irregular plural of
  ``noun.exc`` or a regular plural of a lemma; no verb, participle or adverb: "increased", "according",
  "absolutely"), whose head renders a kept head: a word pair of
  symspellpy's list (``frequency_bigramdictionary_en_243_342.txt``, sha256 checked as in ``bench/of_phrases.py``)
  or two adjacent lower-case words just after a determiner in the same human English ("the investment bank",
  "the participation rate"; not "investment declined"). A626
  suggests only a compound listed here: "team of volunteers" has a compounding head (« équipe ») but no
  "volunteers team" in English, and is quiet.
* ``V of_head of_modifier...``: the stems of an "E1 of E2" (one row an E1) (bare, lower case) that the same human English writes at
  least once, for an E1 that renders a kept head: English's own "of" for that pair ("price of oil", "rate of
  interest", "plan of action"), never flagged. Once is enough: weighed against the compound instead (an "of"
  written at least as often as the compound), the references 2009-2014 drew 17 flags, most on English a
  reader accepts ("the price of oil", "the rate of unemployment").

* ``N word before possessive in at of``: a French head (as written, lower case: the row's key and its one form) of « N1 de [article] Name »
  (:func:`name_readings`) the human English renders with the name first, its possessive, or "in"/"at" the name at
  least ``NAME_MIN`` times and never as "N1 of [the] Name" (« tribunal »: "the Gomel court", "a court in Gomel");
  « ville », « maire », « fondateur » are no rows ("the city of Lyon", "the founder of Wikileaks").

``--check`` compares with the shipped file (exit 1 when it differs); a missing input is one line and exit 2.
Deterministic given its inputs (the parallel files, ``mtqa/data/lexmodel/fr-en.tsv.gz``, the French Hunspell
dictionary's nouns). No sentence is stored.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "of_heads.fr-en.tsv.gz"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
NEWSTEST = ("news-test2008", "newstest2009", "newssyscomb2009", "newstest2010", "newstest2011", "newstest2012",
            "newstest2013")
"""The newstest years whose references are read (2014-2015 are for reporting only)."""
POTET = ("potet-fren-postedit/src.fr", "potet-fren-postedit/pe.en")
COMPOUND_MIN = 4
"""Compounds a head needs: three or fewer is one document's term repeated."""
SHARE_MIN = 0.75
"""The share of its readings a head is compounded in: at 0.75 "point" (27/63), "niveau" (12/41), "groupe" (35/66)
and "processus" (21/35) are out, heads English writes with "of" as often as not."""
ENGLISH_ARTICLES = ("the", "a", "an")
NAME_MIN = 5
"""Readings a head of « N1 de Name » needs: at 4, heads read in one or two stories came in (« maison », « idée »,
« plan », « vie »: 4 readings each, split between three renderings)."""
NAME_OF_MAX = 0
"""The "N1 of [the] Name" readings a head may have for a ``N`` row: none, as for the ``V`` rows (an "of" the human
English writes once is English's own). At a share of 3 in 4 instead, « fondateur » (7 "Wikileaks founder", 2 "founder
of"), « successeur », « police » and « bourse » came in, and the newstest 2011-2012 references drew "the founder of
Wikileaks" and "the successor of Carlos Queiroz", English a reader accepts; « ville » (15 "city of"), « maire »,
« université » and « gouvernement » are out at either rule."""
PLACE_PREPOSITIONS = ("in", "at")
"""English prepositions that put a place or a firm after its noun where the French writes « de » ("a court in
Gomel", "an analyst at Morgan Stanley"): each counted on its own, the suggestion takes the one written."""


class Missing(Exception):
    """An input file is missing: the table would differ."""


def parallel(data: Path) -> list[tuple[str, str]]:
    """(source, human English) pairs of the newstest 2008-2013 references and Potet's post-edits."""
    out: list[tuple[str, str]] = []
    files = [(data / "newstest-fren-2008-2015" / f"{y}.fr", data / "newstest-fren-2008-2015" / f"{y}.en")
             for y in NEWSTEST] + [(data / POTET[0], data / POTET[1])]
    for fr, en in files:
        if not (fr.is_file() and en.is_file()):
            raise Missing(f"{fr.parent}: the parallel news is missing (--data DIR: the shared WMT data)")
        out += zip(fr.read_text(encoding="utf-8").splitlines(), en.read_text(encoding="utf-8").splitlines())
    return out


def english_nouns(wordnet: Path):
    """A test of an English noun as written: a one-word lemma of WordNet's ``index.noun``, an irregular plural of
    ``noun.exc`` ("children"), or a regular plural of a lemma ("rates", "taxes", "industries"), and no irregular
    verb form of ``verb.exc`` ("came"). Why: a ``C`` row's words are also read as "the noun phrase runs on" after
    N2, so a verb or a participle there ("increased", "agreed", "according") silenced real calques ("the rate of
    participation increased"), and an adverb is no modifier ("absolutely right")."""
    from of_phrases import _read, wordnet_words

    lemmas = wordnet_words(wordnet, "noun")
    plurals = frozenset(line.split(" ", 1)[0] for line in _read(wordnet / "noun.exc").splitlines() if line)
    verb_forms = frozenset(line.split(" ", 1)[0] for line in _read(wordnet / "verb.exc").splitlines() if line)

    def is_noun(word: str) -> bool:
        if word in verb_forms and word not in lemmas:
            return False
        if word in lemmas or word in plurals:
            return True
        return word.endswith("s") and (word[:-1] in lemmas or (word.endswith("es") and word[:-2] in lemmas)
                                       or (word.endswith("ies") and word[:-3] + "y" in lemmas))
    return is_noun


def build(data: Path, wordnet: Path = Path("/usr/share/wordnet")) -> str:
    from mtqa.langs import language
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.langs.literal_expressions import closed_class
    from mtqa.meaning.tokens import tokens

    model = load_lexmodel("fr", "en")
    nouns = language("fr").dictionary_nouns
    french_grammar, english_grammar = closed_class("fr"), closed_class("en")
    de = language("fr").word_set("bare_complement_words")
    determiners = language("fr").word_set("determiners")  # A626's own list: « de » before one is no bare « de »
    pairs = parallel(data)
    compound, of = collections.Counter(), collections.Counter()
    forms: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    of_pairs: collections.Counter = collections.Counter()
    renders: dict[str, set] = {}

    def rendered(stem: str) -> set:
        if stem not in renders:
            renders[stem] = {c.stem for c in model.translations(stem)}
        return renders[stem]

    for fr, en in pairs:
        ft, et = tokens(fr, "fr"), tokens(en, "en")
        stems, lows = [t.stem for t in et], [t.lower for t in et]
        for j in range(len(et) - 2):  # English's own bare "E1 of E2" (the vetoes)
            if lows[j + 1] == "of" and et[j].text.islower() and et[j + 2].text.islower() \
                    and lows[j + 2] not in english_grammar and lows[j] not in english_grammar:
                of_pairs[(stems[j], stems[j + 2])] += 1

        for i in range(1, len(ft) - 1):
            n1, n2 = ft[i - 1], ft[i + 1]
            if ft[i].lower not in de or not n1.text.islower() or not n2.text.islower() or n1.is_number \
                    or n2.is_number or n2.lower in determiners or n1.lower in french_grammar \
                    or n2.lower in french_grammar:
                continue
            if n1.lower not in nouns and n1.lower.rstrip("sx") not in nouns:
                continue
            t1, t2 = rendered(n1.stem), rendered(n2.stem)
            if not t1 or not t2:
                continue
            for j in range(len(et) - 1):
                if stems[j] in t2 and stems[j + 1] in t1 and et[j].text.islower():
                    compound[n1.stem] += 1
                    forms[n1.stem][n1.lower] += 1
                    break
                if stems[j] in t1 and j + 2 < len(et) and lows[j + 1] == "of":
                    k = j + 3 if lows[j + 2] in ENGLISH_ARTICLES else j + 2
                    if k < len(et) and stems[k] in t2:
                        of[n1.stem] += 1
                        forms[n1.stem][n1.lower] += 1
                        break
    names = name_readings(pairs, rendered)
    heads = sorted(s for s in compound if compound[s] >= COMPOUND_MIN
                   and compound[s] / (compound[s] + of[s]) >= SHARE_MIN)
    kept_renderings = set().union(*(rendered(s) for s in heads)) if heads else set()
    from mtqa.meaning.tokens import stem as english_stem

    if str(ROOT / "bench") not in sys.path:  # run from another directory
        sys.path.insert(0, str(ROOT / "bench"))
    from of_phrases import DETERMINED, Missing as BooksMissing, bigram_counts
    try:
        books = set(bigram_counts())
        english_nouns(wordnet)
    except BooksMissing as exc:
        raise Missing(str(exc)) from exc
    for fr, en in pairs:  # a compound of the human English stands just after a determiner ("the participation rate")
        words = en.split()
        books.update((a, b) for d, a, b in zip(words, words[1:], words[2:]) if d.lower() in DETERMINED
                     and a.isalpha() and b.isalpha() and a.islower() and b.islower())
    head_stems: dict[str, str] = {}
    compounds = set()
    is_noun = english_nouns(wordnet)
    for mod, head in books:
        if mod in english_grammar or head in english_grammar or not (is_noun(mod) and is_noun(head)):
            continue
        if head not in head_stems:
            head_stems[head] = english_stem(head, "en")
        if head_stems[head] in kept_renderings:
            compounds.add((mod, head))
    lines = ["# A626 (noun-compound-calque): made by bench/of_heads.py; see mtqa/data/lexmodel/SOURCES.md"]
    for s in heads:
        word = sorted(forms[s].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        lines.append(f"H\t{s}\t{word}\t{compound[s]}\t{of[s]}")
    for s in sorted(names):
        c = names[s]
        readings = c["before"] + c["possessive"] + c["in"] + c["at"] + c["of"]
        if readings >= NAME_MIN and c["of"] <= NAME_OF_MAX:
            lines.append(f"N\t{s}\t{c['before']}\t{c['possessive']}\t{c['in']}\t{c['at']}\t{c['of']}")
    by_head: dict[str, list] = collections.defaultdict(list)
    for mod, head in sorted(compounds):
        by_head[head].append(mod)
    for head in sorted(by_head):  # one row a head: the table is read at a run's first segment, row by row
        lines.append("\t".join(["C", head] + by_head[head]))
    vetoed: dict[str, list] = collections.defaultdict(list)
    for e1, e2 in sorted(p for p in of_pairs if p[0] in kept_renderings):
        vetoed[e1].append(e2)
    for e1 in sorted(vetoed):
        lines.append("\t".join(["V", e1] + vetoed[e1]))
    return "\n".join(lines) + "\n"


def name_readings(pairs: list[tuple[str, str]], rendered) -> dict[str, dict]:
    """Head word (lower case, as written: « hauteurs du Golan » is no « à hauteur de Hoeilaart ») -> how the human
    English renders a « N1 de [article] Name » (N1 a lower-case noun of the French
    dictionary, « de »/« du »/« des »/« d' » of fr.toml's ``complement_words``, an article of its
    ``definite_articles``, the name capitalised and no acronym): the name first ("before": "the Mombasa
    auctions"), its possessive ("possessive": "Kenya's tea"), N1 then "in" or "at" and the name ("in": "a court in
    Gomel"; "at"), or "N1 of [the] Name" ("of"); the counts. The name is found in the English
    as written (an exonym the translator changed is not read: no guess); its first occurrence is the one read."""
    from mtqa.langs import language
    from mtqa.langs.of_phrases import name_complements
    from mtqa.meaning.tokens import tokens

    nouns = language("fr").dictionary_nouns
    counts: dict[str, dict] = collections.defaultdict(
        lambda: {"before": 0, "possessive": 0, "in": 0, "at": 0, "of": 0})
    for fr, en in pairs:
        ft = tokens(fr, "fr")
        et = None
        for h, k in name_complements(ft, "fr"):
            n1, name = ft[h], ft[k].text
            if n1.is_number or n1.lower not in nouns and n1.lower.rstrip("sx") not in nouns:
                continue
            t1 = rendered(n1.stem)
            if not t1:
                continue
            if et is None:
                et = tokens(en, "en")
                lows, stems = [t.lower for t in et], [t.stem for t in et]
            j = next((j for j, t in enumerate(et) if t.text == name), None)
            if j is None:
                continue
            if j + 1 < len(et) and stems[j + 1] in t1:
                how = "before"
            elif j + 2 < len(et) and lows[j + 1] == "s" and stems[j + 2] in t1:
                how = "possessive"
            elif j >= 2 and lows[j - 1] == "of" and stems[j - 2] in t1:
                how = "of"
            elif j >= 3 and lows[j - 1] in ENGLISH_ARTICLES and lows[j - 2] == "of" and stems[j - 3] in t1:
                how = "of"
            elif j >= 2 and lows[j - 1] in PLACE_PREPOSITIONS and stems[j - 2] in t1:
                how = lows[j - 1]
            else:
                continue
            counts[n1.lower][how] += 1
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    try:
        text = build(args.data, args.wordnet)
    except Missing as exc:
        print(f"of_heads: {exc}", file=sys.stderr)
        return 2
    if args.check:
        same = OUT.is_file() and gzip.decompress(OUT.read_bytes()).decode("utf-8") == text
        print("same" if same else f"{OUT} differs from a fresh build")
        return 0 if same else 1
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))  # no time stamp: the same bytes every build
    print(f"{OUT}: {text.count(chr(10)) - 1} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
