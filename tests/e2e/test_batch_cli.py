"""The real CLI as an instructor runs it on a class: odd files answered, batches resumed, Ctrl-C and SIGKILL.

Submissions come from the named corpus and ``tests/corpus/inputs``; every run uses
``tests/e2e/limits.toml`` (the project's checks, shorter clocks).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from autograder.config import PROJECT_ROOT
from tests.corpus.build import build_notebook, load_snippets
from tests.e2e.early import Runs

pytestmark = pytest.mark.slow

INPUTS = PROJECT_ROOT / "tests" / "corpus" / "inputs"
LIMITS = PROJECT_ROOT / "tests" / "e2e" / "limits.toml"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "autograder", "grade", *args, "--config", str(LIMITS)]


def grade(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(*args), capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=600)


def _write(folder: Path, name: str, snippet_kind: str, index: int) -> None:
    import nbformat

    snippet = load_snippets(snippet_kind)[index]
    nbformat.write(build_notebook(snippet), folder / f"{name}.ipynb")


def _rows(out: Path) -> dict[str, list[str]]:
    with (out / "summary.csv").open(encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    return {row[0]: row for row in table[1:]}


def grade_odd_class(folder: Path) -> tuple[subprocess.CompletedProcess[str], Path, Path]:
    """A folder with every kind of odd entry, graded by the CLI."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in INPUTS.glob("*.ipynb"):
        shutil.copy(path, folder / path.name)
    shutil.copy(PROJECT_ROOT / "release" / "aprendizaje" / "aprendizaje.ipynb", folder / "sin_tocar.ipynb")
    _write(folder, "José Núñez (final)", "correct", 0)
    _write(folder, "mal", "wrong", 0)
    (folder / "roto.ipynb").symlink_to(folder / "no_existe.ipynb")
    (folder / "enlace.ipynb").symlink_to(folder / "mal.ipynb")
    os.mkfifo(folder / "tuberia.ipynb")
    (folder / "carpeta.ipynb").mkdir()
    out = folder / "resultados"
    return grade(str(folder), "--out", str(out), "--jobs", "2"), folder, out


EARLY = Runs()


def start_early(folder: Path) -> None:
    """Grade the odd class, then the SIGKILL and Ctrl-C scenarios, from the end of collection."""
    EARLY.start([("odd", lambda: grade_odd_class(folder / "rara")),
                 ("sigkill", lambda: sigkill_and_resume(folder / "sigkill")),
                 ("ctrl_c", lambda: ctrl_c(folder / "ctrl_c"))])


@pytest.fixture(scope="module")
def odd_class(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path, Path]:
    return EARLY.result("odd", lambda: grade_odd_class(tmp_path_factory.mktemp("clase_rara")))  # type: ignore[no-any-return]


def test_every_entry_is_answered_and_the_batch_exits_0(odd_class: tuple[subprocess.CompletedProcess[str], Path, Path]
                                                         ) -> None:
    process, _, out = odd_class
    assert process.returncode == 0, process.stderr[-3000:]
    rows = _rows(out)
    expected = {"empty": "empty", "random_bytes": "not_a_notebook", "plain_text": "not_a_notebook",
                "json_list": "not_a_notebook", "no_code": "no_code", "other_assignment": "wrong_assignment",
                "nbformat3": "ok", "sin_tocar": "unchanged_release", "José Núñez (final)": "ok", "mal": "ok",
                "roto.ipynb": "skipped_link", "enlace.ipynb": "skipped_link", "tuberia.ipynb": "skipped_fifo",
                "carpeta.ipynb": "skipped_folder"}
    assert {name: row[1] for name, row in rows.items()} == expected
    assert float(rows["José Núñez (final)"][-1]) == 100
    for name in ("roto.ipynb", "tuberia.ipynb", "carpeta.ipynb"):
        assert name in process.stdout  # skipped entries are reported, with their reason
    assert "Traceback" not in process.stdout + process.stderr


def test_files_that_cannot_be_graded_get_zero_and_one_clear_message(
        odd_class: tuple[subprocess.CompletedProcess[str], Path, Path]) -> None:
    _, _, out = odd_class
    for name in ("empty", "random_bytes", "other_assignment", "sin_tocar"):
        result = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert result["score"] == 0 and result["extra_data"]["status"] != "ok"
        messages = {t["output"] for t in result["tests"]}
        assert len(messages) == 1 and "Se probó" not in messages.pop()
        assert "No se encontró la función" not in result["output"]


def test_the_class_report_lists_flagged_entries_apart(odd_class: tuple[subprocess.CompletedProcess[str], Path, Path]
                                                      ) -> None:
    _, _, out = odd_class
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "Entregas señaladas (11)" in page
    assert page.count("<svg ") == 2


def _class(folder: Path, n: int) -> None:
    for i in range(n):
        _write(folder, f"alumno{i:02d}", "correct" if i % 2 else "wrong", i)


def _finished(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.glob("*.json")}


def _wait_for_results(out: Path, count: int, process: subprocess.Popen[str], limit_s: float = 300) -> None:
    deadline = time.monotonic() + limit_s
    while len(list(out.glob("*.json"))) < count:
        assert process.poll() is None, "the batch ended before it was interrupted"
        assert time.monotonic() < deadline, "no results in time"
        time.sleep(0.05)


def sigkill_and_resume(root: Path) -> dict[str, Any]:
    """Kill a batch with SIGKILL once two results exist, look for stragglers, then rerun the same command."""
    folder, out = root / "clase", root / "resultados"
    folder.mkdir(parents=True)
    _class(folder, 4)
    args = (str(folder), "--out", str(out), "--jobs", "1")
    process = subprocess.Popen(command(*args), cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, text=True)
    try:
        _wait_for_results(out, 2, process)
    finally:
        process.kill()
        process.wait(timeout=30)
    time.sleep(2)  # a grading process left behind would go on writing here
    before = _finished(out)
    time.sleep(1)
    still = _finished(out)
    again = grade(*args)
    return {"out": out, "before": before, "still": still, "again": again, "after": _finished(out)}


def ctrl_c(root: Path) -> dict[str, Any]:
    """Send SIGINT (a terminal's Ctrl-C) once one result exists; what is left two seconds later.

    Eight submissions, graded one at a time: the signal must arrive while grading goes on, even when
    a loaded machine delays this test's polling by seconds (with three, a fast batch could end first)."""
    folder, out = root / "clase", root / "resultados"
    folder.mkdir(parents=True)
    _class(folder, 8)
    process = subprocess.Popen(command(str(folder), "--out", str(out), "--jobs", "1"), cwd=PROJECT_ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_results(out, 1, process)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
    done = _finished(out)
    time.sleep(2)
    return {"out": out, "code": process.returncode, "stdout": stdout, "stderr": stderr, "done": done,
            "later": _finished(out)}


def _scenario(name: str, tmp_path: Path) -> dict[str, Any]:
    runs = {"sigkill": sigkill_and_resume, "ctrl_c": ctrl_c}
    return EARLY.result(name, lambda: runs[name](tmp_path))  # type: ignore[no-any-return]


def test_a_batch_killed_with_sigkill_resumes_grading_only_what_is_missing(tmp_path: Path) -> None:
    run = _scenario("sigkill", tmp_path)
    before, out, again = run["before"], run["out"], run["again"]
    assert 2 <= len(before) < 4
    assert run["still"] == before, "something kept grading after the batch was killed"
    for data in before.values():
        json.loads(data)  # every file left is complete
    assert again.returncode == 0, again.stderr[-3000:]
    after = run["after"]
    assert len(after) == 4 and all(after[name] == data for name, data in before.items())
    assert f"{len(before)} ya corregidas" in again.stdout
    assert set(row[1] for row in _rows(out).values()) == {"ok"}
    assert not list(out.glob(".*.tmp"))


def test_ctrl_c_stops_the_workers_says_how_to_resume_and_exits_130(tmp_path: Path) -> None:
    run = _scenario("ctrl_c", tmp_path)
    assert run["code"] == 130, run["stderr"][-3000:]
    assert "Traceback" not in run["stdout"] + run["stderr"]
    assert "volver a ejecutar la misma orden" in run["stderr"]
    assert run["later"] == run["done"], "a worker kept grading after Ctrl-C"
    assert (run["out"] / "summary.csv").exists()


def test_force_is_a_grade_option() -> None:
    from autograder.cli import build_parser

    assert build_parser().parse_args(["grade", "x", "--out", "y", "--force"]).force
    assert not build_parser().parse_args(["grade", "x", "--out", "y"]).force
