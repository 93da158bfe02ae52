"""SARIF 2.1.0: code-scanning dashboards (GitHub, GitLab, IDEs) read it natively.

Each check becomes a ``reportingDescriptor`` built from its documentation
(summary, why it matters, bad/good example), so a dashboard can explain a
finding without mtqa installed. Each issue becomes a ``result`` located by
``artifactLocation`` + ``region`` (1-based line and columns, ``endColumn``
exclusive as SARIF defines it); a suggestion becomes a ``fix`` replacing
the region. Columns count Unicode code points (``columnKind``), which is
what Python offsets are.

Results are streamed: the run's header is written first, each result as its
document arrives, the summary properties last.
"""
from __future__ import annotations

import json
from typing import Optional
from urllib.parse import quote

from mtqa.model import DocumentResult, Issue
from mtqa.renderers.base import Renderer, Summary

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"critical": "error", "major": "error", "minor": "warning"}


def rule_descriptor(code: str) -> Optional[dict]:
    """A SARIF ``reportingDescriptor`` from the check registry (None for an unknown code)."""
    from mtqa.checks.docs import parse_doc
    from mtqa.checks.registry import get

    try:
        cls = get(code)
        doc = parse_doc(cls)
    except (KeyError, ValueError):
        return None
    example = []
    if doc.title:
        example.append(f"source headline: {doc.title}")
    if doc.source:
        example.append(f"source: {doc.source}")
    example += [f"bad:  {b}" for b in doc.bad] + [f"good: {g}" for g in doc.good]
    md_example = "\n".join(f"    {line}" for text in example for line in text.splitlines())
    why = doc.why.removeprefix("Why it matters:").strip()
    return {
        "id": cls.code,
        "name": cls.name,
        "shortDescription": {"text": doc.summary},
        "fullDescription": {"text": f"{doc.summary} {why}".strip()},
        "help": {
            "text": f"{doc.summary}\n\nWhy it matters: {why}\n\nExample:\n" + "\n".join(example),
            "markdown": f"**{doc.summary}**\n\n*Why it matters:* {why}\n\n**Example**\n\n{md_example}\n",
        },
        "defaultConfiguration": {"level": LEVELS[cls.severity.value]},
        "properties": {
            "tags": [cls.category, cls.subcategory],
            "category": cls.category,
            "subcategory": cls.subcategory,
            "severity": cls.severity.value,
            "requiresSource": bool(cls.requires_source),
        },
    }


def issue_path(pair, issue: Issue) -> str:
    """The file an issue points into: the source file for a source-side issue, else the target."""
    if issue.side == "source" and pair.source is not None and pair.source.path:
        return pair.source.path
    return pair.target.path or pair.id


def suggestion_text(suggestion: Optional[str]) -> str:
    """A suggestion as a sentence for plain-text messages ('' means delete)."""
    if suggestion is None:
        return ""
    return " Suggestion: delete the flagged text." if suggestion == "" else f" Suggestion: {suggestion!r}."


def artifact_uri(path: str) -> str:
    """A relative URI reference for a file path (forward slashes, reserved characters quoted)."""
    return quote(path.replace("\\", "/"), safe="/:@-._~")


def stable_fingerprint(issue: Issue, result: DocumentResult) -> str:
    """A hash of what the issue is, not where: document id, code, flagged text and its context.

    Code scanning matches alerts across runs by ``partialFingerprints``; with
    line numbers in it, an item added at the top of a feed would close and
    reopen every alert below. This is the identity baselines use
    (:func:`mtqa.baseline.fingerprint`); identical issues of one document
    are told apart by their order (``:1``, ``:2``).
    """
    import hashlib  # here, not at the top: the text report imports this module for issue_path alone

    from mtqa.baseline import fingerprint

    fp = fingerprint(issue, result)
    key = "\x1f".join((fp["doc"], fp["code"], fp["text"], fp["context"]))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def sarif_result(issue: Issue, uri: str, rule_index: Optional[int], doc_id: str, fingerprint: str = "") -> dict:
    region = {
        "startLine": issue.line,
        "startColumn": issue.start + 1,
        "endLine": issue.line,
        "endColumn": issue.end + 1,
        "snippet": {"text": issue.text},
    }
    location = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}
    message = issue.message + suggestion_text(issue.suggestion)
    out = {"ruleId": issue.code}
    if rule_index is not None:
        out["ruleIndex"] = rule_index
    out.update({
        "level": LEVELS[issue.severity.value],
        "message": {"text": message},
        "locations": [location],
        "partialFingerprints": {"mtqa/v2": fingerprint},
        "properties": {
            "severity": issue.severity.value,
            "category": issue.category,
            "subcategory": issue.subcategory,
            "document": doc_id,
            "confidence": round(issue.confidence, 3),
        },
    })
    if issue.suggestion is not None:
        out["fixes"] = [{
            "description": {"text": f"Replace with {issue.suggestion!r}" if issue.suggestion else "Delete the text"},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri},
                "replacements": [{
                    "deletedRegion": {k: region[k] for k in ("startLine", "startColumn", "endLine", "endColumn")},
                    "insertedContent": {"text": issue.suggestion},
                }],
            }],
        }]
    return out


class SarifRenderer(Renderer):
    """One SARIF log with one run; results stream as documents arrive."""

    def start(self) -> None:
        rules = []
        for code in self.info.codes:
            rule = rule_descriptor(code)
            if rule is not None:
                rules.append(rule)
        self.rule_index = {r["id"]: k for k, r in enumerate(rules)}
        tool = self.info.tool()
        driver = {
            "name": "mtqa",
            "version": tool["version"],
            "semanticVersion": tool["version"],
            "rules": rules,
        }
        head = {"$schema": SCHEMA_URI, "version": "2.1.0"}
        run_head = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints"}
        self.stream.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "runs": [')
        self.stream.write(json.dumps(run_head, ensure_ascii=False, indent=1)[:-2] + ',\n "results": [')
        self._first = True

    def document(self, result: DocumentResult) -> None:
        pair = result.pair
        seen: dict[str, int] = {}
        for issue in result.issues:
            uri = artifact_uri(issue_path(pair, issue))
            key = stable_fingerprint(issue, result)
            seen[key] = seen.get(key, 0) + 1
            item = sarif_result(issue, uri, self.rule_index.get(issue.code), pair.id, f"{key}:{seen[key]}")
            self.stream.write(("\n" if self._first else ",\n") + json.dumps(item, ensure_ascii=False))
            self._first = False

    def finish(self, summary: Summary) -> None:
        props = {"signature": self.info.signature, "summary": summary.to_dict()}
        invocation = {"executionSuccessful": True, "exitCode": 0 if summary.failed == 0 else 1}
        if self.info.warnings:  # checks that could not run: shown beside the results, not only on stderr
            invocation["toolExecutionNotifications"] = [
                {"level": "warning", "message": {"text": w}} for w in self.info.warnings]
        self.stream.write('\n ],\n "invocations": ' + json.dumps([invocation]))
        self.stream.write(',\n "properties": ' + json.dumps(props, ensure_ascii=False) + "\n}]}\n")
