"""Format-specific guarantees beyond the goldens: each output parses in its standard reader.

SARIF validates against the official SARIF 2.1.0 JSON schema (vendored in
tests/fixtures/, see its SOURCE note), JUnit parses with xml.etree into the
structure CI tools read, CSV round-trips through pandas, GitHub commands
cannot be split by hostile text, Markdown cannot carry HTML, and the HTML
report escapes everything and highlights each issue once.
"""
from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mtqa.model import Issue, Severity
from mtqa.renderers.html_report import IssueView, Mark, highlight

from . import fixture
from .test_golden import render

SCHEMA = Path(__file__).resolve().parent.parent / "fixtures" / "sarif-schema-2.1.0.json"


@pytest.fixture(autouse=True)
def _registry(monkeypatch):
    fixture.fake_registry(monkeypatch)


def all_issues():
    return [(r, i) for r in fixture.results() for i in r.issues]


def test_sarif_validates_against_the_2_1_0_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    log = json.loads(render("sarif"))
    jsonschema.Draft4Validator(schema).validate(log)
    broken = json.loads(render("sarif"))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    assert not jsonschema.Draft4Validator(schema).is_valid(broken), "the schema really checks regions"


def test_sarif_results_locate_each_issue():
    log = json.loads(render("sarif"))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(fixture.CHECKS)
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules)
    results = run["results"]
    expected = all_issues()
    assert len(results) == len(expected)
    for res, (doc, issue) in zip(results, expected):
        region = res["locations"][0]["physicalLocation"]["region"]
        assert res["ruleId"] == issue.code and rules[res["ruleIndex"]]["id"] == issue.code
        assert (region["startLine"], region["startColumn"], region["endColumn"]) == (issue.line, issue.start + 1, issue.end + 1)
        assert region["snippet"]["text"] == issue.text
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri == (doc.pair.source.path if issue.side == "source" else doc.pair.target.path)
        assert res["level"] == ("warning" if issue.severity is Severity.MINOR else "error")
        assert ("fixes" in res) == (issue.suggestion is not None)
    assert run["columnKind"] == "unicodeCodePoints"


def test_junit_parses_with_a_testcase_per_document():
    root = ET.fromstring(render("junit").encode("utf-8"))
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    docs = fixture.results()
    assert [c.get("name") for c in cases] == [d.pair.id for d in docs]
    assert int(suite.get("tests")) == 3 and int(suite.get("failures")) == 2
    for case, doc in zip(cases, docs):
        failure = case.find("failure")
        assert (failure is not None) == (not doc.passed)
        if failure is not None:
            assert len(failure.text.splitlines()) == len(doc.issues)
            for issue in doc.issues:
                assert issue.code in failure.text
    assert "\x07" not in render("junit"), "characters XML 1.0 forbids are replaced"


def test_junit_reads_in_junitparser(tmp_path):
    junitparser = pytest.importorskip("junitparser", reason="junitparser is a test dependency (pip install '.[test]')")
    path = tmp_path / "report.xml"
    path.write_text(render("junit"), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = list(xml)
    cases = [case for suite in suites for case in suite]
    docs = fixture.results()
    assert [c.name for c in cases] == [d.pair.id for d in docs]
    for case, doc in zip(cases, docs):
        failures = [r for r in case.result if isinstance(r, junitparser.Failure)]
        assert bool(failures) == (not doc.passed)
    assert suites[0].tests == 3 and suites[0].failures == 2


def test_csv_has_one_row_per_issue():
    import pandas as pd

    df = pd.read_csv(io.StringIO(render("csv")), keep_default_na=False)
    expected = all_issues()
    assert len(df) == len(expected)
    assert list(df.columns) == ["document", "path", "line", "start", "end", "code", "name", "category", "subcategory",
                                "severity", "text", "message", "suggestion"]
    for (_, row), (doc, issue) in zip(df.iterrows(), expected):
        assert (row["document"], row["line"], row["start"], row["end"], row["code"]) == (
            doc.pair.id, issue.line, issue.start, issue.end, issue.code)
        assert row["text"] == issue.text and row["message"] == issue.message


def test_github_commands_cannot_be_split():
    from mtqa.renderers.github import command

    line = command("error", "50% done\n::error::injected", file="a,b:c.txt", line=3, title="X1 name")
    assert line.count("\n") == 1 and line.startswith("::error file=")
    assert "file=a%2Cb%3Ac.txt" in line and "50%25 done%0A::error::injected" in line
    out = render("github").splitlines()
    issues = all_issues()
    annotations = [l for l in out if re.match(r"::(error|warning) file=[^,]+,line=", l)]
    assert len(annotations) == len(issues)
    for text, (_, issue) in zip(annotations, issues):
        level = "warning" if issue.severity is Severity.MINOR else "error"
        assert text.startswith(f"::{level} ")
        assert f"line={issue.line},col={issue.start + 1}," in text and f"title={issue.code} {issue.name}::" in text


def test_markdown_never_carries_html_or_breaks_tables():
    text = render("markdown")
    assert "<script" not in text and "<b>" not in text
    assert "&lt;script&gt;" in text
    widths = set()
    for line in text.splitlines():
        if line.startswith("| line:col"):
            widths.add(len(re.split(r"(?<!\\)\|", line)))
        elif re.match(r"\| \d+:\d+ ", line):
            widths.add(len(re.split(r"(?<!\\)\|", line)))
    assert widths == {8}, "a pipe in the text would add a cell"
    assert "@\u2060press" in text and "\\| see" in text


def test_html_escapes_input_and_has_one_script():
    html = render("html")
    assert html.count("<script") == 1 and html.count("</script>") == 1 + 0
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "<b>omise</b>" not in html and "&lt;b&gt;omise&lt;/b&gt;" in html
    assert html.count('class="hl hl-head') + len(re.findall(r'class="hl sev-\w+ hl-head"', html)) == len(all_issues())
    assert "http://" not in html.replace("http://json-schema", "") and "https://" not in html


def _views(*spans):
    out = []
    for n, (s, e) in enumerate(spans):
        issue = Issue("X100", "x", "style", "x", Severity.MINOR, 0, s, e, 1, s, e, "", "m")
        out.append(IssueView(n, issue))
    return out


def _render(tokens):
    out = []
    for t in tokens:
        if t is None:
            out.append("]")
        elif isinstance(t, Mark):
            out.append(f"[{t.view.n}{'*' if t.head else ''}:")
        else:
            out.append(t)
    return "".join(out)


def test_highlight_nests_contained_spans():
    assert _render(highlight("abcdef", _views((0, 6), (2, 4)))) == "[0*:ab[1*:cd]ef]"


def test_highlight_splits_crossing_spans_once():
    assert _render(highlight("abcdef", _views((0, 4), (2, 6)))) == "[0*:ab[1*:cd]][1:ef]"


def test_highlight_zero_length_and_identical_spans():
    assert _render(highlight("abc", _views((3, 3)))) == "abc[0*:]"
    assert _render(highlight("abc", _views((1, 2), (1, 2)))) == "a[0*:[1*:b]]c"
    assert _render(highlight("abc", _views((5, 9)))) == "abc[0*:]", "out-of-range spans are clamped, never lost"


def test_highlight_keeps_text_intact():
    from hypothesis import given, strategies as st

    @given(st.text(max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=6))
    def check(text, spans):
        spans = [(min(a, b), max(a, b)) for a, b in spans]
        tokens = highlight(text, _views(*spans))
        assert "".join(t for t in tokens if isinstance(t, str)) == text
        heads = [t.view.n for t in tokens if isinstance(t, Mark) and t.head]
        assert sorted(heads) == list(range(len(spans)))
        depth = 0
        for t in tokens:
            depth += 1 if isinstance(t, Mark) else -1 if t is None else 0
            assert depth >= 0
        assert depth == 0

    check()
