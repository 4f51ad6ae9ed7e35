"""The hidden suites judge right: the reference and correct alternatives get full marks, mutants lose points.

Submissions run in-process (``proxy.InProcessStudent``), through the same codec
and trusted stand-ins as the sandbox, so these tests are fast and need no bwrap.
"""

from __future__ import annotations

from typing import Any

import pytest

from autograder import config, intake, proxy, suite_runner, trusted
from autograder.suite_runner import TestResult, run_suites
from reference import GRADED_FUNCTIONS
from tests.autograder.mutants import MUTANTS
from tests.autograder.variants import BASE, CORRECT

FORBIDDEN_IN_FEEDBACK = ("Traceback", "def ", "assert ", "reference.", "judge_", "autograder")


def student_from(source: str = "") -> proxy.InProcessStudent:
    """A notebook namespace: the correct base, then one cell that redefines a function."""
    namespace: dict[str, Any] = {"__name__": "__main__"}
    exec(compile(BASE, "<celda>", "exec"), namespace)  # noqa: S102 - test fixtures, our own code
    if source:
        exec(compile(source, "<celda>", "exec"), namespace)  # noqa: S102
    return proxy.InProcessStudent(namespace)


def by_function(results: list[TestResult]) -> dict[str, tuple[float, float]]:
    totals: dict[str, tuple[float, float]] = {}
    for r in results:
        got, out_of = totals.get(r.function, (0.0, 0.0))
        totals[r.function] = (got + r.points, out_of + r.max_points)
    return totals


def assert_clean_feedback(results: list[TestResult]) -> None:
    for r in results:
        assert not r.internal_error, f"{r.nodeid}: {r.detail}"
        assert len(r.feedback) < 1500, r.feedback
        for word in FORBIDDEN_IN_FEEDBACK:
            assert word not in r.feedback, (word, r.feedback)


def test_suites_are_well_formed() -> None:
    assert suite_runner.validate_suites() == []


@pytest.mark.parametrize("seed", [0, 987654321])
def test_reference_gets_full_marks(seed: int) -> None:
    results = run_suites(student_from(), seed)
    notebook_order = intake.lesson().functions  # as the notebook asks for them
    assert [r.function for r in results] == sorted((r.function for r in results), key=notebook_order.index)
    assert {f: t[0] for f, t in by_function(results).items()} == config.load().points
    assert all(r.passed and r.feedback == "" for r in results)
    for function in GRADED_FUNCTIONS:
        assert sum(r.function == function for r in results) >= 2


@pytest.mark.parametrize("name, function, source", CORRECT, ids=[c[0] for c in CORRECT])
def test_correct_alternative_gets_full_marks(name: str, function: str, source: str) -> None:
    results = run_suites(student_from(source), 7, [function])
    assert_clean_feedback(results)
    failed = [(r.name, r.feedback) for r in results if not r.passed]
    assert not failed


@pytest.mark.parametrize("name, function, source", MUTANTS, ids=[m[0] for m in MUTANTS])
def test_mutant_loses_points(name: str, function: str, source: str) -> None:
    results = run_suites(student_from(source), 3, [function])
    assert_clean_feedback(results)
    got, out_of = by_function(results)[function]
    assert got < out_of
    assert all(r.feedback.startswith(("Se probó:", suite_runner.FORM_ONLY)) for r in results if not r.passed)


def users_of(function: str) -> list[str]:
    """``function`` and every graded function that may use it, directly or through another
    (``trusted.MAY_USE``): the only ones whose judging a mistake in it could reach."""
    reached = {function}
    while True:
        more = {f for f, helpers in trusted.MAY_USE.items() if f not in reached and reached & set(helpers)}
        if not more:
            return [f for f in GRADED_FUNCTIONS if f in reached]
        reached |= more


def test_users_of_follows_may_use_transitively() -> None:
    assert users_of("train_all_points") == ["train_all_points"]
    assert users_of("AE_loss") == ["AE_loss", "MAE_loss", "train_random_point", "train_all_points"]
    assert set(users_of("line_model")) == set(GRADED_FUNCTIONS) - {"AE_loss", "SE_loss", "MAE_loss", "MSE_loss"}


@pytest.mark.slow
@pytest.mark.parametrize("name, function, source", MUTANTS, ids=[m[0] for m in MUTANTS])
def test_mutant_loses_points_on_its_function_only_under_every_seed(name: str, function: str, source: str) -> None:
    """The whole suite under one seed; under the other, the functions the mistake could reach."""
    points = config.load().points
    for seed, functions in ((11, GRADED_FUNCTIONS), (2**31 - 5, users_of(function))):
        totals = by_function(run_suites(student_from(source), seed, functions))
        assert totals[function][0] < points[function], seed
        assert all(totals[f][0] == points[f] for f in functions if f != function), (seed, totals)


@pytest.mark.slow
@pytest.mark.parametrize("name, function, source", CORRECT, ids=[c[0] for c in CORRECT])
def test_correct_alternative_under_other_seeds(name: str, function: str, source: str) -> None:
    for seed in (12, 4_000_000_000):
        results = run_suites(student_from(source), seed, [function])
        assert all(r.passed for r in results), [(r.name, r.feedback) for r in results if not r.passed]


FORGED = """
class Forged:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
"""
"""A notebook class that claims to equal everything: it must arrive as an Opaque value and never pass."""


STRANGE_RESULTS = {
    "none": None, "text": "0.5", "empty_list": [], "nested": [[1.0], [2.0]], "dict": {"m": 1.0},
    "forged": "Forged()", "int_tensor": "torch.ones(3, dtype=torch.int64)", "bool_tensor": "torch.ones(2, 2, dtype=torch.bool)",
    "complex": "torch.ones(3, dtype=torch.complex64)", "nan": "torch.full((3,), float('nan'))",
    "inf_list": [float("inf")] * 3, "empty_tensor": "torch.empty(0)", "meta": "torch.empty(2, device='meta')",
    "grad": "torch.ones((), requires_grad=True)", "huge_list": list(range(2000)), "bools": [True, False],
}


@pytest.mark.parametrize("kind", sorted(STRANGE_RESULTS))
def test_strange_results_fail_cleanly_never_as_internal_errors(kind: str) -> None:
    value = STRANGE_RESULTS[kind]
    namespace: dict[str, Any] = {"__name__": "__main__"}
    exec("import torch\n" + FORGED, namespace)  # noqa: S102 - our own test code
    computed = isinstance(value, str) and value.startswith(("torch", "Forged"))
    make = (lambda: eval(value, namespace)) if computed else (lambda: value)  # noqa: S307
    namespace.update({f: (lambda *a, **k: make()) for f in GRADED_FUNCTIONS})
    results = run_suites(proxy.InProcessStudent(namespace), 1)
    assert_clean_feedback(results)
    assert not any(r.passed for r in results)
