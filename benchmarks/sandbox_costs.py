"""Two costs every submission pays inside its sandbox, each with and without this project's shortcut.

1. A fork and its exit, from a process holding what the zygote holds (torch, matplotlib,
   IPython: ~200 MB of heap), before and after ``zygote.HugePages`` backs that heap with
   2 MiB pages. Each submission forks three times and each judged function's child once more.
2. IPython's preparation of the sample notebook's cells (``transform_cell``), as IPython does
   it and with ``worker.skip_plain_python``, which skips tokenizing cells that cannot hold a
   magic.

Runs in this process, unconfined (no sandbox needed); medians of a few repetitions, in ms:

    python -m benchmarks.sandbox_costs
"""

from __future__ import annotations

import gc
import os
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

    ipython = TransformerManager()
    shortcut = TransformerManager()
    worker.skip_plain_python(shortcut)
    del prepared
    as_ipython = _median_ms(lambda: [ipython.transform_cell(c) for c in cells], 9)
    with_shortcut = _median_ms(lambda: [shortcut.transform_cell(c) for c in cells], 9)
    print(f"IPython's cell preparation, {len(cells)} cells of the sample notebook:")
    print(f"  as IPython does it:           {as_ipython:6.2f} ms -> with the shortcut {with_shortcut:6.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
