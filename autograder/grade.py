"""Grade submissions: read the notebook, run it sandboxed, judge it, write its result.

One submission never affects another: each gets fresh sandboxes, its own seed
and its own result file, and a failure of the grader on one is reported in that
one's result while the batch goes on.
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Callable, Sequence

import torch

from autograder import config
from autograder.sandbox import cgroups, lazy_dynamo, privileges
from autograder.discover import Submission
from autograder.execute import Execution
from autograder.intake import read_notebook
from autograder.student import SandboxStudent
from autograder.report import SubmissionResult, TestOutcome, to_gradescope, write_json
from autograder.sandbox.launch import bubblewrap
from autograder.sandbox.channel import SHARED, UNCONFINED_WARNING
from autograder.sandbox.forkserver import ForkServer
from autograder.suite_runner import TestResult, collected, run_suites, suite_path, unrun
from autograder.trusted import JUDGING_ORDER

lazy_dynamo.defer()  # the judge never compiles: no second and a half importing torch._dynamo


def seed_for(student_id: str, override: int | None = None) -> int:
    """The hidden inputs' seed: fixed per student (or by ``--seed``), so regrading is reproducible."""
    if override is not None:
        return override
    return int.from_bytes(hashlib.sha256(student_id.encode()).digest()[:4], "big")


def _outcomes(results: Sequence[TestResult]) -> tuple[TestOutcome, ...]:
    return tuple(TestOutcome(r.name, r.function, r.points, r.max_points, r.passed, r.feedback, r.internal_error)
                 for r in results)


_SLOT: dict[str, Any] = {"cpu": None, "server": SHARED, "beside": False}


PR_SET_PDEATHSIG = 1


def _claim_slot(counter: Any, batch: int, beside: bool = False) -> None:
    """Pool initializer: this grading process's core (for sandboxes pinned where no CPU cgroup
    exists) and its own control socket to the zygote.

    With ``beside`` (no more grading processes than cores) the process stays on its core, and so
    do its sandboxes: the grader, the worker and the judging child take turns at every call and
    question, and a turn on the same core wakes no other core (a class of 100: 0.25 s less, measured).

    A grading process dies with the batch (even one killed with SIGKILL: nothing goes on
    writing results behind a rerun's back) and ignores the terminal's Ctrl-C, which the
    batch itself handles by stopping every grading process.
    """
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != batch:  # the batch died before the line above: do not outlive it
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with counter.get_lock():
        slot = counter.value
        counter.value += 1
    cores = sorted(os.sched_getaffinity(0))
    _SLOT["cpu"] = cores[slot % len(cores)]
    if beside:
        os.sched_setaffinity(0, {_SLOT["cpu"]})
        _SLOT["beside"] = True
    if isinstance(_SLOT["server"], ForkServer):
        _SLOT["server"].claim(slot)


def sandboxes_from(server: ForkServer | None) -> None:
    """Where this process's sandboxes come from from now on: forks of ``server``'s zygote, or
    (None) each started from scratch. Without a call, the process's shared zygote."""
    _SLOT["server"] = server


def grade_submission(submission: Submission, settings: config.Settings, bwrap: str | None,
                     seed_override: int | None = None) -> SubmissionResult:
    """Execute and judge one notebook; everything that goes wrong ends up in the result."""
    started = time.monotonic()
    seed = seed_for(submission.student_id, seed_override)
    notebook = read_notebook(submission.path)
    sandbox = "bubblewrap" if bwrap else "none (UNCONFINED)"
    notes = () if bwrap else (UNCONFINED_WARNING,)
    if notebook.status != "ok":
        tests = _outcomes(unrun(notebook.problem))
        return SubmissionResult(submission.student_id, str(submission.path), notebook.sha256, seed, sandbox,
                                time.monotonic() - started, tests, (), notebook.problem, notes, notebook.status)
    execution = Execution(list(notebook.code_cells), settings.limits, bwrap, seed, list(notebook.positions),
                          list(notebook.labels), cpu=_SLOT["cpu"], beside=_SLOT["beside"], server=_SLOT["server"])
    try:
        cells = tuple(execution.run_cells())
        execution.begin_judging()
        tests = _outcomes(run_suites(SandboxStudent(execution), seed))
    finally:
        execution.close()
    sandbox = execution.protections or sandbox
    return SubmissionResult(submission.student_id, str(submission.path), notebook.sha256, seed, sandbox,
                            time.monotonic() - started, tests, cells, "", notes)


def internal_failure(submission: Submission, error: BaseException) -> dict[str, object]:
    """The result file of a submission the grader itself failed on: no score is invented."""
    return {"score": 0, "execution_time": 0, "tests": [],
            "output": "Error interno del corrector: esta entrega no se ha podido corregir. "
                      "Avisa al profesorado; tu entrega no se ha perdido.",
            "extra_data": {"student_id": submission.student_id, "notebook": str(submission.path),
                           "grader_error": f"{type(error).__name__}: {error}"[:1000]}}


def _grade_to_file(submission: Submission, out_dir: Path, seed: int | None) -> SubmissionResult:
    settings = config.load()
    result = grade_submission(submission, settings, bubblewrap(), seed)
    write_json(to_gradescope(result), out_dir / f"{submission.student_id}.json")
    return result


def warm_up() -> None:
    """What every grading process needs, done once before they are forked: the suites collected,
    and torch's meta-device kernels loaded (about a second the first time a meta result is judged)."""
    collected([suite_path(f) for f in JUDGING_ORDER])
    (torch.empty(1, device="meta") * 2.0 + 1.0).abs().mean()


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill every grading process now (their sandboxes die with the zygote, or on their own
    when their grader's sockets close), and drop what was queued."""
    processes = list(getattr(pool, "_processes", {}).values())
    for process in processes:
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=10)


def grade_batch(submissions: Sequence[Submission], out_dir: Path, jobs: int, seed: int | None,
                on_done: Callable[[Submission, SubmissionResult | BaseException], None],
                server: ForkServer | None = None) -> int:
    """Grade everything with ``jobs`` processes; returns how many submissions the grader failed on.

    The grading processes are forks of this one, made before it starts any thread: the
    judge (torch, the reference, the suites) is imported once. ``server`` is the zygote
    that forks each submission's sandbox; without one, each sandbox starts from scratch.
    """
    cgroups.sweep_stale()
    privileges.sweep_stale()
    _SLOT["server"] = server if server is not None else SHARED
    warm_up()  # once, here: every grading process inherits it
    failures = 0
    pending = list(submissions)
    while pending:
        context = multiprocessing.get_context("fork")
        counter = context.Value("i", 0)
        workers = max(1, min(jobs, len(pending)))
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_claim_slot,
                                   initargs=(counter, os.getpid(), workers <= len(os.sched_getaffinity(0))))
        try:
            futures = {pool.submit(_grade_to_file, s, out_dir, seed): s for s in pending}
            pending = []
            for future in as_completed(futures):
                submission = futures[future]
                try:
                    result: SubmissionResult | BaseException = future.result()
                except BrokenProcessPool:
                    pending.append(submission)  # the pool died under someone else: try again
                    continue
                except Exception as exc:  # noqa: BLE001 - one bad submission must not stop the batch
                    write_json(internal_failure(submission, exc), out_dir / f"{submission.student_id}.json")
                    result = exc
                    failures += 1
                on_done(submission, result)
        except BaseException:  # Ctrl-C above all: no grading process may go on writing results
            _stop(pool)
            raise
        pool.shutdown(wait=True)
        if pending and len(pending) == len(futures):
            for submission in pending:  # nothing finished in a fresh pool: give up on these
                error = RuntimeError("the grading process died")
                write_json(internal_failure(submission, error), out_dir / f"{submission.student_id}.json")
                on_done(submission, error)
                failures += 1
            pending = []
    return failures
