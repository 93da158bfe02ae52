"""One language pair: the facts that belong to neither language alone.

Built from ``mtqa/data/pairs/<src>-<tgt>.toml`` and the pair's tables in
``mtqa/data/names/`` (``exonyms.<src>-<tgt>.tsv``...): how long a translation
runs (the aligner's length model and the length-ratio bins of the omission
checks), how a source word is rendered in the target (elision glosses,
exonyms, titles, given names), the transliteration markers. A pair without
data files still works: every fact has a neutral default and the checks
that need a missing table find no rows.
"""
from __future__ import annotations

import functools

from mtqa.langs.cache import TABLES, memoize
from mtqa.langs.data import built_from, data_toml, pair_table
from mtqa.langs.language import Language
from mtqa.langs.text import fold
from mtqa.records import record


@record(frozen=True)
class LengthModel:
    """Gale–Church length model: target characters per source character (``c``) and the
    variance of ``len_tgt - c * len_src`` per source character (``s2``)."""

    ratio: float
    variance: float


@memoize(TABLES)
def default_length() -> LengthModel:
    """Gale and Church's published length model (``data/alignment.toml``), for a pair without its own."""
    data = data_toml("alignment.toml")["length"]
    return LengthModel(data["ratio"], data["variance"])


class LanguagePair:
    """The source and target :class:`Language` and the data of their pair."""

    def __init__(self, source: Language, target: Language):
        self.source, self.target = source, target
        source.paired_with(target.code)
        target.paired_with(source.code)
        self.code = f"{source.code}-{target.code}"
        self.data: dict = data_toml("pairs", f"{self.code}.toml")

    def __repr__(self) -> str:
        return f"LanguagePair({self.code!r})"

    @functools.cached_property
    def length(self) -> LengthModel:
        """The aligner's length model: the pair's measured one, else Gale and Church's published one."""
        data = self.data.get("alignment")
        return LengthModel(data["ratio"], data["variance"]) if data else default_length()

    @functools.cached_property
    def source_only_function_words(self) -> frozenset[str]:
        """Source function words the target does not share: evidence of source text."""
        return self.source.function_words - self.target.function_words

    @property
    def length_ratio_bins(self):
        """``[upper end of source length, low, high]`` bounds of human translations' length ratio, or None."""
        return self.data.get("length_ratio", {}).get("bins")

    @property
    def elision_gloss(self) -> dict[str, str]:
        """The usual target rendering of each elided source word (``d'`` -> ``of``)."""
        return self.data.get("elision_gloss", {})

    @property
    def name_particle_gloss(self) -> dict[str, str]:
        """The usual target rendering of the particles inside a source name (``de`` -> ``of``)."""
        return self.data.get("name_particle_gloss", {})

    @property
    def name_determiners(self) -> dict[str, list[str]]:
        """The source determiners a name may begin with (``les``, ``mes``) and their target renderings."""
        return self.data.get("name_determiners", {})

    @functools.cached_property
    def names_with_target_article(self) -> frozenset[str]:
        """Folded source names the target writes with its own article (``marseillaise``: "the Marseillaise")."""
        return frozenset(fold(n) for n in self.data.get("names_with_target_article", {}).get("names", ()))

    @functools.cached_property
    @built_from(lambda self: ("pairs", f"{self.code}.toml"))
    def number_idioms(self) -> tuple[tuple[object, object], ...]:
        """``(source pattern or None, target pattern)`` of fixed expressions whose figures are not compared."""
        import re

        rows = self.data.get("number_idioms", {}).get("rows", [])
        return tuple((re.compile(s, re.I) if s else None, re.compile(t, re.I)) for s, t in rows)

    @functools.cached_property
    def shared_suffixes(self) -> tuple[str, ...]:
        """Endings of learned words both languages write alike (``-ation``, ``-ature``)."""
        return tuple(self.data.get("shared_words", {}).get("suffixes", ()))

    @functools.cached_property
    def vowel_alternations(self) -> frozenset[frozenset[str]]:
        """Pairs of vowels that romanisations of one name interchange (o/u of Morsi, Mursi)."""
        rows = self.data.get("transliteration", {}).get("vowel_alternations", ())
        return frozenset(frozenset(r) for r in rows)

    @functools.cached_property
    def romanisation_respellings(self) -> tuple[tuple[str, str], ...]:
        """Letters of the source press read as an English romanisation writes them before vowels are compared
        (``respellings``: French ou is u, Youssef and Yousif), in the order written."""
        rows = self.data.get("transliteration", {}).get("respellings", ())
        return tuple((a, b) for a, b in rows)

    @functools.cached_property
    def romanisation_single_doubled(self) -> bool:
        """Whether a doubled letter is read once when romanisations are compared (French ss: Youssef)."""
        return bool(self.data.get("transliteration", {}).get("single_doubled_letters", False))

    @functools.cached_property
    def surname_suffixes(self) -> frozenset[str]:
        """Source words the target language keeps after a surname (Dumas ``fils``, Dumas ``père``)."""
        return frozenset(w.lower() for w in self.data.get("surname_suffixes", {}).get("words", ()))

    @functools.cached_property
    def name_endings(self) -> tuple[tuple[str, str, bool], ...]:
        """How the source language respells the endings of foreign names the target keeps closer to the
        original (``ie`` for ``ia``: Bulgarie, Bulgaria), as (source ending, target ending, whether it holds
        for any name: False for the ``dictionary_endings``, read only on the source dictionary's proper
        nouns), accents folded, in the order tried."""
        data = self.data.get("name_endings", {})
        return tuple((a, b, True) for a, b in data.get("endings", ())) + tuple(
            (a, b, False) for a, b in data.get("dictionary_endings", ()))

    @functools.cached_property
    def geographic_adjectives(self) -> dict[str, str]:
        """The source adjectives of the compass and the centre put after a place's name (``centrale`` of
        Asie centrale), every form, with the target adjective put before it (``Central``)."""
        return dict(self.data.get("geographic_adjectives", {}))

    @functools.cached_property
    def adjective_endings(self) -> tuple[tuple[str, str], ...]:
        """How the source language ends adjectives of places, eras and religions that it writes as common
        words and the target language capitalises (``ique`` for ``ic``: baltique, Baltic), as (source
        ending, target ending), accents folded, in the order tried."""
        return tuple((a, b) for a, b in self.data.get("name_endings", {}).get("adjective_endings", ()))

    @functools.cached_property
    def surname_letters(self) -> dict[str, frozenset[str]]:
        """Letters that mark a surname as written in another language's orthography, per kind of T108's
        foreign first names (``spanish``: á, í, ó, ú, ñ), less the source language's own letters."""
        own = set(self.source.extra.get("special_letters", ""))
        return {kind: frozenset(letters) - own
                for kind, letters in self.data.get("foreign_first_names", {}).get("surname_letters", {}).items()}

    @functools.cached_property
    def first_names_folded(self) -> frozenset[str]:
        """Given names of either language, folded: a capitalised word that is one names a person
        (Hillary, Gérard), whichever language's table holds it."""
        return self.source.first_names_folded | self.target.first_names_folded

    @functools.cached_property
    def given_names(self) -> dict[str, str]:
        """Folded source first name -> its traditional target equivalent (Étienne -> Stephen: the
        ``given_names`` table's first row for it), which the name checks read a first name's rendering by."""
        out: dict[str, str] = {}
        for row in self.table("given_names"):
            out.setdefault(fold(row["french"]), row["english"])
        return out

    @functools.cached_property
    def regnal_names(self) -> dict[str, str]:
        """Folded source first name -> the target form used only for monarchs and figures of antiquity
        (Alexandre -> Alexander: Alexandre le Grand; the ``regnal_names`` table), which T104 must not read
        as an anglicised name and T107/T111 read a monarch's name by."""
        return {fold(row["french"]): row["english"] for row in self.table("regnal_names")}

    @property
    def first_name_files(self) -> list:
        """The files of both languages' given-name tables: inputs of the tables compiled with them, in one
        order in every process (source, then target, each once), as a compiled table's fingerprint reads
        its inputs in order."""
        from mtqa.langs.data import data_path

        names = dict.fromkeys((self.source.extra.get("first_names"), self.target.extra.get("first_names")))
        return [data_path("names", name) for name in names if name]

    @property
    def transliteration(self) -> dict:
        """Markers of the source language's romanisation of names (suffixes...)."""
        return self.data.get("transliteration", {})

    def table(self, stem: str) -> tuple[dict[str, str], ...]:
        """The pair's ``<stem>.<src>-<tgt>.tsv`` name table (exonyms, titles, honorifics...), or no rows."""
        return pair_table(stem, self.code)
