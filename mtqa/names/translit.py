"""English spellings for names romanised by the source language's rules.

French writes Russian names by French rules (Ioulia, Rogozine, Baikonour);
English writes Yulia, Rogozin, Baikonur. iuliia only romanises Cyrillic, so
the way back is ours: ``translit_<src>_reverse.tsv`` reads a French-convention
spelling as Cyrillic (several readings where French is ambiguous: ``ia`` can
be ``ия`` or ``я``), and every reading is romanised by English schemes (our
press scheme, iuliia's ``wikipedia`` and ``bgn_pcgn``) and by the press-form
table (Yuri, not Yury). The candidate English usage supports best
(wordfreq) wins; without any evidence the press scheme's form is proposed.

The result also says which French markers the reading used: a *strong*
marker is a spelling only French convention produces (``ou``, ``-ine``,
``ï``, initial ``Iou``), a *weak* one is ambiguous (``ch`` is ш in French
but ч in English). Checks weigh these with the frequencies to decide.
"""
from __future__ import annotations

import re
from dataclasses import field
from functools import cached_property
from typing import Optional

from mtqa.langs import fold, language, language_pair
from mtqa.langs.cache import SOME_WORDS, TABLES, memoize
from mtqa.langs.data import alternation, exists, press_scheme, press_scheme_exists, table
from mtqa.langs.frequency import zipf
from mtqa.langs.scripts import writes_script
from mtqa.lazy import lazy_module
from mtqa.records import record

fuzz = lazy_module("rapidfuzz.fuzz")  # imported by the first comparison (mtqa.lazy)

VOWELS = frozenset("aeiouyéèêëïîôöüà")
MAX_READINGS = 32
"""Readings kept per word; French ambiguities multiply, and 32 covers real names."""
FIRM_ENGLISH = 3.5
"""A word this frequent in English (Zipf) is an English spelling; it is not re-romanised."""
DIAERESIS_MIN_EN = 3.0
"""A form without the diaeresis must be this well known in English (Zipf: Cain 3.5, Alexei 3.1, Hawaii 4.2):
French first names written with one (Naïma, Thaïs, Maël) keep it, and their bare forms are rarer."""
WEAK_OVER_WRITTEN = 1.0
"""How much more (Zipf: an order of magnitude) English must write a reading that rests on weak markers beyond
the diaeresis than the letters as written, diaeresis dropped: French writes the diaeresis on Arabic names
too, whose letters English keeps (Aïssa is Aissa, not Aisa; Aïcha is Aisha, 3.0 against Aicha 1.8)."""
SPELT_ATTESTED = 1.5
"""Zipf frequency in the Cyrillic language (Russian) a reading needs to count as a name that language writes."""
SPELT_MARGIN = 1.0
"""How much more (Zipf points) the Cyrillic language must write the English reading of a spelling's weak
markers than the French one for the spelling to count as already English (Сычев 2.9 against Сышев 0)."""
CONVENTION_MIN_EN = 1.5
"""Zipf frequency in English a form by the French conventions of Arabic names (``translit_fr_arabic.tsv``)
needs to be proposed: those letters are also French spelling, so only a form English writes counts."""
CONVENTION_MARGIN = 1.0
"""How much more (Zipf points) English must write that form than the spelling (Salman 3.3, Salmane 0)."""
MAX_CONVENTION_SPANS = 5
"""Places of a word the convention rows may rewrite; every subset is a candidate (2**5 = 32)."""
_CAND_ALPHA = re.compile(r"^[^\W\d_]+$")


@record(frozen=True)
class _Rule:
    latin: str
    context: str
    alternatives: tuple[tuple[str, str], ...]  # (cyrillic, marker: "" | "weak" | "strong" | "english")
    english: str = ""
    """For a weak marker, what the same letters stand for in English romanisation (ch: ч)."""


@record(frozen=True)
class Reading:
    """One way to read a Latin spelling as Cyrillic, with the French markers it relied on.

    A marker is written ``latin>cyrillic`` (``ou>у``); :meth:`Transliterator.describe`
    turns it into words (``ou for u``).
    """

    cyrillic: str
    strong: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()


@record(frozen=True)
class Romanisation:
    """The English form proposed for a word, and the evidence behind it."""

    word: str
    english: str
    how: str
    """``press-form`` (table), ``frequency`` (best attested candidate), ``scheme`` (no evidence) or ``same``."""
    strong: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()
    en_word: float = 0.0
    """Zipf frequency of the spelling in the target language (English)."""
    fr_word: float = 0.0
    """Zipf frequency of the spelling in the source language (French)."""
    en_english: float = 0.0
    """Zipf frequency of the proposed form in the target language."""
    candidates: tuple[str, ...] = field(default=(), compare=False)
    cyrillic: str = ""
    """The Cyrillic reading behind the English form ("" for a Latin press form or no change)."""

    @property
    def foreign(self) -> bool:
        """The spelling has letters French transliteration of Russian never writes (c, h, w, í, š...):
        it is another language's own orthography (Czech Kounicová, Arabic Zouhri), not French rules."""
        return any(ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f" for ch in self.cyrillic)

    @property
    def changed(self) -> bool:
        """A form other than the spelling (a dropped diaeresis counts: Caïn -> Cain)."""
        return fold(self.english) != fold(self.word) or (self.how != "same" and self.english != self.word)

    @property
    def markers(self) -> frozenset[str]:
        return self.strong | self.weak


class Transliterator:
    """Reverse a source-language romanisation and re-romanise it the target-language way."""

    def __init__(self, source: str = "fr", target: str = "en"):
        self.source, self.target = source, target
        self.source_lang, self.target_lang = language(source), language(target)
        endings = language_pair(source, target).transliteration
        self._suffix_cyrillic = tuple(endings.get("cyrillic_endings", ()))
        self._suffix_latin = frozenset(endings.get("latin_endings", ()))
        self._diaeresis = {k: tuple(v) for k, v in endings.get("diaeresis", {}).items()}
        self._cyrillic_language = endings.get("cyrillic_language", "")
        self.native_marks = frozenset(endings.get("native_marks", ()))
        """Latin sides of the strong marks the source language's own spelling writes too (ou, -ine)."""
        self.slavic_marks = frozenset(endings.get("slavic_marks", ()))
        """Latin sides of the strong marks only French transliteration of East Slavic names writes (tch, iou)."""
        self.cyrillic_countries = frozenset(endings.get("cyrillic_countries", ()))
        """The source's names of countries whose names reach it through Cyrillic (Russie, Kirghizistan): a source that
        names one makes an article of Cyrillic names (:func:`mtqa.names.analysis._judge`)."""
        self.native_name_endings = tuple(endings.get("native_name_endings", ()))
        """Endings of the source language's own names and words that hold a slavic mark (-yne, -oux)."""
        self.native_letters = frozenset(endings.get("native_letters", ""))
        """Letters the source language writes in its own words but never in a transliteration of Cyrillic (è, ç)."""
        self.diaeresis_letters = frozenset(self._diaeresis)
        """The source's letters with a diaeresis (ï, ë) whose dropping alone may give the target's form."""
        self.rules = _load_rules(f"translit_{source}_reverse.tsv")
        self.press_cyr, self.press_latin = _load_press_forms()
        self.conventions = _load_conventions(f"translit_{source}_arabic.tsv")
        """(french, english, context) rows of the source's spellings of Arabic names, longest first."""
        self._first = {}
        for rule in self.rules:
            self._first.setdefault(rule.latin[0], []).append(rule)
        for rules in self._first.values():
            rules.sort(key=lambda r: -len(r.latin))
        self.english_form = memoize(SOME_WORDS)(self._english_form)

    @cached_property
    def schemes(self) -> tuple:
        """The target's romanisation schemes (:func:`_load_schemes`), read when a reading is first romanised:
        iuliia's import reads every scheme it ships (some 5 ms of start-up), and most texts have no name
        that reads as Cyrillic."""
        return _load_schemes(self.target)

    @property
    def available(self) -> bool:
        """Rules to read a spelling and schemes to re-romanise it (schemes exist iff the press scheme's file
        does: :func:`_load_schemes`), answered without importing iuliia."""
        return bool(self.rules) and press_scheme_exists(self.target)

    # -- reading a French-convention spelling as Cyrillic -----------------------------------
    def readings(self, word: str, english: bool = False) -> list[Reading]:
        """Cyrillic readings of ``word`` (lower case), the most likely first; ``english``: the letters of a
        weak marker read as English romanisation writes them (ch as ч), with no marker."""
        w = word.lower()
        partial: list[tuple[str, frozenset, frozenset]] = [("", frozenset(), frozenset())]
        i = 0
        while i < len(w):
            rule = self._match(w, i)
            if rule is None:  # a letter the table does not know (apostrophe, digit): keep it
                step, alts = 1, ((w[i], ""),)
            elif english and rule.english:
                step, alts = len(rule.latin), ((rule.english, ""),)
            else:
                step, alts = len(rule.latin), rule.alternatives
            grown = []
            for text, strong, weak in partial:
                for cyr, marker in alts:
                    if marker == "strong":
                        grown.append((text + cyr, strong | {f"{w[i:i + step]}>{cyr}"}, weak))
                    elif marker == "weak":
                        grown.append((text + cyr, strong, weak | {f"{w[i:i + step]}>{cyr}"}))
                    else:
                        grown.append((text + cyr, strong, weak))
                    if len(grown) >= MAX_READINGS:
                        break
                if len(grown) >= MAX_READINGS:
                    break
            partial = grown
            i += step
        return [Reading(t, s, k) for t, s, k in partial]

    def _match(self, w: str, i: int) -> Optional[_Rule]:
        for rule in self._first.get(w[i], ()):
            end = i + len(rule.latin)
            if w.startswith(rule.latin, i) and _context_ok(rule.context, w, i, end):
                return rule
        return None

    def english_signs(self, word: str) -> frozenset[str]:
        """The letters of ``word`` that only English romanisation writes (the table's ``=`` rows: sh, zh, a
        glide y inside the word), read as :meth:`readings` reads the word. Why: French transliteration never
        writes them, so a name that has one was not romanised by French rules, even where it has letters
        French rules write too (Tsikhanouskaya, the Belarusian form, has ou for o + ў and the English ya)."""
        return self._signs(word, "english")

    def french_signs(self, word: str) -> frozenset[str]:
        """The letters of ``word`` that only French transliteration writes (the table's strong ``!`` markers: ou
        for у, final -ine, ï, gue), read as :meth:`english_signs` reads them. Why: an English sign does not make a
        spelling English while a French sign is still in it ("Shoigou", "Prigozhine" are half-way forms)."""
        return self._signs(word, "strong")

    def _signs(self, word: str, kind: str) -> frozenset[str]:
        w = word.lower()
        found, i = set(), 0
        while i < len(w):
            rule = self._match(w, i)
            if rule is None:
                i += 1
                continue
            if any(marker == kind for _, marker in rule.alternatives):
                found.add(rule.latin)
            i += len(rule.latin)
        return frozenset(found)

    def english_reading(self, word: str, reading: Reading) -> bool:
        """Whether ``word`` is spelt by English romanisation although ``reading`` reads it the French way:
        the reading rests on weak markers alone, and read the English way (``ch`` as ч) the spelling gives a
        name the Cyrillic language writes, ``SPELT_MARGIN`` more than the French reading. "Vladimir Sychev"
        in a French article that writes Sourdine the French way is Сычёв (Russian Zipf 2.9), written the
        English way; read the French way it would be Сышев, a name Russian does not write."""
        if reading.strong or not reading.weak or not self._cyrillic_language:
            return False
        english = max((zipf(r.cyrillic, self._cyrillic_language) for r in self.readings(word, english=True)),
                      default=0.0)
        return english >= SPELT_ATTESTED and english - zipf(reading.cyrillic, self._cyrillic_language) >= SPELT_MARGIN

    def describe(self, marker: str) -> str:
        """``ou>у`` -> ``ou for u`` (the English side romanised by the press scheme)."""
        if marker == "press-form":
            return f"the {self.source_lang.name} press spelling"
        latin, _, cyr = marker.partition(">")
        if not writes_script(cyr, "Cyrillic"):  # a Latin rewriting (-ane>-an, ï>i)
            return f"{latin} for {cyr}"
        english = _clean(self.schemes[0].translate(cyr)) if self.schemes else cyr
        if cyr.startswith(self._suffix_cyrillic) or latin in self._suffix_latin:
            return f"-{latin} for -{english}"
        return f"{latin} for {english}"

    # -- English candidates -----------------------------------------------------------------
    def _english_form(self, word: str) -> Romanisation:
        found = self._cyrillic_form(word)
        if found.how == "same" and not found.changed:
            return self._without_diaeresis(found, None) or self._by_convention(found) or found
        if found.how == "scheme":  # a reading no English usage supports: the letters as written, if English writes them
            written = Romanisation(word, word, "same", en_word=found.en_word, fr_word=found.fr_word)
            return self._without_diaeresis(written, None) or self._with_marks(self._by_convention(written), found) \
                or found
        return self._written_over_weak(found) or found

    @staticmethod
    def _with_marks(convention: Optional[Romanisation], reading: Romanisation) -> Optional[Romanisation]:
        """A convention form English writes, found for a spelling whose Cyrillic reading no English usage
        supports (Chaabane: Шаабане, Shaabane 0; Shaaban 1.7), carrying that reading's strong marks too:
        a mark only East Slavic transliteration writes (Marioupol: iou) still says whose spelling it is."""
        if convention is None:
            return None
        return Romanisation(convention.word, convention.english, convention.how,
                            convention.strong | reading.strong, convention.weak, convention.en_word,
                            convention.fr_word, convention.en_english, convention.candidates)

    def _written_over_weak(self, found: Romanisation) -> Optional[Romanisation]:
        """The spelling with only its diaeresis dropped (``Aïssa`` -> Aissa), instead of a frequency reading
        whose strong markers are the diaeresis alone and whose other changes rest on weak markers (``ss``
        for с): the diaeresis is no sign of Russian (French writes it on Arabic names too) and a weak
        marker may be the letters' own sound. Kept when the target language writes that form, unless it
        writes the reading ``WEAK_OVER_WRITTEN`` more; else None."""
        if found.how != "frequency" or not found.weak or not found.strong \
                or any(m.partition(">")[0] not in self._diaeresis for m in found.strong):
            return None
        written = self._without_diaeresis(Romanisation(found.word, found.word, "same", en_word=found.en_word,
                                                       fr_word=found.fr_word), min_zipf=0.0)
        if written is None or written.en_english <= 0 or found.en_english - written.en_english >= WEAK_OVER_WRITTEN:
            return None
        return written

    def _diaeresis_min(self, same: Romanisation) -> float:
        """The English frequency a spelling's form without its diaeresis needs: ``DIAERESIS_MIN_EN``, or only
        attested (``CONVENTION_MARGIN`` above the spelling, which English does not write) when the source
        language's dictionary does not know the spelling. French first names that keep the diaeresis (Naïma,
        Thaïs, Aïssa, Loïc) are in the French dictionary; a foreign name French respells (Khameneï,
        Hokkaïdo, Mykolaïv) is not, and English writes it bare (Khamenei 2.7, Mykolaiv 1.3)."""
        if same.en_word >= 1.0 or self.source_lang.in_dictionary(same.word):
            return DIAERESIS_MIN_EN
        return same.en_word + CONVENTION_MARGIN

    def _by_convention(self, same: Romanisation) -> Optional[Romanisation]:
        """The spelling read by the source's conventions for Arabic names (``translit_<src>_arabic.tsv``:
        Salmane -> Salman, Djeddah -> Jeddah), when English writes one of the rewritten forms
        (``CONVENTION_MIN_EN``) ``CONVENTION_MARGIN`` more than the spelling; else None. A diaeresis is
        dropped too (Raïssi). Every subset of the rewritable places is a candidate; the most English wins."""
        word = same.word
        if not self.conventions or same.en_word >= 1.0 or not _CAND_ALPHA.match(word):
            return None
        low = word.lower()
        spans, i = [], 0
        while i < len(low) and len(spans) < MAX_CONVENTION_SPANS:
            for latin, english, context in self.conventions:
                end = i + len(latin)
                if low.startswith(latin, i) and _context_ok(context, low, i, end):
                    mark = f"-{latin}>-{english}" if context == "final" else f"{latin}>{english}"
                    spans.append((i, end, english, mark))
                    i = end
                    break
            else:
                i += 1
        if not spans:
            return None
        bare = "".join(self._diaeresis[ch][0] if ch in self._diaeresis else ch for ch in low)
        scored = []
        for mask in range(1, 1 << len(spans)):
            form, last, marks = [], 0, []
            for n, (a, b, english, mark) in enumerate(spans):
                if mask >> n & 1:
                    form.append(bare[last:a] + english)
                    marks.append(mark)
                    last = b
            candidate = "".join(form) + bare[last:]
            scored.append((self.target_lang.zipf(candidate), -mask, candidate, marks))
        zipf_best, _, best, marks = max(scored)
        if zipf_best < CONVENTION_MIN_EN or zipf_best - same.en_word < CONVENTION_MARGIN:
            return None
        if bare != low:
            marks += [f"{ch}>{self._diaeresis[ch][0]}" for ch in dict.fromkeys(low) if ch in self._diaeresis]
        return Romanisation(word, _case_like(best, word), "convention", frozenset(marks), frozenset(), same.en_word,
                            same.fr_word, zipf_best, tuple(c for _, _, c, _ in sorted(scored, reverse=True)))

    def _without_diaeresis(self, same: Romanisation, min_zipf: Optional[float] = DIAERESIS_MIN_EN) -> Optional[Romanisation]:
        """The spelling without the source's diaeresis (``Adelaïde`` -> Adelaide, ``Hawaï`` -> Hawaii: the
        pair's ``diaeresis`` renderings), when the target language writes that form more; else None. The
        marker is strong: only the source's orthography writes the letter there. ``min_zipf`` None: the
        frequency :meth:`_diaeresis_min` asks of the spelling."""
        word = same.word
        letters = [ch for ch in dict.fromkeys(word.lower()) if ch in self._diaeresis]
        if not letters or not _CAND_ALPHA.match(word):
            return None
        if min_zipf is None:
            min_zipf = self._diaeresis_min(same)
        forms = {word}
        for ch in letters:
            forms = {f.replace(c, r) for f in forms for c in (ch, ch.upper()) for r in self._diaeresis[ch] if c in f} \
                | {f for f in forms if ch not in f.lower()}
        forms.discard(word)
        scored = sorted(((self.target_lang.zipf(f), f) for f in forms), key=lambda s: (-s[0], s[1]))
        if not scored or scored[0][0] <= same.en_word or scored[0][0] < min_zipf:
            return None
        zipf, best = scored[0]
        markers = frozenset(f"{ch}>{self._diaeresis[ch][0]}" for ch in letters)
        return Romanisation(word, best, "frequency", markers, frozenset(), same.en_word, same.fr_word, zipf,
                            tuple(f for _, f in scored))

    def _cyrillic_form(self, word: str) -> Romanisation:
        en_word, fr_word = self.target_lang.zipf(word), self.source_lang.zipf(word)
        same = Romanisation(word, word, "same", en_word=en_word, fr_word=fr_word, en_english=en_word)
        if not self.available or not _CAND_ALPHA.match(word) or en_word >= FIRM_ENGLISH:
            return same
        readings = self.readings(word)
        press_latin = self.press_latin.get(word.lower())
        if press_latin:
            first = readings[0] if readings else Reading("")
            return Romanisation(word, _case_like(press_latin, word), "press-form", first.strong | {"press-form"},
                                first.weak, en_word, fr_word, self.target_lang.zipf(press_latin), (press_latin,))
        candidates: list[tuple[str, Reading, str]] = []
        for reading in readings:
            press = self.press_cyr.get(reading.cyrillic)
            if press:
                candidates.append((press, reading, "press-form"))
            for n, scheme in enumerate(self.schemes):
                latin = _clean(scheme.translate(reading.cyrillic))
                if latin:
                    candidates.append((latin, reading, "press" if n == 0 else "scheme"))
        if not candidates:
            return same
        names = tuple(dict.fromkeys(c for c, _, _ in candidates))
        press_hits = [c for c in candidates if c[2] == "press-form"]
        if press_hits:
            best, reading, how = press_hits[0]
        else:
            scored = [(self.target_lang.zipf(c), n, c, r) for n, (c, r, _) in enumerate(candidates)]
            top = max(scored, key=lambda s: (s[0], -s[1]))
            if top[0] > 0:
                _, _, best, reading = top
                how = "frequency"
            else:  # no evidence: the press scheme's reading that changes the spelling least
                press = [c for c in candidates if c[2] == "press"]
                best, reading, _ = max(press or candidates, key=lambda c: fuzz.ratio(fold(c[0]), fold(word)))
                how = "scheme"
        en_best = self.target_lang.zipf(best)
        if fold(best) == fold(word) or en_word >= en_best and how != "press-form" and en_word > 0 \
                or how != "press-form" and self.english_reading(word, reading):
            return Romanisation(word, word, "same", en_word=en_word, fr_word=fr_word, en_english=en_word,
                                candidates=names)
        return Romanisation(word, _case_like(best, word), how, reading.strong, reading.weak, en_word, fr_word,
                            en_best, names, reading.cyrillic)


def _context_ok(context: str, w: str, start: int, end: int) -> bool:
    if context == "any":
        return True
    before = w[start - 1] if start > 0 else ""
    after = w[end] if end < len(w) else ""
    if context == "initial":
        return start == 0
    if context == "not_initial":
        return start > 0
    if context == "final":
        return end == len(w)
    if context == "between_vowels":
        return before in VOWELS and after in VOWELS and bool(before and after)
    if context == "after_vowel":
        return bool(before) and before in VOWELS
    if context == "after_consonant":
        return bool(before) and before not in VOWELS
    if context == "medial_after_consonant":
        return bool(before) and before not in VOWELS and end < len(w)
    raise ValueError(f"unknown context {context!r} in the transliteration table")


def _clean(latin: str) -> str:
    """Drop the apostrophes some schemes write for soft and hard signs; ё as e."""
    return latin.replace("’", "").replace("”", "").replace("ё", "e").replace("Ё", "E")


def _case_like(form: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return form.upper()
    return form[:1].upper() + form[1:] if model[:1].isupper() else form


@memoize(TABLES)
def _load_rules(name: str) -> tuple[_Rule, ...]:
    if not exists("names", name):
        return ()
    rules = []
    for row in table(name):
        alts = []
        for alt in row["cyrillic"].split("|"):
            marker = {"!": "strong", "?": "weak", "=": "english"}.get(alt[-1:], "")
            alts.append((alt.rstrip("!?="), marker))
        rules.append(_Rule(row["latin"], row["context"] or "any", tuple(alts), row.get("english", "")))
    return tuple(rules)


@memoize(TABLES)
def _load_conventions(name: str) -> tuple[tuple[str, str, str], ...]:
    if not exists("names", name):
        return ()
    rows = [(row["french"], row["english"], row["context"] or "any") for row in table(name)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@memoize(TABLES)
def _load_schemes(target: str) -> tuple:
    """Our press scheme first (the default form), then iuliia's English-language schemes."""
    import iuliia

    press = press_scheme(target)
    if press is None:
        return ()
    return (press, iuliia.WIKIPEDIA, iuliia.BGN_PCGN)


@memoize(TABLES)
def _load_press_forms() -> tuple[dict[str, str], dict[str, str]]:
    cyr, latin = {}, {}
    for row in table("press_forms.tsv"):
        key = row["key"].lower()
        (cyr if writes_script(key, "Cyrillic") else latin)[key] = row["english"]
    return cyr, latin


@memoize(TABLES)
def transliterator(source: str, target: str) -> Transliterator:
    """The shared transliterator for a language pair."""
    return Transliterator(source, target)


ROMANISATION_KEY_MIN = 3
"""Consonants a :func:`romanisation_key` needs to tell a name (Kirill: krl); fewer match too many words."""
_KEY_VOWELS = frozenset("aeiouy")


@memoize(TABLES)
def _key_rules() -> tuple[re.Pattern, dict[str, str]]:
    rows = {row["latin"]: row["key"] for row in table("romanisation_keys.tsv")} if exists("names", "romanisation_keys.tsv") else {}
    return re.compile(alternation(rows)), rows


@memoize(SOME_WORDS)
def romanisation_key(word: str) -> str:
    """``word`` with the letters that romanisations of one Cyrillic name interchange read alike
    (``romanisation_keys.tsv``: g and h, kh and h, x and ks, French ou and gu, the i, y, e, j of и, і, й,
    е, є), doubled letters made single and a final vowel left out (the Ukrainian -o): Kirill and Kyrylo
    (Russian and Ukrainian spellings of Кирилл, Кирило) are both kiril, Grigori and Hryhoriy hrihor,
    Ievgueni and Yevhen ivhin; Karl (karl) and Pavel, Pavlo (pavil, pavl) stay apart."""
    pattern, rows = _key_rules()
    letters = pattern.sub(lambda m: rows[m.group(0)], fold(word).lower())
    key = re.sub(r"(.)\1+", r"\1", "".join(ch for ch in letters if ch.isalpha()))
    return key[:-1] if len(key) > 1 and key[-1] in _KEY_VOWELS else key


def same_name_romanised(a: str, b: str) -> bool:
    """``a`` and ``b`` may be one name in two romanisations: the same :func:`romanisation_key`, with at
    least ``ROMANISATION_KEY_MIN`` consonants in it."""
    key = romanisation_key(a)
    return key == romanisation_key(b) and sum(ch not in _KEY_VOWELS for ch in key) >= ROMANISATION_KEY_MIN


@memoize(TABLES)
def _first_name_rows(target: str) -> tuple[dict[str, frozenset[int]], frozenset[str]]:
    """:func:`romanisation_key` of every ``target`` spelling of every form of ``russian_diminutives.tsv`` ->
    the rows it belongs to, and those spellings themselves (folded). A form is spelt as the target
    language's schemes romanise it (:func:`_load_schemes`) and as its press form (``press_forms.tsv``:
    Yuri), with ё also written е (Алёша: Alyosha, Alesha), beside the row's English spellings no scheme
    gives (Alexander); a source language's spelling is read through :func:`Transliterator.english_form`."""
    if not exists("names", "russian_diminutives.tsv"):
        return {}, frozenset()
    schemes = _load_schemes(target)
    press = _load_press_forms()[0]
    out: dict[str, set[int]] = {}
    spelt: set[str] = set()
    for n, row in enumerate(table("russian_diminutives.tsv")):
        forms = {v for f in (row["full"], *row["diminutives"].split("|")) if f for v in (f, f.replace("ё", "е"))}
        spellings = {_clean(s.translate(f)) for f in forms for s in schemes} \
            | {press[f.lower()] for f in forms if f.lower() in press} \
            | {e for e in row.get("english", "").split("|") if e}
        spelt |= {fold(s).lower() for s in spellings}
        for spelling in spellings:
            if key := romanisation_key(spelling):
                out.setdefault(key, set()).add(n)
    return {k: frozenset(v) for k, v in out.items()}, frozenset(spelt)


def _first_name_of(word: str, source: str, target: str) -> frozenset[int]:
    """The rows of ``russian_diminutives.tsv`` ``word`` of the source text spells a form of, as written
    (Petia, Volodia) or as the target language romanises the source language's spelling of it
    (``Sonietchka`` -> Sonechka, ``Aliocha`` -> Alyosha)."""
    rows = _first_name_rows(target)[0]
    found = rows.get(romanisation_key(word), frozenset())
    translit = transliterator(source, target)
    if translit.available:
        form = translit.english_form(word)
        if form.changed:
            found |= rows.get(romanisation_key(form.english), frozenset())
    return found


def first_name_rows_of(word: str, source: str = "fr", target: str = "en", min_consonants: int = 0) -> frozenset[int]:
    """The rows of ``russian_diminutives.tsv`` ``word`` (a word of the target, possibly copied from the source)
    spells a form of, as written or through its English romanisation (Dmytro, Andriï: Дмитрий, Андрей).
    A key of fewer than ``min_consonants`` (at least ``ROMANISATION_KEY_MIN``) consonants names no row: short
    keys are other languages' names too (Czech Jiri and Ира, Ira: ir)."""
    if sum(ch not in _KEY_VOWELS for ch in romanisation_key(word)) < max(min_consonants, ROMANISATION_KEY_MIN):
        return frozenset()
    return _first_name_of(word, source, target)


def same_first_name(name: str, word: str, source: str = "fr", target: str = "en") -> bool:
    """``name`` (a word of the source) and ``word`` (a word of the target, read as written) are one Russian
    first name, full or diminutive, in either language's spelling (``russian_diminutives.tsv``): Pétia and
    Pyotr, Volodia and Vladimir, Sonietchka and Sonya, Vladimir and Volodya name one person. Two full names
    that share only a diminutive (Vladislav and Vyacheslav, both Slava) are two names: each full name's
    key is its own row's. A word the target language's dictionary knows counts only when it is one of the
    table's spellings (Pasha, Anna, Roman): its key alone may be another word's (Your and Юра, Yura: iur;
    Rome and Рома: rom; Asia and Ася: asi)."""
    rows, spellings = _first_name_rows(target)
    key = romanisation_key(word)
    if key not in rows:
        return False
    if fold(word).lower() not in spellings and language(target).in_dictionary(word):
        return False
    return bool(_first_name_of(name, source, target) & rows[key])
