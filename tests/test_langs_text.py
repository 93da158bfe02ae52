"""Sentence starts of mtqa.langs.text on hostile input."""
from mtqa.langs.text import at_sentence_start, opens_sentence


class _Counted(str):
    """A text that counts the characters read from it: how the walks' work is measured (a test does not
    time; performance figures live in bench/)."""
    reads = 0

    def __getitem__(self, k):
        _Counted.reads += 1
        return str.__getitem__(self, k)


def _reads(text: str, opens: bool) -> int:
    """Characters both questions read about the word ending ``text`` (six letters), each answering ``opens``."""
    counted = _Counted(text)
    _Counted.reads = 0
    start = len(counted) - 6
    assert opens_sentence(counted, start) is opens and at_sentence_start(counted, start) is opens
    return _Counted.reads


def test_sentence_start_after_many_bracket_pairs_is_linear():
    """Each closing bracket asks about its opener and about the text before it: without a memo the work
    doubled with every pair, and 24 "()" before a word took ten seconds in a check run. Counted here as the
    characters the questions read (a test does not time: performance figures live in bench/)."""
    def reads(pairs: int) -> int:
        return _reads("() " * pairs + "Pierre", True)

    small, large = reads(8), reads(16)  # twice the pairs: linear twice the reads, doubling per pair 256 times
    assert small and large <= 3 * small, (small, large)


def test_sentence_start_after_more_bracket_pairs_than_the_recursion_limit_is_read():
    """Each closing bracket asked about its opener by a call of its own: 600 "()" before a word, within the
    2,000 characters a segment is checked on, ended the run with "internal error: RecursionError"."""
    text = "() " * 600 + "Pierre"
    assert opens_sentence(text, len(text) - 6) and at_sentence_start(text, len(text) - 6)
    aside = "It rained (a) " + "(b) " * 600 + "Pierre"  # an aside inside a sentence, however many follow
    assert not opens_sentence(aside, len(aside) - 6) and not at_sentence_start(aside, len(aside) - 6)


def test_sentence_start_after_a_run_of_quote_marks_reads_the_run_a_bounded_number_of_times():
    """Walking back a run of quote marks asked each mark where the run after it ends: 2,000 marks before a word
    took 0.09 s a question, 8,000 took 1.5 s (the square of the run's length). Counted here as the characters
    the two questions read (a test does not time: performance figures live in bench/)."""
    def reads(marks: int) -> int:
        return _reads("She said no" + "\"'" * (marks // 2) + " Pierre", False)

    small, large = reads(1000), reads(8000)  # 8 times the marks: linear 8 times the reads, quadratic 64 times
    assert small and large <= 12 * small, (small, large)


def test_the_word_before_a_position_is_read_one_way_by_every_check():
    # three checks (T108's nationality before a name, the demonym check's determiner, R's verb before a
    # doubled pronoun) each held their own copy of this pattern
    from mtqa.checks import demonyms, foreign_first_names, repetition
    from mtqa.langs.text import word_before

    text = "le chef Français\u00a0 Luc, 12 Luc"
    assert word_before(text, text.index("Luc"), 40) == "français"  # lower case, any spaces between
    assert word_before(text, text.index("Luc"), 2) == ""  # only the reach is read: two spaces, no word
    assert word_before(text, text.rindex("Luc"), 40) == ""  # a figure is no word
    assert word_before("Luc", 0, 40) == "" and word_before("chef,Luc", 5, 40) == ""
    assert not any(hasattr(m, "_WORD_BEFORE") for m in (demonyms, foreign_first_names, repetition))
