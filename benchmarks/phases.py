"""Where one submission's CPU goes: starting its sandbox, its cells, the hidden suites, closing it.

Grades the sample class one submission at a time in this process (a zygote, bubblewrap,
the same code as ``grade``), inside a fresh cgroup whose CPU counter includes the
sandboxes. For each phase it prints, per submission: wall time, the grader's own CPU
(``time.process_time``), the CPU of everything (grader, zygote, sandboxes) and of that
the kernel's share, and the worker's own CPU (``/proc/PID/stat``; the cells run there, and
while the suites run it forwards each call to the judging child and its result back).
Everything else in a sandbox is the judging child and its forks. Then page faults (each a
few microseconds of kernel time, most of them copy-on-write copies of the zygote's pages):
the grader's, the worker's own, and those of the worker's children it has reaped. The first
submission (the zygote's start) is left out. Last, the CPU and page faults of the judging child
(and any process of it) still alive when the suites end (a child ended earlier counts among the reaped). Needs root,
bubblewrap and a cgroup hierarchy with ``cpuacct`` (v1) or ``cpu.stat`` (v2).

    python -m benchmarks.phases --n 21
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path
from typing import Sequence

from autograder import config, grade
from autograder.execute import Execution
from autograder.intake import read_notebook
from autograder.sandbox.forkserver import ForkServer
from autograder.sandbox.launch import bubblewrap
from autograder.student import SandboxStudent
from autograder.suite_runner import run_suites
from benchmarks.class_cpu import _cpu_seconds, measuring_group, rerun_in_new_group
from benchmarks.measure import stolen_seconds
from benchmarks.standin_questions import _descendants
from benchmarks.sample_class import build_class

PHASES = ("start", "cells", "judge", "close")


def _kernel_seconds(group: Path, counter: str) -> float:
    if counter == "cpuacct.usage":
        fields = dict(line.split() for line in (group / "cpuacct.stat").read_text().splitlines())
        return int(fields["system"]) / os.sysconf("SC_CLK_TCK")
    fields = dict(line.split() for line in (group / "cpu.stat").read_text().splitlines())
    return int(fields["system_usec"]) / 1e6


def _process_seconds(pid: int | None) -> tuple[float, int, int]:
    """User and system CPU of one process so far, its page faults, and those of its reaped children
    (zeros once it is gone, or before it exists)."""
    if pid is None:
        return 0.0, 0, 0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0, 0, 0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), int(fields[7]), int(fields[8])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.phases")
    parser.add_argument("--n", type=int, default=21, help="submissions (the first is not counted)")
    args, group = measuring_group(parser, argv)
    if group is None:
        return rerun_in_new_group("benchmarks.phases", ["--n", str(args.n)])
    counter = "cpuacct.usage" if (group / "cpuacct.usage").exists() else "cpu.stat"

    bwrap = bubblewrap()
    if bwrap is None:
        print("bubblewrap is not usable here: nothing to measure")
        return 1
    settings = config.load()
    server = ForkServer(settings.limits, bwrap, 1)
    grade.sandboxes_from(server)
    grade.warm_up()
    try:
        return _measure(args.n, group, counter, server, settings, bwrap)
    finally:
        server.close()  # its staging folder too


def _measure(n: int, group: Path, counter: str, server: ForkServer, settings: config.Settings, bwrap: str) -> int:
    """Grade ``n`` submissions of the sample class phase by phase; print the CPU of each phase."""

    def now() -> tuple[float, float, float, float]:
        return (time.monotonic(), time.process_time(), _cpu_seconds(group, counter),
                _kernel_seconds(group, counter), resource.getrusage(resource.RUSAGE_SELF).ru_minflt)

    totals = {phase: [0.0, 0.0, 0.0, 0.0] for phase in PHASES}
    worker = {phase: [0.0, 0.0, 0.0] for phase in PHASES[1:3]}
    grader_faults = {phase: 0 for phase in PHASES}
    children = [0.0, 0]
    stolen = stolen_seconds()
    with tempfile.TemporaryDirectory() as scratch:
        paths = build_class(max(2, n), Path(scratch) / "class")
        for index, path in enumerate(paths):
            notebook = read_notebook(path)
            execution = Execution(list(notebook.code_cells), settings.limits, bwrap, 7, list(notebook.positions),
                                  list(notebook.labels), server=server)
            marks = [now()]
            sandbox = execution.live()
            pid = getattr(sandbox, "worker_pid", None)
            marks.append(now())
            cpu = [_process_seconds(pid)]
            execution.run_cells()
            marks.append(now())
            cpu.append(_process_seconds(pid))
            execution.begin_judging()
            run_suites(SandboxStudent(execution), 7)
            cpu.append(_process_seconds(pid))
            live = [_process_seconds(p) for p in (_descendants(pid) if pid else [])]  # the judging child, serving
            marks.append(now())
            execution.close()
            marks.append(now())
            if index == 0:
                continue  # the zygote's own start
            for phase, before, after in zip(PHASES, marks, marks[1:]):
                for k in range(4):
                    totals[phase][k] += after[k] - before[k]
                grader_faults[phase] += after[4] - before[4]
            for phase, before_, after_ in zip(PHASES[1:3], cpu, cpu[1:]):
                for k in range(3):
                    worker[phase][k] += after_[k] - before_[k]
            children[0] += sum(seconds for seconds, _, _ in live)
            children[1] += sum(faults for _, faults, _ in live)
    counted = len(paths) - 1
    print(f"{counted} submissions; per submission, in ms: wall, grader CPU, all CPU (kernel), worker CPU;"
          " then page faults: the grader's, the worker's, its reaped children's")
    for phase, (wall, grader, everything, kernel) in totals.items():
        own = (f"{1000 * worker[phase][0] / counted:8.1f}" if phase in worker else f"{'-':>8}")
        faults = (f"{worker[phase][1] / counted:7.0f} {worker[phase][2] / counted:7.0f}" if phase in worker
                  else f"{'-':>7} {'-':>7}")
        print(f"  {phase:6s} {1000 * wall / counted:7.1f} {1000 * grader / counted:7.1f} "
              f"{1000 * everything / counted:7.1f} ({1000 * kernel / counted:5.1f}) {own}"
              f"  {grader_faults[phase] / counted:7.0f} {faults}")
    print(f"  of judge: the live judging child {1000 * children[0] / counted:.1f} ms CPU, "
          f"{children[1] / counted:.0f} page faults")
    total = sum(t[2] for t in totals.values())
    print(f"  all    {1000 * total / counted:23.1f}")
    print(f"stolen by the host meanwhile: {stolen_seconds() - stolen:.1f} core-s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
