"""Grade submissions: read the notebook, run it sandboxed, judge it, write its result.

One submission never affects another: each gets fresh sandboxes, its own seed
and its own result file, and a failure of the grader on one is reported in that
one's result while the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import torch

from autograder import config
from autograder.sandbox import cgroups, privileges
from autograder.discover import Submission
from autograder.execute import Execution
from autograder.student import NullStudent, SandboxStudent
from autograder.proxy import Student
from autograder.report import SubmissionResult, TestOutcome, to_gradescope, write_json
from autograder.sandbox.launch import bubblewrap
from autograder.sandbox.channel import SHARED, UNCONFINED_WARNING
from autograder.sandbox.forkserver import ForkServer
from autograder.suite_runner import collected, run_suites, suite_path
from autograder.trusted import JUDGING_ORDER

MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024


def seed_for(student_id: str, override: int | None = None) -> int:
    """The hidden inputs' seed: fixed per student (or by ``--seed``), so regrading is reproducible."""
    if override is not None:
        return override
    return int.from_bytes(hashlib.sha256(student_id.encode()).digest()[:4], "big")


@dataclass(frozen=True)
class Notebook:
    code_cells: tuple[str, ...]
    sha256: str
    problem: str = ""
    positions: tuple[int, ...] = ()


def _code_cells(text: str) -> list[tuple[int, str]]:
    """(position, source) of each code cell. nbformat 4 is read as plain JSON: nbformat itself
    (and the JSON-schema machinery it imports, a second of start-up) only converts older versions."""
    node = json.loads(text)
    if type(node) is not dict or node.get("nbformat") != 4 or type(node.get("cells")) is not list:
        import nbformat

        node = nbformat.reads(text, as_version=4)
    code = []
    for position, cell in enumerate(node["cells"]):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list) and all(type(line) is str for line in source):
            source = "".join(source)
        if type(source) is not str:
            raise ValueError(f"cell {position}: source is neither text nor a list of lines")
        code.append((position, source))
    return code


def read_notebook(path: Path) -> Notebook:
    """The code cells, or the reason (in Spanish) why the file is not a usable notebook."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Notebook((), "", f"No se pudo leer el cuaderno: {exc.strerror}.")
    digest = hashlib.sha256(raw).hexdigest()
    if len(raw) > MAX_NOTEBOOK_BYTES:
        return Notebook((), digest, "El cuaderno ocupa demasiado (más de 20 MB): borra las salidas y vuelve a entregarlo.")
    try:
        code = _code_cells(raw.decode("utf-8"))
        cells = tuple(source for _, source in code)
    except Exception as exc:  # noqa: BLE001 - any malformed file is the student's, reported not raised
        return Notebook((), digest, "El fichero entregado no es un cuaderno de Jupyter válido "
                                    f"({type(exc).__name__}). Ábrelo en Jupyter, guárdalo y vuelve a entregarlo.")
    if not cells:
        return Notebook((), digest, "El cuaderno no tiene celdas de código.")
    return Notebook(cells, digest, "", tuple(i for i, _ in code))


def _outcomes(student: Student, seed: int) -> tuple[TestOutcome, ...]:
    return tuple(TestOutcome(r.name, r.function, r.points, r.max_points, r.passed, r.feedback,
                             r.internal_error)
                 for r in run_suites(student, seed))


_SLOT: dict[str, Any] = {"cpu": None, "server": SHARED}


def _claim_slot(counter: Any) -> None:
    """Pool initializer: this grading process's core (for sandboxes pinned where no CPU cgroup
    exists) and its own control socket to the zygote."""
    with counter.get_lock():
        slot = counter.value
        counter.value += 1
    cores = sorted(os.sched_getaffinity(0))
    _SLOT["cpu"] = cores[slot % len(cores)]
    if isinstance(_SLOT["server"], ForkServer):
        _SLOT["server"].claim(slot)


def grade_submission(submission: Submission, settings: config.Settings, bwrap: str | None,
                     seed_override: int | None = None) -> SubmissionResult:
    """Execute and judge one notebook; everything that goes wrong ends up in the result."""
    started = time.monotonic()
    seed = seed_for(submission.student_id, seed_override)
    notebook = read_notebook(submission.path)
    sandbox = "bubblewrap" if bwrap else "none (UNCONFINED)"
    notes = () if bwrap else (UNCONFINED_WARNING,)
    if notebook.problem:
        tests = _outcomes(NullStudent(notebook.problem), seed)
        return SubmissionResult(submission.student_id, str(submission.path), notebook.sha256, seed, sandbox,
                                time.monotonic() - started, tests, (), notebook.problem, notes)
    execution = Execution(list(notebook.code_cells), settings.limits, bwrap, seed, list(notebook.positions),
                          cpu=_SLOT["cpu"], server=_SLOT["server"])
    try:
        cells = tuple(execution.run_cells())
        execution.begin_judging()
        tests = _outcomes(SandboxStudent(execution), seed)
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
        with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(pending))), mp_context=context,
                                 initializer=_claim_slot, initargs=(counter,)) as pool:
            futures = {pool.submit(_grade_to_file, s, out_dir, seed): s for s in pending}
            pending = []
            for future, submission in futures.items():
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
        if pending and len(pending) == len(futures):
            for submission in pending:  # nothing finished in a fresh pool: give up on these
                error = RuntimeError("the grading process died")
                write_json(internal_failure(submission, error), out_dir / f"{submission.student_id}.json")
                on_done(submission, error)
                failures += 1
            pending = []
    return failures
