"""Garbage of the right form earns at most 20 % of a function's points.

"Garbage" is a result with the right type, shape, dtype and device (or the right
list length and first value) whose values do not follow from the inputs: seeded
random numbers. Only checks of form alone may pay for it, and they must stay
small; every check of values, randomness or printing must also demand that the
values are right (a random trajectory differs between calls and prints nothing).
"""

from __future__ import annotations

from typing import Any

import pytest
import torch

import reference
from autograder import config, proxy, suite_runner
from reference import GRADED_FUNCTIONS

MAX_SHARE = 0.2

PRELUDE = '''
import torch

_noise = torch.Generator().manual_seed({seed})


def _random_like(form):
    """Random values with the type, shape, dtype and device of ``form``, never computed from the inputs' values."""
    if not isinstance(form, torch.Tensor):
        return 10 * float(torch.rand((), generator=_noise, dtype=torch.float64))
    if form.device.type == "meta":
        return torch.empty_like(form)
    return (10 * torch.rand(form.shape, generator=_noise, dtype=torch.float64)).to(form.dtype)
'''

GARBAGE: dict[str, list[tuple[str, str]]] = {
    # function: [(id, source defining it on top of PRELUDE)]
    "get_data_from_a_line": [
        ("uniform_noise", '''
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    if torch.device(device or "cpu").type == "meta":
        return torch.empty(n, 2, device="meta")
    return 50 * torch.rand(n, 2, generator=_noise).to(device)
'''),
        ("gaussian_cloud", '''
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    if torch.device(device or "cpu").type == "meta":
        return torch.empty(n, 2, device="meta")
    return (25 + 10 * torch.randn(n, 2, generator=_noise)).to(device)
'''),
    ],
    "line_model": [("random_like", '''
def line_model(m, b, inputs):
    return _random_like(m * inputs + b)
''')],
    "AE_loss": [("random_like", '''
def AE_loss(y_pred, y_true):
    return _random_like(y_pred - y_true)
''')],
    "SE_loss": [("random_like", '''
def SE_loss(y_pred, y_true):
    return _random_like(y_pred - y_true)
''')],
    "MAE_loss": [("random_like", '''
def MAE_loss(y_pred, y_true):
    return _random_like((y_pred - y_true).mean())
''')],
    "MSE_loss": [("random_like", '''
def MSE_loss(y_pred, y_true):
    return _random_like((y_pred - y_true).mean())
''')],
    "loss_rate_of_change_m": [("random_like", '''
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    return _random_like(loss_fn(line_model(m, b, x_true), y_true))
''')],
}

_TRAJECTORIES = {
    "random_walk": "m_k + 0.01 * float(torch.randn((), generator=_noise, dtype=torch.float64))",
    "lesson_sized_steps": "m_k - learning_rate * float(50 * torch.rand((), generator=_noise, dtype=torch.float64))",
}
for _training in ("train_random_point", "train_all_points"):
    GARBAGE[_training] = [(name, f'''
def {_training}(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    evolution = [float(m)]
    for step in range(steps):
        m_k = evolution[-1]
        evolution.append({step})
        if verbose:
            print(f"paso {{step}}: m = {{evolution[-1]}}")
    return evolution
''') for name, step in _TRAJECTORIES.items()]

CASES = [(f, name, source) for f in GRADED_FUNCTIONS for name, source in GARBAGE[f]]


def student(function: str, source: str, seed: int) -> proxy.InProcessStudent:
    """The reference for every graded function but ``function``, which is garbage."""
    namespace: dict[str, Any] = {"__name__": "__main__", "torch": torch}
    namespace.update({name: getattr(reference, name) for name in GRADED_FUNCTIONS})
    exec(compile(PRELUDE.format(seed=seed) + source, "<basura>", "exec"), namespace)  # noqa: S102 - our own code
    return proxy.InProcessStudent(namespace)


def test_every_function_has_garbage() -> None:
    assert sorted(GARBAGE) == sorted(GRADED_FUNCTIONS)


@pytest.mark.parametrize("function, name, source", CASES, ids=[f"{f}-{n}" for f, n, _ in CASES])
@pytest.mark.parametrize("seed", [3, 2**31 - 7])
def test_garbage_earns_at_most_a_fifth(function: str, name: str, source: str, seed: int) -> None:
    results = suite_runner.run_suites(student(function, source, seed), seed, [function])
    assert not [r.nodeid for r in results if r.internal_error]
    got, out_of = sum(r.points for r in results), sum(r.max_points for r in results)
    assert out_of == config.load().points[function]
    passed = [(r.name, r.max_points) for r in results if r.passed]
    assert got <= MAX_SHARE * out_of, f"{function}: garbage got {got}/{out_of} from {passed}"
