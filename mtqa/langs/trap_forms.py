"""A suggestion in the form of the trap it replaces: the false-friend checks (A501, A502, A506, A630) and the
phrase calques suggest a word that must take the trap's inflection ("indicates that" -> "says that", "has taken
in charge" -> "has taken over") and its case (a headline in capitals or title case). Why here, below the checks:
this is how the target language writes a word in the form of another (its verbs' forms from
:mod:`mtqa.langs.inflection`, its dictionaries, its function words), knowledge several check modules and the
false-friend lexicon (:mod:`mtqa.langs.false_friend_lexicon`) share, owned once.
"""
from __future__ import annotations

import re
from typing import Optional

from mtqa.langs.cache import SOME_WORDS, TwoGenerations, memoize
from mtqa.meaning.tokens import stem

WORD_RUN = re.compile(r"\w+")


HEADLINE_MIN_LETTERS = 4
"""In a title-case headline a word shorter than this that is one of the language's function words and no verb
stays lower case after the first (news style: "Paris Stock Exchange", "Life Is in Danger", "Take Care of")."""


def cased(suggestion: str, trap: str, line: str, lang: Optional[str] = None) -> str:
    """``suggestion`` in the case of the ``trap`` it replaces in ``line`` (``lang``: the target language's code):
    in capitals after a trap in capitals ("PURSE OF PARIS" -> "PARIS STOCK EXCHANGE"), in title case after a trap
    of several capitalised words in a title-case line ("The Purse Of Paris Falls": :func:`_title_line`),
    with a capital first letter after a capitalised trap, else as written (a name it holds keeps its capital).
    The one case rule of every suggestion of the A50x checks: a suggestion in mixed case pasted into a headline
    would be a new error."""
    letters = [c for c in trap if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return suggestion.upper()
    words = WORD_RUN.findall(trap)
    if len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 2 \
            and all(w[:1].isupper() for w in words if len(w) >= HEADLINE_MIN_LETTERS) and _title_line(line, lang):
        small = _small_words(lang)
        return " ".join(w if n and w.lower() in small else w[:1].upper() + w[1:]
                        for n, w in enumerate(suggestion.split(" ")))
    if trap[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _title_line(line: str, lang: Optional[str]) -> bool:
    """A line in title case: every longer word capitalised, two or more of them (with the language known, its
    common words of :data:`HEADLINE_MIN_LETTERS` letters or more, names being capitalised anyway; else three
    words of that length). Every one, not most (:func:`mtqa.segment.title_case`): a sentence naming "the Purse
    of New York" has lower-case longer words ("fell") and takes no title case."""
    long = [w for w in WORD_RUN.findall(line) if len(w) >= HEADLINE_MIN_LETTERS and w.isalpha()]
    if lang:
        from mtqa.langs import language

        common = [w for w in long if language(lang).is_common_word(w.lower())]
        return len(common) >= 2 and all(w[:1].isupper() for w in common)
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


@memoize(SOME_WORDS)
def _small_words(lang: Optional[str]) -> frozenset[str]:
    """The words a title-case headline leaves in lower case: the language's function words shorter than
    :data:`HEADLINE_MIN_LETTERS` letters that no verb form is (of, in, the; not "is")."""
    if not lang:
        return frozenset({"of", "in", "on", "at", "to", "for", "by", "the", "a", "an", "and", "or"})
    from mtqa.langs import language

    verbs = _verbs(lang)
    return frozenset(w for w in language(lang).function_words
                     if len(w) < HEADLINE_MIN_LETTERS and not (verbs is not None and verbs.base(w)))


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


_ENDINGS = {"ing": ("ing",), "ed": ("ed", "d", "ied"), "s": ("s", "es", "ies")}
"""How the target language's regular suffixes are written after a stem (a final e or y dropped, a consonant
doubled): ``inflected`` keeps the form the dictionaries make of the suggestion's stem."""


def trap_inflection(word: str, lang: Optional[str] = None) -> str:
    """The trap's inflection: ``ing``, ``ed`` (a past or a past participle, an irregular one of ``lang``'s verbs
    too: known, said), ``s`` (a plural or a third person) or ``""`` (the stem)."""
    low = word.lower()
    if low.endswith("ing") and len(low) > 5:
        return "ing"
    if low.endswith("ed") and len(low) > 4:
        return "ed"
    verbs = _verbs(lang)
    if verbs is not None and verbs.irregular_form(low) in ("past", "participle") and verbs.base(low) != low:
        return "ed"
    return "s" if _plural(low) else ""


def _verbs(lang: Optional[str]):
    """The verb inflection of the target language ``lang`` (:mod:`mtqa.langs.inflection`, its one owner), or
    None."""
    if not lang:
        return None
    from mtqa.langs.inflection import inflection

    return inflection(lang)


def _stem_of(word: str, dicts) -> tuple[str, tuple[str, ...]]:
    """(stem, forms) of a one-word suggestion: the dictionary stem whose suffix forms include it (``postponed``:
    postpone, ``injured``: injure), else the word itself when it is a stem; ("", ()) when the dictionaries make
    it of no stem."""
    from mtqa.langs import hunspell
    low = word.lower()
    tries = [low]
    if low.endswith("ed"):  # a verb's stem before the participle's own entry (injured/U beside injure)
        tries = [low[:-1], low[:-2], low[:-3], low[:-3] + "y", low]
    for stem in tries:
        forms = hunspell.suffix_forms(dicts, stem) if stem else ()
        if forms and low in forms:
            return stem, forms
    return "", ()


def auxiliary_before(text: str, start: int) -> str:
    """The word just before ``text[start:]`` ("" at the start): the auxiliary that makes a trap's -ed form a
    participle (has taken in charge)."""
    words = text[:start].split()
    return words[-1].strip(",;:()\"'") if words else ""


def inflected(suggestion: str, trap: str, lang: Optional[str], before: str = "", context: str = "",
              number: bool = True) -> str:
    """The one-word ``suggestion`` in the inflection of the one-word ``trap``, made by the target language's
    dictionaries: a trap "reports" asks for "postpones", "reporting" for "postponing", "blessed" for "injured"
    (an entry's suggestion is written in one form, often the past participle). Where the dictionaries make
    no such form of the suggestion's stem (a noun has no -ing), the suggestion is kept, with the plural -s
    added after a plural trap as before (militants -> activists); a participle suggestion is never given a
    bare -s ("postponeds"). A suggestion that is an irregular verb's form the dictionaries make no stem of
    ("said", "seen", "is": no regular -ed form of the spelling) takes its form from the language's irregular
    verbs (:mod:`mtqa.langs.inflection`): "indicates" asks for "says", "indicating" for "saying", never
    "saids". A suggestion or a trap of several words is inflected by :func:`_phrase_inflected` (``before``: the
    word before the trap; ``context``: the text before it, where the subject a verb agrees with is read). A
    suggestion no verb rule changed takes the number of a trap that is a plural noun phrase
    (:func:`_noun_number`: "crisis cells" -> "crisis units"), unless ``number`` is False (the trap's plural copies
    a source word used in the plural alone)."""
    made = _verb_inflected(suggestion, trap, lang, before, context)
    made = _noun_number(suggestion, trap, lang) if made == suggestion and number else made
    return _possessive_agreed(made, lang, context) if context else made


def _possessive_agreed(suggestion: str, lang: Optional[str], context: str) -> str:
    """``suggestion``'s possessive determiner made the one of the subject pronoun read in ``context`` (the text
    before the trap; the language's ``subject.possessives``), its noun singular after a singular pronoun: "He lost
    the life" asks for "lost his life", "She" for "lost her life", where the entry writes "lost their lives" for
    "964 people". A subject that is a noun or a name is left to the entry's word (its gender is not read). Only a
    plural owner's determiner followed by a noun is agreed (the entry's generic "their"): "told her" keeps its
    object, "his savings" its number."""
    verbs = _verbs(lang)
    if verbs is None:
        return suggestion
    owners = verbs.subject.get("possessives", {})
    persons = verbs.subject.get("pronouns", {})
    generic = {w for p, w in owners.items() if persons.get(p) == "p"}
    words = suggestion.split(" ")
    # only the plural owner an entry writes for anyone ("their lives"), before its noun: a singular owner is the
    # entry's own choice ("his savings"), and a possessive with no noun after it is an object ("told her")
    at = next((n for n, w in enumerate(words[:-1]) if w.lower() in generic and words[n + 1].isalpha()), None)
    if at is None:
        return suggestion
    pronoun = verbs.subject_pronoun(context)
    if not pronoun or pronoun not in owners:
        return suggestion
    words[at] = _same_case(owners[pronoun], words[at])
    if verbs.subject["pronouns"].get(pronoun) != "p" and at + 1 < len(words) and words[at + 1].isalpha():
        from mtqa.langs import language

        profile = language(lang)
        if profile.is_plural_noun(words[at + 1].lower()):
            words[at + 1] = _same_case(profile.noun_singular(words[at + 1].lower()), words[at + 1])
    return " ".join(words)


def _verb_inflected(suggestion: str, trap: str, lang: Optional[str], before: str = "", context: str = "") -> str:
    """:func:`inflected` by the verb rules alone (a one-word plural trap's -s included)."""
    if " " in suggestion or " " in trap:
        return _phrase_inflected(suggestion, trap, lang, before, context)
    want = trap_inflection(trap, lang)
    dicts = _dictionaries(lang)
    stem, forms = _stem_of(suggestion, dicts) if dicts else ("", ())
    verbs = _verbs(lang)
    irregular = verbs.base(suggestion) if verbs is not None and " " not in suggestion else None
    # an irregular verb's form is read as that verb (said, seen, known, left), unless the dictionaries inflect the
    # spelling as a regular verb of its own (found: founded; saw: sawed), which the suggestion may be
    if irregular and (irregular == suggestion.lower() or suggestion.lower() + "ed" not in forms):
        return _same_case(_irregular_form(verbs, irregular, suggestion, trap, want), suggestion)
    if stem:
        if not want:
            # a stem trap (report, bless, achieve) takes the suggestion's stem when the suggestion is one of its
            # forms (postponed -> postpone); a stem suggestion stays as it is
            return _same_case(stem, suggestion) if suggestion.lower().endswith("ed") else suggestion
        base = stem[:-1] if stem.endswith(("e", "y")) else stem
        made = [f for f in forms for end in _ENDINGS[want]
                if f in (stem + end, base + end, stem + stem[-1:] + end)]
        if made:
            return _same_case(min(made, key=len), suggestion)
        if want in ("ing", "ed") and verbs is not None and _rule_forms_known(stem, verbs, dicts):
            # released, releasing: forms the dictionaries hold as words of their own (:func:`_rule_forms_known`)
            return _same_case(verbs.inflect(stem, "past" if want == "ed" else want), suggestion)
    if want == "s" and not suggestion.endswith(("s", "ed")):
        return verbs.inflect(suggestion, "s") if verbs is not None else suggestion + "s"
    return suggestion


PLURAL_MIN_ZIPF = 2.5
"""The least frequency (Zipf) of the plural spelling :func:`_noun_number` writes: a spelling the language's rule
makes but nobody writes ("knifes" of the noun, "crisises") is no suggestion, and the head is left as it is."""


def _noun_number(suggestion: str, trap: str, lang: Optional[str]) -> str:
    """``suggestion`` with its head noun made plural where the ``trap`` is a plural noun phrase: "white weapons"
    -> "knives", "functionaries" -> "civil servants", "Crisis cells" -> "Crisis units".

    Why: an entry writes its suggestion once, in the singular, and a suggestion of several words (or one for a
    trap of several) is inflected by its verb (:func:`_phrase_inflected`); a noun phrase has none, and pasted as
    written after a plural trap it breaks the agreement with the rest of the sentence ("Crisis unit have been
    opened"). The head of each is the last word of its first run of content words (not the language's function
    words; of a hyphened word, its last part, read as plural only where every part is one): "cells of crisis" -> cells, "at the margins of" -> margins. The
    trap is a noun phrase when no word before its head reads as a verb in a marked form (lost, makes, taking:
    then the verb rules decided), and a trap and a suggestion of several words that both open with a verb are a
    verb and its object ("take measures" -> "take action": kept), as is a trap head followed by no word that opens a
    noun's post-modifier (the subject table's ``head_before``: "makes the tail", "pass a test"). A suggestion whose
    head is the trap head's own singular or verb base wrote its number on purpose ("272 millions of" -> "272
    million", "one thinks" -> "we think"). The plural is the spelling of the head the
    language's profile gives most written (:meth:`mtqa.langs.language.Language.noun_plurals`,
    :data:`PLURAL_MIN_ZIPF`); a head already plural, or none written often enough, leaves the suggestion as
    it is."""
    if not lang:
        return suggestion
    from mtqa.langs import language
    from mtqa.langs.false_friend_lexicon import HYPHENS  # the lexicon imports this module: read at the call
    from mtqa.langs.frequency import zipf
    from mtqa.langs.mass_nouns import mass_plurals

    profile = language(lang)
    small = profile.function_words
    trap_words = trap.split()
    at = _head_at([w.lower() for w in trap_words], small)
    if at is None:
        return suggestion
    parts = trap_words[at].lower().translate(HYPHENS).split("-")
    head = parts[-1]
    if not all(p.isalpha() and profile.is_plural_noun(p) for p in parts):
        # a hyphenated head is plural where every part is ("sappers-firemen", as French pluralises both), not where
        # its last part alone reads as one ("on the who-lives": a calque's compound, no noun's plural)
        return suggestion
    words = suggestion.split(" ")
    verbs = _verbs(lang)
    if verbs is not None:
        after = " ".join(w.lower() for w in trap_words[at + 1:]) + " "
        if at + 1 < len(trap_words) and not any(after.startswith(m + " ")
                                                for m in verbs.subject.get("head_before", ())):
            return suggestion  # "makes the tail", "pass a test": a word with its object, no noun with its modifier
        for word in trap_words[:at]:
            read = _verb_form(word.lower(), verbs, lang)
            if read and read[1]:
                return suggestion  # "lost the lives", "makes the points": a verb phrase, the verb rules' own
        if at and len(words) > 1 and _verb_form(trap_words[0].lower(), verbs, lang) \
                and _verb_form(words[0].lower(), verbs, lang):
            return suggestion  # "take measures" -> "take action": a verb and its object for another, kept
    mine = _head_at([w.lower() for w in words], small)
    if mine is None or not words[mine].isalpha() or profile.is_plural_noun(words[mine].lower()):
        return suggestion
    own = words[mine].lower()
    read = _verb_form(head, verbs, lang) if verbs is not None else None
    if own in profile.singulars(head) or read and read[0] == own:
        return suggestion  # "millions of" -> "million", "one thinks" -> "we think": the entry wrote the number
    if own in set(mass_plurals(lang).values()):
        return suggestion  # a mass noun (F503's table, its one owner): "staff", "evidence" take no plural
    spellings = [(zipf(p, lang), p) for p in profile.noun_plurals(words[mine].lower())]
    best = max(spellings, default=(0.0, ""))
    if best[0] < PLURAL_MIN_ZIPF:
        return suggestion
    words[mine] = _same_case(best[1], words[mine])
    return " ".join(words)


def _head_at(words: list, small) -> Optional[int]:
    """The position of the last word of the first run of words not in ``small`` (the head of a noun phrase
    written head last, before its first function word after it: "crisis unit", "cells of crisis", "on the
    sidelines of"); None when every word is one."""
    at = None
    for n, word in enumerate(words):
        if word.strip(",;:()\"'") in small:
            if at is not None:
                break
            continue
        at = n
    return at


def _phrase_inflected(suggestion: str, trap: str, lang: Optional[str], before: str = "", context: str = "") -> str:
    """A suggestion of several words (or one, for a trap of several) whose first word is a verb, that verb in the
    form of the trap's first word, the rest kept: "took the head" asks for "took charge" (not "take charge"),
    "makes part" for "is part", "has need of" for "needs", "carrying its fruits" for "bearing fruit". Why the
    first word: an entry writes its suggestion once, as a base ("take charge"), and the trap's verb, where it
    has one, opens it. An -ed form (regular, or irregular of one spelling for both: held) after an auxiliary
    (``before``: has, was) asks for the participle; after a form of the suggestion's own auxiliary ("will be
    held itself", "be held") the rest is given. Where either first word is no verb the language's
    inflection reads (the head, again, nearly), the suggestion is kept as written.

    A trap that opens with a modal or a perfect auxiliary keeps it, the tense being the auxiliary's: "will be worth
    him" asks for "will earn him", "has been worth him" for "has earned him", "has had place" for "has taken
    place". A suggestion written with "be" (the verbs of the language's ``agreeing`` table) agrees with the
    subject read in ``context`` (the text before the trap) where the trap's verb is finite: "The countries make
    part" asks for "are part", "The countries made part" for "were part", not "be part" nor "was part"."""
    verbs = _verbs(lang)
    if verbs is None:
        return suggestion
    first, space, rest = suggestion.partition(" ")
    words = trap.lower().split()
    if not words:
        return suggestion
    read = _verb_form(words[0], verbs, lang)
    if not read and words[0] not in verbs.modals:  # a modal the dictionaries hold no -ing of (would, could)
        return suggestion
    mine = _verb_form(first, verbs, lang)
    aux = _auxiliary_kept(trap, words, mine, space, rest, verbs, lang)
    if aux:
        return aux
    if not read or _unreadable(words, read, verbs, lang):
        return suggestion
    if len(words) == 1 and read[1] == "s":
        return suggestion  # one word in -s: as often a plural noun as a verb ("purses" for « Bourses »)
    if not mine:
        return suggestion
    if mine[1] == "ing" and rest and read[1] != "ing" and _opens_noun(rest, lang):
        # "investigating judge", "crushing blow": an -ing form before its noun is an adjective; before a function
        # word it is the verb ("making it possible to": makes it possible to)
        return suggestion
    if rest and mine[0] in verbs.participle_after and verbs.base(before) == mine[0]:
        return rest  # "will be held itself", "was held itself": the suggestion's auxiliary is written already
    if mine[0] == "be" and first.lower() != "be":
        return suggestion  # a form of be the entry wrote for its number ("were held" after "themselves")
    form = read[1]
    if form == "ed" or form == "past" and "participle" in verbs.bases.get(words[0], ("", ()))[1]:
        form = "participle" if verbs.base(before) in verbs.participle_after else "past"
    if before.lower() in verbs.negations:
        # do not make, never made: the verb takes its form from the word before the negation
        words_before = context.split()
        before = words_before[-2].strip(",;:()\"'") if len(words_before) > 1 else ""
        if mine[0] in verbs.agreeing and before.lower() in verbs.base_after:
            return ""  # "do not make part": "be part" after "do not" reads wrong, and the auxiliary is outside the
            # trap: no suggestion rather than a wrong one
    if mine[0] in verbs.agreeing and form in ("", "past") and before.lower() not in verbs.base_after \
            and before.lower() not in verbs.modals and verbs.base(before) not in verbs.participle_after:
        # a finite verb: "be" agrees with the subject before the trap; a present base trap ("make") has no
        # third-person-singular subject whatever the reader makes of it: "are" (or "am" after I)
        person = verbs.subject_person(context)
        if form == "" and person in ("3s", ""):
            person = "p"
        return _same_case(verbs.agreeing_form(mine[0], form, person), first) + space + rest
    made = verbs.inflect(mine[0], form) if form else mine[0]
    return _same_case(made, first) + space + rest


def _opens_noun(rest: str, lang: Optional[str]) -> bool:
    """Whether ``rest`` (the words after a suggestion's first) opens with a content word, not one of the
    language's function words (it, up, to, the): after an -ing form, the noun it qualifies."""
    from mtqa.langs import language

    first = rest.split(" ")[0].lower()
    return first.isalpha() and first not in language(lang).function_words


def _auxiliary_kept(trap: str, words: list, mine, space: str, rest: str, verbs, lang: Optional[str]) -> str:
    """The suggestion after the trap's own modal or perfect auxiliary, or "" where the trap opens with neither.
    A modal (will, could) before a verb form keeps it and asks for the suggestion's base ("will be worth him" ->
    "will earn him"); a form of have before a participle (has been, had had) keeps it and asks for the
    suggestion's participle ("has been worth him" -> "has earned him"). Why: the auxiliary carries the tense and
    the person, which a suggestion written as one form cannot; the suggestion's own verb must stand where the
    trap's second verb stood. "" too where the suggestion opens with no verb (the suggestion is then kept)."""
    if len(words) < 2 or not mine:
        return ""
    second = _verb_form(words[1], verbs, lang)
    if not second:
        return ""
    written = trap.split()[0]
    if words[0] in verbs.modals:
        if len(words) > 2 and verbs.perfect and verbs.base(words[1]) == verbs.perfect:
            third = _verb_form(words[2], verbs, lang)
            if third and third[1] in ("participle", "ed", "past"):  # would have had place: the perfect is kept
                return f"{written} {trap.split()[1]} {verbs.inflect(mine[0], 'participle')}{space}{rest}"
        return f"{written} {mine[0]}{space}{rest}"
    if verbs.perfect and verbs.base(words[0]) == verbs.perfect and second[1] in ("participle", "ed", "past") \
            and (second[1] != "past" or "participle" in verbs.bases.get(words[1], ("", ()))[1]):
        return f"{written} {verbs.inflect(mine[0], 'participle')}{space}{rest}"
    return ""


def _unreadable(words: list, read: tuple, verbs, lang: Optional[str]) -> bool:
    """Whether the form of the trap's first verb ``read`` (of the trap's lower-case ``words``) cannot be told:
    a base that is its own past too (put in work: put, put), an auxiliary before another verb form (has had
    place: the tense is the pair's), an -s or -ing form before a word of ``plural_before`` (forces of order: a
    plural noun, not a third person; a lifting of shields: a verbal noun, not a progressive)."""
    base, form = read
    if not form and words[0] in verbs.irregular.get(base, ((), ()))[0]:
        return True
    if len(words) > 1:
        after = _verb_form(words[1], verbs, lang) if base in verbs.participle_after else None
        if after and after[1] in ("ed", "past", "participle"):
            return True
        if form in ("s", "ing") and words[1] in verbs.plural_before:
            return True  # "forces of order", "the lifting of shields": a noun before "of", no verb form
    return False


_VERB_FORMS: dict = {}
"""lang -> (its inflection, its dictionaries, the :func:`_read_verb_form` answers read with them): see
:func:`_verb_form`."""


def _verb_form(word: str, verbs, lang: Optional[str]) -> Optional[tuple[str, str]]:
    """:func:`_read_verb_form`, remembered per word for the language's inflection ``verbs`` and dictionaries
    (a :class:`~mtqa.langs.cache.TwoGenerations` table of :data:`~mtqa.langs.cache.SOME_WORDS` words, started
    afresh when either object is another one: a test that swaps them reads its own answers).

    Why: an A501 suggestion or trap of several words reads its first words as verbs (:func:`_phrase_inflected`,
    :func:`_auxiliary_kept`), and the same few words ("take", "is", "makes", "has") come back in every
    translation of a trigger; each reading tried up to eleven stems against the dictionaries' suffix forms, ~1 %
    of the CPU of WMT14's 24,024 pairs. The answer is a pure function of the word, the inflection and the
    dictionaries, so the same.

    Why a table of its own beside :func:`~mtqa.langs.cache.memoize`: the dictionaries are records compared by value
    (:class:`~mtqa.langs.hunspell.Hunspell`, not hashable), and what tells a swapped inflection or dictionary is its
    identity, so the key is ``is`` on the two objects; per word it is :mod:`mtqa.langs.cache`'s :class:`TwoGenerations` all the same. One
    entry per target language is held (the last objects read with), so it stays bounded."""
    dicts = _dictionaries(lang)
    held = _VERB_FORMS.get(lang)
    if held is None or held[0] is not verbs or held[1] is not dicts:
        held = _VERB_FORMS[lang] = (verbs, dicts, TwoGenerations(SOME_WORDS, lambda w: _read_verb_form(w, verbs, lang)))
    return held[2][word]


def _read_verb_form(word: str, verbs, lang: Optional[str]) -> Optional[tuple[str, str]]:
    """(base, form) of ``word`` read as a verb: the irregular verbs' tables (took: take, past; is: be, s; are: be,
    ""), else a base the dictionaries give that suffix form of (carried: carry, "ed" for a past or a
    participle; carrying: carry, "ing"), else the word as a base when the dictionaries give it -ing and -ed forms;
    None for a word read as no verb (the, again, nearly, morning)."""
    low = word.lower()
    base = verbs.base(low)
    if base:
        return (base, "") if base == low else (base, verbs.irregular_form(low))
    dicts = _dictionaries(lang)
    if not dicts or not low.isalpha():
        return None
    from mtqa.langs import hunspell, language

    function_words = language(lang).function_words

    def is_verb(stem: str, prefixed: bool = True) -> bool:
        """The dictionaries make its -ing and -ed forms of it (not "the": thing); or it is a prefix (of the
        inflection's) before such a verb, whose forms the dictionaries derive from it (unfold: fold)."""
        if stem in verbs.irregular:
            return True
        forms = hunspell.suffix_forms(dicts, stem)
        if verbs.inflect(stem, "ing") in forms and verbs.inflect(stem, "past") in forms:
            return True
        if stem in forms and stem not in function_words and _rule_forms_known(stem, verbs, dicts):
            # pass, release: the dictionaries hold passed, released as entries of their own; a function word is
            # no verb for it ("to": toing and toed are words, of another sense)
            return True
        # the dictionaries must hold the prefixed word with a verb's form of its own (unfold: unfolding), else it
        # is a noun that opens with a prefix (outbreak, outcome, upkeep)
        held = forms and (verbs.inflect(stem, "ing") in forms or verbs.inflect(stem, "past") in forms)
        split = verbs.prefixed(stem) if prefixed and held else None
        return bool(split) and is_verb(split[1], False)

    for form, ending, stems in (("ing", "ing", (low[:-3], low[:-3] + "e", low[:-4])),
                                ("ed", "ed", (low[:-1], low[:-2], low[:-3], low[:-3] + "y")),
                                ("s", "s", (low[:-1], low[:-2], low[:-3] + "y"))):
        if low.endswith(ending) and len(low) > len(ending) + 1:
            for stem in stems:
                if len(stem) > 1 and verbs.inflect(stem, "past" if form == "ed" else form) == low and is_verb(stem):
                    return stem, form
    return (low, "") if is_verb(low) else None


def _rule_forms_known(stem: str, verbs, dicts) -> bool:
    """Whether the inflection rules' -ing and past forms of ``stem`` are both words the dictionaries accept.
    Why: Hunspell's English files list many verbs' -ed and -ing forms as entries of their own, not as suffix forms
    of the stem (pass: passed, passing; release: released), so a verb whose suffix forms lack them is still
    one when both its rule-made forms are words ("thing" is one, "thed" none: "the" is no verb)."""
    from mtqa.langs import hunspell

    return all(hunspell.in_dictionary(dicts, verbs.inflect(stem, form)) for form in ("ing", "past"))


def _irregular_form(verbs, base: str, suggestion: str, trap: str, want: str) -> str:
    """The irregular verb ``base`` (of the one-word ``suggestion``) in the form ``want`` of the trap: its -s and
    -ing forms; after a past or participle trap, the trap's own form where the trap is irregular (knew: past,
    known: participle), else the suggestion as written when it is already one of the two (the frame's
    "said"), else the past; after a stem trap, the base."""
    if want in ("s", "ing"):
        return verbs.inflect(base, want)
    if want == "ed":
        form = verbs.irregular_form(trap)
        if form in ("past", "participle"):
            return verbs.inflect(base, form)
        return suggestion if verbs.irregular_form(suggestion) in ("past", "participle") else verbs.inflect(base, "past")
    return base


def _same_case(form: str, like: str) -> str:
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


@memoize(SOME_WORDS)
def _dictionaries(lang: Optional[str]) -> tuple:
    """The Hunspell dictionaries of the target language ``lang`` (empty without one)."""
    if not lang:
        return ()
    from mtqa.langs import language
    return language(lang).dictionaries
