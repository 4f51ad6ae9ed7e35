"""The Gradescope autograder: the zip, its two scripts, and a grading run as Gradescope would start it.

The end-to-end tests unpack the zip built by the real CLI into a scratch folder laid out like
``/autograder`` (``AUTOGRADER_ROOT``) and run its ``run_autograder`` with this venv's python;
nothing outside the test's tmp dir is written but what the grader itself uses (its sandboxes'
cgroups and staging folders, removed when it ends).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import nbformat
import psutil
import pytest

from autograder.config import PROJECT_ROOT
from autograder.integrations import gradescope
from tests.corpus.build import build_notebook, load_snippets

BROKEN = PROJECT_ROOT / "tests" / "corpus" / "inputs" / "random_bytes.ipynb"
SUITES = PROJECT_ROOT / "autograder" / "suites"
TOP_KEYS = {"score", "execution_time", "output", "output_format", "test_output_format", "test_name_format",
            "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard"}
TEST_KEYS = {"score", "max_score", "status", "name", "name_format", "number", "output", "output_format", "tags",
             "visibility", "extra_data"}


def unpack(archive: Path, into: Path) -> Path:
    """Extract with the modes stored in the zip (``zipfile`` alone drops them)."""
    with zipfile.ZipFile(archive) as opened:
        for info in opened.infolist():
            opened.extract(info, into)
            (into / info.filename).chmod((info.external_attr >> 16) & 0o777)
    return into


def run_autograder(root: Path, python: str = sys.executable) -> subprocess.Popen[str]:
    env = {**os.environ, "AUTOGRADER_ROOT": str(root), "AUTOGRADER_PYTHON": python}
    return subprocess.Popen([str(root / "source" / "run_autograder")], env=env, cwd=root, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def scratch(base: Path, source: Path, name: str, user: str, notebooks: dict[str, Path]) -> Path:
    """A folder laid out like /autograder: source/ (the unzipped upload), submission/, metadata."""
    root = base / name
    shutil.copytree(source, root / "source", symlinks=True)
    if notebooks:
        (root / "submission").mkdir(parents=True)
    for file_name, path in notebooks.items():
        shutil.copy(path, root / "submission" / file_name)
    (root / "submission_metadata.json").write_text(json.dumps({"users": [{"id": user, "email": f"{user}@x.es"}]}))
    return root


def assert_gradescope_schema(data: dict[str, Any]) -> None:
    assert set(data) <= TOP_KEYS and isinstance(data["score"], (int, float))
    for test in data["tests"]:
        assert set(test) <= TEST_KEYS and test["status"] in ("passed", "failed")
        assert test["visibility"] in ("hidden", "after_due_date", "after_published", "visible")
        assert 0 <= test["score"] <= test["max_score"]
    if data["tests"]:
        assert data["score"] == pytest.approx(sum(t["score"] for t in data["tests"]), abs=0.01)


# --- the zip ---------------------------------------------------------------------------------

def test_the_zip_is_byte_identical_across_builds_and_holds_only_what_grading_needs(tmp_path: Path) -> None:
    names = gradescope.build_zip(tmp_path / "a.zip")
    gradescope.build_zip(tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    assert names == sorted(names)
    for needed in ("setup.sh", "run_autograder", "pyproject.toml", "requirements.lock", "README.md",
                   "release/aprendizaje/aprendizaje.ipynb", "autograder/suites/test_AE_loss.py",
                   "autograder/integrations/gradescope.py", "reference/__init__.py"):
        assert needed in names
    assert not [n for n in names if n.split("/")[0] in ("tests", "submitted", "source", ".venv")
                or "__pycache__" in n or n.endswith(".pyc") or "/." in f"/{n}"]
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        modes = {i.filename: (i.external_attr >> 16) & 0o777 for i in archive.infolist()}
        assert {i.date_time for i in archive.infolist()} == {gradescope.EPOCH}
    assert modes["setup.sh"] == modes["run_autograder"] == 0o755 and modes["pyproject.toml"] == 0o644


def test_an_extra_index_goes_into_the_zip_only_when_asked(tmp_path: Path) -> None:
    assert gradescope.INDEX_FILE not in gradescope.build_zip(tmp_path / "plain.zip")
    names = gradescope.build_zip(tmp_path / "cpu.zip", extra_index_url="file:///wheels/torch-cpu ")
    with zipfile.ZipFile(tmp_path / "cpu.zip") as archive:
        assert archive.read(gradescope.INDEX_FILE) == b"file:///wheels/torch-cpu\n"
    assert gradescope.INDEX_FILE in names


def test_the_scripts_name_no_host_to_download_from() -> None:
    for script in gradescope.EXECUTABLE:
        text = (gradescope.SCRIPTS / script).read_text()
        assert "://" not in text and text.startswith("#!/usr/bin/env bash\n")
        assert subprocess.run(["bash", "-n", str(gradescope.SCRIPTS / script)]).returncode == 0


# --- choosing the notebook and the student ---------------------------------------------------

def test_the_notebook_named_like_the_assignment_wins_and_otherwise_one_is_needed(tmp_path: Path) -> None:
    assert gradescope.pick_notebook(tmp_path / "missing") == (None, gradescope.NO_NOTEBOOK)
    folder = tmp_path / "submission"
    (folder / ".ipynb_checkpoints").mkdir(parents=True)
    (folder / ".ipynb_checkpoints" / "aprendizaje-checkpoint.ipynb").write_text("{}")
    assert gradescope.pick_notebook(folder) == (None, gradescope.NO_NOTEBOOK)
    (folder / "mio.ipynb").write_text("{}")
    assert gradescope.pick_notebook(folder) == (folder / "mio.ipynb", "")
    (folder / "otro.ipynb").write_text("{}")
    chosen, problem = gradescope.pick_notebook(folder)
    assert chosen is None and "mio.ipynb, otro.ipynb" in problem and "aprendizaje.ipynb" in problem
    (folder / "sub").mkdir()
    (folder / "sub" / "Aprendizaje.ipynb").write_text("{}")
    (folder / "aprendizaje.ipynb").symlink_to(folder / "otro.ipynb")  # a link is never followed
    assert gradescope.pick_notebook(folder) == (folder / "sub" / "Aprendizaje.ipynb", "")


@pytest.mark.parametrize("metadata, expected", [
    ({"users": [{"id": 42, "email": "a@x.es"}]}, "42"),
    ({"users": [{"email": "a@x.es"}]}, "a@x.es"),
    ({"users": []}, "alumno"), ([], "alumno"), (None, "alumno")])
def test_the_student_id_comes_from_gradescopes_metadata(tmp_path: Path, metadata: Any, expected: str) -> None:
    if metadata is not None:
        (tmp_path / "submission_metadata.json").write_text(json.dumps(metadata))
    assert gradescope.student_id(tmp_path) == expected


def test_a_crashing_grader_still_writes_a_result_with_a_spanish_note(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(root: Path) -> dict[str, Any]:
        raise RuntimeError("the judge broke")

    monkeypatch.setattr(gradescope, "grade", crash)
    assert gradescope.run(tmp_path) == 0
    data = json.loads((tmp_path / "results" / "results.json").read_text(encoding="utf-8"))
    assert data["score"] == 0 and data["output"] == gradescope.CRASHED
    assert data["extra_data"]["grader_error"] == "RuntimeError: the judge broke"
    assert "the judge broke" in data["extra_data"]["traceback"]
    assert_gradescope_schema(data)


def test_run_autograder_writes_a_result_when_the_grader_cannot_even_start(tmp_path: Path) -> None:
    (tmp_path / "source").mkdir()
    shutil.copy(gradescope.SCRIPTS / "run_autograder", tmp_path / "source" / "run_autograder")
    done = run_autograder(tmp_path, python=str(tmp_path / "no-such-python"))
    out, _ = done.communicate(timeout=60)
    assert done.returncode == 0, out
    data = json.loads((tmp_path / "results" / "results.json").read_text(encoding="utf-8"))
    assert data["score"] == 0 and data["output"].startswith("Error interno del corrector")
    assert "status 127" in data["extra_data"]["grader_error"]
    assert_gradescope_schema(data)


# --- setup.sh, with stand-ins for apt and python --------------------------------------------

STUB = """#!/usr/bin/env bash
echo "$(basename "$0") $*" >>"$STUB_LOG"
case "$1" in
    --version) echo "Python {version}" ;;
    -c) [ "{version}" = 3.11.9 ] || exit 1 ;;
    -m) if [ "$2" = venv ]; then mkdir -p "$3/bin" && cp "$0" "$3/bin/python"; fi ;;
    show) exit {apt_knows} ;;
esac
exit 0
"""


def run_setup(tmp_path: Path, version: str, apt_knows: bool, index: str = "") -> tuple[int, str, list[str]]:
    """setup.sh from the source tree with stubs first on PATH: its exit status, output and calls."""
    stubs, source = tmp_path / "stubs", tmp_path / "source"
    stubs.mkdir()
    source.mkdir()
    shutil.copy(gradescope.SCRIPTS / "setup.sh", source / "setup.sh")
    for name in ("autograder/sandbox/worker.py", "reference/losses.py", "autograder/suites/test_AE_loss.py",
                 "autograder/judge/checks.py"):  # as unzipped: world-readable
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text("# stand-in\n")
        (source / name).chmod(0o644)
    if index:
        (source / gradescope.INDEX_FILE).write_text(index + "\n")
    for name in ("apt-get", "apt-cache", "python3", "python3.11"):
        (stubs / name).write_text(STUB.format(version=version if name == "python3" else "3.11.9",
                                              apt_knows=0 if apt_knows else 100))
        (stubs / name).chmod(0o755)
    env = {"PATH": f"{stubs}:/usr/bin:/bin", "STUB_LOG": str(tmp_path / "calls"),
           "AUTOGRADER_VENV": str(tmp_path / "venv")}
    done = subprocess.run(["bash", str(source / "setup.sh")], env=env, capture_output=True, text=True, timeout=60)
    calls = (tmp_path / "calls").read_text().splitlines() if (tmp_path / "calls").exists() else []
    return done.returncode, done.stdout + done.stderr, calls


def test_setup_installs_the_sandbox_and_the_pinned_environment_into_a_311_venv(tmp_path: Path) -> None:
    status, output, calls = run_setup(tmp_path, "3.11.9", apt_knows=True, index="file:///cpu-wheels")
    assert status == 0, output
    source, venv = tmp_path / "source", tmp_path / "venv"
    assert calls[0] == "apt-get update"
    assert calls[1].startswith("apt-get install") and "bubblewrap" in calls[1] and "libseccomp2" in calls[1]
    pip = [c for c in calls if c.startswith("python -m pip install")]
    assert f"--extra-index-url file:///cpu-wheels -r {source}/requirements.lock" in pip[0]
    assert pip[1].endswith(f"--no-deps -e {source}")
    assert calls[-1] == "python -m autograder.integrations.gradescope check"
    assert f"python3 -m venv {venv}" in calls
    # Unconfined, student code runs as nobody: the sandbox's files open to all, the secrets to root only.
    assert (source / "autograder" / "sandbox" / "worker.py").stat().st_mode & 0o004
    for secret in ("reference/losses.py", "autograder/suites/test_AE_loss.py", "autograder/judge/checks.py"):
        assert (source / secret).stat().st_mode & 0o077 == 0, secret


def test_setup_installs_python311_from_the_distribution_when_python3_is_another(tmp_path: Path) -> None:
    status, output, calls = run_setup(tmp_path, "3.10.12", apt_knows=True)
    assert status == 0, output
    assert "Python 3.10.12" in output and "installing python3.11" in output
    assert any(c.startswith("apt-get install") and "python3.11-venv" in c for c in calls)
    assert f"python3.11 -m venv {tmp_path / 'venv'}" in calls
    assert not any("--extra-index-url" in c for c in calls)


def test_setup_stops_with_a_clear_message_when_no_python311_can_be_had(tmp_path: Path) -> None:
    status, output, calls = run_setup(tmp_path, "3.12.3", apt_knows=False)
    assert status == 1
    assert "Python 3.11" in output and "3.12.3" in output and "Ubuntu 22.04" in output
    assert not (tmp_path / "venv").exists() and not any("pip" in c for c in calls)


# --- end to end: the real CLI's zip, run as Gradescope runs it ------------------------------

def _sandbox_uids(stop: threading.Event, seen: list[tuple[int, str, tuple[int, ...]]]) -> None:
    """Every process of ours that runs student code (``/grader/…``, and bubblewrap) and its uids."""
    me = psutil.Process()
    while not stop.wait(0.02):
        for process in me.children(recursive=True):
            try:
                line = " ".join(process.cmdline())
                if "/grader/" in line or process.name() == "bwrap":
                    seen.append((process.pid, line[:80], (*process.uids(), *process.gids())))
            except psutil.Error:
                continue


FORGER_DELAY_S = 2
FORGE_RESULTS = f"""import json, os, time
_forged = json.dumps({{"score": 100.0, "output": "perfecto", "tests": []}})


def _forge():
    try:
        with open(TARGET, "w") as handle:
            handle.write(_forged)
    except OSError:
        pass


_forge()
if os.fork() == 0:
    time.sleep({FORGER_DELAY_S})
    _forge()
    os._exit(0)
"""


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The zip unpacked; a correct (with a draft beside it), a wrong, a broken and a missing submission
    graded by run_autograder, the same notebooks by the CLI, all at once; what runs student code watched."""
    base = tmp_path_factory.mktemp("gradescope")
    built = subprocess.run([sys.executable, "-m", "autograder", "gradescope-zip", "--out", str(base / "ag.zip")],
                           cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert built.returncode == 0, built.stderr
    source = unpack(base / "ag.zip", base / "unzipped")
    notebooks = base / "notebooks"
    notebooks.mkdir()
    nbformat.write(build_notebook(load_snippets("correct")[0]), notebooks / "ana.ipynb")
    wrong = build_notebook(load_snippets("wrong")[0])
    # Hostile too: it forges results.json (in this scratch /autograder only) now and from a process
    # left behind that writes again once the grading is over.
    wrong.cells.append(nbformat.v4.new_code_cell(FORGE_RESULTS.replace("TARGET", repr(str(
        base / "wrong" / "results" / "results.json")))))
    nbformat.write(wrong, notebooks / "bea.ipynb")
    shutil.copy(BROKEN, notebooks / "carla.ipynb")
    roots = {"correct": scratch(base, source, "correct", "ana", {"aprendizaje.ipynb": notebooks / "ana.ipynb",
                                                                 "borrador.ipynb": BROKEN}),
             "wrong": scratch(base, source, "wrong", "bea", {"entrega.ipynb": notebooks / "bea.ipynb"}),
             "broken": scratch(base, source, "broken", "carla", {"aprendizaje.ipynb": BROKEN}),
             "missing": scratch(base, source, "missing", "dani", {})}
    stop, seen = threading.Event(), []
    watcher = threading.Thread(target=_sandbox_uids, args=(stop, seen), daemon=True)
    watcher.start()
    cli = subprocess.Popen([sys.executable, "-m", "autograder", "grade", str(notebooks), "--out", str(base / "cli"),
                            "--jobs", "1"], cwd=PROJECT_ROOT, text=True, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
    runs = {kind: run_autograder(root) for kind, root in roots.items()}
    logs = {kind: run.communicate(timeout=300)[0] for kind, run in runs.items()}
    cli_log = cli.communicate(timeout=300)[0]
    stop.set()
    watcher.join()
    assert cli.returncode == 0, cli_log
    for kind, run in runs.items():
        assert run.returncode == 0, logs[kind]
    time.sleep(FORGER_DELAY_S + 1)  # a forger that outlived its sandbox would have written by now
    results = {kind: json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
               for kind, root in roots.items()}
    cli_results = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (base / "cli").glob("*.json")}
    return {"results": results, "cli": cli_results, "logs": logs, "seen": seen, "roots": roots}


@pytest.mark.slow
def test_every_submission_gets_a_gradescope_result_with_the_clis_scores(graded: dict[str, Any]) -> None:
    results, cli = graded["results"], graded["cli"]
    for kind, student in (("correct", "ana"), ("wrong", "bea"), ("broken", "carla")):
        assert_gradescope_schema(results[kind])
        assert results[kind]["score"] == cli[student]["score"], kind
        assert results[kind]["extra_data"]["by_function"] == cli[student]["extra_data"]["by_function"]
        assert [(t["name"], t["score"]) for t in results[kind]["tests"]] == \
            [(t["name"], t["score"]) for t in cli[student]["tests"]]
        assert sum(t["max_score"] for t in results[kind]["tests"]) == 100
    assert results["correct"]["score"] == 100 and results["correct"]["extra_data"]["status"] == "ok"
    assert results["correct"]["extra_data"]["notebook"].endswith("submission/aprendizaje.ipynb")  # not the draft
    assert 0 < results["wrong"]["score"] < 100 and results["wrong"]["output"] != "perfecto"  # not forged
    assert results["broken"]["score"] == 0 and results["broken"]["extra_data"]["status"] == "not_a_notebook"
    missing = results["missing"]
    assert_gradescope_schema(missing)
    assert missing["score"] == 0 and missing["extra_data"]["status"] == "no_notebook"
    assert gradescope.NO_NOTEBOOK in missing["output"] and sum(t["max_score"] for t in missing["tests"]) == 100
    for kind, log in graded["logs"].items():  # the grader that ran is the zip's, not this checkout
        assert f"grader in {graded['roots'][kind] / 'source'}" in log


@pytest.mark.slow
def test_student_code_never_runs_as_root_and_the_sandbox_was_in_force(graded: dict[str, Any]) -> None:
    seen = graded["seen"]
    assert any("/grader/" in line for _, line, _ in seen), "no sandboxed process was observed"
    assert [entry for entry in seen if 0 in entry[2]] == []
    assert graded["results"]["correct"]["extra_data"]["sandbox"].startswith("bubblewrap+userns+seccomp")


@pytest.mark.slow
def test_students_see_hidden_tests_only_as_names_and_feedback(graded: dict[str, Any]) -> None:
    """No line of the hidden checks' code (the suites and the judge they call) is in a result."""
    files = [*SUITES.glob("test_*.py"), *(PROJECT_ROOT / "autograder" / "judge").glob("*.py")]
    code = [line.strip() for path in files for line in path.read_text(encoding="utf-8").splitlines()
            if len(line.strip()) > 25 and "(" in line and not any(mark in line for mark in "\"'#")]
    assert len(code) > 100
    for kind in ("correct", "wrong"):
        text = json.dumps(graded["results"][kind], ensure_ascii=False)
        assert [line for line in code if line in text] == []
