"""Command line: ``python -m autograder {grade,release,demo,gradescope-zip,export-moodle}``."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Sequence

from autograder.discover import Found, Submission, UsageError, discover_all
from autograder.sandbox.forkserver import ForkServer

if TYPE_CHECKING:
    from autograder.integrations.dask_cluster import Cluster

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
    grade.add_argument("--force", action="store_true",
                       help="grade every submission again (default: keep results already finished for the same "
                            "notebook, so an interrupted batch resumes where it stopped)")
    grade.add_argument("--config", type=Path, default=None, metavar="TOML",
                       help="read limits and points from this file's [tool.autograder] table "
                            "(default: the project's pyproject.toml; points missing there are the project's)")
    grade.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="grade on the Dask cluster of this scheduler (tcp://HOST:PORT) instead of here; "
                            "results are written here all the same")
    commands.add_parser("release", help="regenerate release/ from source/ with nbgrader")
    gradescope_zip = commands.add_parser("gradescope-zip", help="build the autograder zip to upload to Gradescope")
    gradescope_zip.add_argument("--out", type=Path, default=Path("autograder.zip"), metavar="ZIP")
    gradescope_zip.add_argument("--extra-index-url", default=None, metavar="URL",
                                help="a further package index setup.sh gives pip (e.g. torch's CPU-only wheels)")
    moodle = commands.add_parser("export-moodle", help="grades and feedback as a CSV for Moodle's grade import")
    moodle.add_argument("results", type=Path, metavar="RESULTS_DIR", help="the --out folder of a graded batch")
    moodle.add_argument("--out", required=True, type=Path, metavar="CSV")
    moodle.add_argument("--map", type=Path, default=None, metavar="MAPPING_CSV",
                        help="CSV with a header: student id in the first column, the Moodle identifier "
                             "(email, ID number or username) in another")
    moodle.add_argument("--id-column", default=None, metavar="NAME",
                        help="the mapping's column holding the Moodle identifier, which also names the output's "
                             "identifier column (default: the mapping's second column; without --map, 'username')")
    demo = commands.add_parser("demo", help="release, run the source notebook, grade the sample class")
    demo.add_argument("--out", type=Path, default=Path("demo-output"), metavar="DIR")
    demo.add_argument("--jobs", type=int, default=usable_cores(), metavar="N")
    return parser


INTERRUPTED = 130
"""Exit status of a batch stopped with Ctrl-C (128 + SIGINT), as shells report it."""


def grade(paths: Sequence[str], out: Path, jobs: int, seed: int | None, force: bool = False,
          scheduler: str | None = None) -> int:
    """Grade what is not graded yet, with progress; write the class summary and report; 1 only if
    the grader itself failed, 130 if interrupted. With ``scheduler``, on that Dask cluster."""
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    found = discover_all(list(paths))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {out}: {exc.strerror}") from None
    from autograder import config
    from autograder.batch import resume
    from autograder.sandbox.launch import bubblewrap

    resume.remove_partial(out)
    todo = resume.pending(out, found.submissions, force)
    cluster = None
    if todo and scheduler is not None:
        from autograder.integrations.dask_cluster import Cluster

        cluster = Cluster(scheduler)  # a UsageError, in one line, if it cannot be reached
    for entry in found.skipped:
        print(f"omitido: {entry.name} — {entry.reason}", flush=True)
    kept = len(found.submissions) - len(todo)
    if kept:
        print(f"{kept} ya corregidas en {out} (se conservan; --force las corrige de nuevo); "
              f"quedan {len(todo)}.", flush=True)
    bwrap = bubblewrap() if todo and cluster is None else None
    # The zygote imports torch in its sandbox while this process imports the judge.
    server = ForkServer(config.load().limits, bwrap, min(jobs, len(todo))) if bwrap else None
    try:
        return _grade(found, todo, out, jobs, seed, server, bool(bwrap) or not todo or cluster is not None, cluster)
    except KeyboardInterrupt:
        if server is not None:
            server.close()
            server = None
        _summarise(found, out)
        done = sum(resume.is_finished(out, s) for s in found.submissions)
        print(f"\nInterrumpido: {done} de {len(found.submissions)} entregas corregidas en {out}. Para seguir, "
              "basta con volver a ejecutar la misma orden: solo se corrigen las que faltan.", file=sys.stderr)
        return INTERRUPTED
    finally:
        if server is not None:
            server.close()
        if cluster is not None:
            cluster.close()


def _summarise(found: Found, out: Path) -> tuple[Path, Path]:
    """``summary.csv`` and ``report.html`` of the whole batch, from the result files."""
    from autograder import config
    from autograder.batch import class_report, summary
    from autograder.intake import lesson

    functions = list(lesson().functions)
    rows = summary.class_rows(out, found.submissions, found.skipped)
    points = config.load().points
    summary.write_csv(out / "summary.csv", rows, functions)
    class_report.write_report(out / "report.html", rows, functions, {f: float(points[f]) for f in functions})
    return out / "summary.csv", out / "report.html"


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No automatic garbage collection while the judge loads (torch, the reference, the suites).

    The collector would walk the growing heap again and again: a fifth of the second this
    process takes to load, while the zygote starts beside it. What was loaded is then frozen,
    out of the collector's sight for good, here and in the grading processes forked from here.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _grade(found: Found, todo: list[Submission], out: Path, jobs: int, seed: int | None,
           server: ForkServer | None, confined: bool, cluster: Cluster | None = None) -> int:
    with _collector_paused():
        from autograder import grade as grading
        from autograder.batch.progress import Progress
        from autograder.intake import lesson
        from autograder.report import SubmissionResult, score_table
        from autograder.sandbox.channel import UNCONFINED_WARNING

        if todo and cluster is None:
            grading.warm_up()

    if not confined:
        print(UNCONFINED_WARNING, file=sys.stderr)
    results: list[SubmissionResult] = []
    internal = 0
    started = time.monotonic()
    progress = Progress(len(found.submissions), len(found.submissions) - len(todo))

    def done(submission: Submission, result: SubmissionResult | BaseException) -> None:
        nonlocal internal
        if isinstance(result, SubmissionResult):
            results.append(result)
            internal += result.internal_errors > 0
            status = "" if result.status == "ok" else f" [{result.status}]"
            progress.line(f"{submission.student_id}: {result.score:g}/{result.max_score:g}{status} "
                          f"({result.execution_time:.1f} s)")
        else:
            progress.line(f"{submission.student_id}: GRADER ERROR {type(result).__name__}: {result}")

    try:
        failed = (cluster.grade_batch(todo, out, seed, done) if cluster is not None
                  else grading.grade_batch(todo, out, jobs, seed, done, server)) if todo else 0
    finally:
        progress.close()
    order = {s.student_id: i for i, s in enumerate(found.submissions)}
    results.sort(key=lambda r: order.get(r.student_id, 0))
    if results:
        print()
        print(score_table(results, list(lesson().functions)))
    csv_path, html_path = _summarise(found, out)
    print(f"\n{len(todo)} submission{'' if len(todo) == 1 else 's'} graded in {time.monotonic() - started:.1f} s; "
          f"results in {out}; class summary in {csv_path.name} and {html_path.name}")
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


def gradescope_zip(out: Path, extra_index_url: str | None) -> int:
    from autograder.integrations.gradescope import build_zip

    try:
        names = build_zip(out, extra_index_url=extra_index_url)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from None
    print(f"{out}: {len(names)} files; upload it as the assignment's autograder (Configure Autograder → Zip file)")
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
            return grade(args.paths, args.out, args.jobs, args.seed, args.force, args.scheduler)
        if args.command == "release":
            return release()
        if args.command == "gradescope-zip":
            return gradescope_zip(args.out, args.extra_index_url)
        if args.command == "export-moodle":
            from autograder.integrations import moodle

            return moodle.export(args.results, args.out, args.map, args.id_column)
        return demo(args.out, args.jobs)
    except UsageError as exc:
        print(f"python -m autograder: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nInterrumpido.", file=sys.stderr)
        return INTERRUPTED
    except Exception:  # noqa: BLE001 - the grader itself failed: say so, keep the details
        traceback.print_exc()
        print("python -m autograder: internal error (details above); results already written are kept",
              file=sys.stderr)
        return 1
