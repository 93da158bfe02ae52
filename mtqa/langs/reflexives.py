"""Which verbs of a language take a reflexive object, and how a source pronominal verb shows (A508).

The one owner of ``mtqa/data/lexmodel/reflexives.<lang>.tsv.gz`` (counted by ``bench/reflexive_verbs.py``: the
verb forms of the language, the lemmas English data writes with "itself", "themselves" ..., the particles the
verb takes without the pronoun, the prepositions its passive prefers, the body nouns, the attributes after the
pronoun) and of ``lexmodel/reflexives.toml`` (the
pronouns, the words that tell a verb from a noun before them, the source clitics of each person). A faulty row
is a :class:`DataError` naming the file and line; a language without the table has none (A508 is then silent).
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from mtqa.langs.cache import TABLES, memoize
from mtqa.errors import DataError
from mtqa.langs.data import alternation, built_from, data_path, data_toml, profile_word_list, read_rows


class Form(NamedTuple):
    lemma: str
    kind: str
    """``base``, ``s``, ``ed`` or ``ing``."""
    bare: bool
    """The references write the form before a clause's end: without the pronoun it stands alone."""
    particles: frozenset[str]
    """Words the books write after the form ("flew away"): the frames in which the bare verb is English."""


class Reflexives(NamedTuple):
    forms: dict[str, Form]
    learned: frozenset[str]
    """Verb lemmas English writes with a reflexive pronoun (the books list the pair, or the references write it
    beyond chance)."""
    strength: dict[str, tuple[int, int]]
    """Lemma -> (its uses with a reflexive pronoun in the references, all its uses there): how much its (almost)
    never being reflexive there says."""
    attributes: frozenset[str]
    pronouns: dict[str, str]
    """Target pronoun -> the person key of its source clitics."""
    determiners: frozenset[str]
    verb_cues: frozenset[str]
    singular: frozenset[str]
    attribute_starts: tuple[str, ...]
    not_verbs: frozenset[str]
    sources: dict[str, tuple[int, int]]
    """Source verb stem -> (its human translations holding a reflexive pronoun, its pronominal uses) in the
    training news: whether translators keep the pronoun for that verb."""
    attributed: dict[str, tuple[int, int]]
    """The same counts of the uses among ``sources``' with an attribute after the verb (« se révéler efficace »):
    the rest are the verb alone (« se révéler »), whose translations may keep the pronoun where the linking verb's
    never do."""
    pattern: re.Pattern
    """A verb form followed by one of the pronouns (groups ``verb``, ``pronoun``, ``after``)."""
    frames: dict[tuple[str, str], float]
    """(lemma, preposition) -> the lift of the preposition after the lemma's ``-ed`` forms in the books' word pairs:
    a high one is the passive of "V something to/from ..." ("limited to", "separated from"), a frame in which a
    reflexive object is English's own ("limit itself to")."""
    prepositions: frozenset[str]
    body: frozenset[str]
    """Nouns whose first sense is a part of the body: "shot himself in the foot" names the patient's own body."""
    body_forms: frozenset[str]
    """``body`` and the plurals the target's ``plural.endings`` give them ("legs", "hands", and the profile's
    irregular spellings such as "feet": more forms than real plurals, which only widens what counts as a body part
    ending a phrase)."""
    continuations: frozenset[str]
    """Prepositions that carry a noun's phrase on ("in the face of"): after a body noun, it is no body part."""
    infinitive_markers: frozenset[str]
    """The words that open an infinitive ("to"): before a base form they are no preposition of a frame."""

    def source_evidence(self, stem: str, shortest: int = 5, attribute: Optional[bool] = None) -> tuple[int, int]:
        """(kept, seen) of a source verb stem, its own row pooled with the table's stems of ``shortest`` letters or
        more that begin it (the stemmer leaves some inflections longer: « enrichis » is "enrichi", « enrichir »
        "enrich"): one verb, one count. The stem itself is always read, however short (« pay », « cach »): its
        row is that verb's; only the pooling stops at ``shortest``, since a short prefix (« de », « a ») would
        pool another verb's counts into every verb that begins with it. ``attribute``: the uses with an attribute
        after the verb only (True), those without (False), or all (None)."""
        kept, seen = 0, 0
        for key in (stem, *(stem[:k] for k in range(len(stem) - 1, shortest - 1, -1))):
            total = self.sources.get(key)
            if total is None:
                continue
            with_attribute = self.attributed.get(key, (0, 0))
            row = total if attribute is None else with_attribute if attribute else \
                (total[0] - with_attribute[0], total[1] - with_attribute[1])
            kept, seen = kept + row[0], seen + row[1]
        return kept, seen


@memoize(TABLES)
@built_from("lexmodel", "reflexives.toml")
def reflexive_pronouns(target: str) -> tuple[str, ...]:
    """The reflexive pronouns of ``target`` as its profile lists them (lower case), read without the learned table:
    a segment that holds none of them cannot be a reflexive calque, and most segments hold none, so the check asks
    this first and a run whose text has no "itself"/"himself" never loads the 158 KB table (~35 ms)."""
    prof = data_toml("lexmodel", "reflexives.toml").get(target)
    # a language read only as a source (French: its clitics) lists no target pronouns and has no table
    return tuple(p.lower() for p in dict(prof.get("pronouns") or {})) if isinstance(prof, dict) else ()


@memoize(TABLES)
def reflexives(target: str) -> Optional[Reflexives]:
    """The table of ``target`` (None when the language has none)."""
    path = data_path("lexmodel", f"reflexives.{target}.tsv.gz")
    if not path.is_file():
        return None
    from mtqa.compiled import cached, code_files

    forms, learned, strength, attributes, sources, attributed, frames, body = cached(
        f"reflexives-{target}", [path, *code_files(_rows)], lambda: _rows(path))
    return _profile(target, forms, learned, strength, attributes, sources, attributed, frames, body)


@built_from("lexmodel", "reflexives.toml")
def _profile(target, forms, learned, strength, attributes, sources, attributed, frames, body) -> Reflexives:
    toml = data_toml("lexmodel", "reflexives.toml")
    prof = toml[target]
    pronouns = dict(prof["pronouns"])
    persons = {p for table in toml.values() if isinstance(table, dict) for p in dict(table.get("clitics") or {}).values()}
    wrong = sorted(f"{pronoun} = {person!r}" for pronoun, person in pronouns.items() if person not in persons)
    if wrong:
        # a misspelt person ("thrid") matches no source clitic: A508 would find no source verb and stay silent
        raise ValueError(f"[{target}].pronouns: {', '.join(wrong)} names no person of a source's clitics "
                         f"({', '.join(sorted(persons)) or 'none'})")
    pattern = re.compile(r"\b(?P<verb>[A-Za-z]+)\s+(?P<pronoun>" + alternation(pronouns) +
                         r")\b(?P<after>\s*[^\s]*(?:\s+[^\s]+)?)", re.IGNORECASE)
    return Reflexives(_shared_forms(forms), frozenset(learned),
                      dict(strength), frozenset(attributes), pronouns, frozenset(prof["determiners"]),
                      frozenset(prof["verb_cues"]), frozenset(prof["singular"]),
                      tuple(prof["attribute_starts"]), frozenset(prof["not_verbs"]), dict(sources),
                      dict(attributed), pattern,
                      {(lemma, p): lift for lemma, p, lift in frames}, frozenset(prof["prepositions"]),
                      frozenset(body), _body_forms(target, body), frozenset(prof["continuations"]),
                      frozenset(prof["infinitive_markers"]))


def _shared_forms(rows: dict) -> dict[str, Form]:
    """The table's forms, each lemma, kind and particle set held once, shared by the forms that have it.

    Why: the English table's 18,881 forms name 6,255 lemmas, a handful of kinds and 152 distinct particle sets
    (17,790 of them empty), but read back from the compiled cache each row had its own strings and its own
    frozenset: 13.6 MB for the table, held by every run for its whole life (issue 14's 300 MB at a million
    segments). Equal values are the same answers; no caller tells one copy from another."""
    shared: dict = {}

    def one(value):
        return shared.setdefault(value, value)

    return {w: Form(one(f[0]), one(f[1]), f[2], one(frozenset(f[3]))) for w, f in rows.items()}


def _body_forms(target: str, body) -> frozenset[str]:
    """The body nouns and their regular plurals by ``target``'s profile."""
    from mtqa.langs import language

    lang = language(target)
    return frozenset(body) | frozenset(p for noun in body for p in lang.plural_spellings(noun))


def _rows(path):
    forms: dict = {}
    learned: set = set()
    strength: dict = {}
    attributes: set = set()
    sources: dict = {}
    attributed: dict = {}
    frames: list = []
    body: set = set()

    def row(cells: list) -> None:
        if cells[0] == "L" and len(cells) == 7:
            if cells[6] == "1":
                learned.add(cells[1])
            strength[cells[1]] = (int(cells[3]), int(cells[4]))
        elif cells[0] == "F" and len(cells) == 6:
            forms[cells[1]] = (cells[2], cells[3], cells[4] == "1",
                               tuple(p for p in cells[5].split(",") if p))
        elif cells[0] == "S" and len(cells) == 4:
            sources[cells[1]] = (int(cells[2]), int(cells[3]))
        elif cells[0] == "T" and len(cells) == 4:
            kept, seen, total = int(cells[2]), int(cells[3]), sources.get(cells[1])
            if total is None or kept > total[0] or seen - kept > total[1] - total[0]:
                # the verb-alone counts are the S row less this one: a T row beyond its S row makes them negative
                raise ValueError(f"a T row counts a subset of the uses of its stem's S row, on an earlier line "
                                 f"({cells[1]}: {kept} of {seen} against "
                                 f"{'no S row' if total is None else f'{total[0]} of {total[1]}'})")
            attributed[cells[1]] = (kept, seen)
        elif cells[0] == "A" and len(cells) == 2:
            attributes.add(cells[1])
        elif cells[0] == "P" and len(cells) == 4:
            frames.append((cells[1], cells[2], float(cells[3])))
        elif cells[0] == "B" and len(cells) == 2:
            body.add(cells[1])
        else:
            raise ValueError("a row is L<TAB>lemma<TAB>five counts, F<TAB>form<TAB>lemma<TAB>kind<TAB>bare<TAB>"
                             "particles, S<TAB>stem<TAB>two counts, T<TAB>stem<TAB>two counts, "
                             "P<TAB>lemma<TAB>preposition<TAB>lift, "
                             "B<TAB>noun or A<TAB>word")

    read_rows(path, row)
    return (forms, frozenset(learned), strength, frozenset(attributes), sources, attributed, tuple(frames),
            frozenset(body))


class Pronominal(NamedTuple):
    clitics: dict[str, str]
    not_after_elided: frozenset[str]
    between: frozenset[str]
    word: re.Pattern
    attribute_words: frozenset[str]
    attribute_adverbs: int


class Use(NamedTuple):
    """One pronominal verb of a source text."""
    person: str
    verb: str
    """The verb word in lower case (« engagée »)."""
    attribute: bool
    """An attribute follows the verb (« s'est révélée efficace », « se révéler être »): the verb links its
    subject to a quality, a meaning English renders with a linking verb and no pronoun ("proved effective"), where the
    verb alone may keep it (« elle se révélait » -> "she revealed herself")."""


@memoize(TABLES)
@built_from("lexmodel", "reflexives.toml")
def _pronominal(source: str) -> Optional[Pronominal]:
    table = data_toml("lexmodel", "reflexives.toml").get(source)
    if not table or "clitics" not in table:
        return None
    where = data_path("lexmodel", "reflexives.toml")
    objects = profile_word_list(table.get("object_pronouns"), source, f"[{source}].object_pronouns", path=where)
    attribute_words = profile_word_list(table.get("attribute_words"), source, f"[{source}].attribute_words",
                                        path=where)
    adverbs = table.get("attribute_adverbs")
    if not isinstance(adverbs, int) or isinstance(adverbs, bool) or adverbs < 0:
        raise DataError(f"{where}: [{source}].attribute_adverbs is "
                        f"{adverbs!r}: a count of words (0 or more) is due")
    return Pronominal(dict(table["clitics"]), frozenset(table["not_after_elided"]),
                      frozenset(table["auxiliaries"]) | frozenset(table["skip"]) | frozenset(objects),
                      re.compile(r"\w+['’]?|[.!?…;]", re.UNICODE), frozenset(attribute_words), adverbs)


def pronominal_uses(text: str, source: str) -> list[Use]:
    """Each pronominal verb of ``text`` in ``source``'s reading: the clitic, then the auxiliaries, adverbs and
    object pronouns that may stand between (« se les sont partagés »: « les » is the verb's object, not the verb),
    then the verb, and whether an attribute follows it (:func:`_attribute`). Sentence punctuation (. ! ? … ;)
    is read as a word of its own so that neither look-ahead crosses it: « Elle s'est révélée. Efficace ou non,
    ... » has no attribute, the adjective belongs to the next sentence. The one reader, for A508 and for the
    build of its table."""
    prof = _pronominal(source)
    if prof is None:
        return []
    words = [w.lower().replace("’", "'") for w in prof.word.findall(text)]
    found = []
    for i, w in enumerate(words):
        person = prof.clitics.get(w)
        if person is None:
            continue
        j = i + 1
        if w.endswith("'") and j < len(words) and words[j] in prof.not_after_elided:
            continue
        while j < len(words) and (words[j] in prof.between or words[j] in prof.clitics):
            j += 1
        if j < len(words) and words[j].isalpha():
            found.append(Use(person, words[j], _attribute(words[j + 1:j + 2 + prof.attribute_adverbs], prof,
                                                          source)))
    return found


def _attribute(after: list[str], prof: Pronominal, source: str) -> bool:
    """Whether the words after a pronominal verb open its attribute: past at most ``attribute_adverbs`` adverbs
    of the source dictionary (« très », « moralement », « pas »), an adjective of the dictionary (« efficace », « décevante ») or a word of ``attribute_words`` (« être »). A
    language without the dictionary's tags reads no attribute. A punctuation mark is neither, so the
    look-ahead ends at a sentence end."""
    from mtqa.langs import language

    lang = language(source)
    for k, word in enumerate(after):
        if word in prof.attribute_words or lang.is_dictionary_adjective(word):
            return True
        if k == len(after) - 1 or not lang.is_dictionary_adverb(word):
            return False
    return False
