"""Stage 3 of ``make bench``: the same notebooks executed in fresh Jupyter kernels, no grading.

This is the floor any notebook grader pays (start a kernel, run every cell), so the ratio
of our grading time to it says what the sandbox and the hidden tests cost on top. Each
notebook gets a new ``aprendizaje`` kernel (the venv's interpreter, as ``make venv`` installs
it) and a scratch working directory; cells that raise do not stop the run, as in nbgrader.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import subprocess
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import nbformat
from nbclient import NotebookClient

KERNEL_NAME = "aprendizaje"


@dataclass(frozen=True)
class Executed:
    """One notebook's run: seconds (kernel start included), cells that raised, and
    the worker's ``RUSAGE_CHILDREN`` peak so far (its largest kernel, KiB)."""

    seconds: float
    errors: int
    kernel_maxrss_kib: int


def execute(path: str, cell_timeout_s: int) -> Executed:
    """Execute one notebook top to bottom in a fresh kernel; the file is read, never written."""
    nb = nbformat.read(path, as_version=4)
    env = dict(os.environ)
    env.pop("MPLBACKEND", None)  # the inline backend, as students (and autograder.notebooks) get
    with tempfile.TemporaryDirectory(prefix="bench-kernel-") as cwd:
        client = NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=cell_timeout_s, allow_errors=True,
                                resources={"metadata": {"path": cwd}})
        started = time.perf_counter()
        # stderr: each kernel's own log (a TCP warning per kernel) would flood the report.
        client.execute(env=env, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
    errors = sum(output.get("output_type") == "error" for cell in nb.cells for output in cell.get("outputs", []))
    return Executed(seconds, errors, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def execute_all(paths: Sequence[Path], workers: int, cell_timeout_s: int) -> list[Executed]:
    """Execute every notebook, ``workers`` at a time (one kernel per worker at any moment).

    Workers are spawned, not forked: the caller has a sampling thread running.
    """
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(execute, [str(p) for p in paths], [cell_timeout_s] * len(paths)))
