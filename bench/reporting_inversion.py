"""Count what human English does with reporting verbs after a clause: writes ``mtqa/data/lexmodel/reporting.en.tsv``.

Usage: ``.venv/bin/python bench/reporting_inversion.py [--data DIR] [--check] [--show VERB]``

A617 (:mod:`mtqa.langs.reporting`) reads a reporting verb put before its subject after a clause (« …, a précisé le
groupe » -> "…, specified the group"). English does that itself with some verbs ("…, said the minister"); which
ones is counted here, not chosen, in the human English A617 may learn from (newstest 2008-2013 references and
Potet's post-edits, ``bench/build_lexicon.training_files``; newstest 2014-2015 and all MT output are held out):

* ``S`` rows: the head nouns English makes the subject of a reporting verb ("the ministry said", "his family
  announced") or the source of "according to" ("according to the agency."), seen at least twice: what a determiner-led inverted subject must be headed by (or hold a
  capital) to be read as a subject, not an object ("…, announced the results");
* ``N`` rows: the common nouns whose first WordNet 3.0 sense is a person (``noun.person``, Zipf >= ``PERSON_ZIPF``;
  written in lower case in a person sense, no name by Hunspell's case, no word WordNet's tagged text uses only
  as another part of speech: :func:`common_persons`), singular (A617 reads a plural head as its singular):
  someone who can say something is a subject however rarely the references write that noun before "said"
  ("…, declared the man", "…, indicated a spokesperson");
* ``V`` rows: per verb of ``reporting_verbs``, the clause-final uses inverted (A617's own reading, with a subject
  by the ``S`` and ``N`` rows) in the references of documents written in English (newstest 2012-2013's documents from
  English-language outlets, by their document ids: the BBC, CNN, the New York Times ...), then in all the
  references, then the subject-first uses in all the references ("…, the group specified."). A verb English
  writers invert at least ``ORIGINAL_MIN`` times is English's own inversion: quiet.

Why English-written documents decide: most references are translations, and their translators kept the French
order too ("…, declared Mr. Camus": 35 inversions of "declared" in the references, none subject-first; all from
French, German, Czech or Spanish documents). In the 1,249 sentences of English-written documents only "said" (21)
and "says" (18) are inverted more than once ("explains", "states": once each).

``--check`` compares with the shipped file (exit 1 when it differs); ``--show VERB`` prints the inverted
sentences of a verb.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build_lexicon import DEFAULT_DATA, training_files  # noqa: E402
from mtqa.langs import language  # noqa: E402
from mtqa.langs.data import alternation as _alt  # noqa: E402
from mtqa.langs.reporting import Counts, english_inverts, inversions, is_subject  # noqa: E402

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "reporting.en.tsv"
WRITTEN_IN_ENGLISH = {
    "wmt12-fren": ("newstest2012.fr-en.docs.tsv", "newstest2012.fr-en.ref.en"),
    "wmt13-fren": ("newstest2013.fr-en.docs.tsv", "newstest2013.fr-en.ref.en"),
}
"""The references with document ids: their documents from English-language outlets are English as written."""
ENGLISH_OUTLETS = frozenset({"nytimes", "cnn", "bbc", "telegraph", "guardian", "economist", "washpost",
                             "timemagazine", "newsweek", "latimes", "foxnews"})
"""Document-id prefixes of English-language news outlets in newstest 2012-2013 (the rest are French, German,
Czech, Spanish and Russian outlets: croix, lemondefr, faz, idnes.cz, milenio, aif ...)."""


def english_lines(data: Path) -> list[str]:
    """Every English sentence of the parallel news under ``data`` (the training files' English sides): what the
    bench scripts counting English shapes read, beside :func:`english_written`'s English-original part."""
    return [line for path in training_files(data, "en") if path.is_file()
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]


def english_written(data: Path) -> list[str]:
    """The reference sentences of newstest 2012-2013 whose documents were written in English."""
    lines = []
    for folder, (docs, ref) in WRITTEN_IN_ENGLISH.items():
        doc_path, ref_path = data / folder / docs, data / folder / ref
        if not (doc_path.is_file() and ref_path.is_file()):
            continue
        ids = [row.split("\t")[1] for row in doc_path.read_text(encoding="utf-8").splitlines()[1:]]
        refs = ref_path.read_text(encoding="utf-8").splitlines()
        lines += [line for doc, line in zip(ids, refs)
                  if re.split(r"[/.-]", doc, maxsplit=1)[0] in ENGLISH_OUTLETS]
    return lines


def count(lines: list[str], written: list[str], lang: str = "en", show: str = "") -> tuple[Counts, int]:
    profile = language(lang)
    table = profile.extra["reporting_inversion"]
    dets = _alt(table["determiners"])
    stop = set(table["not_in_subject"])
    heads: collections.Counter = collections.Counter()
    verbs = [v for v in profile.extra["reporting_verbs"] if v != "according"]
    said = re.compile(rf"\b(?:{dets})\s+((?:[a-z][\w'’-]*\s+){{0,4}}?[a-z][\w'’-]*)\s+(?:{_alt(verbs)})\b"
                      rf"|\baccording\s+to\s+(?:{dets})\s+((?:[a-z][\w'’-]*\s+){{0,4}}?[a-z][\w'’-]*)(?=\s*[,.;])",
                      re.IGNORECASE)
    for line in lines:
        for m in said.finditer(line):
            words = (m.group(1) or m.group(2)).split()
            if not stop.intersection(w.lower() for w in words):
                heads[words[-1].lower()] += 1
    subjects = {h: n for h, n in heads.items() if n >= 2}
    first_re = re.compile(rf"(?:(?<=\S)[\"”»],?|,)\s+(?:(?:{dets})\s+(?:[\w'’-]+\s+){{0,6}}?[\w'’-]+|"
                          rf"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+(?P<verb>{_alt(verbs)})\b"
                          rf"(?=\s*(?:on\s+[A-Z]\w+|in\s+a\s+\w+|to\s+\w+)?\s*[.,;]|\s*$)")
    inverted: collections.Counter = collections.Counter()
    first: collections.Counter = collections.Counter()
    original: collections.Counter = collections.Counter()
    probe = count_persons(Counts({}, subjects), lang)  # the subjects A617 reads: the S rows and the persons
    for line in written:
        original.update(inv.verb for inv in inversions(line, lang)
                        if is_subject(inv.subject, probe, inv.named, lang))
    for line in lines:
        for inv in inversions(line, lang):
            if is_subject(inv.subject, probe, inv.named, lang):
                inverted[inv.verb] += 1
                if inv.verb == show:
                    print(f"  {line[max(0, inv.start - 60):inv.end + 20]}")
        for m in first_re.finditer(line):
            first[m.group("verb")] += 1
    return Counts({v: (original[v], inverted[v], first[v]) for v in verbs}, subjects, probe.persons), len(lines)


PERSON_ZIPF = 3.0
"""A person noun of WordNet (:func:`persons`) is kept from this English frequency (wordfreq Zipf): the common
heads of news ("man", "spokesperson", "customer", "witness"), not the rare ones a name or a word of another
sense may share the letters of."""


def persons(grammar: frozenset) -> frozenset[str]:
    """The common one-word nouns whose first WordNet 3.0 sense is a person (``noun.person``: ``bench/of_phrases.py``
    reads the same file), no grammar word of the profile. Why: a person can say something, so a determiner-led
    person after an inverted reporting verb is its subject ("…, declared the man", "…, indicated a spokesperson"),
    however rarely the references write that noun before "said" (``S`` rows count only those).

    Common nouns only (:func:`common_persons`): WordNet's index writes its names in lower case ("tell" for William
    Tell, "begin", "miami", "banks"), and some person senses belong to a word English uses as another part of
    speech ("great", "sooner"); read as a subject, each would make a verb's object its subject."""
    from of_phrases import HUNSPELL, WORDNET, person_nouns, proper_names
    from wordfreq import zipf_frequency

    common = common_persons(WORDNET, proper_names(HUNSPELL))
    return frozenset(w for w in person_nouns(WORDNET) if w.isalpha() and w.islower() and w not in grammar
                     and w in common and zipf_frequency(w, "en") >= PERSON_ZIPF)


def common_persons(wordnet: Path, names: frozenset) -> frozenset[str]:
    """The words written in lower case in a ``noun.person`` synset of WordNet's ``data.noun`` ("chancellor", "smith"
    the metalworker; not "Tell", "Begin", "Banks", which its index lists as "tell", "begin", "banks"), less the
    words Hunspell's English lists hold only capitalised (``names``: :func:`of_phrases.proper_names`) and those
    whose noun senses WordNet's tagged text never uses while it uses another part of speech (``index.*``'s
    tagged sense count: "great", "sooner", "crazy")."""
    from of_phrases import PERSON_FILE, _read

    lower = set()
    for line in _read(wordnet / "data.noun").splitlines():
        if not line or line.startswith(" "):
            continue
        cells = line.split(" ", 4 + 2 * 64)
        if int(cells[1]) != PERSON_FILE:
            continue
        for i in range(int(cells[3], 16)):
            word = cells[4 + 2 * i].split("(", 1)[0]  # "(a)", "(p)": an adjective's marker, none on nouns
            if word.islower():
                lower.add(word)

    def tagged(part: str) -> dict[str, int]:
        out = {}
        for line in _read(wordnet / f"index.{part}").splitlines():
            if line and not line.startswith(" "):
                cells = line.split()
                out[cells[0]] = int(cells[5 + int(cells[3])])  # lemma pos synsets pointers [ptrs] senses tagged
        return out

    nouns, others = tagged("noun"), [tagged(part) for part in ("verb", "adj", "adv")]
    return frozenset(w for w in lower if w not in names
                     and (nouns.get(w, 0) > 0 or not any(o.get(w, 0) for o in others)))


def count_persons(table: Counts, lang: str = "en") -> Counts:
    """``table`` with :func:`persons` (the ``N`` rows)."""
    return table._replace(persons=persons(frozenset(language(lang).function_words)))


def render(table: Counts) -> str:
    rows = ["# Reporting verbs after a clause in human English (bench/reporting_inversion.py; see SOURCES.md).",
            "# V verb inverted-in-English-written-documents inverted-in-references subject-first-in-references",
            "# S noun times-subject-of-said/says/told",
            "# N noun: a common noun whose first WordNet 3.0 sense is a person (noun.person)"]
    rows += [f"V\t{v}\t{o}\t{i}\t{f}" for v, (o, i, f) in sorted(table.verbs.items())]
    rows += [f"S\t{h}\t{n}" for h, n in sorted(table.subjects.items())]
    rows += [f"N\t{w}" for w in sorted(table.persons)]
    return "\n".join(rows) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--show", default="")
    args = ap.parse_args(argv)
    lines = english_lines(Path(args.data))
    if not lines:
        print(f"no parallel news under {args.data}", file=sys.stderr)
        return 2
    written = english_written(Path(args.data))
    table, n = count(lines, written, show=args.show)
    print(f"{n} English sentences ({len(written)} of English-written documents); {len(table.subjects)} subject nouns")
    print(f"{'verb':<14}{'written':>8}{'inverted':>9}{'first':>7}  English inverts")
    for v, (o, i, f) in sorted(table.verbs.items(), key=lambda kv: -sum(kv[1])):
        print(f"{v:<14}{o:>8}{i:>9}{f:>7}  {'yes' if english_inverts(v, table) else ''}")
    text = render(table)
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print("shipped file up to date" if same else "shipped file differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
