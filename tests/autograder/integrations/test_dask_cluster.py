"""Grading on a Dask cluster (``autograder.integrations.dask_cluster``) without grading: a bad scheduler
address, settings and results as plain data, and a task that keeps failing (an in-process cluster).
Real workers grading real notebooks: ``tests/e2e/test_dask_cluster.py``."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from autograder import cli, config
from autograder.config import PROJECT_ROOT, Limits, Settings
from autograder.execute import CellRecord
from autograder.integrations import dask_cluster
from autograder.report import SubmissionResult, TestOutcome, encoded, to_gradescope

NOTEBOOK = PROJECT_ROOT / "tests" / "corpus" / "inputs" / "random_bytes.ipynb"


@pytest.fixture
def quick_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_cluster, "CONNECT_TIMEOUT_S", 1.0)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def not_a_scheduler() -> Iterator[str]:
    """A TCP server that answers every connection with bytes that are no Dask message."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.1)
        clients = []
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            conn.sendall(b"\xff" * 64 + b"HTTP/1.1 400 Bad Request\r\n\r\n")
            clients.append(conn)
        for conn in clients:
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"tcp://127.0.0.1:{server.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()


@pytest.mark.parametrize("kind", ["closed port", "no port", "web address", "not a scheduler"])
def test_a_scheduler_that_cannot_be_reached_is_one_line_and_exit_2(
        kind: str, quick_connect: None, not_a_scheduler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
        ) -> None:
    address = {"closed port": f"tcp://127.0.0.1:{_closed_port()}", "no port": "localhost",
               "web address": "http://127.0.0.1:8787", "not a scheduler": not_a_scheduler}[kind]
    out = tmp_path / "resultados"
    status = cli.main(["grade", str(NOTEBOOK), "--out", str(out), "--scheduler", address])
    captured = capsys.readouterr()
    assert status == 2
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.out + captured.err
    assert lines[0].startswith(f"python -m autograder: error: cannot reach a Dask scheduler at {address} (")
    assert "dask scheduler" in lines[0]
    assert not list(out.iterdir())  # nothing graded, nothing written


def test_settings_travel_as_a_toml_table_and_come_back_equal(tmp_path: Path) -> None:
    chosen = Settings(Limits(cell_timeout_s=7.5, memory_limit_mb=1024, cpu_share=0.5),
                      {"AE_loss": 3, "train_all_points": 40}, form_share=0.25)
    path = tmp_path / "settings.toml"
    path.write_text(dask_cluster.settings_toml(chosen), encoding="utf-8")
    assert config.load(path) == chosen
    project = config.load(config.PYPROJECT)
    path = tmp_path / "project.toml"  # settings are cached by path
    path.write_text(dask_cluster.settings_toml(project), encoding="utf-8")
    assert config.load(path) == project


def _result(notebook: str) -> SubmissionResult:
    tests = (TestOutcome("valores", "line_model", 5.0, 5.0, True, ""),
             TestOutcome("signo", "AE_loss", 0.6, 3.0, False, "Se esperaba: 3\nPista: ¿Falta torch.abs? \ud800", True))
    cells = (CellRecord(3, "error", "NameError: x", "salida «rara» \x00", 7, "x = 1", "ejercicio 1 (AE_loss)"),)
    return SubmissionResult("José Núñez (final)", notebook, "ab" * 32, 12345, "bubblewrap, seccomp", 1.25, tests,
                            cells, "", ("aviso",), "ok")


def test_a_result_travels_as_json_and_is_written_as_local_grading_writes_it() -> None:
    local = _result("clase/José Núñez (final).ipynb")
    text = dask_cluster.result_to_json(_result("worker-scratch/grading-x/submission.ipynb"))
    assert "worker-scratch" not in text  # the worker's folder stays there
    back = dask_cluster.result_from_json(text, "clase/José Núñez (final).ipynb")
    assert back == local
    assert to_gradescope(back) == to_gradescope(local)


def test_a_file_this_machine_cannot_read_gets_what_local_grading_gives_it(tmp_path: Path) -> None:
    from autograder.discover import Submission
    from autograder.grade import grade_submission

    missing = tmp_path / "se_borró.ipynb"
    for bwrap in ("/usr/bin/bwrap", None):  # nothing runs: the file is never read
        local = grade_submission(Submission("ana", missing), config.load(), bwrap, 99)
        remote = dask_cluster._unreadable("ana", 99, "No such file or directory", bwrap)
        assert local.status == "unreadable" and local.tests
        assert remote == local.__class__(**{**local.__dict__, "notebook": "", "execution_time": 0.0})


def test_a_task_that_keeps_failing_gets_local_gradings_internal_failure_file_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An in-process cluster whose task is a stand-in: a grader that always breaks on one student."""
    from distributed import LocalCluster

    from autograder.discover import Submission
    from autograder.grade import internal_failure, seed_for

    log = tmp_path / "calls.jsonl"  # the task travels by value: what it saw comes back through a file

    def grade_remote(notebook: bytes | None, unreadable: str, student_id: str, seed: int, toml: str) -> str:
        with log.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps([student_id, notebook is None, unreadable, seed]) + "\n")
        if student_id == "falla":
            raise RuntimeError("the grader broke")
        return dask_cluster.result_to_json(_result("")) if notebook else "{}"

    monkeypatch.setattr(dask_cluster, "grade_remote", grade_remote)
    (tmp_path / "bien.ipynb").write_bytes(b"{}")
    (tmp_path / "falla.ipynb").write_bytes(b"{}")
    submissions = [Submission("bien", tmp_path / "bien.ipynb"), Submission("falla", tmp_path / "falla.ipynb"),
                   Submission("borrada", tmp_path / "borrada.ipynb")]
    done: dict[str, object] = {}
    out = tmp_path / "resultados"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                      dashboard_address=None) as local:
        cluster = dask_cluster.Cluster(local.scheduler_address)
        try:
            failures = cluster.grade_batch(submissions, out, None, lambda s, r: done.__setitem__(s.student_id, r))
        finally:
            cluster.close()
    assert failures == 2  # "borrada" got "{}" back, which is no result: the grader failed on it too
    calls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert sum(call[0] == "falla" for call in calls) == dask_cluster.RETRIES + 1
    assert ["borrada", True, "No such file or directory", seed_for("borrada")] in calls
    assert json.loads((out / "falla.json").read_bytes()) == internal_failure(submissions[1],
                                                                             RuntimeError("the grader broke"))
    assert isinstance(done["falla"], RuntimeError) and isinstance(done["bien"], SubmissionResult)
    expected = to_gradescope(_result(str(tmp_path / "bien.ipynb")))
    assert (out / "bien.json").read_bytes() == encoded(expected)  # byte for byte what local grading writes


def test_a_file_over_the_size_limit_is_refused_as_locally_without_travelling(tmp_path: Path) -> None:
    """A hostile 'notebook' of 21 MB: only its digest would go to the cluster, and the worker's
    result is local grading's, digest included."""
    from autograder import intake
    from autograder.discover import Submission
    from autograder.grade import grade_submission

    huge = tmp_path / "enorme.ipynb"
    with huge.open("wb") as handle:
        handle.write(b"{" + b" " * (intake.MAX_NOTEBOOK_BYTES + 5) + b"}")
    kept, digest = intake.read_bounded(huge)
    assert len(kept) == intake.MAX_NOTEBOOK_BYTES + 1
    local = grade_submission(Submission("ana", huge), config.load(), None, 99)
    assert local.status == "too_large" and local.notebook_sha256 == digest
    remote = dask_cluster._refused("ana", 99, None, "too_large", digest)
    assert remote == local.__class__(**{**local.__dict__, "notebook": "", "execution_time": 0.0})
