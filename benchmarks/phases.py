"""Where one submission's CPU goes: starting its sandbox, its cells, the hidden suites, closing it.

Grades the sample class one submission at a time in this process (a zygote, bubblewrap,
the same code as ``grade``), inside a fresh cgroup whose CPU counter includes the
sandboxes. For each phase it prints, per submission: wall time, the grader's own CPU
(``time.process_time``), the CPU of everything (grader, zygote, sandboxes) and of that
the kernel's share. The first submission (the zygote's start) is left out. Needs root,
bubblewrap and a cgroup hierarchy with ``cpuacct`` (v1) or ``cpu.stat`` (v2).

    python -m benchmarks.phases --n 21
"""

from __future__ import annotations

import argparse
import os
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
from benchmarks.sample_class import build_class

PHASES = ("start", "cells", "judge", "close")


def _kernel_seconds(group: Path, counter: str) -> float:
    if counter == "cpuacct.usage":
        fields = dict(line.split() for line in (group / "cpuacct.stat").read_text().splitlines())
        return int(fields["system"]) / os.sysconf("SC_CLK_TCK")
    fields = dict(line.split() for line in (group / "cpu.stat").read_text().splitlines())
    return int(fields["system_usec"]) / 1e6


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
                _kernel_seconds(group, counter))

    totals = {phase: [0.0, 0.0, 0.0, 0.0] for phase in PHASES}
    stolen = stolen_seconds()
    with tempfile.TemporaryDirectory() as scratch:
        paths = build_class(max(2, n), Path(scratch) / "class")
        for index, path in enumerate(paths):
            notebook = read_notebook(path)
            execution = Execution(list(notebook.code_cells), settings.limits, bwrap, 7, list(notebook.positions),
                                  list(notebook.labels), server=server)
            marks = [now()]
            execution.live()
            marks.append(now())
            execution.run_cells()
            marks.append(now())
            execution.begin_judging()
            run_suites(SandboxStudent(execution), 7)
            marks.append(now())
            execution.close()
            marks.append(now())
            if index == 0:
                continue  # the zygote's own start
            for phase, before, after in zip(PHASES, marks, marks[1:]):
                for k in range(4):
                    totals[phase][k] += after[k] - before[k]
    counted = len(paths) - 1
    print(f"{counted} submissions; per submission, in ms: wall, grader CPU, all CPU (kernel)")
    for phase, (wall, grader, everything, kernel) in totals.items():
        print(f"  {phase:6s} {1000 * wall / counted:7.1f} {1000 * grader / counted:7.1f} "
              f"{1000 * everything / counted:7.1f} ({1000 * kernel / counted:5.1f})")
    total = sum(t[2] for t in totals.values())
    print(f"  all    {1000 * total / counted:23.1f}")
    print(f"stolen by the host meanwhile: {stolen_seconds() - stolen:.1f} core-s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
