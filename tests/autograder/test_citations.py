"""Every hidden test cites the sentence of the released notebook that it enforces.

Fairness rests on one spec: a check that no sentence asks for would fail careful
students, and a sentence that changed without its check would leave the check
enforcing something the notebook no longer says.
"""

from __future__ import annotations

import re

import nbformat
import pytest

from autograder import suite_runner
from autograder.config import PROJECT_ROOT
from reference import GRADED_FUNCTIONS

RELEASE = PROJECT_ROOT / "release" / "aprendizaje" / "aprendizaje.ipynb"


def normal(text: str) -> str:
    """Whitespace collapsed: a clause may wrap over docstring lines."""
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def exercise_text() -> dict[str, str]:
    """Each graded function's released cell (stub and docstring), whitespace collapsed."""
    notebook = nbformat.read(RELEASE, as_version=4)
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c.source for c in notebook.cells}
    return {f: normal(cells[f]) for f in GRADED_FUNCTIONS}


def uncited(cited: list[tuple[str, str, tuple[str, ...]]], text: dict[str, str]) -> list[str]:
    """Tests without a clause, or whose clause is not in their own function's released cell."""
    problems = []
    for nodeid, function, clauses in cited:
        if not clauses:
            problems.append(f"{nodeid}: cites nothing")
        problems += [f"{nodeid}: {clause!r} is not in {function}'s docstring"
                     for clause in clauses if normal(clause) not in text.get(function, "")]
    return problems


def test_every_hidden_test_cites_its_own_functions_docstring(exercise_text: dict[str, str]) -> None:
    cited = suite_runner.citations()
    assert {function for _, function, _ in cited} == set(GRADED_FUNCTIONS)
    assert uncited(cited, exercise_text) == []


def test_a_clause_the_notebook_does_not_contain_is_caught(exercise_text: dict[str, str]) -> None:
    cited = [("t::a", "AE_loss", ("Error absoluto, elemento a elemento",)),
             ("t::b", "AE_loss", ("devuelve la media",)),
             ("t::c", "MSE_loss", ("Error absoluto, elemento a elemento",)),
             ("t::d", "line_model", ())]
    assert uncited(cited, exercise_text) == [
        "t::b: 'devuelve la media' is not in AE_loss's docstring",
        "t::c: 'Error absoluto, elemento a elemento' is not in MSE_loss's docstring",
        "t::d: cites nothing"]


@pytest.mark.parametrize("function", GRADED_FUNCTIONS)
def test_every_docstring_states_the_rules_every_call_is_held_to(function: str,
                                                                exercise_text: dict[str, str]) -> None:
    """Every hidden call checks that no argument changed, and the returned form: both are stated."""
    text = exercise_text[function]
    assert "No modifica ninguno de sus argumentos" in text or function == "get_data_from_a_line"
    assert "Returns:" in text


@pytest.mark.parametrize("function", ["get_data_from_a_line", "train_random_point"])
def test_random_functions_say_they_do_not_fix_the_seed(function: str, exercise_text: dict[str, str]) -> None:
    assert "No fija la semilla aleatoria" in exercise_text[function]
