"""What one judged call and one stand-in question cost, sandbox and all, against the same in this process.

A submission's hidden suites make about 90 judged calls, and a submission with a wrong
helper about 100 to 500 stand-in questions more (``trusted``). Each call crosses from the
grader to the worker, to the judging child and back; each question from the child to the
grader and back. This measures both on a tiny notebook, in a fresh cgroup whose CPU counter
includes every process of the sandbox:

- ``line_model`` on 30 points: a call that asks nothing;
- ``MAE_loss`` whose ``AE_loss`` has no verdict yet: a call whose one ``AE_loss`` is a stand-in
  (one question); the difference between the two is the question.

The same calls through ``InProcessStudent`` (no sandbox, no sockets) are the floor.
Needs root, bubblewrap and a cgroup hierarchy with ``cpuacct`` (v1) or ``cpu.stat`` (v2).

    python -m benchmarks.call_costs --calls 500
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any, Callable, Sequence

from benchmarks.class_cpu import _cpu_seconds, measuring_group, rerun_in_new_group

CELLS = ["import torch",
         "def line_model(x, m, b):\n    return m * x + b",
         "def AE_loss(y_pred, y_true):\n    return torch.abs(y_pred - y_true)",
         "def MAE_loss(y_pred, y_true):\n    return torch.mean(AE_loss(y_pred, y_true))"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.call_costs")
    parser.add_argument("--calls", type=int, default=500, help="calls of each kind (after as many to warm up)")
    args, group = measuring_group(parser, argv)
    if group is None:
        return rerun_in_new_group("benchmarks.call_costs", ["--calls", str(args.calls)])
    return _measure(args.calls, group)


def _measure(calls: int, group: Path) -> int:
    import torch

    from autograder import config, grade
    from autograder.execute import Execution
    from autograder.proxy import InProcessStudent
    from autograder.sandbox.forkserver import ForkServer
    from autograder.sandbox.launch import bubblewrap
    from autograder.student import SandboxStudent

    bwrap = bubblewrap()
    if bwrap is None:
        print("bubblewrap is not usable here: nothing to measure")
        return 1
    counter = "cpuacct.usage" if (group / "cpuacct.usage").exists() else "cpu.stat"
    settings = config.load()
    server = ForkServer(settings.limits, bwrap, 1)
    grade.sandboxes_from(server)
    grade.warm_up()
    x, y = torch.rand(30), torch.rand(30)
    kinds: dict[str, Callable[[Any], Any]] = {
        "line_model (no question)": lambda student: student.call("line_model", x, 0.5, 1.0),
        "MAE_loss (one question)": lambda student: student.call("MAE_loss", x, y),
    }
    try:
        execution = Execution(CELLS, settings.limits, bwrap, 7, server=server)
        execution.run_cells()
        execution.begin_judging()
        sandboxed = SandboxStudent(execution)
        namespace: dict[str, Any] = {}
        for source in CELLS:
            exec(source, namespace)  # noqa: S102 - the benchmark's own four cells
        in_process = InProcessStudent(namespace)
        print(f"{calls} calls of each kind; per call, in µs: wall, CPU of everything, grader's CPU")
        costs = {}
        for label, call in kinds.items():
            for where, student in (("sandbox", sandboxed), ("in-process", in_process)):
                for _ in range(calls):  # warm-up: the judging child's fork, first-time costs
                    assert call(student).ok
                wall, cpu, mine = time.perf_counter(), _cpu_seconds(group, counter), time.process_time()
                for _ in range(calls):
                    call(student)
                wall, cpu, mine = (time.perf_counter() - wall, _cpu_seconds(group, counter) - cpu,
                                   time.process_time() - mine)
                costs[label, where] = cpu
                print(f"  {label:26s} {where:10s} {1e6 * wall / calls:7.0f} {1e6 * cpu / calls:7.0f} "
                      f"{1e6 * mine / calls:7.0f}")
        execution.close()
    finally:
        server.close()
    labels = list(kinds)
    for where in ("sandbox", "in-process"):
        extra = costs[labels[1], where] - costs[labels[0], where]
        print(f"one stand-in question, {where}: about {1e6 * extra / calls:.0f} µs of CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
