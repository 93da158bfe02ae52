"""The reference judge of bench/recall_wmt.py: when a flag's choice is really the reference's own."""
from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import recall_wmt  # noqa: E402

kept = recall_wmt.kept_by_reference


def test_a_phrase_is_kept_only_as_a_phrase():
    src = "Le quotidien Le Courrier du Soir raconte la suite."
    ref = "The daily Le Courrier du Soir tells the rest of the story."
    assert not kept("the Courrier", ref, "The daily the Courrier of the Evening tells the rest.", src)
    assert kept("Le Courrier", ref, "The daily Le Courrier du Soir tells the rest.", src)


def test_a_capitalised_word_is_kept_only_capitalised():
    src = "Selon Marc Lapierre, la saison commence."
    ref = "According to Marc Lapierre, the season is about to start."
    assert not kept("To", ref, "According to Marc To Stone, the season starts.", src)
    assert kept("Lapierre", ref, "According to Marc Lapierre, the season starts.", src)


def test_a_name_kept_whole_by_the_reference_is_broken_by_a_half_translation():
    src = "Elle travaille au Centre des Forêts Humides de Lyon."
    ref = "She works at the Centre des Forêts Humides in Lyon."
    assert not kept("Humides", ref, "She works at the Centre for Forests Humides of Lyon.", src)
    # the output kept the whole name, as the reference did: the reference's own choice
    assert kept("Humides", ref, "She works at the Centre des Forêts Humides of Lyon.", src)


def test_a_word_absent_from_the_reference_is_not_kept():
    src = "Il vit à Londres."
    assert not kept("Londres", "He lives in London.", "He lives in Londres.", src)


def test_a_capital_opening_a_sentence_or_quotation_is_not_the_word_s_own():
    # the output's capital is the sentence's: a reference writing the word mid-sentence made the same choice
    src = "« Beaucoup de gens seront déçus », a-t-il dit."
    ref = "He said that many people would be disappointed."
    assert kept("Many", ref, "&quot;Many people will be disappointed,&quot; he said.", src)
    assert kept("Many", ref, "Many people will be disappointed, he said.", src)
    assert kept("Many", ref, "He left. Many people will be disappointed.", src)
    # mid-sentence, the capital is the output's own choice, which the reference did not make
    assert not kept("Many", ref, "He said that Many people would be disappointed.", src)


def test_the_wmt14_split_is_fixed_by_the_document_id_alone():
    # the rule of the module docstring: the first byte of the SHA-256 of the id, even = read
    import hashlib
    ids = ["046e74a443b685ce31bfc96b28f9c140", "a", "b", "doc-17"]
    for docid in ids:
        even = hashlib.sha256(docid.encode("utf-8")).digest()[0] % 2 == 0
        assert recall_wmt.half_of(docid) == ("r" if even else "h")
    assert {recall_wmt.half_of(d) for d in ids} == {"r", "h"}  # both halves occur
    assert "SHA-256" in recall_wmt.__doc__ and "--split" in recall_wmt.__doc__


def test_a_lowered_name_flag_is_not_contradicted_by_a_judge_that_writes_the_capital():
    # a system that lower-cases its output: F201 says "a name written in lowercase", the reference writes the
    # name; the case-blind reading called the reference's "Dufresnoy" a keep of "dufresnoy" (a false alarm)
    import recall
    src = ["Selon Paul Dufresnoy, les travaux reprendront lundi à Lyon."]
    mt = ["according to paul dufresnoy , work will resume monday in lyon ."]
    ref = ["According to Paul Dufresnoy, work will resume on Monday in Lyon."]
    lowered = ("F201", 20, 29, "dufresnoy", "Dufresnoy", "'dufresnoy' is a name written in lowercase")
    copied = ("A205", 20, 29, "dufresnoy", "", "'dufresnoy' is left untranslated")
    opening = ("F201", 0, 9, "according", "According", "'according' is a name written in lowercase")
    _, verdicts, false = recall.evaluate("sys", src, mt, ref, {0: [lowered, copied, opening]}, [0],
                                         kept=recall_wmt.kept_by_reference)
    assert verdicts["F2"] == {"unjudged": 1, "false": 1}  # the name flag unjudged; "According" opens: kept
    assert verdicts["A2"] == {"false": 1}  # A205 on an untranslated word (no suggestion) never reads the capital
    assert [row[2:4] for row in false] == [("A205", "dufresnoy"), ("F201", "according")]
    # the judge writes the word in lower case too: a keep, the flag a false alarm
    ref2 = ["According to Paul Dufresnoy, the dufresnoy method will resume on Monday in Lyon."]
    _, verdicts, _ = recall.evaluate("sys", src, mt, ref2, {0: [lowered]}, [0], kept=recall_wmt.kept_by_reference)
    assert verdicts["F2"] == {"false": 1}


def test_a_lowered_name_opening_the_reference_s_sentence_keeps_its_capital():
    # "Rajchl" opens the reference's sentence: a word no English list has keeps its capital there too
    import recall
    flag = ("F201", 0, 7, "marczak", "Marczak", "'marczak' is a name written in lowercase")
    assert recall.lowered_name_written_by_judge(flag, "Marczak is more careful.")
    assert recall.lowered_name_written_by_judge(flag, "\"We will see,\" Marczak said.")
    common = ("F201", 0, 4, "many", "Many", "'many' is a name written in lowercase")
    assert not recall.lowered_name_written_by_judge(common, "Many will leave.")


def test_a_lowered_name_reported_by_a205_is_read_like_f201_s():
    # when both run, F201 yields a lowered source name to A205 (precedence): the judge's capital still decides
    import recall
    flag = ("A205", 0, 7, "marczak", "Marczak", "“marczak” is the name “Marczak” copied from the source in lower case")
    assert recall.lowered_name_written_by_judge(flag, "Marczak is more careful.")
    untranslated = ("A205", 0, 7, "marczak", "", "“marczak” is left untranslated")
    assert not recall.lowered_name_written_by_judge(untranslated, "Marczak is more careful.")


def test_a_romanisation_the_post_editor_copies_from_the_source_is_unjudged():
    # a minimal post-edit keeps the French source's "Tchernov"; that is no verdict on T102's "Chernov"
    import recall
    src = ["Le physicien Anatoli Tchernov a été libéré lundi."]
    mt = ["Physicist Anatoli Tchernov was released on Monday."]
    pe = ["The physicist Anatoli Tchernov was released on Monday."]
    flag = ("T102", 18, 26, "Tchernov", "Chernov", "“Tchernov” looks romanised by French rules")
    _, verdicts, false = recall.evaluate("sys", src, mt, pe, {0: [flag]}, [0])
    assert verdicts["T1"] == {"unjudged": 1} and false == []
    # the post-editor writes the name otherwise than the source: the oracle judges as before
    pe2 = ["The physicist Anatoli Tchernov, or Tchernoff, was released on Monday."]
    src2 = ["Le physicien Anatoli Tchernoff a été libéré lundi."]
    _, verdicts, _ = recall.evaluate("sys", src2, mt, pe2, {0: [flag]}, [0])
    assert verdicts["T1"] == {"false": 1}
    # a WMT reference that copies the source's spelling is no verdict either
    _, verdicts, _ = recall.evaluate("sys", src, mt, pe, {0: [flag]}, [0], kept=recall_wmt.kept_by_reference)
    assert verdicts["T1"] == {"unjudged": 1}


def test_a_french_only_format_the_reference_copies_is_unjudged():
    # the reference writes "(22h00)" as the output does: a defect of the reference, no verdict on L104
    import recall
    src = ["Le match face à la Bosnie (22h00) aura lieu mardi à Lisbonne."]
    mt = ["The match against Bosnia (22h00) will take place on Tuesday in Lisbon."]
    ref = ["The match against Bosnia (22h00) takes place on Tuesday in Lisbon."]
    time_flag = ("L104", 25, 30, "22h00", "10 p.m.", "French time format")
    evaluate = functools.partial(recall.evaluate, kept=recall_wmt.kept_by_reference,
                                 undecided=recall_wmt.french_form_kept_by_reference)
    _, verdicts, false = evaluate("sys", src, mt, ref, {0: [time_flag]}, [0])
    assert verdicts["L1"] == {"unjudged": 1} and false == []
    money = ("L106", 10, 14, "$ 70", "$70", "No space between a currency symbol and the amount")
    _, verdicts, _ = evaluate("sys", ["Il a blanchi 70 millions de dollars."], ["He laundered $ 70 million."],
                              ["He laundered $ 70 million."], {0: [money]}, [0])
    assert verdicts["L1"] == {"unjudged": 1}
    # a form English writes too is still judged by the reference: kept, so a false alarm
    ambiguous = ("L105", 10, 20, "25/10/2013", "October 25, 2013", "numeric date")
    _, verdicts, _ = evaluate("sys", ["Le délai est le 25/10/2013."], ["The deadline is 25/10/2013."],
                              ["The deadline is 25/10/2013."], {0: [ambiguous]}, [0])
    assert verdicts["L1"] == {"false": 1}
    # without the rule (the Potet post-edit judge), the copied form is a false alarm as before
    _, verdicts, _ = recall.evaluate("sys", src, mt, ref, {0: [time_flag]}, [0], kept=recall_wmt.kept_by_reference)
    assert verdicts["L1"] == {"false": 1}


def test_a_french_acronym_or_exonym_the_reference_copies_is_unjudged():
    # T2's forms are French's by construction: a reference writing "AIEA" copied the source, no verdict on T202
    import recall
    evaluate = functools.partial(recall.evaluate, kept=recall_wmt.kept_by_reference,
                                 undecided=recall_wmt.french_form_kept_by_reference)
    src = ["L'AIEA a inspecté le site."]
    mt = ["The AIEA inspected the site."]
    flag = ("T202", 4, 8, "AIEA", "IAEA", "French acronym")
    _, verdicts, false = evaluate("sys", src, mt, ["The AIEA has inspected the site."], {0: [flag]}, [0])
    assert verdicts["T2"] == {"unjudged": 1} and false == []
    # a reference that does not write it leaves the flag as it was (no positive on this line: unjudged)
    _, verdicts, _ = evaluate("sys", src, mt, ["Inspectors visited the site."], {0: [flag]}, [0])
    assert verdicts["T2"] == {"unjudged": 1}
    # inside a longer word it is no copy: still judged as before
    _, verdicts, _ = evaluate("sys", src, mt, ["The AIEAX site."], {0: [flag]}, [0])
    assert "false" not in verdicts["T2"]
    place = ("T201", 4, 16, "Tcheliabinsk", "Chelyabinsk", "French exonym")
    _, verdicts, _ = evaluate("sys", ["À Tcheliabinsk, il neige."], ["In Tcheliabinsk, it snows."],
                              ["In Tcheliabinsk, it is snowing."], {0: [place]}, [0])
    assert verdicts["T2"] == {"unjudged": 1}
    # without the rule the copied acronym is a false alarm, as before
    _, verdicts, _ = recall.evaluate("sys", src, mt, ["The AIEA has inspected the site."], {0: [flag]}, [0],
                                     kept=recall_wmt.kept_by_reference)
    assert verdicts["T2"] == {"false": 1}
