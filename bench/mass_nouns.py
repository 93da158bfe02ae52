"""Learn which English nouns news writes (almost) only in the singular: writes ``mtqa/data/lexmodel/mass_nouns.en.tsv``.

Usage: ``.venv/bin/python bench/mass_nouns.py [--data DIR] [--check]``

F503 (:mod:`mtqa.checks.mass_plurals`) reads a French plural of a noun kept in English where English writes the
noun as a mass noun (« les infrastructures » -> "infrastructures", « accusé de tortures » -> "tortures", « des
informations » -> "informations"). Which English nouns are mass nouns is counted here, not chosen:

* the candidates are the lower-case words of the human English (newstest 2008-2013 references and Potet's
  post-edits, ``build_lexicon.training_files``) seen at least ``MIN_SINGULAR`` times, common in English (wordfreq
  Zipf >= ``MIN_ZIPF``), no function word of the profile;
* the plural is the regular plural spelling (the profile's ``plural.endings``) wordfreq knows best, and it must be
  a written form (Zipf > 0: a plural MT can produce and a reader meets, "informations", not "informationes");
* a noun is kept when wordfreq's plural is at most ``MAX_RATIO`` of its singular ("information" 0.002,
  "equipment" 0.01, "torture" 0.05, "behaviour" 0.09; not "damage" 0.17, whose plural is the court's sum, nor
  "aid", "effort", "investment") and the human English writes the plural at most ``MAX_RATIO`` as often as the
  singular too.

The check asks, besides, that the aligned French word is a plural (the lexical model links the French stem to the
English one): the table says what English writes, the source says the plural is the French one. newstest2014-2015
and every MT output are held out. ``--check`` compares with the shipped file (exit 1 when it differs).
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

from build_lexicon import DEFAULT_DATA, corpus  # noqa: E402
from reporting_inversion import english_lines  # noqa: E402

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "mass_nouns.en.tsv"
MIN_SINGULAR = 5
MIN_ZIPF = 3.0
MAX_RATIO = 0.1
MIN_LINK = 0.1
MIN_PLURAL_SOURCES = 3
MAX_PLURAL_SHARE = 1 / 3
MAX_PLURAL_ZIPF = 3.0
MAX_PLURAL_ZIPF_SEEN = 3.35
MIN_SEEN = 5
SEEN_SHARE = 0.1
WORDNET = Path("/usr/share/wordnet")
HEADER = ("# English nouns news writes (almost) only in the singular (F503, mtqa/checks/mass_plurals.py): the singular,\n"
          "# its regular plural, wordfreq 3.1's Zipf frequency of both, and their counts in the newstest 2008-2013\n"
          f"# references and Potet's post-edits. Kept: singular seen >= {MIN_SINGULAR} times, Zipf >= {MIN_ZIPF:g}, the plural\n"
          f"# a written form, at most {MAX_RATIO:g} x the singular in wordfreq and in the references; the singular a\n"
          f"# WordNet 3.0 noun, the plural no WordNet lemma of its own.\n"
          f"# Where the French sentence holds a plural noun (mtqa.langs.mass_nouns.is_plural) whose first\n"
          f"# rendering (p >= {MIN_LINK:g}, lexmodel fr-en.tsv.gz) is the noun, the translators wrote the singular\n"
          f"# (fr_plural_singular) or the plural (fr_plural_plural): kept when seen {MIN_PLURAL_SOURCES} times or more and\n"
          f"# the plural at most {MAX_PLURAL_SHARE:.2f} of them; the plural rare in English (Zipf <= {MAX_PLURAL_ZIPF:g}, or\n"
          f"# <= {MAX_PLURAL_ZIPF_SEEN:g} where the translators wrote the singular {MIN_SEEN} times or more and the plural at\n"
          f"# most {SEEN_SHARE:g} of them); the noun no more a verb than a noun in WordNet (senses).\n"
          "# Made by bench/mass_nouns.py; --check says whether this file is what it builds.\n")


def build(data: Path, wordnet: Path = WORDNET, debug: bool = False) -> str:
    from wordfreq import word_frequency, zipf_frequency

    from of_phrases import wordnet_words
    from mtqa.langs import language
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.langs.mass_nouns import is_plural
    from mtqa.meaning.tokens import stem

    en = language("en")
    nouns = wordnet_words(wordnet, "noun")
    adjectives = wordnet_words(wordnet, "adj")
    senses = {(part, line.split(" ", 3)[0]): int(line.split(" ", 3)[2])
              for part in ("noun", "verb") for line in (wordnet / f"index.{part}").read_text(encoding="utf-8")
              .splitlines() if line and not line.startswith(" ")}
    model = load_lexmodel("fr", "en")
    rendering: dict[str, set] = collections.defaultdict(set)
    for f in model.forward:
        rendering[f].update(t.stem for t in model.translations(f) if t.p_forward >= MIN_LINK)
    counts: collections.Counter = collections.Counter()
    for line in english_lines(data):
        counts.update(w for w in re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", line))
    # what the translators wrote where the French has the noun in the plural: the singular or the plural
    after_plural: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    words = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w-])")
    for french, english in corpus(data):
        plurals = {e for w in words.findall(french.lower()) if is_plural(w, "fr")
                   for e in rendering.get(stem(w, "fr"), ())}
        if not plurals:
            continue
        for w in set(words.findall(english.lower())):
            e = stem(w, "en")
            if e in plurals:
                after_plural[e][w] += 1
    rows = [HEADER + "singular\tplural\tzipf_singular\tzipf_plural\trefs_singular\trefs_plural"
            "\tfr_plural_singular\tfr_plural_plural"]
    for word in sorted(counts):
        if counts[word] < MIN_SINGULAR or len(word) < 4 or word in en.function_words or en.has_plural_ending(word) \
                and any(counts.get(s, 0) >= counts[word] for s in en.singulars(word)):
            continue  # rare, short, a grammar word, or itself a plural of a word seen as often
        single = word_frequency(word, "en")
        if zipf_frequency(word, "en") < MIN_ZIPF:
            continue
        spellings = [p for p in en.plural_spellings(word) if p != word]
        if not spellings:
            continue
        plural = max(spellings, key=lambda p: (word_frequency(p, "en"), p))
        many = word_frequency(plural, "en")
        if many <= 0 or many > MAX_RATIO * single:
            continue
        if word not in nouns or plural in nouns or word in adjectives \
                or any(s in nouns for s in en.singulars(word) if s != word):
            continue  # no noun, a plural with a sense of its own (damages, arms), an adjective, itself a plural
        if debug:
            print(word, plural, dict(after_plural.get(stem(word, "en"), {})), file=sys.stderr)
        seen = after_plural.get(stem(word, "en"), {})
        one, many_seen = seen.get(word, 0), seen.get(plural, 0)
        if not one or (one + many_seen >= MIN_PLURAL_SOURCES and many_seen > MAX_PLURAL_SHARE * (one + many_seen)):
            continue  # no French plural rendered by it, or the translators write it in the plural too (presidents)
        seen_all = one + many_seen
        if zipf_frequency(plural, "en") > MAX_PLURAL_ZIPF and not (
                zipf_frequency(plural, "en") <= MAX_PLURAL_ZIPF_SEEN and seen_all >= MIN_SEEN
                and many_seen <= SEEN_SHARE * seen_all):
            continue  # English writes the plural often enough (mornings, desks), unless the translators never do
        if senses.get(("verb", word), 0) > senses.get(("noun", word), 0):
            continue  # mostly a verb ("know", "think"): its -s form is the verb's
        rows.append(f"{word}\t{plural}\t{zipf_frequency(word, 'en'):.2f}\t{zipf_frequency(plural, 'en'):.2f}\t"
                    f"{counts[word]}\t{counts.get(plural, 0)}\t{one}\t{many_seen}")
    return "\n".join(rows) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--wordnet", default=str(WORDNET))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "newstest-fren-2008-2015").is_dir():
        print(f"no training data under {data}", file=sys.stderr)
        return 2
    text = build(data, Path(args.wordnet))
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'same' if same else 'differs'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.name}: {text.count(chr(10)) - HEADER.count(chr(10)) - 1} nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
