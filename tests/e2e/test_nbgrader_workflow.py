"""The instructor's nbgrader commands, for real, on a scratch copy of the course.

``generate_assignment``, ``autograde``, ``generate_feedback`` and ``export`` run as an
instructor types them, in a scratch course folder with a small class: right, wrong,
hostile (one borrows the reference; another peeks at the course) and tampered (the wrong one) notebooks. The gradebook, the feedback
and the export must agree with ``python -m autograder grade`` on the same notebooks.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from autograder.config import PROJECT_ROOT
from tests.corpus.build import build_notebook, load_snippets, parse_snippet
from tests.e2e.early import Runs

pytestmark = pytest.mark.slow
ASSIGNMENT = "aprendizaje"

BORROWER = '''# expect: lose line_model, AE_loss, SE_loss
# why: three graded functions handed to the reference, which the sandbox does not have
# %%
def line_model(m, b, inputs):
    from reference.model import line_model as borrowed
    return borrowed(m, b, inputs)
# %%
def AE_loss(y_pred, y_true):
    from reference.losses import AE_loss as borrowed
    return borrowed(y_pred, y_true)
# %%
def SE_loss(y_pred, y_true):
    import importlib
    return importlib.import_module("reference.losses").SE_loss(y_pred, y_true)
'''
PEEKER = '''# expect: full
# why: a right notebook that also tries to read the gradebook, the suites and other students' folders
# %%
import glob, os
print(glob.glob("../../../*"), glob.glob("/tmp/*"), os.listdir("/"))
for path in ("../../../gradebook.db", "../../../autograder/suites/test_AE_loss.py", "../../alumno_bien/aprendizaje"):
    print(path, os.path.exists(path))
'''


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])  # alembic
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=900)


def _tamper(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Delete one test cell, duplicate another, inflate a third's points, turn a demo cell into markdown,
    mark a solution cell as worth 100 points and forge a graded cell with a full-marks output."""
    by_id = {c.metadata.get("nbgrader", {}).get("grade_id"): i for i, c in enumerate(nb.cells)}
    nb.cells[by_id["test_line_model"]].metadata.nbgrader["points"] = 500
    nb.cells[by_id["MSE_loss"]].metadata.nbgrader.update(grade=True, points=100)
    forged = nbformat.v4.new_code_cell("50", outputs=[nbformat.v4.new_output(
        "execute_result", data={"text/plain": "50"}, execution_count=1)])
    forged.metadata["nbgrader"] = {"grade": True, "grade_id": "bonus", "points": 50, "locked": False,
                                   "solution": False, "schema_version": 3}
    nb.cells.append(forged)
    duplicate = dict(nb.cells[by_id["test_SE_loss"]])
    del nb.cells[by_id["test_AE_loss"]]
    nb.cells.insert(3, nbformat.from_dict(duplicate))
    demo = [c for c in nb.cells if c.cell_type == "code" and not c.metadata.get("nbgrader")][-1]  # a plot
    demo.cell_type = "markdown"
    for key in ("outputs", "execution_count"):
        demo.pop(key, None)
    return nb


def build_and_grade(root: Path) -> dict[str, object]:
    """Lay out the scratch course in ``root``, then run every command of the workflow in it."""
    shutil.copy(PROJECT_ROOT / "nbgrader_config.py", root)
    shutil.copytree(PROJECT_ROOT / "source", root / "source")
    notebooks = {
        "alumno_bien": build_notebook(parse_snippet(PEEKER, "peeker", "hostile")),
        "alumno_mal": _tamper(build_notebook(load_snippets("wrong")[0])),  # a wrong AE_loss, and tampered
        "alumno_copia": build_notebook(parse_snippet(BORROWER, "borrower", "hostile")),
    }
    for student, nb in notebooks.items():
        folder = root / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / f"{ASSIGNMENT}.ipynb")
    probe = root / "validar" / "probe.ipynb"  # a notebook that leaves a file behind if it ever runs
    probe.parent.mkdir()
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        f"open({str(root / 'validar' / 'ran.txt')!r}, 'w').write('x')")]), probe)
    steps = {name: run(*args, cwd=root) for name, args in [
        ("generate", ("nbgrader", "generate_assignment", ASSIGNMENT, "--force")),
        ("autograde", ("nbgrader", "autograde", ASSIGNMENT, "--create", "--force")),
        ("feedback", ("nbgrader", "generate_feedback", ASSIGNMENT, "--force")),
        ("export", ("nbgrader", "export")),
        ("cli", ("autograder", "grade", str(root / "submitted"), "--out", str(root / "cli"))),
        ("validate", ("nbgrader", "validate", str(probe))),
    ]}
    return {"root": root, "steps": steps, "students": sorted(notebooks)}


EARLY = Runs()


def start_early(root: Path) -> None:
    """Begin the workflow at the end of collection (``tests/e2e/conftest.py``)."""
    EARLY.start([("course", lambda: build_and_grade(root))])


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return EARLY.result("course", lambda: build_and_grade(tmp_path_factory.mktemp("curso")))  # type: ignore[no-any-return]


def _cli(root: Path, student: str) -> dict[str, object]:
    return json.loads((root / "cli" / f"{student}.json").read_text(encoding="utf-8"))


def test_every_command_succeeds(course: dict[str, object]) -> None:
    for name, step in course["steps"].items():  # type: ignore[attr-defined]
        if name != "validate":
            assert step.returncode == 0, f"{name}: {step.stdout[-2000:]}\n{step.stderr[-4000:]}"


def test_export_totals_equal_the_cli(course: dict[str, object]) -> None:
    root = Path(str(course["root"]))
    with (root / "grades.csv").open(encoding="utf-8") as handle:
        exported = {row["student_id"]: float(row["score"]) for row in csv.DictReader(handle)}
    assert sorted(exported) == course["students"]
    for student, score in exported.items():
        assert score == pytest.approx(float(_cli(root, student)["score"]), abs=1e-6), student
    assert exported["alumno_bien"] == 100 and exported["alumno_mal"] < 100
    assert exported["alumno_bien"] == 100  # peeking found nothing and cost nothing


def test_gradebook_holds_each_functions_points(course: dict[str, object]) -> None:
    from nbgrader.api import Gradebook

    root = Path(str(course["root"]))
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", course_id=ASSIGNMENT) as gradebook:
        for student in course["students"]:  # type: ignore[attr-defined]
            by_function = _cli(root, student)["extra_data"]["by_function"]  # type: ignore[index]
            for function, points in by_function.items():
                grade = gradebook.find_grade(f"test_{function}", ASSIGNMENT, ASSIGNMENT, student)
                assert grade.auto_score == pytest.approx(points["score"]), (student, function)
                assert not grade.needs_manual_grade


def test_borrowing_the_reference_earns_nothing(course: dict[str, object]) -> None:
    root = Path(str(course["root"]))
    by_function = _cli(root, "alumno_copia")["extra_data"]["by_function"]  # type: ignore[index]
    for function in ("line_model", "AE_loss", "SE_loss"):
        assert by_function[function]["score"] == 0


def test_tampered_notebook_is_graded_on_what_it_has(course: dict[str, object]) -> None:
    root = Path(str(course["root"]))
    by_function = _cli(root, "alumno_mal")["extra_data"]["by_function"]  # type: ignore[index]
    assert {f for f, v in by_function.items() if v["score"] < v["max_score"]} == {"AE_loss"}  # only its mistake
    step = course["steps"]["autograde"]  # type: ignore[index]
    log = step.stdout + step.stderr
    assert "tampered, unknown or duplicated nbgrader cell 'test_SE_loss'" in log
    assert "tampered, unknown or duplicated nbgrader cell 'bonus'" in log
    assert "nbgrader flags of cell 'MSE_loss' changed in the submission: restored" in log
    assert "alumno_mal: test cell of AE_loss deleted in the submission; restored" in log
    assert "points of cell 'test_line_model' changed in the submission (500): restored to 5" in log


def test_feedback_is_spanish_and_never_shows_hidden_tests(course: dict[str, object]) -> None:
    root = Path(str(course["root"]))
    for student in course["students"]:  # type: ignore[attr-defined]
        page = (root / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text(encoding="utf-8")
        assert "Puntuación:" in page and "pruebas ocultas" in page
        for secret in ("@pytest.mark.graded", "def test_", "autograder.judge", "reference.losses import"):
            if student != "alumno_copia" or secret != "reference.losses import":
                assert secret not in page, (student, secret)
    mal = (root / "feedback" / "alumno_mal" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text(encoding="utf-8")
    assert "✘ " in mal and "Se esperaba:" in mal and "AE_loss: 1 / 5" in mal


def test_validate_refuses_to_run_a_notebook_outside_the_sandbox(course: dict[str, object]) -> None:
    root = Path(str(course["root"]))
    step = course["steps"]["validate"]  # type: ignore[index]
    assert not (root / "validar" / "ran.txt").exists()
    assert "sandbox" in step.stdout + step.stderr
