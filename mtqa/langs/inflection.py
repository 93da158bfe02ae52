"""Verb inflection of a target language (``data/inflection.toml``): the one owner of how a verb takes its -s, -ed
and -ing forms and of the verbs that take them otherwise.

Two readers write a verb in the form of another: F501 suggests the -ing form English needs ("avoided to say" ->
"avoided saying", :mod:`mtqa.langs.valency`), and the false-friend checks give their suggestion the form of the
trap ("indicates that" -> "says that", :mod:`mtqa.langs.trap_forms`). Regular suffixes alone put an ending on a
spelling that already has one ("saids", "seens"): the irregular verbs are data of the language, listed once here,
and both readers ask this module.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import built_from, data_toml
from mtqa.records import record

FORMS = ("s", "ing", "past", "participle")
"""The forms :meth:`Inflection.inflect` makes: the third person (or plural) -s, the -ing form, the past and the
past participle."""


@record(frozen=True)
class Inflection:
    """A language's verb inflection: the suffix rules of each form and the irregular verbs."""

    rules: dict
    """form ("s", "ed", "ing") -> ((ending, replacement, least length), ...)"""
    vowels: str
    double: str
    double_endings: tuple
    irregular: dict
    """base -> (past spellings, participle spellings), the first of each the one written"""
    third_person: dict
    """base -> its -s form where the rules do not make it (have -> has)"""
    bases: dict
    """every irregular form (past, participle, ``third_person``, ``other_forms``) -> (base, its forms' names),
    lower case"""
    lang: str = ""
    """the language's code, whose Hunspell dictionaries judge the rules' spelling ("" reads the rules alone)"""
    written: str = ""
    """the dictionary whose spelling is written where the installed dictionaries differ (en_GB: travelled)"""
    consonant_groups: tuple = ()
    """letter groups whose vowel counts as a consonant (qu: quit -> quitting)"""
    double_final_l: bool = False
    """a final l after one vowel letter doubles whatever the stress (British travel -> travelled)"""
    participle_after: tuple = ()
    """the bases of the auxiliaries after which an -ed form is a past participle (has taken, was held)"""
    plural_before: tuple = ()
    """words after which an -s form is a plural noun, not a third person (forces of order)"""
    modals: tuple = ()
    """the modal verbs, which keep their one form and ask for the base after them (will earn, could be)"""
    base_after: tuple = ()
    """words after which a verb is its base whatever its subject (to make, did not make)"""
    prefixes: tuple = ()
    """prefixes that make a verb of a verb (unfold, rebuild, mistake), longest first"""
    negations: tuple = ()
    """words of negation (not, never): a verb after one takes its form from the word before it (do not make)"""
    prefix_rest: int = 3
    """the fewest letters after a prefix that :meth:`prefixed` reads as a verb (do, go: undo, forgo are listed)"""
    perfect: str = ""
    """the base of the perfect auxiliary (have), kept after a modal with its participle (would have taken)"""
    agreeing: dict = field(default_factory=dict)
    """base -> {person: (present, past)} for the verbs that agree beyond the -s form (be: am, is, are; was, were)"""
    subject: dict = field(default_factory=dict)
    """how a subject read before a verb gives its person ("1s", "3s", "p"): ``pronouns`` (word -> person),
    ``possessives`` (pronoun -> its possessive determiner), ``relatives``, ``between``, ``plural_nouns``, ``singular_nouns`` (sets of lower-case words)"""
    made: dict = field(default_factory=dict, compare=False, repr=False)
    """(base, suffix) -> the spelling written, kept once judged by the dictionaries"""

    def base(self, word: str) -> Optional[str]:
        """The base of an irregular verb form (said -> say, seen -> see, has -> have, are -> be, lying -> lie,
        does -> do), the word itself when it is an irregular verb's base; None otherwise (a regular verb: the
        rules undo nothing here)."""
        low = word.lower()
        if low in self.irregular:
            return low
        found = self.bases.get(low)
        return found[0] if found else None

    def irregular_form(self, word: str) -> str:
        """"past", "participle" (a spelling of both: "participle" only where it is not the past too, so "said"
        is "past"), "s" or "ing" for an irregular verb's form; "" for any other word, and for a present written
        as the base in every other verb (are)."""
        found = self.bases.get(word.lower())
        if not found:
            return ""
        return "past" if "past" in found[1] else found[1][0]

    def inflect(self, base: str, form: str) -> str:
        """``base`` (a verb's base form) in ``form`` (one of :data:`FORMS`), in the case of ``base``'s first
        letter: the irregular verbs' own forms, else the suffix rules (stop -> stopping, carry -> carries), their
        spelling judged by the language's dictionaries where installed (format -> formatting)."""
        low = base.lower()
        split = self.prefixed(low) if low not in self.irregular and low not in self.third_person else None
        if split and split[1] in self.irregular and not self._regular_held(low, form):
            # a prefixed irregular verb no table lists takes its verb's forms (outgrow -> outgrown, resell -> resold),
            # unless the dictionaries hold the word's regular form: then it is a word of its own (relay -> relayed)
            made = split[0] + self.inflect(split[1], form)
            return made[:1].upper() + made[1:] if base[:1].isupper() else made
        if form in ("past", "participle") and low in self.irregular:
            made = self.irregular[low][0 if form == "past" else 1][0]
        elif form == "s" and low in self.third_person:
            made = self.third_person[low]
        else:
            suffix = "ed" if form in ("past", "participle") else form
            if (low, suffix) not in self.made:
                self.made[(low, suffix)] = self._judged(self._candidates(low, suffix))
            made = self.made[(low, suffix)]
        return made[:1].upper() + made[1:] if base[:1].isupper() else made

    def regular_bases(self, word: str, form: str = "participle", shortest: int = 3) -> tuple[str, ...]:
        """The bases of at least ``shortest`` letters whose regular ``form`` ``word`` may be, the suffix rules
        undone (unearthed -> unearth, signed -> sign, housed -> house, carried -> carry, panicked -> panic) and the
        last consonant undoubled (stopped -> stop): candidates for the caller to judge (a verb of the lexicon, of
        the dictionaries), not verbs. Why here: a reader that asks "is this an -ed form" hard-coded the endings the
        rules already hold."""
        low = word.lower()
        suffix = "ed" if form in ("past", "participle") else form
        out = [low[:len(low) - len(made)] + ending for ending, made, least in self.rules.get(suffix, ())
               if low.endswith(made) and len(low) - len(made) + len(ending) >= max(least, shortest)]
        if low.endswith(suffix):
            stem = low[:len(low) - len(suffix)]
            out.append(stem)
            if stem[-1:] == stem[-2:-1]:
                out.append(stem[:-1])
        return tuple(b for b in dict.fromkeys(out) if len(b) >= shortest)

    def participle_spelling(self, low: str, pasts: bool = False) -> bool:
        """Whether the lower-case ``low`` is spelt as an irregular verb's participle, that of a prefixed irregular
        verb too: the table's own ("found", "taken"), one the same as its base ("come", "run", "set": ``base`` and
        ``irregular_form`` read those as the base), a table verb's whose participle is its base ("overcome",
        "upset"), a prefix before one ("overrun", "overheard", "resold"). Not a word that opens with a prefix and a
        participle's letters but is a regular verb of its own, its -ed form in the dictionaries ("rebound": re +
        bound, but "rebounded"; "relay": re + lay). Why: a reader of participles (A634) asked only for the forms
        that differ from the base and missed "overcome", "upset", and read "rebound" as bound. ``pasts``: an
        irregular past spelling counts too ("took", "overtook": MT writes "where was took")."""
        if self.irregular_form(low) in (("past", "participle") if pasts else ("participle",)) \
                or "participle" in self.bases.get(low, ("", ()))[1]:
            return True
        base = self.base(low)
        if base in self.irregular and low in self.irregular[base][1]:
            return True
        split = self.prefixed(low)
        return bool(split) and split[1] != low and self.participle_spelling(split[1], pasts) \
            and not self._regular_held(low, "past")

    def _regular_held(self, low: str, form: str) -> bool:
        """Whether the language's dictionaries hold the regular -ed form of ``low`` (relayed): a word that opens with
        a prefix and an irregular verb's letters (re + lay) but is a regular verb of its own. Only the pasts are
        asked: the -s and -ing forms of a prefixed verb are its verb's anyway."""
        if form not in ("past", "participle"):
            return False
        dicts = _dictionaries(self.lang)
        if not dicts:
            return False
        from mtqa.langs.hunspell import in_dictionary

        return any(in_dictionary(tuple(dicts), made) for made in self._candidates(low, "ed"))

    def prefixed(self, low: str) -> Optional[tuple[str, str]]:
        """(prefix, rest) of a lower-case word that opens with one of :attr:`prefixes` before at least
        :attr:`prefix_rest` letters (unfold: un, fold), the longest prefix first; None otherwise. Whether the rest is a verb is the reader's
        question (its dictionaries, :attr:`irregular`): "under" opens "understand" and "uncle" alike. Why: the
        dictionaries derive some prefixed verbs' forms from the verb after the prefix and hold the prefixed word
        with few of its forms (unfold: unfolding, no "unfolded"), so a reader that asks them for a verb's forms
        must be able to ask for the verb after the prefix."""
        for prefix in self.prefixes:
            if low.startswith(prefix) and len(low) - len(prefix) >= self.prefix_rest and low[len(prefix)].isalpha():
                return prefix, low[len(prefix):]
        return None

    def agreeing_form(self, base: str, tense: str, person: str) -> str:
        """``base`` in the present (``tense`` "") or the past ("past") that agrees with a subject of ``person``
        ("1s", "3s", "p"; "" unknown: the third person singular, the usual subject of news): the verbs of
        :attr:`agreeing` from their table (be: am, is, are, was, were), any other from the -s form and the past
        (makes, make, made). Why: a suggestion of "be" for a trap "make" must read "The countries are part",
        not "be part"; the form comes from the subject, which the trap's own verb ("make", "made") does not
        always show."""
        low = base.lower()
        row = self.agreeing.get(low)
        if row:
            forms = row.get(person) or row.get("3s")
            made = forms[1 if tense == "past" else 0]
        elif tense == "past":
            made = self.inflect(low, "past")
        else:
            made = self.inflect(low, "s") if person in ("3s", "") else low
        return made[:1].upper() + made[1:] if base[:1].isupper() else made

    def subject_person(self, before: str) -> str:
        """The person and number ("1s", "3s", "p") of the subject read in ``before``, the text of the clause
        before a finite verb; "" when none is read (a clause that opens with the verb, a subject after a comma).

        The clause is the text after the last of ``clause_marks``, or before it where only a relative is left
        after it (the countries, which make part), and after the last of ``openers`` (said that the countries).
        The words nearest the verb are read back: those of ``between`` (also, still) are passed, a relative
        pronoun stands for the noun before it (the countries that make part). A subject of two coordinated
        phrases (``coordinators``: France and Germany) is plural. The head of a noun phrase is the word before
        its first post-modifier (``head_before``: the members of the union, sources close to the minister),
        except after a quantity that gives the number to the noun after it (``quantities``: a number of
        countries, most of them). A pronoun gives its person, a capitalised word that does not open the clause
        is a name, singular (Mrs Thomas, The Times), and a noun its number: one of ``plural_nouns`` or
        ``singular_nouns``, else by the language's plural rule (:meth:`mtqa.langs.language.Language.is_plural_noun`:
        countries; not press, virus, crisis). Why a reader of words and not of a parse:
        the subject of a translated calque is nearly always a noun phrase or a pronoun just before it."""
        return self.subject_read(before)[0]

    def subject_pronoun(self, before: str) -> str:
        """The personal pronoun (lower case, one of ``subject.pronouns``) read as the subject in ``before`` as
        :meth:`subject_person` reads it, or "" (a noun, a name, none): "He" of "He lost the life". Why: a
        possessive in a suggestion agrees with the subject ("lost his life"), which only a pronoun tells."""
        person, word = self.subject_read(before)
        return word if person and word in self.subject.get("pronouns", {}) else ""

    def subject_read(self, before: str) -> tuple[str, str]:
        """(person, the subject's head word lower-cased) of :meth:`subject_person`; the word "" when none is read
        or the subject is two coordinated phrases."""
        table = self.subject
        split = table.get("clause_split")
        clauses = split.split(before) if split else [before]
        words = self._words(clauses[-1])
        if len(clauses) > 1 and words and all(w.lower() in table.get("relatives", ()) for w in words):
            words = self._words(clauses[-2])  # ", which": the relative stands for the noun before the comma
        low = [w.lower() for w in words]
        openers = table.get("openers", ())
        for i in range(len(low) - 2, -1, -1):
            if low[i] in openers:
                words, low = words[i + 1:], low[i + 1:]
                break
        while low and low[-1] in table.get("between", ()):
            words, low = words[:-1], low[:-1]
        if len(low) > 1 and low[-1] in table.get("relatives", ()):
            words, low = words[:-1], low[:-1]  # the relative stands for its antecedent
        if not low:
            return "", ""
        if any(c in low[1:-1] and not self._verb(low[low.index(c) - 1]) for c in table.get("coordinators", ())):
            return "p", ""
        head = self._head(low)
        word, written = low[head], words[head]
        if word in table.get("pronouns", {}):
            return table["pronouns"][word], word
        if word in table.get("plural_nouns", ()):
            return "p", word
        if word in table.get("singular_nouns", ()):
            return "3s", word
        if self._verb(word):
            return "", ""  # a verb before the verb: no subject read (said make part, has been)
        if head > 0 and written[:1].isupper():
            return "3s", word  # a name (Mrs Thomas, The Times)
        from mtqa.langs import language

        # the language's one plural rule (its profile's ``plural`` table and dictionaries), not a second one here
        return ("p" if language(self.lang).is_plural_noun(word) else "3s"), word

    def _words(self, text: str) -> list:
        """The words of ``text`` as written (their case tells a name), hyphenated and apostrophe compounds whole."""
        return re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text)

    def _verb(self, word: str) -> bool:
        """Whether the lower-case ``word`` is a verb form the tables know (said, has, will, to): a subject is no
        verb, so a reader that meets one has read no subject."""
        return word in self.bases or word in self.irregular or word in self.modals or word in self.base_after

    def _head(self, low: list) -> int:
        """The index of the head noun in the lower-case ``low``: the word before the first phrase of ``head_before``
        that follows a word, unless a phrase of ``quantities`` ends there (a number of, most of): then the noun
        the quantity counts is read on; the last word without either."""
        table = self.subject
        at = len(low) - 1
        for i in range(1, len(low)):
            here = " " + " ".join(low[i:]) + " "
            if any(here.startswith(" " + m + " ") for m in table.get("head_before", ())):
                through = " " + " ".join(low[:i + 1])  # the quantity's own "of" included (a number of)
                if any(through.endswith(" " + q) for q in table.get("quantities", ())):
                    continue
                return i - 1
        return at

    def _regular(self, low: str, suffix: str) -> str:
        for ending, replaced, least in self.rules.get(suffix, ()):
            if low.endswith(ending) and len(low) >= least:
                return low[: len(low) - len(ending)] + replaced
        if suffix != "s" and self._doubles(low):
            low += low[-1]
        return low + suffix

    def _candidates(self, low: str, suffix: str) -> tuple:
        """The rules' spelling of ``low`` + ``suffix`` first, then the other regular spellings a dictionary may
        hold instead: the e kept before -ing (singeing: "singing" is sing's), the last consonant doubled or not
        (formatting, travelled; focused), -ck after a final c, -es after a final consonant (quizzes)."""
        ruled = self._regular(low, suffix)
        out = [low + "ing"] if suffix == "ing" and low.endswith("e") and len(low) >= 3 else []
        out.append(ruled)
        if suffix == "s":
            out += [low + "es", low + low[-1:] + "es"]
        else:
            out += [low + low[-1:] + suffix, low + suffix] + ([low + "k" + suffix] if low.endswith("c") else [])
        return tuple(dict.fromkeys(out))

    def _judged(self, candidates: tuple) -> str:
        """The first of ``candidates`` the ``written`` dictionary holds, else the first another holds, else the
        rules' own (the first that is not the e kept before -ing): the dictionaries know the forms (formatting,
        singeing, panicked) that rules of letters cannot tell from their look (format is not stressed)."""
        dicts = _dictionaries(self.lang)
        ruled = candidates[1] if len(candidates) > 1 and candidates[0].endswith("eing") else candidates[0]
        if not dicts:
            return ruled
        from mtqa.langs.hunspell import in_dictionary

        ordered = sorted(dicts, key=lambda d: d.name != self.written)
        for group in ([ordered[0]], ordered[1:]):
            for made in candidates:
                if group and in_dictionary(tuple(group), made):
                    return made
        return ruled

    def _doubles(self, low: str) -> bool:
        """Whether the last consonant doubles before -ed and -ing: a stressed final syllable (``double_endings``),
        one vowel before a final consonant of ``double`` after a consonant (stop, plan, quit; not visit, rain),
        or, with ``double_final_l``, a final l after one vowel letter after a consonant (travel, label)."""
        if low.endswith(self.double_endings):
            return True
        v = self.vowels
        read = low
        for group in self.consonant_groups:  # qu: its u is no vowel (quit, quiz)
            read = read.replace(group, group[0] + "w")
        if (self.double_final_l and len(read) >= 4 and read[-1] == "l" and read[-2] in v and read[-3] not in v
                and sum(c in v for c in read) >= 2):
            return True
        return (len(read) >= 3 and sum(c in v for c in read) == 1 and read[-1] in self.double and read[-2] in v
                and read[-3] not in v)


def _dictionaries(lang: str) -> tuple:
    """The installed Hunspell dictionaries of ``lang`` (empty without one, or without a language)."""
    if not lang:
        return ()
    from mtqa.langs import language

    try:
        return language(lang).dictionaries
    except (KeyError, ValueError):
        return ()


def _rules(section: dict, form: str, lang: str) -> tuple:
    rules = tuple(tuple(r) for r in section.get(form, {}).get("suffixes", ()))
    for rule in rules:
        if not (len(rule) == 3 and isinstance(rule[0], str) and isinstance(rule[1], str) and isinstance(rule[2], int)):
            raise ValueError(f"[{lang}.{form}] suffixes: {list(rule)!r} is not [ending, replacement, least length]")
    return rules


@memoize(TABLES)
@built_from("inflection.toml")
def inflection(lang: str) -> Optional[Inflection]:
    """The verb inflection of ``lang`` (None without a section in ``inflection.toml``)."""
    section = data_toml("inflection.toml").get(lang)
    if not section:
        return None
    irregular, bases = {}, {}
    for base, (past, participle) in section.get("irregular", {}).items():
        forms = (tuple(str(past).lower().split("/")), tuple(str(participle).lower().split("/")))
        irregular[base.lower()] = forms
        for name, spellings in zip(("past", "participle"), forms):
            for spelling in spellings:
                if spelling != base.lower():  # come, become, run: the participle is the base, read as the base
                    old = bases.get(spelling, (base.lower(), ()))
                    bases[spelling] = (old[0], old[1] + (name,))
    third = {b.lower(): str(s).lower() for b, s in section.get("third_person", {}).items()}
    for base, form in third.items():
        bases.setdefault(form, (base, ("s",)))
    for spelling, row in section.get("other_forms", {}).items():
        if not (isinstance(row, list) and len(row) == 2 and row[1] in ("", "s", "past", "participle", "ing")):
            raise ValueError(f"[{lang}.other_forms] {spelling}: {row!r} is not [base, form]")
        bases.setdefault(spelling.lower(), (str(row[0]).lower(), (row[1],)))
    made = Inflection({f: _rules(section, f, lang) for f in ("s", "ed", "ing")}, str(section["vowels"]),
                      str(section["double"]), tuple(str(e) for e in section.get("double_endings", ())),
                      irregular, third, bases, lang, str(section.get("written", "")),
                      tuple(str(g) for g in section.get("consonant_groups", ())),
                      bool(section.get("double_final_l", False)),
                      tuple(str(a).lower() for a in section.get("participle_after", ())),
                      tuple(str(a).lower() for a in section.get("plural_before", ())),
                      tuple(str(a).lower() for a in section.get("modals", ())),
                      tuple(str(a).lower() for a in section.get("base_after", ())),
                      tuple(sorted((str(a).lower() for a in section.get("prefixes", ())), key=len, reverse=True)),
                      tuple(str(a).lower() for a in section.get("negations", ())),
                      _least(section, "prefix_rest", lang), str(section.get("perfect", "")).lower(),
                      _agreeing(section.get("agreeing", {}), lang), _subject(section.get("subject", {}), lang))
    return made


def _least(section: dict, name: str, lang: str) -> int:
    value = section.get(name, 3)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"[{lang}] {name}: {value!r} is not a whole number of letters")
    return value


def _agreeing(table: dict, lang: str) -> dict:
    """``[<lang>.agreeing]``: base -> {person: (present, past)}, each row checked."""
    out = {}
    for base, row in table.items():
        if not (isinstance(row, dict) and all(p in ("1s", "3s", "p") and isinstance(f, list) and len(f) == 2
                                              for p, f in row.items())):
            raise ValueError(f"[{lang}.agreeing] {base}: {row!r} is not {{person = [present, past]}}")
        if "3s" not in row:  # the form of a person the row leaves out, and of an unknown subject
            raise ValueError(f"[{lang}.agreeing] {base}: the row has no \"3s\" form")
        out[base.lower()] = {p: (str(f[0]).lower(), str(f[1]).lower()) for p, f in row.items()}
    return out


def _subject(table: dict, lang: str) -> dict:
    """``[<lang>.subject]``: the pronouns' persons and the word sets, lower-cased and checked."""
    pronouns = table.get("pronouns", {})
    if not all(p in ("1s", "3s", "p") for p in pronouns.values()):
        raise ValueError(f"[{lang}.subject] pronouns: a person is not one of 1s, 3s, p")
    out = {"pronouns": {str(w).lower(): p for w, p in pronouns.items()}}
    possessives = table.get("possessives", {})
    if not isinstance(possessives, dict) or not all(isinstance(v, str) for v in possessives.values()):
        raise ValueError(f"[{lang}.subject] possessives: {possessives!r} is not a table of pronoun = possessive")
    out["possessives"] = {str(w).lower(): v.lower() for w, v in possessives.items()}
    for name in ("relatives", "between", "plural_nouns", "singular_nouns", "openers", "coordinators"):
        out[name] = frozenset(str(w).lower() for w in table.get(name, ()))
    for name in ("head_before", "quantities"):
        words = table.get(name, ())
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"[{lang}.subject] {name}: {words!r} is not a list of words")
        out[name] = tuple(w.lower() for w in words)
    out["clause_marks"] = marks = str(table.get("clause_marks", ""))
    # compiled once with the table, not per suggestion
    out["clause_split"] = re.compile("[" + re.escape(marks) + "]") if marks else None
    return out
