"""Build ``mtqa/data/lexmodel/reflexives.en.tsv.gz``: which English verbs take a reflexive object (A508).

A French pronominal verb (« s'est engagée », « se sont envolés ») rendered word for word gives an English verb
with "itself", "themselves" ... that English never writes after it ("engaged itself to buy", "flew themselves
away"). English has reflexive verbs of its own ("prided himself", "availed themselves", "found himself"), so
which verbs take the pronoun is learned from English text, not listed:

* **Book word-pair counts** (symspellpy 6.10.1's ``frequency_bigramdictionary_en_243_342.txt``, sha256 checked
  as in ``bench/of_phrases.py``): a pair "V himself" listed at all is written more than the list's floor
  (6.4 million) in the books: English's own reflexive.
* **The newstest 2008-2013 references** (``../shared/data/newstest-fren-2008-2015``; 2014 and 2015 held out):
  per verb lemma, the uses followed by a reflexive pronoun against all its uses; the lemma is English's own
  reflexive when seen so at least ``MIN_COUNT`` times and its share is above the base rate of all verbs beyond
  chance (one-sided binomial test, p <= ``ALPHA``). These references are translated from French and can hold a
  calque once ("imposed himself" once in 6 years): one sighting is no evidence, repetition against the base rate
  is.

Rows (tab-separated, no sentence stored):

* ``L lemma books refs uses p learned`` -- a verb lemma: its reflexive pairs' count in the books (sum over its
  forms, 0 when none is listed), its reflexive uses and all uses in the references, the binomial p, and 1 when it
  is English's own reflexive;
* ``F form lemma kind bare particles`` -- a form of a verb lemma (WordNet 3.0 ``index.verb`` single words and
  ``verb.exc``; wordfreq Zipf >= ``FORM_ZIPF``), its kind (``base``, ``s``, ``ed``, ``ing``), 1 when the
  references write it before a clause's end at least ``BARE_MIN`` times (the verb stands without an object), and
  the particles the books list after it ("flew away", "engaged in"): the frames in which the verb without the
  pronoun is English, the only suggestions A508 makes;
* ``S stem kept seen`` -- a French verb stem seen pronominal (« se dégrader ») in ``seen`` training sentences
  (newstest 2008-2013 and Potet's post-edited corpus, the lexical model's training text)
  with one pronominal verb (``SHORT_SOURCE_MIN`` for a stem under ``SHORT_STEM`` letters), ``kept`` of whose
  human translations hold a reflexive pronoun: the translators' own choice (« se blesser » -> "hurt himself") against the calque (« se dégrader » -> never "degrade itself");
* ``T stem kept seen`` -- after its ``S`` row, the same counts of the stem's uses with an attribute after the
  verb (« se révéler efficace »: "prove effective", never a pronoun), the reader's ``attribute`` (past the source
  dictionary's adverbs, one of its adjectives or « être », never past a sentence's end: « s'est révélée.
  Efficace ou non, ... » is the verb alone); A508 reads these for a source verb with an attribute and the rest
  (``S`` less ``T``) for the verb alone (« elle se révélait »: "she revealed herself"). Written only when one
  use has an attribute;
* ``P lemma preposition lift`` -- how much more often the books list the verb's ``-ed`` forms before that
  preposition than all verbs' ``-ed`` forms (the share of the form's listed pairs, against the same share over
  every ``-ed`` form; kept from lift 1): "limited to", "devoted to", "separated from", "confined to" are the
  passives of "V something to/from ...", the frame in which a reflexive object is English's own ("limit itself
  to", "devoted herself to"); "imposed in", "produced in" are no more than any verb with a place after it. The
  prepositions are ``reflexives.toml``'s ``[en].prepositions``; "by" is none (every passive takes its agent);
  no "to" row for a verb WordNet gives the frame "Somebody ----s to INFINITIVE" (its "-ed to" pairs are mostly
  "refused to go", no complement of the verb's object);
* ``B noun`` -- a noun whose first WordNet 3.0 sense is a part of the body (``noun.body``, Zipf >= ``BODY_ZIPF``):
  "shot himself in the foot", "cut herself on the hand", the pronoun is the patient of a physical act;
* ``A word`` -- an attribute: a WordNet 3.0 adjective (Zipf >= ``ADJ_ZIPF``) that is no adverb (a verb too:
  "ready", "negative"):
  "declared himself ready" is English's own reflexive with an attribute, never read.

Deterministic given its inputs; ``--check`` rebuilds and compares with the shipped file; a missing input is one
line and exit 2.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import math
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "mtqa" / "data" / "lexmodel" / "reflexives.en.tsv.gz"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
WORDNET = Path("/usr/share/wordnet")
BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"
BIGRAMS_SHA256 = "fd892a160184101dd7ae807ac5a302d01fcea1c47304181a8ed7ed9c94545bcd"
"""The symspellpy 6.10.1 pair file (the hash ``bench/of_phrases.py`` checks too)."""
REFERENCES = ("news-test2008.en", "newssyscomb2009.en", "newstest2009.en", "newstest2010.en", "newstest2011.en",
              "newstest2012.en", "newstest2013.en")
REFLEXIVES = ("myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves",
              "oneself")
PARTICLES = ("away", "up", "down", "out", "off", "back", "over", "around", "apart", "together", "forward")
"""The adverb particles after a verb that keep it English once the pronoun is gone ("flew themselves away" ->
"flew away"), if the books list the pair. No preposition: "imposed himself in the final" is no "imposed in the
final" (a passive's frame in the books), "engaged itself to buy" no "engaged to buy"."""
SOURCE_MIN = 2
"""A French stem seen pronominal in fewer training sentences is not stored (no evidence either way)."""
SHORT_STEM = 5
SHORT_SOURCE_MIN = 14
"""A stem of fewer than ``SHORT_STEM`` letters is shared by several French words (« pay » is payer's and pays',
« dit » dire's and the participle's) and by the reader's slips (« nous a dit »: an object clitic before
« avoir », read as « s'a »), so its counts mix verbs: it is stored only when seen this often, the count at which
none kept is beyond chance against A508's ``kept_share`` of 0.2 (0.8 ** 14 = 0.044 < 0.05). With the floor of 2,
« pay » (1 of 2) silenced "paid himself a car" and rows like « une », « à » were live (stop 75 lr75). The reader's
slips seen more often than the floor (« a » 31 times, « ont » 20) are no verb at all: ``reflexives.toml``'s
``never_verbs`` (the forms of « avoir » and « être », the pronouns) are never a stem (stop 76)."""
MIN_COUNT = 2
ALPHA = 0.01
BARE_MIN = 2
FORM_ZIPF = 2.0
ADJ_ZIPF = 3.0
BODY_ZIPF = 3.0
FRAME_LIFT = 1.0
"""``P`` rows below this lift are not stored (no preference for the preposition; A508 reads a higher bar)."""
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[.,;:!?]")
END = frozenset(".,;:!?")


class Missing(Exception):
    """An input of the build is absent: one line, exit 2."""


def bigrams() -> dict[tuple[str, str], int]:
    from importlib import resources

    try:
        raw = (resources.files("symspellpy") / BIGRAMS).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise Missing(f"symspellpy's {BIGRAMS} cannot be read ({exc})") from None
    if hashlib.sha256(raw).hexdigest() != BIGRAMS_SHA256:
        raise Missing(f"symspellpy's {BIGRAMS} is not the file the table was counted from (sha256 {BIGRAMS_SHA256})")
    pairs: dict[tuple[str, str], int] = {}
    for line in raw.decode("utf-8").splitlines():
        cells = line.split()
        if len(cells) == 3:
            pairs[(cells[0].lower(), cells[1].lower())] = pairs.get((cells[0].lower(), cells[1].lower()), 0) + int(cells[2])
    return pairs


def _index(name: str) -> set[str]:
    path = WORDNET / name
    if not path.is_file():
        raise Missing(f"{path}: WordNet 3.0 is needed (Debian wordnet-base)")
    words = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line and not line.startswith(" "):
            word = line.split(" ", 1)[0]
            if word.isalpha():
                words.add(word)
    return words


def verb_forms(lemmas: set[str]) -> dict[str, tuple[str, str]]:
    """form -> (lemma, kind) for the common words WordNet's verb morphology maps to a verb lemma."""
    from wordfreq import top_n_list, zipf_frequency

    exc: dict[str, str] = {}
    path = WORDNET / "verb.exc"
    if not path.is_file():
        raise Missing(f"{path}: WordNet 3.0 is needed (Debian wordnet-base)")
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split()
        if len(cells) >= 2 and cells[0].isalpha() and cells[1] in lemmas:
            exc.setdefault(cells[0], cells[1])
    rules = (("ies", "y", "s"), ("es", "e", "s"), ("es", "", "s"), ("s", "", "s"), ("ed", "e", "ed"),
             ("ed", "", "ed"), ("ing", "e", "ing"), ("ing", "", "ing"))
    forms: dict[str, tuple[str, str]] = {}
    for word in sorted(top_n_list("en", 100000)):
        if not word.isalpha() or not word.islower() or zipf_frequency(word, "en") < FORM_ZIPF:
            continue
        if word in lemmas:
            forms[word] = (word, "base")
            continue
        if word in exc:
            kind = "ing" if word.endswith("ing") else "s" if word.endswith("s") else "ed"
            forms[word] = (exc[word], kind)
            continue
        for suffix, repl, kind in rules:
            if word.endswith(suffix) and word[:-len(suffix)] + repl in lemmas:
                forms[word] = (word[:-len(suffix)] + repl, kind)
                break
    return forms


def binomial_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    if k <= 0:
        return 1.0
    total = 0.0
    for i in range(k, n + 1):
        total += math.exp(math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
                          + i * math.log(p) + (n - i) * math.log1p(-p))
    return min(1.0, total)


def build(data: Path) -> list[str]:
    from wordfreq import zipf_frequency

    folder = data / "newstest-fren-2008-2015"
    for name in REFERENCES:
        if not (folder / name).is_file():
            raise Missing(f"{folder / name}: the newstest references are needed (--data)")
    lemmas = _index("index.verb")
    forms = verb_forms(lemmas)
    pairs = bigrams()
    reflexive = frozenset(REFLEXIVES)
    books: collections.Counter = collections.Counter()
    particles: dict[str, set[str]] = collections.defaultdict(set)
    for (a, b), count in pairs.items():
        if a in forms:
            if b in reflexive:
                books[forms[a][0]] += count
            elif b in PARTICLES:
                particles[a].add(b)
    uses: collections.Counter = collections.Counter()
    refl: collections.Counter = collections.Counter()
    bare: collections.Counter = collections.Counter()
    for name in REFERENCES:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            tokens = [t.lower() for t in WORD.findall(line)]
            for i, tok in enumerate(tokens):
                if tok not in forms:
                    continue
                lemma = forms[tok][0]
                uses[lemma] += 1
                nxt = tokens[i + 1] if i + 1 < len(tokens) else "."
                if nxt in reflexive:
                    refl[lemma] += 1
                elif nxt in END:
                    bare[tok] += 1
    base = sum(refl.values()) / max(1, sum(uses.values()))
    rows = [f"# reflexives.en.tsv.gz: built by bench/reflexive_verbs.py (see mtqa/data/lexmodel/SOURCES.md); "
            f"reference base rate {base:.6f}, min count {MIN_COUNT}, alpha {ALPHA}"]
    for lemma in sorted({lemma for lemma, _ in forms.values()}):
        k, n = refl[lemma], uses[lemma]
        p = binomial_tail(k, n, base) if n else 1.0
        learned = int(books[lemma] > 0 or (k >= MIN_COUNT and p <= ALPHA))
        rows.append(f"L\t{lemma}\t{books[lemma]}\t{k}\t{n}\t{p:.3g}\t{learned}")
    for form in sorted(forms):
        lemma, kind = forms[form]
        rows.append(f"F\t{form}\t{lemma}\t{kind}\t{int(bare[form] >= BARE_MIN)}\t{','.join(sorted(particles[form]))}")
    rows.extend(source_rows(folder, reflexive))
    rows.extend(frame_rows(pairs, forms))
    rows.extend(f"B\t{noun}" for noun in body_nouns())
    adverbs = _index("index.adv")
    for word in sorted(_index("index.adj")):
        if word.islower() and word not in adverbs and zipf_frequency(word, "en") >= ADJ_ZIPF:
            rows.append(f"A\t{word}")
    return rows


def frame_rows(pairs: dict[tuple[str, str], int], forms: dict[str, tuple[str, str]]) -> list[str]:
    """``P`` rows: per verb lemma and preposition, the lift of the preposition after the lemma's ``-ed`` forms in
    the books' word pairs (their share of the forms' listed pairs over the same share for all ``-ed`` forms)."""
    from mtqa.langs.data import data_toml

    prepositions = tuple(data_toml("lexmodel", "reflexives.toml")["en"]["prepositions"])
    first: collections.Counter = collections.Counter()
    for (a, _), count in pairs.items():
        first[a] += count
    participles = {form: lemma for form, (lemma, kind) in forms.items() if kind == "ed"}
    infinitive = infinitive_verbs()
    total = sum(first[f] for f in participles)
    base = {p: sum(pairs.get((f, p), 0) for f in participles) / max(1, total) for p in prepositions}
    listed: collections.Counter = collections.Counter()
    with_prep: collections.Counter = collections.Counter()
    for form, lemma in participles.items():
        listed[lemma] += first[form]
        for p in prepositions:
            with_prep[(lemma, p)] += pairs.get((form, p), 0)
    rows = []
    for (lemma, p), count in sorted(with_prep.items()):
        if count and base[p] and not (p == "to" and lemma in infinitive):
            lift = count / listed[lemma] / base[p]
            if lift >= FRAME_LIFT:
                rows.append(f"P\t{lemma}\t{p}\t{lift:.2f}")
    return rows


def infinitive_verbs() -> set[str]:
    """The verbs of a WordNet 3.0 sense with frame 28, "Somebody ----s to INFINITIVE" ("refuse", "agree")."""
    path = WORDNET / "data.verb"
    if not path.is_file():
        raise Missing(f"{path}: WordNet 3.0 is needed (Debian wordnet-base)")
    verbs: set[str] = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line or line.startswith(" "):
            continue
        cells = line.split("|")[0].split()
        count = int(cells[3], 16)
        words = [cells[4 + 2 * i].lower() for i in range(count)]
        k = 4 + 2 * count
        k += 1 + 4 * int(cells[k])
        frames = int(cells[k]) if k < len(cells) else 0
        for i in range(frames):
            number, word = int(cells[k + 2 + 3 * i]), int(cells[k + 3 + 3 * i], 16)
            if number == 28:
                verbs.update(words if word == 0 else words[word - 1:word])
    return verbs


def body_nouns() -> list[str]:
    """The common nouns whose first WordNet sense (the most frequent) is a part of the body (lexicographer file
    ``noun.body``, 08): "foot", "leg", "head", not "heart" (first a feeling)."""
    from wordfreq import zipf_frequency

    index, data = WORDNET / "index.noun", WORDNET / "data.noun"
    for path in (index, data):
        if not path.is_file():
            raise Missing(f"{path}: WordNet 3.0 is needed (Debian wordnet-base)")
    first: dict[str, str] = {}
    for line in index.read_text(encoding="utf-8", errors="replace").splitlines():
        if line and not line.startswith(" "):
            cells = line.split()
            if cells[0].isalpha() and cells[0].islower():
                first[cells[0]] = cells[-int(cells[2])]
    files: dict[str, str] = {}
    for line in data.read_text(encoding="utf-8", errors="replace").splitlines():
        if line and not line.startswith(" "):
            cells = line.split(" ", 2)
            files[cells[0]] = cells[1]
    return sorted(w for w, offset in first.items()
                  if files.get(offset) == "08" and zipf_frequency(w, "en") >= BODY_ZIPF)


def source_rows(folder: Path, reflexive: frozenset) -> list[str]:
    """``S`` rows: per French verb stem seen pronominal in the training sources (newstest 2008-2013 and Potet's
    sources with their human post-edits, the training text of the lexical model; the one reader of A508,
    :func:`mtqa.langs.reflexives.pronominal_uses`), in sentences with one pronominal verb only (the English
    pronoun is then its), how many of their human translations hold a reflexive pronoun."""
    from mtqa.langs.data import data_toml
    from mtqa.langs.reflexives import pronominal_uses
    from mtqa.meaning.tokens import stem

    never = frozenset(data_toml("lexmodel", "reflexives.toml")["fr"].get("never_verbs", ()))
    kept: collections.Counter = collections.Counter()
    seen: collections.Counter = collections.Counter()
    kept_attribute: collections.Counter = collections.Counter()
    seen_attribute: collections.Counter = collections.Counter()
    pairs = [(folder / (name[:-3] + ".fr"), folder / name) for name in REFERENCES]
    pairs.append((folder.parent / "potet-fren-postedit" / "src.fr", folder.parent / "potet-fren-postedit" / "pe.en"))
    for source, target in pairs:
        if not source.is_file() or not target.is_file():
            raise Missing(f"{source}: the training sources and their human English are needed (--data)")
        french = source.read_text(encoding="utf-8").splitlines()
        english = target.read_text(encoding="utf-8").splitlines()
        if len(french) != len(english):  # zip would pair the wrong lines past a missing one, then stop early
            raise Missing(f"{source}: {len(french)} lines, but {target.name} has {len(english)}: not parallel")
        for fr, en in zip(french, english):
            verbs = pronominal_uses(fr, "fr")
            if len(verbs) != 1:
                continue
            if verbs[0].verb in never:  # « avoir », « être », a pronoun: the reader's slip, no verb's stem
                continue
            key = stem(verbs[0].verb, "fr")
            held = any(t.lower() in reflexive for t in WORD.findall(en))
            seen[key] += 1
            kept[key] += held
            if verbs[0].attribute:
                seen_attribute[key] += 1
                kept_attribute[key] += held
    rows = []
    for key in sorted(seen):
        if seen[key] >= (SHORT_SOURCE_MIN if len(key) < SHORT_STEM else SOURCE_MIN):
            rows.append(f"S\t{key}\t{kept[key]}\t{seen[key]}")
            if seen_attribute[key]:
                rows.append(f"T\t{key}\t{kept_attribute[key]}\t{seen_attribute[key]}")
    return rows


def render(rows: list[str]) -> bytes:
    return gzip.compress(("\n".join(rows) + "\n").encode("utf-8"), mtime=0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the shipped file")
    args = ap.parse_args(argv)
    try:
        rows = build(args.data)
    except Missing as exc:
        print(f"reflexive_verbs: {exc}", file=sys.stderr)
        return 2
    blob = render(rows)
    learned = sum(1 for r in rows if r.startswith("L\t") and r.endswith("\t1"))
    lemmas = sum(1 for r in rows if r.startswith("L\t"))
    print(f"{lemmas} verb lemmas, {learned} English reflexives, "
          f"{sum(1 for r in rows if r.startswith('F'))} forms, {sum(1 for r in rows if r.startswith('A'))} attributes")
    if args.check:
        same = args.out.is_file() and gzip.decompress(args.out.read_bytes()) == gzip.decompress(blob)
        print("same as the shipped file" if same else f"differs from {args.out}")
        return 0 if same else 1
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_bytes(blob)
    os.replace(tmp, args.out)  # the shipped table is whole or untouched, never half written
    print(f"wrote {args.out} ({len(blob):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
