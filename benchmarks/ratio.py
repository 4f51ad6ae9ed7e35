"""Stages 2 and 3 of ``make bench`` alone: our grader, fresh kernels, our grader again; the ratios.

The host of this virtual machine changes pace from hour to hour, and ``make bench`` takes a
quarter of an hour, most of it nbgrader. This takes about four minutes and grades the class
twice, before and after the kernels, so a change of pace during the run shows as two ratios
that disagree.

    python -m benchmarks.ratio --n 100
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Sequence

from benchmarks import kernels
from benchmarks.bench import ROOT, cell_timeout_s, grade_command, usable_cores
from benchmarks.measure import run_timed
from benchmarks.sample_class import build_class


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ratio")
    parser.add_argument("--n", type=int, default=100, help="submissions in the sample class")
    args = parser.parse_args(argv)
    jobs = usable_cores()
    with tempfile.TemporaryDirectory(prefix="ratio-") as scratch:
        folder = Path(scratch)
        notebooks = build_class(args.n, folder / "class")
        ours: list[float] = []
        kernel_wall = 0.0
        for turn in (1, 2):
            graded = run_timed(grade_command([folder / "class"], folder / f"graded-{turn}", jobs),
                               folder / f"grade-{turn}.log", ROOT)
            if graded.returncode != 0:
                print(f"our grader exited with {graded.returncode}:\n{graded.tail()}")
                return 1
            ours.append(graded.wall_s)
            print(f"our grader, turn {turn}: {graded.wall_s:.2f} s", flush=True)
            if turn == 1:
                started = time.perf_counter()
                kernels.execute_all(notebooks, jobs, cell_timeout_s())
                kernel_wall = time.perf_counter() - started
                print(f"fresh kernels: {kernel_wall:.2f} s", flush=True)
    print("fresh kernels / our grader: " + ", ".join(f"{kernel_wall / wall:.2f}" for wall in ours))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
