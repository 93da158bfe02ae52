"""bench/cpu_profile.py: samples drawn by CPU time, so a process waiting (for a CPU, or asleep) draws none."""
from __future__ import annotations

import collections
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))
import cpu_profile  # noqa: E402


def _busy(seconds: float) -> int:
    end, n = time.process_time() + seconds, 0
    while time.process_time() < end:
        n += 1
    return n


def test_a_process_asleep_draws_no_sample_and_a_busy_one_draws_them_where_it_works():
    with cpu_profile.Sampler(0.001) as sampler:
        time.sleep(0.3)  # wall time without CPU: a wall-clock sampler would charge it to this line
    assert sum(sampler.stacks.values()) == 0
    with cpu_profile.Sampler(0.001) as sampler:
        _busy(0.2)
    total, inclusive, own = cpu_profile.shares(sampler.stacks)
    assert total > 0
    busy = next(name for name in inclusive if name.startswith("_busy ("))
    assert inclusive[busy] >= 0.9 * total


def test_shares_count_a_recursive_function_once_per_stack_and_self_at_the_innermost_frame():
    stacks = collections.Counter({"main (a.py:1);f (a.py:5);f (a.py:6);g (b.py:2)": 3, "main (a.py:1);f (a.py:9)": 1})
    total, inclusive, own = cpu_profile.shares(stacks)
    assert total == 4
    assert inclusive["f (a.py)"] == 4 and inclusive["g (b.py)"] == 3 and inclusive["main (a.py)"] == 4
    assert own == collections.Counter({"g (b.py)": 3, "f (a.py)": 1})


def test_the_command_profiles_an_mtqa_check_and_writes_its_stacks(tmp_path):
    target = tmp_path / "t.txt"
    target.write_text("The cat sleeps on the mat.\n", encoding="utf-8")
    out = tmp_path / "stacks.txt"
    done = subprocess.run([sys.executable, str(BENCH / "cpu_profile.py"), "--interval", "0.5", "--out", str(out),
                           "--", "check", "--format", "jsonl", "-o", str(tmp_path / "r.jsonl"), str(target)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "mtqa exit status 0" in done.stderr and "== inclusive" in done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.rsplit(" ", 1)[1].isdigit() for line in lines)
    assert (tmp_path / "r.jsonl").read_text(encoding="utf-8")  # the command itself ran
