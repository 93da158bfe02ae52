"""A reviewer's HTML report: one self-contained file, source and translation side by side.

Why HTML: a translation reviewer reads text, not JSON. The report puts each
source segment beside its translation (one row per alignment bead), marks
every issue at its exact span, and lets the reviewer filter, search and step
through issues with the keyboard. It must open from an e-mail attachment or
a CI artifact with no network, so CSS, JavaScript and the chart are inline
and a Content-Security-Policy forbids any outside load (and, through a hash
of our own script, any injected script).

Safety: every piece of input text reaches the page through Jinja2 with
autoescaping on; this module hands the template *tokens* (text, open mark,
close mark), never pre-built HTML. The script only clones DOM nodes and sets
``textContent``.

Overlapping spans are nested where they nest and split where they cross
(see :func:`highlight`); the first fragment of each issue carries its anchor,
so there is exactly one focusable highlight per issue.

Size: each document's view is pickled to a temporary file as it arrives
(:class:`SpooledDocuments`), so memory holds one document at a time however
long the run; at the end the template is streamed out, reading the views
back one by one where it loops over documents, after the summary it puts
first is known. Above :data:`OPEN_LIMIT` segments documents start collapsed
(a closed ``<details>`` is not laid out) and rows use ``content-visibility``
so a 10,000-segment report stays responsive.
"""
from __future__ import annotations

import base64
import hashlib
from collections import Counter
from dataclasses import field
from functools import lru_cache
from typing import Optional

from mtqa.model import DocumentPair, DocumentResult, Issue, Segment
from mtqa.records import record
from mtqa.renderers.base import Renderer, Summary

FAILING_SHOWN = 5
"""Failing documents whose reasons the verdict card lists (the rest are counted)."""
OPEN_LIMIT = 1500
"""Documents start expanded when the whole run has at most this many segments."""

SEVERITIES = ("critical", "major", "minor")
SEVERITY_COLOURS = {"critical": "#b71c1c", "major": "#a84300", "minor": "#1559b0"}
"""Each at least 4.5:1 against white (WCAG AA for text); the report's CSS uses the same values."""
SEVERITY_ICONS = {"critical": "\u25a0", "major": "\u25b2", "minor": "\u25cf", "pass": "\u2713", "fail": "\u2717"}
"""Shapes that tell severities apart without colour: square, triangle, circle (and check/cross for verdicts)."""


@record
class IssueView:
    """One issue as the template shows it; ``n`` numbers issues across the report."""

    n: int
    issue: Issue
    located: bool = True
    before: str = ""
    """The sentence around the span, shown on the issue's card: text before it..."""
    after: str = ""
    """... and after it."""
    fingerprint: dict = field(default_factory=dict)
    """The baseline entry (doc, code, text, context) a dismissal exports."""
    why_hidden: str = ""
    """For a suppressed or baselined issue: why it is not counted."""

    @property
    def anchor(self) -> str:
        return f"i{self.n}"


@record
class Mark:
    """An opening mark token: one fragment of one issue's highlight."""

    view: IssueView
    head: bool


@record
class SegmentView:
    index: int
    line: int
    role: str
    tokens: list
    repeat_of: Optional[int] = None
    """For a source segment already shown in an earlier row: that row's target line."""


@record
class Row:
    """One alignment bead: source segments on the left, target segments on the right."""

    source: list[SegmentView] = field(default_factory=list)
    target: list[SegmentView] = field(default_factory=list)
    para_start: bool = False
    headline: bool = False
    adequacy: Optional[float] = None
    """Adequacy estimate of the row's target segment (mtqa.meaning), shown as a faint bar."""
    unaligned: str = ""
    """Source content words with no counterpart in the translation, shown on hover."""


@record
class DocumentView:
    """What the template needs of one document (the texts, not the whole result)."""

    n: int
    id: str
    path: Optional[str]
    passed: bool
    score: float
    penalty: float
    words: int
    metrics: dict
    has_source: bool
    title_only: bool
    source_lang: str
    target_lang: str
    rows: list[Row]
    issues: list[IssueView]
    unlocated: list[IssueView]
    by_severity: Counter
    suppressed: int = 0
    hidden: list[IssueView] = field(default_factory=list)
    """Issues that do not count: suppressed (inline marker, ignore field, a more specific issue) or baselined."""
    baselined: int = 0
    reasons: list[str] = field(default_factory=list)
    """Why the document failed, in words."""
    groups: list[dict] = field(default_factory=list)
    """Issues sharing a code and flagged text: one line per repeat ("earth -> Earth, 5 places")."""
    title: str = ""
    """A headline the reader knows the item by (feed items, CSV rows), when the input names one."""

    common_path: Optional[str] = None
    """The path every document of the run shares (shown once in the header, not per document)."""

    @property
    def label(self) -> str:
        if self.path and self.path == self.common_path:
            return self.id
        if self.path and self.id not in self.path:
            return f"{self.path} [{self.id}]"
        return self.path or self.id


def highlight(text: str, views: list[IssueView], *, start_attr="seg_start", end_attr="seg_end") -> list:
    """Split ``text`` into tokens: ``str`` runs, :class:`Mark` opens and ``None`` closes.

    Marks are opened outermost first (earlier start, then longer span), so
    nested spans nest; where two spans cross, the open marks are closed back
    to the common prefix and reopened, splitting the later one. A zero-length
    span becomes an empty mark at its position.
    """
    n = len(text)
    spans = []
    for v in views:
        s = max(0, min(getattr(v.issue, start_attr), n))
        e = max(s, min(getattr(v.issue, end_attr), n))
        spans.append((s, e, v))
    if not spans:
        return [text] if text else []
    order = lambda sp: (sp[0], -sp[1], sp[2].n)  # noqa: E731
    points = sorted({0, n} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    empties: dict[int, list] = {}
    for s, e, v in spans:
        if s == e:
            empties.setdefault(s, []).append(v)
    tokens: list = []
    stack: list = []
    heads: set[int] = set()

    def open_mark(v: IssueView) -> None:
        tokens.append(Mark(v, v.n not in heads))
        heads.add(v.n)

    for i, a in enumerate(points):
        b = points[i + 1] if i + 1 < len(points) else None
        active = sorted((sp for sp in spans if sp[0] < sp[1] and b is not None and sp[0] <= a and sp[1] >= b), key=order)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for _ in range(len(stack) - keep):
            tokens.append(None)
        del stack[keep:]
        for v in sorted(empties.get(a, ()), key=lambda v: v.n):
            open_mark(v)
            tokens.append(None)
        for sp in active[keep:]:
            open_mark(sp[2])
            stack.append(sp)
        if b is not None and b > a:
            tokens.append(text[a:b])
    tokens.extend([None] * len(stack))
    return tokens


def _rows(pair: DocumentPair, target_issues: dict, source_issues: dict) -> list[Row]:
    """Alignment beads in reading order, covering every target and source segment."""
    target = pair.target.segments
    source = pair.source.segments if pair.source is not None else []
    link_of: dict[int, object] = {}
    for link in pair.links:
        for t in link.target:
            link_of.setdefault(t, link)
    rows: list[Row] = []
    emitted: set[int] = set()
    row_src_min: list[Optional[int]] = []
    for seg in target:
        link = link_of.get(seg.index)
        if link is not None and id(link) in emitted:
            continue
        if link is None:
            rows.append(Row(target=[_seg(seg, target_issues)]))
            row_src_min.append(None)
            continue
        emitted.add(id(link))
        tsegs = [target[t] for t in link.target if 0 <= t < len(target)]
        ssegs = [source[s] for s in link.source if 0 <= s < len(source)]
        rows.append(Row(source=[_seg(s, source_issues) for s in ssegs], target=[_seg(t, target_issues) for t in tsegs]))
        row_src_min.append(min(link.source) if link.source else None)
    for link in pair.links:  # source segments nothing translates: insert where their order puts them
        if link.target or not link.source:
            continue
        first = min(link.source)
        at = next((k for k, m in enumerate(row_src_min) if m is not None and m > first), len(rows))
        rows.insert(at, Row(source=[_seg(source[s], source_issues) for s in link.source if 0 <= s < len(source)]))
        row_src_min.insert(at, first)
    shown: dict[int, int] = {}
    last_para = None
    for row in rows:
        line = row.target[0].line if row.target else None
        for sv in row.source:
            if sv.index in shown:
                sv.repeat_of = shown[sv.index]
            elif line is not None:
                shown[sv.index] = line
        if row.target:
            para = target[row.target[0].index].paragraph
            row.para_start = last_para is not None and para != last_para
            last_para = para
            row.headline = row.target[0].role == "headline"
    return rows


def _with_meaning(rows: list[Row], result: DocumentResult) -> list[Row]:
    """Give each row its segment's adequacy and its unaligned source words (when estimated)."""
    if not result.adequacy:
        return rows
    from mtqa.meaning.align import align_segments

    alignments = align_segments(result.pair)
    for row in rows:
        if row.target and row.target[0].index in result.adequacy:
            row.adequacy = result.adequacy[row.target[0].index]
            wa = alignments.get(row.target[0].index)
            if wa is not None:
                row.unaligned = ", ".join(dict.fromkeys(wa.source[i].text for i in wa.unaligned_source))
    return rows


CONTEXT_CHARS = 160
"""Most characters of the sentence shown either side of a span on an issue's card."""


def sentence_context(issue: Issue, pair: DocumentPair) -> tuple[str, str]:
    """The text of the issue's segment before and after its span (trimmed to :data:`CONTEXT_CHARS`)."""
    doc = pair.source if issue.side == "source" else pair.target
    if doc is None or not 0 <= issue.segment < len(doc.segments):
        return "", ""
    text = doc.segments[issue.segment].text
    before, after = text[: issue.seg_start], text[issue.seg_end:]
    if len(before) > CONTEXT_CHARS:
        before = "…" + before[-CONTEXT_CHARS:].split(" ", 1)[-1]
    if len(after) > CONTEXT_CHARS:
        after = after[:CONTEXT_CHARS].rsplit(" ", 1)[0] + "…"
    return before, after


def failure_reasons(result: DocumentResult, threshold: float, fail_on) -> list[str]:
    """Why a document failed, as the gate decided it (empty when it passed)."""
    if result.passed:
        return []
    if result.pair.meta.missing:
        return ["the item is missing from the translation"]
    reasons = []
    if result.score < threshold:
        reasons.append(f"score {result.score:,.1f} is below the pass mark {threshold:,g}")
    if fail_on is not None:
        worst = [i for i in result.issues if i.severity.rank >= fail_on.rank]
        if worst:
            n = len(worst)
            reasons.append(f"{n} issue{'s' if n != 1 else ''} at or above {fail_on.value} "
                           f"({', '.join(sorted({i.code for i in worst}))})")
    return reasons or ["the document failed the gate"]


def issue_groups(views: list[IssueView]) -> list[dict]:
    """Repeats of one defect (same code, flagged text and suggestion), most frequent first."""
    groups: dict[tuple, list[IssueView]] = {}
    for v in views:
        groups.setdefault((v.issue.code, v.issue.text.strip().lower(), v.issue.suggestion), []).append(v)
    out = []
    for (code, _, suggestion), members in groups.items():
        if len(members) < 2:
            continue
        first = members[0].issue
        out.append({"code": code, "text": first.text, "suggestion": suggestion, "severity": first.severity.value,
                    "members": " ".join(str(m.n) for m in members), "count": len(members)})
    out.sort(key=lambda g: (-g["count"], g["code"], g["text"]))
    return out


def _seg(seg: Segment, issues: dict) -> SegmentView:
    return SegmentView(seg.index, seg.line, seg.role.value, highlight(seg.text, issues.get(seg.index, [])))


def document_view(result: DocumentResult, n: int, first_issue: int, config=None) -> DocumentView:
    """Build the view of one document; issues are numbered from ``first_issue``."""
    from mtqa.baseline import fingerprint

    pair = result.pair
    views = [IssueView(first_issue + k, issue) for k, issue in enumerate(result.issues)]
    for v in views:
        v.before, v.after = sentence_context(v.issue, pair)
        v.fingerprint = fingerprint(v.issue, result)
    hidden = []
    for why, issues in (("suppressed", result.suppressed_issues), ("baselined", result.baselined_issues)):
        for reason, issue in issues:
            hv = IssueView(-1, issue, why_hidden=f"{why}: {reason}")
            hv.before, hv.after = sentence_context(issue, pair)
            hidden.append(hv)
    n_target = len(pair.target.segments)
    n_source = len(pair.source.segments) if pair.source is not None else 0
    target_issues: dict[int, list] = {}
    source_issues: dict[int, list] = {}
    unlocated = []
    for v in views:
        on_source = v.issue.side == "source"
        if on_source and 0 <= v.issue.segment < n_source:
            source_issues.setdefault(v.issue.segment, []).append(v)
        elif not on_source and 0 <= v.issue.segment < n_target:
            target_issues.setdefault(v.issue.segment, []).append(v)
        else:
            v.located = False
            unlocated.append(v)
    return DocumentView(
        n=n,
        id=pair.id,
        path=pair.target.path,
        passed=result.passed,
        score=result.score,
        penalty=result.penalty,
        words=result.words,
        metrics={k: v for k, v in (result.metrics or {}).items() if v is not None and k in ("bleu", "chrf", "ter")},
        has_source=pair.source is not None,
        title_only=pair.source_title_only,
        source_lang=pair.source.lang if pair.source is not None else "",
        target_lang=pair.target.lang,
        rows=_with_meaning(_rows(pair, target_issues, source_issues), result),
        issues=views,
        unlocated=unlocated,
        by_severity=Counter(i.severity.value for i in result.issues),
        suppressed=result.suppressed,
        hidden=hidden,
        baselined=pair.meta.baselined if isinstance(pair.meta.baselined, int) else 0,
        reasons=failure_reasons(result, config.threshold, config.fail_on) if config is not None else [],
        groups=issue_groups(views),
        title=str(pair.meta.title or ""),
    )


def bar_chart(counts: list[tuple[str, int, str]], width: int = 260) -> dict:
    """Geometry of a small horizontal bar chart (label, value, colour) for inline SVG."""
    top = max([c for _, c, _ in counts] + [1])
    bar_h, gap, label_w, value_w = 16, 6, 120, 44
    bars = []
    for k, (label, value, colour) in enumerate(counts):
        y = k * (bar_h + gap)
        bars.append({
            "label": label, "value": value, "colour": colour, "y": y,
            "w": round((width - label_w - value_w) * value / top, 1), "x": label_w,
            "text_y": y + bar_h - 4, "value_x": label_w + 4 + round((width - label_w - value_w) * value / top, 1),
        })
    return {"width": width, "height": max(1, len(counts) * (bar_h + gap) - gap), "bar_h": bar_h, "bars": bars}


CATEGORY_COLOURS = ("#6a1b9a", "#00838f", "#2e7d32", "#ad1457", "#4e342e", "#37474f", "#827717")


def plain(text: str) -> str:
    """reStructuredText inline markup as plain text: ``code``, `title`, :role:`x`, **strong**, *em*."""
    import re

    text = re.sub(r":\w+:`([^`]*)`", r"\1", text)
    text = re.sub(r"``([^`]*)``", r"\1", text)
    text = re.sub(r"`([^`]*)`_?", r"\1", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    return re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\1", text)


def rule_docs(codes) -> dict[str, dict]:
    """Each code's documentation as plain text (summary, why, bad/good example), from the check registry."""
    from mtqa.checks.docs import parse_doc
    from mtqa.checks.registry import get

    out = {}
    for code in codes:
        try:
            cls = get(code)
            doc = parse_doc(cls)
        except (KeyError, ValueError):
            out[code] = {"summary": "", "why": "", "body": "", "bad": [], "good": [], "context": "", "name": ""}
            continue
        body = [plain(" ".join(p.split())) for p in doc.body.split("\n\n") if p.strip() and p.strip() != doc.why.strip()]
        context = f"source headline: {doc.title}" if doc.title else f"source: {doc.source}" if doc.source else ""
        out[code] = {
            "name": cls.name, "summary": plain(doc.summary), "why": plain(" ".join(doc.why.split())),
            "body": body, "bad": doc.bad, "good": doc.good, "context": context,
            "category": f"{cls.category} / {cls.subcategory}", "severity": cls.severity.value,
        }
    return out


def rule_summaries(codes) -> dict[str, str]:
    """One-line documentation of each code, in plain text (empty if unknown)."""
    return {code: doc["summary"] for code, doc in rule_docs(codes).items()}


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("mtqa.renderers", "templates"),
        autoescape=True,  # every template, whatever its extension
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["SEVERITIES"] = SEVERITIES
    env.globals["SEVERITY_COLOURS"] = SEVERITY_COLOURS
    env.globals["SEVERITY_ICONS"] = SEVERITY_ICONS
    env.filters["num"] = lambda v, d=1: f"{v:,.{d}f}"
    return env


def static(name: str):
    """Our own CSS/JS file from the templates folder, as trusted markup, with its CSP hash."""
    from markupsafe import Markup

    env = _environment()
    text = env.loader.get_source(env, name)[0]
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"'sha256-{digest}'"


def render_page(template: str, stream, **context) -> None:
    """Stream a template from the package's templates folder into ``stream``."""
    env = _environment()
    css, _ = static("report.css")
    context.setdefault("css", css)
    for chunk in env.get_template(template).generate(**context):
        stream.write(chunk)


class SpooledDocuments:
    """Document views kept in a temporary file, not in memory: a sequence the template can loop over.

    Appending pickles the view at the end of the file and remembers its
    offset; each loop over the sequence reads the views back one at a time,
    so a page of a million segments is written with one document's view in
    memory. ``common_path`` is set on every view read back (it is known only
    once all documents have been seen). The file is deleted on :meth:`close`
    (or when the object is collected).
    """

    def __init__(self):
        import tempfile
        from array import array

        self._file = tempfile.TemporaryFile(prefix="mtqa-html-")
        self._offsets = array("q")
        self.common_path: Optional[str] = None

    def append(self, view: DocumentView) -> None:
        import pickle

        self._file.seek(0, 2)
        self._offsets.append(self._file.tell())
        pickle.dump(view, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, k: int) -> DocumentView:
        import pickle

        self._file.seek(self._offsets[k])
        view = pickle.load(self._file)
        view.common_path = self.common_path
        return view

    def __iter__(self):
        for k in range(len(self._offsets)):
            yield self[k]

    def close(self) -> None:
        self._file.close()


class HtmlRenderer(Renderer):
    """Spools document views to a temporary file, writes the page at the end."""

    def start(self) -> None:
        self.docs = SpooledDocuments()
        self.issue_count = 0
        self.segment_count = 0
        self.penalty = 0.0
        self.score_sum = 0.0
        self.paths: set = set()
        self.names: dict[str, tuple[str, str, str]] = {}
        self.report_hash = hashlib.sha1((self.info.target or "").encode())
        """Names the report for the browser's stored verdicts: its documents and their issues."""
        self.failing: list[DocumentView] = []
        """The first failing documents, whose reasons the verdict card gives."""
        self.hidden_total = 0
        self.documented: set[str] = set()

    def document(self, result: DocumentResult) -> None:
        view = document_view(result, len(self.docs), self.issue_count, self.info.config)
        self.docs.append(view)
        self.issue_count += len(view.issues)
        self.segment_count += len(result.pair.target.segments)
        self.penalty += result.penalty
        self.score_sum += view.score
        if len(self.paths) < 2:
            self.paths.add(view.path)
        for v in view.issues:
            self.names.setdefault(v.issue.code, (v.issue.name, v.issue.category, v.issue.subcategory))
        self.report_hash.update("|".join([view.id, *(str(v.fingerprint) for v in view.issues)]).encode())
        if not view.passed and len(self.failing) < FAILING_SHOWN:
            self.failing.append(view)
        self.hidden_total += len(view.hidden)
        self.documented.update(v.issue.code for v in view.issues + view.hidden)

    def finish(self, summary: Summary) -> None:
        js, js_hash = static("report.js")
        categories = sorted(summary.by_category.items(), key=lambda kv: (-kv[1], kv[0]))
        cat_colour = {c: CATEGORY_COLOURS[k % len(CATEGORY_COLOURS)] for k, (c, _) in enumerate(categories)}
        codes = sorted(summary.by_code)
        paths, names = set(self.paths), self.names
        common = paths.pop() if len(paths) == 1 and len(self.docs) > 1 else None
        self.docs.common_path = common
        for d in self.failing:  # kept in memory for the verdict card
            d.common_path = common
        try:
            self._page(summary, js, js_hash, categories, cat_colour, codes, common, names)
        finally:
            self.docs.close()

    def _page(self, summary, js, js_hash, categories, cat_colour, codes, common, names) -> None:
        from mtqa.scoring.mqm import quality_score

        render_page(
            "report.html.j2",
            self.stream,
            info=self.info,
            common_path=common,
            summary=summary,
            docs=self.docs,
            js=js,
            js_hash=js_hash,
            open_all=self.segment_count <= OPEN_LIMIT,
            segments=self.segment_count,
            overall_score=quality_score(self.penalty, summary.words),
            mean_score=(self.score_sum / len(self.docs)) if len(self.docs) else None,
            severity_chart=bar_chart([(s, summary.by_severity.get(s, 0), SEVERITY_COLOURS[s]) for s in SEVERITIES]),
            category_chart=bar_chart([(c, n, cat_colour[c]) for c, n in categories]),
            cat_colour=cat_colour,
            codes=[(c, summary.by_code[c], *names.get(c, ("", "", "")), ) for c in codes],
            rule_summaries=rule_summaries(codes),
            rule_docs=rule_docs(sorted(self.documented)),
            report_id=self.report_hash.hexdigest()[:16],
            failing=self.failing,
            failed=summary.failed,
            hidden_total=self.hidden_total,
            lang=self.info.config.locale,
            metric_labels={"bleu": "BLEU", "chrf": "chrF", "ter": "TER"},
        )
