"""The one split of a text (mtqa.words) gives what each word pattern gives, and its cache stays bounded."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtqa import words
from mtqa.config import Config
from mtqa.context import Context
from mtqa.evidence import Evidence
from mtqa.words import LETTERS_RE, ONE_APOSTROPHE_WORD_RE, WORD_RE, Splits, TextWords, text_words

TEXTS = [
    "Jusqu'aujourd'hui, l'équipe d’Orléans n'a rien dit.",
    "rock'n'roll fans of a'b'c'd'e met O'Neill's dog in Łódź.",
    "Charles-de-Gaulle, 3e étage_bis, x2y ''quoted'' it’s",
    "",
    "'",
    "a''b ’c’ d'",
]

# letters of several scripts, both apostrophes, digits, underscores, hyphens and spaces
_CHARS = st.sampled_from(list("aZéÉßłΩжд'’ -_1.") + ["\u00a0"])


@given(st.lists(_CHARS, max_size=40).map("".join))
@settings(max_examples=400, deadline=None)
def test_the_split_is_what_each_pattern_finds(text):
    split = TextWords(text)
    assert split.words == WORD_RE.findall(text)
    assert list(split.spans()) == [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    assert split.offsets[-1] == len(text) and len(split.offsets) == 2 * len(split.words) + 1
    assert split.one_apostrophe_words == ONE_APOSTROPHE_WORD_RE.findall(text)
    assert split.runs() == LETTERS_RE.findall(text)
    chained = any(w.count("'") + w.count("’") > 1 for w in split.words)
    assert split.chained is chained and split.chained is chained  # kept once read: the same answer again


def test_the_split_of_written_sentences():
    for text in TEXTS:
        split = TextWords(text)
        assert split.words == WORD_RE.findall(text)
        assert split.one_apostrophe_words == ONE_APOSTROPHE_WORD_RE.findall(text)
        assert split.runs() == LETTERS_RE.findall(text)
    assert TextWords(TEXTS[0]).words[0] == "Jusqu'aujourd'hui"
    assert TextWords(TEXTS[0]).one_apostrophe_words[:2] == ["Jusqu'aujourd", "hui"]


def test_the_evidence_and_the_name_checks_read_one_split():
    ctx = Context(Config())
    text = "Le ministre a reçu l'équipe à Paris."
    assert Evidence.of(ctx).words(text) is text_words(text, ctx).words


def test_a_run_context_holds_its_one_splits_and_evidence_and_other_contexts_ask_the_resource():
    ctx = Context(Config())
    assert ctx.splits is Splits.of(ctx)
    text = "Madame Girard est arrivée à Lyon hier."
    assert text_words(text, ctx) is Splits.of(ctx)[text]
    ev = Evidence.of(ctx)
    assert ev is ctx.evidence is Evidence.of(ctx) is ctx.resource("evidence", lambda: None)

    class Bare:  # a caller's own context: the run's caches alone, no attributes of a Context
        def __init__(self, real):
            self.resource, self.source, self.target = real.resource, real.source, real.target

    bare = Bare(Context(Config()))
    assert text_words(text, bare) is Splits.of(bare)[text]
    assert Evidence.of(bare) is Evidence.of(bare) is bare.resource("evidence", lambda: None)
    assert not hasattr(bare, "evidence")


def test_splits_keep_texts_asked_again_and_stay_bounded(monkeypatch):
    monkeypatch.setattr(words, "GENERATION", 4)
    splits = Splits()
    source = splits("la source")
    for i in range(20):  # each "system" adds new texts, and asks for the source again
        splits(f"target {i}")
        assert splits("la source") is source
    assert len(splits) + len(splits._old) <= 8  # the young generation is the dict itself
    once = splits("asked once")
    for i in range(10):
        splits(f"other {i}")
    assert splits("asked once") is not once  # dropped with its generation, split again


@given(st.lists(_CHARS, max_size=40).map("".join))
@settings(max_examples=200, deadline=None)
def test_readers_of_the_split_see_their_own_patterns_words(text):
    from mtqa.checks import casing

    ctx = Context(Config())
    assert casing._token_words(text, ctx) == casing.TOKEN_RE.findall(text)


def test_capitals_and_lower_case_letters_cover_central_european_names():
    # one owner of both classes, Latin-1 and Latin Extended-A plus the Romanian comma-below letters
    import re

    capital = re.compile(rf"[{words.UPPER}]")
    lower = re.compile(rf"[{words.LOWER}]")
    for c in "AZÀÖØÞŁŠŽŐȘȚĆČĐĞİŒŸ":
        assert capital.fullmatch(c) and not lower.fullmatch(c), c
    for c in "azßàöøÿłšžőșțćčđğıœ":
        assert lower.fullmatch(c) and not capital.fullmatch(c), c
    for c in "×÷1_- 'ª":
        assert not capital.fullmatch(c) and not lower.fullmatch(c), c
    assert not re.compile(rf"[{words.LOWER_BEYOND_ASCII}]").search("plain ascii words")
    # valid negated too: a capitalised word is a letter that is no lower-case one
    assert re.findall(rf"(?<!\w)[^\W\d_{words.LOWER}]\w*", "Łukasz Szymański met Ștefan and Žižek in łódź") == \
        ["Łukasz", "Szymański", "Ștefan", "Žižek"]


def test_the_capital_word_readers_take_a_central_european_name():
    assert words.CAPITAL_WORD_BEFORE_RE.search("spoke to Łukasz ").group(1) == "Łukasz"
    assert words.CAPITAL_WORD_JUST_AFTER_RE.match(" Ștefan said").group(1) == "Ștefan"
