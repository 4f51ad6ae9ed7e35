"""CPU time of grading the sample class, sandboxes included: steadier than wall time on a shared machine.

Wall time on this 2-core machine drifts by a third from one hour to the next, and anything
else running steals it. The CPU that grading itself burns drifts much less, so a change
is compared by both. The command runs in a fresh cgroup, whose CPU counter includes
every process it starts (the sandboxes' forks too, which no ``wait`` accounts for).
Needs root and a cgroup hierarchy with ``cpuacct`` (v1) or ``cpu.stat`` (v2).

    python -m benchmarks.class_cpu --n 100            # build the class, grade it 1×
    python -m benchmarks.class_cpu --n 100 --runs 3   # three runs, each graded afresh
    python -m benchmarks.class_cpu --n 1 --runs 3 --trees OLD,NEW   # a cold single grading, two
        # checkouts (e.g. ``git worktree add OLD <commit>``) taking turns, so both see the same machine
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Sequence

from benchmarks.measure import stolen_seconds
from benchmarks.sample_class import build_class

ROOT = Path("/sys/fs/cgroup")


def _new_group() -> tuple[Path, str]:
    """A fresh cgroup to run in, and the file that counts its CPU time."""
    name = f"class-cpu-{uuid.uuid4().hex[:8]}"
    if (ROOT / "cpuacct").is_dir():
        path = ROOT / "cpuacct" / name
        path.mkdir()
        return path, "cpuacct.usage"
    path = ROOT / name
    path.mkdir()
    return path, "cpu.stat"


def _cpu_seconds(path: Path, counter: str) -> float:
    text = (path / counter).read_text()
    if counter == "cpuacct.usage":
        return int(text) / 1e9
    fields = dict(line.split() for line in text.splitlines())
    return int(fields["usage_usec"]) / 1e6


def measure(command: list[str]) -> tuple[float, float, int, float]:
    """Wall seconds, CPU seconds (the whole process tree), exit status of ``command``, and the
    core-seconds the host stole from this machine meanwhile (``benchmarks.measure.stolen_seconds``)."""
    group, counter = _new_group()
    try:
        stolen, started = stolen_seconds(), time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                   preexec_fn=lambda: (group / "cgroup.procs").write_text(str(os.getpid())))
        status = process.wait()
        wall = time.monotonic() - started
        time.sleep(0.2)  # the sandboxes' last processes leave the group
        return wall, _cpu_seconds(group, counter), status, stolen_seconds() - stolen
    finally:
        for _ in range(50):
            try:
                group.rmdir()
                break
            except OSError:
                time.sleep(0.1)


def measuring_group(parser: argparse.ArgumentParser,
                    argv: Sequence[str] | None) -> tuple[argparse.Namespace, Path | None]:
    """Parse ``argv`` with a hidden ``--group``: the cgroup a benchmark measures in, or None when it
    is not running inside one yet (then it calls :func:`rerun_in_new_group`)."""
    parser.add_argument("--group", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    return args, None if args.group is None else Path(args.group)


def rerun_in_new_group(module: str, argv: list[str]) -> int:
    """Run ``python -m module *argv --group G`` inside a fresh cgroup G, then remove G.

    For benchmarks that read their own CPU counter (``--group``) while they run: everything
    they start, the zygote and its forks included, is counted in G.
    """
    group, _ = _new_group()
    try:
        return subprocess.call([sys.executable, "-m", module, *argv, "--group", str(group)],
                               preexec_fn=lambda: (group / "cgroup.procs").write_text(str(os.getpid())))
    finally:
        time.sleep(1.0)  # the zygote's last processes are still leaving
        group.rmdir()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.class_cpu")
    parser.add_argument("--n", type=int, default=100, help="submissions in the sample class")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--trees", default=None, metavar="A,B",
                        help="source trees to grade with, in turn (default: this one)")
    args = parser.parse_args(argv)
    trees = [Path(t).resolve() for t in args.trees.split(",")] if args.trees else [Path.cwd()]
    with tempfile.TemporaryDirectory(prefix="class-cpu-") as scratch:
        build_class(args.n, Path(scratch) / "class")
        for run in range(1, args.runs + 1):
            for tree in trees:
                out = Path(scratch) / f"out-{run}-{tree.name}"
                # ``python -m`` puts the working directory first on sys.path: that tree's grader runs.
                os.chdir(tree)
                wall, cpu, status, stolen = measure([sys.executable, "-m", "autograder", "grade",
                                             str(Path(scratch) / "class"), "--out", str(out)])
                print(f"run {run} {tree.name}: {args.n} submissions, wall {wall:.2f} s, CPU {cpu:.1f} core-s "
                      f"({1000 * cpu / args.n:.0f} ms per submission), exit {status}, stolen {stolen:.1f} core-s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
