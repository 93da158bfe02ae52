"""Cross-system checks (A609, A610): a translation judged against the other systems' translations of its source."""
from __future__ import annotations

import json

import pytest

from mtqa.checks.cross_system import CrossSystemOmission, check_translations
from mtqa.config import Config
from mtqa.context import Context

SOURCE = "Les pompiers ont presque maîtrisé l'incendie de la vieille usine textile du quartier."
OTHERS = [
    "The firefighters have almost controlled the fire of the old textile factory of the district.",
    "Firefighters have nearly brought under control the fire at the old textile plant in the neighbourhood.",
    "The firefighters almost controlled the fire in the old textile factory of the district.",
    "The firemen have almost mastered the fire of the old textile factory in the district.",
]
DROPPED = "The firefighters have controlled the fire of the old textile factory of the district."


def _issues(translations: dict, **options):
    ctx = Context(Config(options={"A609": options} if options else {}))
    return check_translations(SOURCE, translations, ctx)


def test_a_word_every_other_system_renders_is_an_omission_naming_the_word_and_the_renderings():
    found = _issues({**{f"s{k}": t for k, t in enumerate(OTHERS)}, "lost": DROPPED})
    mine = [i for system, i in found if system == "lost"]
    assert [i.code for i in mine] == ["A609"]
    issue = mine[0]
    assert issue.severity.value == "minor" and issue.category == "accuracy" and issue.subcategory == "omission"
    assert issue.confidence == 1.0
    assert "“presque” of the French has no counterpart here; 4 of 4 other translations render it as " \
           "“almost”/“nearly”" == issue.message
    assert issue.suggestion == "almost"
    assert not [i for system, i in found if system != "lost"]


def test_unanimity_of_enough_others_is_major_when_asked():
    translations = {**{f"s{k}": t for k, t in enumerate(OTHERS)}, "lost": DROPPED}
    assert [i.severity.value for _, i in _issues(translations, major_others=4)] == ["major"]
    assert [i.severity.value for _, i in _issues(translations, major_others=5)] == ["minor"]


def test_agreement_is_the_confidence_and_too_little_agreement_is_silent():
    three = {"s0": OTHERS[0], "s1": OTHERS[1], "s2": OTHERS[2], "lost": DROPPED,
             "s3": "Firefighters controlled the fire at the old textile plant of the district."}
    found = [i for system, i in _issues(three) if system == "lost"]
    assert [(i.code, i.confidence) for i in found] == [("A609", 0.75)]
    assert "3 of 4 other translations" in found[0].message
    cloned = [i for system, i in _issues({**three, "s3": DROPPED}) if system == "lost"]
    assert ["3 of 3" in i.message for i in cloned] == [True]  # a clone does not count
    two = {"s0": OTHERS[0], "s1": OTHERS[1], "lost": DROPPED}
    assert not _issues(two)  # 2 agreeing others are under min_agree
    assert [system for system, _ in _issues(two, min_agree=2)] == ["lost"]


def test_a_rendering_the_others_used_or_a_derivative_of_one_is_a_counterpart():
    others = {f"s{k}": t for k, t in enumerate(OTHERS)}
    for kept in ("The firefighters have controlled the fire of the old textile factory of the district, almost.",
                 "The firefighters have controlled the fire of the old textile factory of the district nearly."):
        assert not [i for system, i in _issues({**others, "kept": kept}) if system == "kept"]


def test_a_stand_in_word_where_the_source_word_belongs_is_a_mistranslation_naming_it():
    source = "Le conseil veut limiter le bruit des avions au-dessus du parc."
    others = ["The council wants to limit the noise of planes over the park.",
              "The council wants to limit aircraft noise above the park.",
              "Council wants limiting the noise of the planes over the park.",
              "The council wants to limit the noise of aircraft over the park."]
    bad = "The council wants to celebrate the noise of planes over the park."
    ctx = Context(Config())
    found = [i for system, i in check_translations(source, {**{f"s{k}": t for k, t in enumerate(others)},
                                                            "bad": bad}, ctx) if system == "bad"]
    assert [(i.code, i.subcategory, i.text) for i in found] == [("A610", "mistranslation", "celebrate")]
    assert found[0].message.startswith("“limiter” of the French is rendered here by “celebrate”; 4 of 4")


def test_a_single_translation_run_neither_runs_nor_signs_the_cross_system_checks():
    ctx = Context(Config())
    assert {c.code for c in ctx.cross_checks} == {"A609", "A610"}
    assert not {"A609", "A610"} & {c.code for c in ctx.checks}
    assert not {"A609", "A610"} & {c.code for c in ctx.document_checks}


def _write(path, lines, source_lines):
    with open(path, "w", encoding="utf-8") as f:
        for k, (s, t) in enumerate(zip(source_lines, lines), 1):
            f.write(json.dumps({"id": k, "doc": "d1", "source": s, "target": t}, ensure_ascii=False) + "\n")


@pytest.fixture
def systems(tmp_path):
    second_src = "Le musée rouvrira ses portes au printemps après deux ans de travaux."
    second = "The museum will reopen its doors in the spring after two years of work."
    paths = []
    for name, first in [*((f"sys{k}", t) for k, t in enumerate(OTHERS)), ("lossy", DROPPED)]:
        path = tmp_path / f"run.{name}.jsonl"
        _write(path, [first, second], [SOURCE, second_src])
        paths.append(str(path))
    return paths


def test_compare_counts_the_issue_in_the_system_totals_its_score_and_its_reports(systems):
    from mtqa import compare as cmp
    from mtqa.renderers.comparison import write_json, write_text

    stats = {s.name: s for s in cmp.compare(systems, Context(Config()))}
    lossy = stats["lossy"]
    assert lossy.by_code["A609"] == 1
    assert [issue.code for _, issue in lossy.cross] == ["A609"]
    assert all(not s.cross for name, s in stats.items() if name != "lossy")
    plain = {s.name: s for s in cmp.compare(systems, Context(Config(ignore=("A609", "A610"))))}
    assert plain["lossy"].issues == lossy.issues - 1
    assert lossy.penalty == pytest.approx(plain["lossy"].penalty + 1.0)
    assert lossy.mean_score < plain["lossy"].mean_score and lossy.ranking_score < plain["lossy"].ranking_score
    import io

    out = io.StringIO()
    write_json(list(stats.values()), out, "sig")
    record = next(r for r in json.loads(out.getvalue())["systems"] if r["system"] == "lossy")
    assert record["cross_system"][0]["code"] == "A609" and record["cross_system"][0]["doc"] == "d1"
    assert record["cross_system"][0]["line"] == 1
    text = io.StringIO()
    write_text(list(stats.values()), text, "sig")
    assert "A609 minor “presque”" in text.getvalue()
    from mtqa.renderers.comparison import write_html

    page = io.StringIO()
    write_html(list(stats.values()), page, "sig")
    assert "Against the other systems" in page.getvalue() and "“presque”" in page.getvalue()


def test_clones_do_not_vouch_for_each_other():
    check = CrossSystemOmission()
    entries = [("a", OTHERS[0]), ("b", OTHERS[0]), ("c", OTHERS[0]), ("lost", DROPPED)]
    assert [entries[f.entry][0] for f in check.judge(SOURCE, entries, "fr", "en")] == ["lost"]
    apart = frozenset({frozenset(("a", "lost")), frozenset(("b", "lost"))})
    assert not check.judge(SOURCE, entries, "fr", "en", apart)


def test_a_stand_in_that_translates_a_source_word_the_others_words_also_translate_is_a_synonym_not_flagged():
    source = "L'ancien ministre a visité l'usine de la ville hier matin."
    others = {f"s{k}": t for k, t in enumerate([
        "The former minister visited the factory of the city yesterday morning.",
        "The former minister visited the city factory yesterday morning.",
        "Former minister visited the town's factory yesterday morning.",
        "The former minister has visited the factory of the town yesterday morning."])}
    ctx = Context(Config())
    synonym = "The previous minister visited the factory of the city yesterday morning."
    assert not [i for s, i in check_translations(source, {**others, "x": synonym}, ctx) if s == "x"]
    wrong = "The green minister visited the factory of the city yesterday morning."
    assert [i.code for s, i in check_translations(source, {**others, "x": wrong}, ctx) if s == "x"] == ["A610"]


def test_no_agreement_floor_is_not_a_crash_and_flags_nothing_without_an_agreeing_other():
    # min_agree = 0 passes the config's range; a word no other translation renders with a content word
    # ("dernier" as "last", a function word) is no evidence against the one that leaves it out
    source = "La ministre a visité l'hôpital régional mardi dernier."
    others = {"s0": "The minister visited the regional hospital last Tuesday.",
              "s1": "The Minister visited the regional hospital last Tuesday.",
              "s2": "The minister has visited the regional hospital last Tuesday.",
              "s3": "The minister visited the regional hospital, last Tuesday."}
    ctx = Context(Config(options={code: {"min_agree": 0, "min_share": 0.0} for code in ("A609", "A610")}))
    found = check_translations(source, {**others, "x": "The minister visited the regional hospital on Tuesday."},
                               ctx)
    assert not found


def _write_text(path, paragraphs):
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def test_a_system_that_splits_a_source_sentence_in_two_is_judged_on_both_pieces(tmp_path):
    from mtqa import compare as cmp

    source = ["Nouvelles du jour",
              "Le maire a visité le nouvel hôpital régional mardi dernier avec la ministre de la santé.",
              "Les agriculteurs protestent contre la baisse des prix du lait."]
    whole = [["News of the day", "The mayor visited the new regional hospital last Tuesday with the health minister.",
              "Farmers are protesting against the fall in milk prices."],
             ["News of the day", "The mayor visited the new regional hospital on Tuesday with the minister of health.",
              "The farmers protest against the drop in milk prices."],
             ["Today's news", "The mayor has visited the new regional hospital last Tuesday with the health minister.",
              "Farmers protest against falling milk prices."],
             ["The day's news", "Mayor visited the new regional hospital last Tuesday with the health minister.",
              "Farmers protest against the fall of milk prices."]]
    split = ["News of the day",  # one paragraph of two sentences for the source's one
             "The mayor visited the new regional hospital last Tuesday. The health minister was with him.",
             "Farmers are protesting against the fall in milk prices."]
    _write_text(tmp_path / "src.txt", source)
    paths = []
    for k, paragraphs in enumerate([*whole, split]):
        _write_text(tmp_path / f"s{k}.txt", paragraphs)
        paths.append(str(tmp_path / f"s{k}.txt"))
    stats = cmp.compare(paths, Context(Config()), source=str(tmp_path / "src.txt"))
    assert stats[-1].segments == 4  # the headline, the two pieces, the last sentence
    assert [(issue.code, issue.message.split("”")[0]) for s in stats for _, issue in s.cross] == []
    lossy = ["News of the day", "The mayor visited the new regional hospital last Tuesday. The minister was with him.",
             "Farmers are protesting against the fall in milk prices."]
    _write_text(tmp_path / "s4.txt", lossy)  # "de la santé" lost in the second piece: reported there
    found = [issue for _, issue in cmp.compare(paths, Context(Config()), source=str(tmp_path / "src.txt"))[-1].cross]
    assert [(i.code, i.message.split("”")[0], i.segment) for i in found] == [("A609", "“santé", 2)]
    assert found[0].text == "him"  # the span is placed in the second piece, where the anchor is


def test_the_severity_table_applies_to_the_cross_system_issues(systems):
    from mtqa import compare as cmp
    from mtqa.model import Severity

    stats = {s.name: s for s in cmp.compare(systems, Context(Config(severity={"A609": Severity.MAJOR})))}
    assert [issue.severity.value for _, issue in stats["lossy"].cross] == ["major"]
    assert stats["lossy"].by_severity["major"] == 1 and not stats["lossy"].by_severity["minor"]
    assert stats["lossy"].penalty == pytest.approx(
        cmp.compare(systems, Context(Config()))[-1].penalty + Config().weights["major"] - Config().weights["minor"])


def test_an_item_that_ignores_a_code_gets_no_cross_system_issue_of_it(systems):
    from mtqa import compare as cmp

    lossy = systems[-1]
    with open(lossy, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    rows[0]["ignore"] = "A609"
    with open(lossy, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    stats = {s.name: s for s in cmp.compare(systems, Context(Config()))}
    assert not stats["lossy"].cross and not stats["lossy"].by_code["A609"]


def test_a_cross_system_issue_at_fail_on_fails_its_document(systems):
    from mtqa import compare as cmp
    from mtqa.model import Severity

    strict = {s.name: s for s in cmp.compare(systems, Context(Config(fail_on=Severity.MINOR, threshold=0.0)))}
    assert strict["lossy"].cross and strict["lossy"].passed == 0
    assert strict["sys0"].passed == 1


_TIED = '''
from mtqa.checks.cross_system import check_translations
from mtqa.config import Config
from mtqa.context import Context

source = "La nouvelle a été rapportée jeudi par le Daily Reporter, un journal de la ville."
others = ["The news was reported on Thursday by the Daily Reporter, a newspaper of the city.",
          "The news was reported Thursday by the Daily Reporter, a city newspaper.",
          "The news was reported on Thursday by the Daily Reporter, a local newspaper.",
          "News was reported on Thursday by the Daily Reporter, a newspaper from the city."]
odd = "The news was said on Thursday by the Daily Put, a newspaper of the city."
found = check_translations(source, {**{f"s{k}": t for k, t in enumerate(others)}, "x": odd}, Context(Config()))
print([(s, i.code, i.message, i.suggestion) for s, i in found])
'''


def test_the_message_and_suggestion_do_not_depend_on_the_process_hash_seed():
    # "Reporter" is rendered by "reporter" (the name) and "reported" (a cognate) in every other translation:
    # a tie the report must break the same way in every run
    import os
    import subprocess
    import sys

    runs = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        out = subprocess.run([sys.executable, "-c", _TIED], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        runs.add(out.stdout)
    assert len(runs) == 1 and "“Reporter”" in next(iter(runs))


def test_two_systems_given_the_same_name_are_still_two_systems(systems, tmp_path):
    from mtqa import compare as cmp

    renamed = tmp_path / "renamed.jsonl"  # the lossy system, its document under another id
    with open(systems[-1], encoding="utf-8") as f, open(renamed, "w", encoding="utf-8") as out:
        out.writelines(json.dumps({**json.loads(line), "doc": "d9"}, ensure_ascii=False) + "\n" for line in f)
    paths = [*systems[:3], str(renamed), systems[3]]
    stats = cmp.compare(paths, Context(Config()), names=["a", "b", "c", "same", "same"])
    assert [(s.name, [(doc, i.code) for doc, i in s.cross]) for s in stats] == [
        ("a", []), ("b", []), ("c", []), ("same", [("d9", "A609")]), ("same", [])]


def test_two_systems_given_the_same_name_each_keep_their_own_consensus_segments(systems):
    """The consensus entries wait by the system's place, as the cross pool's do: by name, the two systems named
    alike shared one list, and each was counted with the segments of both (4, not 2). (The consensus pool itself
    still meets them under their name, as one system: their values are not those of a run that names them apart.)"""
    from mtqa import compare as cmp

    def counted(names):
        return [s.consensus_segments for s in cmp.compare(systems, Context(Config()), names=names)]

    assert counted(["a", "b", "c", "same", "same"]) == counted(["a", "b", "c", "d", "e"]) == [2, 2, 2, 2, 2]


def test_two_systems_given_the_same_name_are_two_systems_in_the_consensus_pool(systems):
    """The consensus pool meets each system by its place too: keyed by name, two systems named alike were one
    system there (each translation left out the other's as a pseudo-reference, and a source translated by three
    systems, two named alike, had "2 systems": no consensus at all). Their consensus is that of a run that names
    them apart."""
    from mtqa import compare as cmp

    def consensus(names, paths=systems):
        return [(s.consensus, s.consensus_segments) for s in cmp.compare(paths, Context(Config()), names=names)]

    assert consensus(["a", "b", "c", "same", "same"]) == consensus(["a", "b", "c", "d", "e"])
    three = consensus(["x", "y", "x"], systems[:3])
    assert three == consensus(["x", "y", "z"], systems[:3]) and all(value is not None for value, _ in three)


def test_selecting_a_cross_system_check_in_mtqa_check_says_it_runs_only_in_compare(systems):
    from click.testing import CliRunner

    from mtqa.cli import main

    picked = CliRunner().invoke(main, ["check", "--select", "A609", "--format", "json", systems[-1]])
    assert picked.exit_code == 0
    report = json.loads(picked.stdout)
    assert [w for w in report.get("warnings", []) if "A609" in w and "mtqa compare" in w]
    assert "A610" not in " ".join(report["warnings"])
    for selection in ([], ["--select", "A6"]):  # a family prefix asks for the family, not for these two
        default = CliRunner().invoke(main, ["check", *selection, "--format", "json", systems[-1]])
        assert "mtqa compare" not in " ".join(json.loads(default.stdout).get("warnings", []))


def test_the_renderings_are_shown_and_suggested_as_the_others_write_them():
    source = "Le président a rencontré la chancelière à Berlin mardi dernier."
    others = {f"s{k}": t for k, t in enumerate([
        "The president met the chancellor in Berlin last Tuesday.",
        "The President met the Chancellor in Berlin on Tuesday.",
        "The president has met the chancellor in Berlin last Tuesday.",
        "President met the chancellor in Berlin last Tuesday."])}
    found = check_translations(source, {**others, "x": "The president met the chancellor in Bonn last Tuesday."},
                               Context(Config()))
    assert [(i.code, i.suggestion) for _, i in found] == [("A610", "Berlin")]
    assert found[0][1].message.endswith("4 of 4 other translations render it as “Berlin”")
    # a word the others write only at the start of their sentences is shown in lower case
    assert [i.suggestion for _, i in _issues({**{f"s{k}": t for k, t in enumerate(OTHERS)}, "lost": DROPPED})] \
        == ["almost"]


def test_a_cross_system_span_on_a_feed_ends_where_its_word_ends_in_the_file(tmp_path):
    """Feed segments map offsets to columns through entities and CDATA (``locate_end``): the end column of a
    cross-system issue is placed through that map as every other issue's is, not counted in text offsets."""
    import html

    from mtqa import compare as cmp
    from mtqa.readers.xmlsafe import LineTable
    from mtqa_cli import rss, write

    def feed(name, body, lang):
        return write(tmp_path, name, rss([{"title": "Incendie" if lang == "fr" else "Fire", "guid": "g1",
                                           "body": f"<p>{body}</p>"}], lang=lang))

    src = feed("src.xml", SOURCE, "fr")
    # the anchor word written with a character reference: 15 characters in the file for 10 in the text
    lossy = DROPPED.replace("controlled", "contr&#111;lled")
    paths = [feed(f"s{k}.xml", t, "en") for k, t in enumerate(OTHERS)] + [feed("lossy.xml", lossy, "en")]
    stats = cmp.compare(paths, Context(Config()), source=src)
    found = [issue for _, issue in stats[-1].cross]
    assert [(i.code, i.text) for i in found] == [("A609", "controlled")]
    raw = LineTable(open(paths[-1], encoding="utf-8").read()).line_text(found[0].line)
    assert html.unescape(raw[found[0].start:found[0].end]) == "controlled"


def test_one_stand_in_word_is_one_issue_however_many_lost_source_words_point_to_it():
    """Several source words lost together all find the same nearest unexplained word: one word of the
    translation is one A610 (the best-supported source word), counted once in the penalty, as
    ``mtqa check`` keeps one issue per code and span."""
    source = "Le maire a presque fini la rénovation du vieux pont de la ville."
    others = ["The mayor has almost finished the renovation of the old bridge of the city.",
              "The mayor has nearly completed the renovation of the city's old bridge.",
              "The mayor has almost completed renovating the old town bridge.",
              "Mayor has almost finished the renovation of the old city bridge."]
    ctx = Context(Config())
    found = [i for system, i in check_translations(source, {**{f"s{k}": t for k, t in enumerate(others)},
                                                            "x": "The mayor has finished the job."}, ctx)
             if system == "x"]
    spans = [(i.code, i.line, i.start, i.end) for i in found]
    assert [i.text for i in found if i.code == "A610"] == ["job"]
    assert len(spans) == len(set(spans))


def test_each_systems_cross_system_issues_come_in_document_order_whatever_the_order_of_the_systems(tmp_path):
    """The issues are listed as the document reads, not in the order the first system given met the sources:
    a first system missing the opening line must not move the others' issues on it to the end."""
    import mtqa.compare as cmp

    src2 = "Le maire a presque fini son discours devant le conseil municipal."
    done = "The mayor has almost finished his speech before the city council."
    cut = "The mayor has finished his speech before the city council."
    paths = []
    for name, first, second in [*((f"sys{k}", t, done) for k, t in enumerate(OTHERS)), ("lossy", DROPPED, cut)]:
        path = tmp_path / f"run.{name}.jsonl"
        _write(path, [first, second], [SOURCE, src2])
        paths.append(str(path))
    late = tmp_path / "run.late.jsonl"  # only the second line
    late.write_text(json.dumps({"id": 2, "doc": "d1", "source": src2, "target": done}) + "\n", encoding="utf-8")
    orders = [[str(late), *paths], [*paths, str(late)]]
    found = [[(issue.segment, issue.code) for _, issue in {s.name: s for s in cmp.compare(o, Context(Config()))}
              ["lossy"].cross] for o in orders]
    assert len(found[0]) == 2 and found[0] == sorted(found[0]) and found[0] == found[1]


def test_documents_sharing_an_id_each_get_their_own_cross_system_issues(tmp_path):
    """Records without "doc" are each a document named by their "id". When ids repeat ([1, 1]), the A609/A610
    issues of both documents went to the penalty, score and pass/fail of the last one (and were listed last
    first): a system was scored as if one document had both issues and the other none."""
    import mtqa.compare as cmp

    src2 = "Le maire a presque fini son discours devant le conseil municipal."
    done = "The mayor has almost finished his speech before the city council."
    cut = "The mayor has finished his speech before the city council."

    def run(ids):
        paths = []
        for name, first, second in [*((f"sys{k}", t, done) for k, t in enumerate(OTHERS)), ("lossy", DROPPED, cut)]:
            path = tmp_path / f"{'-'.join(map(str, ids))}.{name}.jsonl"
            path.write_text("".join(json.dumps({"id": i, "source": s, "target": t}) + "\n"
                                    for i, s, t in zip(ids, [SOURCE, src2], [first, second])), encoding="utf-8")
            paths.append(str(path))
        lossy = {s.name: s for s in cmp.compare(paths, Context(Config()))}["lossy"]
        assert lossy.documents == 2
        return (lossy.mean_score, lossy.mean_estimate, lossy.passed, lossy.penalty,
                [(issue.segment, issue.code) for _, issue in lossy.cross])

    repeated, distinct = run([1, 1]), run([1, 2])
    assert len(distinct[-1]) == 2 and distinct[2] == 0  # each document has its own issue, and fails on it
    assert repeated == distinct


def _pooled_result(system: int, n: int):
    """A checked document of ``n`` one-to-one segments as the pool reads one (its pair only), written here."""
    from types import SimpleNamespace

    from mtqa.model import Document, DocumentPair, Link, Segment

    source = Document(f"d{n}", None, "fr", [Segment(0, f"Le conseil municipal a voté la motion numéro {n}.")])
    target = Document(f"d{n}", None, "en",
                      [Segment(0, f"The town council passed motion number {n} by {system + n} votes, said the mayor.")])
    return SimpleNamespace(pair=DocumentPair(f"d{n}", target, source, links=[Link((0,), (0,))]))


def _held_by_a_cross_pool(documents: int) -> int:
    """Bytes of Python memory a cross-system pool holds once ``documents`` one-segment documents (by 4 systems)
    are in, before its checks run: what a run holds until its last system is in."""
    import gc
    import tracemalloc

    from mtqa.checks.cross_system import CrossPool

    warm = CrossPool()  # modules imported and statements compiled before the count
    warm.add(0, _pooled_result(0, -1))
    warm.close()
    results = [[_pooled_result(k, n) for n in range(documents // 4)] for k in range(4)]
    tracemalloc.start()
    try:
        pool = CrossPool()
        for k in range(4):
            for result in results[k]:
                pool.add(k, result)
        del results
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    pool.close()
    return held


def test_a_cross_pool_does_not_hold_the_segments_of_the_run():
    """Four times the documents, measured in a fresh process: the pool holds about the same memory (it held each
    aligned segment, its text and its source text: some 1.5 MB more here), as they wait in its SQLite store."""
    import subprocess
    import sys
    from pathlib import Path

    code = "from tests.test_cross_system import _held_by_a_cross_pool as h; print(h(2000), h(8000))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    small, large = map(int, done.stdout.split()[-2:])
    assert large - small < 150_000, (small, large)


def test_the_cross_pool_gives_back_what_went_in_whatever_the_batch():
    """The store changes where the segments wait, not what the checks read: each source once, in the order
    first met, its translations in the order added, each with its document, place, segments and ignored codes."""
    from mtqa.checks.cross_system import CrossPool

    for batch in (1, 3, 1024):
        pool = CrossPool()
        pool.BATCH = batch
        for k in range(3):
            for n in (5, 2, 5):  # a document id met twice: two places
                pool.add(k, _pooled_result(k, n))
        groups = list(pool.groups())
        assert [source for source, _, _ in groups] == ["Le conseil municipal a voté la motion numéro 5.",
                                                       "Le conseil municipal a voté la motion numéro 2."]
        _, entries, stored = groups[0]
        assert [system for system, _ in entries] == [0, 0, 1, 1, 2, 2]
        assert entries[2][1] == "The town council passed motion number 5 by 6 votes, said the mayor."
        doc, place, segments, ignore = pool.place(stored[3])
        assert (doc, place, ignore) == ("d5", 2, ())
        assert [(s.index, s.text) for s in segments] == [(0, entries[3][1])]
        pool.close()
