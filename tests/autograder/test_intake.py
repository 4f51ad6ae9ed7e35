"""What a submitted file is, before anything runs (``autograder.intake``): the bad-inputs corpus."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest

from autograder import intake
from autograder.config import PROJECT_ROOT

INPUTS = PROJECT_ROOT / "tests" / "corpus" / "inputs"
EXPECTED: dict[str, str] = tomllib.loads((INPUTS / "MANIFEST.toml").read_text(encoding="utf-8"))["status"]
SOURCE = PROJECT_ROOT / "source" / "aprendizaje" / "aprendizaje.ipynb"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_of_the_corpus_gets_its_status_and_a_spanish_message(name: str) -> None:
    notebook = intake.read_notebook(INPUTS / name)
    assert notebook.status == EXPECTED[name]
    if notebook.status == "ok":
        assert notebook.code_cells and not notebook.problem
    else:
        assert not notebook.code_cells and notebook.problem == notebook.problem.strip() != ""
        assert "{" not in notebook.problem  # every placeholder filled


def test_every_file_of_the_corpus_is_listed_in_the_manifest() -> None:
    assert sorted(p.name for p in INPUTS.glob("*.ipynb")) == sorted(EXPECTED)


def test_nbformat_3_is_converted_and_its_code_kept() -> None:
    notebook = intake.read_notebook(INPUTS / "nbformat3.ipynb")
    assert any("def AE_loss" in cell for cell in notebook.code_cells)
    assert notebook.labels[1] == "la celda del ejercicio 2 (line_model)"


def test_the_untouched_release_is_recognised(tmp_path: Path) -> None:
    copy = tmp_path / "entrega.ipynb"
    shutil.copy(PROJECT_ROOT / "release" / "aprendizaje" / "aprendizaje.ipynb", copy)
    assert intake.read_notebook(copy).status == "unchanged_release"
    node = json.loads(copy.read_text(encoding="utf-8"))
    code = next(c for c in node["cells"] if c["cell_type"] == "code" and "def line_model" in "".join(c["source"]))
    code["source"] = "def line_model(m, b, inputs):\n    return m * inputs + b\n"
    copy.write_text(json.dumps(node), encoding="utf-8")
    assert intake.read_notebook(copy).status == "ok"  # one exercise done: graded


def test_syntax_errors_and_odd_names_are_still_graded(tmp_path: Path) -> None:
    node = json.loads(SOURCE.read_text(encoding="utf-8"))
    node["cells"].insert(3, {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                             "source": "def broken(:\n    pass\n"})
    odd = tmp_path / "José Núñez (entrega final).ipynb"
    odd.write_text(json.dumps(node, ensure_ascii=False), encoding="utf-8")
    notebook = intake.read_notebook(odd)
    assert notebook.status == "ok" and "def broken(:\n    pass\n" in notebook.code_cells


def test_an_unreadable_file_is_answered_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "x.ipynb"
    path.write_text("{}", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "open", refuse)
    notebook = intake.read_notebook(path)
    assert notebook.status == "unreadable" and "Permission denied" in notebook.problem


def test_cells_are_named_by_exercise_and_function_as_the_student_sees_them() -> None:
    notebook = intake.read_notebook(SOURCE)
    lesson = intake.lesson()
    assert notebook.status == "ok"
    for function in lesson.functions:
        label = f"la celda del ejercicio {lesson.exercises[function]} ({function})"
        assert label in notebook.labels
    after = [label for label in notebook.labels if "después del ejercicio" in label]
    assert after and all(label.startswith("la celda que empieza por «") for label in after)
    assert not any("celda 4" in label for label in notebook.labels)


def test_the_lesson_lists_functions_in_notebook_order_with_their_exercise_numbers() -> None:
    lesson = intake.lesson()
    assert lesson.functions[:2] == ("get_data_from_a_line", "line_model")
    assert sorted(lesson.exercises.values()) == list(range(1, len(lesson.functions) + 1))
    assert list(lesson.exercises) == list(lesson.functions)
