"""The HTML report as a reviewer uses it, in Debian's chromium (Playwright): layout, triage, round trip.

What is checked, at a desktop width (1400 px) and a phone width (360 px):
no horizontal scroll and a translation column that keeps at least 80% of a
narrow screen; severities told apart without colour (shape and underline
style survive greyscale) and text at WCAG AA contrast in light and dark
schemes; repeated issues grouped and stepped through; sorting; search that
highlights, filters rows and issues and counts; links to the embedded check
documentation; filter state kept in the URL; suppressed and baselined issues
viewable; and the triage round trip: dismiss in the browser -> export a
baseline -> ``mtqa check --baseline`` no longer fails on what was dismissed.
Screenshots go to tests/artifacts/ (git-ignored) for a human to look at.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.test_html_browser import ARTIFACTS, CHROMIUM, ARGS, ROOT, SEED, mtqa, report_pair, sync_api  # noqa: F401

WIDTHS = (1400, 360)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    title = (SEED / "article.fr-title.txt").read_text(encoding="utf-8").strip()
    folder = tmp_path_factory.mktemp("review")
    html, data = report_pair(folder, "corpora/seed/article.en.txt", "--source-title", title)
    return html, data, title


def open_page(browser, path: Path, width: int, scheme: str = "light", **context):
    ctx = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme, accept_downloads=True, **context)
    page = ctx.new_page()
    errors = []
    page.on("console", lambda m: m.type in ("error", "warning") and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    page.errors = errors
    return page


def issues_of(data) -> list[dict]:
    return [i for d in data["documents"] for i in d["issues"]]


@pytest.mark.parametrize("width", WIDTHS)
def test_layout_fits_the_screen(browser, seed, width):
    html, data, _ = seed
    page = open_page(browser, html, width)
    try:
        assert page.errors == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width, "horizontal scroll"
        tgt = page.evaluate("""() => { const t = [...document.querySelectorAll('.grid .row:not(.head) .tgt')][2].getBoundingClientRect();
                                        return t.width; }""")
        controls = page.evaluate("document.querySelector('nav.controls').getBoundingClientRect().height")
        if width <= 400:
            assert tgt >= 0.8 * width, f"translation column {tgt:.0f} px of {width}"
            assert controls <= 0.15 * 900, "the filter bar starts collapsed on a phone"
            page.click("#toggle-filters")
            assert page.locator("#filters").is_visible()
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            page.click("#toggle-filters")
        else:
            src = page.evaluate("[...document.querySelectorAll('.grid .row:not(.head) .src')][2].getBoundingClientRect().width")
            assert src > 200 and tgt > 400, "source beside translation on a desktop"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"review-{width}.png"))
        page.locator("ol.issues").first.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / f"review-{width}-issues.png"))
    finally:
        page.context.close()


def _luminance(rgb):
    def chan(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * chan(r) + 0.7152 * chan(g) + 0.0722 * chan(b)


def _rgb(css: str):
    return tuple(int(float(v)) for v in re.findall(r"[\d.]+", css)[:3])


def contrast(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(_rgb(fg)), _luminance(_rgb(bg))), reverse=True)
    return (a + 0.05) / (b + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_severity_without_colour_and_aa_contrast(browser, seed, scheme):
    html, _, _ = seed
    page = open_page(browser, html, 1400, scheme)
    try:
        styles = page.evaluate("""() => ['critical', 'major', 'minor'].map(s => {
            const m = document.querySelector('mark.hl.sev-' + s), p = document.querySelector('.chip.sev-' + s);
            const cs = m ? getComputedStyle(m) : null;
            return {sev: s, underline: cs ? cs.borderBottomStyle + ' ' + cs.borderBottomWidth : null,
                    icon: p.querySelector('.ico').textContent, label: p.textContent};
        })""")
        present = [s for s in styles if s["underline"]]
        assert len({s["underline"] for s in present}) == len(present), styles  # double / solid / dotted
        assert len({s["icon"] for s in styles}) == 3 and all(s["sev"] in s["label"] for s in styles)
        pairs = page.evaluate("""() => {
            const bgOf = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor;
                                   if (c && !c.endsWith(', 0)') && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
            const sel = ['.pill.sev-critical', '.pill.sev-major', '.pill.sev-minor', '.muted', '.k', '.badge', '.msg',
                         '.hdr .cat', '.verdict .big', '.reasons', 'a.code', '.ln'];
            return sel.map(s => { const el = document.querySelector(s); return el ? [s, getComputedStyle(el).color, bgOf(el)] : null; })
                      .filter(Boolean);
        }""")
        low = [(s, round(contrast(fg, bg), 2)) for s, fg, bg in pairs if contrast(fg, bg) < 4.5]
        assert not low, f"below WCAG AA 4.5:1 in {scheme}: {low}"
        if scheme == "dark":
            assert _luminance(_rgb(page.evaluate("getComputedStyle(document.body).backgroundColor"))) < 0.05
        page.add_style_tag(content="html { filter: grayscale(1); }")
        page.screenshot(path=str(ARTIFACTS / f"review-greyscale-{scheme}.png"))
    finally:
        page.context.close()


def test_repeats_are_grouped_and_stepped_through(browser, seed):
    html, data, _ = seed
    expected = Counter((i["code"], i["text"].strip().lower(), i["suggestion"]) for i in issues_of(data))
    repeats = sorted(n for n in expected.values() if n > 1)
    page = open_page(browser, html, 1400)
    try:
        groups = page.locator("li.group")
        assert sorted(len(g.split()) for g in groups.evaluate_all("els => els.map(e => e.dataset.members)")) == repeats
        top = groups.first
        members = top.get_attribute("data-members").split()
        assert f"{len(members)} places" in top.inner_text()
        for k in range(2):
            top.scroll_into_view_if_needed()
            page.wait_for_timeout(150)  # rows below the fold lay out as they come into view (content-visibility)
            top.locator("button.step").click()
            assert page.evaluate("document.activeElement.id") == f"i{members[k]}"
            assert f"place {k + 1} of {len(members)}" in top.inner_text()
        assert page.errors == []
    finally:
        page.context.close()


def test_sorting(browser, seed):
    html, data, _ = seed
    rank = {"critical": 0, "major": 1, "minor": 2}
    page = open_page(browser, html, 1400)
    try:
        order = lambda: page.locator("ol.issues > li.issue").evaluate_all(  # noqa: E731
            "els => els.map(e => [e.dataset.sev, e.dataset.code, +e.dataset.i])")
        got = order()
        assert [rank[s] for s, _, _ in got] == sorted(rank[s] for s, _, _ in got), "severity first by default"
        assert got[0][0] == min((i["severity"] for i in issues_of(data)), key=rank.get)
        page.select_option("#sort", "position")
        assert [n for _, _, n in order()] == sorted(n for _, _, n in got)
        page.select_option("#sort", "code")
        assert [c for _, c, _ in order()] == sorted(c for _, c, _ in got)
    finally:
        page.context.close()


def test_search_highlights_filters_and_counts(browser, seed):
    html, data, _ = seed
    word = Counter(i["text"] for i in issues_of(data) if i["text"].isalpha()).most_common(1)[0][0]
    page = open_page(browser, html, 1400)
    try:
        page.fill("#q", word)
        page.wait_for_timeout(400)
        rows = page.locator(".grid .row:not(.head):visible")
        assert rows.count() > 0 and all(word.lower() in t.lower() for t in rows.all_inner_texts())
        hits = sum(t.lower().count(word.lower()) for t in rows.all_inner_texts())
        count = page.inner_text("#qcount")
        assert re.search(rf"\b{hits} match(es)?\b", count) and f"{rows.count()} row" in count, count
        shown = page.locator("ol.issues > li.issue:visible").count()
        assert 0 < shown < len(issues_of(data)) and f"{shown} issue" in count
        assert page.evaluate("CSS.highlights.get('mtqa-search').size") >= hits
        page.screenshot(path=str(ARTIFACTS / "review-search.png"))
        page.fill("#q", "")
        page.wait_for_timeout(400)
        assert page.locator("ol.issues > li.issue:visible").count() == len(issues_of(data))
        assert page.evaluate("CSS.highlights.has('mtqa-search')") is False
    finally:
        page.context.close()


def test_code_links_to_its_documentation(browser, seed):
    from mtqa.checks.docs import parse_doc
    from mtqa.checks.registry import get

    html, data, _ = seed
    page = open_page(browser, html, 360)
    try:
        link = page.locator("ol.issues a.code").first
        code = link.inner_text()
        link.click()
        assert page.evaluate("location.hash") == f"#doc-{code}"
        article = page.locator(f"#doc-{code}")
        assert article.is_visible()
        text = article.inner_text()
        doc = parse_doc(get(code))
        assert doc.bad[0].split("\n")[0] in text and doc.good[0].split("\n")[0] in text and "Why it matters" in text
        documented = page.locator("article.rule-doc").evaluate_all("els => els.map(e => e.innerText).join(' ')")
        assert "``" not in documented and ":class:`" not in documented
        assert {i["code"] for i in issues_of(data)} <= set(page.locator("article.rule-doc").evaluate_all(
            "els => els.map(e => e.id.slice(4))"))
    finally:
        page.context.close()


def test_filter_state_survives_a_reload_through_the_hash(browser, seed):
    html, data, _ = seed
    page = open_page(browser, html, 1400)
    try:
        page.locator('input[data-filter="sev"][value="minor"]').uncheck()
        page.fill("#q", "space")
        page.wait_for_timeout(400)
        page.select_option("#sort", "code")
        url = page.url
        assert "#" in url and "q=space" in url
        other = page.context.new_page()
        other.goto(url)
        other.wait_for_load_state("load")
        assert other.input_value("#q") == "space"
        assert not other.locator('input[data-filter="sev"][value="minor"]').is_checked()
        assert other.input_value("#sort") == "code"
        assert other.locator("ol.issues > li.issue.sev-minor:visible").count() == 0
    finally:
        page.context.close()


def test_copy_suggestion(browser, seed):
    html, data, _ = seed
    page = open_page(browser, html, 1400)
    try:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"])
        button = page.locator("ol.issues button.copy").first
        expected = button.get_attribute("data-copy")
        button.click()
        page.wait_for_timeout(200)
        assert page.evaluate("navigator.clipboard.readText()") == expected
        assert button.inner_text() == "Copied"
    finally:
        page.context.close()


def _export(page, button: str, path: Path) -> Path:
    with page.expect_download() as info:
        page.click(button)
    info.value.save_as(str(path))
    return path


def test_triage_round_trip_to_a_baseline(browser, seed, tmp_path):
    """Dismiss in the browser -> export -> `mtqa check --baseline` passes on what was dismissed."""
    html, data, title = seed
    issues = issues_of(data)
    critical = [k for k, i in enumerate(issues) if i["severity"] == "critical"]
    assert critical, "the sample has a critical issue"
    page = open_page(browser, html, 360)
    try:
        for k in range(len(issues)):  # dismiss everything but the critical issues
            if k not in critical:
                page.locator(f'#li{k} .verdict-btn[data-verdict="dismiss"]').click()
        page.locator(f'#li{critical[0]} .verdict-btn[data-verdict="accept"]').click()
        page.locator(f"#li{critical[0]} .comment").fill("a real error, keep it")
        assert f"1 accepted, {len(issues) - 1} dismissed, 0 open" in page.inner_text("#triage-count")
        page.reload()
        page.wait_for_load_state("load")
        assert page.locator('.verdict-btn[data-verdict="dismiss"][aria-pressed="true"]').count() == len(issues) - 1
        assert page.input_value(f"#li{critical[0]} .comment") == "a real error, keep it"
        page.click("#toggle-filters")  # on a phone the filters, triage and export controls start folded
        page.select_option("#triage", "accept")
        assert page.locator("ol.issues > li.issue:visible").count() == 1
        baseline = _export(page, "#export-baseline", tmp_path / "baseline.json")
        verdicts = _export(page, "#export-csv", tmp_path / "verdicts.csv")
        page.screenshot(path=str(ARTIFACTS / "review-triage-360.png"))

        rows = list(csv.DictReader(io.StringIO(verdicts.read_text(encoding="utf-8"))))
        assert len(rows) == len(issues)
        assert Counter(r["verdict"] for r in rows) == {"dismissed": len(issues) - 1, "accepted": 1}
        assert [r["comment"] for r in rows if r["verdict"] == "accepted"] == ["a real error, keep it"]

        target = "corpora/seed/article.en.txt"
        left = tmp_path / "left.json"
        run = mtqa("check", target, "--source-title", title, "--baseline", str(baseline), "--format", "json", "-o", str(left))
        assert run.returncode == 1, run.stderr  # the accepted critical issue still fails the article
        remaining = issues_of(json.loads(left.read_text(encoding="utf-8")))
        assert [(i["code"], i["line"], i["start"]) for i in remaining] == \
            [(issues[k]["code"], issues[k]["line"], issues[k]["start"]) for k in critical]

        page.select_option("#triage", "all")
        page.locator(f'#li{critical[0]} .verdict-btn[data-verdict="dismiss"]').click()
        everything = _export(page, "#export-baseline", tmp_path / "all.json")
        run = mtqa("check", target, "--source-title", title, "--baseline", str(everything), "--format", "html",
                   "-o", str(tmp_path / "after.html"))
        assert run.returncode == 0, run.stderr  # only dismissed issues remained
        after = open_page(browser, tmp_path / "after.html", 1400)
        try:  # what the baseline excused is still there to see
            assert after.locator("ol.issues > li.issue").count() == 0
            hidden = after.locator("li.issue.not-counted")
            assert not hidden.first.is_visible()
            after.check("#show-hidden")
            baselined = after.locator("li.issue.not-counted:has-text('baselined')")
            assert baselined.count() == len(issues) and baselined.first.is_visible()
        finally:
            after.context.close()
    finally:
        page.context.close()


def test_suppressed_issues_are_viewable(browser, tmp_path):
    target = tmp_path / "note.en.txt"
    target.write_text("A quiet headline\n\nThe cost was 3.000 euros, said M. Durand. # mtqa: ignore=L3\n", encoding="utf-8")
    html, data = report_pair(tmp_path, str(target))
    suppressed = sum(d.get("suppressed", 0) for d in data["documents"])
    assert suppressed >= 1
    page = open_page(browser, html, 1400)
    try:
        link = page.locator("a.show-hidden").first
        assert f"{suppressed} suppressed" in link.inner_text()
        link.click()
        hidden = page.locator("li.issue.not-counted")
        assert hidden.count() == suppressed and hidden.first.is_visible()
        assert "ignore=L3" in hidden.first.inner_text()
    finally:
        page.context.close()


def test_counts_are_formatted_for_the_locale(tmp_path):
    target = tmp_path / "long.en.txt"
    body = " ".join(["The council met again on Tuesday to discuss the budget."] * 130)
    target.write_text(f"A long report\n\n{body}\n", encoding="utf-8")
    html, data = report_pair(tmp_path, str(target))
    words = data["summary"]["words"]
    assert words >= 1000
    text = html.read_text(encoding="utf-8")
    assert f"{words:,} words" in text and f"{words} words" not in text
