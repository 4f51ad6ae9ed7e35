"""Wall clock and memory of one benchmark stage.

Two memory numbers, because neither alone answers "how much RAM does grading need":

- ``maxrss_mib``: ``ru_maxrss`` of the stage's child, from ``os.wait4``. That is the
  rusage ``resource.getrusage(RUSAGE_CHILDREN)`` accumulates, but for that one child only, so
  stages do not mix. Linux defines it as the peak resident set of the *largest single process*
  among the child and every descendant that was waited for (the CLI, its worker processes,
  the sandboxed kernels), not a sum over processes that ran at the same time.
- ``stolen_s``: CPU time the hypervisor gave to other machines while the stage ran (the
  ``steal`` column of ``/proc/stat``, all cores together). On a virtual machine it is the
  main reason the same stage takes a third longer in one hour than in another: a run with
  many stolen seconds was slowed by its host, not by the grader.
- ``tree_peak_mib``: the largest sum of the RSS of every descendant of this process,
  sampled every 0.2 s while the stage runs. It covers the ``--jobs`` processes running
  together; it counts shared pages (the torch libraries) once per process, so it is an upper
  bound, and a peak shorter than the interval can be missed.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import psutil

MIB = 1024 * 1024


def stolen_seconds() -> float:
    """Core-seconds stolen from this (virtual) machine since boot, all cores together; 0 if unknown."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK") if fields[0] == "cpu" and len(fields) > 8 else 0.0
    except (OSError, ValueError):
        return 0.0


class TreeSampler:
    """Peak summed RSS of this process's descendants while the ``with`` block runs."""

    def __init__(self, interval_s: float = 0.2) -> None:
        self.interval_s = interval_s
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.wait(self.interval_s):
            total = 0
            for process in me.children(recursive=True):
                try:
                    total += process.memory_info().rss
                except psutil.Error:  # it ended between the listing and the read
                    pass
            self.peak_bytes = max(self.peak_bytes, total)

    def __enter__(self) -> "TreeSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mib(self) -> float:
        return self.peak_bytes / MIB


@dataclass(frozen=True)
class Timed:
    """One command's run: exit status, wall seconds and the two memory peaks (see the module doc)."""

    returncode: int
    wall_s: float
    maxrss_mib: float
    tree_peak_mib: float
    log: Path
    stolen_s: float = 0.0

    def tail(self, lines: int = 20) -> str:
        """The end of the command's output, to show when it failed."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def run_timed(command: Sequence[str], log: Path, cwd: Path | None = None,
              env: dict[str, str] | None = None) -> Timed:
    """Run ``command`` to completion, output to ``log``; wall clock from start to reaping."""
    with open(log, "wb") as sink, TreeSampler() as sampler:
        stolen = stolen_seconds()
        started = time.perf_counter()
        process = subprocess.Popen(list(command), stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   cwd=cwd, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
    return Timed(process.returncode, wall, usage.ru_maxrss / 1024, sampler.peak_mib, log, stolen_seconds() - stolen)
