"""bench/memory_census.py: a run's caches listed with entries, bounds and deep sizes."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import memory_census as mc  # noqa: E402

import mtqa.langs.cache as cache  # noqa: E402

PAIRS = [
    ("La ministre Élodie Marchand a visité Grenoble mardi.", "Minister Élodie Marchand visited Grenoble on Tuesday."),
    ("Les pompiers ont éteint 14 incendies dans la vallée.", "Firefighters put out 14 fires in the valley."),
    ("Le conseil municipal votera le budget en janvier.", "The town council will vote on the budget in January."),
]


def test_deep_size_counts_a_shared_object_once_and_stops_where_told():
    shared = "x" * 1000
    table = {"a": [shared], "b": [shared]}
    once, _ = mc.deep_size([table], set(), set())
    assert sys.getsizeof(shared) < once < 2 * sys.getsizeof(shared)
    stopped, _ = mc.deep_size([table], set(), {id(table["a"]), id(table["b"])})
    assert stopped == sys.getsizeof(table) + sys.getsizeof("a") + sys.getsizeof("b")
    seen: set = set()
    mc.deep_size([table["a"]], seen, set())
    assert mc.deep_size([table["b"]], seen, set())[0] == sys.getsizeof(table["b"])  # its string already counted


def test_a_run_is_listed_cache_by_cache(tmp_path, capsys):
    corpus = tmp_path / "pairs.jsonl"
    corpus.write_text("".join(json.dumps({"id": k + 1, "doc": "d1", "source": s, "target": t}, ensure_ascii=False)
                              + "\n" for k, (s, t) in enumerate(PAIRS)), encoding="utf-8")
    real = cache.RunCache.__init__, cache.RunCache.memo
    mc.main(["--file", str(corpus), "--min-kb", "0", "--rows", "1000", "--detail", "mtqa.words.Splits"])
    assert (cache.RunCache.__init__, cache.RunCache.memo) == real  # the recording is undone
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines()[2:] if line[:8].strip().replace(".", "").isdigit()]
    kinds = {row[5] for row in rows if len(row) > 6}
    assert {"lru", "memo", "dict", "module"} <= kinds, out[:2000]
    splits = next(row for row in rows if row[-1] == "mtqa.words.Splits")
    assert int(splits[3]) >= 6 and float(splits[0]) > 0  # the three pairs' six texts, at least, split once
    sizes = [float(row[0]) for row in rows if len(row) > 6]
    assert sizes == sorted(sizes, reverse=True)
    assert "counted once" in out and "dict mtqa.words.Splits:" in out


def test_at_takes_the_census_while_the_run_reads_on_and_undoes_its_hook(tmp_path, capsys):
    """``--at``: a census between two documents once the input has passed each given pair (here one document
    of each pair, 60 documents: the hook looks every 50 documents), then the run's own at its end."""
    corpus = tmp_path / "pairs.jsonl"
    corpus.write_text("".join(json.dumps({"id": k + 1, "doc": f"d{k}", "source": PAIRS[k % 3][0],
                                          "target": PAIRS[k % 3][1]}, ensure_ascii=False) + "\n"
                              for k in range(60)), encoding="utf-8")
    real = cache.RunCache.__init__, cache.RunCache.memo, cache.RunCache.new_document
    mc.main(["--file", str(corpus), "--min-kb", "0", "--rows", "5", "--at", "10"])
    assert (cache.RunCache.__init__, cache.RunCache.memo, cache.RunCache.new_document) == real
    out = capsys.readouterr().out
    assert out.count("== at ~") == 1 and "pairs read (of 60)" in out, out[:2000]
    assert out.count("counted once") == 2  # the census at 10 pairs and the one at the end
