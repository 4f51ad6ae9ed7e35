"""``make bench``: how long grading a class takes, against running the notebooks and against nbgrader.

The issue "Grading speed" asks what our sandboxed grading costs per submission, compared with
the floor (executing the notebook in a fresh Jupyter kernel) and with stock nbgrader, and how
much memory it needs. In one run, with a scratch folder removed at the end (``--keep`` keeps it):

1. build a class of N corpus submissions, right and wrong (``benchmarks/sample_class.py``);
2. grade it with ``python -m autograder grade DIR --out OUT --jobs J``;
3. execute the same notebooks in fresh kernels, J at a time (``benchmarks/kernels.py``);
4. ``nbgrader autograde`` them in a scratch course (``benchmarks/nbgrader_course.py``);
5. grade one notebook in a fresh process (the cold start a single student waits for);
6. with CUDA only, time ``reference.train_all_points`` on CPU and GPU (``benchmarks/gpu_training.py``).

It measures and never asserts; the exit status is 0 unless the benchmark itself broke.
Usage: ``make bench [N=100] [ARGS="--jobs 2 --json bench.json --keep"]`` or
``.venv/bin/python -m benchmarks.bench --help`` from the repository root.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any, Sequence

from benchmarks import kernels, nbgrader_course
from benchmarks.measure import Timed, TreeSampler, run_timed, stolen_seconds
from benchmarks.sample_class import build_class

ROOT = Path(__file__).resolve().parent.parent


def usable_cores() -> int:
    """Cores this process may run on (what ``nproc`` prints), the default ``--jobs``."""
    return len(os.sched_getaffinity(0))


def cpu_model() -> str:
    """The CPU's name from /proc/cpuinfo (x86 ``model name``; Arm has other keys)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("model name", "Model", "Hardware") and value.strip():
                return value.strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def environment() -> dict[str, Any]:
    """What the numbers depend on; torch's version is read without importing it."""
    try:
        torch_version = importlib.metadata.version("torch")
    except importlib.metadata.PackageNotFoundError:
        torch_version = "not installed"
    return {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "nproc": usable_cores(), "cpu_count": os.cpu_count(), "cpu_model": cpu_model(),
            "python": platform.python_version(), "torch": torch_version,
            "bubblewrap": shutil.which("bwrap") is not None}


def cell_timeout_s() -> int:
    """The grader's own per-cell limit (``[tool.autograder] cell_timeout_s``), used by stages 3 and 4."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return int(tomllib.load(handle).get("tool", {}).get("autograder", {}).get("cell_timeout_s", 30))


def stage(name: str, n: int, wall_s: float, maxrss_mib: float | None, tree_peak_mib: float | None,
          median_s: float | None = None, **extra: Any) -> dict[str, Any]:
    """One row of the report; ``per_submission_s`` is wall time / N (N = 1 for a single grading)."""
    return {"name": name, "submissions": n, "wall_s": wall_s, "per_submission_s": wall_s / n, "median_s": median_s,
            "maxrss_mib": maxrss_mib, "tree_peak_mib": tree_peak_mib, **extra}


def from_timed(name: str, n: int, timed: Timed, median_s: float | None = None, **extra: Any) -> dict[str, Any]:
    return stage(name, n, timed.wall_s, timed.maxrss_mib, timed.tree_peak_mib, median_s,
                 returncode=timed.returncode, stolen_s=timed.stolen_s, **extra)


def grade_command(paths: Sequence[Path], out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "autograder", "grade", *map(str, paths), "--out", str(out), "--jobs", str(jobs)]


def read_results(out: Path) -> tuple[list[float], list[float]]:
    """Per-submission ``execution_time`` and ``score`` from the grader's ``<id>.json`` files."""
    times, scores = [], []
    for path in sorted(out.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        times.append(float(data.get("execution_time", 0.0)))
        scores.append(float(data.get("score", 0.0)))
    return times, scores


def failed(timed: Timed, what: str) -> None:
    if timed.returncode != 0:
        print(f"  {what} exited with {timed.returncode}; its last lines:\n{timed.tail()}")


def run_stages(n: int, jobs: int, scratch: Path) -> dict[str, Any]:
    """Stages 1-6; returns the report's numbers. Progress goes to stdout as each stage ends."""
    timeout = cell_timeout_s()
    course = scratch / "course"
    started = time.perf_counter()
    notebooks = build_class(n, course / "submitted")
    print(f"1. sample class: {len(notebooks)} submissions in {time.perf_counter() - started:.1f} s "
          f"(correct and wrong corpus snippets alternating)")
    stages: list[dict[str, Any]] = []

    print(f"2. python -m autograder grade --jobs {jobs} …", flush=True)
    graded = run_timed(grade_command([course / "submitted"], scratch / "graded", jobs), scratch / "grade.log", ROOT)
    failed(graded, "the grader")
    times, scores = read_results(scratch / "graded")
    stages.append(from_timed(f"our grader (--jobs {jobs})", n, graded, statistics.median(times) if times else None,
                             results=len(times), full_marks=sum(s >= 100 for s in scores)))

    print(f"3. fresh kernels, {jobs} at a time, cell timeout {timeout} s …", flush=True)
    with TreeSampler() as sampler:
        stolen, started = stolen_seconds(), time.perf_counter()
        executed = kernels.execute_all(notebooks, jobs, timeout)
        wall, stolen = time.perf_counter() - started, stolen_seconds() - stolen
    stages.append(stage(f"fresh kernels ({jobs} workers)", n, wall,
                        max(e.kernel_maxrss_kib for e in executed) / 1024, sampler.peak_mib,
                        statistics.median(e.seconds for e in executed),
                        cells_raising=sum(e.errors for e in executed), stolen_s=stolen))

    print("4. nbgrader autograde (one submission at a time) …", flush=True)
    nbgrader: dict[str, Any] | None = None
    try:
        nbgrader_course.make_course(course, timeout)
        autograded = nbgrader_course.autograde(course, scratch / "nbgrader.log")
        failed(autograded, "nbgrader autograde")
        nbgrader = from_timed("nbgrader autograde (serial)", n, autograded,
                              autograded_notebooks=nbgrader_course.graded_count(course))
        stages.append(nbgrader)
    except (RuntimeError, OSError) as exc:
        print(f"  nbgrader autograde cannot run here, skipped: {exc}")

    print("5. one cold grading in a fresh process …", flush=True)
    single = run_timed(grade_command([notebooks[0]], scratch / "single", 1), scratch / "single.log", ROOT)
    failed(single, "the single grading")
    stages.append(from_timed("cold single grading", 1, single))

    print("6. reference.train_all_points on CPU and GPU …", flush=True)
    from benchmarks import gpu_training  # imports torch: only now, after every worker pool

    kernel_wall, grader_wall = stages[1]["wall_s"], stages[0]["wall_s"]
    return {"n": n, "jobs": jobs, "cell_timeout_s": timeout, "stages": stages,
            "kernels_over_grader": kernel_wall / grader_wall if grader_wall else None,
            "nbgrader_per_submission_s": nbgrader["per_submission_s"] if nbgrader else None,
            "cold_single_s": single.wall_s, "gpu_training": gpu_training.run()}


def _num(value: float | None, fmt: str = "{:.2f}") -> str:
    return "-" if value is None else fmt.format(value)


def print_report(env: dict[str, Any], report: dict[str, Any]) -> None:
    print(f"\n{'stage':<30} {'wall s':>8} {'wall/N s':>9} {'median s':>9} {'maxRSS MiB':>11} {'tree MiB':>9}"
          f" {'stolen s':>9}")
    for row in report["stages"]:
        print(f"{row['name']:<30} {row['wall_s']:>8.2f} {row['per_submission_s']:>9.2f} {_num(row['median_s']):>9} "
              f"{_num(row['maxrss_mib'], '{:.0f}'):>11} {_num(row['tree_peak_mib'], '{:.0f}'):>9}"
              f" {_num(row.get('stolen_s'), '{:.1f}'):>9}"
              + (f"  (exit status {row['returncode']})" if row.get("returncode") else ""))
    grader = report["stages"][0]
    print(f"\nN = {report['n']} submissions, J = {report['jobs']} parallel, per-cell timeout {report['cell_timeout_s']} s")
    print(f"our grader: {grader['results']} results, {grader['full_marks']} with full marks "
          f"(median = the grader's own execution_time per submission)")
    ratio = report["kernels_over_grader"]
    if ratio:
        print(f"fresh-kernel execution / our grading (wall): {ratio:.2f}  "
              f"(our grading takes {1 / ratio:.2f}x the time of just running the notebooks)")
    per = report["nbgrader_per_submission_s"]
    print(f"nbgrader autograde per submission: {_num(per)} s" + ("" if per else " (did not run)"))
    print(f"cold single grading (fresh process, one notebook): {report['cold_single_s']:.2f} s")
    print("memory: maxRSS = ru_maxrss from wait4/RUSAGE_CHILDREN: the peak of the largest single process in that "
          "stage's tree\n        (for fresh kernels: the largest kernel), not a sum; tree = largest sampled sum of "
          "RSS over all its\n        processes at once (0.2 s samples; shared pages counted per process, so an "
          "upper bound)")
    print("stolen = core-seconds this virtual machine's host gave to others during the stage (/proc/stat steal): "
          "a slow hour, not a slow grader")
    gpu = report["gpu_training"]
    if "skipped" in gpu:
        print(f"train_all_points CPU vs GPU: skipped, {gpu['skipped']}")
    else:
        print(f"train_all_points on {gpu['device']}, seconds per step ({gpu['steps']} steps after a warm-up):")
        for row in gpu["rows"]:
            print(f"  {row['points']:>11,} points: CPU {row['cpu_s_per_step']:.4f}  GPU {row['gpu_s_per_step']:.4f}  "
                  f"x{row['speedup']:.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="submissions in the sample class (default 100)")
    parser.add_argument("--jobs", type=int, default=usable_cores(),
                        help="parallel gradings / kernels (default: usable cores, %(default)s here)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the numbers to PATH")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (class, results, logs)")
    args = parser.parse_args(argv)
    if args.n < 1 or args.jobs < 1:
        parser.error("--n and --jobs must be at least 1")

    env = environment()
    print(f"date {env['date']}  nproc {env['nproc']} (of {env['cpu_count']})  CPU {env['cpu_model']}")
    print(f"python {env['python']}  torch {env['torch']}  bubblewrap {'yes' if env['bubblewrap'] else 'NO'}\n")
    scratch = Path(tempfile.mkdtemp(prefix="aprendizaje-bench-"))
    try:
        report = run_stages(args.n, args.jobs, scratch)
    finally:
        if args.keep:
            print(f"scratch kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print_report(env, report)
    if args.json:
        args.json.write_text(json.dumps({"environment": env, **report}, indent=1) + "\n", encoding="utf-8")
        print(f"numbers written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
