"""``grade --scheduler``: a real Dask scheduler and two worker processes on loopback, the real CLI.

One cluster serves the module. Each result must equal local grading's, byte for byte but for the
timings; a worker killed with SIGKILL in the middle of a submission costs a retry, never a result.
Every process started here is in its own session and is killed at teardown; the scheduler and the
workers also stop on their own if this process dies (``--idle-timeout``, ``--death-timeout``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pytest

from autograder.config import PROJECT_ROOT
from tests.corpus.build import build_notebook, load_snippets

pytestmark = pytest.mark.slow

LIMITS = PROJECT_ROOT / "tests" / "e2e" / "limits.toml"
WAIT_S = 240


@dataclass
class Cluster:
    root: Path
    address: str = ""
    processes: list[subprocess.Popen[Any]] = field(default_factory=list)
    workers: list[tuple[subprocess.Popen[bytes], Path]] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)
    local: subprocess.Popen[str] | None = None

    def start(self, name: str, args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        with (self.root / f"{name}.log").open("wb") as log:
            process = subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=self.root, stdout=log,
                                       stderr=subprocess.STDOUT, env={**self.env(), **(env or {})},
                                       start_new_session=True)
        self.processes.append(process)
        return process

    def env(self) -> dict[str, str]:
        return {**os.environ, "DASK_CONFIG": str(self.root / "dask-config")}  # no instructor's settings

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-2000:]}" for p in self.root.glob("*.log"))

    def stop(self) -> None:
        for process in self.processes:
            try:
                os.killpg(process.pid, signal.SIGKILL)  # the zygotes go with their worker (--die-with-parent)
            except ProcessLookupError:
                pass
            process.wait(timeout=30)
        for folder in self.folders:
            shutil.rmtree(folder, ignore_errors=True)


def _grade(cluster: Cluster, out: Path, *extra: str, scheduler: bool = True) -> list[str]:
    return [sys.executable, "-m", "autograder", "grade", str(cluster.root / "clase"), "--out", str(out),
            "--config", str(cluster.root / "limits.toml"), *(["--scheduler", cluster.address] if scheduler else []),
            *extra]


def _write_class(folder: Path) -> None:
    """A correct notebook, a wrong one, one that kills its own kernel mid-notebook, and random bytes."""
    import nbformat

    folder.mkdir()
    hostile = {s.name: s for s in load_snippets("hostile")}
    for name, snippet in (("bien", load_snippets("correct")[0]), ("mal", load_snippets("wrong")[0]),
                          ("roto", hostile["hostile__os_exit_in_cell"])):
        nbformat.write(build_notebook(snippet), folder / f"{name}.ipynb")
    shutil.copy(PROJECT_ROOT / "tests" / "corpus" / "inputs" / "random_bytes.ipynb", folder / "basura.ipynb")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """The class graded locally (in the background), a scheduler and two single-threaded workers, each
    with its own temporary folder (where a submission being graded can be seen)."""
    if shutil.which("bwrap") is None and os.environ.get("CI"):
        pytest.fail("bubblewrap is not installed on this CI machine")
    cluster = Cluster(tmp_path_factory.mktemp("dask"))
    _write_class(cluster.root / "clase")
    # Roomier clocks than limits.toml: a cold worker on a busy machine must not run out of notebook time.
    limits = LIMITS.read_text(encoding="utf-8")
    for old, new in (("notebook_budget_s = 15", "notebook_budget_s = 60"),
                     ("submission_timeout_s = 50", "submission_timeout_s = 120")):
        assert old in limits, f"{LIMITS} changed: update this fixture"
        limits = limits.replace(old, new)
    (cluster.root / "limits.toml").write_text(limits, encoding="utf-8")
    try:
        cluster.local = subprocess.Popen(_grade(cluster, cluster.root / "local", "--jobs", "1", scheduler=False),
                                         cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                         env=cluster.env(), start_new_session=True)
        cluster.processes.append(cluster.local)
        info = cluster.root / "scheduler.json"
        cluster.start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", "0", "--dashboard-address",
                                    "127.0.0.1:0", "--scheduler-file", str(info), "--idle-timeout", "300"])
        deadline = time.monotonic() + 60
        while not info.exists() or not info.read_text():
            assert time.monotonic() < deadline, cluster.logs()
            time.sleep(0.05)
        cluster.address = json.loads(info.read_text())["address"]
        for i in range(2):
            # The worker's temporary folder, where a submission being graded shows; outside pytest's
            # (mode 0700 for root), which the sandbox, run as nobody, could not enter.
            folder = Path(tempfile.mkdtemp(prefix=f"aprendizaje-dask-test-worker{i}-"))
            cluster.folders.append(folder)
            folder.chmod(0o755)
            worker = cluster.start(f"worker{i}", ["worker", cluster.address, "--nthreads", "1", "--no-nanny",
                                                  "--dashboard-address", "127.0.0.1:0", "--local-directory", str(folder),
                                                  "--death-timeout", "30"], env={"TMPDIR": str(folder)})
            cluster.workers.append((worker, folder))
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def local(cluster: Cluster) -> dict[str, dict[str, Any]]:
    """Local grading's results of the same class (``--jobs 1``, no cluster)."""
    assert cluster.local is not None
    stdout, stderr = cluster.local.communicate(timeout=WAIT_S)
    assert cluster.local.returncode == 0, stderr[-3000:]
    return _results(cluster.root / "local")


def _results(out: Path) -> dict[str, dict[str, Any]]:
    """Each result file's data without its timings."""
    results = {}
    for path in sorted(out.glob("*.json")):
        data = json.loads(path.read_bytes())
        data.pop("execution_time")
        results[path.stem] = data
    return results


def _wait_for_results(out: Path, count: int, batch: subprocess.Popen[str], cluster: Cluster) -> None:
    deadline = time.monotonic() + WAIT_S
    while len(list(out.glob("*.json"))) < count:
        assert batch.poll() is None, "the batch ended too early"
        assert time.monotonic() < deadline, cluster.logs()
        time.sleep(0.01)


def test_a_class_graded_on_the_cluster_gets_local_gradings_results_across_a_ctrl_c(
        cluster: Cluster, local: dict[str, dict[str, Any]]) -> None:
    out = cluster.root / "cluster"
    batch = subprocess.Popen(_grade(cluster, out), cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=cluster.env(), start_new_session=True)
    cluster.processes.append(batch)
    _wait_for_results(out, 1, batch, cluster)
    batch.send_signal(signal.SIGINT)  # a terminal's Ctrl-C
    stdout, stderr = batch.communicate(timeout=60)
    assert batch.returncode == 130, stderr[-3000:]
    assert "Interrumpido" in stderr and (out / "summary.csv").exists() and "Traceback" not in stdout + stderr
    kept = {p.name: p.read_bytes() for p in out.glob("*.json")}
    assert 1 <= len(kept) < 4

    run = subprocess.run(_grade(cluster, out), cwd=PROJECT_ROOT, capture_output=True, text=True, env=cluster.env(),
                         timeout=WAIT_S)
    assert run.returncode == 0, run.stderr[-3000:] + cluster.logs()
    assert f"{len(kept)} ya corregidas" in run.stdout and "Traceback" not in run.stdout + run.stderr
    assert all((out / name).read_bytes() == data for name, data in kept.items())  # kept, not graded again
    assert set(local) == {"bien", "mal", "roto", "basura"}
    assert _results(out) == local  # the student's path on this machine, the seed, every check and cell
    assert local["roto"]["extra_data"]["cells_with_problems"] and local["bien"]["score"] == 100
    assert (out / "summary.csv").read_bytes() == (cluster.root / "local" / "summary.csv").read_bytes()


def test_a_worker_killed_in_the_middle_of_a_submission_costs_only_a_retry(cluster: Cluster,
                                                                         local: dict[str, dict[str, Any]]) -> None:
    out = cluster.root / "killed"
    alive = [(w, folder) for w, folder in cluster.workers if w.poll() is None]
    assert len(alive) == 2, "both workers must be up"
    batch = subprocess.Popen(_grade(cluster, out), cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=cluster.env(), start_new_session=True)
    cluster.processes.append(batch)
    victim: tuple[subprocess.Popen[bytes], Path] | None = None
    deadline = time.monotonic() + WAIT_S
    while victim is None:  # the first worker seen grading a submission is killed then and there
        assert batch.poll() is None, "the batch ended before any worker was seen grading"
        assert time.monotonic() < deadline, cluster.logs()
        for worker, folder in alive:
            grading = list(folder.glob("aprendizaje-dask-*/grading-*/submission.ipynb"))
            if grading:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait(timeout=30)
                victim = worker, grading[0]
                break
        time.sleep(0.01)
    stdout, stderr = batch.communicate(timeout=WAIT_S)
    assert batch.returncode == 0, stderr[-3000:] + cluster.logs()
    _, left = victim
    assert left.exists(), "the worker was killed while it graded a submission"
    killed = next(p.stem for p in (cluster.root / "clase").glob("*.ipynb") if p.read_bytes() == left.read_bytes())
    assert f"{killed}: " in stdout and "GRADER ERROR" not in stdout and "Traceback" not in stdout + stderr
    assert _results(out) == local  # the interrupted submission too, graded again elsewhere
