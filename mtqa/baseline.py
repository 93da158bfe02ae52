"""Baselines: accept the issues a feed or corpus already has, fail only on new ones.

A team adopting mtqa on a live feed cannot fix every old item first. ``mtqa
check ... --write-baseline FILE`` records the current issues; later runs with
``--baseline FILE`` drop the recorded ones from the report and the verdict,
so CI fails only when a *new* defect appears.

Issues are matched by content, never by line number, so that an edit
elsewhere in the file (a new item on top of the feed, a reworded sentence)
does not turn every old issue into a "new" one. An issue's fingerprint is
(document id, code, normalised flagged text, a few words of context on each
side). Matching is a multiset in three passes, each consuming baseline
entries so two identical defects are not both excused by one entry:

1. same document, code, text and context;
2. same document, code and text (the sentence around it was edited);
3. same document and code, flagged text of four words or more at least
   80% similar (a long flagged span, such as a whole untranslated
   sentence, was touched up). Short spans (a number, a name) must match
   exactly: ``3.000`` and ``3.500`` are different defects.

The file is JSON, sorted, one entry per issue, in clear text so that a
reviewer can read what was accepted in a pull request. Source items that
had no translation (``missing``) are recorded by document id.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import defaultdict
from typing import Iterable, Iterator, Optional

from mtqa import __version__
from mtqa.errors import ConfigError
from mtqa.safefile import read_setting_file
from mtqa.model import DocumentResult, Issue
from mtqa.lazy import lazy_module as _lazy_module

_FUZZ = _lazy_module("rapidfuzz.fuzz")  # imported by the first use (mtqa.lazy), never by two threads at once

FORMAT = 1
CONTEXT_WORDS = 3
CONTEXT_CHARS = 200
FUZZY_MIN = 80.0
FUZZY_MIN_WORDS = 4
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+(?:['’\-.]\w+)*|[^\w\s]")


def normalise(text: str) -> str:
    """NFKC, whitespace collapsed, trimmed: what an edit that changes nothing visible cannot alter."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def context(issue: Issue, result: DocumentResult) -> str:
    """A few words either side of the flagged span, within its segment."""
    segments = result.pair.target.segments
    if issue.side != "target" or issue.segment >= len(segments):
        return ""
    text = segments[issue.segment].text
    # a window, not the whole segment: per-issue cost must not grow with the segment
    before = _WORD.findall(text[max(0, issue.seg_start - CONTEXT_CHARS):issue.seg_start])[-CONTEXT_WORDS:]
    after = _WORD.findall(text[issue.seg_end:issue.seg_end + CONTEXT_CHARS])[:CONTEXT_WORDS]
    return normalise(" ".join(before) + " … " + " ".join(after))


def fingerprint(issue: Issue, result: DocumentResult) -> dict:
    return {
        "doc": result.pair.id,
        "code": issue.code,
        "text": normalise(issue.text),
        "context": context(issue, result),
    }


class BaselineWriter:
    """Collects fingerprints of every issue that streams past; :meth:`save` writes them."""

    def __init__(self, path: str):
        self.path = path
        self.entries: list[dict] = []
        self.missing: list[str] = []

    def watch(self, results: Iterable[DocumentResult]) -> Iterator[DocumentResult]:
        for result in results:
            self.add(result)
            yield result

    def add(self, result: DocumentResult) -> None:
        if result.pair.meta.missing:
            self.missing.append(result.pair.id)
        self.entries.extend(fingerprint(i, result) for i in result.issues)

    def save(self) -> None:
        data = {
            "mtqa_baseline": FORMAT,
            "tool": f"mtqa {__version__}",
            "issues": sorted(self.entries, key=lambda e: (e["doc"], e["code"], e["text"], e["context"])),
            "missing": sorted(set(self.missing)),
        }
        from mtqa.output import atomic_output

        with atomic_output(self.path, newline=None, what="the baseline") as handle:
            handle.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


class Baseline:
    """Recorded issues, consumed as current issues match them."""

    def __init__(self, entries: Iterable[dict], missing: Iterable[str] = (), path: Optional[str] = None):
        self.path = path
        self.by_text: dict[tuple, list[str]] = defaultdict(list)  # (doc, code, text) -> contexts
        for e in entries:
            self.by_text[(e["doc"], e["code"], e["text"])].append(e.get("context", ""))
        self.missing = set(missing)
        self.matched = 0
        self.new = 0

    @classmethod
    def load(cls, path: str) -> "Baseline":
        if not os.path.lexists(path):
            raise ConfigError("no such baseline file (create it with --write-baseline)", path)
        text = read_setting_file(path, "baseline file", "utf-8")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"the baseline is not valid JSON ({exc.msg})", path, exc.lineno) from None
        except RecursionError:
            raise ConfigError("the baseline is not valid JSON (nested too deeply)", path) from None
        except ValueError:  # Python's cap on integer digits
            raise ConfigError("the baseline is not valid JSON (a number with too many digits)", path) from None
        if not isinstance(data, dict) or data.get("mtqa_baseline") != FORMAT:
            raise ConfigError(f"not an mtqa baseline (expected \"mtqa_baseline\": {FORMAT})", path)
        entries = data.get("issues", [])
        keys = ("doc", "code", "text")
        if not isinstance(entries, list) or not all(
            isinstance(e, dict) and all(isinstance(e.get(k), str) for k in keys) for e in entries
        ):
            raise ConfigError("baseline 'issues' must be a list of {doc, code, text, context}", path)
        return cls(entries, data.get("missing", []), path)

    def _matches(self, issues: list[Issue], result: DocumentResult) -> list[bool]:
        doc = result.pair.id
        prints = [fingerprint(i, result) for i in issues]
        hit = [False] * len(issues)
        for k, fp in enumerate(prints):  # 1. text and context
            contexts = self.by_text.get((doc, fp["code"], fp["text"]))
            if contexts and fp["context"] in contexts:
                contexts.remove(fp["context"])
                hit[k] = True
        for k, fp in enumerate(prints):  # 2. text only
            contexts = self.by_text.get((doc, fp["code"], fp["text"]))
            if not hit[k] and contexts:
                contexts.pop()
                hit[k] = True
        if not all(hit):  # 3. similar text
            fuzz = _FUZZ  # imported under mtqa.lazy's lock: threads of a Dask worker

            for k, fp in enumerate(prints):
                if hit[k] or len(fp["text"].split()) < FUZZY_MIN_WORDS:
                    continue
                for (d, code, text), contexts in self.by_text.items():
                    if d == doc and code == fp["code"] and contexts and fuzz.ratio(text, fp["text"]) >= FUZZY_MIN:
                        contexts.pop()
                        hit[k] = True
                        break
        return hit

    def apply(self, result: DocumentResult, config) -> DocumentResult:
        """Drop baselined issues from ``result`` and recompute its verdict on the new ones."""
        from mtqa.api import verdict

        pair = result.pair
        if pair.meta.missing:
            if pair.id in self.missing:
                pair.meta.baselined = "missing"
                self.matched += 1
                result.passed = True
            else:
                self.new += 1
            return result
        if result.adequacy or result.consensus:
            # a baseline judges what is new: the adequacy and consensus terms, which it cannot record, are left
            # out of every document (not only of those with a baselined issue)
            result.penalty, result.score, result.passed = verdict(result.issues, result.words, config)
            result.penalty += result.tie_break  # in no score nor verdict: it stays
        if not result.issues:
            return result
        hit = self._matches(result.issues, result)
        known = sum(hit)
        if not known:
            self.new += len(result.issues)
            return result
        fresh = [i for i, h in zip(result.issues, hit) if not h]
        result.baselined_issues = [(f"recorded in {self.path or 'the baseline'}", i)
                                   for i, h in zip(result.issues, hit) if h]
        self.matched += known
        self.new += len(fresh)
        pair.meta.baselined = known
        result.issues = fresh
        result.penalty, result.score, result.passed = verdict(fresh, result.words, config)
        result.penalty += result.tie_break
        return result

    def filter(self, results: Iterable[DocumentResult], config) -> Iterator[DocumentResult]:
        for result in results:
            yield self.apply(result, config)
