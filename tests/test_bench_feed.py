"""bench/feed_bench.py's feeds: items stay distinct past the corpus, with figures equal on both sides."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import feed_bench as fb  # noqa: E402

FR = [f"Phrase {k} : {k * 7} euros à Lyon." for k in range(30)]  # a corpus of 10 items a pass
EN = [f"Sentence {k}: {k * 7} euros in Lyon." for k in range(30)]


def test_items_of_a_long_feed_stay_distinct():
    fr = fb.items(FR, 200)  # 20 passes over the corpus
    assert len(set(fr)) == 200


def test_the_first_three_passes_are_the_corpus_as_it_is():
    fr = fb.items(FR, 30)
    assert fr[0] == ("Phrase 0 : 0 euros à Lyon.", "<p>Phrase 1 : 7 euros à Lyon.</p><p>Phrase 2 : 14 euros à Lyon.</p>")
    assert fr[10][0] == "Phrase 1 : 7 euros à Lyon."  # the second pass starts one sentence later


def test_a_translated_item_keeps_its_source_figures():
    digits = "0123456789"
    for (ft, fbody), (et, ebody) in zip(fb.items(FR, 200), fb.items(EN, 200)):
        figures = [w for w in (ft + " " + fbody).replace("<", " ").replace(">", " ").split() if w[0] in digits]
        assert figures == [w for w in (et + " " + ebody).replace("<", " ").replace(">", " ").replace(":", "").split()
                           if w[0] in digits]


def test_peak_memory_is_this_program_s_own():
    # a child started by a large parent reports its own peak, not the parent's (ru_maxrss would)
    import subprocess

    code = ("import sys; sys.path.insert(0, %r); import feed_bench as fb; print(fb.peak_mb())"
            % str(Path(fb.__file__).parent))
    ballast = bytearray(300 * 2**20)  # the parent holds 300 MB
    ballast[::4096] = b"x" * len(ballast[::4096])  # resident, not only reserved
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    del ballast
    assert 0 < float(out) < 200


def test_the_throughput_children_report_their_own_peak_memory():
    # the throughput rows' children (CHILD, READ_ONLY) too: started by a large bench, not its size
    import subprocess

    code = "import resource\n" + fb.PEAK_KB + "\nprint(peak_kb())"
    ballast = bytearray(300 * 2**20)  # the parent holds 300 MB
    ballast[::4096] = b"x" * len(ballast[::4096])
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    del ballast
    assert 0 < int(out) / 1024 < 200
    assert fb.PEAK_KB in fb.CHILD and fb.PEAK_KB in fb.READ_ONLY
    assert "use.ru_maxrss" not in fb.CHILD + fb.READ_ONLY


def _row(n: int, read: float, pair: float, indexed: str, peak: float = 50.0) -> dict:
    return {"items": n, "read_cpu": read, "pair_cpu": pair, "peak_mb": peak, "indexed": indexed}


def test_exponents_of_linear_and_quadratic_costs():
    assert round(fb.exponent([1000, 2000, 4000], [1.0, 2.0, 4.0]), 6) == 1.0
    assert round(fb.exponent([1000, 2000, 4000], [1.0, 4.0, 16.0]), 6) == 2.0


def test_exponents_are_given_apart_for_each_reading_when_the_rows_cross_the_index_switch():
    # linear both ways, but the index's reading takes on the summaries' work that pairing does for
    # a feed read whole: across the switch reading looks superlinear and pairing sublinear
    rows = [_row(1000, 1.0, 2.0, "-"), _row(2000, 2.0, 4.0, "-"),
            _row(4000, 10.0, 2.0, "fr+en"), _row(8000, 20.0, 4.0, "fr+en")]
    lines = fb.exponent_lines(rows)
    assert "reading 1.5" in lines[0] and "pairing 0.2" in lines[0]
    assert "read whole: 1000, 2000; through the index: 4000, 8000" in lines[1]
    assert lines[2].startswith("  read whole, over 1000, 2000: reading 1.00, pairing 1.00, reading + pairing 1.00")
    assert lines[3].startswith("  through the index, over 4000, 8000: reading 1.00, pairing 1.00, reading + pairing 1.00")


def test_exponents_of_rows_read_one_way_are_given_once():
    rows = [_row(n, n / 1000, n / 500, "fr+en") for n in (1000, 2000, 4000) for _ in range(3)]
    lines = fb.exponent_lines(rows)
    assert len(lines) == 1 and "reading 1.00, pairing 1.00, reading + pairing 1.00; peak RSS 0.00" in lines[0]
