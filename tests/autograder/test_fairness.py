"""Careful students (the fairness issue's cases): notebook-faithful code gets full marks, a slip costs only its part.

In-process, through the same stand-ins as the sandbox (``proxy.InProcessStudent``).
"""

from __future__ import annotations

import pytest
import torch

from autograder import config, suite_runner
from autograder.sandbox.calls import in_form
from autograder.suite_runner import run_suites
from tests.autograder.test_suites import assert_clean_feedback, by_function, student_from

FUNCTIONAL_LOSSES = '''
import torch.nn.functional as F

def AE_loss(y_pred, y_true):
    return F.l1_loss(y_pred, y_true, reduction="none")

def SE_loss(y_pred, y_true):
    return F.mse_loss(y_pred, y_true, reduction="none")

def MAE_loss(y_pred, y_true):
    return F.l1_loss(y_pred, y_true)

def MSE_loss(y_pred, y_true):
    return F.mse_loss(y_pred, y_true)
'''

FLOAT_RATE_AND_PLUS_EQUALS_LOOPS = '''
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    below = loss_fn(line_model(m - delta, b, x_true), y_true)
    above = loss_fn(line_model(m + delta, b, x_true), y_true)
    return ((below - above) / (2 * delta)).item()

def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    evolution = [m]
    for _ in range(steps):
        i = torch.randint(0, len(data), (1,)).item()
        rate = loss_rate_of_change_m(m, b, data[i, 0], data[i, 1], delta, loss_fn)
        m += learning_rate * rate  # a float: with a tensor here, every entry would be the same object
        evolution.append(m)
        if verbose:
            print(m)
    return evolution

def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    evolution = [m]
    for _ in range(steps):
        rate = loss_rate_of_change_m(m, b, data[:, 0], data[:, 1], delta, loss_fn)
        m += learning_rate * rate
        evolution.append(m)
        if verbose:
            print(m)
    return evolution
'''

NUMBERS_MADE_TENSORS = '''
def line_model(m, b, inputs):
    return torch.tensor(m) * inputs + torch.tensor(b)

def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    m = torch.as_tensor(m)  # float32 when m is a Python number, whatever the data
    below = loss_fn(line_model(m - delta, b, x_true), y_true)
    above = loss_fn(line_model(m + delta, b, x_true), y_true)
    return (below - above) / (2 * delta)
'''

ALWAYS_PRINTS = '''
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    evolution = [float(m)]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, data[:, 0], data[:, 1], delta, loss_fn)
        m = m + learning_rate * rate
        evolution.append(float(m))
        print("paso", step, float(m))
    return evolution
'''

PRINTING_RATE = '''
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    rate = (loss_fn(line_model(m - delta, b, x_true), y_true) - loss_fn(line_model(m + delta, b, x_true), y_true)) / (2 * delta)
    print("ratio:", float(rate))
    return rate
'''

QUIET = "Sin verbose (False, el valor predeterminado) no imprime nada ni fija la semilla; los pasos son correctos."

MSE_AS_FLOAT = '''
def MSE_loss(y_pred, y_true):
    return ((y_pred - y_true) ** 2).mean().item()
'''


@pytest.mark.parametrize("source, functions", [
    (FUNCTIONAL_LOSSES, ["AE_loss", "SE_loss", "MAE_loss", "MSE_loss"]),
    (FLOAT_RATE_AND_PLUS_EQUALS_LOOPS, ["loss_rate_of_change_m", "train_random_point", "train_all_points"]),
    (NUMBERS_MADE_TENSORS, ["line_model", "loss_rate_of_change_m"]),
], ids=["functional_losses", "float_rate_with_plus_equals_loops", "numbers_made_float32_tensors"])
def test_careful_students_get_full_marks(source: str, functions: list[str]) -> None:
    results = run_suites(student_from(source), 11, functions)
    assert_clean_feedback(results)
    assert [(r.name, r.feedback) for r in results if not r.passed] == []


def test_ignoring_verbose_costs_only_the_quiet_check() -> None:
    results = run_suites(student_from(ALWAYS_PRINTS), 5, ["train_all_points"])
    assert [r.name for r in results if not r.passed] == [QUIET]


def test_a_loss_handed_over_is_the_graders_even_if_the_student_wrote_one_that_prints() -> None:
    source = 'def AE_loss(y_pred, y_true):\n    print("hola")\n    return (y_pred - y_true).abs()\n'
    results = run_suites(student_from(source), 5, ["AE_loss", "train_random_point"])
    assert [r.name for r in results if not r.passed] == []


def test_a_helper_that_prints_makes_its_caller_print_as_in_the_notebook() -> None:
    """The visible cell of train_all_points fails when its rate prints: so does the hidden quiet check."""
    results = run_suites(student_from(PRINTING_RATE), 5, ["loss_rate_of_change_m", "train_all_points"])
    assert [r.name for r in results if not r.passed] == [QUIET]


SEEDED_OR_RESTORED = '''
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    x_true -= 0.0  # changed in place and "put back": still a change
    return (loss_fn(line_model(m - delta, b, x_true), y_true) - loss_fn(line_model(m + delta, b, x_true), y_true)) / (2 * delta)

def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    torch.manual_seed(0)
    evolution = [m]
    for _ in range(steps):
        m = m + learning_rate * loss_rate_of_change_m(m, b, data[:, 0], data[:, 1], delta, loss_fn)
        evolution.append(float(m))
        if verbose:
            print(float(m))
    return evolution
'''


def test_in_place_changes_put_back_and_fixed_seeds_are_seen() -> None:
    results = run_suites(student_from(SEEDED_OR_RESTORED), 5, ["loss_rate_of_change_m", "train_all_points"])
    rate = [r for r in results if r.function == "loss_rate_of_change_m"]
    assert all(not r.passed and "lo modificó durante la llamada" in r.feedback for r in rate)
    train = [r for r in results if r.function == "train_all_points"]
    assert [r.name for r in train if not r.passed] == [QUIET]
    assert "torch.manual_seed" in next(r.feedback for r in train if not r.passed)


def test_a_right_value_in_the_wrong_form_loses_only_the_form_share() -> None:
    results = run_suites(student_from(MSE_AS_FLOAT), 5, ["MSE_loss"])
    assert_clean_feedback(results)
    share = config.load().form_share
    on_form = [r for r in results if r.feedback.startswith(suite_runner.FORM_ONLY)]
    assert len(on_form) == 4 and all(r.points == pytest.approx(1 - share) for r in on_form)
    assert all("sin .item()" in r.feedback for r in on_form)
    [meta] = [r for r in results if r not in on_form]  # no values on the meta device: only the form
    assert meta.points == 0 and "float" in meta.feedback
    assert by_function(results)["MSE_loss"][0] == pytest.approx(4 * (1 - share))


def test_stand_in_answers_take_the_form_of_the_students_own_function() -> None:
    answer = torch.tensor(-3.5)
    assert type(in_form(answer, "number")) is float and in_form(answer, "number") == -3.5
    assert in_form(torch.tensor([2.0]), "number") == 2.0
    as_tensor = in_form(2.5, torch.float64)
    assert type(as_tensor) is torch.Tensor and as_tensor.dtype == torch.float64 and as_tensor.dim() == 0
    vector = torch.arange(3.0)
    assert in_form(vector, "number") is vector  # three values cannot become one number
    assert in_form(answer, torch.float64) is answer  # another dtype is not a form the notebook allows
    assert in_form(answer, None) is answer
    meta = torch.empty((), device="meta")
    assert in_form(meta, "number") is meta


SE_IN_PLACE_AND_FLOAT64 = '''
def SE_loss(y_pred, y_true):
    print("calculando")  # a helper that prints, changes its argument and returns another dtype
    y_pred -= y_true
    return (y_pred ** 2).double()

def MSE_loss(y_pred, y_true):
    return SE_loss(y_pred, y_true).mean()  # right, with a stand-in for SE_loss
'''


def test_a_helpers_own_mistakes_are_not_charged_to_its_callers() -> None:
    results = run_suites(student_from(SE_IN_PLACE_AND_FLOAT64), 3, ["SE_loss", "MSE_loss", "train_random_point"])
    totals = by_function(results)
    assert totals["SE_loss"][0] < totals["SE_loss"][1]
    assert totals["MSE_loss"][0] == totals["MSE_loss"][1]
    assert totals["train_random_point"][0] == totals["train_random_point"][1]


SWAPPED_LOSS_ARGUMENTS = '''
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    evolution = [m]
    for _ in range(steps):
        i = torch.randint(0, len(data), (1,)).item()
        x, y = data[i, 0], data[i, 1]
        below = loss_fn(y, line_model(m - delta, b, x))  # arguments swapped: right only for symmetric losses
        above = loss_fn(y, line_model(m + delta, b, x))
        m = m + learning_rate * float((below - above) / (2 * delta))
        evolution.append(m)
        if verbose:
            print(m)
    return evolution
'''


def test_swapped_loss_arguments_cost_only_the_loss_fn_check() -> None:
    """Only an asymmetric loss tells ``loss_fn(y_true, y_pred)`` apart: the checks of the choice of
    points (and every other check, run with the lesson's symmetric losses) must not charge it again."""
    results = run_suites(student_from(SWAPPED_LOSS_ARGUMENTS), 5, ["train_random_point"])
    assert [r.nodeid.rsplit("::", 1)[-1] for r in results if not r.passed] == ["test_uses_loss_fn_and_b"]
