"""The example reports in reports/ match what the current code produces.

Regenerate them with ``.venv/bin/python reports/regenerate.py`` after a
change to a check or a renderer. Only mtqa's version and the run signature
are masked, so any changed issue, score or layout makes this fail.
"""
from __future__ import annotations

import difflib
import json
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _regen_module():
    spec = importlib.util.spec_from_file_location("reports_regenerate", ROOT / "reports" / "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


regen = _regen_module()


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    regen.regenerate(out)
    return out


@pytest.mark.parametrize("name", sorted(regen.FORMATS))
def test_report_is_fresh(name, fresh):
    stored = ROOT / "reports" / name
    assert stored.exists(), f"reports/{name} is missing: run .venv/bin/python reports/regenerate.py"
    want = regen.normalise(stored.read_text(encoding="utf-8"))
    got = regen.normalise((fresh / name).read_text(encoding="utf-8"))
    if got != want:
        pytest.fail(f"reports/{name} is stale: run .venv/bin/python reports/regenerate.py\n{_diff(name, want, got)}")


def _diff(name: str, want: str, got: str, limit: int = 40) -> str:
    """The first differing lines (JSON re-indented so the changed field shows), each cut to 160 characters."""
    if name.endswith(".json"):
        want, got = (json.dumps(json.loads(t), indent=1, ensure_ascii=False) + "\n" for t in (want, got))
    lines = difflib.unified_diff(want.splitlines(True), got.splitlines(True), f"reports/{name}", "regenerated", n=1)
    return "".join(line if len(line) <= 160 else line[:157] + "...\n" for line in list(lines)[:limit])


def test_normalise_masks_only_volatile_fields():
    text = '{"version": "9.9.9", "signature": "mtqa:9.9.9|pair:fr-en|checks:3-abc|mqm:1/5/25"} score 93.5'
    assert regen.normalise(text) == '{"version": "VERSION", "signature": "SIGNATURE"} score 93.5'
