"""Grade a batch on an existing Dask cluster (``python -m autograder grade ... --scheduler ADDRESS``).

The instructor's machine reads the notebooks and writes every result; the workers only
grade. A task carries plain data (the notebook's bytes, the student id, the seed and the
settings as TOML), because a worker need not see the instructor's files. The worker grades
with the same ``grade_submission``, bubblewrap and a zygote of its own, and returns the
grader's ``SubmissionResult`` as JSON, never a pickle: the instructor rebuilds it and writes
``to_gradescope`` of it exactly as local grading does, so resuming, the summary and the
report work unchanged. A task that fails after its retries (or whose workers keep dying)
gets the same ``internal_failure`` file as locally.
"""

from __future__ import annotations

import asyncio
import atexit
import dataclasses
import hashlib
import json
import shutil
import sys
import tempfile
import threading
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from autograder import config, intake
from autograder.discover import Submission, UsageError

if TYPE_CHECKING:  # the grader imports torch: only once the scheduler has answered
    from autograder.report import SubmissionResult

CONNECT_TIMEOUT_S = 5.0
RETRIES = 2
"""Extra tries of a task that raised. A worker that dies is not a try: the scheduler moves its
tasks to another worker (up to ``distributed.scheduler.allowed-failures`` times, then KilledWorker)."""

_WORKER: dict[str, Any] = {}
_GRADING = threading.Lock()  # judging uses process-wide state (torch's RNG, pytest, the chosen settings)


def settings_toml(settings: config.Settings) -> str:
    """The settings in force as a ``[tool.autograder]`` table: a worker needs no path of ours."""
    lines = ["[tool.autograder]"]
    lines += [f"{f.name} = {getattr(settings.limits, f.name)!r}" for f in dataclasses.fields(settings.limits)]
    lines += [f"form_share = {settings.form_share!r}", "", "[tool.autograder.points]"]
    lines += [f"{json.dumps(name)} = {int(points)}" for name, points in settings.points.items()]
    return "\n".join(lines) + "\n"


async def _identity(address: str) -> dict[str, Any]:
    from distributed.comm import connect

    comm = await connect(address, timeout=CONNECT_TIMEOUT_S)
    try:
        await comm.write({"op": "identity"})
        reply = await comm.read()
    finally:
        await comm.close()
    return reply if isinstance(reply, dict) else {}


def reach(address: str) -> dict[str, Any]:
    """What the scheduler at ``address`` says of itself; a UsageError (one line) if nothing answers
    as a Dask scheduler within a few seconds. Probed apart from ``Client``, whose failed start
    leaves a client that blocks the exit and prints a traceback."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise UsageError("--scheduler needs dask and distributed, pinned in requirements.lock "
                         "(.venv/bin/pip install -r requirements.lock)") from None
    try:
        reply = asyncio.run(asyncio.wait_for(_identity(address), CONNECT_TIMEOUT_S + 2))
    except (Exception, asyncio.TimeoutError) as exc:  # noqa: BLE001 - whatever it is, the address is wrong
        why = str(exc).splitlines()[0][:300] if str(exc) else f"no answer within {CONNECT_TIMEOUT_S + 2:g} s"
        raise UsageError(f"cannot reach a Dask scheduler at {address} ({why}); start one with "
                         "`dask scheduler` and pass the address it prints (tcp://HOST:PORT)") from None
    if reply.get("type") != "Scheduler":
        raise UsageError(f"{address} answers, but not as a Dask scheduler")
    return reply


def _prepare(toml: str) -> tuple[config.Settings, str | None]:
    """On a worker: sweep and find bubblewrap once per process; choose the batch's settings; keep one
    zygote for their limits (started lazily, then reused by every task); warm the judge up once.
    The zygote imports torch in its sandbox while this process imports the judge, as locally."""
    from autograder.sandbox import cgroups, forkserver, privileges
    from autograder.sandbox.launch import bubblewrap

    if "folder" not in _WORKER:
        cgroups.sweep_stale()
        privileges.sweep_stale()
        _WORKER["bwrap"] = bubblewrap()
        _WORKER["folder"] = Path(tempfile.mkdtemp(prefix="aprendizaje-dask-"))
        atexit.register(_close_worker)
    path = _WORKER["folder"] / f"settings-{hashlib.sha256(toml.encode()).hexdigest()[:16]}.toml"
    if not path.exists():
        path.write_text(toml, encoding="utf-8")
    settings = config.choose(path)
    bwrap: str | None = _WORKER["bwrap"]
    server = _WORKER.get("server")
    if bwrap and (server is None or server.limits != settings.limits
                  or server.process is None or server.process.poll() is not None):
        if server is not None:
            server.close()
        server = _WORKER["server"] = forkserver.ForkServer(settings.limits, bwrap, 1)
        forkserver.use(server)
    if not _WORKER.get("warm"):
        from autograder import grade as grading

        grading.warm_up()
        _WORKER["warm"] = True
    return settings, bwrap


def _close_worker() -> None:
    if _WORKER.get("server") is not None:
        _WORKER["server"].close()
    shutil.rmtree(_WORKER["folder"], ignore_errors=True)


def _refused(student_id: str, seed: int, bwrap: str | None, status: str, digest: str = "",
             **detail: str) -> SubmissionResult:
    """What ``grade_submission`` gives a file refused before it runs, for one the instructor's machine
    refused itself (it could not read it, or it is too large to send)."""
    from autograder.intake import refused
    from autograder.report import SubmissionResult, TestOutcome
    from autograder.sandbox.channel import UNCONFINED_WARNING
    from autograder.suite_runner import unrun

    problem = refused(status, digest, **detail).problem
    tests = tuple(TestOutcome(r.name, r.function, r.points, r.max_points, r.passed, r.feedback, r.internal_error)
                  for r in unrun(problem))
    return SubmissionResult(student_id, "", digest, seed, "bubblewrap" if bwrap else "none (UNCONFINED)", 0.0,
                            tests, (), problem, () if bwrap else (UNCONFINED_WARNING,), status)


def _unreadable(student_id: str, seed: int, why: str, bwrap: str | None) -> SubmissionResult:
    return _refused(student_id, seed, bwrap, "unreadable", detail=why)


def grade_remote(notebook: bytes | None, unreadable: str, student_id: str, seed: int, toml: str,
                 too_large_digest: str = "") -> str:
    """The task a worker runs: grade the notebook's bytes from a folder of its own; the result as JSON
    (``notebook`` left empty: the instructor puts back the path the student's file has there). A file
    over the size limit never travels: only its digest does."""
    with _GRADING:
        settings, bwrap = _prepare(toml)
        from autograder.grade import grade_submission

        if too_large_digest:
            result = _refused(student_id, seed, bwrap, "too_large", too_large_digest)
        elif notebook is None:
            result = _unreadable(student_id, seed, unreadable, bwrap)
        else:
            with tempfile.TemporaryDirectory(prefix="grading-", dir=_WORKER["folder"]) as scratch:
                path = Path(scratch) / "submission.ipynb"
                part = path.with_name("submission.part")
                part.write_bytes(notebook)
                part.replace(path)  # the notebook's name appears only once all its bytes are there
                result = grade_submission(Submission(student_id, path), settings, bwrap, seed)
    return result_to_json(result)


def result_to_json(result: SubmissionResult) -> str:
    """A worker's answer: the grader's own dataclasses as plain JSON (its path on the worker left out)."""
    return json.dumps(dataclasses.asdict(dataclasses.replace(result, notebook="")))


def result_from_json(text: str, notebook: str) -> SubmissionResult:
    """The grader's dataclasses back from a worker's JSON, with the student's path on this machine."""
    from autograder.execute import CellRecord
    from autograder.report import SubmissionResult, TestOutcome

    data = json.loads(text)
    data.update(notebook=notebook, tests=tuple(TestOutcome(**t) for t in data["tests"]),
                cells=tuple(CellRecord(**c) for c in data["cells"]), notes=tuple(data["notes"]))
    return SubmissionResult(**data)


class Cluster:
    """A client of a running Dask scheduler that grades batches like ``grade.grade_batch``."""

    def __init__(self, address: str) -> None:
        identity = reach(address)
        from distributed import Client

        try:
            self.client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        except Exception as exc:  # noqa: BLE001 - it went away since the probe
            raise UsageError(f"cannot connect to the Dask scheduler at {address}: {exc}") from None
        if not identity.get("n_workers"):
            print(f"The Dask scheduler at {address} has no workers yet: grading starts when one joins "
                  f"(`dask worker {address} --nthreads 1`).", file=sys.stderr, flush=True)

    def grade_batch(self, submissions: Sequence[Submission], out_dir: Path, seed: int | None,
                    on_done: Callable[[Submission, SubmissionResult | BaseException], None]) -> int:
        """Grade everything on the cluster, writing each result here as it comes back; returns how many
        submissions the grader failed on."""
        from distributed import as_completed

        from autograder.batch.resume import result_path
        from autograder.grade import internal_failure, seed_for
        from autograder.report import to_gradescope, write_json
        from autograder.sandbox.channel import UNCONFINED_WARNING

        toml = settings_toml(config.load())
        futures = {}
        for submission in submissions:
            oversized: dict[str, str] = {}
            try:
                (notebook, digest), unreadable = intake.read_bounded(submission.path), ""
                if len(notebook) > intake.MAX_NOTEBOOK_BYTES:  # a refusal, not gigabytes, goes to the cluster
                    notebook, oversized["too_large_digest"] = None, digest
            except OSError as exc:
                notebook, unreadable = None, exc.strerror or type(exc).__name__
            future = self.client.submit(grade_remote, notebook, unreadable, submission.student_id,
                                        seed_for(submission.student_id, seed), toml, pure=False, retries=RETRIES,
                                        key=f"grade-{submission.student_id}-{uuid.uuid4().hex[:8]}", **oversized)
            futures[future] = submission
        failures, unconfined = 0, False
        try:
            for future in as_completed(list(futures), loop=self.client.loop):
                submission = futures.pop(future)
                try:
                    graded = result_from_json(future.result(), str(submission.path))
                    write_json(to_gradescope(graded), result_path(out_dir, submission))
                    result: SubmissionResult | BaseException = graded
                    if graded.sandbox.startswith("none") and not unconfined:  # said once, as local grading does
                        unconfined = True
                        print(f"{UNCONFINED_WARNING} (a Dask worker)", file=sys.stderr, flush=True)
                except Exception as exc:  # noqa: BLE001 - one submission's failure must not stop the batch
                    write_json(internal_failure(submission, exc), result_path(out_dir, submission))
                    result = exc
                    failures += 1
                on_done(submission, result)
        except BaseException:  # Ctrl-C above all: drop the rest (only this process writes results)
            self._cancel(list(futures))
            raise
        return failures

    def _cancel(self, futures: list[Any]) -> None:
        try:
            self.client.cancel(futures, force=True)
        except Exception:  # noqa: BLE001 - a scheduler already gone has nothing left to cancel
            pass

    def close(self) -> None:
        try:
            self.client.close(timeout=CONNECT_TIMEOUT_S)
        except Exception:  # noqa: BLE001 - closing a client whose scheduler died
            pass
