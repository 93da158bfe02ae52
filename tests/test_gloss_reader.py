"""A630's reader of the target's words (``glosses_out_of_frame``): it stems the words through the stem table in
one mapped pass and reads a stem's matches only for a gloss it reports, so each occurrence of the gloss must
still be reported, at its own span and in order, and nothing where the usual rendering stands."""
from mtqa.checks.gloss_frames import glosses_out_of_frame
from mtqa.meaning.tokens import stem, stem_table

SOURCE = "Les syndicats de la société civile ont rejeté le projet de réforme des retraites."


def spans(target):
    return [(start, end, word) for start, end, word, *_ in glosses_out_of_frame(SOURCE, target, "fr", "en")]


def test_every_occurrence_of_the_gloss_at_its_own_span_in_order():
    target = "Company unions of the civil company rejected the pension reform plan."
    assert spans(target) == [(0, 7, "Company"), (28, 35, "company")]


def test_one_gloss_among_other_words():
    assert spans("The unions of civil company rejected the pension reform plan.") == [(20, 27, "company")]


def test_no_gloss_where_the_usual_rendering_stands():
    assert spans("The unions of civil society rejected the pension reform plan.") == []


def test_stem_table_gives_the_stems_of_stem():
    words = ["organisations", "denounced", "company", "companies", "société"]
    assert [stem_table("en")[w] for w in words] == [stem(w, "en") for w in words]
