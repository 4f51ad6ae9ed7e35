"""CPU cost of one stand-in question (a wrong helper's call answered by the grader), per process.

A judged call of ``MAE_loss`` whose own ``AE_loss`` is wrong asks the grader for
``AE_loss`` K times; the CPU that the grader (all its threads), the worker (the relay)
and the judging child (the student's code) each spend is read from ``/proc`` before and
after, and divided by K. Unconfined (no bubblewrap), so that every process is visible
from here; the protocol is the same as in the sandbox.

    python -m benchmarks.standin_questions --questions 5000
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Sequence

import torch

from autograder import config
from autograder.execute import Execution
from autograder.student import SandboxStudent

CELLS = ["import torch", "def AE_loss(y_pred, y_true):\n    return y_pred - y_true\n",
         "def MAE_loss(y_pred, y_true):\n    for _ in range(QUESTIONS):\n"
         "        value = AE_loss(y_pred, y_true).mean()\n    return value\n"]


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _descendants(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = [int(p) for p in children.read_text().split()] if children.exists() else []
    return found + [d for child in found for d in _descendants(child)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.standin_questions")
    parser.add_argument("--questions", type=int, default=5000)
    args = parser.parse_args(argv)
    cells = [c.replace("QUESTIONS", str(args.questions)) for c in CELLS]
    execution = Execution(cells, config.load().limits, None, 1)
    try:
        list(execution.run_cells())
        execution.begin_judging()
        student = SandboxStudent(execution)
        y_pred, y_true = torch.linspace(0, 1, 100), torch.zeros(100)
        student.call("MAE_loss", y_pred, y_true)  # the judging child is forked by the first call
        assert execution.sandbox is not None
        worker = execution.sandbox.process.pid
        processes = {"worker (relay)": worker, **{f"judging child {p}": p for p in _descendants(worker)}}
        before = {name: _cpu_seconds(pid) for name, pid in processes.items()}
        mine = os.times()
        started = time.perf_counter()
        call = student.call("MAE_loss", y_pred, y_true)
        wall = time.perf_counter() - started
        after = {name: _cpu_seconds(pid) for name, pid in processes.items()}
        spent = os.times()
        if call.failure is not None:
            print(f"the call failed: {call.failure.message}")
            return 1
        per = 1e6 / args.questions
        print(f"{args.questions} questions in {wall:.2f} s wall ({wall * per:.0f} us each)")
        print(f"  grader (all threads): {(spent.user + spent.system - mine.user - mine.system) * per:.0f} us CPU each")
        for name in processes:
            print(f"  {name}: {(after[name] - before[name]) * per:.0f} us CPU each")
        return 0
    finally:
        execution.close()


if __name__ == "__main__":
    raise SystemExit(main())
