"""Sentence starts of mtqa.langs.text on hostile input."""


def test_sentence_start_after_many_bracket_pairs_is_linear():
    """Each closing bracket asks about its opener and about the text before it: without a memo the work
    doubled with every pair, and 24 "()" before a word took ten seconds in a check run."""
    import time

    from mtqa.langs.text import at_sentence_start, opens_sentence

    text = "() " * 24 + "Pierre"  # 7.5 s for 22 pairs before the memo, x4 per two pairs
    began = time.perf_counter()
    assert opens_sentence(text, len(text) - 6) == opens_sentence(text, len(text) - 6, {})
    at_sentence_start(text, len(text) - 6)
    assert time.perf_counter() - began < 2.0
