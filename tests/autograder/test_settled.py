"""Helpers found fully right serve later calls as the student's own code (``trusted.Settled``).

A stand-in exists so that a wrong helper is not charged twice; a helper that passed
every hidden test silently needs none, and its own code is what the notebook runs.
"""

from __future__ import annotations

from typing import Any

import torch

from autograder import trusted
from autograder.sandbox import wire
from autograder.sandbox.calls import Helpers, StandIn, _plain
from autograder.suite_runner import run_suites
from tests.autograder.test_suites import by_function, student_from

COUNTED_RATE = '''
RATE_CALLS = [0]
_lesson_rate = loss_rate_of_change_m

def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    RATE_CALLS[0] += 1
    return _lesson_rate(m, b, x_true, y_true, delta, loss_fn)
'''


def _settled(**full: bool) -> trusted.Settled:
    settled = trusted.Settled()
    for name, right in full.items():
        settled.record(name, right)
    return settled


def test_only_helpers_right_and_silent_and_whose_own_helpers_are_right_run_natively() -> None:
    rate_args: tuple[Any, ...] = (1.0, 0.0, torch.ones(2), torch.ones(2), 0.1, wire.Trusted("AE_loss"))
    settled = _settled(line_model=True, AE_loss=True, loss_rate_of_change_m=True)
    assert settled.native("loss_rate_of_change_m", rate_args, {}) == ["AE_loss", "line_model"]
    assert settled.native("train_random_point", (), {}) == ["AE_loss", "line_model", "loss_rate_of_change_m"]
    settled.record("AE_loss", False)  # one test of AE_loss lost points
    assert "AE_loss" not in settled.native("train_random_point", (), {})
    settled.heard("line_model", "hola\n", False)  # a line_model that prints is never run unasked
    assert settled.native("train_random_point", (), {}) == []  # the rate uses line_model: not native either
    assert trusted.Settled().native("train_all_points", (), {}) == []


def test_native_helpers_are_the_students_own_and_travel_to_the_grader_by_name() -> None:
    def own_loss(y_pred: Any, y_true: Any) -> Any:
        return (y_pred - y_true).abs()

    namespace = {"AE_loss": own_loss, "line_model": lambda m, b, x: m * x + b}
    asked: list[tuple[str, Any]] = []
    helpers = Helpers(["line_model", "AE_loss"], lambda name, args, kwargs: asked.append((name, args)),
                      namespace, ["AE_loss"])
    assert "AE_loss" not in helpers and type(helpers["line_model"]) is StandIn
    assert helpers.handed_over("AE_loss") is own_loss
    assert type(helpers.handed_over("SE_loss")) is StandIn  # not found right: the grader's
    assert _plain([own_loss, 1.0], helpers.natives) == [wire.Trusted("AE_loss"), 1.0]
    helpers["line_model"](1.0, 0.0, own_loss)
    assert asked == [("line_model", [1.0, 0.0, wire.Trusted("AE_loss")])]


def test_trainings_call_the_students_own_rate_once_it_is_settled_and_score_the_same() -> None:
    student = student_from(COUNTED_RATE)
    results = run_suites(student, 5)
    assert all(r.passed for r in results), [r.feedback for r in results if not r.passed]
    counter = student.namespace["RATE_CALLS"]
    rate_only = student_from(COUNTED_RATE)
    run_suites(rate_only, 5, ["line_model", "AE_loss", "SE_loss", "MAE_loss", "MSE_loss", "loss_rate_of_change_m"])
    assert counter[0] > rate_only.namespace["RATE_CALLS"][0] + 100  # the trainings' steps went through it
    plain = run_suites(student_from(), 5)
    assert by_function(results) == by_function(plain)
