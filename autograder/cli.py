"""Command line: ``python -m autograder {grade,release,demo}``."""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Sequence

from autograder.discover import Submission, UsageError, discover
from autograder.sandbox.forkserver import ForkServer

ASSIGNMENT = "aprendizaje"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Usage errors exit with 2 and one line, never a traceback."""
        self.print_usage(sys.stderr)
        raise SystemExit(self.exit(2, f"{self.prog}: error: {message}\n"))


def usable_cores() -> int:
    """The cores this process may run on (its affinity, which containers and taskset narrow)."""
    return max(1, len(os.sched_getaffinity(0)))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m autograder", description="Grade the lesson 'Aprendizaje'.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    grade = commands.add_parser("grade", help="grade notebooks and/or folders of submissions")
    grade.add_argument("paths", nargs="+", metavar="PATH",
                       help="a notebook, a folder of notebooks, or nbgrader's <folder>/<student>/<assignment>/")
    grade.add_argument("--out", required=True, type=Path, metavar="DIR", help="where <id>.json results go")
    grade.add_argument("--jobs", type=int, default=usable_cores(), metavar="N",
                       help=f"submissions graded at once (default: the usable cores, here {usable_cores()})")
    grade.add_argument("--seed", type=int, default=None, metavar="S",
                       help="seed of the hidden inputs (default: derived from each student id)")
    grade.add_argument("--config", type=Path, default=None, metavar="TOML",
                       help="read limits and points from this file's [tool.autograder] table "
                            "(default: the project's pyproject.toml; points missing there are the project's)")
    commands.add_parser("release", help="regenerate release/ from source/ with nbgrader")
    demo = commands.add_parser("demo", help="release, run the source notebook, grade the sample class")
    demo.add_argument("--out", type=Path, default=Path("demo-output"), metavar="DIR")
    demo.add_argument("--jobs", type=int, default=usable_cores(), metavar="N")
    return parser


def grade(paths: Sequence[str], out: Path, jobs: int, seed: int | None) -> int:
    """Grade and print one line per submission and a table; 1 only if the grader failed."""
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    submissions = discover(list(paths))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {out}: {exc.strerror}") from None
    from autograder import config
    from autograder.sandbox.launch import bubblewrap

    bwrap = bubblewrap()
    # The zygote imports torch in its sandbox while this process imports the judge.
    server = ForkServer(config.load().limits, bwrap, min(jobs, len(submissions))) if bwrap else None
    try:
        return _grade(submissions, out, jobs, seed, server)
    finally:
        if server is not None:
            server.close()


def _grade(submissions: list[Submission], out: Path, jobs: int, seed: int | None, server: ForkServer | None) -> int:
    from autograder import config, grade as grading
    from autograder.report import SubmissionResult, score_table
    from autograder.sandbox.channel import UNCONFINED_WARNING

    if server is None:
        print(UNCONFINED_WARNING, file=sys.stderr)
    results: list[SubmissionResult] = []
    internal = 0
    started = time.monotonic()

    def done(submission: Submission, result: SubmissionResult | BaseException) -> None:
        nonlocal internal
        if isinstance(result, SubmissionResult):
            results.append(result)
            internal += result.internal_errors > 0
            print(f"{submission.student_id}: {result.score:g}/{result.max_score:g} "
                  f"({result.execution_time:.1f} s)", flush=True)
        else:
            print(f"{submission.student_id}: GRADER ERROR {type(result).__name__}: {result}", flush=True)

    failed = grading.grade_batch(submissions, out, jobs, seed, done, server)
    order = {s.student_id: i for i, s in enumerate(submissions)}
    results.sort(key=lambda r: order.get(r.student_id, 0))
    if results:
        print()
        print(score_table(results, list(config.load().points)))
    print(f"\n{len(submissions)} submission{'' if len(submissions) == 1 else 's'} graded in {time.monotonic() - started:.1f} s; results in {out}")
    return 1 if failed or internal else 0


def choose_config(path: Path) -> None:
    """``--config``: a file that cannot be read or has unknown keys is a usage error, said in one line."""
    from autograder import config

    try:
        config.choose(path)
    except OSError as exc:
        raise UsageError(f"cannot read --config {path}: {exc.strerror}") from None
    except (ValueError, TypeError) as exc:
        raise UsageError(f"--config {path}: {exc}") from None


def release() -> int:
    from autograder.config import PROJECT_ROOT
    from autograder.notebooks import regenerate_release

    path = regenerate_release(PROJECT_ROOT)
    print(f"release regenerated: {path.relative_to(PROJECT_ROOT)}")
    return 0


def demo(out: Path, jobs: int) -> int:
    """The instructor's job end to end: release, run the lesson, grade the sample class."""
    from autograder.config import PROJECT_ROOT
    from autograder.notebooks import run_notebook

    status = release()
    source = PROJECT_ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    started = time.monotonic()
    report = run_notebook(source, out / "figures")
    print(f"source notebook ran headless in {time.monotonic() - started:.1f} s: "
          f"{len(report.figures)} figures in {out / 'figures'}, {len(report.errors)} cell errors")
    if report.errors:
        status = 1
    print("\nGrading the sample class in submitted/ …")
    return max(status, grade([str(PROJECT_ROOT / "submitted")], out / "results", jobs, None))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "grade":
            if args.config is not None:
                choose_config(args.config)
            return grade(args.paths, args.out, args.jobs, args.seed)
        if args.command == "release":
            return release()
        return demo(args.out, args.jobs)
    except UsageError as exc:
        print(f"python -m autograder: error: {exc}", file=sys.stderr)
        return 2
    except Exception:  # noqa: BLE001 - the grader itself failed: say so, keep the details
        traceback.print_exc()
        print("python -m autograder: internal error (details above); results already written are kept",
              file=sys.stderr)
        return 1
