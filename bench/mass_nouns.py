"""Learn which English nouns news writes (almost) only in the singular: writes ``mtqa/data/lexmodel/mass_nouns.en.tsv``.

Usage: ``.venv/bin/python bench/mass_nouns.py [--data DIR] [--check]``

F503 (:mod:`mtqa.checks.mass_plurals`) reads a French plural of a noun kept in English where English writes the
noun as a mass noun (« les infrastructures » -> "infrastructures", « accusé de tortures » -> "tortures", « des
informations » -> "informations"). Which English nouns are mass nouns is counted here, not chosen:

* the candidates are the lower-case words of the human English (newstest 2008-2013 references and Potet's
  post-edits, ``build_lexicon.training_files``) seen at least ``MIN_SINGULAR`` times, common in English (wordfreq
  Zipf >= ``MIN_ZIPF``), no function word of the profile, no plural of a word seen as often;
* the singular is a WordNet 3.0 noun, no adjective ("black", "young": a French plural adjective renders them)
  and has no more verb senses than noun senses ("know", "think": their -s form is the verb's);
* the plural is the regular plural spelling (the profile's ``plural.endings``) wordfreq knows best; it must be a
  written form (Zipf > 0), no WordNet lemma of its own ("damages", "arms"), at most ``MAX_RATIO`` of the
  singular in wordfreq ("information" 0.002, "equipment" 0.01, "torture" 0.05; not "damage" 0.17) and rare in
  English at large (Zipf <= ``MAX_PLURAL_ZIPF``: not "mornings", "desks", "budgets", whose singular is only more
  frequent), or a little less rare (<= ``MAX_PLURAL_ZIPF_SEEN``) where the translators' evidence below is strong
  (the singular written ``MIN_SEEN`` times or more, the plural at most ``SEEN_SHARE`` of them: "research");
* the translators' evidence: in the training sentences whose French holds a plural (« tortures », « des
  informations ») the lexical model renders by the noun, the human English wrote the singular at least
  ``MIN_TRANSLATOR_SINGULARS`` times (one is a single translator's choice),
  and the plural at most ``MAX_PLURAL_SHARE`` of the time once seen ``MIN_PLURAL_SOURCES`` times (the references
  are mostly translations: they keep a French plural now and then, « infrastructures » 5 of 18).

* positive evidence that the noun is countable keeps it out: an irregular plural in WordNet's ``noun.exc``
  (lives, phenomena, cortices: the regular -s spelling is not English's plural, and the noun counts); a plural
  the ``COUNTABLE_DICTIONARY`` hunspell dictionary writes, for a noun that is no WordNet verb (the lexicographer
  gave the noun a plural: "bankruptcies", "senates", "radars", "privatizations", "certainties", "competences",
  "makings", "headings"), unless the translators wrote the singular ``MIN_COUNTABLE_SINGULARS`` times for a
  French plural ("equipment", "infrastructure"); where the noun is a verb too the dictionary's plural may be the
  verb's -s form, so the translators must have written the singular ``MIN_VERB_SINGULARS`` times ("frosts",
  "accesses" are out). wordfreq counts spellings, not parts of speech ("lighter" the adjective, "making" the
  verb swell the singular), so its ratio alone is no evidence of a mass noun.

Left out by these counts, and so never flagged: "behaviours" (wordfreq 0.09 of the singular, Zipf 3.33, and the
translators wrote it once of twice), "damages" (a court's sum). Kept although English has a countable sense in
some registers: "transports" (troop transports), "staffs" (general staffs), "climates", "literatures": the
translators wrote their singular for a French plural 45, 16, 16 and 5 times; the check reads them only after a
French plural.

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
MIN_TRANSLATOR_SINGULARS = 2
"""More than one translator example: one singular for a French plural may be a single translator's choice
(35 rows of the first table rested on one; "basketball", "boom", "chorus")."""
MIN_COUNTABLE_SINGULARS = 10
"""Where the dictionary writes the plural (positive evidence that the noun is countable: "bankruptcies",
"privatizations", "radars"), the translators must write the singular for a French plural this often for the
noun to stay ("equipment" 12, "infrastructure" 13: a countable sense English news seldom uses)."""
MIN_VERB_SINGULARS = 5
"""Where the singular is a verb too ("frost", "access"), the dictionary's plural may be the verb's -s form,
so it proves nothing either way; the translators' evidence must be this strong instead."""
COUNTABLE_DICTIONARY = "en_US"
WORDNET = Path("/usr/share/wordnet")
HEADER = ("# English nouns news writes (almost) only in the singular (F503, mtqa/checks/mass_plurals.py): the singular,\n"
          "# its regular plural, wordfreq 3.1's Zipf frequency of both, their counts in the newstest 2008-2013 references\n"
          "# and Potet's post-edits, and, in the sentences whose French holds a plural (mtqa.langs.mass_nouns.is_plural)\n"
          f"# the lexical model (fr-en.tsv.gz, p >= {MIN_LINK:g}) renders by the noun, the translators' singulars and plurals.\n"
          f"# Kept: the singular seen >= {MIN_SINGULAR} times, Zipf >= {MIN_ZIPF:g}, a WordNet 3.0 noun, no adjective, no more\n"
          "# verb senses than noun senses; the plural a written form, no WordNet lemma of its own, at most\n"
          f"# {MAX_RATIO:g} x the singular in wordfreq and of Zipf <= {MAX_PLURAL_ZIPF:g} (<= {MAX_PLURAL_ZIPF_SEEN:g} where the translators wrote\n"
          f"# the singular {MIN_SEEN} times or more and the plural at most {SEEN_SHARE:g} of them); the translators wrote the\n"
          f"# singular at least {MIN_TRANSLATOR_SINGULARS} times, and the plural at most {MAX_PLURAL_SHARE:.2f} of the time once seen {MIN_PLURAL_SOURCES} times.\n"
          f"# Countable, so left out: an irregular plural in WordNet's noun.exc (lives, phenomena, cortices); a plural the\n"
          f"# {COUNTABLE_DICTIONARY} dictionary writes, for a noun that is no verb, unless the translators wrote the singular\n"
          f"# {MIN_COUNTABLE_SINGULARS} times (bankruptcies, senates, radars); a noun that is a verb too, unless {MIN_VERB_SINGULARS} times\n"
          f"# (frosts). verb: the singular is a WordNet verb (its -s form may be the verb: F503 reads the context).\n"
          "# Made by bench/mass_nouns.py; --check says whether this file is what it builds.\n")


def build(data: Path, wordnet: Path = WORDNET) -> str:
    from wordfreq import word_frequency, zipf_frequency

    from of_phrases import wordnet_words
    from mtqa.langs import language
    from mtqa.langs.lexmodel import load_lexmodel
    from mtqa.langs.mass_nouns import is_plural
    from mtqa.meaning.tokens import stem

    from mtqa.langs.hunspell import dictionary

    en = language("en")
    spelled = dictionary(COUNTABLE_DICTIONARY)
    if spelled is None:
        raise Missing(f"the {COUNTABLE_DICTIONARY} hunspell dictionary is not installed")
    irregular = {line.split()[1] for line in (wordnet / "noun.exc").read_text(encoding="utf-8").splitlines()
                 if len(line.split()) == 2}
    verbs = wordnet_words(wordnet, "verb")
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
            "\tfr_plural_singular\tfr_plural_plural\tverb"]
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
        if one < MIN_TRANSLATOR_SINGULARS or word in irregular:
            continue  # one translator's choice; or an irregular plural (lives, phenomena, cortices): a countable noun
        if word in verbs and one < MIN_VERB_SINGULARS:
            continue  # "frosts", "accesses": the dictionary's plural may be the verb's, so ask for more
        if word not in verbs and spelled.lookup(plural) and one < MIN_COUNTABLE_SINGULARS:
            continue  # the dictionary writes the plural: countable ("bankruptcies", "senates", "makings")
        rows.append(f"{word}\t{plural}\t{zipf_frequency(word, 'en'):.2f}\t{zipf_frequency(plural, 'en'):.2f}\t"
                    f"{counts[word]}\t{counts.get(plural, 0)}\t{one}\t{many_seen}\t{'yes' if word in verbs else 'no'}")
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
    from of_phrases import Missing

    try:
        text = build(data, Path(args.wordnet))
    except Missing as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.check:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'same' if same else 'differs'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.name}: {text.count(chr(10)) - HEADER.count(chr(10)) - 1} nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
