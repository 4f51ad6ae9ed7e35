"""The floor under sandboxed grading: a submission's cells and hidden suites run in this very process.

``benchmarks.phases`` says what one submission costs in its sandbox; this says what the same
work costs with no sandbox at all (no fork, no sockets, no stand-in asking another process):
the notebook's cells in one IPython shell, then the hidden suites through ``InProcessStudent``.
The difference is what isolation costs. Never a way to grade: student code runs unconfined
here, and only the sample class (the project's own corpus) is run.

    python -m benchmarks.floor --n 21

Prints the CPU per submission (``time.process_time``) of the cells and of the suites. The
notebook that compiles with ``torch.compile`` is left out: its second of compiling is
neither the sandbox's nor the suites' cost, and would hide both.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Sequence

from benchmarks.sample_class import build_class


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.floor")
    parser.add_argument("--n", type=int, default=21, help="submissions of the sample class")
    args = parser.parse_args(argv)
    os.environ.setdefault("MPLBACKEND", "Agg")

    import matplotlib.pyplot as plt

    from autograder import grade
    from autograder.intake import read_notebook
    from autograder.proxy import InProcessStudent
    from autograder.sandbox.worker import Worker
    from autograder.suite_runner import run_suites

    grade.warm_up()
    shell = Worker().shell  # the zygote's own preparation, once
    cells: list[float] = []
    suites: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        paths = [p for p in build_class(max(1, args.n), Path(scratch) / "class") if "compiled" not in str(p)]
        for path in paths:
            notebook = read_notebook(path)
            shell.reset()
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                started = time.process_time()
                for source in notebook.code_cells:
                    shell.run_cell(source, store_history=True)
                ran = time.process_time()
                run_suites(InProcessStudent(shell.user_ns), 7)
                judged = time.process_time()
            plt.close("all")
            cells.append(ran - started)
            suites.append(judged - ran)
    print(f"{len(paths)} submissions, no sandbox; CPU per submission in ms (mean, median):")
    print(f"  cells   {1000 * statistics.fmean(cells):6.1f} {1000 * statistics.median(cells):6.1f}")
    print(f"  suites  {1000 * statistics.fmean(suites):6.1f} {1000 * statistics.median(suites):6.1f}")
    print(f"  both    {1000 * (statistics.fmean(cells) + statistics.fmean(suites)):6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
