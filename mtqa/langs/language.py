"""One language: everything mtqa knows about it, behind one object.

A :class:`Language` is built from ``mtqa/data/langs/<code>.toml`` (its name,
abbreviations, function words, Hunspell dictionaries, first-name list...) and
the shared services (folding, wordfreq frequencies, Hunspell lookup, number
conventions). Checks, the aligner and readers reach it through the run
context (``ctx.source``, ``ctx.target``) and never assume French or English.
Lookups are memoised per language under the one policy of
:mod:`mtqa.langs.cache`.
"""
from __future__ import annotations

import functools
from typing import Optional

from mtqa.langs import frequency, hunspell
from mtqa.langs.answered import COMMON_WORD, IN_DICTIONARY, Answered
from mtqa.langs.cache import TABLES, WORDS, memoize, word_memo
from mtqa.errors import DataError
from mtqa.langs.data import built_from, data_path, data_toml, exists, profile_word_list, table
from mtqa.langs.text import fold

_NO_WORDS: list = []
"""The one empty list a missing key reads, so its reading is cached like a present list's (never changed)."""


class Language:
    """A language's data and services; one instance per code (see :func:`mtqa.langs.language`)."""

    fold = staticmethod(fold)

    def __init__(self, code: str, data: Optional[dict] = None):
        data = data.copy() if data is not None else {}  # not dict(data): a partial $MTQA_DATA copy's table keeps its fallback
        # to mtqa's own file (mtqa.langs.data._Partial), so a table the copy leaves out is still mtqa's
        self.code: str = data.pop("code", code)
        self.name: str = data.pop("name", code)
        """The language's English name, for messages ("French", "Spanish")."""
        abbreviations = data.pop("abbreviations", ())
        self._abbreviations: dict = (abbreviations if isinstance(abbreviations, dict)
                                     else dict.fromkeys(abbreviations, ()))
        """The profile's one table of abbreviations, each with the words it stands for (a profile that needs no
        meaning may list them as an array): every view below is built from it, so they cannot drift apart."""
        self.abbreviations: frozenset[str] = frozenset(self._abbreviations)
        """The dotted words that end no sentence ("Dr", "U.S"), in their own case: every key of the table."""
        self.extra: dict = data
        self._word_sets: dict[str | tuple[str, str], frozenset[str]] = {}  # a profile key, or ("plural", key)
        self._word_lists: dict[tuple, tuple] = {}  # (section, key, lower) of profile_words: (list read, its words)
        self.hunspell_names: tuple[str, ...] = tuple(data.get("hunspell", (code,)))
        self.partners: set[str] = set()
        """Codes of the languages this one was paired with (:meth:`paired_with`)."""
        self._answered = Answered(self)
        """The dictionaries' prebuilt answers for frequent forms (:mod:`mtqa.langs.answered`)."""
        self.zipf = word_memo(WORDS)(functools.partial(frequency.zipf, lang=self.code))
        """wordfreq Zipf frequency of a word (any case; 0 when unseen)."""
        self.zipf_bound = functools.partial(frequency.zipf_bound, lang=self.code)
        """An upper bound of :attr:`zipf` known without reading the disk, or None (see
        :func:`mtqa.langs.frequency.zipf_bound`); not memoised: it costs what a lookup in memory does."""
        self.zipf_folded = word_memo(WORDS)(functools.partial(frequency.zipf_folded, lang=self.code))
        """(Zipf, spelling) of the most frequent word that folds like the given one."""
        self.in_dictionary = word_memo(WORDS)(self._in_dictionary)
        self.is_common_word = word_memo(WORDS)(self._is_common_word)
        self.has_proper_stem = word_memo(WORDS)(self._has_proper_stem)
        self.common_spelling = word_memo(WORDS)(self._common_spelling)
        """:meth:`_common_spelling`, memoised: asked again for the same words by A205's word test, the name
        heads of :class:`~mtqa.evidence.Evidence` and the name checks (WMT14's 24,024 pairs: 9,141 asks of 1,861
        words, each a dictionary and a folded-frequency lookup)."""
        self.is_finite_verb_form = word_memo(WORDS)(self._is_finite_verb_form)
        """:meth:`_is_finite_verb_form`, memoised: the word after a capitalised name is asked again in every
        sentence that names someone (WMT14: 1,674 asks of 468 words, each a Hunspell suffix analysis)."""

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    @property
    def a_name(self) -> str:
        """The name with its indefinite article, for messages: "a French", "an English"."""
        return ("an " if self.name[:1] in "AEIOU" else "a ") + self.name

    # -- word lists of the profile --------------------------------------------------------
    def word_set(self, key: str) -> frozenset[str]:
        """A word list of the profile (``function_words``, ``elisions``...), lower-cased, built once."""
        cached = self._word_sets.get(key)
        if cached is None:
            cached = self._word_sets[key] = frozenset(w.lower() for w in self.extra.get(key, ()))
        return cached

    def profile_words(self, section: str, key: str, lower: bool = True) -> tuple[str, ...]:
        """``<section>.<key>`` of the profile as a list of words (lower-cased unless ``lower`` is False), read
        once; a DataError naming the file and key when it is no list of non-empty strings (a string there would be
        read one letter at a time). The one reader of such lists for the checks' own sections."""
        words_of = self.extra.get(section, {})
        if not isinstance(words_of, dict):  # "mass_plural = 'x'": one line naming the file, not an AttributeError
            raise DataError(f"{data_path('langs', f'{self.code}.toml')}: {section} is not a table")
        found = words_of.get(key, _NO_WORDS)
        cache_key = (section, key, lower)
        cached = self._word_lists.get(cache_key)
        if cached is not None and cached[0] is found:  # the same list object: read before (a replaced one is read anew)
            return cached[1]
        profile_word_list(found, self.code, f"{section}.{key}", empty=True)
        words = tuple(w.lower() for w in found) if lower else tuple(found)
        self._word_lists[cache_key] = (found, words)
        return words

    # -- the plural: one rule set per language (the profile's ``plural`` table), read only here ---------
    @functools.cached_property
    @built_from(lambda self: ("langs", f"{self.code}.toml"))
    def _plural_rule(self) -> tuple[tuple[tuple[str, str], ...], str, tuple[str, ...]]:
        """(endings, suffix, unmarked endings) of the profile's ``plural`` table, lower case and checked: a
        ``$MTQA_DATA`` profile's malformed rule is a DataError naming its file, not a fault deep in a check."""
        rule = self.extra.get("plural", {})
        if not isinstance(rule, dict):
            raise ValueError(f"plural should be a table (endings, suffix, unmarked), not {rule!r}")
        rows, suffix, unmarked = rule.get("endings", ()), rule.get("suffix", ""), rule.get("unmarked", ())
        bad = next((row for row in rows if not (isinstance(row, list) and len(row) == 2
                                                and all(isinstance(part, str) for part in row))), None)
        if bad is not None or not isinstance(rows, list | tuple):
            raise ValueError(f"plural.endings should hold [ending, singular ending] pairs of strings, not {bad or rows!r}")
        if not isinstance(suffix, str):
            raise ValueError(f"plural.suffix should be a string, not {suffix!r}")
        if not isinstance(unmarked, list | tuple) or not all(isinstance(e, str) for e in unmarked):
            raise ValueError(f"plural.unmarked should be an array of strings, not {unmarked!r}")
        return (tuple((ending.lower(), base.lower()) for ending, base in rows), suffix,
                tuple(sorted({e.lower() for e in unmarked})))

    def _plural_words(self, key: str) -> frozenset[str]:
        """A word list of the profile's ``plural`` table (``invariable``: "police"; ``singular_in_s``:
        "news"), lower case; a list that is not one of strings is a DataError naming the profile."""
        cached = self._word_sets.get(("plural", key))
        if cached is None:
            words = self.extra.get("plural", {}).get(key, ()) if isinstance(self.extra.get("plural"), dict) else ()
            if not isinstance(words, list | tuple) or not all(isinstance(w, str) for w in words):
                from mtqa.errors import DataError
                from mtqa.langs.data import data_path

                raise DataError(f"plural.{key} should be an array of strings, not {words!r}",
                                path=str(data_path("langs", f"{self.code}.toml")))
            cached = self._word_sets[("plural", key)] = frozenset(w.lower() for w in words)
        return cached

    @property
    def plural_endings(self) -> tuple[tuple[str, str], ...]:
        """The profile's ``plural.endings``: (ending of a regular plural, what its singular ends with instead),
        ``("ies", "y")``; none for a language whose profile has none."""
        return self._plural_rule[0]

    def plural(self, word: str) -> str:
        """The regular plural of noun or adjective ``word`` by the profile's ``plural.suffix`` (none: the word
        itself), which a word ending in one of ``plural.unmarked`` does not take (français, suisses)."""
        _, suffix, unmarked = self._plural_rule
        if not suffix or word.lower().endswith(unmarked):
            return word
        return word + suffix

    def plural_spellings(self, word: str) -> tuple[str, ...]:
        """Every spelling a regular plural of ``word`` may take by ``plural.endings`` (French ``etat``:
        ``etats``, ``etatx``): what a plural of it could look like, for a test that cannot tell which."""
        return tuple(dict.fromkeys(word[:len(word) - len(base)] + ending for ending, base in self.plural_endings
                                   if word.endswith(base)))

    def noun_plurals(self, word: str) -> tuple[str, ...]:
        """The spellings a plural of lower-case noun ``word`` may take: :meth:`plural_spellings`, and for a word of
        the profile's ``plural.in_ves`` its plural with the f voiced ("knife": "knives"). Why apart from
        :meth:`plural_spellings`: the voiced plurals are listed words, written by a suggestion
        (:func:`mtqa.langs.trap_forms.inflected`), not a rule that reads any word ending in -ves as a plural
        ("saves", "gives")."""
        spellings = self.plural_spellings(word)
        if word in self._plural_words("in_ves"):
            spellings += (word[:-2 if word.endswith("fe") else -1] + "ves",)
        return spellings

    def noun_singular(self, word: str) -> str:
        """The singular of lower-case plural noun ``word`` most written (:meth:`singulars`, and the voiced
        plurals of ``plural.in_ves``: "lives" -> "life", not "live"); the word itself when none is a word."""
        from mtqa.langs.frequency import zipf

        voiced = [w for w in self._plural_words("in_ves") if word in self.noun_plurals(w)[-1:]]
        if voiced:
            return voiced[0]
        best = max(((zipf(s, self.code), s) for s in self.singulars(word)), default=(0.0, word))
        return best[1] if best[0] > 0 else word

    def has_plural_ending(self, word: str) -> bool:
        """Whether lower-case ``word`` ends like a regular plural (one of ``plural.endings``)."""
        return word.endswith(tuple(ending for ending, _ in self.plural_endings))

    def singulars(self, word: str) -> tuple[str, ...]:
        """The singulars lower-case ``word`` would have if it were a plural noun, one per row of
        ``plural.endings`` it ends with, when the singular is not empty (``companies``: ``companie``,
        ``company``; ``men``: ``man``; ``s``: none)."""
        return tuple(singular for singular, _ in self._singular_rows(word))

    def _singular_rows(self, word: str):
        """(singular, whether the row's ending is added to a whole singular) per row ``word`` ends with."""
        return ((word[:len(word) - len(ending)] + base, not base) for ending, base in self.plural_endings  # "": no cut
                if word.endswith(ending) and (len(word) > len(ending) or base))

    def is_plural_noun(self, word: str) -> bool:
        """Whether lower-case ``word`` reads as a plural noun by this language's own profile (another
        language's rule is no test of this one's words: French -x read on English words made "fox" a plural
        of "fo"): one of the profile's ``plural.invariable`` ("police"), or a word one of whose
        :meth:`singulars` is a common word of this language's dictionaries (none installed: the ending
        alone tells), unless it is one of ``plural.singular_in_s`` ("news"). A singular made by taking off
        an ending that a whole singular takes ("bu" from "bus") does not count when every dictionary lists
        the word as an entry of its own that takes such an ending itself ("bus", buses). The plural rules of
        a language live in its profile, whichever reader asks ("20 minutes after 9 calls", "... after 9
        people" count what follows: :func:`mtqa.numbers._counts_next`)."""
        if word in self._plural_words("invariable"):
            return True
        if word in self._plural_words("singular_in_s"):
            return False
        rows = list(self._singular_rows(word))
        if any(whole for _, whole in rows) and self._takes_plural(word):
            rows = [row for row in rows if not row[1]]  # "bus" is no "bu" + s: the dictionaries make "buses" of it
        return any(not self.dictionaries or self.is_common_word(singular) for singular, _ in rows)

    def _takes_plural(self, word: str) -> bool:
        """Whether every dictionary of this language lists ``word`` as an entry that one of its plural
        endings added to a whole singular extends ("bus" + "es"): a singular ending like a plural."""
        endings = {ending for ending, base in self.plural_endings if not base}
        return any(hunspell.takes_suffix(self.dictionaries, word, ending) for ending in sorted(endings))

    @functools.cached_property
    def short_forms(self) -> dict[str, tuple[str, ...]]:
        """Each symbol or abbreviation ("$", "Co") with the words it stands for (dollars, dollar; company),
        lower case: the abbreviations of the profile's table that have a meaning, and for a profile that has
        them the currency symbols of ``formats.toml`` (``[currency] spelled``, the English format checks'
        table: one table says which word a symbol stands for). Empty when the profile has none."""
        forms = {short: tuple(w.lower() for w in words) for short, words in self._abbreviations.items() if words}
        if forms:
            symbols: dict[str, list[str]] = {}
            for word, symbol in data_toml("formats.toml").get("currency", {}).get("spelled", {}).items():
                symbols.setdefault(symbol, []).append(word.lower())
            forms.update((symbol, tuple(words)) for symbol, words in symbols.items())
        return forms

    @functools.cached_property
    def function_words(self) -> frozenset[str]:
        return self.word_set("function_words")

    @functools.cached_property
    def grammar_zipf(self) -> float:
        """Zipf frequency from which a word of this language is grammar (the profile's ``grammar_zipf``:
        French de, la, à, est at 6.3-7.3), which a translation need not render word for word; content
        words stay below it. A profile without it has no word counted as grammar (infinity)."""
        value = self.extra.get("grammar_zipf")
        if value is None:
            return float("inf")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            from mtqa.errors import DataError
            from mtqa.langs.data import data_path

            raise DataError(f"grammar_zipf should be a number (a Zipf frequency), not {value!r}",
                            path=str(data_path("langs", f"{self.code}.toml")))
        return float(value)

    @functools.cached_property
    def expressive_repeat(self) -> int:
        """How many times one letter written in a row marks an expressive spelling of this language (the
        profile's ``expressive_repeat``: French and English write no word nor name with a letter tripled,
        so « Hmmm », « Ouaaah », "Brrr" are sounds drawn out, not names). A profile without it has none (0)."""
        value = self.extra.get("expressive_repeat")
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value < 2:
            from mtqa.errors import DataError
            from mtqa.langs.data import data_path

            raise DataError(f"expressive_repeat should be a whole number of letters from 2, not {value!r}",
                            path=str(data_path("langs", f"{self.code}.toml")))
        return value

    def expressive(self, word: str) -> bool:
        """``word`` draws out a sound by writing one letter :attr:`expressive_repeat` times or more in a row
        (Hmmm, Ouaaah): an interjection, which no check should read as a name or a word to translate."""
        n = self.expressive_repeat
        if not n or len(word) < n:
            return False
        run, prev = 0, ""
        for ch in word.lower():
            run = run + 1 if ch == prev else 1
            if run >= n and ch.isalpha():
                return True
            prev = ch
        return False

    @functools.cached_property
    def compass_points(self) -> dict[str, str]:
        """The profile's ``compass_points``: each compass point the language writes before a place in a region's
        name, with the adjective it stands for (East -> Eastern); read by the place adjectives (T201) and by F302
        (a sea named for a point: "sea of the North"), from this one table."""
        return dict(self.extra.get("compass_points", {}))

    def quotation_edge(self, side: str) -> str:
        """A regular expression (a non-capturing group) for one edge of a quotation in this language's text:
        ``side`` "opening" or "closing", each of the profile's ``quotation_marks`` of that side, a mark of
        ``spaced`` (the guillemets machine translation keeps from French) with one of ``inner_spaces`` or none on
        its inner side (« Oui », «Oui»). One definition, so that no pattern of the lexicon lists its own marks and
        misses the guillemets; a profile without ``quotation_marks`` matches nothing (``(?!)``)."""
        import re

        from mtqa.langs.data import NOTHING, alternation, char_class

        if side not in ("opening", "closing"):
            raise ValueError(f"quotation edge {side!r}: 'opening' or 'closing'")
        table = self.extra.get("quotation_marks") or {}
        marks = table.get(side) or []
        if not isinstance(marks, list) or not all(isinstance(m, str) and m for m in marks):
            raise DataError(f"{data_path('langs', f'{self.code}.toml')}: quotation_marks.{side} is not a list of "
                            f"marks")
        spaced = set(table.get("spaced") or ())
        space = char_class(table.get("inner_spaces") or ())
        space = "" if space == NOTHING else space + "?"
        plain = char_class(m for m in marks if m not in spaced)
        guillemets = [(re.escape(m) + space if side == "opening" else space + re.escape(m))
                      for m in marks if m in spaced]
        parts = ([plain] if plain != NOTHING else []) + guillemets
        return "(?:" + alternation(parts, form=str) + ")" if parts else NOTHING

    def speech_close(self) -> str:
        """A regular expression (a non-capturing group) for the end of a quotation that is direct speech, not a
        quoted name or title: one of ``reporting_inversion.speech_ends`` right before a closing mark, or a comma
        right after one ('"We are ready," declared X', '"We are ready", declared X'), or a quotation of
        ``reporting_inversion.speech_min_words`` words or more with neither (a clause, not a title); the single
        marks of ``quotation_marks.single_closing`` only after a speech end ('‘We will win,’ hammered X'), since
        alone they are apostrophes (the workers’ union). Why: '"Le Monde" revealed the affair' and 'The
        association "Droit au logement" welcomed the decision' put a name before a verb and its object; only
        speech makes the next noun phrase an inverted subject. The same reading as A617's
        (:func:`mtqa.langs.reporting._reported_clause`), from the same keys."""
        from mtqa.langs.data import NOTHING, alternation, char_class

        table = self.extra.get("reporting_inversion") or {}
        marks = self.extra.get("quotation_marks") or {}
        ends = table.get("speech_ends") or []
        single = marks.get("single_closing") or []
        least = table.get("speech_min_words")
        if not isinstance(ends, list) or not isinstance(single, list) or (least is not None and not isinstance(least, int)):
            raise DataError(f"{data_path('langs', f'{self.code}.toml')}: reporting_inversion.speech_ends, "
                            f"quotation_marks.single_closing or reporting_inversion.speech_min_words is malformed")
        opening, closing = self.quotation_edge("opening"), self.quotation_edge("closing")
        if closing == NOTHING:
            return NOTHING
        end = alternation(ends)
        after_end = closing if not single else f"(?:{closing}|{char_class(single)})"
        parts = [f"(?:{end})\\s*{after_end},?", f"{closing},"]
        if least and least > 1 and opening != NOTHING:
            inside = char_class([*(marks.get("opening") or []), *(marks.get("closing") or [])])
            word = f"[^\\s{inside[1:-1]}]+" if inside != NOTHING else r"\S+"
            parts.append(f"(?<!\\w){opening}\\s*{word}(?:\\s+{word}){{{least - 1},}}\\s*{closing}")
        return "(?:" + alternation(parts, form=str, ordered=True) + ")"

    @functools.cached_property
    def abbreviations_lower(self) -> frozenset[str]:
        """:attr:`abbreviations` lower-cased, for a check that reads a dotted word in any case ("Dept.")."""
        return frozenset(a.lower() for a in self.abbreviations)

    # -- given names -----------------------------------------------------------------------
    @property
    def first_names_table(self) -> Optional[str]:
        """The profile's ``first_names``: the name of a table of ``names/``, or None. A name mtqa does not
        read as data (``names.txt``, ``sub/x.tsv``: not one of :data:`~mtqa.langs.data.DATA_KINDS` at
        that place) is the profile's fault, said naming it, not a table silently left unread."""
        from mtqa.langs.data import data_path, is_data_file
        from mtqa.errors import DataError

        name = self.extra.get("first_names")
        if name and not (isinstance(name, str) and is_data_file(("names", name))):
            raise DataError(f"first_names should name a table of names/ ending in .tsv, not {name!r}",
                            path=str(data_path("langs", f"{self.code}.toml")))
        return name or None

    @functools.cached_property
    def first_names(self) -> frozenset[str]:
        """Given names of the profile's ``first_names`` table, case-folded (accents kept)."""
        name = self.first_names_table
        if not name or not exists("names", name):
            return frozenset()
        return _first_names(name)[0]

    @functools.cached_property
    def first_names_folded(self) -> frozenset[str]:
        """The same names folded (no accents): ``Gérard`` and ``GERARD`` meet."""
        name = self.first_names_table
        if not name or not exists("names", name):
            return frozenset()
        return _first_names(name)[1]

    @functools.cached_property
    def dictionary_first_names(self) -> frozenset[str]:
        """Given names the language's dictionaries tag as such (the profile's
        ``dictionary_first_name_tag``), folded; none without the tag or the dictionaries. Kept in mtqa's
        compiled cache under the dictionary files, the profile and this code: reading them from the 2.5 MB
        ``.dic`` costs ~0.3 s of CPU, which every run that asks would pay again (since stop 76 T102 asks in any
        article whose source names a country of Cyrillic names)."""
        tag = self.extra.get("dictionary_first_name_tag")
        if not tag:
            return frozenset()
        from mtqa.compiled import cached, code_files
        from mtqa.langs.data import data_files

        def build() -> frozenset[str]:
            return frozenset(fold(n) for n in hunspell.tagged_stems(self.hunspell_names, tag))

        inputs = [*hunspell.files(self.hunspell_names), *data_files("langs", f"{self.code}.toml"),
                  *code_files(build, type(self))]
        return frozenset(cached(f"dictionary-first-names-{self.code}", [p for p in inputs if p.is_file()], build))

    @functools.cached_property
    def dictionary_nouns(self):
        """Nouns the language's dictionaries tag as such (the profile's ``dictionary_noun_tag``), as
        written (a table on disk: :func:`hunspell.stems_tagged`); none without the tag."""
        tag = self.extra.get("dictionary_noun_tag")
        return hunspell.stems_tagged(self.hunspell_names, tag) if tag else {}

    @functools.cached_property
    def dictionary_grammar_words(self) -> tuple:
        """Grammar words the language's dictionaries tag as such (the profile's ``dictionary_grammar_tag``, one
        tag or a list: voilà, grâce of « grâce à »; là, près, the adverbs), as written: one table on disk per
        tag; none without the tag."""
        tags = self.extra.get("dictionary_grammar_tag") or ()
        if isinstance(tags, str):
            tags = (tags,)
        return tuple(hunspell.stems_tagged(self.hunspell_names, tag) for tag in tags)

    def is_dictionary_grammar_word(self, word: str) -> bool:
        """Lower-case ``word`` is a grammar word of the dictionaries (a preposition, a presentative, a
        word of a prepositional phrase, an adverb: ``voilà``, ``grâce``, ``là``). Why: a language borrows
        another's nouns and adjectives, not its grammar words, so such a word copied is the source's, not a
        loanword."""
        return bool(self.dictionaries) and any(word in table for table in self.dictionary_grammar_words)

    @functools.cached_property
    def _dictionary_attribute_tags(self) -> tuple:
        """(adjective stems, the adverb stems of each tag) the dictionaries tag by the profile's
        ``dictionary_adjective_tag`` and ``dictionary_adverb_tags``, each a table on disk; empty without them."""
        adjective, adverbs = self.extra.get("dictionary_adjective_tag"), self.extra.get("dictionary_adverb_tags")
        if not adjective or not adverbs:
            return {}, ()
        return (hunspell.stems_tagged(self.hunspell_names, adjective),
                tuple(hunspell.stems_tagged(self.hunspell_names, tag) for tag in adverbs))

    def is_dictionary_adverb(self, word: str) -> bool:
        """Lower-case ``word`` is an adverb of the dictionaries (``très``, ``moralement``, the negation's
        ``pas``); False without the tags."""
        return bool(self.dictionaries) and any(word in table for table in self._dictionary_attribute_tags[1])

    def is_dictionary_adjective(self, word: str) -> bool:
        """Lower-case ``word`` is an adjective of the dictionaries or a form one of them makes of one
        (``efficaces``, ``décevante``), and no grammar word (``sur``, ``même``: prepositions and adverbs the
        dictionaries list as adjectives too); False without the tag. Why: an adjective after a verb is its
        attribute (« s'est révélée efficace »), which changes how the verb is rendered ("proved effective")."""
        adjectives = self._dictionary_attribute_tags[0]
        return bool(self.dictionaries) and bool(adjectives) and not self.is_dictionary_grammar_word(word) \
            and hunspell.made_from(self.dictionaries, word, adjectives)

    @functools.cached_property
    def _subject_verb_forms(self) -> tuple:
        """(verb stems, suffix rules making the forms a verb takes after a named subject: third persons,
        participles) of the dictionaries, by the profile's ``dictionary_verb_tag`` and
        ``dictionary_subject_verb_fields``; empty without them."""
        tag, fields = self.extra.get("dictionary_verb_tag"), self.extra.get("dictionary_subject_verb_fields")
        if not tag or not fields:
            return {}, frozenset()
        return (hunspell.stems_tagged(self.hunspell_names, tag),
                hunspell.tagged_rules(self.hunspell_names, frozenset(fields)))

    def is_dictionary_noun(self, word: str) -> bool:
        """Lower-case ``word`` is a noun of the dictionaries, or the plural of one by the profile's plural
        endings (``télévisions``), and no form a verb takes after a named subject (``ferme``, ``annonce``
        of fermer, annoncer; ``télévisions`` of téléviser is a first person plural, which no name takes).
        Why: a verb or participle left after a name (Larry Hagman connut, Renault ferme) can be told from a
        noun that ends a brand's or a body's name (Nantes métropole, France télévisions)."""
        nouns = self.dictionary_nouns
        if not self.dictionaries or not (word in nouns or any(s in nouns for s in self.singulars(word))):
            return False
        return not self.is_subject_verb_form(word)

    def lists_as_noun(self, word: str) -> bool:
        """Lower-case ``word`` is a noun of the dictionaries or the plural of one, whatever else it is (``état``,
        ``assemblée``, ``président``: nouns, and verb forms too); unlike :meth:`is_dictionary_noun`, which puts a
        verb form first. Why: a common noun the source capitalises by convention (l'État, l'Assemblée) is its
        word, while a capitalised word the dictionary knows only as a participle or an adjective (Charmé) is
        a name."""
        nouns = self.dictionary_nouns
        return bool(self.dictionaries) and (word in nouns or any(s in nouns for s in self.singulars(word)))

    def is_subject_verb_form(self, word: str) -> bool:
        """Lower-case ``word`` is a form a verb of the dictionaries takes after a named subject (a third
        person or a participle: ``annonce``, ``ferme``, ``connut``), by the profile's verb tag and fields;
        False without them. Why: such a word right after a name is the sentence's verb (« Macron annonce »)
        even where the name is also a common word (macron, the accent) that could open a body's name."""
        verbs, rules = self._subject_verb_forms
        return bool(verbs) and hunspell.suffix_made(self.dictionaries, word, verbs, rules)

    @functools.cached_property
    def _finite_verb_rules(self) -> frozenset:
        """The suffix rules of the profile's ``dictionary_subject_verb_fields`` other than its
        ``dictionary_participle_fields`` (a form two rules make, ``dit``, is finite by the one of il dit)."""
        fields = set(self.extra.get("dictionary_subject_verb_fields") or ())
        fields -= set(self.extra.get("dictionary_participle_fields") or ())
        if not self.extra.get("dictionary_verb_tag") or not fields:
            return frozenset()
        return hunspell.tagged_rules(self.hunspell_names, frozenset(fields))

    def _is_finite_verb_form(self, word: str) -> bool:
        """Lower-case ``word`` is a :meth:`is_subject_verb_form` that is no participle (``annonce``,
        ``annonçait``, ``marcha``; not ``enchaîné``). Why: after a capitalised common word a finite form is
        the sentence's verb (« le président Macron annonce »: macron, the accent), where a participle may
        end the name as an adjective does (« Le Canard enchaîné », « Réseau ferré de France »)."""
        verbs, _ = self._subject_verb_forms
        return bool(verbs) and hunspell.suffix_made(self.dictionaries, word, verbs, self._finite_verb_rules)

    # -- dictionaries ----------------------------------------------------------------------
    @functools.cached_property
    def dictionaries(self) -> tuple[hunspell.Hunspell, ...]:
        """The installed Hunspell dictionaries of the language (none: checks use frequencies alone)."""
        return hunspell.dictionaries(self.hunspell_names)

    @property
    def has_dictionary(self) -> bool:
        return bool(self.dictionaries)

    def other_spellings(self, low: str) -> tuple[str, ...]:
        """The other spellings of the lower-case word ``low`` (English: plow, plough; labor, labour): where one of
        the language's dictionaries lacks it and another has it, each form a row of ``spelling_variants`` makes of
        it (a letter group swapped for the row's other) that a dictionary lacking ``low`` has.

        Why the dictionaries: a word both know (tower) is spelt alike by both, and a group swapped in it gives
        another word (tougher), not its spelling; a word only one knows (plowing: en_US) is one side's, and the
        other side's dictionary holds its other spelling (ploughing: en_GB). A bilingual dictionary writes one of
        the two, a translation may write the other (the name readings of
        :mod:`mtqa.checks.name_swaps.word_readings`)."""
        dicts = self.dictionaries
        lacking = [d for d in dicts if not d.lookup(low)]
        if not lacking or len(lacking) == len(dicts):
            return ()
        out = []
        for first, second in self.extra.get("spelling_variants", ()):
            for old, new in ((first, second), (second, first)):
                at = low.find(old)
                while at >= 0:
                    form = low[:at] + new + low[at + len(old):]
                    if any(d.lookup(form) for d in lacking):
                        out.append(form)
                    at = low.find(old, at + 1)
        return tuple(dict.fromkeys(out))

    def dictionary_names(self) -> tuple[str, ...]:
        """Names of the installed dictionaries, found without parsing them (for the run signature)."""
        return hunspell.installed(self.hunspell_names)

    def paired_with(self, code: str) -> None:
        """Note that a run checks this language against ``code`` (either way round): its dictionaries are then
        asked about that language's words too, whose frequent forms the prebuilt answers hold
        (:meth:`mtqa.langs.answered.Answered.lists`)."""
        if code != self.code:
            self.partners.add(code)

    def _in_dictionary(self, word: str) -> bool:
        """Hunspell acceptance with its case rules (``Earth``/``earth``; ``Sunday`` only capitalised): a frequent
        form's prebuilt answer (:mod:`mtqa.langs.answered`), else the dictionaries' analysis."""
        bits = self._answered.get(word)
        if bits is not None:
            return bool(bits & IN_DICTIONARY)
        return hunspell.in_dictionary(self.dictionaries, word)

    def _is_common_word(self, word: str) -> bool:
        """The lowercase form is a dictionary word (not only a proper noun): a frequent form's prebuilt answer,
        else the dictionaries' analysis."""
        bits = self._answered.get(word)
        if bits is not None:
            return bool(bits & COMMON_WORD)
        return hunspell.is_common_word(self.dictionaries, word)

    def _common_spelling(self, word: str) -> str:
        """The language's common-word spelling of ``word`` ("" if it has none): the word itself in lower
        case, or the most used spelling whose letters fold like it (``Etudiants`` -> ``étudiants``,
        ``Hotel`` -> ``hôtel``). Why: sources and names drop accents on capitals, and a word so written
        is still the language's; the checks that put its accents back read them here, in one place."""
        low = word.lower()
        if self.is_common_word(low):
            return low
        _, spelled = self.zipf_folded(low)
        return spelled if spelled and self.is_common_word(spelled) else ""

    def _has_proper_stem(self, word: str) -> bool:
        """A dictionary lists the capitalised form as a name (``French``, ``Martin``)."""
        return hunspell.has_proper_stem(self.dictionaries, word)

    # -- synonyms --------------------------------------------------------------------------
    @functools.cached_property
    def synonyms(self):
        """The language's close synonyms between the lexical model's stems (:mod:`mtqa.langs.synonyms`;
        empty for a language without a table)."""
        from mtqa.langs.synonyms import load_synonyms

        return load_synonyms(self.code)

    @functools.cached_property
    def rare_senses(self):
        """The language's rare words' sense neighbours and commoner siblings (:mod:`mtqa.langs.rare_senses`;
        empty for a language without a table): what A509 reads to tell a rare word used in its sense from a slip."""
        from mtqa.langs.rare_senses import load_rare_senses

        return load_rare_senses(self.code)

    # -- writing systems -------------------------------------------------------------------
    @functools.cached_property
    def scripts(self) -> frozenset[str]:
        """The scripts the language is written in (the profile's ``scripts``: English ``Latin``); empty for a
        profile that does not say, and then no letter is foreign to it (:mod:`mtqa.langs.scripts`)."""
        return frozenset(self.extra.get("scripts", ()))

    @functools.cached_property
    def symbol_scripts(self) -> frozenset[str]:
        """Scripts whose lone letters the language writes as symbols (``symbol_scripts``: Greek's α, Δ, μ)."""
        return frozenset(self.extra.get("symbol_scripts", ()))

    # -- numbers ---------------------------------------------------------------------------
    @functools.cached_property
    def numbers(self):
        """How the language writes numbers (``data/numbers/<code>.toml``), with its number reader."""
        from mtqa.numbers import conventions

        return conventions(self.code)


def load_language(code: str) -> Language:
    """The language ``code`` from ``langs/<code>.toml`` (a bare language if there is no file)."""
    return Language(code, data_toml("langs", f"{code}.toml"))


def _two_sets_of_strings(stored) -> bool:
    """:func:`_first_names`' stored table has its shape: two frozensets of strings (~0.2 ms for the 2 x 2,485)."""
    return (type(stored) is tuple and len(stored) == 2
            and all(type(part) is frozenset and set(map(type, part)) <= {str} for part in stored))


@memoize(TABLES)
def _first_names(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The given names of the table ``names/<name>``, case-folded, and the same folded (no accents), read from the
    compiled cache while the table (a ``$MTQA_DATA`` copy and mtqa's own) and this code are unchanged.

    Why: reading the 2,485 rows into dicts, case-folding and folding them cost ~6 ms of a one-line check's CPU
    (stop 70), where the stored sets load in well under 1 ms. A copy's faulty row still ends the run with a
    :class:`~mtqa.errors.DataError` naming the file and line: a changed copy changes the key, and the build reads
    the rows as before (in the run's own process, when a child building aside fails).

    The stored name carries the Python version and its Unicode data's (``casefold`` and :func:`fold`'s NFKD
    decomposition follow them), as :func:`~mtqa.langs.false_friend_lexicon._stored_keys` keys its parser: a cache folder
    is shared by every Python that runs mtqa for the user. A stored table of another shape than two sets of
    strings (a damaged file marshal still reads) is rebuilt, not read."""
    import sys
    import unicodedata
    from pathlib import Path

    from mtqa.compiled import cached, code_files
    from mtqa.langs.data import data_files, data_path

    def build() -> tuple[frozenset[str], frozenset[str]]:
        names = frozenset(row["name"].casefold() for row in table(name))
        return names, frozenset(fold(n) for n in names)

    if not isinstance(data_path("names", name), Path):  # inside a zip: no file identity to key the sets on
        return build()
    key = f"first-names-{name}-py{sys.version_info[0]}.{sys.version_info[1]}-u{unicodedata.unidata_version}"
    names, folded = cached(key, [*data_files("names", name), *code_files(build)], build, _two_sets_of_strings)
    return frozenset(names), frozenset(folded)
