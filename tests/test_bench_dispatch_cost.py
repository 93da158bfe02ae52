"""bench/dispatch_cost.py: the ceiling of a chunk-level execution model, and its joined search's exactness."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import dispatch_cost  # noqa: E402

TEXTS = ["", "No mark here", "Ends with a comma ,", ", opens with one", "Two , marks , here", "x" * 50,
         "l'homme", "Last one ."]


def test_a_joined_search_finds_the_segments_a_search_a_segment_finds():
    for pattern in (re.compile(r"\s[,.]"), re.compile(r"[,.]\s"), re.compile("'"), re.compile(r"\w+"),
                    re.compile(r"[a-z]\b")):
        assert dispatch_cost.joined_hits(pattern, TEXTS) == dispatch_cost.segment_hits(pattern.search, TEXTS), \
            pattern.pattern


def test_a_pattern_that_crosses_the_separator_finds_other_segments_joined():
    # a space and a comma: joined by a line end, "No mark" and ", opens" make a hit in "No mark"
    pattern = re.compile(r"\s[,.]")
    texts = ["No mark", ", opens with one"]
    assert dispatch_cost.joined_hits(pattern, texts, "\n") == [0] != dispatch_cost.segment_hits(pattern.search, texts)
    assert dispatch_cost.joined_hits(pattern, texts) == dispatch_cost.segment_hits(pattern.search, texts) == []
    # an anchor needs the ends of the segment, which no separator gives alike: the script names it MISMATCH
    anchored = re.compile(r"[a-z]$")
    assert dispatch_cost.joined_hits(anchored, texts) != dispatch_cost.segment_hits(anchored.search, texts)


def test_the_script_prints_the_dispatch_share_and_the_joined_searches(tmp_path, capsys, monkeypatch):
    # the command's process freezes what table loads leave alive (mtqa.compiled); the test process must not
    monkeypatch.setattr(dispatch_cost, "freeze_loaded_tables", lambda on=True: None)
    path = tmp_path / "pairs.jsonl"
    rows = [("d1", "Le maire a présenté un plan de 3,5 millions.", "The mayor presented a 3,5 million plan."),
            ("d1", "Il l'a dit « hier ».", "He said it « yesterday » ."),
            ("d2", "Rien à signaler.", "Nothing to report.")]
    path.write_text("".join(json.dumps({"id": str(i), "doc": doc, "source": src, "target": tgt}) + "\n"
                            for i, (doc, src, tgt) in enumerate(rows)), encoding="utf-8")
    assert dispatch_cost.main([str(path), "--chunk", "2", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 segments, ")
    assert re.search(r"^dispatch +\d+\.\d{3} s +\d+\.\d % of the run$", out, re.MULTILINE)
    assert re.search(r"^  L101 .* pass 1$", out, re.MULTILINE)  # one translation holds a digit
    assert re.search(r"^  digit +hits +1 .* same$", out, re.MULTILINE)
    assert "MISMATCH" not in out
