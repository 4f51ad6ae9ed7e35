"""Costs every submission pays inside its sandbox, each with and without this project's shortcut.

1. A fork and its exit, from a process holding what the zygote holds (torch, matplotlib,
   IPython: ~200 MB of heap), before and after ``zygote.HugePages`` backs that heap with
   2 MiB pages. Each submission forks twice (its box, then its worker as the box's pid 1)
   and each judged function's child once more.
2. IPython's preparation of the sample notebook's cells before they run (``transform_cell``,
   the top-level-await check, the parse), as IPython does it and with ``shortcuts``: no
   tokenizing of cells that parse as Python, no await check of cells without ``await`` or
   ``async``, and that first parse's tree handed over.
3. A fork running the sample notebook's cells: its page faults and CPU, before and after
   ``zygote.fill_heap_holes`` takes the free chunks of the C heap.
4. The judging child's ``calls.fingerprint`` in a fresh fork, against walking the values of
   the same modules (how it was computed before c9bb612): page faults and ms.

Runs in this process, unconfined (no sandbox needed); medians of a few repetitions, in ms:

    python -m benchmarks.sandbox_costs
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

from benchmarks.sample_class import build_class


def _median_ms(run: Callable[[], None], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def _fork_and_exit() -> None:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)


def _fork_write_and_exit() -> None:
    """A fork that allocates and writes a little, as a judged call's child does."""
    pid = os.fork()
    if pid == 0:
        kept = [object() for _ in range(100_000)]
        os._exit(len(kept) % 2)
    os.waitpid(pid, 0)


def _in_fork(work: Callable[[], None]) -> tuple[int, float]:
    """Page faults and CPU ms of ``work`` run in a fresh fork of this process."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        before = resource.getrusage(resource.RUSAGE_SELF)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            work()
        after = resource.getrusage(resource.RUSAGE_SELF)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        os.write(write, json.dumps([after.ru_minflt - before.ru_minflt, 1000 * cpu]).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        faults, cpu_ms = json.loads(pipe.read())
    return faults, cpu_ms


def _median_in_forks(work: Callable[[], None], repeat: int) -> tuple[float, float]:
    runs = [_in_fork(work) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _walk(spaces: list[dict[str, object]]) -> None:
    for space in spaces:
        tuple(map(id, space.values()))


def _notebook_cells() -> list[str]:
    from autograder.intake import read_notebook

    with tempfile.TemporaryDirectory() as scratch:
        path = build_class(1, Path(scratch) / "class")[0]
        return list(read_notebook(path).code_cells)


def main(argv: Sequence[str] | None = None) -> int:
    del argv
    os.environ.setdefault("MPLBACKEND", "Agg")
    from IPython.core.inputtransformer2 import TransformerManager

    from autograder.sandbox import worker, zygote

    cells = _notebook_cells()
    prepared = worker.Worker()  # what the zygote imports and warms before it forks
    gc.collect()
    gc.freeze()
    print(f"python {sys.version.split()[0]}, kernel {os.uname().release}")
    before = (_median_ms(_fork_and_exit, 15), _median_ms(_fork_write_and_exit, 15))
    huge = zygote.HugePages()
    started = time.perf_counter()
    while huge.pieces:
        huge.step()
    collapse_s = time.perf_counter() - started
    after = (_median_ms(_fork_and_exit, 15), _median_ms(_fork_write_and_exit, 15))
    print(f"huge pages: {huge.collapsed >> 20} MiB collapsed in {collapse_s:.2f} s (in idle slices, in the zygote)")
    print(f"  fork + exit:                  {before[0]:6.2f} ms -> {after[0]:6.2f} ms")
    print(f"  fork + 100k objects + exit:   {before[1]:6.2f} ms -> {after[1]:6.2f} ms")

    def run_cells() -> None:
        for cell in cells:
            prepared.shell.run_cell(cell, store_history=True)

    before_fill = _median_in_forks(run_cells, 9)
    taken = zygote.fill_heap_holes()
    after_fill = _median_in_forks(run_cells, 9)
    print(f"a fork running the sample notebook's cells, before and after taking {taken} holes of the C heap:")
    print(f"  page faults:                  {before_fill[0]:6.0f}    -> {after_fill[0]:6.0f}")
    print(f"  CPU ms:                       {before_fill[1]:6.1f}    -> {after_fill[1]:6.1f}")

    from autograder.sandbox import calls

    prepared.shell.run_cell("import torch, numpy, random, math\nimport matplotlib.pyplot as plt", store_history=False)
    namespace = prepared.shell.user_ns
    modules = [vars(sys.modules[n]) for n in calls.SHARED_MODULES if n in sys.modules]
    walked = _median_in_forks(lambda: _walk([namespace, dict(vars(sys.modules["torch"].Tensor)), *modules]), 9)
    versions = _median_in_forks(lambda: calls.fingerprint(namespace), 9)
    print("the judging child's fingerprint in a fresh fork (page faults, CPU ms):")
    print(f"  walking every value:          {walked[0]:6.0f} {walked[1]:5.2f} -> "
          f"by the dicts' versions {versions[0]:4.0f} {versions[1]:5.2f}")

    from IPython.core.async_helpers import _should_be_async
    from IPython.core.compilerop import CachingCompiler

    from autograder.sandbox import shortcuts

    def prepare(manager: TransformerManager, compiler: CachingCompiler, shortcut: bool) -> None:
        for cell in cells:
            source = manager.transform_cell(cell)
            if not (shortcut and shortcuts.plain_python_cannot_await(source)):
                _should_be_async(source)
            compiler.ast_parse(source, filename="<celda>")

    ipython, ipython_compiler = TransformerManager(), CachingCompiler()
    shortcut, shortcut_compiler = TransformerManager(), CachingCompiler()
    shortcuts.skip_plain_python(shortcut, shortcut_compiler)
    as_ipython = _median_ms(lambda: prepare(ipython, ipython_compiler, False), 9)
    with_shortcut = _median_ms(lambda: prepare(shortcut, shortcut_compiler, True), 9)
    print(f"IPython's preparation of the {len(cells)} cells of the sample notebook (tokens, await check, parse):")
    print(f"  as IPython does it:           {as_ipython:6.2f} ms -> with the shortcuts {with_shortcut:6.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
